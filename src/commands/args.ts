/** Reading parsed option values into typed settings, with errors that name the flag or input. */
import { ConfigError } from '../errors.js';
import { optionLabel, type CommandContext, type OptionSpec, type ParsedArgs } from './command.js';

/** `a,b` and repeated flags both give lists; blanks are dropped. */
export function splitList(parts: string[]): string[] {
  return parts
    .flatMap((p) => p.split(/[,\n]/))
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function parseBoolean(value: string, option: Pick<OptionSpec, 'name' | 'env'>): boolean {
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no', ''].includes(v)) return false;
  throw new ConfigError(
    `${option.env ?? option.name} must be true or false, found ${JSON.stringify(value)}.`,
  );
}

type Ctx = Pick<CommandContext, 'surface'>;

export function optionalString(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function requiredString(args: ParsedArgs, ctx: Ctx, name: string, expected: string): string {
  const v = optionalString(args, name);
  if (v === undefined) throw new ConfigError(`Missing ${optionLabel(ctx, name)}: expected ${expected}.`);
  return v;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function list(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? splitList([v]) : [];
}

/** One of a fixed set of words, e.g. `--format text|json`. */
export function choice<T extends string>(
  args: ParsedArgs,
  ctx: Ctx,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = optionalString(args, name);
  if (v === undefined) return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigError(
    `Invalid ${optionLabel(ctx, name)}: expected one of ${allowed.join(', ')}, found ${JSON.stringify(v)}.`,
  );
}

/** Several configuration mistakes found in one run, each a sentence that names its flag or input. */
export class ConfigErrors extends ConfigError {
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1
        ? problems[0]!
        : `${problems.length} configuration problems:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
}

/**
 * Reads every option before failing, so that all mistakes come back in one run instead of one per run: each read
 * that throws a {@link ConfigError} is recorded and a stand-in value is returned so the remaining options are still
 * read; {@link ConfigProblems.check} then throws them together. Nothing may act on the values before `check`.
 */
export class ConfigProblems {
  private readonly messages: string[] = [];

  /** Runs `read`; a ConfigError is recorded and `fallback` returned. Any other error is a bug and is thrown. */
  read<T>(read: () => T, fallback: T): T {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      if (error instanceof ConfigErrors) this.messages.push(...error.problems);
      else this.messages.push(error.message);
      return fallback;
    }
  }

  add(message: string): void {
    this.messages.push(message);
  }

  get empty(): boolean {
    return this.messages.length === 0;
  }

  /** Throws every recorded problem at once (a {@link ConfigErrors}), or returns when there is none. */
  check(): void {
    if (this.messages.length > 0) throw new ConfigErrors([...this.messages]);
  }
}
