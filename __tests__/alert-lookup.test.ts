import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createIncidentLock, findTopMessage, readMessage } from '../src/alert/lookup.js';
import { TOP_EVENT_TYPE } from '../src/alert/message.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createSlackClient } from '../src/slack/client.js';
import type { SlackApi } from '../src/slack/types.js';

const CHANNEL = 'C0ONCALL';
const CREATED = new Date('2026-11-26T01:00:00Z');
const MINUTE = 60_000;

let slack: FakeSlack;
let api: SlackApi;

beforeEach(async () => {
  const clock = new FakeClock(CREATED, true);
  slack = new FakeSlack({ channels: [{ id: CHANNEL, name: 'oncall' }] }, { clock });
  await slack.start();
  api = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log: new MemoryLogger() });
});

afterEach(() => slack.stop());

function top(incidentId: string, at: Date) {
  return {
    text: `top of ${incidentId}`,
    at,
    metadata: { eventType: TOP_EVENT_TYPE, payload: { incident_id: incidentId } },
  };
}

function chatter(count: number, from: Date, everyMs: number) {
  return Array.from({ length: count }, (_, i) => ({
    text: `chatter ${i}`,
    at: new Date(from.getTime() + i * everyMs),
  }));
}

const history = () => slack.callsTo('conversations.history');

describe('the fake pages history as Slack does', () => {
  it('answers at most 999 messages a page, whatever the limit asked, with a cursor to the rest', async () => {
    slack.seedMessages(CHANNEL, chatter(1500, CREATED, 1000));
    const page = await api.readHistory(CHANNEL, { limit: 5000 });
    expect(page.messages).toHaveLength(999);
    expect(page.nextCursor).toBeDefined();
    const rest = await api.readHistory(CHANNEL, { limit: 5000, cursor: page.nextCursor! });
    expect(rest.messages).toHaveLength(501);
    expect(rest.nextCursor).toBeUndefined();
  });
});

describe('findTopMessage', () => {
  it('a quiet channel: one call', async () => {
    slack.seedMessages(CHANNEL, [top('PINC1', new Date(CREATED.getTime() + 5_000))]);
    slack.seedMessages(CHANNEL, chatter(50, new Date(CREATED.getTime() + MINUTE), 1000));
    const found = await findTopMessage(api, { channel: CHANNEL, incidentId: 'PINC1', createdAt: CREATED });
    expect(found?.text).toBe('top of PINC1');
    expect(history()).toHaveLength(1);
  });

  it('a slice too dense for its pages is narrowed, so the oldest part is still read', async () => {
    // 4,000 messages in the first 9 minutes, the top message after them, then 10,000 more.
    slack.seedMessages(CHANNEL, chatter(4000, CREATED, 130));
    slack.seedMessages(CHANNEL, [top('PINC2', new Date(CREATED.getTime() + 9 * MINUTE))]);
    slack.seedMessages(CHANNEL, chatter(10_000, new Date(CREATED.getTime() + 10 * MINUTE), 1000));
    const found = await findTopMessage(api, { channel: CHANNEL, incidentId: 'PINC2', createdAt: CREATED });
    expect(found?.text).toBe('top of PINC2');
    expect(history().length).toBeLessThanOrEqual(16);
  });

  it('returns the earliest when simultaneous runs left two, and ignores messages before the incident', async () => {
    const earlier = new Date(CREATED.getTime() - 60 * MINUTE);
    slack.seedMessages(CHANNEL, [{ ...top('PINC3', earlier), text: 'an older incident message' }]);
    slack.seedMessages(CHANNEL, [
      { ...top('PINC3', new Date(CREATED.getTime() + 2_000)), text: 'first' },
      { ...top('PINC3', new Date(CREATED.getTime() + 2_500)), text: 'second' },
    ]);
    slack.seedMessages(CHANNEL, chatter(3000, new Date(CREATED.getTime() + MINUTE), 500));
    const found = await findTopMessage(api, { channel: CHANNEL, incidentId: 'PINC3', createdAt: CREATED });
    expect(found?.text).toBe('first');
  });

  it('finds a top message posted shortly before the incident was created (Slack’s clock behind PagerDuty’s)', async () => {
    slack.seedMessages(CHANNEL, [top('PINC5', new Date(CREATED.getTime() - 2 * MINUTE))]);
    const found = await findTopMessage(api, { channel: CHANNEL, incidentId: 'PINC5', createdAt: CREATED });
    expect(found?.text).toBe('top of PINC5');
  });

  it('finds a top message that has replies in its thread', async () => {
    const parent = slack.seedMessage({
      channel: CHANNEL,
      ...top('PINC6', new Date(CREATED.getTime() + 1_000)),
    });
    slack.seedMessage({ channel: CHANNEL, text: 'a reply', threadTs: parent.ts });
    const found = await findTopMessage(api, { channel: CHANNEL, incidentId: 'PINC6', createdAt: CREATED });
    expect(found?.ts).toBe(parent.ts);
  });

  it('takes no other incident’s top message, even an earlier one', async () => {
    slack.seedMessages(CHANNEL, [
      top('POTHER', new Date(CREATED.getTime() + 1_000)),
      top('PINC7', new Date(CREATED.getTime() + 3_000)),
    ]);
    const found = await findTopMessage(api, { channel: CHANNEL, incidentId: 'PINC7', createdAt: CREATED });
    expect(found?.text).toBe('top of PINC7');
  });

  it('finds a top message at the oldest end of a slice too dense to read whole', async () => {
    // The top message, 3,000 messages within the next five minutes, then 2,000 more later on.
    slack.seedMessages(CHANNEL, [top('PINC8', new Date(CREATED.getTime() + 5_000))]);
    slack.seedMessages(CHANNEL, chatter(3000, new Date(CREATED.getTime() + 10_000), 100));
    slack.seedMessages(CHANNEL, chatter(2000, new Date(CREATED.getTime() + 10 * MINUTE), 1000));
    const found = await findTopMessage(api, { channel: CHANNEL, incidentId: 'PINC8', createdAt: CREATED });
    expect(found?.text).toBe('top of PINC8');
    expect(history().length).toBeLessThanOrEqual(20);
  });

  it('finds nothing for an incident without a message, within a bounded number of calls', async () => {
    slack.seedMessages(CHANNEL, chatter(20_000, CREATED, 10_000));
    const found = await findTopMessage(api, { channel: CHANNEL, incidentId: 'PNONE', createdAt: CREATED });
    expect(found).toBeUndefined();
    // 20,000 messages need at least 21 pages of 999; the slices add a few.
    expect(history().length).toBeLessThanOrEqual(30);
  });
});

