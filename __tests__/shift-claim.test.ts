/**
 * The shift claim against the Slack fake's scheduled messages: who wins, what counts as stale, what is removed.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import {
  CLAIM_STALE_S,
  claimApi,
  claimOrder,
  claimPending,
  claimShift,
  claimText,
  readClaim,
  releaseClaims,
  type ClaimApi,
} from '../src/shift/claim.js';
import { createSlackClient } from '../src/slack/client.js';
import { offlineSlack } from '../src/slack/offline.js';

const CHANNEL = 'C0CLAIM01';
const target = (runId: string) => ({ channel: CHANNEL, key: 'k1', shiftDate: '2026-06-05', runId });

const fakes: FakeSlack[] = [];
afterEach(async () => {
  for (const f of fakes.splice(0)) await f.stop();
});

async function setup(): Promise<{ slack: FakeSlack; api: ClaimApi; clock: FakeClock; log: MemoryLogger }> {
  const clock = new FakeClock('2026-06-05T01:07:00Z');
  const slack = new FakeSlack({ channels: [{ id: CHANNEL, name: 'oncall' }] }, { clock });
  await slack.start();
  fakes.push(slack);
  const log = new MemoryLogger();
  const api = claimApi(createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log }))!;
  return { slack, api, clock, log };
}

describe('shift claims', () => {
  it('reads back what it writes, and nothing else', () => {
    expect(readClaim(claimText(target('run-1')))).toEqual({
      key: 'k1',
      shiftDate: '2026-06-05',
      runId: 'run-1',
    });
    expect(readClaim('Reminder: stand-up at 10')).toBeUndefined();
  });

  it('orders by date_created, then id, the same way whichever comes first', () => {
    const claim = (id: string, dateCreated: number) => ({
      id,
      channel: CHANNEL,
      postAt: 0,
      dateCreated,
      text: '',
    });
    expect([claim('Q2', 10), claim('Q1', 11), claim('Q3', 10)].sort(claimOrder).map((c) => c.id)).toEqual([
      'Q2',
      'Q3',
      'Q1',
    ]);
    // Any two claims are ordered one way, and a claim against itself is neither before nor after.
    expect(Math.sign(claimOrder(claim('Q2', 10), claim('Q3', 10)))).toBe(-1);
    expect(Math.sign(claimOrder(claim('Q3', 10), claim('Q2', 10)))).toBe(1);
    expect(Math.sign(claimOrder(claim('Q3', 10), claim('Q3', 10)))).toBe(0);
    expect(Math.sign(claimOrder(claim('Q9', 10), claim('Q1', 11)))).toBe(-1);
  });

  it('the earlier claim wins; both runs agree', async () => {
    const { api, clock, log } = await setup();
    const [a, b] = await Promise.all([
      claimShift(api, clock, log, target('run-a')),
      claimShift(api, clock, log, target('run-b')),
    ]);
    const won = [a, b].find((o) => o.kind === 'won');
    const lost = [a, b].find((o) => o.kind === 'lost');
    expect(won?.kind === 'won' && lost?.kind === 'lost').toBe(true);
    if (won?.kind === 'won' && lost?.kind === 'lost') expect(lost.winner.id).toBe(won.claim.id);
  });

  it('claims for another shift or target do not compete', async () => {
    const { api, clock, log } = await setup();
    await claimShift(api, clock, log, { ...target('other'), shiftDate: '2026-06-06' });
    await claimShift(api, clock, log, { ...target('other-team'), key: 'k2' });
    expect((await claimShift(api, clock, log, target('run-a'))).kind).toBe('won');
  });

  it(`a claim older than ${CLAIM_STALE_S / 60} min is deleted and ignored`, async () => {
    const { slack, api, clock, log } = await setup();
    await claimShift(api, clock, log, target('crashed'));
    clock.advance((CLAIM_STALE_S + 60) * 1000);
    expect((await claimShift(api, clock, log, target('run-a'))).kind).toBe('won');
    expect(slack.scheduledMessages(CHANNEL).map((m) => readClaim(m.text)?.runId)).toEqual(['run-a']);
  });

  it('a younger claim of another run still wins over a later one', async () => {
    const { api, clock, log } = await setup();
    await claimShift(api, clock, log, target('slow'));
    clock.advance((CLAIM_STALE_S - 60) * 1000);
    expect((await claimShift(api, clock, log, target('run-a'))).kind).toBe('lost');
  });

  it('release removes every claim of the run, including one whose answer was lost', async () => {
    const { slack, api, clock, log } = await setup();
    slack.inject('chat.scheduleMessage', { kind: 'reset-after-handling' });
    const outcome = await claimShift(api, clock, log, target('run-a'));
    expect(outcome.kind).toBe('won');
    expect(slack.scheduledMessages(CHANNEL)).toHaveLength(1);
    await releaseClaims(api, log, target('run-a'));
    expect(slack.scheduledMessages(CHANNEL)).toEqual([]);
  });

  it('the fake refuses a post_at in the past or more than 120 days ahead, as Slack does', async () => {
    const { api, clock } = await setup();
    const now = Math.floor(clock.now().getTime() / 1000);
    await expect(api.scheduleMessage(CHANNEL, 'x', now - 10)).rejects.toThrow(/time_in_past/);
    await expect(api.scheduleMessage(CHANNEL, 'x', now + 121 * 86_400)).rejects.toThrow(/time_too_far/);
  });
});

describe('shift claims when Slack fails', () => {
  it('a claim Slack refuses twice is made on the third try', async () => {
    const { slack, api, clock, log } = await setup();
    slack.failWith('chat.scheduleMessage', 'internal_error', 2);
    expect((await claimShift(api, clock, log, target('run-a'))).kind).toBe('won');
    expect(slack.callsTo('chat.scheduleMessage')).toHaveLength(3);
    expect(slack.scheduledMessages(CHANNEL)).toHaveLength(1);
  });

  it('after three refusals the run goes on without a claim and says why', async () => {
    const { slack, api, clock, log } = await setup();
    slack.failWith('chat.scheduleMessage', 'internal_error', 3);
    const outcome = await claimShift(api, clock, log, target('run-a'));
    expect(outcome.kind).toBe('unavailable');
    if (outcome.kind === 'unavailable') expect(outcome.reason).toContain('internal_error');
    expect(slack.callsTo('chat.scheduleMessage')).toHaveLength(3);
  });

  it('when the claims cannot be listed after the wait, the run goes on without a claim', async () => {
    const { slack, api, clock, log } = await setup();
    // The claim is made (the adapter checks it through its own listing); only the comparison's listing fails.
    const failingList: ClaimApi = {
      ...api,
      listScheduledMessages: async () => {
        throw new Error('list refused');
      },
    };
    const outcome = await claimShift(failingList, clock, log, target('run-a'));
    expect(outcome).toEqual({ kind: 'unavailable', reason: expect.stringContaining('list refused') });
    expect(slack.scheduledMessages(CHANNEL)).toHaveLength(1);
  });

  it(`a claim exactly ${CLAIM_STALE_S / 60} min older than ours still competes, and is kept`, async () => {
    const { slack, api, clock, log } = await setup();
    await claimShift(api, clock, log, target('slow'));
    const [slow] = slack.scheduledMessages(CHANNEL);
    clock.set(new Date((slow!.dateCreated + CLAIM_STALE_S) * 1000));
    expect((await claimShift(api, clock, log, target('run-a'))).kind).toBe('lost');
    expect(slack.scheduledMessages(CHANNEL).map((m) => readClaim(m.text)?.runId)).toContain('slow');
  });

  it('a stale claim that cannot be deleted is still ignored, and the failure is logged', async () => {
    const { slack, api, clock, log } = await setup();
    await claimShift(api, clock, log, target('crashed'));
    clock.advance((CLAIM_STALE_S + 60) * 1000);
    slack.failWith('chat.deleteScheduledMessage', 'internal_error', 10);
    expect((await claimShift(api, clock, log, target('run-a'))).kind).toBe('won');
    expect(log.lines.some((l) => l.message.includes('Could not remove the stale claim'))).toBe(true);
  });

  it('the losing run learns its own claim and the winner', async () => {
    const { api, clock, log } = await setup();
    await claimShift(api, clock, log, target('first'));
    const outcome = await claimShift(api, clock, log, target('second'));
    expect(outcome.kind).toBe('lost');
    if (outcome.kind === 'lost') {
      expect(readClaim(outcome.claim.text)?.runId).toBe('second');
      expect(readClaim(outcome.winner.text)?.runId).toBe('first');
    }
  });

  it('a claim is pending until its run releases it', async () => {
    const { api, clock, log } = await setup();
    const outcome = await claimShift(api, clock, log, target('run-a'));
    if (outcome.kind !== 'won') throw new Error(`expected to win, got ${outcome.kind}`);
    expect(await claimPending(api, CHANNEL, outcome.claim.id)).toBe(true);
    await releaseClaims(api, log, target('run-a'), outcome.claim);
    expect(await claimPending(api, CHANNEL, outcome.claim.id)).toBe(false);
  });

  it('release never throws; a claim it cannot remove is reported', async () => {
    const { slack, api, clock, log } = await setup();
    await claimShift(api, clock, log, target('run-a'));
    slack.failWith('chat.deleteScheduledMessage', 'internal_error', 10);
    await expect(releaseClaims(api, log, target('run-a'))).resolves.toBeUndefined();
    expect(slack.scheduledMessages(CHANNEL)).toHaveLength(1);
    expect(
      log.lines
        .filter((l) => l.level === 'warning')
        .map((l) => l.message)
        .join('\n'),
    ).toMatch(new RegExp(`claim in ${CHANNEL} .*removes it once it is ${CLAIM_STALE_S / 60} min old`));
  });

  it('an adapter without every scheduled-message call makes no claims', async () => {
    const { api } = await setup();
    const offline = offlineSlack('offline');
    expect(claimApi(offline)).toBeUndefined();
    expect(claimApi({ ...offline, ...api })).toBeDefined();
    for (const missing of ['scheduleMessage', 'listScheduledMessages', 'deleteScheduledMessage'] as const) {
      expect(claimApi({ ...offline, ...api, [missing]: undefined })).toBeUndefined();
    }
  });
});

describe('shift claims among other scheduled messages', () => {
  const claimsOf = (slack: FakeSlack) =>
    slack
      .scheduledMessages(CHANNEL)
      .map((m) => readClaim(m.text)?.runId)
      .filter((runId) => runId !== undefined);
  const remind = (api: ClaimApi, clock: FakeClock) =>
    api.scheduleMessage(
      CHANNEL,
      'Reminder: stand-up at 10',
      Math.floor(clock.now().getTime() / 1000) + 86_400,
    );

  it('a claim is scheduled days ahead, so it is never posted while a run could need it, and says what it is', async () => {
    const { slack, api, clock, log } = await setup();
    await claimShift(api, clock, log, target('run-a'));
    const [claim] = slack.scheduledMessages(CHANNEL);
    expect(claim!.postAt - clock.now().getTime() / 1000).toBeGreaterThan(7 * 86_400);
    expect(claim!.text).toMatch(/^oncall-shift-claim k1 2026-06-05 run-a .*removed automatically/);
  });

  it('text that only contains a claim is not a claim', () => {
    expect(readClaim(`Forwarded: ${claimText(target('run-a'))}`)).toBeUndefined();
  });

  it('after a lost answer the run finds its own claim, not another scheduled message', async () => {
    const { slack, api, clock, log } = await setup();
    await remind(api, clock);
    slack.inject('chat.scheduleMessage', { kind: 'reset-after-handling' });
    const outcome = await claimShift(api, clock, log, target('run-a'));
    expect(outcome.kind).toBe('won');
    if (outcome.kind === 'won') expect(readClaim(outcome.claim.text)?.runId).toBe('run-a');
    expect(claimsOf(slack)).toEqual(['run-a']);
  });

  it('other scheduled messages, recent or older than a stale claim, neither compete nor are deleted', async () => {
    const { slack, api, clock, log } = await setup();
    await remind(api, clock);
    clock.advance((CLAIM_STALE_S + 60) * 1000);
    await remind(api, clock);
    expect((await claimShift(api, clock, log, target('run-a'))).kind).toBe('won');
    expect(slack.scheduledMessages(CHANNEL).filter((m) => m.text.startsWith('Reminder'))).toHaveLength(2);
  });

  it('says which stale claim it removed', async () => {
    const { api, clock, log } = await setup();
    await claimShift(api, clock, log, target('crashed'));
    clock.advance((CLAIM_STALE_S + 60) * 1000);
    await claimShift(api, clock, log, target('run-a'));
    expect(log.lines.map((l) => l.message)).toContain(
      'Removed a claim left by a run that did not finish (2026-06-05, run crashed).',
    );
  });

  it('competes with its own claim when the listing does not show it yet, and wins over a later one', async () => {
    const { api, clock, log } = await setup();
    const lagging = (runId: string): ClaimApi => ({
      ...api,
      listScheduledMessages: async (channel) =>
        (await api.listScheduledMessages(channel)).filter((m) => readClaim(m.text)?.runId !== runId),
    });
    expect((await claimShift(lagging('run-a'), clock, log, target('run-a'))).kind).toBe('won');
    // A second run's claim made while the first waits, which the first run's listing shows.
    const racing: ClaimApi = {
      ...lagging('run-b'),
      listScheduledMessages: async (channel) => {
        clock.advance(1000);
        await api.scheduleMessage(
          channel,
          claimText(target('run-c')),
          Math.floor(clock.now().getTime() / 1000) + 86_400,
        );
        return lagging('run-b').listScheduledMessages(channel);
      },
    };
    await releaseClaims(api, log, target('run-a'));
    expect((await claimShift(racing, clock, log, target('run-b'))).kind).toBe('won');
  });

  it('the earliest claim wins whatever order Slack lists them in', async () => {
    const { api, clock, log } = await setup();
    await claimShift(api, clock, log, target('first'));
    const reversed: ClaimApi = {
      ...api,
      listScheduledMessages: async (channel) => (await api.listScheduledMessages(channel)).reverse(),
    };
    const outcome = await claimShift(reversed, clock, log, target('second'));
    expect(outcome.kind).toBe('lost');
    if (outcome.kind === 'lost') expect(readClaim(outcome.winner.text)?.runId).toBe('first');
  });

  it('release removes only this run’s claims; the others stay, and stay pending', async () => {
    const { slack, api, clock, log } = await setup();
    await remind(api, clock);
    await claimShift(api, clock, log, { ...target('other'), shiftDate: '2026-06-06' });
    const outcome = await claimShift(api, clock, log, target('run-a'));
    if (outcome.kind !== 'won') throw new Error(`expected to win, got ${outcome.kind}`);
    await releaseClaims(api, log, target('run-a'), outcome.claim);
    expect(claimsOf(slack)).toEqual(['other']);
    expect(slack.scheduledMessages(CHANNEL).some((m) => m.text.startsWith('Reminder'))).toBe(true);
    expect(await claimPending(api, CHANNEL, outcome.claim.id)).toBe(false);
    expect(log.lines.filter((l) => l.level === 'warning')).toEqual([]);
  });

  it('release removes the claim it knows even when the listing does not show it yet', async () => {
    const { slack, api, clock, log } = await setup();
    const outcome = await claimShift(api, clock, log, target('run-a'));
    if (outcome.kind !== 'won') throw new Error(`expected to win, got ${outcome.kind}`);
    await releaseClaims(
      { ...api, listScheduledMessages: async () => [] },
      log,
      target('run-a'),
      outcome.claim,
    );
    expect(slack.scheduledMessages(CHANNEL)).toEqual([]);
  });
});
