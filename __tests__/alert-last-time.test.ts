import { INDEX_FORMAT } from '../src/runbooks/types.js';
import { loadedFromIndex } from '../src/alert/runbooks.js';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  LAST_TIME_EVENT_TYPE,
  LastTimeCache,
  alertKey,
  formatDuration,
  similarIncidents,
} from '../src/alert/last-time.js';
import { TOP_EVENT_TYPE } from '../src/alert/message.js';
import { runAlert, type AlertDeps, type AlertSettings, type LoadedRunbooks } from '../src/alert/run.js';
import type { DispatchPayload } from '../src/dispatch/types.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty, type FakeIncident, type FakeUser } from '../src/fakes/pagerduty.js';
import { FakeSlack, type FakeMessage } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import type { PdIncident } from '../src/pagerduty/types.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import type { IndexedRunbook } from '../src/runbooks/types.js';
import { createSlackClient } from '../src/slack/client.js';
import { parseMrkdwn } from '../src/slack/mrkdwn.js';
import { UserDirectory } from '../src/slack/user-directory.js';

const CHANNEL = 'C0ONCALL';
const NOW = '2026-11-26T01:00:00Z';
const DAY = 86_400_000;

const RUNBOOKS: IndexedRunbook[] = [
  {
    id: 'mysql-connections',
    title: 'MySQL connections exhausted',
    priority: 0,
    match: {
      any: ['MysqlTooManyConnections', 'mysql connections'],
      all: [],
      none: [],
      regex: [],
      services: [],
    },
  },
  {
    id: 'disk-full',
    title: 'Disk full',
    priority: 0,
    match: { any: ['DiskFull'], all: [], none: [], regex: [], services: [] },
  },
];

interface World {
  clock: FakeClock;
  pd: FakePagerDuty;
  slack: FakeSlack;
  log: MemoryLogger;
  deps: AlertDeps;
  settings: AlertSettings;
  alice: FakeUser;
  bob: FakeUser;
  policyId: string;
  /** A resolved incident `daysAgo` days before now, resolved by `by` after `minutes`. */
  past(title: string, daysAgo: number, by: FakeUser, minutes: number): FakeIncident;
  current(title: string): FakeIncident;
}

let world: World;

async function makeWorld(): Promise<World> {
  const clock = new FakeClock(NOW, true);
  const pd = new FakePagerDuty({ clock });
  const alice = pd.addUser({ name: 'Alice Example', email: 'alice@example.com' });
  const bob = pd.addUser({ name: 'Bob *Ops*', email: 'bob@example.com' });
  const policy = pd.addEscalationPolicy({
    name: 'Platform',
    rules: [{ targets: [{ type: 'user', id: alice.id }] }],
  });
  pd.addOnCall({ userId: alice.id, escalationPolicyId: policy.id, level: 1, start: null, end: null });
  const slack = new FakeSlack(
    {
      users: [{ id: 'U0ALICE', name: 'alice', email: 'alice@example.com' }],
      channels: [{ id: CHANNEL, name: 'oncall' }],
    },
    { clock },
  );
  await Promise.all([pd.start(), slack.start()]);
  const log = new MemoryLogger();
  const pagerduty = createPagerDutyClient({
    token: pd.expectedToken,
    apiUrl: pd.url,
    clock,
    log,
    maxTransientRetries: 0,
  });
  const slackApi = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log });
  const loaded: LoadedRunbooks = loadedFromIndex(
    {
      format: INDEX_FORMAT,
      version: 1,
      source: { repository: 'acme/ops', commit: 'abc1234def5678abc1234def5678abc1234def56', dir: 'runbooks' },
      runbooks: RUNBOOKS,
    },
    'published index',
  );
  return {
    clock,
    pd,
    slack,
    log,
    alice,
    bob,
    policyId: policy.id,
    deps: {
      pagerduty,
      slack: slackApi,
      users: new UserDirectory({ slack: slackApi, log }),
      runbooks: async () => loaded,
      clock,
      log,
    },
    settings: { channel: CHANNEL, lastTime: { limit: 3 } },
    past(title, daysAgo, by, minutes) {
      const createdAt = new Date(clock.now().getTime() - daysAgo * DAY);
      return pd.addIncident({
        title,
        status: 'resolved',
        escalationPolicyId: policy.id,
        service: { name: 'Orders DB' },
        createdAt,
        resolvedAt: new Date(createdAt.getTime() + minutes * 60_000),
        resolvedBy: by.id,
      });
    },
    current(title) {
      return pd.addIncident({
        title,
        escalationPolicyId: policy.id,
        service: { name: 'Orders DB' },
        createdAt: clock.now(),
      });
    },
  };
}

