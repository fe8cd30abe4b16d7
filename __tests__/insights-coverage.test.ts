/** Runbook coverage: base vs head replay of incident titles, the titles cache, and "skipped: no token". */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { compareCoverage } from '../src/insights/coverage.js';
import { COVERAGE_MARKER } from '../src/insights/coverage-render.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import type { IndexedRunbook } from '../src/runbooks/types.js';

function rule(id: string, any: string[], priority = 0): IndexedRunbook {
  return {
    id,
    title: id,
    url: `https://runbooks.example.com/${id}`,
    priority,
    match: { any, all: [], none: [], regex: [], services: [] },
  };
}

describe('compareCoverage', () => {
  const base = [rule('disk', ['NodeDiskAlmostFull']), rule('oom', ['KubeContainerOOMKilled'])];
  const head = [
    rule('disk', ['NodeDiskAlmostFull']),
    rule('replication', ['Replication lag high']),
    rule('oom-new', ['KubeContainerOOMKilled'], 5),
    rule('memory', ['KubeContainerOOMKilled'], 5),
  ];
  const result = compareCoverage(
    [
      { title: '[FIRING:1] NodeDiskAlmostFull (node-1)', count: 4 },
      { title: '[FIRING:1] KubeContainerOOMKilled (api)', count: 3 },
      { title: '[Triggered on {host:db-2}] Replication lag high', count: 2 },
      { title: 'Disk read errors', count: 1 },
    ],
    createMatcher(base),
    { matcher: createMatcher(head), runbooks: head },
  );

  it('counts the matched share per incident, before and after', () => {
    // Before: disk 4 + oom 3 = 7 of 10. After: disk 4 + oom 3 + replication 2 = 9 of 10.
    expect([result.incidents, result.titles, result.matchedBefore, result.matchedAfter]).toEqual([
      10, 4, 7, 9,
    ]);
  });

  it('lists newly matched titles, changed winners and same-priority ties', () => {
    expect(result.newlyMatched).toEqual([
      {
        title: '[Triggered on {host:db-2}] Replication lag high',
        count: 2,
        before: null,
        after: 'replication',
      },
    ]);
    expect(result.lost).toEqual([]);
    // memory and oom-new tie on priority 5 with the same evidence: the id decides, "memory" < "oom-new".
    expect(result.winnerChanged).toEqual([
      { title: '[FIRING:1] KubeContainerOOMKilled (api)', count: 3, before: 'oom', after: 'memory' },
    ]);
    expect(result.ties).toEqual([
      {
        title: '[FIRING:1] KubeContainerOOMKilled (api)',
        count: 3,
        runbooks: ['memory', 'oom-new'],
        priority: 5,
      },
    ]);
  });

  it('lists titles that lost their runbook', () => {
    const lost = compareCoverage(
      [{ title: 'Disk read errors', count: 2 }],
      createMatcher([rule('d', ['Disk read'])]),
      {
        matcher: createMatcher([]),
        runbooks: [],
      },
    );
    expect(lost.lost).toEqual([{ title: 'Disk read errors', count: 2, before: 'd', after: null }]);
    expect([lost.matchedBefore, lost.matchedAfter]).toEqual([2, 0]);
  });
});

