/**
 * The shift soak: simulated days of the daily-shift workflow through `runShift` against the fakes — a scheduled run
 * and a backup run, each late by a random delay, some dropped, some doubled (two runs at once), some crashed midway,
 * some on a runner clock minutes off Slack's; faults on every write (post, update, delete, handover notice, topic,
 * user group) and on the reads; a failed day is re-run until a run exits 0.
 *
 * The invariants are checked from the fake Slack's records against the rotation seeded here — never from what the
 * code under test computed.
 */
import type { Clock } from '../../src/clock.js';
import { FakeClock } from '../../src/fakes/clock.js';
import { FakePagerDuty, type FakeUser } from '../../src/fakes/pagerduty.js';
import type { RecordedCall } from '../../src/fakes/server.js';
import { FakeSlack, type FakeMessage } from '../../src/fakes/slack.js';
import { MemoryLogger } from '../../src/log.js';
import { createPagerDutyClient } from '../../src/pagerduty/client.js';
import { runShift, type ShiftDeps, type ShiftSettings } from '../../src/shift/run.js';
import { addDays, isoDate, zonedInstant } from '../../src/shift/window.js';
import { createSlackClient } from '../../src/slack/client.js';
import { UserDirectory } from '../../src/slack/user-directory.js';
import { Crash, Random, Tally, Turns, skewedClock } from './soak.js';

export interface ShiftSoakOptions {
  seed: number;
  days: number;
  /** Probability scale of every fault (1 = the default mix, 0 = a calm world). */
  faultRate?: number;
  /** Which faults to inject; default all. `reads` alone is the profile today's code is expected to survive. */
  faultKinds?: readonly ShiftFaultKind[];
  /** Handover notice, topic and user group (default true). */
  followUps?: boolean;
  /** The shift run under test (default `runShift`); the harness's own tests pass broken ones to see it catch them. */
  run?: (deps: ShiftDeps, settings: ShiftSettings) => Promise<{ exitCode: number }>;
}

export type ShiftFaultKind =
  | 'dropped'
  | 'late'
  | 'doubled'
  | 'crash'
  | 'clock-skew'
  | 'reads'
  | 'writes'
  | 'lost-responses'
  | 'pagerduty';

export const ALL_SHIFT_FAULTS: readonly ShiftFaultKind[] = [
  'dropped',
  'late',
  'doubled',
  'crash',
  'clock-skew',
  'reads',
  'writes',
  'lost-responses',
  'pagerduty',
];

const CHANNEL = 'C0SOAKSHFT';
const GROUP = 'S0ONCALL';
const ZONE = 'Asia/Tokyo';
const MINUTE = 60_000;
const FIRST_DAY = { year: 2026, month: 6, day: 1 };
/** Re-runs of a failed day ("re-run failed jobs"); the last one runs without faults. */
const MAX_ATTEMPTS = 5;

const PEOPLE = ['alice', 'bob', 'carol', 'dana'].map((name, i) => ({
  name: `${name[0]!.toUpperCase()}${name.slice(1)} Example`,
  email: `${name}@example.com`,
  slack: `U0${name.toUpperCase()}${i}`,
}));

const READS = ['conversations.history', 'users.lookupByEmail', 'chat.getPermalink', 'conversations.replies'];
const WRITES = ['chat.update', 'chat.delete', 'conversations.setTopic', 'usergroups.users.update'];

interface DayRecord {
  date: string;
  /** Slack IDs of the people on call from the day's handover (ground truth from the seeded rotation). */
  incoming: string[];
  /** Index of the day's first call in the fake Slack's call log (days run one after another). */
  firstCall: number;
  /** The channel topic when the day began. */
  topicBefore: string;
  runs: { at: string; outcome: 'exit-0' | 'exit-1' | 'crashed'; faults: string[]; error?: string }[];
}

