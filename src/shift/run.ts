/**
 * The daily shift post, end to end: window → business day → on-calls → Slack users → exactly-once post → extras.
 * All I/O goes through the injected PagerDuty and Slack adapters and the Clock, so the whole flow runs against the
 * loopback fakes in tests.
 *
 * Exactly once without a database: every post carries metadata (key = hash of the targets, shift date, run id), and
 * so does the handover notice in its thread; Slack logs each topic change in the history. A run first reads what is
 * there (history bounded by the shift window, never by the local clock) and stops when the post and its follow-ups
 * are complete. Otherwise it claims the shift (claim.ts) so that of simultaneous runs exactly one writes, reads
 * again, and writes only what is missing. When no claim can be made, the run whose post is not the earliest deletes
 * its own copy after posting, so exactly the earliest stays.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { ConfigError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { PagerDutyApi, PdOnCall, PdReference, PdUser } from '../pagerduty/types.js';
import type {
  HistoryMessage,
  MessageMetadata,
  ScheduledMessage,
  SlackApi,
  SlackMessage,
} from '../slack/types.js';
import { compareTs } from '../slack/settle.js';
import type { UserDirectory } from '../slack/user-directory.js';
import {
  claimApi,
  claimPending,
  claimShift,
  releaseClaims,
  type ClaimApi,
  type ClaimTarget,
} from './claim.js';
import { businessDay, type HolidayCalendar } from './holidays.js';
import { findEarliestMessage, slackTs, toMicros, type ReadHistoryPage } from './lookup.js';
import {
  buildHandoverNotice,
  handoverMetadata,
  HANDOVER_EVENT_TYPE,
  buildNobodyMessage,
  buildShiftMessage,
  buildTopic,
  previewText,
  SHIFT_EVENT_TYPE,
  shiftKey,
  type ShiftLanguage,
} from './message.js';
import { buildShiftPlan, HANDOVER_LOOKBACK_MS, type ShiftPlan, type ShiftTargets } from './plan.js';
import { shiftWindow, type ShiftWindow } from './window.js';

/**
 * Finds the Slack account of a PagerDuty user (mapping file first, then e-mail lookup), cached per run; it logs the
 * warning for a person it cannot find. `UserDirectory` from src/slack/user-directory.ts.
 */
export type ShiftUserDirectory = Pick<UserDirectory, 'resolve'>;

export interface ShiftDeps {
  pagerduty: PagerDutyApi;
  /** Absent only for a dry run without a Slack token (people are then shown by name). */
  slack?: SlackApi;
  users?: ShiftUserDirectory;
  clock: Clock;
  log: Logger;
}

export interface ShiftSettings {
  targets: ShiftTargets;
  channel: string;
  timeZone: string;
  /** `HH:MM` */
  handover: string;
  language: ShiftLanguage;
  intro?: string;
  businessDaysOnly: boolean;
  holidays: HolidayCalendar[];
  userGroup?: string;
  updateTopic: boolean;
  handoverNotice: boolean;
  upcomingWithinMs: number;
  /** Compute the post as if run at this moment (`--at`). */
  at?: Date;
  dryRun: boolean;
  /** Identifies this run's post in metadata; random by default. */
  runId?: string;
}

export type ShiftStatus =
  /** A new post was made. */
  | 'posted'
  /** A post for this shift already existed (re-run, backup run, or a concurrent run won). */
  | 'already-posted'
  /** An earlier nobody-on-call warning was replaced by the real post. */
  | 'updated'
  /** Nothing to post: not a business day, or too early before the handover. */
  | 'skipped'
  /** Nobody on call for any target: a warning was posted (or previewed) and the job fails. */
  | 'nobody'
  /** Another run holds the claim on this shift and its post did not appear in time: nothing posted, the job fails. */
  | 'in-progress'
  | 'dry-run';

