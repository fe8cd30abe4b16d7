import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  REMINDER_EVENT_TYPE,
  remindIncident,
  runRemindSweep,
  type RemindSettings,
} from '../src/alert/remind.js';
import { runAlert } from '../src/alert/run.js';
import type { IncidentLock } from '../src/alert/lookup.js';
import type { FakeIncident } from '../src/fakes/pagerduty.js';
import { parseMrkdwn } from '../src/slack/mrkdwn.js';
import { allText, CHANNEL, makeAssistWorld, ONCALL_GROUP, type AssistWorld } from './support/assist-world.js';

let world: AssistWorld;
const MINUTE = 60_000;
const noLock: IncidentLock = (_key, work) => work();
const settings: RemindSettings = { channel: CHANNEL, userGroupId: ONCALL_GROUP, maxReminders: 3 };

beforeEach(async () => {
  world = await makeAssistWorld();
});
afterEach(async () => {
  await world.stop();
});

/** A disk-full incident (remind_after: 5m) triggered now and posted by the alert path. */
async function triggered(title = 'DiskFull on db-1'): Promise<{ incident: FakeIncident; topTs: string }> {
  const incident = world.incident(title);
  const result = await runAlert(world.deps, world.settings, world.dispatch(incident, 'incident.triggered'));
  return { incident, topTs: result.threadTs! };
}

function reminders(topTs: string) {
  return world.replies(topTs).filter((r) => r.metadata?.eventType === REMINDER_EVENT_TYPE);
}

function mentions(m: { text: string; blocks?: never[] } | Parameters<typeof allText>[0]) {
  return parseMrkdwn(allText(m)).flatMap((t) =>
    t.kind === 'user' ? [t.userId] : t.kind === 'usergroup' ? [`group:${t.id}`] : [],
  );
}

