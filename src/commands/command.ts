/**
 * One command definition serves both surfaces: the `oncall` CLI (flags) and the action (`command` input plus one
 * input per option). Options are declared once here, so the CLI help, the action's inputs and their validation
 * cannot drift apart (a test compares them with action.yml).
 */
import type { Clock } from '../clock.js';
import type { Logger, Redactor } from '../log.js';

/** The arguments, environment and streams of one `oncall` command line (run by `main` in src/cli/main.ts). */
export interface CliIo {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: NodeJS.ReadableStream;
  /** Defaults to the system clock; the sandbox runs a whole day on a fake one. */
  clock?: Clock;
}

/** Runs one command line and returns its exit code (0 ok, 1 failure found, 2 usage or configuration error). */
export type CommandLineRunner = (io: CliIo) => Promise<number>;

export type OptionType = 'string' | 'boolean' | 'list';

export interface OptionSpec {
  /** kebab-case; the CLI flag is `--<name>`, the action input is `<name>`. */
  name: string;
  type: OptionType;
  description: string;
  /** Shown in help and the README; applied by the command itself when the value is missing. */
  default?: string;
  /** Environment variable read when the flag/input is absent (tokens, API URLs). */
  env?: string;
  /** Secrets are never accepted as CLI flags (shell history) — only from `env` — and are masked in logs. */
  secret?: boolean;
  /** Only on the CLI (e.g. `--stdin`, `--json`); not an action input. */
  cliOnly?: boolean;
  /** Only in the action (e.g. inputs that make sense inside a workflow run only). */
  actionOnly?: boolean;
  short?: string;
}

export type OptionValue = string | boolean | string[] | undefined;

export interface ParsedArgs {
  values: Record<string, OptionValue>;
  positionals: string[];
}

/** Where the job summary goes in Actions (Markdown). Absent on the CLI. */
export interface JobSummary {
  addMarkdown(markdown: string): void;
}

export interface CommandContext {
  surface: 'cli' | 'action';
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  clock: Clock;
  log: Logger;
  redactor: Redactor;
  /** Program output (reports, JSON) — stdout on the CLI, the log in Actions. */
  stdout(text: string): void;
  /** Lines of standard input (CLI `--stdin`). */
  stdinLines(): AsyncIterable<string>;
  summary?: JobSummary;
  /** Action outputs; a no-op on the CLI. */
  setOutput(name: string, value: string): void;
  /** Runs another command line in this process (the CLI passes itself; the sandbox plays a day with it). */
  runCommandLine?: CommandLineRunner;
}

export interface CommandResult {
  exitCode: number;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** e.g. `oncall validate [dir] [--format text|json]` */
  usage: string;
  /** Longer help text (plain text, wrapped at ~100 columns). */
  description?: string;
  positionals?: { name: string; description: string; default?: string }[];
  options: OptionSpec[];
  run(args: ParsedArgs, ctx: CommandContext): Promise<CommandResult>;
  /**
   * Checks every option without acting and throws every problem at once (a ConfigError). Lets the action report
   * input mistakes found before the command runs together with the command's own.
   */
  check?(args: ParsedArgs, ctx: Pick<CommandContext, 'surface'>): void;
}

/** How to name an option in an error message on this surface: `--channel` on the CLI, `input "channel"` in Actions. */
export function optionLabel(ctx: Pick<CommandContext, 'surface'>, name: string): string {
  return ctx.surface === 'cli' ? `--${name}` : `input "${name}"`;
}
