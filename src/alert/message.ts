/**
 * The Slack side of the alert path, as data: the incident's top-level message, its status line, and one thread
 * reply per later event. Pure — no I/O; `run.ts` looks people up and posts.
 *
 * Every piece of outside text (titles, names, notes, runbook fields) goes through the mrkdwn helpers, so the only
 * live mention in a message is a Slack user ID the program looked up itself.
 */
import type { DispatchPayload } from '../dispatch/types.js';
import { ACTIONS_BLOCK_ID, incidentActionsBlock } from '../interact/buttons.js';
import { fitMessage, truncateText } from '../slack/limits.js';
import { bold, boldName, code, escapeMrkdwn, escapeName, italic, link, mention } from '../slack/mrkdwn.js';
import type { Block, HistoryMessage, MessageMetadata, SlackMessage, TextObject } from '../slack/types.js';
import type { AlertContext } from './context.js';
import { alertStrings, type AlertLanguage, type AlertStrings } from './strings.js';

/** `event_type` of the incident's top-level message metadata. */
export const TOP_EVENT_TYPE = 'oncall_incident';
/** `event_type` of a grouped incident's reply in the first incident's thread (src/alert/storm.ts). */
export const GROUPED_EVENT_TYPE = 'oncall_grouped_incident';
/** `event_type` of thread replies' metadata. */
export const REPLY_EVENT_TYPE = 'oncall_incident_event';
/** How many runbooks besides the best one the message lists. */
export const ALSO_MATCHED_SHOWN = 3;

const STATUS_BLOCK_ID = 'oncall-status';
const ESCALATION_BLOCK_ID = 'oncall-escalated';
const RUNBOOK_BLOCK_ID = 'oncall-runbook';
const INCIDENT_BLOCK_ID = 'oncall-incident';
const DETAILS_BLOCK_ID = 'oncall-details';
/** The headline's lead by status: a resolved incident reads as resolved when scanning the channel. */
const HEADLINE_EMOJI: Record<IncidentStatus, string> = {
  triggered: ':rotating_light:',
  acknowledged: ':eyes:',
  resolved: ':white_check_mark:',
};
const STATUS_RANK: Record<IncidentStatus, number> = { triggered: 0, acknowledged: 1, resolved: 2 };

export interface IncidentInfo {
  id: string;
  number?: number;
  title: string;
  htmlUrl?: string;
  service?: { id?: string; name?: string };
  urgency?: string;
  priority?: string | null;
  escalationPolicy?: { id: string; name?: string };
}

/** Someone to show: mentioned when `slackId` was looked up, otherwise named. */
export interface Person {
  name: string;
  slackId?: string;
}

export interface RunbookLink {
  id: string;
  title: string;
  /** Where the runbook lives (its `url`, or its `doc` on GitHub); absent when neither is known. */
  href?: string;
  owner?: string;
  terms: string[];
  escalateTo?: number;
}

/** Which runbook index the match came from. */
export interface IndexInfo {
  version: number;
  /** Commit the index was built from, when known. */
  commit: string | null;
  /** Where it was read from: "published index", "runbooks/", a file path. */
  origin: string;
}

export type IncidentStatus = 'triggered' | 'acknowledged' | 'resolved';

/** The incident's state as the status line shows it; kept in the top message's metadata between runs. */
export interface IncidentState {
  status: IncidentStatus;
  /** `occurred_at` of the event that set `status`: an older event arriving late does not overwrite it. */
  statusAt?: string;
  acknowledgedAt?: string;
  acknowledgedBy?: string;
  resolvedAt?: string;
  resolvedBy?: string;
  /** Escalation level, once escalated. */
  level?: number;
  /**
   * `occurred_at` of the escalation that set `level`. The level has its own order: an escalation that arrives after
   * a later acknowledgement or resolution still counts, and an older one never lowers a newer level.
   */
  levelAt?: string;
  /** What became of the best runbook's `escalate_to`, when it has one. */
  escalation?: EscalationState;
  /** Who is on the incident since an escalation, reassignment or delegation (the top message's "On call"). */
  onCall?: Person[];
  /** The level `onCall` is on call at, when an escalation says. */
  onCallLevel?: number;
}

/**
 * The runbook's `escalate_to` and what became of it. `pending`: the message is posted, the escalation not yet
 * decided (a run that finds it still pending after its creator had time to finish completes it); `failed`: tried and
 * refused, retried by a re-run; `skipped`: PagerDuty's current state made it unnecessary (acknowledged, resolved,
 * already at or above the level) or nothing could be tried (no From email).
 */