function triggered(incident: FakeIncident): DispatchPayload {
  return {
    v: 1,
    webhook_id: `wh-${incident.id}`,
    event_id: `ev-${incident.id}`,
    event_type: 'incident.triggered',
    occurred_at: world.clock.now().toISOString(),
    incident: {
      id: incident.id,
      number: incident.number,
      title: incident.title,
      status: 'triggered',
      urgency: 'high',
      html_url: `https://acme.pagerduty.com/incidents/${incident.id}`,
      service: { id: incident.service.id, name: incident.service.name },
      escalation_policy: { id: world.policyId, name: 'Platform' },
    },
    agent: null,
  };
}

function allText(m: FakeMessage): string {
  return [
    m.text,
    ...(m.blocks ?? []).flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : [])),
  ].join('\n');
}

function lastTimeReplies(): FakeMessage[] {
  return world.slack.messages(CHANNEL).filter((m) => m.metadata?.eventType === LAST_TIME_EVENT_TYPE);
}

beforeEach(async () => {
  world = await makeWorld();
});

afterEach(async () => {
  await Promise.all([world.pd.stop(), world.slack.stop()]);
});

describe('the "last time" reply', () => {
  it('lists the newest earlier incidents with the same runbook or alert: when, who resolved it, how long, notes', async () => {
    const older = world.past('[FIRING:1] MysqlTooManyConnections (db-1 critical)', 40, world.alice, 38);
    world.pd.addNoteSeed(older.id, {
      userId: world.alice.id,
      content: 'Killed the runaway batch job <!channel>; raised max_connections to 500',
      at: new Date(older.createdAt.getTime() + 30 * 60_000),
    });
    const newer = world.past('mysql connections near the limit on db-2', 10, world.bob, 125);
    world.pd.addNoteSeed(newer.id, {
      userId: world.bob.id,
      content: 'Restarted the pool',
      at: newer.createdAt,
    });
    world.past('[FIRING:1] DiskFull (db-1)', 5, world.alice, 10);
    world.past('[FIRING:1] MysqlTooManyConnections (db-9 critical)', 120, world.alice, 5);
    const incident = world.current('[FIRING:1] MysqlTooManyConnections (db-3 critical)');

    const result = await runAlert(world.deps, world.settings, triggered(incident));

    expect(result.action).toBe('posted');
    const top = world.slack.expectMessage(
      (m) => m.metadata?.eventType === TOP_EVENT_TYPE,
      'the incident message',
    );
    const reply = world.slack.expectMessage((m) => m.threadTs === top.ts, 'the last-time reply');
    world.slack.assertNoUnexpectedMessages();
    const text = allText(reply);
    expect(reply.metadata).toEqual({
      eventType: LAST_TIME_EVENT_TYPE,
      payload: { incident_id: incident.id, count: 2 },
    });
    // Newest first; the disk incident (another runbook and alert) and the one beyond 90 days are not listed.
    expect(text.indexOf(`#${newer.number} mysql connections`)).toBeGreaterThan(-1);
    expect(text.indexOf(`#${newer.number}`)).toBeLessThan(text.indexOf(`#${older.number}`));
    expect(text).not.toContain('DiskFull');
    expect(text).not.toContain('db-9');
    expect(text).toContain('resolved by Alice Example · after 38 min');
    expect(text).toContain('resolved by Bob ∗Ops∗ · after 2 h 5 min');
    expect(text).toContain(
      '> Alice Example: Killed the runaway batch job &lt;!channel&gt;; raised max_connections to 500',
    );
    expect(text).toContain('`mysql-connections`');
    // Outside text pings nobody and links nowhere but PagerDuty.
    const tokens = parseMrkdwn(text);
    expect(tokens.filter((t) => t.kind === 'broadcast' || t.kind === 'user')).toEqual([]);
    expect(
      tokens
        .filter((t) => t.kind === 'link')
        .every((t) => t.kind === 'link' && t.url.startsWith('https://acme.pagerduty.com/')),
    ).toBe(true);
  });

  it('follows the language setting: Japanese words, durations and notes line', async () => {
    const older = world.past('[FIRING:1] MysqlTooManyConnections (db-1 critical)', 40, world.alice, 38);
    world.past('[FIRING:1] MysqlTooManyConnections (db-2 critical)', 10, world.bob, 125);
    world.pd.addNoteSeed(older.id, {
      userId: world.alice.id,
      content: 'Restarted the pool',
      at: older.createdAt,
    });
    const incident = world.current('[FIRING:1] MysqlTooManyConnections (db-3 critical)');

    await runAlert(world.deps, { ...world.settings, language: 'ja' }, triggered(incident));

    const [reply] = lastTimeReplies();
    const text = allText(reply!);
    expect(reply!.text).toBe(
      '前回の対応: 過去 90 日間に同じランブックまたは同じアラートで起きたインシデント 2 件',
    );
    expect(text).toContain(
      ':repeat: *前回の対応* — 過去 90 日間に同じランブック (`mysql-connections`) または同じアラートで起きたインシデント 2 件:',
    );
    expect(text).toContain('Alice Example が解決 · 所要 38 分');
    expect(text).toContain('Bob ∗Ops∗ が解決 · 所要 2 時間 5 分');
    expect(text).toContain('> _(PagerDuty にメモはありません)_');
    expect(text).toContain('> Alice Example: Restarted the pool');
    expect(text).not.toMatch(/resolved by|after \d|no notes|Last time/);
  });

  it('posts nothing when there is no earlier incident like it', async () => {
    world.past('[FIRING:1] DiskFull (db-1)', 5, world.alice, 10);
    const incident = world.current('[FIRING:1] MysqlTooManyConnections (db-3 critical)');

    const result = await runAlert(world.deps, world.settings, triggered(incident));

    expect(result.action).toBe('posted');
    world.slack.expectMessage((m) => m.metadata?.eventType === TOP_EVENT_TYPE, 'the incident message');
    world.slack.assertNoUnexpectedMessages();
    expect(world.log.text()).toContain('no earlier incident like');
  });

  it('says so when PagerDuty has no notes for an earlier incident', async () => {
    world.past('[FIRING:1] MysqlTooManyConnections (db-1 critical)', 3, world.alice, 12);
    const incident = world.current('[FIRING:1] MysqlTooManyConnections (db-3 critical)');

    await runAlert(world.deps, world.settings, triggered(incident));

    const [reply] = lastTimeReplies();
    expect(allText(reply!)).toContain('after 12 min');
    expect(allText(reply!)).toContain('(no notes in PagerDuty)');
  });

  it('keeps the incident message as it is when PagerDuty cannot list incidents', async () => {
    world.past('[FIRING:1] MysqlTooManyConnections (db-1 critical)', 3, world.alice, 12);
    const incident = world.current('[FIRING:1] MysqlTooManyConnections (db-3 critical)');
    world.pd.server.inject({ method: 'GET', path: '/incidents', times: 10 }, { kind: 'status', status: 500 });

    const result = await runAlert(world.deps, world.settings, triggered(incident));

    expect(result).toMatchObject({ action: 'posted', undone: [] });
    const top = world.slack.expectMessage(
      (m) => m.metadata?.eventType === TOP_EVENT_TYPE,
      'the incident message',
    );
    expect(top.updates).toBe(0);
    world.slack.assertNoUnexpectedMessages();
    expect(world.log.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      expect.stringContaining('Could not add the "last time" reply'),
    ]);
  });

  it('posts the reply once however often the triggered event is run, and completes it after a run that stopped', async () => {
    world.past('[FIRING:1] MysqlTooManyConnections (db-1 critical)', 3, world.alice, 12);
    const incident = world.current('[FIRING:1] MysqlTooManyConnections (db-3 critical)');
    // The first run posts the message but stops before the reply (here: the reply is off for it).
    await runAlert(world.deps, { channel: CHANNEL }, triggered(incident));
    expect(lastTimeReplies()).toHaveLength(0);

    const again = await runAlert(world.deps, world.settings, triggered(incident));
    const third = await runAlert(world.deps, world.settings, triggered(incident));

    expect([again.action, third.action]).toEqual(['duplicate', 'duplicate']);
    expect(lastTimeReplies()).toHaveLength(1);
    expect(world.slack.messages(CHANNEL)).toHaveLength(2);
  });

  it('reads at most the pages and notes it is allowed, and the same notes once per cache', async () => {
    for (let i = 0; i < 150; i++)
      world.past(`[FIRING:1] MysqlTooManyConnections (db-${i})`, 1 + i * 0.5, world.alice, 5);
    const first = world.current('[FIRING:1] MysqlTooManyConnections (db-a critical)');
    const cache = new LastTimeCache();
    const deps = { ...world.deps, lastTimeCache: cache };
    const settings = { ...world.settings, lastTime: { limit: 2, maxPages: 1 } };

    await runAlert(deps, settings, triggered(first));

    expect(world.pd.server.callsTo('/incidents', 'GET')).toHaveLength(1);
    expect(world.pd.server.callsTo(/\/incidents\/[^/]+\/notes$/, 'GET')).toHaveLength(2);
    expect(lastTimeReplies()[0]!.metadata?.payload.count).toBe(2);
    expect(world.log.text()).toContain('read the newest 100 resolved incidents of the past 90 days only');

    // A second incident in the same process reads its own list, but not the same notes again.
    world.clock.advance(60_000);
    const second = world.current('[FIRING:1] MysqlTooManyConnections (db-b critical)');
    await runAlert(deps, settings, triggered(second));
    expect(world.pd.server.callsTo('/incidents', 'GET')).toHaveLength(2);
    expect(world.pd.server.callsTo(/\/incidents\/[^/]+\/notes$/, 'GET')).toHaveLength(2);
    expect(lastTimeReplies()).toHaveLength(2);
  });
});

