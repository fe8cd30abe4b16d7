/**
 * The daily shift post end to end: FakePagerDuty + FakeSlack on 127.0.0.1, the real SDKs through the real adapters,
 * a FakeClock. Every test asserts the exact messages the fake Slack saw and fails on any other.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import type { Clock } from '../src/clock.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeSlack, type FakeMessage } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import { createSlackClient } from '../src/slack/client.js';
import { UserDirectory } from '../src/slack/user-directory.js';
import { claimText } from '../src/shift/claim.js';
import { shiftKey } from '../src/shift/message.js';
import { runShift, type ShiftSettings } from '../src/shift/run.js';
import { compareTs } from '../src/slack/settle.js';

const CHANNEL = 'C0SHIFT01';
const JST = (local: string) => new Date(`${local}+09:00`);

interface World {
  clock: FakeClock;
  pd: FakePagerDuty;
  slack: FakeSlack;
  log: MemoryLogger;
  run(overrides?: Partial<ShiftSettings>, at?: Date): ReturnType<typeof runShift>;
  runWithoutSlack(overrides?: Partial<ShiftSettings>): ReturnType<typeof runShift>;
}

const worlds: World[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) await Promise.all([w.pd.stop(), w.slack.stop()]);
});

/** Alice (Slack U0ALICE) on the Primary schedule all week; Bob (U0BOB) overrides 14:00–18:00 on Fri 5 Jun. */
async function world(
  options: {
    seedOnCalls?: boolean;
    now?: string;
    slackBehindMs?: number;
    /** Each wait of the runs also takes this much real time, so that runs at once overlap as they would. */
    realPauseMs?: number;
  } = {},
): Promise<World> {
  const clock = new FakeClock(options.now ?? '2026-06-05T01:07:00Z'); // 10:07 JST
  const pd = new FakePagerDuty({ clock, timeZone: 'Asia/Tokyo' });
  pd.addUser({ id: 'PALICE1', name: 'Alice Adams', email: 'alice@example.com' });
  pd.addUser({ id: 'PBOB001', name: 'Bob Brown', email: 'bob@example.com' });
  pd.addUser({ id: 'PCAROL1', name: 'Carol <Contractor>', email: 'carol@contractor.example' });
  pd.addSchedule({ id: 'PSCHED1', name: 'Primary', timeZone: 'Asia/Tokyo' });
  pd.addEscalationPolicy({
    id: 'PPOLICY',
    name: 'Platform',
    rules: [{ targets: [{ type: 'schedule', id: 'PSCHED1' }] }],
  });
  if (options.seedOnCalls !== false) {
    const on = (userId: string, start: string, end: string) =>
      pd.addOnCall({
        userId,
        scheduleId: 'PSCHED1',
        escalationPolicyId: 'PPOLICY',
        level: 1,
        start: JST(start),
        end: JST(end),
      });
    on('PCAROL1', '2026-05-29T10:00', '2026-06-01T10:00');
    on('PALICE1', '2026-06-01T10:00', '2026-06-05T14:00');
    on('PBOB001', '2026-06-05T14:00', '2026-06-05T18:00');
    on('PALICE1', '2026-06-05T18:00', '2026-06-08T10:00');
  }
  const slack = new FakeSlack(
    {
      users: [
        { id: 'U0ALICE', name: 'alice', email: 'alice@example.com' },
        { id: 'U0BOB', name: 'bob', email: 'bob@example.com' },
        { id: 'U0OLD', name: 'old', email: 'old@example.com' },
      ],
      channels: [{ id: CHANNEL, name: 'oncall' }],
      userGroups: [{ id: 'S0ONCALL', handle: 'oncall', users: ['U0OLD'] }],
    },
    {
      // Slack's clock may differ from the runner's: the fake stamps messages with its own.
      clock: options.slackBehindMs
        ? {
            now: () => new Date(clock.now().getTime() - options.slackBehindMs!),
            sleep: (ms, signal) => clock.sleep(ms, signal),
          }
        : clock,
    },
  );
  await Promise.all([pd.start(), slack.start()]);
  const log = new MemoryLogger();
  const settings: ShiftSettings = {
    targets: { scheduleIds: ['PSCHED1'], escalationPolicyIds: [], levels: [] },
    channel: CHANNEL,
    timeZone: 'Asia/Tokyo',
    handover: '10:00',
    language: 'en',
    businessDaysOnly: false,
    holidays: [],
    updateTopic: false,
    handoverNotice: false,
    upcomingWithinMs: 2 * 3600_000,
    dryRun: false,
  };
  const clients = () => {
    const pagerduty = createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock, log });
    const slackApi = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log });
    return { pagerduty, slack: slackApi, users: new UserDirectory({ slack: slackApi, log }) };
  };
  const w: World = {
    clock,
    pd,
    slack,
    log,
    run: (overrides = {}, at) => {
      if (at) clock.set(at);
      const pause = options.realPauseMs;
      const runClock: Clock = pause
        ? {
            now: () => clock.now(),
            sleep: async (ms, signal) => {
              await new Promise((resolve) => setTimeout(resolve, Math.min(ms, pause)));
              await clock.sleep(ms, signal);
            },
          }
        : clock;
      return runShift({ ...clients(), clock: runClock, log }, { ...settings, ...overrides });
    },
    runWithoutSlack: (overrides = {}) => {
      const { pagerduty } = clients();
      return runShift({ pagerduty, clock, log }, { ...settings, ...overrides });
    },
  };
  worlds.push(w);
  return w;
}