export interface EscalationState {
  wanted: number;
  outcome: 'pending' | 'done' | 'skipped' | 'failed';
  /** Why it was skipped or failed, shown in the message. */
  reason?: string;
}

export interface TopMessageInput {
  channel: string;
  incident: IncidentInfo;
  /** On-call for the incident's escalation policy at `onCallLevel`. */
  onCall: Person[];
  onCallLevel: number;
  /** Every matching runbook, best first. */
  runbooks: RunbookLink[];
  index?: IndexInfo;
  /** Where to send people to add a runbook (a PR to `runbooks/`). */
  addRunbookUrl?: string;
  state: IncidentState;
  /** The event that created the message, for its metadata. */
  eventId: string;
  webhookId: string | null;
  /** Tells simultaneous runs' posts apart when they settle which one stays. */
  runId?: string;
  /** What the monitoring tool said: summary, details, links. */
  context?: AlertContext;
  language?: AlertLanguage;
}

/** The incident's top-level message. */
export function buildTopMessage(input: TopMessageInput): SlackMessage {
  const { incident } = input;
  const s = alertStrings(input.language);
  const blocks: Block[] = [];
  const number = incident.number !== undefined ? `#${incident.number}` : incident.id;
  const titleLine = `${bold(incident.title) || italic(s.noTitle)}`;
  const incidentLink = incident.htmlUrl
    ? link(incident.htmlUrl, s.inPagerDuty(number))
    : escapeMrkdwn(number);
  blocks.push(section(`${headline(input.state.status, titleLine, s)}\n${incidentLink}`, INCIDENT_BLOCK_ID));

  const fields: TextObject[] = [];
  if (incident.service?.name || incident.service?.id) {
    fields.push(
      mrkdwn(`*${s.service}*\n${escapeMrkdwn(incident.service.name ?? incident.service.id ?? '')}`),
    );
  }
  const urgency = [incident.urgency, incident.priority].filter(
    (x): x is string => typeof x === 'string' && x !== '',
  );
  if (urgency.length > 0) fields.push(mrkdwn(`*${s.urgency}*\n${urgency.map(escapeMrkdwn).join(' · ')}`));
  const onCall = input.state.onCall ?? input.onCall;
  fields.push(onCallField(onCall, input.state.onCallLevel ?? input.onCallLevel, s));
  blocks.push({ type: 'section', fields, block_id: DETAILS_BLOCK_ID });
  if (input.context) blocks.push(...contextBlocks(input.context, s));

  const [best, ...others] = input.runbooks;
  if (best) {
    const owner = best.owner ? s.owner(escapeMrkdwn(clip(best.owner, 200))) : '';
    const terms =
      best.terms.length > 0
        ? `\n${s.matched(
            best.terms
              .slice(0, 10)
              .map((t) => code(clip(t, 100)))
              .join(', '),
          )}`
        : '';
    const more = best.terms.length > 10 ? s.andMore(best.terms.length - 10) : '';
    blocks.push(
      section(`:book: *${s.runbook}* ${runbookLink(best)}${owner}${terms}${more}`, RUNBOOK_BLOCK_ID),
    );
    if (input.state.escalation) blocks.push(escalationBlock(input.state.escalation, s));
    if (others.length > 0) {
      const shown = others.slice(0, ALSO_MATCHED_SHOWN).map(runbookLink);
      const rest = others.length - shown.length;
      // The count leads, so it survives when a very long message has to be shortened.
      const count = rest > 0 ? s.alsoMatchedCount(others.length, rest) : '';
      blocks.push(context(s.alsoMatched(count, shown.join(', ')), 'oncall-also'));
    }
  } else {
    const how = input.addRunbookUrl
      ? s.addOne(link(input.addRunbookUrl, s.alertRunbookLabel))
      : s.addOnePlain;
    // The alert's own runbook link comes first: it is what a responder can open now.
    const own = input.context?.runbookUrl
      ? ` ${s.alertRunbook(link(input.context.runbookUrl, clip(input.context.runbookUrl, 200)))}`
      : '';
    blocks.push(section(`:grey_question: ${s.noRunbook}${own} ${how}`, RUNBOOK_BLOCK_ID));
  }
  if (input.index) blocks.push(context(indexLine(input.index, s), 'oncall-index'));
  blocks.push(statusBlock(input.state, s));
  blocks.push(...incidentButtons(input.state, incident.id));

  const text = fallbackText(input.state.status, incident.title, people(onCall), s);
  return fitMessage({
    channel: input.channel,
    text,
    blocks,
    metadata: topMetadata(incident.id, input.eventId, input.webhookId, input.state, best?.id, input.runId),
  });
}

