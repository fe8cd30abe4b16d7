/**
 * Alert storms: a runbook with `group_within` gathers its incidents under the first one still open. A later incident
 * of that runbook, triggered within the window after the first incident's message, is posted as a reply in the first
 * incident's thread ("also firing: …", with its link and status) instead of a new top-level message, and the first
 * message shows how many are grouped under it.
 *
 * Without a database, the grouping lives in Slack metadata:
 * - the grouped reply carries `oncall_grouped_incident` with its own `incident_id`, the first incident's id and the
 *   runbook, so a re-run of its triggered event and every later event find it again;
 * - the first message carries `grouped_count` and `grouped_ids` (derived from the thread's grouped replies, which are
 *   the truth), so a later event of a grouped incident finds its thread in one bounded history read.
 *
 * Exactly once: the grouped reply is posted once per incident (a re-run finds it; simultaneous runs settle on the
 * earliest reply by Slack `ts`, the others delete their own). Incidents that fire together before any message
 * exists each post a top-level message; each then looks for an earlier open message of the same runbook in the
 * window, and every one but the earliest moves itself into that thread — so a storm converges on one thread.
 */
import { AuthError, describeError } from '../errors.js';
import type { PdIncident } from '../pagerduty/types.js';
import type { DispatchPayload } from '../dispatch/types.js';
import { compareTs, postReplyOnce } from '../slack/settle.js';
import { bold, escapeMrkdwn, italic, link } from '../slack/mrkdwn.js';
import { fitMessage, truncateText } from '../slack/limits.js';
import type { Block, HistoryMessage, MessageMetadata, SlackApi, SlackMessage } from '../slack/types.js';
import { GROUP_WITHIN_RANGE } from '../runbooks/duration.js';
import { CREATION_MARGIN_MS, readMessage } from './lookup.js';
import {
  buildReply,
  GROUPED_EVENT_TYPE,
  isGroupedReply,
  isPostFor,
  sameState,
  stateFromMetadata,
  TOP_EVENT_TYPE,
  updatedTopMessage,
  withCurrentStatus,
  type IncidentInfo,
  type IncidentState,
  type IncidentStatus,
} from './message.js';
import type { AlertLanguage } from './strings.js';

export { GROUPED_EVENT_TYPE, isGroupedReply };

/** The block of the first message that shows how many incidents are grouped under it. */
export const STORM_BLOCK_ID = 'oncall-storm';
/** How many grouped ids the first message keeps in its metadata (the count stays exact beyond it). */
const GROUPED_IDS_KEPT = 40;
/** Top messages whose thread is searched for a grouped incident whose id the first message does not list. */
const THREADS_SEARCHED = 10;
/** Open first incidents checked against PagerDuty before a storm is joined. */
const LEADERS_CHECKED = 3;
/** History pages read when looking for a storm's first message in its window. */
const LEADER_PAGES = 3;
/** Rounds of re-reading the thread and repairing the first message's count. */
const COUNT_ROUNDS = 3;

/** What the storm steps need of the alert run's dependencies. */
export interface StormDeps {
  slack: SlackApi;
  pagerduty: { getIncident(id: string): Promise<PdIncident> };
  log: { info(m: string): void; warning(m: string): void };
}

/**
 * The reply of a grouped incident, found without scanning history: one read of the window before the incident's
 * creation (a storm's first message is at most {@link GROUP_WITHIN_RANGE}.max older), then the threads of the first
 * messages that list the incident and — should a count update have been lost — of the other messages there.
 */
export async function findGroupedReply(
  slack: SlackApi,
  query: {
    channel: string;
    incidentId: string;
    createdAt: Date;
    /** The runbooks that group storms: only their messages can hold a grouped incident. Default: any. */
    runbookIds?: ReadonlySet<string>;
  },
): Promise<HistoryMessage | undefined> {
  const oldest = query.createdAt.getTime() - GROUP_WITHIN_RANGE.max * 1000 - CREATION_MARGIN_MS;
  const latest = query.createdAt.getTime() + CREATION_MARGIN_MS;
  const tops = (await readTops(slack, query.channel, oldest, latest)).filter(
    (m) => !query.runbookIds || query.runbookIds.has(String(m.metadata?.payload.runbook_id ?? '')),
  );
  const listing = tops.filter((m) =>
    String(m.metadata?.payload.grouped_ids ?? '')
      .split(',')
      .includes(query.incidentId),
  );
  // Then storms that count grouped incidents, then any message of the window: a count never written (its update
  // failed) must not hide the incident.
  const counting = tops.filter((m) => !listing.includes(m) && Number(m.metadata?.payload.grouped_count) > 0);
  const rest = tops.filter((m) => !listing.includes(m) && !counting.includes(m));
  for (const leader of [...listing, ...counting, ...rest].slice(0, THREADS_SEARCHED)) {
    const found = earliestGrouped(await slack.listReplies(query.channel, leader.ts), query.incidentId);
    if (found) return { ...found, threadTs: leader.ts };
  }
  return undefined;
}

