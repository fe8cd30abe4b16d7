import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { findTopMessage } from '../src/alert/lookup.js';
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

  it('finds nothing for an incident without a message, within a bounded number of calls', async () => {
    slack.seedMessages(CHANNEL, chatter(20_000, CREATED, 10_000));
    const found = await findTopMessage(api, { channel: CHANNEL, incidentId: 'PNONE', createdAt: CREATED });
    expect(found).toBeUndefined();
    // 20,000 messages need at least 21 pages of 999; the slices add a few.
    expect(history().length).toBeLessThanOrEqual(30);
  });
});
