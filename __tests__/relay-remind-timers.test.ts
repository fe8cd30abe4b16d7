import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { REMINDER_EVENT_TYPE, runRemindSweep } from '../src/alert/remind.js';
import { createDirectSink } from '../src/relay/direct.js';
import type { RelayDispatch } from '../src/relay/handler.js';
import { createReminderTimers, type ReminderTimers } from '../src/relay/remind-timers.js';
import { CHANNEL, makeAssistWorld, type AssistWorld } from './support/assist-world.js';

let world: AssistWorld;
let timers: ReminderTimers | undefined;
const MINUTE = 60_000;

beforeEach(async () => {
  // The clock moves only when the test moves it: a timer fires when its time has come, not before.
  world = await makeAssistWorld({ autoAdvance: false });
});
afterEach(async () => {
  timers?.stop();
  await timers?.idle();
  timers = undefined;
  await world.stop();
});

function reminderCount(): number {
  return world.slack.messages(CHANNEL).filter((m) => m.metadata?.eventType === REMINDER_EVENT_TYPE).length;
}

/** Lets timer steps (real HTTP to the fakes) run until `done` holds, within a bound. */
async function settle(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Waits until every timer sleeps (nothing in flight): a fixed number of quiet rounds. */
async function quiet(): Promise<void> {
  for (let i = 0; i < 40; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('reminder timers (direct mode)', () => {
  it('watches each incident the direct-mode relay posts, reminds when due, and stops after an acknowledgement', async () => {
    timers = createReminderTimers({ deps: world.deps, settings: { channel: CHANNEL } });
    const sink = createDirectSink({
      alert: world.deps,
      settings: world.settings,
      postIntervalMs: 0,
      reminders: timers,
    });
    const incident = world.incident('DiskFull on db-1');
    const payload = world.dispatch(incident, 'incident.triggered');
    await sink.deliver({ payload } as unknown as RelayDispatch, new AbortController().signal);
    expect(timers.watched).toBe(1);
    await quiet();
    expect(reminderCount()).toBe(0);

    world.clock.advance(5 * MINUTE);
    await settle(() => reminderCount() === 1);
    expect(reminderCount()).toBe(1);

    world.pd.getIncident(incident.id)!.status = 'acknowledged';
    await quiet();
    world.clock.advance(5 * MINUTE);
    await settle(() => timers!.watched === 0);
    expect(timers.watched).toBe(0);
    expect(reminderCount()).toBe(1);
  });

  it('sends a reminder once when the timer and the scheduled sweep both find it due', async () => {
    const incident = world.incident('DiskFull on db-1');
    const { runAlert } = await import('../src/alert/run.js');
    await runAlert(world.deps, world.settings, world.dispatch(incident, 'incident.triggered'));
    timers = createReminderTimers({ deps: world.deps, settings: { channel: CHANNEL } });
    timers.watch(incident.id);
    await quiet();
    world.clock.advance(5 * MINUTE);
    await Promise.all([runRemindSweep(world.deps, { channel: CHANNEL }), settle(() => reminderCount() > 0)]);
    await quiet();
    expect(reminderCount()).toBe(1);
  });

  it('leaves incidents beyond its bound to the scheduled sweep', () => {
    timers = createReminderTimers({ deps: world.deps, settings: { channel: CHANNEL }, maxWatched: 1 });
    timers.watch('PAAAAAA');
    timers.watch('PBBBBBB');
    expect(timers.watched).toBe(1);
    expect(world.log.lines.some((l) => l.message.includes('PBBBBBB is left to the scheduled sweep'))).toBe(
      true,
    );
  });
});

describe('the relay reminder options', () => {
  const parsed = (values: Record<string, string | boolean>) => ({ values, positionals: [] });

  it('are off unless --reminders is given, and need direct mode', async () => {
    const { directRemindSettings } = await import('../src/commands/relay-remind.js');
    expect(directRemindSettings(parsed({}), true)).toBeUndefined();
    expect(() => directRemindSettings(parsed({ reminders: true }), false)).toThrow(
      /--reminders \(ONCALL_REMINDERS\) needs direct mode/,
    );
    expect(
      directRemindSettings(
        parsed({ reminders: true, 'remind-after': '10m', 'remind-user-group': 'S0ONCALL' }),
        true,
      ),
    ).toEqual({ defaultRemindAfterSeconds: 600, userGroupId: 'S0ONCALL' });
    expect(() => directRemindSettings(parsed({ reminders: true, 'remind-after': '10 min' }), true)).toThrow(
      /Invalid --remind-after \(ONCALL_REMIND_AFTER\): expected a duration from 1m to 24h such as "10m", found "10 min"/,
    );
  });
});
