/**
 * Logging and secret redaction. The CLI logs to stderr; the action logs through @actions/core
 * (see src/action/), where warnings and errors with a file become annotations on the PR diff.
 */
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
 * Remembers every secret the program has read and scrubs it from any text before it is printed.
 * Secrets shorter than 4 characters are ignored: scrubbing them would mangle ordinary text.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (secret && secret.length >= 4) this.secrets.add(secret);
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }
}

/** A logger writing to a stream (stderr for the CLI), with every line passed through the redactor. */
export function streamLogger(
  write: (line: string) => void,
  redactor: Redactor,
  options: { verbose?: boolean } = {},
): Logger {
  const where = (a?: Annotation) =>
    a?.file
      ? `${a.file}${a.startLine ? `:${a.startLine}${a.startColumn ? `:${a.startColumn}` : ''}` : ''}: `
      : '';
  return {
    debug: (m) => {
      if (options.verbose) write(redactor.redact(`debug: ${m}`));
    },
    info: (m) => write(redactor.redact(m)),
    warning: (m, a) => write(redactor.redact(`${where(a)}warning: ${m}`)),
    error: (m, a) => write(redactor.redact(`${where(a)}error: ${m}`)),
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