describe('readMessage', () => {
  it('reads back the one message with that ts in one call, and nothing for a ts that holds none', async () => {
    slack.seedMessages(CHANNEL, chatter(3, CREATED, 1000));
    const page = await api.readHistory(CHANNEL, { limit: 10 });
    const middle = page.messages[1]!;
    const callsBefore = history().length;
    expect((await readMessage(api, CHANNEL, middle.ts))?.text).toBe(middle.text);
    expect(history().length - callsBefore).toBe(1);
    expect(await readMessage(api, CHANNEL, '1000000000.000000')).toBeUndefined();
  });

  it('reads back an old message of a busy channel', async () => {
    slack.seedMessages(CHANNEL, chatter(1200, CREATED, 1000));
    const first = await api.readHistory(CHANNEL, { latest: `${CREATED.getTime() / 1000 + 0.5}`, limit: 5 });
    expect(first.messages).toHaveLength(1);
    expect((await readMessage(api, CHANNEL, first.messages[0]!.ts))?.text).toBe('chatter 0');
  });
});

describe('createIncidentLock', () => {
  /** A piece of work that records when it starts and ends, and finishes when `release` is called. */
  function gated(name: string, events: string[], fail = false) {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const work = async () => {
      events.push(`${name} start`);
      await done;
      events.push(`${name} end`);
      if (fail) throw new Error(`${name} failed`);
      return name;
    };
    return { work, release };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('runs work for one incident one after another, and for different incidents side by side', async () => {
    const lock = createIncidentLock();
    const events: string[] = [];
    const a1 = gated('a1', events);
    const a2 = gated('a2', events);
    const b1 = gated('b1', events);
    const results = [lock('A', a1.work), lock('A', a2.work), lock('B', b1.work)];
    await tick();
    expect(events).toEqual(['a1 start', 'b1 start']);
    a2.release();
    await tick();
    expect(events).toEqual(['a1 start', 'b1 start']);
    a1.release();
    b1.release();
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'b1']);
    expect(events.indexOf('a2 start')).toBeGreaterThan(events.indexOf('a1 end'));
  });

  it('work queued after the first one finished still waits for the one running', async () => {
    const lock = createIncidentLock();
    const events: string[] = [];
    const a1 = gated('a1', events);
    const a2 = gated('a2', events);
    const first = lock('A', a1.work);
    const second = lock('A', a2.work);
    a1.release();
    await first;
    await tick();
    expect(events).toEqual(['a1 start', 'a1 end', 'a2 start']);
    const a3 = gated('a3', events);
    const third = lock('A', a3.work);
    await tick();
    expect(events).toEqual(['a1 start', 'a1 end', 'a2 start']);
    a2.release();
    await second;
    a3.release();
    await expect(third).resolves.toBe('a3');
    expect(events.indexOf('a3 start')).toBeGreaterThan(events.indexOf('a2 end'));
  });

  it('a failed piece of work fails only its caller; the next one still runs', async () => {
    const lock = createIncidentLock();
    const events: string[] = [];
    const first = gated('first', events, true);
    const second = gated('second', events);
    const results = [lock('A', first.work), lock('A', second.work)];
    first.release();
    second.release();
    await expect(results[0]).rejects.toThrow('first failed');
    await expect(results[1]).resolves.toBe('second');
    // Once everything settled, the incident's queue starts afresh.
    const third = gated('third', events);
    const later = lock('A', third.work);
    await tick();
    expect(events.at(-1)).toBe('third start');
    third.release();
    await expect(later).resolves.toBe('third');
  });
});
