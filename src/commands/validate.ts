/**
 * `oncall validate [dir]`: the pull-request check for runbooks. Prints every problem as
 * `file:line:column: severity: message` (or JSON), and in Actions also as annotations on the diff plus a job
 * summary table. Exit code 1 when there is an error (or, with `--strict`, a warning).
 */
import { choice, flag, optionalString } from './args.js';
import type { CommandSpec } from './command.js';
import {
  annotationFor,
  formatJson,
  formatSummaryLine,
  formatSummaryMarkdown,
  formatText,
} from '../runbooks/problems.js';
import { hasErrors, validateRunbooks } from '../runbooks/validate.js';
import { PR_PREVIEW_OPTIONS, wantsPrPreview } from '../preview/pr-preview-options.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'Check runbook files: format, regex safety, links, embedded tests, overlaps',
  usage:
    'oncall validate [dir] [--format text|json] [--strict] [--regex-cache <file>] [--base-dir <dir> | --base-index <file>]',
  description: [
    'Reads every runbooks/<id>.yml file and reports every problem in one run, each with file, line and column:',
    'YAML errors, unknown keys, wrong types, missing fields, duplicate ids, missing docs and broken links in them,',
    'unsafe regular expressions, failing embedded tests, diagnose workflows that are missing, not dispatchable or',
    'lack the inputs they are sent (errors); generic keywords, ambiguous or shadowed rules and',
    'runbooks without tests (warnings). Exits 1 when there is an error, 0 otherwise; --strict fails on warnings too.',
    "With --base-dir or --base-index (the default branch), also lists each changed runbook's test titles and which",
    'runbook each matches now and before; in Actions this goes to the job summary with message previews.',
  ].join('\n'),
  positionals: [{ name: 'dir', description: 'Directory holding the runbook files', default: 'runbooks' }],
  options: [
    {
      name: 'format',
      type: 'string',
      description: 'Output format: text or json',
      default: 'text',
      cliOnly: true,
    },
    { name: 'strict', type: 'boolean', description: 'Fail on warnings as well as errors', default: 'false' },
    {
      name: 'regex-cache',
      type: 'string',
      description:
        'File that keeps regex safety verdicts between runs (keep it with actions/cache); none when absent',
      env: 'ONCALL_REGEX_CACHE',
    },
    {
      name: 'workflows-dir',
      type: 'string',
      description:
        "Where the workflows named in runbooks' diagnose entries must be (each checked: exists, workflow_dispatch, inputs); the default is checked only when it exists",
      default: '.github/workflows',
    },
    ...PR_PREVIEW_OPTIONS,
  ],
  async run(args, ctx) {
    const format = choice(args, ctx, 'format', ['text', 'json'] as const, 'text');
    const strict = flag(args, 'strict');
    const dir = args.positionals[0] ?? 'runbooks';
    const regexCacheFile = optionalString(args, 'regex-cache');
    // Not given: .github/workflows is checked when it exists (a checkout), skipped for a copied runbooks directory.
    const workflowsDir = optionalString(args, 'workflows-dir');
    const result = await validateRunbooks(dir, {
      cwd: ctx.cwd,
      ...(regexCacheFile !== undefined ? { regexCacheFile } : {}),
      ...(workflowsDir !== undefined ? { workflowsDir } : {}),
    });
    const { problems, runbooks } = result;

    if (format === 'json') ctx.stdout(formatJson(problems));
    else if (problems.length > 0) ctx.stdout(formatText(problems));

    if (ctx.surface === 'action') {
      for (const p of problems) {
        if (p.severity === 'error') ctx.log.error(p.message, annotationFor(p));
        else ctx.log.warning(p.message, annotationFor(p));
      }
      ctx.summary?.addMarkdown(formatSummaryMarkdown(runbooks, problems, result.filesChecked));
    }
    ctx.log.info(formatSummaryLine(result.filesChecked ?? runbooks.length, problems));
    if (wantsPrPreview(args, ctx)) {
      const { runPrPreview } = await import('../preview/pr-preview.js');
      await runPrPreview(args, ctx, result, { dir, printText: format === 'text' });
    }

    const warnings = problems.some((p) => p.severity === 'warning');
    return { exitCode: hasErrors(result) || (strict && warnings) ? 1 : 0 };
  },
};
