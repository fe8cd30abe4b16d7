import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { createGitHubClient } from '../src/github/client.js';
import { MemoryLogger } from '../src/log.js';
import { createRelayHandler, type RelayHandlerDeps } from '../src/relay/handler.js';
import {
  DEFAULT_AGE_ALLOWANCE_MS,
  FUTURE_SKEW_WARNING_MS,
  judgeAge,
  PAGERDUTY_RETRY_HORIZON_MS,
  RecentEvents,
} from '../src/relay/replay.js';
import { signBody } from '../src/relay/signature.js';

const SECRET = 'whsec_replay_test';
const NOW = '2026-03-02T01:00:00.000Z';
const HOUR = 3_600_000;
const fixture = readFileSync(
  join(process.cwd(), '__tests__', 'fixtures', 'webhooks', 'incident.triggered.json'),
  'utf8',
);

let gh: FakeGitHub;
let log: MemoryLogger;
let clock: FakeClock;

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
  log = new MemoryLogger();
  clock = new FakeClock(NOW, false);
});

afterEach(async () => {
  await gh.stop();
});

function relay(overrides: Partial<RelayHandlerDeps> = {}) {
  return createRelayHandler({
    secrets: [SECRET],
    github: createGitHubClient({ token: gh.token, repository: gh.repository, apiUrl: gh.url, log, clock }),
    log,
    clock,
    ...overrides,
  });
}

/** The triggered fixture as event `id`, occurred at `occurredAt` (null: no occurred_at at all). */
function eventBody(id: string, occurredAt: string | null): string {
  const body = JSON.parse(fixture) as { event: Record<string, unknown> };
  body.event.id = id;
  if (occurredAt === null) delete body.event.occurred_at;
  else body.event.occurred_at = occurredAt;
  return JSON.stringify(body);
}

function delivery(body: string, webhookId: string): Request {
  return new Request('http://relay.test/', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-pagerduty-signature': signBody(body, SECRET),
      'x-webhook-id': webhookId,
    },
  });
}

describe('judgeAge', () => {
  it.each([
    ['a 2019 event', 'too-old', '2019-06-01T00:00:00Z'],
    ['an event 49 h 1 min old', 'too-old', '2026-02-27T23:59:00Z'],
    ['an event 48 h 59 min old (a last PagerDuty retry)', 'fresh', '2026-02-28T00:01:00Z'],
    ['an event a second old', 'fresh', '2026-03-02T00:59:59Z'],
    ['an event 4 min in the future (clock skew)', 'fresh', '2026-03-02T01:04:00Z'],
    ['an event 10 min in the future', 'future', '2026-03-02T01:10:00Z'],
    ['an offset timestamp 50 h old', 'too-old', '2026-02-28T08:00:00+09:00'],
    ['a missing occurred_at', 'unknown', undefined],
    ['an unreadable occurred_at', 'unknown', 'yesterday'],
  ])('%s is judged %s', (_name, kind, occurredAt) => {
    expect(judgeAge(occurredAt, new Date(NOW)).kind).toBe(kind);
  });
});

describe('judgeAge at its edges', () => {
  const now = new Date(NOW);
  const at = (offsetMs: number) => new Date(now.getTime() - offsetMs).toISOString();
  const limit = PAGERDUTY_RETRY_HORIZON_MS + DEFAULT_AGE_ALLOWANCE_MS;

  it('an event exactly at the horizon plus the allowance is still fresh; a millisecond later it is too old', () => {
    expect(judgeAge(at(limit), now)).toEqual({ kind: 'fresh', ageMs: limit });
    expect(judgeAge(at(limit + 1), now)).toEqual({ kind: 'too-old', ageMs: limit + 1 });
  });

  it('an event exactly at the skew threshold ahead is fresh; a millisecond further it is future', () => {
    expect(judgeAge(at(-FUTURE_SKEW_WARNING_MS), now)).toEqual({
      kind: 'fresh',
      ageMs: -FUTURE_SKEW_WARNING_MS,
    });
    expect(judgeAge(at(-FUTURE_SKEW_WARNING_MS - 1), now)).toEqual({
      kind: 'future',
      aheadMs: FUTURE_SKEW_WARNING_MS + 1,
    });
  });

  it('uses the horizon and allowance it is given', () => {
    expect(judgeAge(at(3 * HOUR), now, HOUR, HOUR).kind).toBe('too-old');
    expect(judgeAge(at(2 * HOUR), now, HOUR, HOUR).kind).toBe('fresh');
  });
});