/**
 * The top message with a new status line: the earlier blocks as Slack returned them, the status block replaced, the
 * metadata carrying the new state. `chat.update` replaces a whole message, so nothing else may be lost.
 */
export function updatedTopMessage(
  existing: HistoryMessage,
  state: IncidentState,
  language?: AlertLanguage,
): Omit<SlackMessage, 'channel'> {
  const s = alertStrings(language);
  const payload = existing.metadata?.payload ?? {};
  const blocks = (existing.blocks ?? [])
    .filter(
      (b) =>
        b.block_id !== STATUS_BLOCK_ID &&
        b.block_id !== ACTIONS_BLOCK_ID &&
        !(state.escalation && b.block_id === ESCALATION_BLOCK_ID),
    )
    .map((b) => {
      if (b.block_id === INCIDENT_BLOCK_ID) return withHeadline(b, state.status, s);
      if (b.block_id === DETAILS_BLOCK_ID && state.onCall)
        return withOnCall(b, state.onCall, state.onCallLevel, s);
      return b;
    });
  if (state.escalation) {
    const after = blocks.findIndex((b) => b.block_id === RUNBOOK_BLOCK_ID);
    blocks.splice(after < 0 ? blocks.length : after + 1, 0, escalationBlock(state.escalation, s));
  }
  blocks.push(statusBlock(state, s));
  // Buttons where the message had them (or lost them on resolve, before resolved messages kept Draft postmortem): one
  // posted before buttons existed does not sprout them.
  const hadButtons =
    (existing.blocks?.some((b) => b.block_id === ACTIONS_BLOCK_ID) ?? false) || payload.status === 'resolved';
  if (hadButtons && typeof payload.incident_id === 'string') {
    blocks.push(...incidentButtons(state, payload.incident_id));
  }
  const text = updatedFallback(existing.text, state, s);
  const metadata: MessageMetadata = {
    eventType: TOP_EVENT_TYPE,
    payload: { ...withoutState(payload), ...stateToPayload(state) },
  };
  const fitted = fitMessage({ channel: '', text, blocks, metadata });
  return { text: fitted.text, ...(fitted.blocks ? { blocks: fitted.blocks } : {}), metadata };
}

export interface ReplyInput {
  channel: string;
  threadTs: string;
  event: DispatchPayload;
  /** Who is on call now (escalated: the new level's on-call; reassigned: the new assignees), looked up. */
  people?: Person[];
  /** The level an escalation reached, when known. */
  level?: number;
  language?: AlertLanguage;
}

/** The thread reply for a later event, or undefined for events that add nothing to the thread. */
export function buildReply(input: ReplyInput): SlackMessage | undefined {
  const { event } = input;
  const s = alertStrings(input.language);
  const by = event.agent?.name ? s.by(boldName(event.agent.name)) : '';
  const who = people(input.people ?? []) || people(assigneesOf(event));
  let text: string;
  switch (event.event_type) {
    case 'incident.acknowledged':
      text = s.acknowledged(by);
      break;
    case 'incident.unacknowledged':
      text = s.unacknowledged;
      break;
    case 'incident.escalated':
      text = s.escalated(input.level !== undefined ? s.toLevel(input.level) : '', by, who);
      break;
    case 'incident.reassigned':
      text = s.reassigned(who, by);
      break;
    case 'incident.delegated': {
      const policy = event.incident.escalation_policy;
      text = s.delegated(bold(clip(policy?.name ?? policy?.id ?? '', 200)), by, who);
      break;
    }
    case 'incident.annotated': {
      const note = (event.note ?? '').trim();
      const quoted = note === '' ? '' : `\n${quote(note)}`;
      text = `${s.note(by)}${quoted}`;
      break;
    }
    case 'incident.resolved':
      text = s.resolved(by);
      break;
    case 'incident.reopened':
      text = s.reopened(by);
      break;
    case 'incident.priority_updated': {
      const priority = event.incident.priority ? s.priorityTo(bold(event.incident.priority)) : s.priorityNone;
      text = s.priority(priority, by);
      break;
    }
    default:
      return undefined;
  }
  const fitted = fitMessage({
    channel: input.channel,
    threadTs: input.threadTs,
    text,
    blocks: [section(text)],
    metadata: replyMetadata(event, input.level),
  });
  return fitted;
}

