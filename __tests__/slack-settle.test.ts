/**
 * Settling simultaneous posts: which other run's post is the earlier one, read through the Slack fake's history.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createSlackClient } from '../src/slack/client.js';
import { compareTs, earlierDuplicate, MAX_DUPLICATES, postReplyOnce } from '../src/slack/settle.js';
import type { SlackApi } from '../src/slack/types.js';

const CHANNEL = 'C0SETTLE';
const EVENT = 'oncall_alert_top';
const START = new Date('2026-11-26T01:00:00Z');

let slack: FakeSlack;
let api: SlackApi;
let log: MemoryLogger;

beforeEach(async () => {
  const clock = new FakeClock(START, true);
  slack = new FakeSlack({ channels: [{ id: CHANNEL, name: 'oncall' }] }, { clock });
  await slack.start();
  log = new MemoryLogger();
  api = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log });
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

  it('keeps the earliest whatever order the posts are found in', async () => {
    const ts = await seed([post('r2', 1_000), post('r1', 2_000), post('mine', 3_000)]);
    const all = (await api.readHistory(CHANNEL, { limit: 100 })).messages;
    // A search that finds the older post first (Slack's history is newest first; this one is not).
    const oldestFirst = Object.create(api) as SlackApi;
    oldestFirst.findMessageByMetadata = async (_channel, eventType, matches) =>
      [...all].reverse().find((m) => m.metadata?.eventType === eventType && matches(m.metadata.payload));
    const found = await earlierDuplicate(
      oldestFirst,
      CHANNEL,
      EVENT,
      forIncident('PINC1'),
      'mine',
      ts.get('post of mine')!,
      START,
    );
    expect(found?.text).toBe('post of r2');
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
    ['1700000000.500000', '1700000000.5', 0],
    ['1700000000.000000', '1700000000', 0],
    ['1700000000.000001', '1700000000', 1],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(compareTs(a, b)).toBe(expected);
  });
});

describe('findMessageByMetadata', () => {
  const find = () => api.findMessageByMetadata(CHANNEL, EVENT, forIncident('PINC1'), { oldest: START });
  const limits = () => slack.callsTo('conversations.history').map((c) => Number(c.params.limit));

  it('finds a post that has replies in its thread', async () => {
    const parent = slack.seedMessage({ channel: CHANNEL, ...post('r1', 1_000) });
    slack.seedMessage({ channel: CHANNEL, text: 'a reply', threadTs: parent.ts });
    expect((await find())?.ts).toBe(parent.ts);
  });

  it('passes over a reply broadcast to the channel: only a top-level post is the one', async () => {
    // Slack lists a reply sent "also to the channel" in the history, with the thread it belongs to.
    slack.inject('conversations.history', {
      kind: 'status',
      status: 200,
      body: {
        ok: true,
        has_more: false,
        messages: [
          {
            type: 'message',
            ts: '1764118802.000200',
            thread_ts: '1764118801.000100',
            text: 'broadcast reply',
            metadata: { event_type: EVENT, event_payload: { incident_id: 'PINC1', run: 'r2' } },
          },
          {
            type: 'message',
            ts: '1764118801.000100',
            thread_ts: '1764118801.000100',
            text: 'post of r1',
            metadata: { event_type: EVENT, event_payload: { incident_id: 'PINC1', run: 'r1' } },
          },
        ],
      },
    });
    expect((await find())?.text).toBe('post of r1');
  });

  it('reads at most 1,000 messages, and says so in the debug log', async () => {
    slack.seedMessages(CHANNEL, [post('r1', 1_000)]);
    slack.seedMessages(
      CHANNEL,
      Array.from({ length: 1_200 }, (_, i) => ({
        text: `chatter ${i}`,
        at: new Date(START.getTime() + 2_000 + i),
      })),
    );
    expect(await find()).toBeUndefined();
    expect(limits().reduce((a, b) => a + b, 0)).toBe(1_000);
    expect(log.lines).toContainEqual({
      level: 'debug',
      message: `Slack: stopped looking through ${CHANNEL} history after 1000 messages`,
    });
  });

  it('a channel read to its end is not reported as cut short', async () => {
    slack.seedMessages(CHANNEL, [post('r1', 1_000, 'PINC2')]);
    expect(await find()).toBeUndefined();
    expect(log.lines.filter((l) => l.message.includes('stopped looking'))).toEqual([]);
  });

  it('asks only for what is left of the 1,000 when Slack answers short pages', async () => {
    const page = {
      ok: true,
      messages: Array.from({ length: 190 }, (_, i) => ({
        type: 'message',
        text: `m${i}`,
        ts: `1795654800.${String(i).padStart(6, '0')}`,
      })),
      response_metadata: { next_cursor: 'more' },
    };
    slack.inject('conversations.history', { kind: 'status', status: 200, body: page }, 6);
    expect(await find()).toBeUndefined();
    expect(limits()).toEqual([200, 200, 200, 200, 200, 50]);
  });

  it('stops at an empty page, even one that offers more', async () => {
    const empty = { ok: true, messages: [], response_metadata: { next_cursor: 'more' } };
    slack.inject('conversations.history', { kind: 'status', status: 200, body: empty }, 1);
    expect(await find()).toBeUndefined();
    expect(limits()).toHaveLength(1);
  });

  it('names the call when Slack’s answer has no message list', async () => {
    slack.inject('conversations.history', { kind: 'status', status: 200, body: { ok: true } }, 1);
    await expect(find()).rejects.toThrow(
      `Slack conversations.history for ${CHANNEL}: the answer had no "messages" list`,
    );
  });
});

describe('postReplyOnce', () => {
  const REPLY = 'oncall_test_reply';
  /** A reply by run `run` in `threadTs`. */
  const reply = (threadTs: string, run: string) => ({
    channel: CHANNEL,
    threadTs,
    text: `reply of ${run}`,
    metadata: { eventType: REPLY, payload: { incident_id: 'PINC1', run } },
  });
  const sameIncident = (r: { metadata?: { eventType: string; payload: Record<string, unknown> } }) =>
    r.metadata?.eventType === REPLY && r.metadata.payload.incident_id === 'PINC1';
  const threadOf = async (ts: string) => (await api.listReplies(CHANNEL, ts)).map((r) => r.text);

  async function top(): Promise<string> {
    return (await api.postMessage({ channel: CHANNEL, text: 'incident' })).ts;
  }

  it('keeps our reply when it is the only one', async () => {
    const ts = await top();
    const { posted, earlier } = await postReplyOnce(api, reply(ts, 'mine'), sameIncident);
    expect(earlier).toBeUndefined();
    expect(await threadOf(ts)).toContain('reply of mine');
    expect((await api.listReplies(CHANNEL, ts)).some((r) => r.ts === posted.ts)).toBe(true);
  });

  it('removes ours and returns the earliest when another run replied first', async () => {
    const ts = await top();
    await api.postMessage(reply(ts, 'r1'));
    await api.postMessage(reply(ts, 'r2'));
    const { earlier } = await postReplyOnce(api, reply(ts, 'mine'), sameIncident);
    expect(earlier?.text).toBe('reply of r1');
    expect(await threadOf(ts)).toEqual(['reply of r1', 'reply of r2']);
  });

  it('returns the earliest of several earlier replies whatever order the thread is read in', async () => {
    const ts = await top();
    await api.postMessage(reply(ts, 'r1'));
    await api.postMessage(reply(ts, 'r2'));
    const newestFirst = Object.create(api) as SlackApi;
    newestFirst.listReplies = async (channel, threadTs) =>
      (await api.listReplies(channel, threadTs)).reverse();
    const { earlier } = await postReplyOnce(newestFirst, reply(ts, 'mine'), sameIncident);
    expect(earlier?.text).toBe('reply of r1');
  });

  it('leaves ours in place, and still names the earlier reply, with a client that cannot delete', async () => {
    const ts = await top();
    await api.postMessage(reply(ts, 'r1'));
    const noDelete = Object.create(api) as SlackApi;
    Object.defineProperty(noDelete, 'deleteMessage', { value: undefined });
    const { earlier } = await postReplyOnce(noDelete, reply(ts, 'mine'), sameIncident);
    expect(earlier?.text).toBe('reply of r1');
    expect(await threadOf(ts)).toEqual(['reply of r1', 'reply of mine']);
  });

  it("finds its own reply after a lost answer by the thread's time, even when this runner's clock is ahead", async () => {
    const ts = await top();
    // This runner's clock is an hour ahead of Slack's: a look-up bounded by it would miss the reply.
    const ahead = createSlackClient({
      token: slack.token,
      apiUrl: slack.url,
      clock: new FakeClock(new Date(START.getTime() + 3_600_000), true),
      log,
    });
    slack.inject('chat.postMessage', { kind: 'reset-after-handling' });
    const { posted, earlier } = await postReplyOnce(ahead, reply(ts, 'mine'), sameIncident);
    expect(earlier).toBeUndefined();
    expect(await threadOf(ts)).toEqual(['reply of mine']);
    expect((await api.listReplies(CHANNEL, ts)).map((r) => r.ts)).toEqual([posted.ts]);
  });

  it('keeps ours when the other run replied after it, and ignores replies that are not the same', async () => {
    const ts = await top();
    await api.postMessage({ ...reply(ts, 'other'), metadata: { eventType: 'unrelated', payload: {} } });
    // A simultaneous run whose reply lands just after ours.
    const racing = Object.create(api) as SlackApi;
    racing.postMessage = async (message, options) => {
      const posted = await api.postMessage(message, options);
      await api.postMessage(reply(ts, 'late'));
      return posted;
    };
    const { earlier } = await postReplyOnce(racing, reply(ts, 'mine'), sameIncident);
    expect(earlier).toBeUndefined();
    expect(await threadOf(ts)).toEqual(['reply of other', 'reply of mine', 'reply of late']);
  });
});
