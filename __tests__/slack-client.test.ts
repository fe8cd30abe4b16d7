import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { AuthError, ConfigError, RateLimitedError, TransientError } from '../src/errors.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createSlackClient, slackErrorCode, type SlackClientOptions } from '../src/slack/client.js';
import type { SlackApi, SlackMessage } from '../src/slack/types.js';

const CHANNEL = 'C0ONCALL01';
const START = '2026-03-02T01:00:00Z';

let slack: FakeSlack;
let clock: FakeClock;
let log: MemoryLogger;

function client(overrides: Partial<SlackClientOptions> = {}): SlackApi {
  return createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log, ...overrides });
}

const shiftPost = (date = '2026-03-02'): SlackMessage => ({
  channel: CHANNEL,
  text: `On call today (${date})`,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `On call today: <@U0ALICE01>` } }],
  metadata: { eventType: 'oncall_shift', payload: { schedules: 'PSCHED1', date } },
});

beforeEach(async () => {
  clock = new FakeClock(START);
  log = new MemoryLogger();
  slack = new FakeSlack(
    {
      users: [
        { id: 'U0ALICE01', name: 'alice', email: 'alice@example.com' },
        { id: 'U0BOB0001', name: 'bob', email: 'Bob@Example.com' },
        { id: 'U0CAROL01', name: 'carol', email: 'carol@example.com' },
        { id: 'U0GONE001', name: 'gone', email: 'gone@example.com', deleted: true },
      ],
      channels: [
        { id: CHANNEL, name: 'oncall' },
        { id: 'C0OUTSIDE', name: 'elsewhere', member: false },
        { id: 'C0ARCHIVE', name: 'old', archived: true },
      ],
      userGroups: [{ id: 'S0ONCALL1', handle: 'oncall', users: ['U0ALICE01'] }],
    },
    { clock },
  );
  await slack.start();
});

afterEach(async () => {
  await slack.stop();
});

describe('Slack client: rate limits (K1, K2)', () => {
  it('K1: waits out Retry-After 3 twice and posts exactly one message', async () => {
    slack.rateLimit('chat.postMessage', 3, 2);
    const posted = await client().postMessage(shiftPost());
    expect(posted.channel).toBe(CHANNEL);
    expect(clock.sleeps).toEqual([3000, 3000]);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(6000);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(3);
    slack.expectMessage((m) => m.ts === posted.ts, 'the shift post');
    slack.assertNoUnexpectedMessages();
  });

  it('K2: fails fast on Retry-After 900 without sleeping', async () => {
    slack.rateLimit('chat.postMessage', 900);
    const error = await client()
      .postMessage(shiftPost())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(900_000);
    expect((error as Error).message).toContain('Retry-After 900 s');
    expect(clock.sleeps).toEqual([]);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    slack.assertNoUnexpectedMessages();
  });

  it('waits a second on a 429 without Retry-After and posts once, even without metadata', async () => {
    slack.inject('chat.postMessage', {
      kind: 'status',
      status: 429,
      body: { ok: false, error: 'ratelimited' },
    });
    await client().postMessage({ channel: CHANNEL, text: 'no metadata' });
    expect(clock.sleeps).toEqual([1000]);
    expect(slack.messages(CHANNEL)).toHaveLength(1);
  });

  it('gives up with RateLimitedError when Slack keeps rate limiting', async () => {
    slack.rateLimit('users.lookupByEmail', 1, 10);
    await expect(client({ maxRetries: 2 }).lookupUserIdByEmail('alice@example.com')).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(slack.callsTo('users.lookupByEmail')).toHaveLength(3);
  });
});

