/**
 * The daily shift post end to end: FakePagerDuty + FakeSlack on 127.0.0.1, the real SDKs through the real adapters,
 * a FakeClock. Every test asserts the exact messages the fake Slack saw and fails on any other.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeSlack, type FakeMessage } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import { createSlackClient } from '../src/slack/client.js';
import { UserDirectory } from '../src/slack/user-directory.js';
import { compareTs, runShift, type ShiftSettings } from '../src/shift/run.js';

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
async function world(options: { seedOnCalls?: boolean; now?: string } = {}): Promise<World> {
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
    { clock },
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
      return runShift({ ...clients(), clock, log }, { ...settings, ...overrides });
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
    const w = await world();
    const results = await Promise.all([w.run({ runId: 'run-a' }), w.run({ runId: 'run-b' })]);
    w.slack.expectMessage(isShiftPost('2026-06-05'), 'the one shift post');
    w.slack.assertNoUnexpectedMessages();
    expect(results.map((r) => r.status).sort()).toEqual(['already-posted', 'posted']);
    expect(results[0]!.messageTs).toBe(results[1]!.messageTs);
  });

  it('S11 the run whose post is not the earliest detects the duplicate and names it', async () => {
    const w = await world();
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

describe('compareTs', () => {
  it.each([
    ['1700000000.000100', '1700000000.000099', 1],
    ['1700000000.000100', '1700000000.0001', 0],
    ['999999999.999999', '1000000000.000000', -1],
  ])('compares %s with %s as %i', (a, b, expected) => {
    expect(compareTs(a, b)).toBe(expected);
  });
});