export interface ShiftResult {
  status: ShiftStatus;
  /** 0 on success; 1 when nobody is on call for some target or a follow-up step failed. */
  exitCode: number;
  window: ShiftWindow;
  reason?: string;
  plan?: ShiftPlan;
  /** The exact message sent (or that would be sent, on a dry run). */
  message?: SlackMessage;
  /** Plain-text rendering of `message`. */
  preview?: string;
  messageTs?: string;
  permalink?: string;
  /** Slack user IDs of the people on call in this shift (looked up; unmapped people are left out). */
  oncallUserIds: string[];
  /** People shown by name because no Slack account was found (including `lookupFailed`). */
  unmapped: PdUser[];
  /**
   * People shown by name because Slack could not be asked (outage, missing scope): not notified, never removed from
   * the user group on that basis; the run fails so the backup run completes the group.
   */
  lookupFailed: PdUser[];
  /** Follow-ups an earlier run left undone that this run completed. */
  repaired?: string[];
}

/** How far before the earliest possible post time history is searched (clock skew between runners). */
const HISTORY_MARGIN_MS = 10 * 60_000;
/** How long a run that lost the claim waits for the winner to finish, and how often it looks. */
const WINNER_WAIT_MS = 120_000;
const WINNER_POLL_MS = 5_000;
/** Claim rounds: after losing, a run looks again once the winner has finished. */
const CLAIM_ROUNDS = 3;
/** Tries to set the topic (the change is looked up in history before each retry). */
const TOPIC_ATTEMPTS = 2;

/** Runs the daily shift post once. Never throws for "nobody on call" (that is a result); adapters' errors propagate. */
export async function runShift(deps: ShiftDeps, settings: ShiftSettings): Promise<ShiftResult> {
  const { log } = deps;
  const now = settings.at ?? deps.clock.now();
  const window = shiftWindow(now, settings.timeZone, settings.handover, {
    upcomingWithinMs: settings.upcomingWithinMs,
  });
  const base = {
    window,
    oncallUserIds: [] as string[],
    unmapped: [] as PdUser[],
    lookupFailed: [] as PdUser[],
  };

  if (window.timing === 'too-early') {
    const reason =
      `it is ${formatLead(window.start.getTime() - now.getTime())} before the ${window.handover} ` +
      `handover in ${window.timeZone} (more than --upcoming-within ahead), and yesterday's shift is never reported`;
    log.info(
      `Shift ${window.shiftDate}: nothing posted: ${reason}. Use --at or a larger --upcoming-within to preview it.`,
    );
    return { ...base, status: 'skipped', exitCode: 0, reason };
  }
  if (settings.businessDaysOnly) {
    const day = await businessDay(window.shiftDate, settings.holidays);
    if (!day.business) {
      log.info(
        `Shift ${window.shiftDate}: nothing posted: ${day.reason ?? 'not a business day'} (--business-days-only).`,
      );
      return { ...base, status: 'skipped', exitCode: 0, reason: day.reason ?? 'not a business day' };
    }
  }

  const onCalls = await readOnCalls(deps.pagerduty, settings.targets, window);
  const references = await nameMissingTargets(deps, settings.targets, onCalls);
  const plan = buildShiftPlan(window, settings.targets, onCalls, references);
  const { mentions, unmapped, lookupFailed } = await resolveUsers(deps, plan.users);
  const oncallUserIds = unique(
    plan.groups.flatMap((g) =>
      g.segments.map((s) => mentions.get(s.user.id)).filter((id): id is string => !!id),
    ),
  );
  const runId = settings.runId ?? randomUUID();
  const messageOptions = {
    channel: settings.channel,
    language: settings.language,
    targets: settings.targets,
    mentions,
    runId,
    ...(settings.intro !== undefined ? { intro: settings.intro } : {}),
  };
  const allNobody = plan.nobody.length === plan.groups.length;
  const message = allNobody
    ? buildNobodyMessage(plan, messageOptions)
    : buildShiftMessage(plan, messageOptions);
  const slackNames = new Map<string, string>();
  for (const u of plan.users) {
    const id = mentions.get(u.id);
    if (id) slackNames.set(id, u.name);
  }
  const preview = previewText(message, slackNames);
  const failed = plan.nobody.length > 0;
  for (const g of plan.nobody) {
    log.error(
      `Nobody is on call for ${g.kind === 'schedule' ? 'schedule' : 'escalation policy'} "${g.ref.name}" (${g.ref.id}` +
        `${g.level !== undefined ? `, level ${g.level}` : ''}) between ${window.start.toISOString()} and ` +
        `${window.end.toISOString()}. Add an override in PagerDuty.`,
    );
  }
  const result: ShiftResult = {
    ...base,
    status: allNobody ? 'nobody' : 'posted',
    exitCode: failed ? 1 : 0,
    plan,
    message,
    preview,
    oncallUserIds,
    unmapped,
    lookupFailed,
  };
  if (lookupFailed.length > 0 && !settings.dryRun) {
    // The post still goes out, but these people were not notified and the user group cannot be confirmed.
    log.error(
      `Shift ${window.shiftDate}: could not look up ${lookupFailed.map((u) => u.name).join(', ')} in Slack; ` +
        'shown by name without a mention. The job fails so that the backup run completes the user group.',
    );
    result.exitCode = 1;
  }

  if (settings.dryRun) {
    log.info(`Dry run: nothing was sent to Slack (shift ${window.shiftDate}, ${window.timing}).`);
    return { ...result, status: allNobody ? 'nobody' : 'dry-run' };
  }
  const slack = deps.slack;
  if (!slack) {
    throw new ConfigError(
      'Missing Slack bot token: posting needs SLACK_BOT_TOKEN (or input "slack-bot-token"); use --dry-run to preview without Slack.',
    );
  }

  const writer: ShiftWriter = {
    deps,
    slack,
    settings,
    plan,
    mentions,
    runId,
    key: shiftKey(settings.targets),
    // Every lookup is bounded by the shift itself: a post for this shift can only have been made from the
    // earliest "upcoming" run (minus a margin for clock skew) until the shift ends.
    from: new Date(window.start.getTime() - settings.upcomingWithinMs - HISTORY_MARGIN_MS),
    to: new Date(window.end.getTime() + HISTORY_MARGIN_MS),
  };

  const claim = await takeClaim(writer, allNobody);
  let ts: string | undefined;
  try {
    if (claim.kind === 'settled') {
      ts = reportExisting(writer, claim.post, message, result);
    } else if (claim.kind === 'busy') {
      log.error(
        `Shift ${window.shiftDate}: another run holds the claim on this shift and did not finish within ` +
          `${WINNER_WAIT_MS / 1000} s; nothing written. Re-run later: a run finds the post or posts it.`,
      );
      result.status = 'in-progress';
      result.exitCode = 1;
    } else {
      // Having won, read again: a run that finished just before the claim left no claim behind, only its post.
      const existing = claim.kind === 'won' ? await findShiftPost(writer) : claim.existing;
      ts = existing
        ? await completeExisting(writer, existing, message, allNobody, result)
        : await postNew(writer, message, allNobody, result);
    }
  } finally {
    if (claim.kind === 'won') await releaseClaims(claim.api, log, claimTarget(writer), claim.claim);
    else if (claim.kind === 'unavailable' && claim.api)
      await releaseClaims(claim.api, log, claimTarget(writer));
  }
  if (ts !== undefined) result.messageTs = ts;
  if (!allNobody && settings.userGroup)
    await syncUserGroup(deps, slack, settings.userGroup, plan, mentions, lookupFailed, result);
  if (ts !== undefined) {
    try {
      result.permalink = await slack.getPermalink(settings.channel, ts);
    } catch (error) {
      log.warning(`Could not get a permalink for ${settings.channel} ${ts}: ${describeError(error)}`);
    }
  }
  return result;
}