/**
 * The open first message of `runbookId`'s storm that `createdAt` falls within `windowSeconds` of: the earliest top
 * message of that runbook posted in the window whose incident PagerDuty still has open. `before` (a Slack `ts`)
 * keeps only messages posted earlier than the caller's own.
 */
export async function findStormLeader(
  deps: StormDeps,
  query: {
    channel: string;
    runbookId: string;
    incidentId: string;
    createdAt: Date;
    windowSeconds: number;
    before?: string;
  },
): Promise<HistoryMessage | undefined> {
  const window = Math.min(query.windowSeconds, GROUP_WITHIN_RANGE.max) * 1000;
  const oldest = query.createdAt.getTime() - window - CREATION_MARGIN_MS;
  const latest = query.createdAt.getTime() + CREATION_MARGIN_MS;
  const candidates = (await readTops(deps.slack, query.channel, oldest, latest))
    .filter((m) => {
      const p = m.metadata!.payload;
      return (
        p.runbook_id === query.runbookId &&
        p.incident_id !== query.incidentId &&
        p.status !== 'resolved' &&
        Number(m.ts) * 1000 >= query.createdAt.getTime() - window &&
        (query.before === undefined || compareTs(m.ts, query.before) < 0)
      );
    })
    .sort((a, b) => compareTs(a.ts, b.ts));
  for (const candidate of candidates.slice(0, LEADERS_CHECKED)) {
    const id = String(candidate.metadata!.payload.incident_id);
    try {
      const incident = await deps.pagerduty.getIncident(id);
      if (incident.status !== 'resolved') return candidate;
    } catch (error) {
      if (error instanceof AuthError) throw error;
      // Unsure whether it is open: a new message is the safe side (nothing is hidden in an old thread).
      deps.log.warning(
        `Could not read incident ${id} to see whether its storm is open (${describeError(error)}).`,
      );
      return undefined;
    }
  }
  return undefined;
}

/** What the grouped reply shows of its incident. */
export interface GroupedView {
  incident: IncidentInfo;
  status: IncidentStatus;
  /** Who acknowledged or resolved it, as the event named them. */
  by?: string;
  language?: AlertLanguage;
}

/** The "also firing" reply of a grouped incident in the first incident's thread. */
export function buildGroupedReply(input: {
  channel: string;
  leaderTs: string;
  leaderIncidentId: string;
  runbookId: string;
  view: GroupedView;
  event: DispatchPayload;
  runId: string;
}): SlackMessage {
  const metadata: MessageMetadata = {
    eventType: GROUPED_EVENT_TYPE,
    payload: {
      incident_id: input.view.incident.id,
      leader_incident_id: input.leaderIncidentId,
      runbook_id: input.runbookId,
      event_id: input.event.event_id,
      webhook_id: input.event.webhook_id ?? '',
      run: input.runId,
      status: input.view.status,
    },
  };
  return fitMessage({
    channel: input.channel,
    threadTs: input.leaderTs,
    ...groupedContent(input.view),
    metadata,
  });
}

/** The grouped reply's text and blocks for `view`, keeping its metadata with the new status. */
export function updatedGroupedReply(
  existing: HistoryMessage,
  view: GroupedView,
): Omit<SlackMessage, 'channel' | 'threadTs'> {
  const payload = { ...(existing.metadata?.payload ?? {}), status: view.status };
  const fitted = fitMessage({
    channel: '',
    ...groupedContent(view),
    metadata: { eventType: GROUPED_EVENT_TYPE, payload },
  });
  return {
    text: fitted.text,
    ...(fitted.blocks ? { blocks: fitted.blocks } : {}),
    metadata: { eventType: GROUPED_EVENT_TYPE, payload },
  };
}

const STATUS_WORD: Record<AlertLanguage, Record<IncidentStatus, string>> = {
  en: {
    triggered: ':rotating_light: Triggered',
    acknowledged: ':eyes: Acknowledged',
    resolved: ':white_check_mark: Resolved',
  },
  ja: {
    triggered: ':rotating_light: 発生中',
    acknowledged: ':eyes: 対応中',
    resolved: ':white_check_mark: 解決済み',
  },
};

