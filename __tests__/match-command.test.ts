import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { runBuild, type BuildDeps, type BuildProblem } from '../src/commands/build.js';
import { matchesText } from '../src/commands/match.js';
import { buildIndex, serializeIndex } from '../src/runbooks/index-file.js';
import type { Runbook } from '../src/runbooks/types.js';
import { MemoryLogger } from '../src/log.js';

function runbook(id: string, any: string[], extra: Partial<Runbook> = {}): Runbook {
  return {
    id,
    title: `Title ${id}`,
    doc: `${id}.md`,
    priority: 0,
    match: { any, all: [], none: [], regex: [], services: [] },
    tests: { match: [], noMatch: [] },
    file: `runbooks/${id}.yml`,
    ...extra,
  };
}

const RUNBOOKS = [
  runbook('mysql-too-many-connections', ['MysqlTooManyConnections', 'too many connections'], { priority: 1 }),
  runbook('mysql-any', ['mysql']),
  runbook('checkout-only', ['mysql'], {
    match: { any: ['mysql'], all: [], none: [], regex: [], services: ['Checkout-DB'] },
  }),
  runbook('payment-errors', ['決済エラー']),
  runbook('crash-loop-anchored', [], {
    match: { any: [], all: [], none: [], regex: ['^KubePodCrashLooping\\b'], services: [] },
  }),
];