/** What every Slack write of one run needs; `from`/`to` bound every history lookup (from the shift window). */
interface ShiftWriter {
  deps: ShiftDeps;
  slack: SlackApi;
  settings: ShiftSettings;
  plan: ShiftPlan;
  mentions: Map<string, string>;
  runId: string;
  key: string;
  from: Date;
  to: Date;
}

type FollowUp = 'handover notice' | 'topic';

/**
 * One `/oncalls` read per kind of target: PagerDuty intersects `schedule_ids[]` with `escalation_policy_ids[]`, so
 * schedules and policies cannot share a request. The window starts a minute early to see the outgoing on-call.
 */
async function readOnCalls(
  pagerduty: PagerDutyApi,
  targets: ShiftTargets,
  window: ShiftWindow,
): Promise<PdOnCall[]> {
  const since = new Date(window.start.getTime() - HANDOVER_LOOKBACK_MS);
  const until = window.end;
  const reads: Promise<PdOnCall[]>[] = [];
  if (targets.scheduleIds.length > 0)
    reads.push(pagerduty.listOnCalls({ since, until, scheduleIds: targets.scheduleIds }));
  if (targets.escalationPolicyIds.length > 0) {
    reads.push(pagerduty.listOnCalls({ since, until, escalationPolicyIds: targets.escalationPolicyIds }));
  }
  return (await Promise.all(reads)).flat();
}