/**
 * The state after `event`; events older than the one that set the current status do not move it back.
 *
 * `level` is the level an escalation reached; `levelNow` the level PagerDuty's incident shows now (read off the people
 * on it), which orders two escalations of the same instant: their `occurred_at` cannot say which came last.
 */
export function applyEvent(
  state: IncidentState,
  event: DispatchPayload,
  level?: number,
  levelNow?: number,
): IncidentState {
  const next: IncidentState = { ...state };
  const at = event.occurred_at;
  const newer = !state.statusAt || !at || compareInstants(at, state.statusAt) >= 0;
  const sameInstant = !!at && !!state.statusAt && compareInstants(at, state.statusAt) === 0;
  const agent = event.agent?.name;
  const setStatus = (status: IncidentStatus) => {
    if (!newer) return;
    // Events of the same instant (a re-run, or PagerDuty's second resolution) settle on the later stage, so that
    // replaying them in any order gives the same status.
    if (sameInstant && STATUS_RANK[status] < STATUS_RANK[state.status]) return;
    next.status = status;
    if (at) next.statusAt = at;
  };
  switch (event.event_type) {
    case 'incident.acknowledged':
      if (newer || !next.acknowledgedAt) {
        if (at) next.acknowledgedAt = at;
        if (agent) next.acknowledgedBy = agent;
      }
      setStatus('acknowledged');
      break;
    case 'incident.unacknowledged':
      setStatus('triggered');
      break;
    case 'incident.resolved':
      // A late delivery of an earlier resolution does not overwrite who resolved it last, and when.
      if (!next.resolvedAt || !at || compareInstants(at, next.resolvedAt) >= 0) {
        if (at) next.resolvedAt = at;
        if (agent) next.resolvedBy = agent;
      }
      setStatus('resolved');
      break;
    case 'incident.reopened':
      if (newer) {
        delete next.resolvedAt;
        delete next.resolvedBy;
      }
      setStatus('triggered');
      break;
    case 'incident.escalated': {
      if (level === undefined) break;
      const order = !state.levelAt || !at ? 1 : compareInstants(at, state.levelAt);
      if (order > 0) {
        next.level = level;
        if (at) next.levelAt = at;
      } else if (order === 0) {
        next.level = sameInstantLevel(state.level ?? 1, level, levelNow);
      }
      break;
    }
    default:
      break;
  }
  return next;
}

/**
 * Of two escalations with the same `occurred_at`, the level that stays: the one PagerDuty shows now, or else the higher
 * (as events of one instant settle on the later stage), so that the runs give the same line in any order.
 */
function sameInstantLevel(shown: number, level: number, levelNow: number | undefined): number {
  if (levelNow === shown || levelNow === level) return levelNow;
  return Math.max(shown, level);
}

/**
 * Orders two ISO 8601 timestamps by the instant they name (`…01:00:00.500Z` is after `…01:00:00Z`, offsets count);
 * text that is not a date sorts before any date, and two such texts compare as text.
 */
export function compareInstants(a: string, b: string): number {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) {
    if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return x - y;
}

/**
 * The state with PagerDuty's current status and level, read just now: whatever order the runs of overlapping events
 * finish in, the status line ends as PagerDuty has it.
 */
export function withCurrentStatus(state: IncidentState, status: string, level?: number): IncidentState {
  const next: IncidentState = { ...state };
  if (status === 'triggered' || status === 'acknowledged' || status === 'resolved') next.status = status;
  if (level !== undefined) {
    if (level > 1) next.level = level;
    else delete next.level;
  }
  return next;
}

/** Whether two states show the same status line and escalation note. */
export function sameState(a: IncidentState, b: IncidentState): boolean {
  const keys: (keyof IncidentState)[] = [
    'status',
    'statusAt',
    'acknowledgedAt',
    'acknowledgedBy',
    'resolvedAt',
    'resolvedBy',
    'level',
    'levelAt',
  ];
  const e = a.escalation;
  const f = b.escalation;
  const sameEscalation =
    e === f || (!!e && !!f && e.wanted === f.wanted && e.outcome === f.outcome && e.reason === f.reason);
  const sameOnCall =
    a.onCallLevel === b.onCallLevel && JSON.stringify(a.onCall ?? null) === JSON.stringify(b.onCall ?? null);
  return sameEscalation && sameOnCall && keys.every((k) => a[k] === b[k]);
}