describe('RecentEvents', () => {
  it('forgets an event once it expires', () => {
    const recent = new RecentEvents(10);
    recent.remember('e1', 1_000, 0);
    expect(recent.has('e1', 999)).toBe(true);
    expect(recent.has('e1', 1_000)).toBe(false);
    expect(recent.size).toBe(0);
  });

  it('holds at most its capacity, forgetting the oldest first', () => {
    const recent = new RecentEvents(3);
    for (const id of ['e1', 'e2', 'e3', 'e4', 'e5']) recent.remember(id, 10_000, 0);
    expect(recent.size).toBe(3);
    expect(recent.evictedCount).toBe(2);
    expect(['e1', 'e2', 'e3', 'e4', 'e5'].map((id) => recent.has(id, 1))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('refuses a capacity that is not a positive whole number', () => {
    for (const capacity of [0, -1, 1.5, Number.NaN]) {
      expect(() => new RecentEvents(capacity)).toThrow(/capacity must be a positive integer/);
    }
    expect(new RecentEvents(1).size).toBe(0);
  });

  it('an event remembered again counts as the newest, so it is not the next one forgotten', () => {
    const recent = new RecentEvents(2);
    recent.remember('e1', 10_000, 0);
    recent.remember('e2', 10_000, 0);
    recent.remember('e1', 10_000, 0);
    recent.remember('e3', 10_000, 0);
    expect(['e1', 'e2', 'e3'].map((id) => recent.has(id, 1))).toEqual([true, false, true]);
  });

  it('drops expired entries while remembering new ones', () => {
    const recent = new RecentEvents(100);
    recent.remember('old', 500, 0);
    recent.remember('new', 5_000, 1_000);
    expect(recent.size).toBe(1);
  });

  it('an entry that expires at this very instant is dropped as expired, not forgotten for lack of room', () => {
    const recent = new RecentEvents(1);
    recent.remember('first', 1_000, 0);
    recent.remember('second', 5_000, 1_000);
    expect(recent.size).toBe(1);
    expect(recent.evictedCount).toBe(0);
    expect(recent.has('second', 1_000)).toBe(true);
  });
});

describe('relay handler: replays', () => {
  it('answers a correctly signed event from 2019 with 202, dispatches nothing and logs why', async () => {
    const handler = relay();
    const body = eventBody('01REPLAY2019', '2019-06-01T00:00:00Z');
    for (const webhookId of ['wh-2019', 'wh-2019']) {
      const response = await handler(delivery(body, webhookId));
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ status: 'stale', event_type: 'incident.triggered' });
    }
    expect(gh.calls).toHaveLength(0);
    const warnings = log.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^relay: stale status=202 event="01REPLAY2019" .*retry horizon/);
  });

  it('still forwards a late PagerDuty retry 47 h after the event', async () => {
    const response = await relay()(delivery(eventBody('01LATE', '2026-02-28T02:00:00Z'), 'wh-late'));
    expect(response.status).toBe(200);
    expect(gh.dispatches).toHaveLength(1);
  });

  it('forwards an event dated ahead of the relay’s clock, and warns about the clocks', async () => {
    const response = await relay()(delivery(eventBody('01AHEAD', '2026-03-02T01:30:00Z'), 'wh-ahead'));
    expect(response.status).toBe(200);
    expect(gh.dispatches).toHaveLength(1);
    expect(log.lines.find((l) => l.level === 'warning')?.message).toContain('1800 s ahead');
  });

  it('forwards an event without occurred_at (judged by its arrival)', async () => {
    const response = await relay()(delivery(eventBody('01NOTIME', null), 'wh-notime'));
    expect(response.status).toBe(200);
    expect(gh.dispatches[0]!.client_payload.occurred_at).toBe(NOW);
  });

  it('dispatches one event once: a redelivery, and a replay under another X-Webhook-Id, answer 200 without a dispatch', async () => {
    const handler = relay();
    const body = eventBody('01ONCE', '2026-03-02T00:59:00Z');
    const statuses = [];
    for (const webhookId of ['wh-once', 'wh-once', 'wh-forged']) {
      const response = await handler(delivery(body, webhookId));
      statuses.push([response.status, ((await response.json()) as { status: string }).status]);
    }
    expect(statuses).toEqual([
      [200, 'dispatched'],
      [200, 'duplicate'],
      [200, 'duplicate'],
    ]);
    expect(gh.dispatches).toHaveLength(1);
    expect(log.text()).toContain('relay: duplicate status=200 event="01ONCE"');
  });

  it('dispatches once when two deliveries of one event arrive together', async () => {
    gh.server.inject({ path: /dispatches$/ }, { kind: 'delay', ms: 100 });
    const handler = relay();
    const body = eventBody('01TWICE', '2026-03-02T00:59:00Z');
    const [first, second] = await Promise.all([
      handler(delivery(body, 'wh-twice')),
      handler(delivery(body, 'wh-twice')),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(gh.dispatches).toHaveLength(1);
  });

  it('forwards the event again after a failed dispatch, and again once the event was forgotten', async () => {
    gh.server.inject({ path: /dispatches$/ }, { kind: 'status', status: 502, body: 'Bad Gateway' });
    const handler = relay({ replay: { maxRememberedEvents: 1 } });
    const first = eventBody('01FIRST', '2026-03-02T00:59:00Z');
    expect((await handler(delivery(first, 'wh-1'))).status).toBe(502);
    expect((await handler(delivery(first, 'wh-1'))).status).toBe(200);
    expect((await handler(delivery(first, 'wh-1'))).status).toBe(200);
    expect(gh.dispatches).toHaveLength(1);
    // Memory is bounded: a newer event pushes the first one out, so its replay reaches the alert command again.
    expect((await handler(delivery(eventBody('01SECOND', '2026-03-02T00:59:30Z'), 'wh-2'))).status).toBe(200);
    expect((await handler(delivery(first, 'wh-1'))).status).toBe(200);
    expect(gh.dispatches.map((d) => d.client_payload.event_id)).toEqual(['01FIRST', '01SECOND', '01FIRST']);
  });

  it('stops recognising an event once it is past the horizon: from then on the age check answers', async () => {
    const handler = relay();
    const body = eventBody('01AGING', '2026-03-02T00:59:00Z');
    expect((await handler(delivery(body, 'wh-aging'))).status).toBe(200);
    clock.advance(50 * HOUR);
    const later = await handler(delivery(body, 'wh-aging'));
    expect(later.status).toBe(202);
    expect(gh.dispatches).toHaveLength(1);
  });
});
