/**
 * The options `oncall validate` takes for comparing runbooks with the default branch (src/preview/pr-preview.ts).
 * Kept apart from the comparison itself so that a plain `oncall validate` loads none of it.
 */
import { optionalString } from '../commands/args.js';
import type { CommandContext, OptionSpec, ParsedArgs } from '../commands/command.js';
import { githubOptions, indexLocationOptions } from '../commands/shared-options.js';

export const PR_PREVIEW_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'base-dir',
    type: 'string',
    description:
      "The default branch's runbooks directory (a second checkout): compare each changed runbook's test titles with it",
  },
  {
    name: 'base-index',
    type: 'string',
    description: 'Runbook index of the default branch (built by "oncall build"), instead of base-dir',
  },
  ...githubOptions(
    'In Actions: token that can read the repository, to compare with the published index when no base-dir/base-index is given',
    { actionOnly: true },
  ),
  ...indexLocationOptions({ actionOnly: true }),
];

/**
 * Whether `oncall validate` should compare with the default branch: always in Actions (the summary says how to enable
 * it when no base is available), on the CLI only when `--base-dir` or `--base-index` is given.
 */
export function wantsPrPreview(args: ParsedArgs, ctx: Pick<CommandContext, 'surface'>): boolean {
  if (ctx.surface === 'action') return true;
  return optionalString(args, 'base-dir') !== undefined || optionalString(args, 'base-index') !== undefined;
}