describe('similar incidents (pure)', () => {
  const base = (
    id: string,
    title: string,
    createdAt: string,
    status: PdIncident['status'] = 'resolved',
  ): PdIncident => ({
    id,
    title,
    status,
    urgency: 'high',
    priority: null,
    service: { id: 'S1', name: 'Orders DB' },
    escalationPolicy: { id: 'E1', name: 'Platform' },
    htmlUrl: `https://acme.pagerduty.com/incidents/${id}`,
    createdAt: new Date(createdAt),
    assignees: [],
  });
  const matcher = createMatcher(RUNBOOKS);
  const match = (a: Parameters<typeof matcher.match>[0]) => matcher.match(a);

  it('keeps resolved earlier incidents with the same runbook or the same alert name, newest first', () => {
    const current = {
      id: 'P0',
      title: '[FIRING:1] DiskFull (db-1)',
      createdAt: new Date(NOW),
      runbookId: 'disk-full',
    };
    const found = similarIncidents(
      current,
      [
        base('P1', '[FIRING:2] DiskFull (db-7)', '2026-11-01T00:00:00Z'),
        base('P2', '[Triggered on {host:db-2}] diskfull', '2026-11-20T00:00:00Z'),
        base('P3', '[FIRING:1] DiskFull (db-1)', '2026-11-25T00:00:00Z', 'acknowledged'),
        base('P4', 'Something else', '2026-11-24T00:00:00Z'),
        base('P0', '[FIRING:1] DiskFull (db-1)', NOW),
      ],
      match,
      3,
    );
    expect(found.map((f) => [f.incident.id, f.sameRunbook])).toEqual([
      ['P2', true],
      ['P1', true],
    ]);
  });

  it('matches by the alert name alone when the incident has no runbook', () => {
    const current = { id: 'P0', title: '[FIRING:1] NodeDown (n1)', createdAt: new Date(NOW) };
    const found = similarIncidents(
      current,
      [
        base('P1', '[FIRING:1] NodeDown (n2)', '2026-11-01T00:00:00Z'),
        base('P2', '[FIRING:1] NodeUp', '2026-11-02T00:00:00Z'),
      ],
      match,
      3,
    );
    expect(found.map((f) => [f.incident.id, f.sameRunbook])).toEqual([['P1', false]]);
    expect(alertKey('[FIRING:1] NodeDown (n2)')).toBe('nodedown');
  });

  it('writes durations as a person reads them', () => {
    expect([0, 38, 60, 125, 24 * 60, 26 * 60 + 5].map((m) => formatDuration(m * 60_000))).toEqual([
      '0 min',
      '38 min',
      '1 h',
      '2 h 5 min',
      '1 d',
      '1 d 2 h',
    ]);
    expect([38, 125, 26 * 60 + 5].map((m) => formatDuration(m * 60_000, 'ja'))).toEqual([
      '38 分',
      '2 時間 5 分',
      '1 日 2 時間',
    ]);
  });
});
