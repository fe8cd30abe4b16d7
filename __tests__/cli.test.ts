import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { main, parseCommandArgs } from '../src/cli/main.js';
import { findCommand } from '../src/commands/registry.js';
import { Redactor } from '../src/log.js';

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

describe('oncall <command> --help', () => {
  it('describes every option of every command, in one aligned column', async () => {
    const { commands } = await import('../src/commands/registry.js');
    for (const entry of commands) {
      const spec = await entry.load();
      const t = io([entry.name, '--help']);
      expect(await main(t.io)).toBe(0);
      const help = t.out.join('');
      expect(help).toContain(`Usage: ${spec.usage}`);
      for (const option of spec.options) {
        if (option.actionOnly) continue;
        expect(help).toContain(option.secret ? option.env! : `--${option.name}`);
      }
      const columns = new Set(
        help
          .split('\n')
          .filter((line) => /^ {2}(--|-h|[A-Z_]{4,} )/.test(line))
          .map((line) => line.slice(2).search(/ {2}\S/)),
      );
      expect(columns.size).toBe(1);
    }
  });

  it('suggests the closest flag for a typo', async () => {
    const t = io(['match', 'x', '--jsno']);
    expect(await main(t.io)).toBe(2);
    expect(t.err.join('')).toContain('unknown option "--jsno" for "oncall match". Did you mean "--json"?');
  });
});

describe('secrets read from the environment', () => {
  it('uses a token with a trailing newline trimmed and redacts every form of it', async () => {
    const token = 'xoxb-1234-5678-secret';
    const redactor = new Redactor();
    const spec = await findCommand('shift')!.load();
    const args = parseCommandArgs(spec, [], { SLACK_BOT_TOKEN: `${token}\r\n` }, redactor);
    expect(args.values['slack-bot-token']).toBe(token);
    expect(redactor.redact(`invalid_auth for ${token}.`)).toBe('invalid_auth for ***.');
    expect(redactor.redact(`raw ${token}\r\n`)).toBe('raw ***');
  });
});

describe('workflow commands in CLI output', () => {
  it('neutralises a log line that would start a command, whatever the command writes', async () => {
    const t = io(['validate', '::stop-commands::resume']);
    expect(await main(t.io)).toBe(1);
    const printed = [...t.out, ...t.err].join('').split(/\r\n|\r|\n/);
    expect(printed.filter((line) => /^\s*::/.test(line))).toEqual([]);
  });
});