/** The words of the storm lines; every argument is mrkdwn already. */
const WORDS: Record<
  AlertLanguage,
  { alsoFiring: string; by(name: string): string; count(n: number): string }
> = {
  en: {
    alsoFiring: 'Also firing',
    by: (name) => ` by ${name}`,
    count: (n) =>
      `:cyclone: *${n} more incident${n === 1 ? '' : 's'}* of this runbook fired with it — each in the thread.`,
  },
  ja: {
    alsoFiring: '同時に発生',
    by: (name) => ` (${name})`,
    count: (n) =>
      `:cyclone: この Runbook のインシデントが他に *${n} 件* 同時に発生しています(スレッドに記載)。`,
  },
};

function groupedContent(view: GroupedView): { text: string; blocks: Block[] } {
  const { incident } = view;
  const number = incident.number !== undefined ? `#${incident.number}` : incident.id;
  const title = bold(truncateText(incident.title, 300)) || italic('(no title)');
  const ref = incident.htmlUrl ? link(incident.htmlUrl, number) : escapeMrkdwn(number);
  const language = view.language ?? 'en';
  const w = WORDS[language];
  const by = view.by && view.status !== 'triggered' ? w.by(bold(truncateText(view.by, 100))) : '';
  const line = `:link: ${w.alsoFiring}: ${ref} ${title} · ${STATUS_WORD[language][view.status]}${by}`;
  return {
    text: `${w.alsoFiring}: ${number} ${escapeMrkdwn(truncateText(incident.title, 300))} (${view.status})`,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: line }, block_id: 'oncall-grouped' }],
  };
}

/**
 * Posts the grouped reply once: after posting, the thread is read again and, when a simultaneous run's reply for
 * the same incident is earlier, this run's copy is removed and theirs is the one.
 */
export async function postGroupedReply(
  deps: StormDeps & { pacer?: { wait(channel: string): Promise<void> } },
  message: SlackMessage & { threadTs: string },
): Promise<HistoryMessage> {
  const incidentId = String(message.metadata!.payload.incident_id);
  await deps.pacer?.wait(message.channel);
  const { posted, earlier } = await postReplyOnce(
    deps.slack,
    message,
    (r) => isGroupedReply(r) && r.metadata!.payload.incident_id === incidentId,
  );
  if (earlier) {
    deps.log.info(
      `Incident ${incidentId}: another run grouped it first (ts ${earlier.ts}); removed this run's copy.`,
    );
    return { ...earlier, threadTs: message.threadTs };
  }
  return {
    ts: posted.ts,
    text: message.text,
    threadTs: message.threadTs,
    ...(message.metadata ? { metadata: message.metadata } : {}),
    ...(message.blocks ? { blocks: message.blocks } : {}),
  };
}

/**
 * Sets the first message's count from the thread's grouped replies (the truth), re-reading and repairing a few rounds
 * so that runs counting at the same time end on the full count.
 */
export async function showStormCount(
  deps: StormDeps,
  channel: string,
  leaderTs: string,
  language?: AlertLanguage,
): Promise<number> {
  let count = 0;
  for (let round = 0; round < COUNT_ROUNDS; round++) {
    const [leader, replies] = await Promise.all([
      readMessage(deps.slack, channel, leaderTs),
      deps.slack.listReplies(channel, leaderTs),
    ]);
    if (!leader) return count;
    const ids = groupedIds(replies);
    count = ids.length;
    const payload = leader.metadata?.payload ?? {};
    const kept = ids.slice(0, GROUPED_IDS_KEPT).join(',');
    if (payload.grouped_count === count && payload.grouped_ids === kept) return count;
    // `chat.update` rewrites the whole message: the status it carries is set to PagerDuty's, read just now, so that
    // an acknowledgement written since this run read the message is not turned back.
    const withCount = withStormCount(leader, count, kept, language);
    const shown = stateFromMetadata(payload);
    const current = await currentState(deps, shown, payload.incident_id);
    await deps.slack.updateMessage(
      channel,
      leaderTs,
      sameState(shown, current)
        ? withCount
        : updatedTopMessage({ ts: leaderTs, ...withCount }, current, language),
    );
  }
  return count;
}