/** The state for a new top message, from the incident's status as PagerDuty reports it. */
export function initialState(status: string, occurredAt: string): IncidentState {
  const s: IncidentStatus = status === 'acknowledged' || status === 'resolved' ? status : 'triggered';
  return { status: s, ...(occurredAt ? { statusAt: occurredAt } : {}) };
}

/** Reads the state back from a top message's metadata (missing or odd fields are ignored). */
export function stateFromMetadata(payload: MessageMetadata['payload']): IncidentState {
  const s = payload.status;
  const state: IncidentState = {
    status: s === 'acknowledged' || s === 'resolved' ? s : 'triggered',
  };
  const str = (k: string) =>
    typeof payload[k] === 'string' && payload[k] !== '' ? (payload[k] as string) : undefined;
  const statusAt = str('status_at');
  if (statusAt) state.statusAt = statusAt;
  const ackAt = str('acknowledged_at');
  if (ackAt) state.acknowledgedAt = ackAt;
  const ackBy = str('acknowledged_by');
  if (ackBy) state.acknowledgedBy = ackBy;
  const resAt = str('resolved_at');
  if (resAt) state.resolvedAt = resAt;
  const resBy = str('resolved_by');
  if (resBy) state.resolvedBy = resBy;
  if (typeof payload.level === 'number') state.level = payload.level;
  const levelAt = str('level_at');
  if (levelAt) state.levelAt = levelAt;
  const wanted = payload.escalate_to;
  const outcome = payload.escalation;
  if (
    typeof wanted === 'number' &&
    (outcome === 'pending' || outcome === 'done' || outcome === 'skipped' || outcome === 'failed')
  ) {
    const reason = str('escalation_reason');
    state.escalation = { wanted, outcome, ...(reason ? { reason } : {}) };
  }
  const onCall = peopleFromPayload(str('on_call'));
  if (onCall) state.onCall = onCall;
  if (typeof payload.on_call_level === 'number') state.onCallLevel = payload.on_call_level;
  return state;
}

/** Metadata of the top message: how later runs find it (`incident_id`) and the state they update. */
export function topMetadata(
  incidentId: string,
  eventId: string,
  webhookId: string | null,
  state: IncidentState,
  runbookId?: string,
  runId?: string,
): MessageMetadata {
  return {
    eventType: TOP_EVENT_TYPE,
    payload: {
      incident_id: incidentId,
      event_id: eventId,
      webhook_id: webhookId ?? '',
      ...(runbookId ? { runbook_id: runbookId } : {}),
      ...(runId ? { run: runId } : {}),
      ...stateToPayload(state),
    },
  };
}

/** Metadata of a thread reply: how a re-run sees that this event was already posted. */
export function replyMetadata(event: DispatchPayload, level?: number): MessageMetadata {
  return {
    eventType: REPLY_EVENT_TYPE,
    payload: {
      incident_id: event.incident.id,
      event_id: event.event_id,
      webhook_id: event.webhook_id ?? '',
      // What the event changed, so that the run writing the status line last can fold in every event in the thread
      // (chat.update has no compare-and-set: a run writing at the same time may have overwritten another's change).
      incident_event: event.event_type,
      occurred_at: event.occurred_at,
      ...(event.agent?.name ? { agent: event.agent.name } : {}),
      ...(level !== undefined ? { level } : {}),
    },
  };
}

/**
 * The state with every event the thread's replies record folded in, oldest first. `applyEvent` keeps each field's own
 * order, so an event already in the state changes nothing and one lost to a concurrent write comes back.
 */
export function withThreadEvents(state: IncidentState, replies: readonly HistoryMessage[]): IncidentState {
  const events = replies.flatMap((r) => {
    const p = r.metadata?.payload;
    if (r.metadata?.eventType !== REPLY_EVENT_TYPE || !p) return [];
    if (typeof p.incident_event !== 'string' || typeof p.occurred_at !== 'string') return [];
    const level = typeof p.level === 'number' ? p.level : undefined;
    const agent = typeof p.agent === 'string' ? p.agent : undefined;
    return [{ type: p.incident_event, at: p.occurred_at, agent, level }];
  });
  events.sort((a, b) => compareInstants(a.at, b.at));
  return events.reduce(
    (s, e) =>
      applyEvent(
        s,
        {
          v: 1,
          webhook_id: null,
          event_id: '',
          event_type: e.type,
          occurred_at: e.at,
          incident: { id: '', title: '', status: '' },
          agent: e.agent !== undefined ? { id: '', name: e.agent } : null,
        },
        e.level,
      ),
    state,
  );
}