/** Plays the soak; returns the tally (counts, faults, violations). */
export async function playShiftSoak(options: ShiftSoakOptions): Promise<Tally> {
  const tally = new Tally('shift', options.seed);
  const random = new Random(options.seed);
  // The order in which simultaneous runs take their turns: a generator of its own, so the world stays the seed's.
  const turns = new Turns(new Random((options.seed ^ 0x5eed7) >>> 0));
  const kinds = new Set(options.faultKinds ?? ALL_SHIFT_FAULTS);
  const rate = options.faultRate ?? 1;
  const has = (kind: ShiftFaultKind) => kinds.has(kind) && rate > 0;
  const followUps = options.followUps ?? true;

  const clock = new FakeClock(zonedInstant(FIRST_DAY, '09:00', ZONE));
  const pd = new FakePagerDuty({ clock, timeZone: ZONE });
  const users: FakeUser[] = PEOPLE.map((p) => pd.addUser({ name: p.name, email: p.email }));
  const schedule = pd.addSchedule({ id: 'PSOAKSH', name: 'Primary', timeZone: ZONE });
  const secondary = pd.addSchedule({ id: 'PSOAKS2', name: 'Secondary', timeZone: ZONE });
  const policy = pd.addEscalationPolicy({
    name: 'Platform',
    rules: [{ targets: [{ type: 'schedule', id: schedule.id }] }],
  });
  // Daily rotations at 10:00 (the secondary one person ahead) with an afternoon override on some days: both
  // incoming people change every day.
  const onCallIndex = (d: number) => d % PEOPLE.length;
  const secondIndex = (d: number) => (d + 1) % PEOPLE.length;
  for (let d = -1; d <= options.days + 1; d++) {
    const from = zonedInstant(addDays(FIRST_DAY, d), '10:00', ZONE);
    const to = zonedInstant(addDays(FIRST_DAY, d + 1), '10:00', ZONE);
    const segment = (user: FakeUser, start: Date, end: Date) =>
      pd.addOnCall({
        userId: user.id,
        scheduleId: schedule.id,
        escalationPolicyId: policy.id,
        level: 1,
        start,
        end,
      });
    const person = users[onCallIndex((d + PEOPLE.length) % PEOPLE.length)]!;
    pd.addOnCall({
      userId: users[secondIndex((d + PEOPLE.length) % PEOPLE.length)]!.id,
      scheduleId: secondary.id,
      escalationPolicyId: policy.id,
      level: 1,
      start: from,
      end: to,
    });
    if (d % 3 === 0) {
      const o1 = zonedInstant(addDays(FIRST_DAY, d), '14:00', ZONE);
      const o2 = zonedInstant(addDays(FIRST_DAY, d), '18:00', ZONE);
      segment(person, from, o1);
      segment(users[(onCallIndex((d + PEOPLE.length) % PEOPLE.length) + 2) % PEOPLE.length]!, o1, o2);
      segment(person, o2, to);
    } else {
      segment(person, from, to);
    }
  }
  const slack = new FakeSlack(
    {
      users: PEOPLE.map((p) => ({ id: p.slack, name: p.name.split(' ')[0]!.toLowerCase(), email: p.email })),
      channels: [{ id: CHANNEL, name: 'oncall', topic: 'On call: (not set yet)' }],
      userGroups: [{ id: GROUP, handle: 'oncall', users: [PEOPLE[PEOPLE.length - 1]!.slack] }],
    },
    { clock },
  );
  await Promise.all([pd.start(), slack.start()]);

  const settings: ShiftSettings = {
    targets: { scheduleIds: [schedule.id, secondary.id], escalationPolicyIds: [], levels: [] },
    channel: CHANNEL,
    timeZone: ZONE,
    handover: '10:00',
    language: 'en',
    businessDaysOnly: false,
    holidays: [],
    updateTopic: followUps,
    handoverNotice: followUps,
    ...(followUps ? { userGroup: GROUP } : {}),
    upcomingWithinMs: 2 * 3600_000,
    dryRun: false,
  };

  const days: DayRecord[] = [];
  try {
    for (let d = 0; d < options.days; d++) {
      const date = addDays(FIRST_DAY, d);
      const day: DayRecord = {
        date: isoDate(date),
        incoming: [PEOPLE[onCallIndex(d)]!.slack, PEOPLE[secondIndex(d)]!.slack],
        firstCall: slack.server.calls.length,
        topicBefore: slack.channelTopic(CHANNEL) ?? '',
        runs: [],
      };
      days.push(day);
      tally.count('days');
      const late = () => (has('late') ? random.int(0, 50) * MINUTE : 0);
      // The scheduled run (cron 10:07) and the backup (10:37); GitHub starts them late, drops some, doubles some.
      const starts: number[][] = [];
      for (const cron of ['10:07', '10:37']) {
        if (has('dropped') && random.chance(0.07 * rate)) {
          tally.fault('run-dropped');
          continue;
        }
        const at = zonedInstant(date, cron, ZONE).getTime() + late();
        const together = has('doubled') && random.chance(0.12 * rate) ? random.int(2, 3) : 1;
        if (together > 1) tally.fault('runs-doubled');
        starts.push(Array.from({ length: together }, () => at));
      }
      if (starts.length === 0) {
        // Neither cron run started: someone runs it by hand at noon.
        starts.push([zonedInstant(date, '12:00', ZONE).getTime()]);
        tally.count('manual-runs');
      }
      starts.sort((a, b) => a[0]! - b[0]!);
      let lastFailed = false;
      for (const batch of starts) lastFailed = await runBatch(batch, false, day);
      // A day whose last run failed is re-run (the last re-run in a calm world).
      let rerunAt = Math.max(clock.now().getTime(), starts[starts.length - 1]![0]!);
      for (let rerun = 1; lastFailed && rerun <= MAX_ATTEMPTS; rerun++) {
        rerunAt += 20 * MINUTE;
        tally.count('reruns');
        lastFailed = await runBatch([rerunAt], rerun === MAX_ATTEMPTS, day);
      }
      checkDay(day);
    }
    checkEnd();
    return tally;
  } finally {
    await Promise.all([pd.stop(), slack.stop()]);
  }

  /** Runs started at the same moment run in parallel; true when the last of them failed. */
  async function runBatch(at: number[], calm: boolean, day: DayRecord): Promise<boolean> {
    if (at[0]! > clock.now().getTime()) clock.set(new Date(at[0]!));
    const faults = calm ? [] : injectFaults();
    const outcomes = await Promise.all(at.map(() => runOnce(calm, faults, day)));
    // What killed runs had already sent is carried out before the batch ends, as it would be in flight.
    await turns.drained();
    slack.server.clearFaults();
    pd.server.clearFaults();
    // Runs started together share the work: what is left undone when they are all done must have been reported.
    const undone = undoneWork(day);
    if (undone && outcomes.every((o) => o === 'exit-0')) {
      tally.violate(
        'exit-0-left-work-undone',
        day.date,
        `${outcomes.length} run(s) (faults ${faults.join('+') || 'none'}) exited 0 but ${undone}; ${story(day)}`,
      );
    }
    // GitHub's "re-run failed jobs" re-runs any run that failed.
    return outcomes.some((o) => o !== 'exit-0');
  }

  async function runOnce(
    calm: boolean,
    batchFaults: string[],
    day: DayRecord,
  ): Promise<'exit-0' | 'exit-1' | 'crashed'> {
    const faults = [...batchFaults];
    let runClock: Clock = clock;
    if (!calm && has('clock-skew') && random.chance(0.15 * rate)) {
      const skew = random.pick([-1, 1]) * random.int(1, 10) * MINUTE;
      runClock = skewedClock(clock, skew);
      faults.push(`clock-skew:${skew / MINUTE}min`);
      tally.fault('clock-skew');
    }
    const crash =
      !calm && has('crash') && random.chance(0.1 * rate)
        ? new Crash(random.int(1, 10), random.chance(0.5))
        : undefined;
    // Calls and waits take turns with the other runs of the batch; the clients' own retry waits are part of a call.
    const wrap = <T extends object>(api: T): T => {
      const taking = turns.wrap(api, ['requestCount']);
      return crash ? crash.wrap(taking) : taking;
    };
    const waits = turns.clock(runClock);
    const log = new MemoryLogger();
    const pagerduty = createPagerDutyClient({
      token: pd.expectedToken,
      apiUrl: pd.url,
      clock: runClock,
      log,
    });
    const slackApi = createSlackClient({ token: slack.token, apiUrl: slack.url, clock: runClock, log });
    const started = clock.now().toISOString();
    let outcome: 'exit-0' | 'exit-1' | 'crashed';
    let error: string | undefined;
    try {
      const run = (options.run ?? runShift)(
        {
          pagerduty: wrap(pagerduty),
          slack: wrap(slackApi),
          users: new UserDirectory({ slack: wrap(slackApi), log }),
          clock: crash ? crash.wrapClock(waits) : waits,
          log,
        },
        settings,
      );
      const result = await (crash ? Promise.race([run, crash.died]) : run);
      outcome = result === 'crashed' ? 'crashed' : result.exitCode === 0 ? 'exit-0' : 'exit-1';
      if (outcome === 'exit-1')
        error = log.lines
          .filter((l) => l.level === 'error')
          .map((l) => l.message)
          .join(' | ');
    } catch (e) {
      outcome = crash?.crashed ? 'crashed' : 'exit-1';
      if (outcome === 'exit-1') error = String(e);
    }
    if (outcome === 'crashed') {
      faults.push('crash');
      tally.fault('crash');
    }
    tally.count('runs');
    tally.count(`runs-${outcome}`);
    day.runs.push({ at: started, outcome, faults, ...(error ? { error: error.slice(0, 200) } : {}) });
    return outcome;
  }

  function injectFaults(): string[] {
    const names: string[] = [];
    const note = (name: string) => {
      names.push(name);
      tally.fault(name);
    };
    const fail = (method: string, times: number, when?: (call: RecordedCall) => boolean) =>
      slack.server.inject(
        { path: `/api/${method}`, times, ...(when ? { when } : {}) },
        {
          kind: 'status',
          status: random.pick([500, 502, 503]),
          body: '<html>503 Service Unavailable</html>',
        },
      );
    const isNotice = (call: RecordedCall) =>
      typeof call.params.thread_ts === 'string' && call.params.thread_ts !== '';
    const isPost = (call: RecordedCall) => !isNotice(call);
    if (has('reads')) {
      for (const method of READS) {
        if (random.chance(0.05 * rate)) {
          fail(method, random.int(1, 4));
          note(`slack-5xx:${method}`);
        }
        if (random.chance(0.03 * rate)) {
          slack.rateLimit(method, random.int(1, 3), random.int(1, 3));
          note(`slack-429:${method}`);
        }
      }
      // A lookup failing past the client's retries: the person must not drop out of the group or the post.
      if (random.chance(0.06 * rate)) {
        const email = random.pick(PEOPLE).email;
        fail('users.lookupByEmail', random.int(4, 6), (call) => call.params.email === email);
        note('slack-5xx-persistent:users.lookupByEmail');
      }
      if (!has('writes') && random.chance(0.05 * rate)) {
        fail('chat.postMessage', 1, isPost);
        note('slack-5xx:chat.postMessage');
      }
    }
    if (has('writes')) {
      for (const method of WRITES) {
        if (random.chance(0.06 * rate)) {
          fail(method, random.int(1, 4));
          note(`slack-5xx:${method}`);
        }
        if (random.chance(0.03 * rate)) {
          slack.rateLimit(method, random.int(1, 3), random.int(1, 2));
          note(`slack-429:${method}`);
        }
      }
      if (random.chance(0.06 * rate)) {
        fail('chat.postMessage', random.int(1, 4), isPost);
        note('slack-5xx:post');
      }
      if (random.chance(0.06 * rate)) {
        fail('chat.postMessage', random.int(1, 4), isNotice);
        note('slack-5xx:handover-notice');
      }
    }
    if (has('lost-responses')) {
      const lost: [string, string, ((call: RecordedCall) => boolean)?][] = [
        ['chat.postMessage', 'post', isPost],
        ['chat.postMessage', 'handover-notice', isNotice],
        ['conversations.setTopic', 'topic'],
        ['usergroups.users.update', 'user-group'],
        ['chat.delete', 'delete'],
      ];
      for (const [method, name, when] of lost) {
        if (random.chance(0.05 * rate)) {
          slack.server.inject(
            { path: `/api/${method}`, times: 1, ...(when ? { when } : {}) },
            { kind: 'reset-after-handling' },
          );
          note(`slack-lost-response:${name}`);
        }
      }
    }
    if (has('pagerduty') && random.chance(0.06 * rate)) {
      pd.server.inject(
        { path: /^\/(oncalls|schedules|users)/, method: 'GET', times: random.int(1, 4) },
        { kind: 'status', status: random.pick([500, 502, 503]), body: '<html>Bad gateway</html>' },
      );
      note('pagerduty-5xx');
    }
    return names;
  }

  // ---- invariants -----------------------------------------------------------------------------------------------

  function postsOf(date: string): FakeMessage[] {
    return slack
      .messages(CHANNEL)
      .filter((m) => m.threadTs === undefined && m.metadata?.payload.shift_date === date);
  }

  /** The day's calls of `method` that reached the fake's handler (a lost response still changed Slack). */
  function applied(method: string, day: DayRecord): RecordedCall[] {
    return slack.server.calls
      .slice(day.firstCall)
      .filter((c) => c.path === `/api/${method}`)
      .filter((c) => (c.fault === undefined ? c.status === 200 : c.fault === 'reset-after-handling'));
  }

  /** What a run that exited 0 should have left done for its day, if missing. */
  function undoneWork(day: DayRecord): string | undefined {
    const posts = postsOf(day.date);
    if (posts.length === 0) return 'the day has no shift post';
    if (!followUps) return undefined;
    const notices = posts.flatMap((p) => slack.messages(CHANNEL).filter((m) => m.threadTs === p.ts));
    if (notices.length === 0) return 'the handover notice is missing';
    const topic = slack.channelTopic(CHANNEL) ?? '';
    const unnamed = day.incoming.filter((id) => !topic.includes(id));
    if (unnamed.length > 0) return `the topic "${topic}" does not name the on-call ${unnamed.join(', ')}`;
    const group = slack.userGroupMembers(GROUP);
    const missing = day.incoming.filter((id) => !group.includes(id));
    if (missing.length > 0) return `the user group is [${group.join(', ')}], without ${missing.join(', ')}`;
    return undefined;
  }

  function checkDay(day: DayRecord): void {
    const last = day.runs[day.runs.length - 1];
    if (!last || last.outcome !== 'exit-0') {
      tally.violate('failed-run-not-completed-by-rerun', day.date, story(day));
    }
    const posts = postsOf(day.date);
    if (posts.length !== 1)
      tally.violate('exactly-one-shift-post', day.date, `${posts.length} posts; ${story(day)}`);
    const deleted = slack.deleted.filter(
      (m) => m.threadTs === undefined && m.metadata?.payload.shift_date === day.date,
    );
    if (deleted.length > 0) tally.count('shift-posts-made-then-deleted', deleted.length);
    if (!followUps) return;
    const post = posts[0];
    const notices = post ? slack.messages(CHANNEL).filter((m) => m.threadTs === post.ts) : [];
    if (post && notices.length !== 1) {
      tally.violate(
        'handover-notice-exactly-once',
        day.date,
        `${notices.length} notices in the post's thread; ${story(day)}`,
      );
    }
    // Setting the topic it already has changes nothing anyone sees: count the changes.
    let topic = day.topicBefore;
    let changes = 0;
    for (const call of applied('conversations.setTopic', day)) {
      const next = String(call.params.topic ?? '');
      if (next !== topic) changes += 1;
      topic = next;
    }
    if (changes !== 1) {
      tally.violate(
        'topic-set-exactly-once',
        day.date,
        `the topic was changed ${changes} times; ${story(day)}`,
      );
    }
    for (const call of applied('usergroups.users.update', day)) {
      const members = String(call.params.users ?? '')
        .split(',')
        .map((x) => x.trim());
      const lost = day.incoming.filter((id) => !members.includes(id));
      if (lost.length > 0) {
        tally.violate(
          'user-group-never-loses-the-on-call',
          day.date,
          `the group was set to [${members.join(', ')}] without the on-call ${lost.join(', ')}; ${story(day)}`,
        );
      }
    }
    const group = [...slack.userGroupMembers(GROUP)].sort();
    const expected = [...day.incoming].sort();
    if (group.join() !== expected.join()) {
      tally.violate(
        'user-group-is-the-on-call',
        day.date,
        `the group ends the day as [${group.join(', ')}], expected [${expected.join(', ')}]; ${story(day)}`,
      );
    }
  }

  function checkEnd(): void {
    // Every call the fakes answered: with the same seed, the same number on every machine and Node.js version.
    tally.count('slack-calls', slack.server.calls.length);
    tally.count('pagerduty-calls', pd.server.calls.length);
    const dates = new Set(days.map((d) => d.date));
    const strays = slack
      .messages(CHANNEL)
      .filter((m) => m.threadTs === undefined && !dates.has(String(m.metadata?.payload.shift_date)));
    if (strays.length > 0) {
      tally.violate('exactly-one-shift-post', 'all days', `${strays.length} post(s) for no simulated day`);
    }
  }

  function story(day: DayRecord): string {
    return `runs ${day.runs.map((r) => `${r.at.slice(11, 16)}Z ${r.outcome}${r.faults.length ? `{${r.faults.join('+')}}` : ''}${r.error ? ` (${r.error})` : ''}`).join('; ')}`;
  }
}
