/**
 * L2: 30 simulated days of the daily-shift workflow (a scheduled run and a backup run ~30 min later, both late by a
 * random delay), with 5 % of scheduled runs dropped and 2 % of Slack calls answering 5xx. Exactly one shift post
 * every day. Deterministic: a seeded pseudo-random generator and a FakeClock.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import { createSlackClient } from '../src/slack/client.js';
import { UserDirectory } from '../src/slack/user-directory.js';
import { runShift, type ShiftSettings } from '../src/shift/run.js';
import { addDays, isoDate, zonedInstant } from '../src/shift/window.js';

const CHANNEL = 'C0SOAK001';
const DAYS = 30;
const MINUTE = 60_000;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SLACK_METHODS = [
  'conversations.history',
  'chat.postMessage',
  'users.lookupByEmail',
  'chat.getPermalink',
];

describe('L2 30-day soak of the daily shift post', () => {
  const clock = new FakeClock('2026-06-01T00:00:00Z');
  const pd = new FakePagerDuty({ clock, timeZone: 'Asia/Tokyo' });
  const slack = new FakeSlack(
    {
      users: ['alice', 'bob', 'dana'].map((n, i) => ({
        id: `U0${n.toUpperCase()}${i}`,
        name: n,
        email: `${n}@example.com`,
      })),
      channels: [{ id: CHANNEL, name: 'oncall' }],
    },
    { clock },
  );
  const start = { year: 2026, month: 6, day: 1 };

  beforeAll(async () => {
    const people = ['alice', 'bob', 'dana'].map((n) => pd.addUser({ name: n, email: `${n}@example.com` }));
    const schedule = pd.addSchedule({ id: 'PSOAK01', name: 'Primary', timeZone: 'Asia/Tokyo' });
    const policy = pd.addEscalationPolicy({
      name: 'Platform',
      rules: [{ targets: [{ type: 'schedule', id: schedule.id }] }],
    });
    // Weekly rotation from Monday 25 May 10:00 JST, with a 14:00–18:00 override every Wednesday.
    for (let week = 0; week < 7; week++) {
      const from = zonedInstant(addDays({ year: 2026, month: 5, day: 25 }, week * 7), '10:00', 'Asia/Tokyo');
      const to = zonedInstant(
        addDays({ year: 2026, month: 5, day: 25 }, week * 7 + 7),
        '10:00',
        'Asia/Tokyo',
      );
      const wednesday = addDays({ year: 2026, month: 5, day: 25 }, week * 7 + 2);
      const o1 = zonedInstant(wednesday, '14:00', 'Asia/Tokyo');
      const o2 = zonedInstant(wednesday, '18:00', 'Asia/Tokyo');
      const on = (i: number, s: Date, e: Date) =>
        pd.addOnCall({
          userId: people[i % 3]!.id,
          scheduleId: schedule.id,
          escalationPolicyId: policy.id,
          level: 1,
          start: s,
          end: e,
        });
      on(week, from, o1);
      on(week + 1, o1, o2);
      on(week, o2, to);
    }
    await Promise.all([pd.start(), slack.start()]);
  });
  afterAll(async () => {
    await Promise.all([pd.stop(), slack.stop()]);
  });

  it('posts exactly one message every day despite dropped runs and Slack 5xx', async () => {
    const random = prng(20260601);
    const settings: ShiftSettings = {
      targets: { scheduleIds: ['PSOAK01'], escalationPolicyIds: [], levels: [] },
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
    let dropped = 0;
    let injected = 0;
    let failedRuns = 0;
    const ranPerDay: number[] = [];
    for (let d = 0; d < DAYS; d++) {
      const date = addDays(start, d);
      const runs = [
        // The scheduled run (cron 10:07 JST) and the backup (10:37), each late by 0–50 min as GitHub often is.
        zonedInstant(date, '10:07', 'Asia/Tokyo').getTime() + Math.floor(random() * 50) * MINUTE,
        zonedInstant(date, '10:37', 'Asia/Tokyo').getTime() + Math.floor(random() * 50) * MINUTE,
      ].sort((a, b) => a - b);
      let ran = 0;
      for (const at of runs) {
        if (random() < 0.05) {
          dropped += 1;
          continue;
        }
        for (const method of SLACK_METHODS) {
          if (random() < 0.02) {
            injected += 1;
            slack.inject(method, {
              kind: 'status',
              status: 503,
              body: '<html><body>503 Service Unavailable</body></html>',
            });
          }
        }
        clock.set(new Date(at));
        ran += 1;
        // Each run is a fresh process: new clients, empty caches.
        const log = new MemoryLogger();
        const pagerduty = createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock, log });
        const slackApi = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log });
        try {
          const result = await runShift(
            { pagerduty, slack: slackApi, users: new UserDirectory({ slack: slackApi, log }), clock, log },
            settings,
          );
          expect(result.exitCode).toBe(0);
        } catch {
          failedRuns += 1;
        }
        slack.server.clearFaults();
      }
      ranPerDay.push(ran);
    }

    // The seed drops some runs but never both runs of a day (a day with neither would need a manual run).
    expect(dropped).toBeGreaterThan(0);
    expect(injected).toBeGreaterThan(0);
    expect(ranPerDay.every((n) => n >= 1)).toBe(true);
    for (let d = 0; d < DAYS; d++) {
      const date = isoDate(addDays(start, d));
      slack.expectMessage(
        (m) => m.threadTs === undefined && m.metadata?.payload.shift_date === date,
        `the post for ${date}`,
      );
    }
    slack.assertNoUnexpectedMessages();
    expect(slack.messages(CHANNEL)).toHaveLength(DAYS);
    expect(failedRuns).toBe(0);
    // ~60 runs through the real SDKs over loopback: allow for slow shared CI machines.
  }, 120_000);
});
