/** `oncall report` end to end against the fake PagerDuty and Slack: list calls only, JSON contract, one post per period. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { parseReportTime } from '../src/commands/report.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { run as runAction, type ActionCore } from '../src/main.js';

interface DurationJson {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  excluded: Record<string, number>;
}
interface ReportJson {
  format: string;
  version: number;
  apiCalls: number;
  timelineSource: string;
  team: { count: number; mtta: DurationJson; mttr: DurationJson; previous: Record<string, unknown> };
  runbooks: { key: string; count: number }[];
  unmatchedGroups: { alertName: string }[];
}

const CHANNEL = 'C0REPORT1';
const NOW = '2026-11-09T00:00:00Z';
let pd: FakePagerDuty;
let slack: FakeSlack;
let clock: FakeClock;

function seedWeek(fake: FakePagerDuty): void {
  fake.addUser({ id: 'PALICE1', name: 'Alice Adams', email: 'alice@example.com' });
  fake.addEscalationPolicy({
    id: 'PPOLICY',
    name: 'Platform',
    rules: [{ targets: [{ type: 'user', id: 'PALICE1' }] }],
  });
  const service = { id: 'PSVC1', name: 'checkout' };
  const add = (title: string, created: string, ackMin: number | null, resolveMin: number | null) => {
    const incident = fake.addIncident({
      title,
      service,
      escalationPolicyId: 'PPOLICY',
      createdAt: created,
      status: resolveMin === null ? 'triggered' : 'resolved',
      assigneeIds: ['PALICE1'],
    });
    const at = (min: number) => new Date(Date.parse(created) + min * 60_000);
    fake.addLogEntry(incident.id, { type: 'trigger_log_entry', at: created });
    if (ackMin !== null) {
      fake.addLogEntry(incident.id, {
        type: 'acknowledge_log_entry',
        at: at(ackMin),
        agent: { id: 'PALICE1', type: 'user_reference', name: 'Alice Adams' },
      });
    }
    if (resolveMin !== null) fake.addLogEntry(incident.id, { type: 'resolve_log_entry', at: at(resolveMin) });
  };
  // This week (2026-11-02 → 2026-11-09): acknowledged after 2, 6 and 8 min; one never acknowledged.
  add('[FIRING:1] KubeContainerOOMKilled (api payments warning)', '2026-11-02T01:00:00Z', 2, 30);
  add('[FIRING:1] KubeContainerOOMKilled (api payments warning)', '2026-11-03T01:00:00Z', 6, 40);
  add('[Triggered on {host:db-2}] Replication lag high', '2026-11-04T01:00:00Z', 8, null);
  add('[Triggered on {host:db-3}] Replication lag high', '2026-11-05T01:00:00Z', null, 15);
  // The week before: one incident acknowledged after 20 min.
  add('[FIRING:1] KubeContainerOOMKilled (api payments warning)', '2026-10-28T01:00:00Z', 20, 90);
}

beforeEach(async () => {
  clock = new FakeClock(NOW);
  pd = new FakePagerDuty({ timeZone: 'Asia/Tokyo', clock });
  seedWeek(pd);
  slack = new FakeSlack({ channels: [{ id: CHANNEL, name: 'oncall' }] }, { clock });
  await Promise.all([pd.start(), slack.start()]);
});
afterEach(async () => {
  await Promise.all([pd.stop(), slack.stop()]);
});

/** The figures of {@link seedWeek}, computed by hand. */
function expectSeededWeek(report: ReportJson): void {
  expect(report.team.count).toBe(4);
  // [2, 6, 8] min: median rank 2 = 6 min; p90 rank 3 = 8 min; one never acknowledged.
  expect(report.team.mtta).toEqual({
    count: 3,
    medianSeconds: 360,
    p90Seconds: 480,
    excluded: { 'never-acknowledged': 1 },
  });
  // Resolved: 30, 40, 15 min → [15, 30, 40]: median 30 min; the one still open is excluded.
  expect(report.team.mttr.medianSeconds).toBe(1800);
  expect(report.team.mttr.excluded).toEqual({ unresolved: 1 });
  expect(report.team.previous).toEqual({ count: 1, mttaMedianSeconds: 1200, mttrMedianSeconds: 5400 });
}