let dir: string;
let indexFile: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'oncall-match-'));
  indexFile = path.join(dir, 'index.json');
  await writeFile(
    indexFile,
    serializeIndex(buildIndex(RUNBOOKS, { repository: null, commit: null, dir: 'runbooks' })),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[], stdin: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main({
    argv,
    env: {},
    cwd: dir,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: Readable.from(stdin),
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('oncall match', () => {
  it('prints ranked matches with the terms that made them match', async () => {
    const r = await cli(['match', '[FIRING:1] MysqlTooManyConnections(>80%) mysql', '--index', 'index.json']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        '2 runbooks match, best first:',
        '1. mysql-too-many-connections — Title mysql-too-many-connections (score 1001023)',
        '   matched: "MysqlTooManyConnections"',
        '2. mysql-any — Title mysql-any (score 1005)',
        '   matched: "mysql"',
        '',
      ].join('\n'),
    );
  });

  it('prints {"matches": [...]} best first with --json', async () => {
    const r = await cli(['match', 'MySQL: too many connections', '--index', 'index.json', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      alert: {
        text: 'MySQL: too many connections',
        tool: 'unknown',
        alertName: 'MySQL: too many connections',
        labels: [],
      },
      matches: [
        {
          id: 'mysql-too-many-connections',
          title: 'Title mysql-too-many-connections',
          score: 1_001_020,
          terms: ['too many connections'],
        },
        { id: 'mysql-any', title: 'Title mysql-any', score: 1005, terms: ['mysql'] },
      ],
    });
  });

  it('exits 0 and says so when nothing matches', async () => {
    expect(await cli(['match', 'all quiet', '--index', 'index.json'])).toEqual({
      code: 0,
      out: 'no runbook matches\n',
      err: '',
    });
    const json = await cli(['match', 'all quiet', '--index', 'index.json', '--json']);
    expect([json.code, JSON.parse(json.out).matches]).toEqual([0, []]);
  });

  it('passes --service as both a service id and a name', async () => {
    const r = await cli([
      'match',
      'mysql down',
      '--index',
      'index.json',
      '--service',
      'checkout-db',
      '--json',
    ]);
    const ids = (JSON.parse(r.out) as { matches: { id: string }[] }).matches.map((m) => m.id);
    expect(ids).toEqual(['checkout-only', 'mysql-any']);
  });

  it('reads the text as an incident title, so an anchored regex matches as it does in preview and alert', async () => {
    const r = await cli([
      'match',
      '[FIRING:1] payments (KubePodCrashLooping api warning)',
      '--index',
      'index.json',
      '--json',
    ]);
    expect(JSON.parse(r.out)).toEqual({
      alert: {
        text: 'KubePodCrashLooping (payments api warning)\n[FIRING:1] payments (KubePodCrashLooping api warning)',
        tool: 'alertmanager',
        alertName: 'KubePodCrashLooping',
        labels: ['payments', 'api', 'warning'],
        status: 'firing',
      },
      matches: [
        {
          id: 'crash-loop-anchored',
          title: 'Title crash-loop-anchored',
          score: 1_022,
          terms: ['^KubePodCrashLooping\\b'],
        },
      ],
    });
  });

  it('reads each --stdin line as an incident title', async () => {
    const r = await cli(
      ['match', '--stdin', '--index', 'index.json'],
      ['[RESOLVED] KubePodCrashLooping (api)\n'],
    );
    const line = JSON.parse(r.out) as { alert: { alertName: string }; matches: { id: string }[] };
    expect([line.alert.alertName, line.matches.map((m) => m.id)]).toEqual([
      'KubePodCrashLooping',
      ['crash-loop-anchored'],
    ]);
  });

  it('answers one JSON line per stdin line, in order, including empty lines', async () => {
    const r = await cli(
      ['match', '--stdin', '--index', 'index.json'],
      ['mysql down\n【本番】決済エラー', '\n\nnothing here\nToo Many Connections\n'],
    );
    expect(r.code).toBe(0);
    const lines = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { matches: { id: string }[] });
    expect(lines.map((l) => l.matches.map((m) => m.id))).toEqual([
      ['mysql-any'],
      ['payment-errors'],
      [],
      [],
      ['mysql-too-many-connections'],
    ]);
  });

  it.each([
    [['match', '--index', 'index.json'], /Missing alert text/],
    [['match', 'x', '--stdin', '--index', 'index.json'], /not both/],
    [['match', 'x', '--index', 'index.json', '--dir', 'runbooks'], /--index and --dir are alternatives/],
    [['match', 'x', '--index', 'missing.json'], /Index file missing\.json does not exist/],
    [['match', 'x', 'y', '--index', 'index.json'], /at most 1 argument/],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('exits 2 on an index of a newer version, saying which versions it reads', async () => {
    await writeFile(path.join(dir, 'v9.json'), '{"format":"oncall-runbooks/index","version":9}');
    const r = await cli(['match', 'x', '--index', 'v9.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/v9\.json: unsupported index version 9 .*reads version 1, 2, 3\. Upgrade/);
  });

  it('formats a single match in the singular', () => {
    expect(matchesText([{ id: 'a', title: 'A', score: 1, terms: ['x, y'] }])).toBe(
      '1 runbook match, best first:\n1. a — A (score 1)\n   matched: "x, y"\n',
    );
  });
});

describe('oncall build (with an injected validator)', () => {
  const SHA = 'b'.repeat(40);
  const ctx = (log: MemoryLogger, out: string[]) => ({
    cwd: dir,
    env: { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/runbooks' },
    log,
    stdout: (t: string) => void out.push(t),
  });
  const deps = (problems: BuildProblem[], written: Map<string, string>): BuildDeps => ({
    validate: async () => ({ runbooks: RUNBOOKS, problems }),
    resolveSource: async ({ dir: d, env }) => ({
      repository: env.GITHUB_REPOSITORY ?? null,
      commit: env.GITHUB_SHA ?? null,
      dir: d,
    }),
    writeFile: async (file, data) => void written.set(file, data),
  });

  it('refuses to build when validation reports an error, printing every problem', async () => {
    const log = new MemoryLogger();
    const written = new Map<string, string>();
    const problems: BuildProblem[] = [
      {
        file: 'runbooks/a.yml',
        line: 3,
        column: 5,
        severity: 'error',
        message: 'match.any should be a list',
      },
      { file: 'runbooks/b.yml', line: 1, column: 1, severity: 'warning', message: 'no tests' },
    ];
    const result = await runBuild(
      { dir: 'runbooks', out: 'index.json' },
      ctx(log, []),
      deps(problems, written),
    );
    expect(result.exitCode).toBe(1);
    expect(written.size).toBe(0);
    expect(log.lines).toEqual([
      {
        level: 'error',
        message: 'match.any should be a list',
        annotation: { file: 'runbooks/a.yml', startLine: 3, startColumn: 5 },
      },
      {
        level: 'warning',
        message: 'no tests',
        annotation: { file: 'runbooks/b.yml', startLine: 1, startColumn: 1 },
      },
      { level: 'error', message: expect.stringMatching(/^1 error\(s\) in runbooks: no index was built/) },
    ]);
  });

  it('builds with warnings only, and two builds are byte-identical', async () => {
    const written = new Map<string, string>();
    const warning: BuildProblem = {
      file: 'runbooks/b.yml',
      line: 1,
      column: 1,
      severity: 'warning',
      message: 'w',
    };
    const log = new MemoryLogger();
    expect(
      (await runBuild({ dir: 'runbooks', out: 'a.json' }, ctx(log, []), deps([warning], written))).exitCode,
    ).toBe(0);
    expect(
      (await runBuild({ dir: 'runbooks', out: 'b.json' }, ctx(log, []), deps([], written))).exitCode,
    ).toBe(0);
    const a = written.get(path.join(dir, 'a.json'))!;
    expect(written.get(path.join(dir, 'b.json'))).toBe(a);
    expect(JSON.parse(a)).toMatchObject({
      source: { repository: 'acme/runbooks', commit: SHA, dir: 'runbooks' },
    });
    expect(log.text()).toContain(`Wrote a.json: 5 runbook(s) from runbooks at ${SHA.slice(0, 12)}`);
  });

  it('prints the index to stdout without --out', async () => {
    const out: string[] = [];
    const result = await runBuild({ dir: 'runbooks' }, ctx(new MemoryLogger(), out), deps([], new Map()));
    expect(result.exitCode).toBe(0);
    // Version 2 rows: the id is the first cell.
    expect(JSON.parse(out.join('')).runbooks.map((row: unknown[]) => row[0])).toEqual([
      'checkout-only',
      'crash-loop-anchored',
      'mysql-any',
      'mysql-too-many-connections',
      'payment-errors',
    ]);
  });

  it('writes the index file atomically with the default writer', async () => {
    const { writeFileAtomic } = await import('../src/commands/build.js');
    const file = path.join(dir, 'nested', 'out.json');
    await writeFileAtomic(file, '{}\n');
    expect(await readFile(file, 'utf8')).toBe('{}\n');
  });
});

describe('oncall build and oncall match --dir (with the real validator)', () => {
  let repo: string;
  const disk = [
    'id: disk-almost-full',
    'title: Disk almost full',
    'url: https://wiki.example.com/disk',
    'priority: 1',
    'match:',
    '  any: [NodeFilesystemAlmostOutOfSpace, disk almost full]',
    'tests:',
    '  match: ["[FIRING:1] NodeFilesystemAlmostOutOfSpace (10.0.3.17:9100 warning)"]',
    '  no_match: ["[FIRING:1] NodeFilesystemFilesFillingUp (warning)"]',
    '',
  ].join('\n');
  const payment = [
    'id: payment-errors-spike',
    'title: 決済エラー急増',
    'url: https://wiki.example.com/pay',
    'match:',
    '  any: [決済エラー]',
    'tests:',
    '  match: ["【本番】決済エラーが急増"]',
    '',
  ].join('\n');

  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'oncall-build-'));
    await mkdir(path.join(repo, 'runbooks'));
    await mkdir(path.join(repo, 'broken'));
    await writeFile(path.join(repo, 'runbooks', 'disk-almost-full.yml'), disk);
    await writeFile(path.join(repo, 'runbooks', 'payment-errors-spike.yml'), payment);
    await writeFile(
      path.join(repo, 'broken', 'disk-almost-full.yml'),
      disk.replace('  any: [', '  any: 5 #['),
    );
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  async function inRepo(argv: string[], env: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main({
      argv,
      env: { GITHUB_SHA: 'c'.repeat(40), GITHUB_REPOSITORY: 'acme/runbooks', ...env },
      cwd: repo,
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      stdin: Readable.from([]),
    });
    return { code, out: out.join(''), err: err.join('') };
  }

  it('builds byte-identical index files from the same runbooks', async () => {
    const first = await inRepo(['build', 'runbooks', '--out', 'one.json']);
    const second = await inRepo(['build', '--out', 'out/two.json']);
    expect([first.code, second.code]).toEqual([0, 0]);
    const one = await readFile(path.join(repo, 'one.json'), 'utf8');
    expect(await readFile(path.join(repo, 'out', 'two.json'), 'utf8')).toBe(one);
    expect(JSON.parse(one)).toMatchObject({
      format: 'oncall-runbooks/index',
      version: 3,
      source: { repository: 'acme/runbooks', commit: 'c'.repeat(40), dir: 'runbooks' },
    });
    // Version 2 rows: id first, priority sixth.
    expect((JSON.parse(one) as { runbooks: unknown[][] }).runbooks.map((row) => [row[0], row[5]])).toEqual([
      ['disk-almost-full', 1],
      ['payment-errors-spike', 0],
    ]);
  });

  it('refuses to build from runbooks with errors and writes nothing', async () => {
    const r = await inRepo(['build', 'broken', '--out', 'broken.json']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\/disk-almost-full\.yml:6:\d+: error: /);
    expect(r.err).toContain('no index was built');
    await expect(readFile(path.join(repo, 'broken.json'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('matches against a validated directory', async () => {
    const r = await inRepo(['match', '【本番】決済エラーが急増', '--dir', 'runbooks', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      matches: [{ id: 'payment-errors-spike', title: '決済エラー急増', score: 1005, terms: ['決済エラー'] }],
    });
  });

  it('fails with exit 1 when the directory has validation errors', async () => {
    const r = await inRepo(['match', 'disk almost full', '--dir', 'broken']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/error\(s\) in broken: fix them/);
  });
});
