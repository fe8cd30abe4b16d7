import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import type { Annotation } from '../src/log.js';
import { run, type ActionCore } from '../src/main.js';

let fixtures: string;

beforeAll(async () => {
  // A copy, plus a file with a YAML syntax error (committed, it would break the repository-wide formatting check).
  fixtures = await mkdtemp(path.join(tmpdir(), 'oncall-validate-cli-'));
  await cp(path.resolve('__tests__/fixtures/validate'), fixtures, { recursive: true });
  await writeFile(
    path.join(fixtures, 'invalid', 'syntax-error.yml'),
    'id: syntax-error\nmatch:\n  any: [one, two\n  all: [x]\n',
  );
});

afterAll(async () => {
  await rm(fixtures, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main({
    argv,
    env: {},
    cwd: fixtures,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: Readable.from([]),
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('oncall validate (CLI)', () => {
  it('exits 0 and prints a summary line on valid runbooks', async () => {
    const r = await cli(['validate', 'valid']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('3 runbooks checked: no problems.');
  });

  it('counts runbook files that have errors in the summary line', async () => {
    // 21 files named *.yml or *.yaml, most of them with errors, one with a YAML syntax error.
    const r = await cli(['validate', 'invalid']);
    expect(r.err).toMatch(/^21 runbooks checked: \d+ errors, \d+ warnings\.$/m);
  });

  it('prints paths of a directory outside the working directory as they were given', async () => {
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'oncall-validate-elsewhere-'));
    try {
      await writeFile(
        path.join(elsewhere, 'one.yml'),
        'id: one\ntitle: One\nowner: @sre\nmatch:\n  any: [DiskFull]\n',
      );
      const r = await cli(['validate', elsewhere]);
      expect(r.code).toBe(1);
      expect(r.out).toBe(
        `${elsewhere}/one.yml:3:8: error: value "@sre" begins with "@", which YAML reserves: values that begin with @ or \` must be quoted. Write '@sre'.\n`,
      );
      expect(r.err).toContain('1 runbook checked: 1 error, 0 warnings.');
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('exits 1 and prints file:line:column: severity: message lines sorted by file and line', async () => {
    const r = await cli(['validate', 'invalid']);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toContain(
      'invalid/wrong-type.yml:6:8: error: match.any should be a list of strings, found "disk" (a string). Write it as a list: ["disk"].',
    );
    for (const line of lines) expect(line).toMatch(/^invalid\/[\w.-]+:\d+:\d+: (error|warning): ./);
    const keys = lines.map((l) => l.split(':').slice(0, 3));
    const sorted = [...keys].sort((a, b) =>
      a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]),
    );
    expect(keys).toEqual(sorted);
  });

  it('prints {"problems": [...]} with exactly file, line, column, severity and message for --format json', async () => {
    const r = await cli(['validate', 'invalid', '--format', 'json']);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { problems: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['problems']);
    expect(parsed.problems.length).toBeGreaterThan(30);
    for (const p of parsed.problems)
      expect(Object.keys(p)).toEqual(['file', 'line', 'column', 'severity', 'message']);
    expect(parsed.problems).toContainEqual({
      file: 'invalid/duplicate-key.yml',
      line: 4,
      column: 1,
      severity: 'error',
      message: 'duplicate key "title" (first defined at line 2). YAML keys must be unique: keep one of them.',
    });
  });

  it('prints an empty problem list as JSON for valid runbooks', async () => {
    const r = await cli(['validate', 'valid', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ problems: [] });
  });

  it('passes with warnings only, and fails on them with --strict', async () => {
    expect((await cli(['validate', 'overlap'])).code).toBe(0);
    const strict = await cli(['validate', 'overlap', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('overlap/oom-batch.yml:5:1: warning: shadowed');
  });

  it('exits 1 with a clear message for a missing directory, and 2 for a bad --format', async () => {
    const missing = await cli(['validate', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('nope:1:1: error: runbook directory "nope" does not exist');
    const bad = await cli(['validate', 'valid', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Invalid --format: expected one of text, json, found "xml"');
  });

  it('describes its options in --help', async () => {
    const r = await cli(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: oncall validate [dir] [--format text|json] [--strict]');
    expect(r.out).toContain('--strict');
    expect(r.out).toContain('(default: runbooks)');
  });
});

describe('validate in GitHub Actions', () => {
  function fakeCore(inputs: Record<string, string>) {
    const calls = {
      errors: [] as { message: string; props?: Annotation }[],
      warnings: [] as { message: string; props?: Annotation }[],
      summary: [] as string[],
      failed: [] as string[],
      written: 0,
    };
    const core: ActionCore = {
      getInput: (name) => inputs[name] ?? '',
      setSecret: () => undefined,
      setOutput: () => undefined,
      setFailed: (m) => void calls.failed.push(m),
      debug: () => undefined,
      info: () => undefined,
      warning: (message, props) => void calls.warnings.push({ message, ...(props ? { props } : {}) }),
      error: (message, props) => void calls.errors.push({ message, ...(props ? { props } : {}) }),
      summary: {
        addRaw: (text) => {
          calls.summary.push(text);
          return undefined;
        },
        write: async () => {
          calls.written++;
        },
      },
    };
    return { core, calls };
  }

  it('annotates every problem on the diff, writes the summary table and fails the job', async () => {
    const { core, calls } = fakeCore({ command: 'validate', path: 'invalid' });
    await run({ core, env: {}, cwd: fixtures });
    expect(calls.failed).toHaveLength(1);
    expect(calls.errors).toContainEqual({
      message:
        'match.any should be a list of strings, found "disk" (a string). Write it as a list: ["disk"].',
      props: { file: 'invalid/wrong-type.yml', startLine: 6, startColumn: 8, title: 'Runbook error' },
    });
    expect(calls.warnings).toContainEqual(
      expect.objectContaining({
        props: { file: 'invalid/no-tests.yml', startLine: 1, startColumn: 5, title: 'Runbook warning' },
      }),
    );
    expect(calls.errors.length + calls.warnings.length).toBeGreaterThan(30);
    const summary = calls.summary.join('\n');
    expect(summary).toContain('| Status | Runbook | Title | File |');
    expect(summary).toContain(
      '| ❌ 2 errors | <code>failing-tests</code> | Embedded tests fail | <code>invalid/failing-tests.yml</code> |',
    );
    expect(summary).toContain(
      '| ⚠️ 1 warning | <code>no-tests</code> | Has no tests | <code>invalid/no-tests.yml</code> |',
    );
    expect(summary).toContain('| ❌ error | <code>invalid/syntax-error.yml:4:3</code> | YAML syntax error');
    expect(calls.written).toBe(1);
  });

  it('succeeds with a table of passing runbooks when everything is valid', async () => {
    const { core, calls } = fakeCore({ command: 'validate', path: 'valid' });
    await run({ core, env: {}, cwd: fixtures });
    expect(calls.failed).toEqual([]);
    expect(calls.errors).toEqual([]);
    expect(calls.summary.join('\n')).toContain(
      '| ✅ ok | <code>disk-almost-full</code> | Disk almost full | <code>valid/disk-almost-full.yml</code> |',
    );
  });

  it('fails on warnings when the strict input is true', async () => {
    const { core, calls } = fakeCore({ command: 'validate', path: 'overlap', strict: 'true' });
    await run({ core, env: {}, cwd: fixtures });
    expect(calls.failed).toHaveLength(1);
    expect(calls.errors).toEqual([]);
    expect(calls.warnings.length).toBe(7);
  });
});