/** The state with PagerDuty's current status and level, or as shown when PagerDuty cannot say. */
async function currentState(
  deps: StormDeps,
  shown: IncidentState,
  incidentId: unknown,
): Promise<IncidentState> {
  if (typeof incidentId !== 'string') return shown;
  try {
    const incident = await deps.pagerduty.getIncident(incidentId);
    return withCurrentStatus(shown, incident.status, incident.escalationLevel);
  } catch (error) {
    if (error instanceof AuthError) throw error;
    return shown;
  }
}

/** The first message with its storm line and count; everything else as Slack returned it. */
export function withStormCount(
  leader: HistoryMessage,
  count: number,
  ids: string,
  language: AlertLanguage = 'en',
): Omit<SlackMessage, 'channel' | 'threadTs'> {
  const blocks = (leader.blocks ?? []).filter((b) => b.block_id !== STORM_BLOCK_ID);
  if (count > 0) {
    const line = WORDS[language].count(count);
    const block: Block = {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: line }],
      block_id: STORM_BLOCK_ID,
    };
    // Under the headline, where it is seen when scanning the channel.
    blocks.splice(Math.min(1, blocks.length), 0, block);
  }
  const payload = { ...(leader.metadata?.payload ?? {}), grouped_count: count, grouped_ids: ids };
  return { text: leader.text, blocks, metadata: { eventType: TOP_EVENT_TYPE, payload } };
}

/**
 * A later event of a grouped incident: its own reply shows PagerDuty's current status, and an event that pages or
 * names people (escalated, reassigned, delegated) or adds a note is also posted in the thread, once, naming the
 * incident.
 */
export async function replyForGrouped(
  deps: StormDeps & { pacer?: { wait(channel: string): Promise<void> } },
  input: {
    channel: string;
    event: DispatchPayload;
    grouped: HistoryMessage;
    incident: PdIncident | undefined;
    dryRun?: boolean;
    language?: AlertLanguage;
  },
): Promise<{
  messageTs?: string;
  threadTs: string;
  messages: SlackMessage[];
  action: 'replied' | 'duplicate' | 'dry-run';
}> {
  const { event, grouped, channel } = input;
  const threadTs = grouped.threadTs!;
  const status = (input.incident?.status ?? statusAfter(event, grouped)) as IncidentStatus;
  const view: GroupedView = {
    incident: infoOf(event, input.incident),
    status,
    ...(event.agent?.name ? { by: event.agent.name } : {}),
    ...(input.language ? { language: input.language } : {}),
  };
  const update = updatedGroupedReply(grouped, view);
  const messages: SlackMessage[] = [];
  const note = THREAD_EVENTS.has(event.event_type)
    ? buildReply({ channel, threadTs, event, ...(input.language ? { language: input.language } : {}) })
    : undefined;
  const named = note ? namedReply(note, view.incident) : undefined;
  if (input.dryRun) {
    if (named) messages.push(named);
    deps.log.info(`Dry run: would show incident ${event.incident.id} as ${status} in its storm's thread.`);
    return { threadTs, messages, action: 'dry-run' };
  }
  if (grouped.metadata?.payload.status !== status)
    await deps.slack.updateMessage(channel, grouped.ts, update);
  let messageTs: string | undefined;
  let action: 'replied' | 'duplicate' = 'duplicate';
  if (named) {
    const earlier = (await deps.slack.listReplies(channel, threadTs)).find((r) => isPostFor(r, event));
    if (earlier) messageTs = earlier.ts;
    else {
      await deps.pacer?.wait(channel);
      messageTs = (await deps.slack.postMessage(named, { findAfter: new Date(Number(threadTs) * 1000) })).ts;
      action = 'replied';
      messages.push(named);
    }
  }
  return { ...(messageTs ? { messageTs } : {}), threadTs, messages, action };
}

/** Events of a grouped incident that get a reply of their own in the storm's thread. */
const THREAD_EVENTS = new Set([
  'incident.escalated',
  'incident.reassigned',
  'incident.delegated',
  'incident.annotated',
]);

/** A reply built for the incident's own thread, prefixed with which incident of the storm it is about. */
function namedReply(reply: SlackMessage, incident: IncidentInfo): SlackMessage {
  const number = incident.number !== undefined ? `#${incident.number}` : incident.id;
  const ref = incident.htmlUrl ? link(incident.htmlUrl, number) : escapeMrkdwn(number);
  const prefix = (text: string) => `${ref}: ${text}`;
  return fitMessage({
    ...reply,
    text: prefix(reply.text),
    ...(reply.blocks
      ? {
          blocks: reply.blocks.map((b) =>
            b.type === 'section' && b.text ? { ...b, text: { ...b.text, text: prefix(b.text.text) } } : b,
          ),
        }
      : {}),
  });
}