const isShiftPost = (date: string) => (m: FakeMessage) =>
  m.channel === CHANNEL && m.threadTs === undefined && m.metadata?.payload.shift_date === date;

function blockText(m: FakeMessage): string {
  return JSON.stringify(m.blocks);
}

describe('oncall shift against the fakes', () => {
  it('posts the 10:00 shift once, with mentions and the override segment', async () => {
    const w = await world();
    const result = await w.run();
    expect(result.status).toBe('posted');
    expect(result.exitCode).toBe(0);
    const post = w.slack.expectMessage(isShiftPost('2026-06-05'), 'the shift post for 5 Jun');
    w.slack.assertNoUnexpectedMessages();
    expect(blockText(post)).toContain(
      '• <@U0ALICE> 10:00–14:00\\n• <@U0BOB> 14:00–18:00\\n• <@U0ALICE> 18:00–10:00 (+1 day)',
    );
    expect(result.messageTs).toBe(post.ts);
    expect(result.permalink).toMatch(/^https:\/\/fake-workspace\.slack\.com\/archives\/C0SHIFT01\/p\d+$/);
    expect(result.oncallUserIds).toEqual(['U0ALICE', 'U0BOB']);
    // API calls grow with schedules and people: one on-call read, one lookup per person, one history read.
    expect(w.pd.server.calls.map((c) => c.path)).toEqual(['/oncalls']);
    expect(w.slack.callsTo('users.lookupByEmail')).toHaveLength(2);
    expect(w.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('S2 a run 3 h 40 min late shows the shift start (10:00), not the run time', async () => {
    const w = await world({ now: '2026-06-05T04:40:00Z' });
    await w.run();
    const post = w.slack.expectMessage(isShiftPost('2026-06-05'), 'the shift post');
    w.slack.assertNoUnexpectedMessages();
    expect(blockText(post)).toContain('Shift: Fri 5 Jun 10:00 – Sat 6 Jun 10:00 (Asia/Tokyo)');
    expect(blockText(post)).not.toContain('13:40');
  });

  it('S3 a manual run at 09:30 reports the upcoming shift, labelled, and a later run does not post again', async () => {
    const w = await world({ now: '2026-06-05T00:30:00Z' });
    const first = await w.run();
    expect(first.status).toBe('posted');
    const post = w.slack.expectMessage(isShiftPost('2026-06-05'), 'the upcoming-shift post');
    expect(blockText(post)).toContain('*Upcoming shift*: it starts at 10:00');
    // The scheduled run after the handover finds the early post even though it predates the window.
    const second = await w.run({}, new Date('2026-06-05T01:07:00Z'));
    expect(second.status).toBe('already-posted');
    w.slack.assertNoUnexpectedMessages();
  });

  it('S6 nobody on call → one explicit warning post and a failed result', async () => {
    const w = await world({ seedOnCalls: false });
    const result = await w.run();
    expect(result.status).toBe('nobody');
    expect(result.exitCode).toBe(1);
    const warning = w.slack.expectMessage(isShiftPost('2026-06-05'), 'the nobody-on-call warning');
    w.slack.assertNoUnexpectedMessages();
    expect(warning.metadata?.payload.status).toBe('nobody');
    expect(blockText(warning)).toContain('Nobody is on call');
    expect(blockText(warning)).toContain('Primary');
    expect(w.log.text()).toMatch(/error: Nobody is on call for schedule "Primary" \(PSCHED1\)/);
  });

  it('replaces an earlier nobody-on-call warning in place once someone is on call', async () => {
    const w = await world({ seedOnCalls: false });
    await w.run();
    w.pd.addOnCall({
      userId: 'PALICE1',
      scheduleId: 'PSCHED1',
      escalationPolicyId: 'PPOLICY',
      level: 1,
      start: JST('2026-06-05T10:00'),
      end: JST('2026-06-06T10:00'),
    });
    const result = await w.run({}, new Date('2026-06-05T01:37:00Z'));
    expect(result.status).toBe('updated');
    expect(result.exitCode).toBe(0);
    const post = w.slack.expectMessage(isShiftPost('2026-06-05'), 'the post, updated in place');
    w.slack.assertNoUnexpectedMessages();
    expect(post.updates).toBe(1);
    expect(post.metadata?.payload.status).toBe('ok');
    expect(blockText(post)).toContain('<@U0ALICE> — whole shift');
  });

  it('S8 a DST zone on both switch days: one post each day, with local times', async () => {
    const w = await world();
    w.pd.addOnCall({
      userId: 'PALICE1',
      scheduleId: 'PSCHED1',
      escalationPolicyId: 'PPOLICY',
      level: 1,
      start: '2026-03-01T15:00:00Z',
      end: '2026-11-09T15:00:00Z',
    });
    const ny = { timeZone: 'America/New_York' };
    // Spring forward (Sun 8 Mar) and fall back (Sun 1 Nov): the scheduled run at 10:07 and the backup at 10:37.
    for (const at of [
      '2026-03-08T14:07:00Z',
      '2026-03-08T14:37:00Z',
      '2026-11-01T15:07:00Z',
      '2026-11-01T15:37:00Z',
    ]) {
      await w.run(ny, new Date(at));
    }
    const spring = w.slack.expectMessage(isShiftPost('2026-03-08'), 'the spring-forward day post');
    const fall = w.slack.expectMessage(isShiftPost('2026-11-01'), 'the fall-back day post');
    w.slack.assertNoUnexpectedMessages();
    expect(blockText(spring)).toContain('Shift: Sun 8 Mar 10:00 – Mon 9 Mar 10:00 (America/New_York)');
    expect(spring.metadata?.payload.start).toBe('2026-03-08T14:00:00.000Z');
    expect(blockText(fall)).toContain('Shift: Sun 1 Nov 10:00 – Mon 2 Nov 10:00 (America/New_York)');
    expect(fall.metadata?.payload.start).toBe('2026-11-01T15:00:00.000Z');
  });

  it("a run long before the handover posts nothing and never reports yesterday's shift", async () => {
    const w = await world({ now: '2026-06-04T18:00:00Z' }); // 03:00 JST
    const result = await w.run();
    expect(result).toMatchObject({ status: 'skipped', exitCode: 0 });
    expect(result.window.shiftDate).toBe('2026-06-05');
    expect(w.pd.server.calls).toHaveLength(0);
    expect(w.slack.server.calls).toHaveLength(0);
    w.slack.assertNoUnexpectedMessages();
    expect(w.log.text()).toContain("yesterday's shift is never reported");
  });

  it('S9 scheduled run dropped → the backup run posts exactly once', async () => {
    const w = await world({ now: '2026-06-05T01:37:00Z' });
    const result = await w.run();
    expect(result.status).toBe('posted');
    w.slack.expectMessage(isShiftPost('2026-06-05'), 'the backup run post');
    w.slack.assertNoUnexpectedMessages();
  });

  it('S10 scheduled run succeeded → the backup run makes zero post calls', async () => {
    const w = await world();
    const first = await w.run();
    const postsBefore = w.slack.callsTo('chat.postMessage').length;
    const backup = await w.run({}, new Date('2026-06-05T01:37:00Z'));
    expect(backup.status).toBe('already-posted');
    expect(backup.messageTs).toBe(first.messageTs);
    expect(w.slack.callsTo('chat.postMessage')).toHaveLength(postsBefore);
    expect(w.slack.callsTo('chat.update')).toHaveLength(0);
    w.slack.expectMessage(isShiftPost('2026-06-05'), 'the one shift post');
    w.slack.assertNoUnexpectedMessages();
  });

  it('S12 a PagerDuty user with no Slack account → plain name plus a warning; the post still goes out', async () => {
    const w = await world({ now: '2026-05-31T01:07:00Z' }); // Carol's week
    const result = await w.run();
    expect(result.status).toBe('posted');
    const post = w.slack.expectMessage(isShiftPost('2026-05-31'), 'the post naming Carol');
    w.slack.assertNoUnexpectedMessages();
    expect(blockText(post)).toContain('• Carol &lt;Contractor&gt; — whole shift');
    expect(result.unmapped.map((u) => u.id)).toEqual(['PCAROL1']);
    expect(
      w.log.lines.some((l) => l.level === 'warning' && l.message.includes('carol@contractor.example')),
    ).toBe(true);
    const transcript = w.slack.channelTranscript(CHANNEL);
    expect(transcript[0]!.mentions).toEqual([]);
    expect(transcript[0]!.broadcasts).toEqual([]);
  });

  it('a dry run makes no Slack call at all without a token and returns the exact payload', async () => {
    const w = await world();
    const result = await w.runWithoutSlack({ dryRun: true });
    expect(result.status).toBe('dry-run');
    expect(w.slack.server.calls).toHaveLength(0);
    w.slack.assertNoUnexpectedMessages();
    expect(result.message?.channel).toBe(CHANNEL);
    expect(result.preview).toContain('• Alice Adams 10:00–14:00');
    w.slack.assertNoUnexpectedMessages();
  });

  it('a dry run with a token only looks people up: no Slack writes', async () => {
    const w = await world();
    const result = await w.run({
      dryRun: true,
      userGroup: 'S0ONCALL',
      updateTopic: true,
      handoverNotice: true,
    });
    expect(result.status).toBe('dry-run');
    expect(new Set(w.slack.server.calls.map((c) => c.path))).toEqual(new Set(['/api/users.lookupByEmail']));
    expect(result.preview).toContain('• @Alice Adams 10:00–14:00');
    expect(w.slack.userGroupMembers('S0ONCALL')).toEqual(['U0OLD']);
    w.slack.assertNoUnexpectedMessages();
  });

  it('syncs the user group to exactly the incoming on-call, sets the topic and posts the handover notice in the thread', async () => {
    const w = await world({ now: '2026-06-01T01:07:00Z' }); // Carol → Alice on Mon 1 Jun
    const result = await w.run({ userGroup: 'S0ONCALL', updateTopic: true, handoverNotice: true });
    expect(result.exitCode).toBe(0);
    const post = w.slack.expectMessage(isShiftPost('2026-06-01'), 'the shift post');
    const notice = w.slack.expectMessage((m) => m.threadTs === post.ts, 'the handover notice in its thread');
    w.slack.assertNoUnexpectedMessages();
    expect(notice.text).toBe(
      '*Handover* (10:00)\n• *<https://acme.pagerduty.com/schedules/PSCHED1|Primary>*: Carol &lt;Contractor&gt; → <@U0ALICE>',
    );
    expect(w.slack.userGroupMembers('S0ONCALL')).toEqual(['U0ALICE']);
    expect(w.slack.channelTopic(CHANNEL)).toBe(
      'On call: <@U0ALICE> (Primary) · Next handover: Tue 2 Jun 10:00',
    );
    // A re-run repeats neither the notice nor the topic (no second "set the topic" line in the channel).
    await w.run(
      { userGroup: 'S0ONCALL', updateTopic: true, handoverNotice: true },
      new Date('2026-06-01T01:37:00Z'),
    );
    expect(w.slack.callsTo('conversations.setTopic')).toHaveLength(1);
    w.slack.assertNoUnexpectedMessages();
  });

  it('never empties the user group when nobody on call has a Slack account', async () => {
    const w = await world({ now: '2026-05-31T01:07:00Z' });
    await w.run({ userGroup: 'S0ONCALL' });
    w.slack.expectMessage(isShiftPost('2026-05-31'), 'the shift post');
    w.slack.assertNoUnexpectedMessages();
    expect(w.slack.callsTo('usergroups.users.update')).toHaveLength(0);
    expect(w.slack.userGroupMembers('S0ONCALL')).toEqual(['U0OLD']);
    expect(w.log.text()).toContain('User group S0ONCALL left unchanged');
  });

  it('posts nothing on a Saturday with business days only, and says why', async () => {
    const w = await world({ now: '2026-06-06T01:07:00Z' });
    const result = await w.run({ businessDaysOnly: true });
    expect(result).toMatchObject({ status: 'skipped', exitCode: 0 });
    expect(w.pd.server.calls).toHaveLength(0);
    expect(w.slack.server.calls).toHaveLength(0);
    w.slack.assertNoUnexpectedMessages();
    expect(w.log.text()).toContain(
      'Shift 2026-06-06: nothing posted: 2026-06-06 is a Saturday (--business-days-only).',
    );
  });

  // Exactly one needs `chat.delete`: both runs pass the history check, both post, and the later post removes itself.
  const canDelete =
    typeof createSlackClient({
      token: 'xoxb-x',
      clock: new FakeClock('2026-01-01T00:00:00Z'),
      log: new MemoryLogger(),
    }).deleteMessage === 'function';
  (canDelete ? it : it.skip)('S11 two runs for the same day at once → exactly one message', async () => {
    const w = await world({ realPauseMs: 25 });
    const results = await Promise.all([w.run({ runId: 'run-a' }), w.run({ runId: 'run-b' })]);
    w.slack.expectMessage(isShiftPost('2026-06-05'), 'the one shift post');
    w.slack.assertNoUnexpectedMessages();
    expect(results.map((r) => r.status).sort()).toEqual(['already-posted', 'posted']);
    expect(results[0]!.messageTs).toBe(results[1]!.messageTs);
  });

  it('S11 the run whose post is not the earliest detects the duplicate and names it', async () => {
    const w = await world({ realPauseMs: 25 });
    const results = await Promise.all([w.run({ runId: 'run-a' }), w.run({ runId: 'run-b' })]);
    const posts = w.slack.messages(CHANNEL).filter((m) => m.threadTs === undefined);
    const earliest = posts[0]!;
    // Both runs report the earliest post as the shift's message.
    expect(results.map((r) => r.messageTs)).toEqual([earliest.ts, earliest.ts]);
    expect(results.filter((r) => r.status === 'posted')).toHaveLength(1);
    if (!canDelete) {
      expect(w.log.text()).toContain(`another run posted the same shift first (ts ${earliest.ts})`);
    }
    w.slack.expectMessage(isShiftPost('2026-06-05'), 'the earliest shift post');
    if (!canDelete)
      w.slack.expectMessage(isShiftPost('2026-06-05'), 'the duplicate this Slack client cannot delete');
    w.slack.assertNoUnexpectedMessages();
  });
});

const SERVER_ERROR = { kind: 'status', status: 500, body: { ok: false, error: 'internal_error' } } as const;
const isReply = (params: Record<string, unknown>) => typeof params.thread_ts === 'string';
const extras = { updateTopic: true, handoverNotice: true } as const;

describe('the handover notice and the topic are completed exactly once', () => {
  const notices = (w: World, postTs: string) =>
    w.slack.messages(CHANNEL).filter((m) => m.threadTs === postTs);

  it('one 500 on the handover notice: looked up, posted once, the run succeeds', async () => {
    const w = await world({ now: '2026-06-01T01:07:00Z' });
    w.slack.injectWhen('chat.postMessage', isReply, SERVER_ERROR);
    const result = await w.run(extras);
    expect(result.exitCode).toBe(0);
    const post = w.slack.expectMessage(isShiftPost('2026-06-01'), 'the shift post');
    const notice = w.slack.expectMessage((m) => m.threadTs === post.ts, 'the one handover notice');
    w.slack.assertNoUnexpectedMessages();
    expect(notice.metadata).toEqual({
      eventType: 'oncall_shift_handover',
      payload: { key: post.metadata!.payload.key, shift_date: '2026-06-01', run: post.metadata!.payload.run },
    });
  });

  it('a lost answer on the handover notice that was posted: found in the thread, not repeated, exit 0', async () => {
    const w = await world({ now: '2026-06-01T01:07:00Z' });
    w.slack.injectWhen('chat.postMessage', isReply, { kind: 'reset-after-handling' });
    const result = await w.run(extras);
    expect(result.exitCode).toBe(0);
    const post = w.slack.expectMessage(isShiftPost('2026-06-01'), 'the shift post');
    expect(notices(w, post.ts)).toHaveLength(1);
    w.slack.expectMessage((m) => m.threadTs === post.ts, 'the one handover notice');
    w.slack.assertNoUnexpectedMessages();
  });

  it('the backup run posts the notice and sets the topic an earlier run could not, once; a third run writes nothing', async () => {
    const w = await world({ now: '2026-06-01T01:07:00Z' });
    w.slack.injectWhen('chat.postMessage', isReply, SERVER_ERROR, 100);
    w.slack.inject('conversations.setTopic', SERVER_ERROR, 100);
    const first = await w.run(extras);
    expect(first.exitCode).toBe(1);
    expect(w.slack.topicChanges(CHANNEL)).toHaveLength(0);
    w.slack.server.clearFaults();

    const backup = await w.run(extras, new Date('2026-06-01T01:37:00Z'));
    expect(backup).toMatchObject({
      status: 'already-posted',
      exitCode: 0,
      repaired: ['handover notice', 'topic'],
    });
    const post = w.slack.expectMessage(isShiftPost('2026-06-01'), 'the shift post');
    w.slack.expectMessage((m) => m.threadTs === post.ts, 'the handover notice from the backup run');
    w.slack.assertNoUnexpectedMessages();
    expect(w.slack.topicChanges(CHANNEL).map((m) => m.topic)).toEqual([
      'On call: <@U0ALICE> (Primary) · Next handover: Tue 2 Jun 10:00',
    ]);
    expect(w.log.text()).toContain('completed what an earlier run left undone: handover notice, topic');

    const writes = () =>
      ['chat.postMessage', 'conversations.setTopic', 'chat.update', 'chat.scheduleMessage'].flatMap((m) =>
        w.slack.callsTo(m),
      ).length;
    const before = writes();
    const third = await w.run(extras, new Date('2026-06-01T02:07:00Z'));
    expect(third).toMatchObject({ status: 'already-posted', exitCode: 0 });
    expect(writes()).toBe(before);
    w.slack.assertNoUnexpectedMessages();
  });

  it('a topic change whose answer is lost is looked up in history and not made twice', async () => {
    const w = await world({ now: '2026-06-01T01:07:00Z' });
    w.slack.inject('conversations.setTopic', { kind: 'reset-after-handling' });
    const result = await w.run({ updateTopic: true });
    expect(result.exitCode).toBe(0);
    expect(w.slack.topicChanges(CHANNEL)).toHaveLength(1);
    expect(w.slack.callsTo('conversations.setTopic')).toHaveLength(1);
  });

  it('a 500 on the topic change is retried once it is clear the change did not land', async () => {
    const w = await world({ now: '2026-06-01T01:07:00Z' });
    w.slack.inject('conversations.setTopic', SERVER_ERROR);
    const result = await w.run({ updateTopic: true });
    expect(result.exitCode).toBe(0);
    expect(w.slack.topicChanges(CHANNEL)).toHaveLength(1);
  });
});

/** A claim on the 5 Jun shift made now by another run (`runId`) that never removes it. */
async function seedClaim(w: World, runId: string): Promise<void> {
  const api = createSlackClient({ token: w.slack.token, apiUrl: w.slack.url, clock: w.clock, log: w.log });
  const key = shiftKey({ scheduleIds: ['PSCHED1'], escalationPolicyIds: [], levels: [] });
  await api.scheduleMessage!(
    CHANNEL,
    claimText({ channel: CHANNEL, key, shiftDate: '2026-06-05', runId }),
    Math.floor(w.clock.now().getTime() / 1000) + 86_400,
  );
}

describe('simultaneous runs make one post', () => {
  it('three runs at once with slow posts: one chat.postMessage ever, nothing deleted, every run exits 0', async () => {
    const w = await world({ realPauseMs: 25 });
    w.slack.inject('chat.postMessage', { kind: 'delay', ms: 300 }, 3);
    const results = await Promise.all(['run-a', 'run-b', 'run-c'].map((runId) => w.run({ runId })));
    expect(w.slack.callsTo('chat.postMessage').length).toBe(1);
    expect(w.slack.deleted).toHaveLength(0);
    expect(results.map((r) => r.exitCode)).toEqual([0, 0, 0]);
    expect(results.map((r) => r.status).sort()).toEqual(['already-posted', 'already-posted', 'posted']);
    expect(new Set(results.map((r) => r.messageTs)).size).toBe(1);
    w.slack.expectMessage(isShiftPost('2026-06-05'), 'the one shift post');
    w.slack.assertNoUnexpectedMessages();
    // Every claim was removed: nothing is left to be posted months later.
    expect(w.slack.scheduledMessages(CHANNEL)).toEqual([]);
  });

  it('a claim left by a run that died long ago is removed and does not hold the post back', async () => {
    const w = await world();
    w.clock.set('2026-06-05T00:30:00Z');
    await seedClaim(w, 'crashed');
    const result = await w.run({}, new Date('2026-06-05T01:07:00Z'));
    expect(result).toMatchObject({ status: 'posted', exitCode: 0 });
    expect(w.slack.scheduledMessages(CHANNEL)).toEqual([]);
    w.slack.expectMessage(isShiftPost('2026-06-05'), 'the shift post');
    w.slack.assertNoUnexpectedMessages();
  });

  it('a claim whose answer was lost: the run posts all the same and removes that claim', async () => {
    const w = await world();
    w.slack.inject('chat.scheduleMessage', { kind: 'reset-after-handling' });
    const result = await w.run();
    expect(result).toMatchObject({ status: 'posted', exitCode: 0 });
    expect(w.slack.scheduledMessages(CHANNEL)).toEqual([]);
    w.slack.expectMessage(isShiftPost('2026-06-05'), 'the shift post');
    w.slack.assertNoUnexpectedMessages();
  });

  it('a run that loses the claim to a run that never posts fails instead of pretending', async () => {
    const w = await world();
    await seedClaim(w, 'stuck');
    const result = await w.run();
    expect(result).toMatchObject({ status: 'in-progress', exitCode: 1 });
    expect(w.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(w.log.text()).toContain('another run holds the claim on this shift');
  });
});

describe('lookups are bounded by the shift, not by the runner clock or a message count', () => {
  it('a runner clock 6 min ahead of Slack: a lost answer on the post is found, exactly one post', async () => {
    const w = await world({ slackBehindMs: 6 * 60_000 });
    w.slack.inject('chat.postMessage', { kind: 'reset-after-handling' });
    const result = await w.run();
    expect(result).toMatchObject({ status: 'posted', exitCode: 0 });
    w.slack.expectMessage(isShiftPost('2026-06-05'), 'the one shift post');
    w.slack.assertNoUnexpectedMessages();
  });

  it("finds the day's post behind 10,000 newer messages in the window, in a bounded number of calls", async () => {
    const w = await world({ now: '2026-06-05T01:07:00Z' });
    const first = await w.run();
    expect(first.status).toBe('posted');
    // The worst case for a newest-first scan: 10,000 messages in the 8 minutes right after the post.
    const traffic = Array.from({ length: 10_000 }, (_, i) => ({
      text: `chatter ${i}`,
      at: new Date(Date.parse('2026-06-05T01:08:00Z') + i * 50),
    }));
    w.slack.seedMessages(CHANNEL, traffic);
    const historyBefore = w.slack.callsTo('conversations.history').length;
    const late = await w.run({}, new Date('2026-06-05T06:00:00Z'));
    expect(late).toMatchObject({ status: 'already-posted', exitCode: 0, messageTs: first.messageTs });
    expect(w.slack.callsTo('chat.postMessage')).toHaveLength(1);
    const lookupCalls = w.slack.callsTo('conversations.history').length - historyBefore;
    expect(lookupCalls).toBeLessThanOrEqual(25);
    w.slack.expectMessage(isShiftPost('2026-06-05'), 'the one shift post');
    w.slack.assertNoUnexpectedMessages();
  });
});

describe('a failed Slack lookup never shrinks the on-call group', () => {
  /** Alice on Primary and Bob on Secondary all day; @oncall holds both from yesterday. */
  async function twoSchedules(): Promise<World> {
    const w = await world({ seedOnCalls: false });
    w.pd.addSchedule({ id: 'PSCHED2', name: 'Secondary', timeZone: 'Asia/Tokyo' });
    const on = (userId: string, scheduleId: string) =>
      w.pd.addOnCall({
        userId,
        scheduleId,
        escalationPolicyId: 'PPOLICY',
        level: 1,
        start: JST('2026-06-04T10:00'),
        end: JST('2026-06-06T10:00'),
      });
    on('PALICE1', 'PSCHED1');
    on('PBOB001', 'PSCHED2');
    w.slack.addUserGroup({ id: 'S0ONCALL', handle: 'oncall', users: ['U0ALICE', 'U0BOB'] });
    return w;
  }
  const both = {
    targets: { scheduleIds: ['PSCHED1', 'PSCHED2'], escalationPolicyIds: [], levels: [] },
    userGroup: 'S0ONCALL',
  };
  const bobsLookup = (params: Record<string, unknown>) => params.email === 'bob@example.com';

  it('a lookup that keeps failing: Bob keeps his seat, is shown by name, and the run says so and fails', async () => {
    const w = await twoSchedules();
    w.slack.injectWhen('users.lookupByEmail', bobsLookup, SERVER_ERROR, 100);
    const result = await w.run(both);
    expect(w.slack.userGroupMembers('S0ONCALL')).toEqual(['U0ALICE', 'U0BOB']);
    expect(result.exitCode).toBe(1);
    expect(result.lookupFailed.map((u) => u.id)).toEqual(['PBOB001']);
    const post = w.slack.expectMessage(isShiftPost('2026-06-05'), 'the shift post');
    w.slack.assertNoUnexpectedMessages();
    expect(blockText(post)).toContain('Bob Brown');
    expect(w.log.text()).toContain('could not look up Bob Brown in Slack');
    expect(w.log.text()).toContain('nobody is removed from the group');
  });

  it('a lookup that fails through one round of retries is asked again and Bob is mentioned', async () => {
    const w = await twoSchedules();
    w.slack.injectWhen('users.lookupByEmail', bobsLookup, SERVER_ERROR, 4);
    const result = await w.run(both);
    expect(result.exitCode).toBe(0);
    expect(result.oncallUserIds.sort()).toEqual(['U0ALICE', 'U0BOB']);
    expect(w.slack.userGroupMembers('S0ONCALL').sort()).toEqual(['U0ALICE', 'U0BOB']);
    expect(w.slack.callsTo('usergroups.users.update')).toHaveLength(0);
  });
});

describe('compareTs', () => {
  it.each([
    ['1700000000.000100', '1700000000.000099', 1],
    ['1700000000.000100', '1700000000.0001', 0],
    ['999999999.999999', '1000000000.000000', -1],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(compareTs(a, b)).toBe(expected);
  });
});
