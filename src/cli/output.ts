/**
 * The CLI's stdout and stderr. Text is written straight to the file descriptor: process.stdout and process.stderr
 * are created on first use and load Node's stream machinery, a few milliseconds of every short command's start-up
 * (`oncall match`, `oncall preview`). Writes to files, pipes and terminals on Linux are synchronous either way.
 *
 * A descriptor that is non-blocking and full (EAGAIN) hands the rest of the text, and everything after it, to the
 * stream, which queues it; order is kept. A reader that went away (EPIPE, as in `oncall match … | head -1`) ends the
 * output quietly.
 */
import { writeSync as fsWriteSync } from 'node:fs';

export interface Output {
  write(text: string): void;
  /** Resolves once everything written has left the process (only the stream, if it was used, can hold any). */
  flush(): Promise<void>;
}

export interface OutputDeps {
  /** `fs.writeSync`: returns how many bytes were written. */
  writeSync?: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  /** The stream to fall back to (process.stdout or process.stderr), created only when needed. */
  stream: () => { write(chunk: Uint8Array | string, callback?: () => void): boolean };
}

export function fdOutput(fd: number, deps: OutputDeps): Output {
  const writeSync = deps.writeSync ?? fsWriteSync;
  let closed = false;
  // Set once the descriptor said EAGAIN: from then on everything goes to the stream, in order.
  let stream: ReturnType<OutputDeps['stream']> | undefined;
  const toStream = (chunk: Uint8Array | string) => {
    stream ??= deps.stream();
    stream.write(chunk);
  };
  return {
    write(text) {
      if (text === '' || closed) return;
      if (stream) return toStream(text);
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(fd, bytes, offset, bytes.length - offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') {
            closed = true;
            return;
          }
          if (code !== 'EAGAIN') throw error;
          return toStream(bytes.subarray(offset));
        }
      }
    },
    flush() {
      const used = stream;
      if (!used) return Promise.resolve();
      return new Promise((resolve) => used.write('', () => resolve()));
    },
  };
}