function statusAfter(event: DispatchPayload, grouped: HistoryMessage): string {
  if (event.event_type === 'incident.acknowledged') return 'acknowledged';
  if (event.event_type === 'incident.resolved') return 'resolved';
  if (event.event_type === 'incident.reopened' || event.event_type === 'incident.unacknowledged')
    return 'triggered';
  const shown = grouped.metadata?.payload.status;
  return shown === 'acknowledged' || shown === 'resolved' ? shown : 'triggered';
}

function infoOf(event: DispatchPayload, incident: PdIncident | undefined): IncidentInfo {
  if (incident) {
    return {
      id: incident.id,
      ...(incident.number !== undefined ? { number: incident.number } : {}),
      title: incident.title,
      htmlUrl: incident.htmlUrl,
    };
  }
  const p = event.incident;
  return {
    id: p.id,
    ...(p.number !== undefined ? { number: p.number } : {}),
    title: p.title,
    ...(p.html_url ? { htmlUrl: p.html_url } : {}),
  };
}

/** The distinct incident ids of a thread's grouped replies, in the order they were grouped. */
function groupedIds(replies: readonly HistoryMessage[]): string[] {
  const ids: string[] = [];
  for (const r of [...replies].sort((a, b) => compareTs(a.ts, b.ts))) {
    if (!isGroupedReply(r)) continue;
    const id = String(r.metadata!.payload.incident_id);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function earliestGrouped(replies: readonly HistoryMessage[], incidentId: string): HistoryMessage | undefined {
  return replies
    .filter((r) => isGroupedReply(r) && r.metadata!.payload.incident_id === incidentId)
    .sort((a, b) => compareTs(a.ts, b.ts))[0];
}

/** Top-level incident messages posted in [oldest, latest] (ms), a bounded number of pages. */
async function readTops(
  slack: SlackApi,
  channel: string,
  oldestMs: number,
  latestMs: number,
): Promise<HistoryMessage[]> {
  const out: HistoryMessage[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < LEADER_PAGES; page++) {
    const read = await slack.readHistory(channel, {
      oldest: (oldestMs / 1000).toFixed(6),
      latest: (latestMs / 1000).toFixed(6),
      limit: 999,
      ...(cursor ? { cursor } : {}),
    });
    out.push(
      ...read.messages.filter(
        (m) =>
          (m.threadTs === undefined || m.threadTs === m.ts) &&
          m.metadata?.eventType === TOP_EVENT_TYPE &&
          typeof m.metadata.payload.incident_id === 'string',
      ),
    );
    cursor = read.messages.length > 0 ? read.nextCursor : undefined;
    if (!cursor) break;
  }
  return out;
}

/**
 * Posts a new incident into its storm's thread (or, in a dry run, only builds the reply) and brings the first
 * message's count up to date. A failed count update is a warning: the reply, which is what matters, is posted.
 */
export async function joinStorm(
  deps: StormDeps & { pacer?: { wait(channel: string): Promise<void> } },
  input: {
    channel: string;
    leader: HistoryMessage;
    event: DispatchPayload;
    incident: IncidentInfo;
    status: string;
    runbookId: string;
    runId: string;
    dryRun?: boolean;
    language?: AlertLanguage;
  },
): Promise<{ message: SlackMessage; reply?: HistoryMessage }> {
  const leaderIncidentId = String(input.leader.metadata?.payload.incident_id ?? '');
  const status: IncidentStatus =
    input.status === 'acknowledged' || input.status === 'resolved' ? input.status : 'triggered';
  const message = buildGroupedReply({
    channel: input.channel,
    leaderTs: input.leader.ts,
    leaderIncidentId,
    runbookId: input.runbookId,
    view: { incident: input.incident, status, ...(input.language ? { language: input.language } : {}) },
    event: input.event,
    runId: input.runId,
  });
  deps.log.info(
    `Incident ${input.incident.id} joins the storm of incident ${leaderIncidentId} (runbook ${input.runbookId}): ` +
      `posting it in that thread (ts ${input.leader.ts}).`,
  );
  if (input.dryRun) return { message };
  const reply = await postGroupedReply(deps, { ...message, threadTs: input.leader.ts });
  try {
    await showStormCount(deps, input.channel, input.leader.ts, input.language);
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(
      `Could not update the count on the message of incident ${leaderIncidentId} (${describeError(error)}).`,
    );
  }
  return { message, reply };
}
