import { describe, expect, it } from '@jest/globals';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fdOutput } from '../src/cli/output.js';

/** A stand-in for process.stdout: records what it is given, and whether it was created at all. */
function fakeStream() {
  const chunks: string[] = [];
  let created = 0;
  let flushes = 0;
  return {
    chunks,
    created: () => created,
    flushes: () => flushes,
    stream: () => {
      created++;
      return {
        write(chunk: Uint8Array | string, callback?: () => void) {
          if (chunk === '') flushes++;
          else chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
          callback?.();
          return true;
        },
      };
    },
  };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('the CLI output', () => {
  it('writes straight to the file descriptor, in order, without creating the stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oncall-output-'));
    const file = join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    const fake = fakeStream();
    try {
      const out = fdOutput(fd, { stream: fake.stream });
      out.write('first line\n');
      out.write('');
      out.write('二行目 ✓\n');
      await out.flush();
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe('first line\n二行目 ✓\n');
    expect(fake.created()).toBe(0);
    rmSync(dir, { recursive: true });
  });

  it('finishes a partial write, and hands the rest to the stream once the descriptor says EAGAIN', async () => {
    const written: string[] = [];
    let calls = 0;
    const fake = fakeStream();
    const out = fdOutput(1, {
      stream: fake.stream,
      writeSync: (_fd, buffer, offset, length) => {
        calls++;
        if (calls === 1) {
          // A short write: 3 bytes of what was asked.
          written.push(Buffer.from(buffer.subarray(offset, offset + 3)).toString('utf8'));
          return 3;
        }
        if (calls === 2) {
          written.push(Buffer.from(buffer.subarray(offset, offset + length)).toString('utf8'));
          return length;
        }
        throw errno('EAGAIN');
      },
    });
    out.write('abcdef');
    out.write('ghi');
    out.write('jkl');
    await out.flush();
    expect(written).toEqual(['abc', 'def']);
    // After EAGAIN everything goes to the stream, in order, so nothing overtakes what is queued there.
    expect(fake.chunks).toEqual(['ghi', 'jkl']);
    expect(calls).toBe(3);
    expect(fake.created()).toBe(1);
    expect(fake.flushes()).toBe(1);
  });

  it('ends quietly when the reader has gone (EPIPE), and rethrows any other error', () => {
    const fake = fakeStream();
    let calls = 0;
    const out = fdOutput(1, {
      stream: fake.stream,
      writeSync: () => {
        calls++;
        throw errno('EPIPE');
      },
    });
    out.write('one');
    out.write('two');
    expect(calls).toBe(1);
    expect(fake.chunks).toEqual([]);

    const failing = fdOutput(1, {
      stream: fake.stream,
      writeSync: () => {
        throw errno('EBADF');
      },
    });
    expect(() => failing.write('x')).toThrow('EBADF');
  });
});