describe('Slack client: lost responses and double posts (K3)', () => {
  it('K3: finds the message a reset connection hid and does not post it again', async () => {
    slack.inject('chat.postMessage', { kind: 'reset-after-handling' });
    const posted = await client().postMessage(shiftPost());
    const messages = slack.messages(CHANNEL);
    expect(messages).toHaveLength(1);
    expect(posted.ts).toBe(messages[0]!.ts);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    const history = slack.callsTo('conversations.history');
    expect(history).toHaveLength(1);
    expect(history[0]!.params.include_all_metadata).toBe('true');
    slack.expectMessage((m) => m.metadata?.payload.date === '2026-03-02', 'the shift post');
    slack.assertNoUnexpectedMessages();
  });

  it('K3: a thread reply lost the same way is found in the thread, not posted twice', async () => {
    const api = client();
    const parent = await api.postMessage(shiftPost());
    slack.inject('chat.postMessage', { kind: 'reset-after-handling' });
    const reply = await api.postMessage({
      channel: CHANNEL,
      threadTs: parent.ts,
      text: 'Acknowledged by alice',
      metadata: { eventType: 'oncall_incident_update', payload: { incident: 'Q1', event: 'E1' } },
    });
    expect(slack.callsTo('conversations.replies')).toHaveLength(1);
    const transcript = slack.channelTranscript(CHANNEL);
    expect(transcript).toHaveLength(1);
    expect(transcript[0]!.replies.map((r) => r.ts)).toEqual([reply.ts]);
  });

  it('retries the history check itself when it fails, then finds the earlier post', async () => {
    slack.inject('chat.postMessage', { kind: 'reset-after-handling' });
    slack.inject('conversations.history', { kind: 'status', status: 502, body: '<html>bad gateway</html>' });
    const posted = await client().postMessage(shiftPost());
    expect(slack.callsTo('conversations.history')).toHaveLength(2);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.messages(CHANNEL).map((m) => m.ts)).toEqual([posted.ts]);
  });

  it('posts again after a 5xx when the history shows the first attempt did not land', async () => {
    slack.inject('chat.postMessage', { kind: 'status', status: 503, body: 'Service Unavailable' });
    const posted = await client().postMessage(shiftPost());
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(slack.messages(CHANNEL).map((m) => m.ts)).toEqual([posted.ts]);
    expect(clock.sleeps).toEqual([1000]);
  });

  it('does not mistake an earlier day\u2019s post with other metadata for this one', async () => {
    slack.seedMessage({ channel: CHANNEL, text: 'yesterday', metadata: shiftPost('2026-03-01').metadata! });
    slack.inject('chat.postMessage', {
      kind: 'status',
      status: 500,
      body: { ok: false, error: 'internal_error' },
    });
    await client().postMessage(shiftPost());
    slack.expectMessage((m) => m.metadata?.payload.date === '2026-03-02', 'today\u2019s post');
    slack.assertNoUnexpectedMessages();
  });

  it('retries after a request timeout and finds nothing to duplicate', async () => {
    slack.inject('chat.postMessage', { kind: 'hang' });
    const posted = await client({ timeoutMs: 500 }).postMessage(shiftPost());
    expect(slack.messages(CHANNEL).map((m) => m.ts)).toEqual([posted.ts]);
    expect(log.text()).toContain('retrying');
  });

  it('does not retry an uncertain failure of a message without metadata', async () => {
    slack.inject('chat.postMessage', { kind: 'reset-after-handling' });
    const error = await client()
      .postMessage({ channel: CHANNEL, text: 'no metadata' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toContain('may or may not have been posted');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('fails with TransientError after bounded retries when Slack keeps answering 500', async () => {
    slack.inject('chat.postMessage', { kind: 'status', status: 500, body: '<html>oops</html>' }, 100);
    const error = await client({ maxRetries: 2 })
      .postMessage(shiftPost())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toContain('gave up after 3 attempts');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(3);
    expect(clock.sleeps).toEqual([1000, 2000]);
    expect(slack.messages()).toHaveLength(0);
  });

  it('treats an HTML page answered with 200 as a transient failure', async () => {
    slack.inject('users.lookupByEmail', { kind: 'status', status: 200, body: '<html>Bad gateway</html>' });
    await expect(client().lookupUserIdByEmail('alice@example.com')).resolves.toBe('U0ALICE01');
    expect(slack.callsTo('users.lookupByEmail')).toHaveLength(2);
  });
});

describe('Slack client: configuration errors fail at once with the fix (K4)', () => {
  const cases: {
    name: string;
    setup?: () => void;
    channel?: string;
    token?: string;
    type: typeof ConfigError | typeof AuthError;
    says: string[];
    code: string;
  }[] = [
    {
      name: 'channel_not_found',
      channel: 'C0MISSING',
      type: ConfigError,
      says: ['channel_not_found', 'C0MISSING', 'Channel ID'],
      code: 'channel_not_found',
    },
    {
      name: 'not_in_channel',
      channel: 'C0OUTSIDE',
      type: ConfigError,
      says: ['not_in_channel', '/invite @oncall-bot'],
      code: 'not_in_channel',
    },
    {
      name: 'invalid_auth',
      token: 'xoxb-wrong-token-123',
      type: AuthError,
      says: ['invalid_auth', 'SLACK_BOT_TOKEN'],
      code: 'invalid_auth',
    },
    {
      name: 'missing_scope',
      setup: () => slack.setScopes(['channels:history']),
      type: ConfigError,
      says: ['missing_scope', '"chat:write"', 'reinstall'],
      code: 'missing_scope',
    },
    {
      name: 'is_archived',
      channel: 'C0ARCHIVE',
      type: ConfigError,
      says: ['is_archived'],
      code: 'is_archived',
    },
  ];

  it.each(cases)('$name → $type.name naming the fix, no retry', async (c) => {
    c.setup?.();
    const api = client(c.token ? { token: c.token } : {});
    const error = await api
      .postMessage({ ...shiftPost(), channel: c.channel ?? CHANNEL })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(c.type);
    for (const s of c.says) expect((error as Error).message).toContain(s);
    expect(slackErrorCode(error)).toBe(c.code);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect((error as Error).message).not.toContain(slack.token);
    if (c.token) expect((error as Error).message).not.toContain(c.token);
  });

  it('names the scope a history read needs', async () => {
    slack.setScopes(['chat:write']);
    const error = await client()
      .findMessageByMetadata(CHANNEL, 'oncall_shift', () => true, { oldest: new Date(START) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('"channels:history"');
  });

  it('never writes the token into a log line', async () => {
    slack.inject('chat.postMessage', { kind: 'status', status: 502, body: 'bad gateway' }, 2);
    await client().postMessage(shiftPost());
    expect(log.lines.length).toBeGreaterThan(0);
    expect(log.text()).not.toContain(slack.token);
  });
});

describe('Slack client: history, replies and metadata', () => {
  it('returns the newest top-level match and pages through history', async () => {
    const api = client();
    const first = await api.postMessage(shiftPost());
    for (let i = 0; i < 250; i++) slack.seedMessage({ channel: CHANNEL, text: `chatter ${i}` });
    const second = await api.postMessage(shiftPost());
    for (let i = 0; i < 250; i++) slack.seedMessage({ channel: CHANNEL, text: `more chatter ${i}` });
    await api.postMessage({
      channel: CHANNEL,
      threadTs: first.ts,
      text: 'reply',
      metadata: shiftPost().metadata!,
    });

    const found = await api.findMessageByMetadata(CHANNEL, 'oncall_shift', (p) => p.date === '2026-03-02', {
      oldest: new Date(Date.parse(START) - 60_000),
    });
    expect(found?.ts).toBe(second.ts);
    expect(found?.metadata).toEqual(shiftPost().metadata);

    const oldestOnly = await api.findMessageByMetadata(CHANNEL, 'oncall_shift', (p) => p.date === 'nope', {
      oldest: new Date(START),
    });
    expect(oldestOnly).toBeUndefined();
    expect(slack.callsTo('conversations.history').length).toBeGreaterThanOrEqual(4);
  });

  it('respects `oldest`: a post older than the window is not found', async () => {
    slack.seedMessage({
      channel: CHANNEL,
      text: 'old',
      metadata: shiftPost().metadata!,
      at: new Date(Date.parse(START) - 3 * 3600_000),
    });
    const found = await client().findMessageByMetadata(CHANNEL, 'oncall_shift', () => true, {
      oldest: new Date(Date.parse(START) - 3600_000),
    });
    expect(found).toBeUndefined();
  });

  it('stops after 1,000 messages of history', async () => {
    slack.seedMessage({ channel: CHANNEL, text: 'needle', metadata: shiftPost().metadata! });
    for (let i = 0; i < 1100; i++) slack.seedMessage({ channel: CHANNEL, text: `hay ${i}` });
    const found = await client().findMessageByMetadata(CHANNEL, 'oncall_shift', () => true, {
      oldest: new Date(Date.parse(START) - 3600_000),
    });
    expect(found).toBeUndefined();
    expect(slack.callsTo('conversations.history')).toHaveLength(5);
  });

  it('lists thread replies oldest first without the parent', async () => {
    const api = client();
    const parent = await api.postMessage(shiftPost());
    for (const text of ['one', 'two', 'three'])
      await api.postMessage({ channel: CHANNEL, threadTs: parent.ts, text });
    const replies = await api.listReplies(CHANNEL, parent.ts);
    expect(replies.map((r) => r.text)).toEqual(['one', 'two', 'three']);
    expect(replies.every((r) => r.threadTs === parent.ts)).toBe(true);
  });

  it('updates a message in place and reads its permalink', async () => {
    const api = client();
    const posted = await api.postMessage(shiftPost());
    await api.updateMessage(CHANNEL, posted.ts, { text: 'Resolved', metadata: shiftPost().metadata! });
    const [entry] = slack.channelTranscript(CHANNEL);
    expect(entry?.text).toBe('Resolved');
    expect(entry?.edited).toBe(true);
    const permalink = await api.getPermalink(CHANNEL, posted.ts);
    expect(permalink).toBe(
      `https://fake-workspace.slack.com/archives/${CHANNEL}/p${posted.ts.replace('.', '')}`,
    );
  });

  it('reports message_not_found from chat.update as a typed error with the code', async () => {
    const error = await client()
      .updateMessage(CHANNEL, '1.000001', { text: 'x' })
      .catch((e: unknown) => e);
    expect(slackErrorCode(error)).toBe('message_not_found');
    expect(slack.callsTo('chat.update')).toHaveLength(1);
  });

  it('sets the channel topic, cut to Slack\u2019s 250 characters', async () => {
    const api = client();
    await api.setTopic(CHANNEL, 'On call: alice');
    expect(slack.channelTopic(CHANNEL)).toBe('On call: alice');
    await api.setTopic(CHANNEL, 'x'.repeat(300));
    expect(slack.channelTopic(CHANNEL)).toHaveLength(250);
  });
});

describe('Slack client: users and user groups', () => {
  it('looks users up by email, without case, once per email per run (misses included)', async () => {
    const api = client();
    expect(await api.lookupUserIdByEmail('alice@example.com')).toBe('U0ALICE01');
    expect(await api.lookupUserIdByEmail('ALICE@example.com')).toBe('U0ALICE01');
    expect(await api.lookupUserIdByEmail('bob@example.com')).toBe('U0BOB0001');
    expect(await api.lookupUserIdByEmail('nobody@example.com')).toBeUndefined();
    expect(await api.lookupUserIdByEmail('nobody@example.com')).toBeUndefined();
    expect(await api.lookupUserIdByEmail('gone@example.com')).toBeUndefined();
    expect(slack.callsTo('users.lookupByEmail')).toHaveLength(4);
  });

  it('K7: replaces the group members exactly and never sends an empty list', async () => {
    const api = client();
    await api.setUserGroupMembers('S0ONCALL1', ['U0BOB0001', 'U0CAROL01', 'U0BOB0001']);
    expect(slack.userGroupMembers('S0ONCALL1')).toEqual(['U0BOB0001', 'U0CAROL01']);
    await api.setUserGroupMembers('S0ONCALL1', ['U0CAROL01']);
    expect(slack.userGroupMembers('S0ONCALL1')).toEqual(['U0CAROL01']);

    await expect(api.setUserGroupMembers('S0ONCALL1', [])).rejects.toBeInstanceOf(ConfigError);
    await expect(api.setUserGroupMembers('S0ONCALL1', ['alice'])).rejects.toThrow('expected Slack user IDs');
    expect(slack.callsTo('usergroups.users.update')).toHaveLength(2);
    expect(slack.userGroupMembers('S0ONCALL1')).toEqual(['U0CAROL01']);
    const sent = slack.callsTo('usergroups.users.update').map((c) => c.params.users);
    expect(sent).toEqual(['U0BOB0001,U0CAROL01', 'U0CAROL01']);
  });

  it('explains a workspace that forbids apps to manage user groups', async () => {
    slack.failWith('usergroups.users.update', 'permission_denied');
    await expect(client().setUserGroupMembers('S0ONCALL1', ['U0BOB0001'])).rejects.toThrow(
      /permission_denied.*Workspace settings/,
    );
  });
});

describe('FakeSlack expectations', () => {
  it('fails a test on a message it did not expect, listing it', async () => {
    const api = client();
    await api.postMessage(shiftPost());
    await api.postMessage({ ...shiftPost(), text: 'a second post' });
    slack.expectMessage((m) => m.text.startsWith('On call'), 'the shift post');
    expect(() => slack.assertNoUnexpectedMessages()).toThrow(
      /1 unexpected message\(s\):[\s\S]*a second post/,
    );
    expect(() => slack.expectMessage((m) => m.text === 'never', 'a message that never came')).toThrow(
      /expected a message that never came[\s\S]*\(consumed\)/,
    );
  });

  it('answers invalid_blocks like Slack for an over-long section', async () => {
    const error = await client()
      .postMessage({
        channel: CHANNEL,
        text: 'x',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }],
      })
      .catch((e: unknown) => e);
    expect(slackErrorCode(error)).toBe('invalid_blocks');
    expect(slack.messages()).toHaveLength(0);
  });
});