/** Names for targets with no on-call rows (only then: the warning should say which schedule, by name). */
async function nameMissingTargets(
  deps: ShiftDeps,
  targets: ShiftTargets,
  onCalls: PdOnCall[],
): Promise<Map<string, PdReference>> {
  const refs = new Map<string, PdReference>();
  const lookups: Promise<void>[] = [];
  for (const id of targets.scheduleIds) {
    if (onCalls.some((o) => o.schedule?.id === id)) continue;
    lookups.push(
      deps.pagerduty.getSchedule(id).then(
        (s) => void refs.set(id, { id: s.id, name: s.name, ...(s.htmlUrl ? { htmlUrl: s.htmlUrl } : {}) }),
        (error: unknown) =>
          deps.log.warning(`Could not read schedule ${id} from PagerDuty: ${describeError(error)}`),
      ),
    );
  }
  for (const id of targets.escalationPolicyIds) {
    if (onCalls.some((o) => o.escalationPolicy.id === id)) continue;
    lookups.push(
      deps.pagerduty.getEscalationPolicy(id).then(
        (p) => void refs.set(id, { id: p.id, name: p.name, ...(p.htmlUrl ? { htmlUrl: p.htmlUrl } : {}) }),
        (error: unknown) =>
          deps.log.warning(`Could not read escalation policy ${id} from PagerDuty: ${describeError(error)}`),
      ),
    );
  }
  await Promise.all(lookups);
  return refs;
}

async function resolveUsers(
  deps: ShiftDeps,
  users: PdUser[],
): Promise<{ mentions: Map<string, string>; unmapped: PdUser[]; lookupFailed: PdUser[] }> {
  const mentions = new Map<string, string>();
  const unmapped: PdUser[] = [];
  const lookupFailed: PdUser[] = [];
  if (!deps.users) return { mentions, unmapped, lookupFailed };
  const people = await Promise.all(users.map((u) => deps.users!.resolve(u)));
  users.forEach((u, i) => {
    const person = people[i];
    // The directory has already logged why a person is shown by name.
    if (person?.kind === 'user') mentions.set(u.id, person.userId);
    else {
      unmapped.push(u);
      if (person?.lookupFailed) lookupFailed.push(u);
    }
  });
  return { mentions, unmapped, lookupFailed };
}

/** The earliest post of this shift in the channel (any run), searched only within the shift's bounds. */
async function findShiftPost(w: ShiftWriter): Promise<HistoryMessage | undefined> {
  const { slack, settings } = w;
  const shiftDate = w.plan.window.shiftDate;
  const isOurs = (p: MessageMetadata['payload']) => p.key === w.key && p.shift_date === shiftDate;
  return findEarliestMessage(
    readRange(slack, settings.channel),
    slackTs(w.from),
    slackTs(w.to),
    (m) => m.metadata?.eventType === SHIFT_EVENT_TYPE && isOurs(m.metadata.payload),
    { describe: `the search for the ${shiftDate} shift post` },
  );
}

/** Whether an existing post still needs this run: a nobody warning to replace, or a follow-up not done. */
async function hasPendingWork(
  w: ShiftWriter,
  existing: HistoryMessage,
  allNobody: boolean,
): Promise<boolean> {
  if (allNobody) return false;
  if (existing.metadata?.payload.status === 'nobody') return true;
  return (await pendingFollowUps(w, existing.ts)).length > 0;
}

/** Follow-ups that are switched on and have not landed yet (read from the thread and the channel history). */
async function pendingFollowUps(w: ShiftWriter, postTs: string): Promise<FollowUp[]> {
  const pending: FollowUp[] = [];
  const notice = handoverNotice(w, postTs);
  if (notice && !(await noticePosted(w, postTs, notice))) pending.push('handover notice');
  if (w.settings.updateTopic && !(await topicSet(w, postTs, topicOf(w)))) pending.push('topic');
  return pending;
}

