/**
 * Logging, secret redaction and output safety. The CLI logs to stderr; the action logs through @actions/core
 * (see src/main.ts), where warnings and errors with a file become annotations on the PR diff.
 */
import { printableLines } from './util/printable.js';

export interface Annotation {
  file?: string;
  startLine?: number;
  startColumn?: number;
  title?: string;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
}

/**
 * Every form under which a secret read from an input or the environment can reappear: as given, trimmed (the form
 * the program sends, so the one a server echoes back) and each of its lines (a runner masks a multi-line value line
 * by line). Forms shorter than 4 characters are left out: scrubbing them would mangle ordinary text.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set([secret, secret.trim(), ...secret.split(/\r\n|\r|\n/).map((line) => line.trim())]);
  return [...forms].filter((form) => form.length >= 4);
}

/**
 * Remembers every secret the program has read and scrubs it from any text before it is printed, in every form of
 * {@link secretForms}.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (!secret) return;
    for (const form of secretForms(secret)) this.secrets.add(form);
  }

  redact(text: string): string {
    return this.redactEncoded(text);
  }

  /**
   * Like {@link redact}, and also scrubs each secret as `encode` writes it: text that was escaped before it reached
   * the redactor (the job summary's Markdown turns `_` into `&#95;`) would otherwise carry a secret past it.
   */
  redactEncoded(text: string, encode?: (secret: string) => string): string {
    let out = text;
    // Longest first, so a secret that contains another is scrubbed whole.
    const longestFirst = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of longestFirst) {
      out = out.split(secret).join('***');
      // An encoding may turn a trailing line break into a space; the text around the secret keeps its own.
      const encoded = encode?.(secret).trim();
      if (encoded && encoded.length >= 4) out = out.split(encoded).join('***');
    }
    return out;
  }
}

/**
 * The runner reads a line as a command when it starts with `::` after leading white space (as .NET's `TrimStart`
 * sees it, which includes U+0085), or when it contains the older `##[` form anywhere.
 */
const COMMAND_START = /^([\s\u0085]*):(?=:)/;
const OLD_COMMAND = /##\[/g;

/**
 * One line of plain output that the runner cannot read as a workflow command: a leading `::` is written `%3A:` and
 * `##[` is written `#%23[` (GitHub's own percent escapes). Any other line is returned unchanged.
 */
export function neutralizeCommandLine(line: string): string {
  return line.replace(COMMAND_START, '$1%3A').replace(OLD_COMMAND, '#%23[');
}

/**
 * Plain output of any number of lines, each passed through {@link neutralizeCommandLine}. Line breaks are kept as
 * written; CR alone counts as a line break, as it does for the runner.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(/[^\r\n]+/g, neutralizeCommandLine);
}

/**
 * A log message as printed: redacted, its continuation lines indented and its control characters escaped (see
 * {@link printableLines}: one message cannot fake further log lines), and no line a workflow command
 * ({@link neutralizeCommands}). Every plain log line of the CLI and the action goes through here.
 */
export function safeLogText(message: string, redactor: Redactor): string {
  return neutralizeCommands(printableLines(redactor.redact(message)));
}

/**
 * A logger writing to a stream (stderr for the CLI), every message through {@link safeLogText}: the CLI may run
 * inside a workflow step, where its output is read for commands too.
 */
export function streamLogger(
  writeLine: (line: string) => void,
  redactor: Redactor,
  options: { verbose?: boolean } = {},
): Logger {
  const write = (line: string) => writeLine(safeLogText(line, redactor));
  const where = (a?: Annotation) =>
    a?.file
      ? `${a.file}${a.startLine ? `:${a.startLine}${a.startColumn ? `:${a.startColumn}` : ''}` : ''}: `
      : '';
  return {
    debug: (m) => {
      if (options.verbose) write(`debug: ${m}`);
    },
    info: (m) => write(m),
    warning: (m, a) => write(`${where(a)}warning: ${m}`),
    error: (m, a) => write(`${where(a)}error: ${m}`),
  };
}

/** A logger that keeps every line, for tests. */
export class MemoryLogger implements Logger {
  readonly lines: {
    level: 'debug' | 'info' | 'warning' | 'error';
    message: string;
    annotation?: Annotation;
  }[] = [];
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string, annotation?: Annotation): void {
    this.lines.push({ level: 'warning', message, ...(annotation ? { annotation } : {}) });
  }
  error(message: string, annotation?: Annotation): void {
    this.lines.push({ level: 'error', message, ...(annotation ? { annotation } : {}) });
  }
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
  }
}
