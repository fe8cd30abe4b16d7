/**
 * `oncall match "<alert text>"`: which runbooks an alert would get, best first, and the terms that made each match.
 * With `--stdin`, replays one alert text per line (e.g. a day of incident titles) and prints one JSON line each.
 *
 * Start-up matters here (it runs once per alert in scripts), so this module imports only the matcher and the index
 * reader; the validator (and its regex checker) is loaded only for `--dir`.
 */
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { createMatcher, type Matcher } from '../runbooks/matcher.js';
import { readIndexFile } from '../runbooks/index-file.js';
import { openIndexFile } from '../runbooks/index-open.js';
import type { AlertText, IndexedRunbook, RunbookMatch } from '../runbooks/types.js';
import { matchesText } from '../runbooks/match-text.js';
import { readAlert, type AlertReading } from '../runbooks/titles.js';
import { flag, optionalString } from './args.js';
import {
  optionLabel,
  type CommandContext,
  type CommandResult,
  type CommandSpec,
  type ParsedArgs,
} from './command.js';

/**
 * The `--json` shape: `{"alert": {"text", "tool", "alertName", "labels", …}, "matches": [{"id", "title", "score",
 * "terms"}]}`, best first. `alert.text` is what the matcher was given; the rest are the title's parts it came from.
 */
export function matchesJson(reading: AlertReading, matches: readonly RunbookMatch[]): string {
  const { title } = reading;
  return JSON.stringify({
    alert: {
      text: reading.text,
      tool: title.tool,
      alertName: title.alertName,
      labels: title.labels,
      ...(title.status !== undefined ? { status: title.status } : {}),
    },
    matches: matches.map((m) => ({ id: m.id, title: m.title, score: m.score, terms: m.terms })),
  });
}

export { matchesText };

/** The runbooks of `--index <file>` or `--dir <dir>` (validated; null after logging errors), as `oncall match` reads them. */
export async function loadRunbooks(args: ParsedArgs, ctx: CommandContext): Promise<IndexedRunbook[] | null> {
  const indexFile = optionalString(args, 'index');
  const dir = optionalString(args, 'dir');
  if (indexFile !== undefined && dir !== undefined) {
    throw new ConfigError(
      `${optionLabel(ctx, 'index')} and ${optionLabel(ctx, 'dir')} are alternatives: give one (an index built by "oncall build", or a runbooks directory).`,
    );
  }
  if (indexFile !== undefined)
    return (await readIndexFile(path.resolve(ctx.cwd, indexFile), indexFile)).runbooks;
  const from = dir ?? 'runbooks';
  const [{ validateRunbooks }, { reportProblems }, { toIndexed }] = await Promise.all([
    import('../runbooks/validate.js'),
    import('./build.js'),
    import('../runbooks/index-file.js'),
  ]);
  const { runbooks, problems } = await validateRunbooks(from, { cwd: ctx.cwd });
  const errors = reportProblems(
    problems.filter((p) => p.severity === 'error'),
    ctx.log,
  );
  if (errors > 0) {
    ctx.log.error(`${errors} error(s) in ${from}: fix them (run "oncall validate ${from}") before matching.`);
    return null;
  }
  return runbooks.map(toIndexed);
}

/** The matcher over `--index <file>` (opened, rows read as alerts need them) or `--dir <dir>`; null as loadRunbooks. */
async function loadMatcher(args: ParsedArgs, ctx: CommandContext): Promise<Matcher | null> {
  const indexFile = optionalString(args, 'index');
  if (indexFile !== undefined && optionalString(args, 'dir') === undefined) {
    return (await openIndexFile(path.resolve(ctx.cwd, indexFile), indexFile)).matcher();
  }
  const runbooks = await loadRunbooks(args, ctx);
  return runbooks === null ? null : createMatcher(runbooks);
}

async function run(args: ParsedArgs, ctx: CommandContext): Promise<CommandResult> {
  const stdin = flag(args, 'stdin');
  const text = args.positionals[0];
  if (stdin && text !== undefined) {
    throw new ConfigError(
      `Give the alert text as an argument or use --stdin, not both (found argument ${JSON.stringify(text)}).`,
    );
  }
  if (!stdin && text === undefined) {
    throw new ConfigError(
      'Missing alert text: expected oncall match "<alert text>", or --stdin to read one alert text per line.',
    );
  }
  const service = optionalString(args, 'service');
  const matcher = await loadMatcher(args, ctx);
  if (matcher === null) return { exitCode: 1 };
  // A service given on the command line may be either a PagerDuty service ID or its name.
  const alert = (reading: AlertReading): AlertText => ({
    text: reading.text,
    ...(service !== undefined ? { service: { id: service, name: service } } : {}),
  });

  if (stdin) {
    // One line in, one line out, in order; nothing is kept between lines, so a day of titles streams through.
    for await (const line of ctx.stdinLines()) {
      const reading = readAlert(line);
      ctx.stdout(`${matchesJson(reading, matcher.match(alert(reading)))}\n`);
    }
    return { exitCode: 0 };
  }
  // The text is read as an incident title, exactly as the alert path and `oncall preview` read it.
  const reading = readAlert(text!);
  const matches = matcher.match(alert(reading));
  ctx.stdout(flag(args, 'json') ? `${matchesJson(reading, matches)}\n` : matchesText(matches));
  return { exitCode: 0 };
}

export const matchCommand: CommandSpec = {
  name: 'match',
  summary: 'Show which runbooks match an alert text, best first, and why',
  usage:
    'oncall match "<alert text>" [--index index.json | --dir runbooks] [--service <name-or-id>] [--json] [--stdin]',
  description: [
    'Reads the text as the alert path does (the first line is the incident title, cleaned of the monitoring',
    "tool's status prefix; further lines count as the alert's details) and matches with the same matcher.",
    'Without --index, the runbooks in --dir (default "runbooks") are validated first and errors stop the',
    'command. Exit code 0 whether or not anything matches.',
  ].join('\n'),
  positionals: [
    { name: 'alert text', description: 'The alert title (plus summary/description, if you have them)' },
  ],
  options: [
    { name: 'index', type: 'string', description: 'Index file built by "oncall build"' },
    {
      name: 'dir',
      type: 'string',
      description: 'Runbooks directory to validate and match against',
      default: 'runbooks',
    },
    {
      name: 'service',
      type: 'string',
      description: "The alert's PagerDuty service name or ID, for rules with match.services",
    },
    {
      name: 'json',
      type: 'boolean',
      cliOnly: true,
      description:
        'Print {"alert": {text, tool, alertName, labels, status}, "matches": [{id, title, score, terms}]}',
    },
    {
      name: 'stdin',
      type: 'boolean',
      cliOnly: true,
      description: 'Read one alert text per line; print one JSON object per line, in order',
    },
  ],
  run,
};