/** True for a grouped incident's reply (what the thread look-up returns for a grouped incident). */
export function isGroupedReply(message: HistoryMessage): boolean {
  return message.metadata?.eventType === GROUPED_EVENT_TYPE;
}

/** True when `message` is the reply (or the top message) for this event: same event id, or same delivery. */
export function isPostFor(message: HistoryMessage, event: DispatchPayload): boolean {
  const p = message.metadata?.payload;
  if (!p) return false;
  if (p.event_id === event.event_id) return true;
  return event.webhook_id !== null && event.webhook_id !== '' && p.webhook_id === event.webhook_id;
}

/** The status line (a context block), e.g. "Acknowledged by Ann at 10:02 · Escalated to level 2". */
export function statusText(state: IncidentState, language?: AlertLanguage): string {
  const s = alertStrings(language);
  const parts: string[] = [s.status[state.status]];
  if (state.acknowledgedAt || state.acknowledgedBy) {
    parts.push(s.acknowledgedWhoWhen(whoWhen(state.acknowledgedBy, state.acknowledgedAt, s)));
  }
  if (state.status === 'resolved' && (state.resolvedAt || state.resolvedBy)) {
    parts.push(s.resolvedWhoWhen(whoWhen(state.resolvedBy, state.resolvedAt, s)));
  }
  if (state.level !== undefined && state.level > 1) parts.push(s.escalatedTo(state.level));
  return parts.join(' · ');
}

