/**
 * Reminders: when nobody acknowledges an incident within its runbook's `remind_after` (or the default), its thread
 * gets a reminder mentioning whoever is on call for it now; from the third reminder on, the `@oncall` user group too;
 * at most `maxReminders`; never once PagerDuty has it acknowledged or resolved.
 *
 * The sweep (`oncall remind`, run on a schedule, and the relay's timers in direct mode) decides from the state of
 * the world each time, so a late, dropped, doubled or concurrent run does no harm:
 * - PagerDuty's open incidents are listed (created within `lookbackHours`): only triggered ones can be due;
 * - each one's thread is found through its message metadata (bounded by the incident's creation);
 * - the reminders already in the thread (metadata `oncall_reminder`, numbered) say how many were sent and when the
 *   last went out: reminder n+1 is due `remind_after` after reminder n (the first, after the trigger). A sweep that
 *   runs late sends the one reminder that is due, not one for every slot it missed;
 * - the incident is read again from PagerDuty just before posting;
 * - after posting, the thread is read again: of two simultaneous reminders with the same number, the earliest stays.
 */
import { randomUUID } from 'node:crypto';
import { AuthError, describeError } from '../errors.js';
import type { PdIncident } from '../pagerduty/types.js';
import { fitMessage, truncateText } from '../slack/limits.js';
import { bold, escapeMrkdwn, escapeName, link, mention } from '../slack/mrkdwn.js';
import { compareTs, postReplyOnce } from '../slack/settle.js';
import type { HistoryMessage, SlackMessage } from '../slack/types.js';
import { findTopMessage, processIncidentLock } from './lookup.js';
import type { Person } from './message.js';
import { currentOnCalls, levelOf, lookUp, peopleAt } from './people.js';
import type { AlertDeps } from './run.js';
import type { AlertLanguage } from './strings.js';

/** `event_type` of a reminder's metadata. */
export const REMINDER_EVENT_TYPE = 'oncall_reminder';
/** Reminders per incident unless configured. */
export const DEFAULT_MAX_REMINDERS = 3;
/** Reminders that mention only the on-call; the ones after also mention the user group. */
export const REMINDERS_BEFORE_GROUP = 2;
/** How far back open incidents are listed unless configured. */
export const DEFAULT_LOOKBACK_HOURS = 24;
/** Incidents one sweep looks at; more are left to the next sweep and reported. */
export const MAX_INCIDENTS_PER_SWEEP = 100;

/** The alert run's adapters; `incidentLock` serialises reminders for one incident in this process. */
export type RemindDeps = Pick<
  AlertDeps,
  'pagerduty' | 'slack' | 'users' | 'runbooks' | 'clock' | 'log' | 'pacer' | 'incidentLock'
>;

export interface RemindSettings {
  channel: string;
  /** `remind_after` for incidents whose runbook has none (or that match none); absent: only runbooks remind. */
  defaultRemindAfterSeconds?: number;
  maxReminders?: number;
  /** Slack user group ID (`S…`) mentioned from the third reminder on. */
  userGroupId?: string;
  /** Open incidents created this long ago at most are looked at. */
  lookbackHours?: number;
  /** Build the reminders and print them; post nothing. */
  dryRun?: boolean;
  /** Language of the reminders (`en` by default). */
  language?: AlertLanguage;
}

/** What became of one incident in a sweep. */
export type ReminderOutcome =
  | { kind: 'reminded'; number: number; ts?: string }
  | { kind: 'duplicate'; number: number }
  | { kind: 'not-due'; dueAt: Date }
  | { kind: 'done'; reason: string };

export interface RemindResult {
  /** Reminders this sweep posted (or, in a dry run, would post). */
  reminded: { incidentId: string; number: number; ts?: string }[];
  messages: SlackMessage[];
  /** Open incidents looked at. */
  checked: number;
  /** The earliest moment another reminder falls due, when one will. */
  nextDueAt?: Date;
  /** Work this sweep could not do (PagerDuty or Slack unreadable); the next sweep does it. */
  undone: string[];
}

/**
 * One sweep over PagerDuty's open incidents. Never throws for one incident's failure (it is listed in `undone`);
 * a failure to list the incidents at all is `undone` too, with nothing posted.
 */