describe('oncall coverage', () => {
  let pd: FakePagerDuty;
  let dir: string;
  const clock = new FakeClock('2026-11-09T05:00:00Z');

  beforeEach(async () => {
    pd = new FakePagerDuty({ clock });
    pd.addUser({ id: 'PU1', name: 'Alice', email: 'alice@example.com' });
    pd.addEscalationPolicy({
      id: 'PEP1',
      name: 'Platform',
      rules: [{ targets: [{ type: 'user', id: 'PU1' }] }],
    });
    for (const [title, created] of [
      ['[FIRING:1] KubeContainerOOMKilled (api payments warning)', '2026-11-05T01:00:00Z'],
      ['[Triggered on {host:db-2}] Replication lag high', '2026-11-06T01:00:00Z'],
    ] as const) {
      pd.addIncident({ title, escalationPolicyId: 'PEP1', createdAt: created, assigneeIds: ['PU1'] });
    }
    await pd.start();
    dir = await mkdtemp(path.join(os.tmpdir(), 'coverage-'));
    await mkdir(path.join(dir, 'head'));
    await writeFile(
      path.join(dir, 'head', 'replication-lag.yml'),
      [
        'id: replication-lag',
        'title: Replication lag',
        'url: https://runbooks.example.com/replication-lag',
        'match:',
        '  any: [Replication lag high]',
        '',
      ].join('\n'),
    );
  });
  afterEach(async () => {
    await pd.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function cli(argv: string[], env: Record<string, string>) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main({
      argv: ['coverage', ...argv],
      env,
      cwd: dir,
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      stdin: Readable.from([]),
      clock,
    });
    return { code, out: out.join(''), err: err.join('') };
  }

  it('fetches titles once per day: the second run reads the cache and makes no PagerDuty call', async () => {
    const runbooks = path.resolve('runbooks');
    const env = { PAGERDUTY_TOKEN: pd.expectedToken, PAGERDUTY_API_URL: pd.url };
    const args = [
      '--base',
      runbooks,
      '--head',
      'head',
      '--since',
      '7d',
      '--cache',
      'cache/titles.json',
      '--json',
    ];
    const first = await cli(args, env);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.out) as { matchedBefore: number; matchedAfter: number; lost: unknown[] };
    // Base (the repository's runbooks) matches the OOM title only; head matches the replication title only.
    expect([report.matchedBefore, report.matchedAfter]).toEqual([1, 1]);
    expect(report.lost).toHaveLength(1);
    const calls = pd.server.calls.length;
    expect(calls).toBe(1);
    expect(JSON.parse(await readFile(path.join(dir, 'cache/titles.json'), 'utf8')).day).toBe('2026-11-09');
    const second = await cli(args, env);
    expect(second.code).toBe(0);
    expect(pd.server.calls.length).toBe(calls);
    expect(JSON.parse(second.out)).toEqual(report);
  });

  it('says "skipped: no token" without a token or a cache of the day', async () => {
    const r = await cli(['--base', path.resolve('runbooks'), '--head', 'head', '--out', 'out'], {});
    expect(r.code).toBe(0);
    expect(r.out).toContain('skipped: no token');
    expect(await readFile(path.join(dir, 'out', 'coverage.md'), 'utf8')).toContain('skipped: no token');
    expect(pd.server.calls).toHaveLength(0);
  });

  it('writes Markdown with the hidden marker for the pull-request comment', async () => {
    const env = { PAGERDUTY_TOKEN: pd.expectedToken, PAGERDUTY_API_URL: pd.url };
    const r = await cli(['--base', path.resolve('runbooks'), '--head', 'head', '--out', 'out'], env);
    expect(r.code).toBe(0);
    const markdown = await readFile(path.join(dir, 'out', 'coverage.md'), 'utf8');
    expect(markdown.startsWith(COVERAGE_MARKER)).toBe(true);
    expect(markdown).toContain('**Matched: 50% → 50%**');
  });

  it('keeps one pull-request comment, found by its marker and updated in place', async () => {
    const gh = new FakeGitHub();
    await gh.start();
    try {
      const env = {
        PAGERDUTY_TOKEN: pd.expectedToken,
        PAGERDUTY_API_URL: pd.url,
        GITHUB_TOKEN: gh.token,
        GITHUB_REPOSITORY: gh.repository,
        GITHUB_API_URL: gh.url,
      };
      const args = ['--base', path.resolve('runbooks'), '--head', 'head', '--comment-pr', '12'];
      expect((await cli(args, env)).code).toBe(0);
      await writeFile(
        path.join(dir, 'head', 'oom.yml'),
        [
          'id: oom',
          'title: OOM',
          'url: https://runbooks.example.com/oom',
          'match:',
          '  any: [KubeContainerOOMKilled]',
          '',
        ].join('\n'),
      );
      expect((await cli(args, env)).code).toBe(0);
      const comments = gh.comments(12);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain('**Matched: 50% → 100%**');
    } finally {
      await gh.stop();
    }
  });

  it('reads --base as a git ref (its copy of the head directory) and uses a cache of the day without a token', async () => {
    await writeFile(
      path.join(dir, 'titles.json'),
      JSON.stringify({
        format: 'oncall-runbooks/titles',
        version: 1,
        day: '2026-11-09',
        days: 30,
        serviceIds: [],
        titles: [{ title: '[FIRING:1] KubeContainerOOMKilled (api payments warning)', count: 3 }],
      }),
    );
    const out: string[] = [];
    const code = await main({
      argv: [
        'coverage',
        '--base',
        'HEAD',
        '--head',
        'runbooks',
        '--cache',
        path.join(dir, 'titles.json'),
        '--json',
      ],
      env: {},
      cwd: process.cwd(),
      stdout: (t) => void out.push(t),
      stderr: () => undefined,
      stdin: Readable.from([]),
      clock,
    });
    expect(code).toBe(0);
    const result = JSON.parse(out.join('')) as {
      incidents: number;
      matchedBefore: number;
      matchedAfter: number;
    };
    // The committed runbooks and the working tree's both match the OOM title.
    expect(result).toMatchObject({ incidents: 3, matchedBefore: 3, matchedAfter: 3 });
    expect(pd.server.calls).toHaveLength(0);
  });
});