/** The GitHub link to a runbook's document, from the index `source`. */
export function docUrl(
  source: { repository: string | null; commit: string | null; dir: string },
  doc: string,
  serverUrl = 'https://github.com',
): string | undefined {
  if (!source.repository) return undefined;
  const path = [source.dir, doc]
    .map((p) => p.replace(/^\.?\/+|\/+$/g, ''))
    .filter((p) => p !== '' && p !== '.')
    .join('/');
  const ref = source.commit ?? 'HEAD';
  return `${serverUrl.replace(/\/+$/, '')}/${source.repository}/blob/${ref}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The buttons under the status line (Acknowledge, Resolve, Escalate, Add note), following the state: only Draft
 * postmortem once resolved. Clicks go to the relay's Slack routes (src/interact/).
 */
function incidentButtons(state: IncidentState, incidentId: string): Block[] {
  return [incidentActionsBlock(state.status, incidentId)];
}

function statusBlock(state: IncidentState, s: AlertStrings): Block {
  return context(statusText(state, languageOf(s)), STATUS_BLOCK_ID);
}

/** The line under the runbook saying what became of its `escalate_to`. */
export function escalationText(e: EscalationState, language?: AlertLanguage): string {
  const s = alertStrings(language);
  const lead = s.escalationLead(e.wanted);
  const why = e.reason ? escapeMrkdwn(truncateText(e.reason, 300)) : '';
  switch (e.outcome) {
    case 'pending':
      return `:arrow_double_up: ${lead}: ${s.escalating}`;
    case 'done':
      return `:arrow_double_up: ${lead}: ${s.escalatedDone}`;
    case 'skipped':
      return `:arrow_double_up: ${lead}: ${s.notEscalated(why)}`;
    case 'failed':
      return s.escalationFailed(lead, why, e.wanted);
  }
}

function escalationBlock(e: EscalationState, s: AlertStrings): Block {
  return section(escalationText(e, languageOf(s)), ESCALATION_BLOCK_ID);
}

function languageOf(s: AlertStrings): AlertLanguage {
  return s === alertStrings('ja') ? 'ja' : 'en';
}

/** The headline's first part: an emoji for the status, and for a resolved incident a tag and a struck title. */
function headline(status: IncidentStatus, titleLine: string, s: AlertStrings): string {
  if (status !== 'resolved') return `${HEADLINE_EMOJI[status]} ${titleLine}`;
  // `~` cannot be escaped in mrkdwn: inside the struck span it becomes `∼` (U+223C) so the title cannot end it early.
  const safe = titleLine.replace(/~/g, '\u223C');
  // Struck inside the bold (`*~title~*`): Slack shows it bold and struck, and the strike starts after a boundary.
  const bolded = /^\*(.+)\*$/.exec(safe);
  const struck = bolded ? `*~${bolded[1]!}~*` : `~${safe}~`;
  return `${HEADLINE_EMOJI.resolved} *[${s.resolvedTag}]* ${struck}`;
}

/** The title as `headline` received it, from a headline of any status and language. */
function titleOfHeadline(line: string): string {
  const rest = line.replace(/^:[a-z0-9_+-]+: /, '');
  const boldStruck = /^\*\[[^\]]*\]\* \*~(.*)~\*$/.exec(rest);
  if (boldStruck) return `*${boldStruck[1]!}*`;
  const struck = /^\*\[[^\]]*\]\* ~(.*)~$/.exec(rest);
  return struck ? struck[1]! : rest;
}

/** The incident block with its headline set to `status` (the link line below it kept as it was). */
function withHeadline(block: Block, status: IncidentStatus, s: AlertStrings): Block {
  if (block.type !== 'section' || !block.text) return block;
  const [first = '', ...rest] = block.text.text.split('\n');
  const line = headline(status, titleOfHeadline(first), s);
  return { ...block, text: { ...block.text, text: [line, ...rest].join('\n') } };
}

/** The details block with its "On call" field showing `onCall` (the other fields kept as they were). */
function withOnCall(block: Block, onCall: Person[], level: number | undefined, s: AlertStrings): Block {
  if (block.type !== 'section' || !block.fields) return block;
  const field = onCallField(onCall, level ?? 1, s);
  // The on-call field is always the last one the top message writes.
  return { ...block, fields: [...block.fields.slice(0, -1), field] };
}

function onCallField(onCall: readonly Person[], level: number, s: AlertStrings): TextObject {
  return mrkdwn(`*${s.onCall(level)}*\n${people(onCall) || italic(s.nobodyOnCall)}`);
}

/** Notification text: status word, title, on-call; outside text escaped. */
function fallbackText(status: IncidentStatus, title: string, onCall: string, s: AlertStrings): string {
  return s.fallback(s.statusWord[status], escapeMrkdwn(title), onCall);
}

/** The notification text with the status word (any language) set to the new status. */
function updatedFallback(text: string, state: IncidentState, s: AlertStrings): string {
  const languages = [alertStrings('en'), alertStrings('ja')];
  const words = languages.flatMap((x) => Object.values(x.statusWord));
  const lead = words.find((w) => text.startsWith(`${w}: `));
  if (!lead) return text;
  let title = text.slice(lead.length + 2);
  if (state.onCall) {
    // The on-call part ends the text: cut it at the last separator, so a title containing one stays whole.
    const cuts = languages.map((x) => title.lastIndexOf(x.fallback('', '', '-').slice(2, -1)));
    const cut = Math.max(...cuts);
    if (cut >= 0) title = title.slice(0, cut);
    return s.fallback(s.statusWord[state.status], title, people(state.onCall));
  }
  return `${s.statusWord[state.status]}: ${title}`;
}

/** What the monitoring tool said: a section with its summary, description and first details, then its links. */
function contextBlocks(c: AlertContext, s: AlertStrings): Block[] {
  const lines: string[] = [];
  if (c.summary) lines.push(quote(clip(c.summary, 300)));
  if (c.description) lines.push(quote(clip(c.description, 600)));
  const details = c.details.map((d) =>
    d.key === ''
      ? escapeMrkdwn(clip(d.value, 200))
      : `${code(clip(d.key, 50))} ${escapeMrkdwn(clip(oneLine(d.value), 150))}`,
  );
  if (details.length > 0) lines.push(details.join(' · '));
  const blocks: Block[] = [];
  if (lines.length > 0) blocks.push(section(`*${s.details}*\n${lines.join('\n')}`, 'oncall-alert'));
  const links = [
    ...(c.runbookUrl ? [link(c.runbookUrl, 'Runbook')] : []),
    ...c.links.map((l) => link(l.href, clip(l.text, 50))),
  ];
  if (links.length > 0) blocks.push(context(`:link: ${s.links}: ${links.join(' · ')}`, 'oncall-links'));
  return blocks;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The on-call people kept in metadata (names and looked-up Slack IDs only), or undefined if unreadable. */
function peopleFromPayload(json: string | undefined): Person[] | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return undefined;
    return value.flatMap((p: unknown) => {
      if (p === null || typeof p !== 'object') return [];
      const { name, slackId } = p as Record<string, unknown>;
      if (typeof name !== 'string') return [];
      return [{ name, ...(typeof slackId === 'string' && isSlackId(slackId) ? { slackId } : {}) }];
    });
  } catch {
    return undefined;
  }
}

function isSlackId(value: string): boolean {
  return /^[UW][A-Z0-9]{2,}$/.test(value);
}

function whoWhen(who: string | undefined, when: string | undefined, s: AlertStrings): string {
  const by = who ? s.by(escapeName(who)) : '';
  return `${by}${when ? s.at(slackDate(when)) : ''}`;
}

/** A Slack date token: each reader sees the time in their own zone; the fallback is UTC. */
function slackDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return escapeMrkdwn(iso);
  const fallback = new Date(ms)
    .toISOString()
    .replace(/:\d\d(\.\d+)?Z$/, ' UTC')
    .replace('T', ' ');
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${fallback}>`;
}