function handoverNotice(w: ShiftWriter, postTs: string): SlackMessage | undefined {
  if (!w.settings.handoverNotice) return undefined;
  const notice = buildHandoverNotice(
    w.plan,
    { channel: w.settings.channel, language: w.settings.language, mentions: w.mentions },
    postTs,
  );
  return notice && { ...notice, metadata: handoverMetadata(w.plan, w.settings.targets, w.runId) };
}

function topicOf(w: ShiftWriter): string {
  return buildTopic(w.plan, { language: w.settings.language, mentions: w.mentions });
}

/** A reply in the post's thread carrying this shift's handover metadata (or, from older versions, its text). */
async function noticePosted(w: ShiftWriter, postTs: string, notice: SlackMessage): Promise<boolean> {
  const replies = await w.slack.listReplies(w.settings.channel, postTs);
  return replies.some((r) =>
    r.metadata?.eventType === HANDOVER_EVENT_TYPE
      ? r.metadata.payload.key === w.key && r.metadata.payload.shift_date === w.plan.window.shiftDate
      : r.text === notice.text,
  );
}

/** Whether the channel history shows this topic being set since the post (Slack logs each change). */
async function topicSet(w: ShiftWriter, postTs: string, topic: string): Promise<boolean> {
  const wanted = normalizeTopic(topic);
  const change = await findEarliestMessage(
    readRange(w.slack, w.settings.channel),
    postTs,
    slackTs(w.to),
    (m) => m.subtype === 'channel_topic' && m.topic !== undefined && normalizeTopic(m.topic) === wanted,
    { describe: 'the search for the topic change' },
  );
  return change !== undefined;
}

/** History pages of one channel, both ends of the range inclusive. */
function readRange(slack: SlackApi, channel: string): ReadHistoryPage {
  return (range) => slack.readHistory(channel, { ...range, inclusive: true });
}