export async function runRemindSweep(deps: RemindDeps, settings: RemindSettings): Promise<RemindResult> {
  const result: RemindResult = { reminded: [], messages: [], checked: 0, undone: [] };
  const now = deps.clock.now();
  const lookback = (settings.lookbackHours ?? DEFAULT_LOOKBACK_HOURS) * 3600_000;
  let open: PdIncident[];
  try {
    if (!deps.pagerduty.listIncidentsCreated) throw new Error('this PagerDuty client cannot list incidents');
    open = await deps.pagerduty.listIncidentsCreated({
      since: new Date(now.getTime() - lookback),
      until: new Date(now.getTime() + 60_000),
      statuses: ['triggered'],
    });
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.error(`Could not list PagerDuty's open incidents (${describeError(error)}); no reminder sent.`);
    result.undone.push(`list the open incidents in PagerDuty (${describeError(error)})`);
    return result;
  }
  if (open.length > MAX_INCIDENTS_PER_SWEEP) {
    result.undone.push(
      `look at ${open.length - MAX_INCIDENTS_PER_SWEEP} more open incident(s) (at most ${MAX_INCIDENTS_PER_SWEEP} a sweep)`,
    );
  }
  for (const incident of open.slice(0, MAX_INCIDENTS_PER_SWEEP)) {
    result.checked += 1;
    try {
      const outcome = await remindIncident(deps, settings, incident.id, incident, result.messages);
      if (outcome.kind === 'reminded') {
        result.reminded.push({
          incidentId: incident.id,
          number: outcome.number,
          ...(outcome.ts ? { ts: outcome.ts } : {}),
        });
      }
      if (outcome.kind === 'not-due' && (!result.nextDueAt || outcome.dueAt < result.nextDueAt)) {
        result.nextDueAt = outcome.dueAt;
      }
    } catch (error) {
      if (error instanceof AuthError) throw error;
      deps.log.warning(`Could not remind about incident ${incident.id}: ${describeError(error)}`);
      result.undone.push(`remind about incident ${incident.id} (${describeError(error)})`);
    }
  }
  return result;
}

/**
 * The sweep for one incident: posts the reminder that is due, if any. `listed` is the incident as the listing saw it
 * (its creation bounds the thread look-up); it is read again before anything is posted. Throws when PagerDuty or
 * Slack cannot be read: nothing is posted on a guess.
 */
export async function remindIncident(
  deps: RemindDeps,
  settings: RemindSettings,
  incidentId: string,
  listed?: PdIncident,
  built: SlackMessage[] = [],
): Promise<ReminderOutcome> {
  const lock = deps.incidentLock ?? processIncidentLock;
  return lock(`remind/${settings.channel}/${incidentId}`, async () => {
    const known = listed ?? (await deps.pagerduty.getIncident(incidentId));
    if (known.status !== 'triggered') return { kind: 'done', reason: `the incident is ${known.status}` };
    // A storm's reminders go out for its first incident (one thread, one set of pings): a grouped incident has no
    // top message of its own, and is not reminded.
    const own = await findTopMessage(deps.slack, {
      channel: settings.channel,
      incidentId,
      createdAt: known.createdAt,
    });
    if (!own) return { kind: 'done', reason: 'no message of its own in the channel' };
    const remindAfter = await remindAfterFor(deps, settings, own);
    if (remindAfter === undefined) return { kind: 'done', reason: 'no remind_after for its runbook' };
    const max = settings.maxReminders ?? DEFAULT_MAX_REMINDERS;
    const sent = reminders(await deps.slack.listReplies(settings.channel, own.ts), incidentId);
    if (sent.length >= max) return { kind: 'done', reason: `${max} reminder(s) sent` };
    const last = sent[sent.length - 1];
    const fromMs = last ? Number(last.ts) * 1000 : known.createdAt.getTime();
    const dueAt = new Date(fromMs + remindAfter * 1000);
    if (deps.clock.now() < dueAt) return { kind: 'not-due', dueAt };

    // Decide from PagerDuty's state now: an acknowledgement seconds ago means no reminder.
    const fresh = await deps.pagerduty.getIncident(incidentId);
    if (fresh.status !== 'triggered') return { kind: 'done', reason: `the incident is ${fresh.status}` };
    const number = sent.length + 1;
    const people = await onCallNow(deps, fresh);
    const message = buildReminder({
      channel: settings.channel,
      threadTs: own.ts,
      incident: fresh,
      number,
      max,
      people,
      sinceMs: deps.clock.now().getTime() - fresh.createdAt.getTime(),
      ...(number > REMINDERS_BEFORE_GROUP && settings.userGroupId
        ? { userGroupId: settings.userGroupId }
        : {}),
      runId: randomUUID(),
      ...(settings.language ? { language: settings.language } : {}),
    });
    built.push(message);
    if (settings.dryRun) {
      deps.log.info(`Dry run: would post reminder ${number} of ${max} for incident ${incidentId}.`);
      return { kind: 'reminded', number };
    }
    await deps.pacer?.wait(settings.channel);
    const { posted, earlier } = await postReplyOnce(
      deps.slack,
      { ...message, threadTs: own.ts },
      (r) => isReminder(r, incidentId) && r.metadata?.payload.reminder === number,
    );
    if (earlier) {
      deps.log.info(
        `Incident ${incidentId}: another sweep sent reminder ${number} first; removed this copy.`,
      );
      return { kind: 'duplicate', number };
    }
    deps.log.info(`Reminded incident ${incidentId} (reminder ${number} of ${max}, ts ${posted.ts}).`);
    return { kind: 'reminded', number, ts: posted.ts };
  });
}