async function cli(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main({
    argv: ['report', ...argv],
    env: { PAGERDUTY_TOKEN: pd.expectedToken, PAGERDUTY_API_URL: pd.url, ...env },
    cwd: process.cwd(),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: Readable.from([]),
    clock,
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('oncall report', () => {
  it('reads incidents and timelines with list calls only and prints the versioned JSON', async () => {
    const r = await cli(['--since', '7d', '--dir', 'runbooks', '--json']);
    expect(r.err).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as ReportJson;
    expect(report.format).toBe('oncall-runbooks/report');
    expect(report.version).toBe(1);
    expectSeededWeek(report);
    expect(report.runbooks.map((g) => [g.key, g.count])).toEqual([['oom-killed', 2]]);
    expect(report.unmatchedGroups.map((g) => g.alertName)).toEqual(['Replication lag high']);
    // One page of incidents, the analytics call this account refuses (402), one page of log entries, whatever the
    // number of incidents.
    expect(report.apiCalls).toBe(3);
    expect(pd.server.calls.map((c) => c.path).sort()).toEqual([
      '/analytics/raw/incidents',
      '/incidents',
      '/log_entries',
    ]);
  });

  it('posts the Slack summary once per period: a second run finds it by its metadata', async () => {
    const args = [
      '--since',
      '2026-11-02',
      '--until',
      '2026-11-09',
      '--dir',
      'runbooks',
      '--channel',
      CHANNEL,
    ];
    const env = { SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.url };
    expect((await cli(args, env)).code).toBe(0);
    expect((await cli(args, env)).code).toBe(0);
    const messages = slack.messages(CHANNEL);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toContain('median *6 min*');
    expect(messages[0]!.text).toContain('Replication lag high (2)');
  });

  it('writes report.md with Mermaid charts and report.json to --out', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'report-'));
    try {
      const r = await cli(['--since', '7d', '--dir', 'runbooks', '--out', dir]);
      expect(r.code).toBe(0);
      const markdown = await readFile(path.join(dir, 'report.md'), 'utf8');
      expect(markdown).toContain('```mermaid\npie title Incidents with a runbook');
      expect(markdown).toContain('MTTA leaves out 1: 1 never acknowledged');
      expect(JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8')).team.count).toBe(4);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--since 7d --until today names the same week for every run of the day', async () => {
    clock.set(new Date('2026-11-09T00:07:00Z'));
    const first = JSON.parse((await cli(['--since', '7d', '--until', 'today', '--json'])).out) as {
      team: { count: number };
    };
    clock.set(new Date('2026-11-09T00:37:00Z'));
    const backup = (await cli(['--since', '7d', '--until', 'today', '--json'])).out;
    expect(first.team.count).toBe(4);
    expect(JSON.parse(backup)).toMatchObject({
      period: { since: '2026-11-02T00:00:00.000Z', until: '2026-11-09T00:00:00.000Z' },
    });
  });

  it('an empty period says so instead of printing averages', async () => {
    const r = await cli(['--since', '2026-09-01', '--until', '2026-09-08', '--dir', 'runbooks']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('No incidents in this period');
  });

  it('a token without access to log entries still reports, with every timeline counted as missing', async () => {
    pd.intercept((call) =>
      call.path === '/log_entries'
        ? { status: 403, body: { error: { code: 2010, message: 'Access Denied' } } }
        : undefined,
    );
    const r = await cli(['--since', '7d', '--dir', 'runbooks', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as ReportJson;
    expect(report.timelineSource).toBe('none');
    expect(report.team.mtta).toEqual({
      count: 0,
      medianSeconds: null,
      p90Seconds: null,
      excluded: { 'timeline-missing': 4 },
    });
  });

  it('a token without access to incidents fails with a clear error', async () => {
    pd.intercept((call) =>
      call.path === '/incidents'
        ? { status: 403, body: { error: { code: 2010, message: 'Access Denied' } } }
        : undefined,
    );
    const r = await cli(['--since', '7d', '--dir', 'runbooks']);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/PagerDuty/);
  });
});

describe('oncall report with PagerDuty Analytics', () => {
  let analyticsPd: FakePagerDuty;
  beforeEach(async () => {
    await pd.stop();
    analyticsPd = new FakePagerDuty({ timeZone: 'Asia/Tokyo', clock, analytics: true });
    seedWeek(analyticsPd);
    await analyticsPd.start();
    pd = analyticsPd;
  });

  it('reads the times from analytics: one incident list and one analytics call, no log entries', async () => {
    const r = await cli(['--since', '7d', '--dir', 'runbooks', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as ReportJson & { source: Record<string, unknown> };
    // The same hand-computed week as with log entries.
    expectSeededWeek(report);
    expect(report.source).toEqual({ used: 'analytics', fromAnalytics: 5, fromLogEntries: 0 });
    expect(report.apiCalls).toBe(2);
    expect(pd.server.calls.map((c) => c.path).sort()).toEqual(['/analytics/raw/incidents', '/incidents']);
    const body = pd.server.calls.find((c) => c.path === '/analytics/raw/incidents')!.params;
    expect(body).toMatchObject({
      filters: { created_at_start: '2026-10-26T00:00:00.000Z', created_at_end: '2026-11-09T00:00:00.000Z' },
      time_zone: 'Etc/UTC',
    });
  });

  it('reads incidents of the last 24 h from the log entries, since analytics may not have them yet', async () => {
    // 12 h before the report: acknowledged after 4 min; analytics does not list it yet.
    const recent = pd.addIncident({
      title: '[FIRING:1] KubeContainerOOMKilled (api payments warning)',
      service: { id: 'PSVC1', name: 'checkout' },
      escalationPolicyId: 'PPOLICY',
      createdAt: '2026-11-08T12:00:00Z',
      status: 'acknowledged',
      assigneeIds: ['PALICE1'],
    });
    pd.addLogEntry(recent.id, { type: 'trigger_log_entry', at: '2026-11-08T12:00:00Z' });
    pd.addLogEntry(recent.id, {
      type: 'acknowledge_log_entry',
      at: '2026-11-08T12:04:00Z',
      agent: { id: 'PALICE1', type: 'user_reference', name: 'Alice Adams' },
    });
    const r = await cli(['--since', '7d', '--dir', 'runbooks', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as ReportJson & { source: Record<string, unknown> };
    // [2, 4, 6, 8] min: median rank ⌈0.5·4⌉ = 2 → 4 min; p90 rank ⌈0.9·4⌉ = 4 → 8 min.
    expect(report.team.mtta).toMatchObject({ count: 4, medianSeconds: 240, p90Seconds: 480 });
    expect(report.source).toEqual({ used: 'analytics', fromAnalytics: 5, fromLogEntries: 1 });
    // The log entries are read only from the recent incident's creation on.
    const logRead = pd.server.calls.find((c) => c.path === '/log_entries')!;
    expect(new Date(logRead.query.get('since')!).toISOString()).toBe('2026-11-08T12:00:00.000Z');
    expect(report.apiCalls).toBe(3);
  });

  it.each([402, 403] as const)(
    'falls back to the log entries when analytics answers %i, and says so',
    async (status) => {
      pd.analyticsAvailable = false;
      pd.analyticsRefusal = status;
      const r = await cli(['--since', '7d', '--dir', 'runbooks', '--json']);
      expect(r.code).toBe(0);
      const report = JSON.parse(r.out) as ReportJson & { source: Record<string, unknown> };
      expect(report.team.mtta).toMatchObject({ count: 3, medianSeconds: 360, p90Seconds: 480 });
      expect(report.source).toMatchObject({ used: 'log-entries', fromAnalytics: 0, fromLogEntries: 5 });
      expect(String(report.source.analyticsProblem)).toContain(`${status}`);
      const text = await cli(['--since', '7d', '--dir', 'runbooks', '--dry-run', '--channel', CHANNEL]);
      expect(text.out + text.err).toContain('Times from PagerDuty log entries (5 incidents)');
    },
  );
});

describe('command: report in the action', () => {
  it('writes the report to the job summary and sets the incidents and api-calls outputs', async () => {
    const inputs: Record<string, string> = {
      command: 'report',
      since: '2026-11-02',
      until: '2026-11-09',
      dir: 'runbooks',
      'pagerduty-token': pd.expectedToken,
      'pagerduty-api-url': pd.url,
    };
    const outputs: Record<string, string> = {};
    const failed: string[] = [];
    const summary: string[] = [];
    const core: ActionCore = {
      getInput: (name) => inputs[name] ?? '',
      setSecret: () => undefined,
      setOutput: (name, value) => void (outputs[name] = value),
      setFailed: (m) => void failed.push(m),
      debug: () => undefined,
      info: () => undefined,
      warning: () => undefined,
      error: () => undefined,
      summary: { addRaw: (text) => void summary.push(text), write: async () => undefined },
    };
    await runAction({ core, env: {}, cwd: process.cwd() });
    expect(failed).toEqual([]);
    expect(outputs).toMatchObject({ incidents: '4', 'api-calls': '3' });
    expect(summary.join('')).toContain('# On-call report 2026-11-02 → 2026-11-09');
  });
});

describe('parseReportTime', () => {
  const now = new Date(NOW);
  it('reads days, local dates and zoned date-times', () => {
    expect(parseReportTime('7d', now, 'UTC', '--since').toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(parseReportTime('2026-11-02', now, 'Asia/Tokyo', '--since').toISOString()).toBe(
      '2026-11-01T15:00:00.000Z',
    );
    expect(parseReportTime('2026-11-02T09:00:00+09:00', now, 'UTC', '--since').toISOString()).toBe(
      '2026-11-02T00:00:00.000Z',
    );
    expect(
      parseReportTime('today', new Date('2026-11-09T20:00:00Z'), 'Asia/Tokyo', '--until').toISOString(),
    ).toBe('2026-11-09T15:00:00.000Z');
    expect(() => parseReportTime('last week', now, 'UTC', '--since')).toThrow(/--since.*"7d"/);
  });
});
