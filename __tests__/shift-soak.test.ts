/**
 * L2: 30 simulated days of the daily-shift workflow (a scheduled run and a backup run ~30 min later, both late by a
 * random delay), with 5 % of scheduled runs dropped and 2 % of Slack calls answering 5xx. Exactly one shift post
 * every day. Deterministic: a seeded pseudo-random generator and a FakeClock.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { seededRandom as prng } from '../src/fakes/random.js';
import type { Fault } from '../src/fakes/server.js';
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

const SLACK_METHODS = [
  'conversations.history',
  'chat.postMessage',
  'users.lookupByEmail',
  'chat.getPermalink',
];

const NAMES = ['alice', 'bob', 'dana'];
const slackUsers = () =>
  NAMES.map((n, i) => ({ id: `U0${n.toUpperCase()}${i}`, name: n, email: `${n}@example.com` }));

/** Weekly rotation alice → bob → dana from Monday 25 May 10:00 JST, with a 14:00–18:00 override every Wednesday. */
function seedRotation(pd: FakePagerDuty, weeks = 7): void {
  const people = NAMES.map((n) => pd.addUser({ name: n, email: `${n}@example.com` }));
  const schedule = pd.addSchedule({ id: 'PSOAK01', name: 'Primary', timeZone: 'Asia/Tokyo' });
  const policy = pd.addEscalationPolicy({
    name: 'Platform',
    rules: [{ targets: [{ type: 'schedule', id: schedule.id }] }],
  });
  for (let week = 0; week < weeks; week++) {
    const from = zonedInstant(addDays({ year: 2026, month: 5, day: 25 }, week * 7), '10:00', 'Asia/Tokyo');
    const to = zonedInstant(addDays({ year: 2026, month: 5, day: 25 }, week * 7 + 7), '10:00', 'Asia/Tokyo');
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
}

describe('L2 30-day soak of the daily shift post', () => {
  const clock = new FakeClock('2026-06-01T00:00:00Z');
  const pd = new FakePagerDuty({ clock, timeZone: 'Asia/Tokyo' });
  const slack = new FakeSlack(
    {
      users: slackUsers(),
      channels: [{ id: CHANNEL, name: 'oncall' }],
    },
    { clock },
  );
  const start = { year: 2026, month: 6, day: 1 };

  beforeAll(async () => {
    seedRotation(pd);
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

/**
 * L3: the shift post with every follow-up switched on (handover notice, topic, user group), under faults on every
 * Slack method (5xx, connections reset before or after Slack acted), late, dropped and doubled runs (two at once).
 * Invariants, checked after every run and every day: at most one post, one notice and one topic change per shift;
 * a run that exited 0 left the post, its notice, the topic and the user group complete; every day that ends
 * incomplete had its last run exit non-zero. `SHIFT_SOAK_DAYS` runs it longer; the seed is printed on failure.
 */
describe('L3 soak: follow-ups, simultaneous runs and faults on every write', () => {
  const days = Number(process.env.SHIFT_SOAK_DAYS ?? 60);
  const seed = Number(process.env.SHIFT_SOAK_SEED ?? 20260701);
  const channel = 'C0SOAK002';
  const clock = new FakeClock('2026-06-01T00:00:00Z');
  const pd = new FakePagerDuty({ clock, timeZone: 'Asia/Tokyo' });
  const slack = new FakeSlack(
    {
      users: slackUsers(),
      channels: [{ id: channel, name: 'oncall' }],
      userGroups: [{ id: 'S0ONCALL', handle: 'oncall', users: ['U0BOB1'] }],
    },
    { clock },
  );
  const methods = [
    'conversations.history',
    'conversations.replies',
    'chat.postMessage',
    'chat.scheduleMessage',
    'chat.scheduledMessages.list',
    'chat.deleteScheduledMessage',
    'chat.delete',
    'conversations.setTopic',
    'users.lookupByEmail',
    'usergroups.users.list',
    'usergroups.users.update',
    'chat.getPermalink',
  ];
  const faults: Fault[] = [
    { kind: 'status', status: 503, body: '<html><body>503 Service Unavailable</body></html>' },
    { kind: 'reset' },
    { kind: 'reset-after-handling' },
  ];

  beforeAll(async () => {
    seedRotation(pd, Math.ceil(days / 7) + 3);
    await Promise.all([pd.start(), slack.start()]);
  });
  afterAll(async () => {
    await Promise.all([pd.stop(), slack.stop()]);
  });

  /** The person on call from the day's 10:00 handover: the rotation's week, counted from Monday 25 May. */
  function expectedOnCall(d: number): string {
    const week = Math.floor((d + 7) / 7);
    return slackUsers()[week % 3]!.id;
  }

  it(`holds its invariants over ${days} days`, async () => {
    const random = prng(seed);
    const settings: ShiftSettings = {
      targets: { scheduleIds: ['PSOAK01'], escalationPolicyIds: [], levels: [] },
      channel,
      timeZone: 'Asia/Tokyo',
      handover: '10:00',
      language: 'en',
      businessDaysOnly: false,
      holidays: [],
      userGroup: 'S0ONCALL',
      updateTopic: true,
      handoverNotice: true,
      upcomingWithinMs: 2 * 3600_000,
      dryRun: false,
    };
    const start = { year: 2026, month: 6, day: 1 };
    const counts = { runs: 0, simultaneous: 0, dropped: 0, faults: 0, failedRuns: 0, incompleteDays: 0 };
    const violations: string[] = [];
    const runOnce = async (): Promise<number> => {
      const log = new MemoryLogger();
      const pagerduty = createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock, log });
      const slackApi = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log });
      counts.runs += 1;
      try {
        const users = new UserDirectory({ slack: slackApi, log });
        return (await runShift({ pagerduty, slack: slackApi, users, clock, log }, settings)).exitCode;
      } catch {
        return 1;
      }
    };

    for (let d = 0; d < days; d++) {
      const date = isoDate(addDays(start, d));
      const topicsBefore = slack.topicChanges(channel).length;
      const state = () => {
        const posts = slack
          .messages(channel)
          .filter((m) => m.threadTs === undefined && m.metadata?.payload.shift_date === date);
        const notices = posts.flatMap((p) => slack.messages(channel).filter((m) => m.threadTs === p.ts));
        const topics = slack.topicChanges(channel).length - topicsBefore;
        const group = slack.userGroupMembers('S0ONCALL');
        return { posts, notices, topics, group };
      };
      const complete = () => {
        const s = state();
        return (
          s.posts.length === 1 &&
          s.notices.length === 1 &&
          s.topics === 1 &&
          s.group.length === 1 &&
          s.group[0] === expectedOnCall(d)
        );
      };
      const check = (exitCodes: number[]) => {
        const s = state();
        if (s.posts.length > 1) violations.push(`${date}: ${s.posts.length} posts`);
        if (s.notices.length > 1) violations.push(`${date}: ${s.notices.length} handover notices`);
        if (s.topics > 1) violations.push(`${date}: ${s.topics} topic changes`);
        if (exitCodes.includes(0) && !complete())
          violations.push(
            `${date}: a run exited 0 but the day is incomplete: ${JSON.stringify({ ...s, posts: s.posts.length, notices: s.notices.length })}`,
          );
      };
      const times = [
        zonedInstant(addDays(start, d), '10:07', 'Asia/Tokyo').getTime() + Math.floor(random() * 50) * MINUTE,
        zonedInstant(addDays(start, d), '10:37', 'Asia/Tokyo').getTime() + Math.floor(random() * 50) * MINUTE,
      ].sort((a, b) => a - b);
      let last: number[] = [];
      for (const at of times) {
        if (random() < 0.05) {
          counts.dropped += 1;
          continue;
        }
        for (const method of methods) {
          if (random() < 0.06) {
            // Bursts of up to 6 calls: longer than the client's retries, so some runs fail and later runs repair.
            const times = 1 + Math.floor(random() * 6);
            counts.faults += times;
            slack.inject(method, faults[Math.floor(random() * faults.length)]!, times);
          }
        }
        clock.set(new Date(Math.max(at, clock.now().getTime())));
        const together = random() < 0.15 ? 2 : 1;
        if (together > 1) counts.simultaneous += 1;
        last = await Promise.all(Array.from({ length: together }, () => runOnce()));
        counts.failedRuns += last.filter((c) => c !== 0).length;
        slack.server.clearFaults();
        check(last);
      }
      if (!complete()) {
        counts.incompleteDays += 1;
        // A day whose runs were all dropped needs a manual run; otherwise its last run must have failed.
        if (last.length > 0 && !last.some((c) => c !== 0))
          violations.push(`${date}: incomplete although its last run exited 0`);
      }
    }
    // Claims never outlive their runs (a placeholder would otherwise be posted 90 days later).
    if (slack.scheduledMessages(channel).length > 0)
      violations.push(`${slack.scheduledMessages(channel).length} claims left behind`);

    if (violations.length > 0) {
      throw new Error(`seed ${seed}: ${violations.length} violation(s):\n${violations.join('\n')}`);
    }
    expect(counts.faults).toBeGreaterThan(0);
    expect(counts.simultaneous).toBeGreaterThan(0);
    expect(counts.incompleteDays).toBeLessThan(days / 4);
    console.log(
      `shift soak (seed ${seed}): ${days} days, ${JSON.stringify(counts)}, deleted duplicates ${slack.deleted.length}, violations 0`,
    );
  }, 120_000);
});