describe('oncall remind (the sweep)', () => {
  it('reminds once remind_after has passed without an acknowledgement, mentioning the on-call again', async () => {
    const { incident, topTs } = await triggered();
    world.clock.advance(4 * MINUTE);
    expect((await runRemindSweep(world.deps, settings)).reminded).toEqual([]);
    world.clock.advance(MINUTE);
    const result = await runRemindSweep(world.deps, settings);
    expect(result.reminded).toEqual([{ incidentId: incident.id, number: 1, ts: expect.any(String) }]);
    const sent = reminders(topTs);
    expect(sent).toHaveLength(1);
    expect(new Set(mentions(sent[0]!))).toEqual(new Set(['U0ALICE']));
    expect(allText(sent[0]!)).toContain('Reminder 1 of 3');
    // The next sweep a minute later: the second is due 5 minutes after the first.
    world.clock.advance(MINUTE);
    const next = await runRemindSweep(world.deps, settings);
    expect(next.reminded).toEqual([]);
    expect(next.nextDueAt?.getTime()).toBe(Number(sent[0]!.ts) * 1000 + 5 * MINUTE);
    expect(result.undone).toEqual([]);
  });

  it('sends at most K reminders, and mentions the @oncall group only after the second', async () => {
    const { topTs } = await triggered();
    for (let i = 0; i < 6; i++) {
      world.clock.advance(5 * MINUTE);
      await runRemindSweep(world.deps, settings);
    }
    const sent = reminders(topTs);
    expect(sent.map((m) => m.metadata?.payload.reminder)).toEqual([1, 2, 3]);
    expect(sent.map((m) => mentions(m).includes(`group:${ONCALL_GROUP}`))).toEqual([false, false, true]);
    expect(sent.every((m) => mentions(m).includes('U0ALICE'))).toBe(true);
  });

  it('never reminds after an acknowledgement or a resolution', async () => {
    const acked = await triggered('DiskFull on db-1');
    const resolved = await triggered('KubePodCrashLooping api-1');
    await runAlert(world.deps, world.settings, world.dispatch(acked.incident, 'incident.acknowledged'));
    await runAlert(world.deps, world.settings, world.dispatch(resolved.incident, 'incident.resolved'));
    world.clock.advance(30 * MINUTE);
    const result = await runRemindSweep(world.deps, { ...settings, defaultRemindAfterSeconds: 300 });
    expect(result.reminded).toEqual([]);
    expect(reminders(acked.topTs)).toEqual([]);
    expect(reminders(resolved.topTs)).toEqual([]);
  });

  it('reads PagerDuty again before posting: an acknowledgement after the listing stops the reminder', async () => {
    const { incident, topTs } = await triggered();
    world.clock.advance(6 * MINUTE);
    const listed = await world.deps.pagerduty.getIncident(incident.id);
    world.pd.getIncident(incident.id)!.status = 'acknowledged';
    const outcome = await remindIncident(world.deps, settings, incident.id, listed);
    expect(outcome).toEqual({ kind: 'done', reason: 'the incident is acknowledged' });
    expect(reminders(topTs)).toEqual([]);
  });

  it('sends one reminder, not one per missed slot, when the sweep runs 47 minutes late', async () => {
    const { topTs } = await triggered();
    world.clock.advance(47 * MINUTE);
    await runRemindSweep(world.deps, settings);
    await runRemindSweep(world.deps, settings);
    expect(reminders(topTs).map((m) => m.metadata?.payload.reminder)).toEqual([1]);
  });

  it('reminds once when two sweeps run at the same moment', async () => {
    const { topTs } = await triggered();
    world.clock.advance(5 * MINUTE);
    const deps = { ...world.deps, incidentLock: noLock };
    const [a, b] = await Promise.all([runRemindSweep(deps, settings), runRemindSweep(deps, settings)]);
    expect(reminders(topTs)).toHaveLength(1);
    expect(a.reminded.length + b.reminded.length).toBe(1);
    // Both sweeps posted (the incident message and two reminders); the later copy was removed.
    expect(world.slack.callsTo('chat.postMessage')).toHaveLength(3);
    expect(world.slack.callsTo('chat.delete')).toHaveLength(1);
  });

  it('sends nothing and reports work left undone when PagerDuty cannot be read', async () => {
    const { topTs } = await triggered();
    world.clock.advance(6 * MINUTE);
    world.pd.server.inject(
      { method: 'GET', path: '/incidents', times: Infinity },
      { kind: 'status', status: 500, body: { error: { message: 'down' } } },
    );
    const result = await runRemindSweep(world.deps, settings);
    expect(result.reminded).toEqual([]);
    expect(result.undone).toEqual([expect.stringContaining('list the open incidents in PagerDuty')]);
    expect(reminders(topTs)).toEqual([]);
  });

  it('sends nothing for an incident whose re-read fails, and reports it', async () => {
    const { incident, topTs } = await triggered();
    world.clock.advance(6 * MINUTE);
    world.pd.server.inject(
      { method: 'GET', path: `/incidents/${incident.id}`, times: Infinity },
      { kind: 'status', status: 500, body: { error: { message: 'down' } } },
    );
    const result = await runRemindSweep(world.deps, settings);
    expect(result.undone).toEqual([expect.stringContaining(`remind about incident ${incident.id}`)]);
    expect(reminders(topTs)).toEqual([]);
  });

  it("uses the default for runbooks without remind_after, and only runbooks' own when there is no default", async () => {
    const { topTs } = await triggered('KubePodCrashLooping api-1');
    world.clock.advance(11 * MINUTE);
    await runRemindSweep(world.deps, settings);
    expect(reminders(topTs)).toEqual([]);
    await runRemindSweep(world.deps, { ...settings, defaultRemindAfterSeconds: 600 });
    expect(reminders(topTs)).toHaveLength(1);
  });

  it('reminds a storm once, through its first incident', async () => {
    const first = await triggered('DiskFull on db-1');
    await triggered('DiskFull on db-2');
    world.clock.advance(5 * MINUTE);
    const result = await runRemindSweep(world.deps, settings);
    expect(result.reminded.map((r) => r.incidentId)).toEqual([first.incident.id]);
    expect(reminders(first.topTs)).toHaveLength(1);
  });

  it('shows an alert title as literal text: the only live mentions are the ones looked up', async () => {
    const { topTs } = await triggered('DiskFull <!channel> <@U0ADMIN> <https://evil.example|click> & <b>');
    world.clock.advance(5 * MINUTE);
    await runRemindSweep(world.deps, settings);
    const [reminder] = reminders(topTs);
    expect(new Set(mentions(reminder!))).toEqual(new Set(['U0ALICE']));
    const tokens = parseMrkdwn(allText(reminder!));
    expect(tokens.some((t) => t.kind === 'broadcast')).toBe(false);
    expect(allText(reminder!)).toContain('&lt;!channel&gt;');
  });

  it('speaks the channel language', async () => {
    const { topTs } = await triggered();
    world.clock.advance(5 * MINUTE);
    await runRemindSweep(world.deps, { ...settings, language: 'ja' });
    expect(allText(reminders(topTs)[0]!)).toContain('リマインド 1/3');
  });

  it('shows the reminder in a dry run and posts nothing', async () => {
    await triggered();
    world.clock.advance(5 * MINUTE);
    const before = world.slack.messages().length;
    const result = await runRemindSweep(world.deps, { ...settings, dryRun: true });
    expect(result.reminded).toHaveLength(1);
    expect(allText(result.messages[0]!)).toContain('Reminder 1 of 3');
    expect(world.slack.messages()).toHaveLength(before);
  });
});