/** The incident's `remind_after`: its runbook's (from the message's `runbook_id`), else the default. */
async function remindAfterFor(
  deps: RemindDeps,
  settings: RemindSettings,
  top: HistoryMessage,
): Promise<number | undefined> {
  const runbookId = top.metadata?.payload.runbook_id;
  if (typeof runbookId === 'string' && runbookId !== '') {
    const runbook = (await deps.runbooks()).runbook(runbookId);
    if (runbook?.remindAfterSeconds !== undefined) return runbook.remindAfterSeconds;
  }
  return settings.defaultRemindAfterSeconds;
}

/** A numbered reminder of this incident. */
function isReminder(reply: HistoryMessage, incidentId: string): boolean {
  const p = reply.metadata?.payload;
  return (
    reply.metadata?.eventType === REMINDER_EVENT_TYPE &&
    p?.incident_id === incidentId &&
    typeof p.reminder === 'number'
  );
}

/** The thread's reminders for the incident, one per number (the earliest of each), in order. */
function reminders(replies: readonly HistoryMessage[], incidentId: string): HistoryMessage[] {
  const byNumber = new Map<number, HistoryMessage>();
  for (const r of replies) {
    if (!isReminder(r, incidentId)) continue;
    const number = r.metadata!.payload.reminder as number;
    const seen = byNumber.get(number);
    if (!seen || compareTs(r.ts, seen.ts) < 0) byNumber.set(number, r);
  }
  return [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([, m]) => m);
}

/** Who is on the incident now: its assignees, else the on-call at its level, Slack IDs looked up. */
async function onCallNow(deps: RemindDeps, incident: PdIncident): Promise<Person[]> {
  const onCalls = await currentOnCalls(deps, incident.escalationPolicy.id);
  if (incident.assignees.length > 0) {
    const byId = new Map(onCalls.map((o) => [o.user.id, o.user]));
    return lookUp(
      deps,
      incident.assignees.map((a) => byId.get(a.id) ?? a),
    );
  }
  return peopleAt(deps, onCalls, levelOf(incident, onCalls) ?? 1);
}

export interface ReminderInput {
  channel: string;
  threadTs: string;
  incident: Pick<PdIncident, 'id' | 'number' | 'title' | 'htmlUrl'>;
  number: number;
  max: number;
  people: Person[];
  /** How long the incident has been unacknowledged. */
  sinceMs: number;
  userGroupId?: string;
  runId: string;
  language?: AlertLanguage;
}

/** The words of a reminder; every argument is mrkdwn already. */
const REMINDER_WORDS: Record<
  AlertLanguage,
  {
    nobody: string;
    line(n: number, max: number, incident: string, minutes: number, who: string): string;
    fallback(n: number, max: number, number: string, who: string): string;
  }
> = {
  en: {
    nobody: '_nobody on call_',
    line: (n, max, incident, minutes, who) =>
      `:alarm_clock: *Reminder ${n} of ${max}:* ${incident} is still unacknowledged after ${minutes} min. ${who} — ` +
      'please acknowledge it in PagerDuty.',
    fallback: (n, max, number, who) => `Reminder ${n} of ${max}: ${number} is still unacknowledged. ${who}`,
  },
  ja: {
    nobody: '_オンコールなし_',
    line: (n, max, incident, minutes, who) =>
      `:alarm_clock: *リマインド ${n}/${max}:* ${incident} は ${minutes} 分間受け付けられていません。${who} ` +
      'PagerDuty で受け付けてください。',
    fallback: (n, max, number, who) => `リマインド ${n}/${max}: ${number} は受け付けられていません。${who}`,
  },
};

/** The reminder reply: who is on call (mentioned by looked-up ID), the group from the third, and which one it is. */
export function buildReminder(input: ReminderInput): SlackMessage {
  const words = REMINDER_WORDS[input.language ?? 'en'];
  const who =
    input.people.length > 0
      ? input.people
          .slice(0, 10)
          .map((p) => (p.slackId ? mention(p.slackId) : escapeName(truncateText(p.name, 100))))
          .join(', ')
      : words.nobody;
  // Only an ID the settings checked can become a live group mention.
  const group =
    input.userGroupId && /^S[A-Z0-9]+$/.test(input.userGroupId) ? ` <!subteam^${input.userGroupId}>` : '';
  const minutes = Math.max(1, Math.round(input.sinceMs / 60_000));
  const number = input.incident.number !== undefined ? `#${input.incident.number}` : input.incident.id;
  const ref = link(input.incident.htmlUrl, number);
  const text = words.line(
    input.number,
    input.max,
    `${ref} ${bold(truncateText(input.incident.title, 200))}`,
    minutes,
    `${who}${group}`,
  );
  return fitMessage({
    channel: input.channel,
    threadTs: input.threadTs,
    text: words.fallback(input.number, input.max, escapeMrkdwn(number), `${who}${group}`),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text }, block_id: 'oncall-reminder' }],
    metadata: {
      eventType: REMINDER_EVENT_TYPE,
      payload: { incident_id: input.incident.id, reminder: input.number, run: input.runId },
    },
  });
}
