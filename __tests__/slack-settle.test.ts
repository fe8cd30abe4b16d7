/**
 * Settling simultaneous posts: which other run's post is the earlier one, read through the Slack fake's history.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createSlackClient } from '../src/slack/client.js';
import { compareTs, earlierDuplicate, MAX_DUPLICATES } from '../src/slack/settle.js';
import type { SlackApi } from '../src/slack/types.js';

const CHANNEL = 'C0SETTLE';
const EVENT = 'oncall_alert_top';
const START = new Date('2026-11-26T01:00:00Z');

let slack: FakeSlack;
let api: SlackApi;

beforeEach(async () => {
  const clock = new FakeClock(START, true);
  slack = new FakeSlack({ channels: [{ id: CHANNEL, name: 'oncall' }] }, { clock });
  await slack.start();
  api = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log: new MemoryLogger() });
});

afterEach(() => slack.stop());

/** A post by run `run` for incident `incident`, `ms` after START. */
function post(run: string, ms: number, incident = 'PINC1') {
  return {
    text: `post of ${run}`,
    at: new Date(START.getTime() + ms),
    metadata: { eventType: EVENT, payload: { incident_id: incident, run } },
  };
}

/** Seeds posts and returns the ts the fake gave each, by text. */
async function seed(posts: ReturnType<typeof post>[]): Promise<Map<string, string>> {
  slack.seedMessages(CHANNEL, posts);
  const page = await api.readHistory(CHANNEL, { limit: 100 });
  return new Map(page.messages.map((m) => [m.text, m.ts]));
}

const forIncident = (incident: string) => (p: Record<string, unknown>) => p.incident_id === incident;

/** The earlier duplicate of run "mine"'s post (at `ownTs`) for PINC1. */
const settle = (ownTs: string) =>
  earlierDuplicate(api, CHANNEL, EVENT, forIncident('PINC1'), 'mine', ownTs, START);

describe('earlierDuplicate', () => {
  it('finds the earliest post of another run that came before ours', async () => {
    const ts = await seed([post('r2', 1_000), post('r1', 2_000), post('mine', 3_000), post('r3', 4_000)]);
    const found = await settle(ts.get('post of mine')!);
    expect(found?.text).toBe('post of r2');
  });

  it('finds nothing when ours is the earliest, or alone', async () => {
    const ts = await seed([post('mine', 1_000), post('r1', 2_000), post('r2', 3_000)]);
    const mine = ts.get('post of mine')!;
    expect(await settle(mine)).toBeUndefined();
  });

  it('ignores posts for something else and other event types', async () => {
    slack.seedMessages(CHANNEL, [
      {
        ...post('r9', 500),
        metadata: { eventType: 'other_type', payload: { incident_id: 'PINC1', run: 'r9' } },
      },
    ]);
    const ts = await seed([post('r1', 1_000, 'PINC2'), post('mine', 2_000)]);
    const mine = ts.get('post of mine')!;
    expect(await settle(mine)).toBeUndefined();
  });

  it(`looks at up to ${MAX_DUPLICATES} other posts`, async () => {
    // The earliest other post is the last one the newest-first search reaches.
    const others = Array.from({ length: MAX_DUPLICATES }, (_, i) => post(`r${i}`, 1_000 + i * 100));
    const ts = await seed([...others, post('mine', 5_000)]);
    const found = await settle(ts.get('post of mine')!);
    expect(found?.text).toBe('post of r0');
  });
  it(`stops after ${MAX_DUPLICATES} other posts: more means something else is wrong`, async () => {
    const others = Array.from({ length: MAX_DUPLICATES + 1 }, (_, i) => post(`r${i}`, 1_000 + i * 100));
    const ts = await seed([...others, post('mine', 5_000)]);
    const calls = slack.callsTo('conversations.history').length;
    const found = await settle(ts.get('post of mine')!);
    expect(found?.text).toBe('post of r1');
    expect(slack.callsTo('conversations.history').length - calls).toBe(MAX_DUPLICATES);
  });
});

describe('compareTs', () => {
  it.each([
    ['1700000001.000000', '1700000000.999999', 1],
    ['1700000000.999999', '1700000001.000000', -1],
    ['1700000000.000099', '1700000000.000100', -1],
    ['1700000000.000100', '1700000000.000099', 1],
    ['1700000000', '1700000000.000000', 0],
    ['1700000000.5', '1700000000.500000', 0],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(compareTs(a, b)).toBe(expected);
  });
});
