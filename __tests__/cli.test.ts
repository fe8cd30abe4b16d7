import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';

function io(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      argv,
      env: {},
      cwd: process.cwd(),
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      stdin: Readable.from([]),
    },
  };
}

describe('oncall CLI', () => {
  it('prints the command list for --help and exits 0', async () => {
    const t = io(['--help']);
    expect(await main(t.io)).toBe(0);
    expect(t.out.join('')).toContain('Usage: oncall <command> [options]');
  });

  it('rejects an unknown command with exit code 2', async () => {
    const t = io(['frobnicate']);
    expect(await main(t.io)).toBe(2);
    expect(t.err.join('')).toContain('unknown command "frobnicate"');
  });
});