function stateToPayload(state: IncidentState): MessageMetadata['payload'] {
  const p: MessageMetadata['payload'] = { status: state.status };
  if (state.statusAt) p.status_at = state.statusAt;
  if (state.acknowledgedAt) p.acknowledged_at = state.acknowledgedAt;
  if (state.acknowledgedBy) p.acknowledged_by = truncateText(state.acknowledgedBy, 200);
  if (state.resolvedAt) p.resolved_at = state.resolvedAt;
  if (state.resolvedBy) p.resolved_by = truncateText(state.resolvedBy, 200);
  if (state.level !== undefined) p.level = state.level;
  if (state.levelAt) p.level_at = state.levelAt;
  if (state.escalation) {
    p.escalate_to = state.escalation.wanted;
    p.escalation = state.escalation.outcome;
    if (state.escalation.reason) p.escalation_reason = truncateText(state.escalation.reason, 300);
  }
  if (state.onCall) {
    p.on_call = JSON.stringify(
      state.onCall.slice(0, PEOPLE_SHOWN + 1).map((x) => ({
        name: truncateText(x.name, 100),
        ...(x.slackId ? { slackId: x.slackId } : {}),
      })),
    );
  }
  if (state.onCallLevel !== undefined) p.on_call_level = state.onCallLevel;
  return p;
}

function withoutState(payload: MessageMetadata['payload']): MessageMetadata['payload'] {
  const out: MessageMetadata['payload'] = {};
  const stateKeys = new Set([
    'status',
    'status_at',
    'acknowledged_at',
    'acknowledged_by',
    'resolved_at',
    'resolved_by',
    'level',
    'level_at',
    'escalate_to',
    'escalation',
    'escalation_reason',
    'on_call',
    'on_call_level',
  ]);
  for (const [k, v] of Object.entries(payload)) if (!stateKeys.has(k)) out[k] = v;
  return out;
}

/** How many people a message lists before "and N more". */
const PEOPLE_SHOWN = 10;

function people(list: readonly Person[]): string {
  const shown = list
    .slice(0, PEOPLE_SHOWN)
    .map((p) => (p.slackId ? mention(p.slackId) : escapeName(clip(p.name, 100))))
    .join(', ');
  return list.length > PEOPLE_SHOWN ? `${shown} and ${list.length - PEOPLE_SHOWN} more` : shown;
}

/** Cuts outside text before it is escaped (cutting after could split an entity). */
function clip(text: string, max: number): string {
  return truncateText(text, max);
}

function assigneesOf(event: DispatchPayload): Person[] {
  return (event.incident.assignees ?? []).map((a) => ({ name: a.name ?? a.id }));
}

function runbookLink(r: RunbookLink): string {
  const title = clip(r.title, 200);
  return r.href ? link(r.href, title) : bold(title) || code(clip(r.id, 100));
}

function indexLine(index: IndexInfo, s: AlertStrings): string {
  const commit = index.commit ? ` @ ${code(index.commit.slice(0, 7))}` : '';
  return s.indexLine(index.version, commit, escapeMrkdwn(index.origin));
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `>${escapeMrkdwn(line)}`)
    .join('\n');
}

function section(text: string, blockId?: string): Block {
  return { type: 'section', text: mrkdwn(text), ...(blockId ? { block_id: blockId } : {}) };
}

function context(text: string, blockId?: string): Block {
  return { type: 'context', elements: [mrkdwn(text)], ...(blockId ? { block_id: blockId } : {}) };
}

function mrkdwn(text: string): TextObject {
  return { type: 'mrkdwn', text };
}