/** Topics compared as people read them: Slack may store `&`, `<`, `>` escaped or not. */
function normalizeTopic(topic: string): string {
  return topic.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

type TakenClaim =
  | { kind: 'won'; api: ClaimApi; claim: ScheduledMessage }
  /**
   * No claim possible: write anyway; a duplicate from a simultaneous run is removed afterwards. `api` is set when a
   * claim may exist all the same (its answer was lost), so that it is removed at the end.
   */
  | { kind: 'unavailable'; api?: ClaimApi; existing?: HistoryMessage }
  /** The post exists and nothing is left to do. */
  | { kind: 'settled'; post: HistoryMessage }
  /** Another run holds the claim and did not finish in time. */
  | { kind: 'busy' };

function claimTarget(w: ShiftWriter): ClaimTarget {
  return { channel: w.settings.channel, key: w.key, shiftDate: w.plan.window.shiftDate, runId: w.runId };
}

/**
 * Settles who writes: nothing to do when the post exists and nothing is pending; otherwise claim the shift (see
 * claim.ts). A run that loses waits for the winner to finish and then looks again, so it reports success only for
 * work it has seen done, and takes over what the winner left undone.
 */
async function takeClaim(w: ShiftWriter, allNobody: boolean): Promise<TakenClaim> {
  const { clock, log } = w.deps;
  const api = claimApi(w.slack);
  const target = claimTarget(w);
  for (let round = 0; round < CLAIM_ROUNDS; round++) {
    const existing = await findShiftPost(w);
    if (existing && !(await hasPendingWork(w, existing, allNobody)))
      return { kind: 'settled', post: existing };
    if (!api) return { kind: 'unavailable', ...(existing ? { existing } : {}) };
    const outcome = await claimShift(api, clock, log, target);
    if (outcome.kind === 'unavailable') {
      log.warning(
        `Shift ${target.shiftDate}: could not claim the shift (${outcome.reason}); writing without a claim. A ` +
          'simultaneous run would then post too, and the later post is deleted again.',
      );
      return { kind: 'unavailable', api, ...(existing ? { existing } : {}) };
    }
    if (outcome.kind === 'won') return { kind: 'won', api, claim: outcome.claim };
    await releaseClaims(api, log, target, outcome.claim);
    log.info(`Shift ${target.shiftDate}: another run is writing this shift; waiting for it to finish.`);
    if (!(await waitUntilReleased(w, api, outcome.winner))) return { kind: 'busy' };
  }
  return { kind: 'busy' };
}

/** Polls until the winner's claim is gone (its run finished); false when it is still there after the wait. */
async function waitUntilReleased(w: ShiftWriter, api: ClaimApi, winner: ScheduledMessage): Promise<boolean> {
  for (let waited = 0; waited < WINNER_WAIT_MS; waited += WINNER_POLL_MS) {
    await w.deps.clock.sleep(WINNER_POLL_MS);
    if (!(await claimPending(api, w.settings.channel, winner.id))) return true;
  }
  return false;
}

/** An existing post that needs nothing: report it. */
function reportExisting(
  w: ShiftWriter,
  existing: HistoryMessage,
  message: SlackMessage,
  result: ShiftResult,
): string {
  w.deps.log.info(
    `Shift ${w.plan.window.shiftDate}: already posted in ${w.settings.channel} (ts ${existing.ts}); nothing posted.`,
  );
  result.status = 'already-posted';
  result.message = existingAsMessage(w.settings.channel, existing) ?? message;
  return existing.ts;
}

/** The post exists: replace a nobody warning, and do whatever follow-up an earlier run left undone. */
async function completeExisting(
  w: ShiftWriter,
  existing: HistoryMessage,
  message: SlackMessage,
  allNobody: boolean,
  result: ShiftResult,
): Promise<string> {
  const { log } = w.deps;
  if (existing.metadata?.payload.status === 'nobody' && !allNobody) {
    const { channel: _channel, threadTs: _thread, ...content } = message;
    await w.slack.updateMessage(w.settings.channel, existing.ts, content);
    log.info(
      `Shift ${w.plan.window.shiftDate}: replaced the earlier nobody-on-call warning (ts ${existing.ts}) with the post.`,
    );
    result.status = 'updated';
  } else {
    reportExisting(w, existing, message, result);
  }
  if (!allNobody) await runFollowUps(w, existing.ts, result, await pendingFollowUps(w, existing.ts));
  return existing.ts;
}

/** No post yet: post, then keep exactly the earliest post of the shift (the backstop when claims failed). */
async function postNew(
  w: ShiftWriter,
  message: SlackMessage,
  allNobody: boolean,
  result: ShiftResult,
): Promise<string> {
  const { slack, settings, deps } = w;
  const shiftDate = w.plan.window.shiftDate;
  const posted = await slack.postMessage(message, { findAfter: w.from });
  const earliest = await findShiftPost(w);
  if (earliest && compareTs(earliest.ts, posted.ts) < 0) {
    // Another run posted the same shift first: keep exactly the earliest post.
    if (slack.deleteMessage) {
      await slack.deleteMessage(settings.channel, posted.ts);
      deps.log.info(
        `Shift ${shiftDate}: another run posted first (ts ${earliest.ts}); removed this run's copy.`,
      );
    } else {
      deps.log.warning(
        `Shift ${shiftDate}: another run posted the same shift first (ts ${earliest.ts}) and this Slack ` +
          `client cannot delete messages; remove the later copy (ts ${posted.ts}) by hand.`,
      );
    }
    result.status = allNobody ? 'nobody' : 'already-posted';
    return earliest.ts;
  }
  deps.log.info(`Shift ${shiftDate}: posted to ${settings.channel} (ts ${posted.ts}).`);
  if (!allNobody) {
    const all: FollowUp[] = [];
    if (handoverNotice(w, posted.ts)) all.push('handover notice');
    if (settings.updateTopic) all.push('topic');
    await runFollowUps(w, posted.ts, result, all, true);
  }
  return posted.ts;
}

/**
 * Handover notice and channel topic, each only when it has not landed: after a new post both are due; a later run
 * does the ones an earlier run left undone (`pending`), so neither is ever repeated.
 */
async function runFollowUps(
  w: ShiftWriter,
  ts: string,
  result: ShiftResult,
  pending: FollowUp[],
  fresh = false,
): Promise<void> {
  const { log, clock } = w.deps;
  const done: FollowUp[] = [];
  const notice = pending.includes('handover notice') ? handoverNotice(w, ts) : undefined;
  if (notice) {
    try {
      // A lost answer is looked up in the thread (from the post on) before the notice is sent again.
      await w.slack.postMessage(notice, { findAfter: tsToDate(ts) });
      done.push('handover notice');
    } catch (error) {
      log.error(
        `Could not post the handover notice in the thread of ${ts}: ${describeError(error)}. The backup run ` +
          'posts it.',
      );
      result.exitCode = 1;
    }
  }
  if (pending.includes('topic')) {
    const topic = topicOf(w);
    for (let attempt = 1; ; attempt++) {
      try {
        await w.slack.setTopic(w.settings.channel, topic);
        done.push('topic');
        break;
      } catch (error) {
        // Each change adds a line to the channel: look before setting it again.
        const landed = await topicSet(w, ts, topic).catch(() => false);
        if (landed) {
          done.push('topic');
          break;
        }
        if (attempt >= TOPIC_ATTEMPTS) {
          log.error(
            `Could not update the topic of ${w.settings.channel}: ${describeError(error)}. The backup run sets it.`,
          );
          result.exitCode = 1;
          break;
        }
        await clock.sleep(1000);
      }
    }
  }
  if (!fresh && done.length > 0) {
    log.info(
      `Shift ${w.plan.window.shiftDate}: completed what an earlier run left undone: ${done.join(', ')}.`,
    );
    result.repaired = [...(result.repaired ?? []), ...done];
  }
}

/**
 * The user group becomes exactly the people on call at the handover (mapped to Slack), changed only when it differs.
 * Runs on re-runs too: a backup run repairs a sync that failed. Never sends an empty list, and never removes anyone
 * while a Slack lookup failed: the person it could not look up may be one of the members, so the group then only
 * gains members and the run fails so that a later run completes it.
 */
async function syncUserGroup(
  deps: ShiftDeps,
  slack: SlackApi,
  userGroup: string,
  plan: ShiftPlan,
  mentions: Map<string, string>,
  lookupFailed: PdUser[],
  result: ShiftResult,
): Promise<void> {
  const incoming = plan.groups.flatMap((g) => g.handover.incoming);
  const ids = unique(incoming.map((u) => mentions.get(u.id)).filter((id): id is string => !!id));
  const unconfirmed = unique(incoming.filter((u) => lookupFailed.some((f) => f.id === u.id)));
  let current: string[] | undefined;
  if (slack.getUserGroupMembers) {
    try {
      current = await slack.getUserGroupMembers(userGroup);
    } catch (error) {
      deps.log.warning(`Could not read the members of user group ${userGroup}: ${describeError(error)}`);
    }
  }
  let target = ids;
  if (unconfirmed.length > 0) {
    const names = unconfirmed.map((u) => u.name).join(', ');
    result.exitCode = 1;
    if (!current) {
      deps.log.error(
        `User group ${userGroup} left unchanged: ${names} could not be looked up in Slack and the group's members ` +
          'could not be read. The backup run completes it.',
      );
      return;
    }
    target = unique([...current, ...ids]);
    deps.log.error(
      `User group ${userGroup}: ${names} could not be looked up in Slack, so nobody is removed from the group ` +
        'this run (its previous members stay). The backup run completes it.',
    );
  }
  if (target.length === 0) {
    deps.log.warning(
      `User group ${userGroup} left unchanged: none of the on-call people has a Slack account we found.`,
    );
    return;
  }
  if (current && sameMembers(current, target)) {
    deps.log.info(`User group ${userGroup} already has exactly ${target.join(', ')}.`);
    return;
  }
  try {
    await slack.setUserGroupMembers(userGroup, target);
    deps.log.info(`User group ${userGroup} now has ${target.length} member(s): ${target.join(', ')}.`);
  } catch (error) {
    deps.log.error(`Could not update user group ${userGroup}: ${describeError(error)}`);
    result.exitCode = 1;
  }
}

function sameMembers(a: string[], b: string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/** A Slack `ts` as a Date (millisecond precision is enough for a lookup bound). */
function tsToDate(ts: string): Date {
  return new Date(Number(toMicros(ts) / 1000n));
}

function existingAsMessage(channel: string, m: HistoryMessage): SlackMessage | undefined {
  return {
    channel,
    text: m.text,
    ...(m.blocks ? { blocks: m.blocks } : {}),
    ...(m.metadata ? { metadata: m.metadata } : {}),
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** `7 h 05 min`, `45 min`. */
function formatLead(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  const h = Math.floor(minutes / 60);
  return h > 0 ? `${h} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`;
}
