/**
 * The daily shift post, end to end: window → business day → on-calls → Slack users → exactly-once post → extras.
 * All I/O goes through the injected PagerDuty and Slack adapters and the Clock, so the whole flow runs against the
 * loopback fakes in tests.
 *
 * Exactly once without a database: every post carries metadata (key = hash of the targets, shift date, run id).
 * Before posting, channel history since shortly before the window is searched for the key and date; a re-run, a
 * late backup run or a manual run then posts nothing. Two runs that pass that check at the same moment both post;
 * each then re-reads history and the one whose post is not the earliest (by Slack `ts`) deletes its own, so exactly
 * the earliest stays. In GitHub Actions the workflow's per-day concurrency group keeps such races from happening.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import { ConfigError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { PagerDutyApi, PdOnCall, PdReference, PdUser } from '../pagerduty/types.js';
import type { HistoryMessage, MessageMetadata, SlackApi, SlackMessage } from '../slack/types.js';
import { earlierDuplicate } from '../slack/settle.js';
import type { UserDirectory } from '../slack/user-directory.js';
import { businessDay, type HolidayCalendar } from './holidays.js';
import {
  buildHandoverNotice,
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
  /** People shown by name because no Slack account was found. */
  unmapped: PdUser[];
}

/** How far before the earliest possible post time history is searched (clock skew between runners). */
const HISTORY_MARGIN_MS = 10 * 60_000;

export { compareTs } from '../slack/settle.js';

/** Runs the daily shift post once. Never throws for "nobody on call" (that is a result); adapters' errors propagate. */
export async function runShift(deps: ShiftDeps, settings: ShiftSettings): Promise<ShiftResult> {
  const { log } = deps;
  const now = settings.at ?? deps.clock.now();
  const window = shiftWindow(now, settings.timeZone, settings.handover, {
    upcomingWithinMs: settings.upcomingWithinMs,
  });
  const base = { window, oncallUserIds: [] as string[], unmapped: [] as PdUser[] };

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
  const { mentions, unmapped } = await resolveUsers(deps, plan.users);
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
  };

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

  const key = shiftKey(settings.targets);
  const isOurs = (p: MessageMetadata['payload']) => p.key === key && p.shift_date === window.shiftDate;
  // An "upcoming" post is made before the window starts: search from the earliest moment one could have been made.
  const oldest = new Date(window.start.getTime() - settings.upcomingWithinMs - HISTORY_MARGIN_MS);
  const existing = await slack.findMessageByMetadata(settings.channel, SHIFT_EVENT_TYPE, isOurs, { oldest });

  let ts: string;
  if (existing) {
    ts = existing.ts;
    if (existing.metadata?.payload.status === 'nobody' && !allNobody) {
      const { channel: _channel, threadTs: _thread, ...content } = message;
      await slack.updateMessage(settings.channel, existing.ts, content);
      log.info(
        `Shift ${window.shiftDate}: replaced the earlier nobody-on-call warning (ts ${existing.ts}) with the post.`,
      );
      result.status = 'updated';
    } else {
      log.info(
        `Shift ${window.shiftDate}: already posted in ${settings.channel} (ts ${existing.ts}); nothing posted.`,
      );
      result.status = 'already-posted';
      result.message = existingAsMessage(settings.channel, existing) ?? message;
    }
  } else {
    const posted = await slack.postMessage(message);
    ts = posted.ts;
    const earliest = await earlierDuplicate(
      slack,
      settings.channel,
      SHIFT_EVENT_TYPE,
      isOurs,
      runId,
      ts,
      oldest,
    );
    if (earliest) {
      // Another run posted the same shift first: keep exactly the earliest post.
      if (slack.deleteMessage) {
        await slack.deleteMessage(settings.channel, ts);
        log.info(
          `Shift ${window.shiftDate}: another run posted first (ts ${earliest.ts}); removed this run's copy.`,
        );
      } else {
        log.warning(
          `Shift ${window.shiftDate}: another run posted the same shift first (ts ${earliest.ts}) and this Slack ` +
            `client cannot delete messages; remove the later copy (ts ${ts}) by hand.`,
        );
      }
      ts = earliest.ts;
      result.status = allNobody ? 'nobody' : 'already-posted';
    } else {
      log.info(`Shift ${window.shiftDate}: posted to ${settings.channel} (ts ${ts}).`);
      if (!allNobody) await runFollowUps(deps, slack, settings, plan, mentions, ts, result);
    }
  }
  result.messageTs = ts;
  if (!allNobody && settings.userGroup)
    await syncUserGroup(deps, slack, settings.userGroup, plan, mentions, result);
  try {
    result.permalink = await slack.getPermalink(settings.channel, ts);
  } catch (error) {
    log.warning(`Could not get a permalink for ${settings.channel} ${ts}: ${describeError(error)}`);
  }
  return result;
}

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
): Promise<{ mentions: Map<string, string>; unmapped: PdUser[] }> {
  const mentions = new Map<string, string>();
  const unmapped: PdUser[] = [];
  if (!deps.users) return { mentions, unmapped };
  const people = await Promise.all(users.map((u) => deps.users!.resolve(u)));
  users.forEach((u, i) => {
    const person = people[i];
    // The directory has already logged why a person is shown by name.
    if (person?.kind === 'user') mentions.set(u.id, person.userId);
    else unmapped.push(u);
  });
  return { mentions, unmapped };
}

/** Handover notice and channel topic: only after a new post, so a re-run never repeats them. */
async function runFollowUps(
  deps: ShiftDeps,
  slack: SlackApi,
  settings: ShiftSettings,
  plan: ShiftPlan,
  mentions: Map<string, string>,
  ts: string,
  result: ShiftResult,
): Promise<void> {
  if (settings.handoverNotice) {
    const notice = buildHandoverNotice(
      plan,
      { channel: settings.channel, language: settings.language, mentions },
      ts,
    );
    if (notice) {
      try {
        await slack.postMessage(notice);
      } catch (error) {
        deps.log.error(`Could not post the handover notice in the thread of ${ts}: ${describeError(error)}`);
        result.exitCode = 1;
      }
    }
  }
  if (settings.updateTopic) {
    try {
      await slack.setTopic(settings.channel, buildTopic(plan, { language: settings.language, mentions }));
    } catch (error) {
      deps.log.error(`Could not update the topic of ${settings.channel}: ${describeError(error)}`);
      result.exitCode = 1;
    }
  }
}

/**
 * The user group becomes exactly the people on call at the handover (mapped to Slack). Runs on re-runs too: it is
 * idempotent and silent, and a backup run repairs a sync that failed after the post. Never sends an empty list.
 */
async function syncUserGroup(
  deps: ShiftDeps,
  slack: SlackApi,
  userGroup: string,
  plan: ShiftPlan,
  mentions: Map<string, string>,
  result: ShiftResult,
): Promise<void> {
  const ids = unique(
    plan.groups.flatMap((g) =>
      g.handover.incoming.map((u) => mentions.get(u.id)).filter((id): id is string => !!id),
    ),
  );
  if (ids.length === 0) {
    deps.log.warning(
      `User group ${userGroup} left unchanged: none of the on-call people has a Slack account we found.`,
    );
    return;
  }
  try {
    await slack.setUserGroupMembers(userGroup, ids);
    deps.log.info(`User group ${userGroup} now has ${ids.length} member(s): ${ids.join(', ')}.`);
  } catch (error) {
    deps.log.error(`Could not update user group ${userGroup}: ${describeError(error)}`);
    result.exitCode = 1;
  }
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
