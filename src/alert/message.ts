/**
 * The Slack side of the alert path, as data: the incident's top-level message, its status line, and one thread
 * reply per later event. Pure — no I/O; `run.ts` looks people up and posts.
 *
 * Every piece of outside text (titles, names, notes, runbook fields) goes through the mrkdwn helpers, so the only
 * live mention in a message is a Slack user ID the program looked up itself.
 */
import { ACTIONS_BLOCK_ID, incidentActionsBlock } from '../interact/buttons.js';
import type { DispatchPayload } from '../relay/types.js';
import { fitMessage, truncateText } from '../slack/limits.js';
import { bold, boldName, code, escapeMrkdwn, escapeName, italic, link, mention } from '../slack/mrkdwn.js';
import type { Block, HistoryMessage, MessageMetadata, SlackMessage, TextObject } from '../slack/types.js';

/** `event_type` of the incident's top-level message metadata. */
export const TOP_EVENT_TYPE = 'oncall_incident';
/** `event_type` of thread replies' metadata. */
export const REPLY_EVENT_TYPE = 'oncall_incident_event';
/** How many runbooks besides the best one the message lists. */
export const ALSO_MATCHED_SHOWN = 3;

const STATUS_BLOCK_ID = 'oncall-status';
const ESCALATION_BLOCK_ID = 'oncall-escalated';
const RUNBOOK_BLOCK_ID = 'oncall-runbook';
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
  /** What became of the best runbook's `escalate_to`, when it has one. */
  escalation?: EscalationState;
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
}

/** The incident's top-level message. */
export function buildTopMessage(input: TopMessageInput): SlackMessage {
  const { incident } = input;
  const blocks: Block[] = [];
  const number = incident.number !== undefined ? `#${incident.number}` : incident.id;
  const titleLine = `${bold(incident.title) || italic('(no title)')}`;
  const incidentLink = incident.htmlUrl
    ? link(incident.htmlUrl, `${number} in PagerDuty`)
    : escapeMrkdwn(number);
  blocks.push(section(`:rotating_light: ${titleLine}\n${incidentLink}`, 'oncall-incident'));

  const fields: TextObject[] = [];
  if (incident.service?.name || incident.service?.id) {
    fields.push(mrkdwn(`*Service*\n${escapeMrkdwn(incident.service.name ?? incident.service.id ?? '')}`));
  }
  const urgency = [incident.urgency, incident.priority].filter(
    (x): x is string => typeof x === 'string' && x !== '',
  );
  if (urgency.length > 0)
    fields.push(mrkdwn(`*Urgency / priority*\n${urgency.map(escapeMrkdwn).join(' · ')}`));
  const level = input.onCallLevel > 1 ? ` (level ${input.onCallLevel})` : '';
  fields.push(mrkdwn(`*On call${level}*\n${people(input.onCall) || italic('nobody on call')}`));
  blocks.push({ type: 'section', fields, block_id: 'oncall-details' });

  const [best, ...others] = input.runbooks;
  if (best) {
    const owner = best.owner ? ` · owner ${escapeMrkdwn(clip(best.owner, 200))}` : '';
    const terms =
      best.terms.length > 0
        ? `\nMatched: ${best.terms
            .slice(0, 10)
            .map((t) => code(clip(t, 100)))
            .join(', ')}`
        : '';
    const more = best.terms.length > 10 ? ` and ${best.terms.length - 10} more` : '';
    blocks.push(section(`:book: *Runbook:* ${runbookLink(best)}${owner}${terms}${more}`, RUNBOOK_BLOCK_ID));
    if (input.state.escalation) blocks.push(escalationBlock(input.state.escalation));
    if (others.length > 0) {
      const shown = others.slice(0, ALSO_MATCHED_SHOWN).map(runbookLink);
      const rest = others.length - shown.length;
      // The count leads, so it survives when a very long message has to be shortened.
      const count = rest > 0 ? ` (${others.length}, ${rest} more not shown)` : '';
      blocks.push(context(`Also matched${count}: ${shown.join(', ')}`, 'oncall-also'));
    }
  } else {
    const how = input.addRunbookUrl
      ? `${link(input.addRunbookUrl, 'Add one')} with a pull request to \`runbooks/\`.`
      : 'Add one with a pull request to `runbooks/`.';
    blocks.push(section(`:grey_question: *No runbook matches this alert.* ${how}`, RUNBOOK_BLOCK_ID));
  }
  if (input.index) blocks.push(context(indexLine(input.index), 'oncall-index'));
  blocks.push(statusBlock(input.state));
  blocks.push(...incidentButtons(input.state, incident.id));

  const onCallText = people(input.onCall);
  const text = `${statusWord(input.state.status)}: ${escapeMrkdwn(incident.title)}${onCallText ? ` — on call: ${onCallText}` : ''}`;
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
): Omit<SlackMessage, 'channel'> {
  const payload = existing.metadata?.payload ?? {};
  const blocks = (existing.blocks ?? []).filter(
    (b) =>
      b.block_id !== STATUS_BLOCK_ID &&
      b.block_id !== ACTIONS_BLOCK_ID &&
      !(state.escalation && b.block_id === ESCALATION_BLOCK_ID),
  );
  if (state.escalation) {
    const after = blocks.findIndex((b) => b.block_id === RUNBOOK_BLOCK_ID);
    blocks.splice(after < 0 ? blocks.length : after + 1, 0, escalationBlock(state.escalation));
  }
  blocks.push(statusBlock(state));
  // Buttons where the message had them (or lost them on resolve): one posted before buttons existed does not sprout them.
  const hadButtons =
    (existing.blocks?.some((b) => b.block_id === ACTIONS_BLOCK_ID) ?? false) || payload.status === 'resolved';
  if (hadButtons && typeof payload.incident_id === 'string') {
    blocks.push(...incidentButtons(state, payload.incident_id));
  }
  const text = existing.text.replace(/^(Triggered|Acknowledged|Resolved):/, `${statusWord(state.status)}:`);
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
}

/** The thread reply for a later event, or undefined for events that add nothing to the thread. */
export function buildReply(input: ReplyInput): SlackMessage | undefined {
  const { event } = input;
  const by = event.agent?.name ? ` by ${boldName(event.agent.name)}` : '';
  const who = people(input.people ?? []) || people(assigneesOf(event));
  let text: string;
  switch (event.event_type) {
    case 'incident.acknowledged':
      text = `:eyes: Acknowledged${by}.`;
      break;
    case 'incident.unacknowledged':
      text = ':leftwards_arrow_with_hook: Acknowledgement timed out: the incident is open again.';
      break;
    case 'incident.escalated':
      text = `:arrow_double_up: Escalated${input.level !== undefined ? ` to level ${input.level}` : ''}${by}.${who ? ` Now on call: ${who}` : ''}`;
      break;
    case 'incident.reassigned':
      text = `:busts_in_silhouette: Reassigned${who ? ` to ${who}` : ''}${by}.`;
      break;
    case 'incident.annotated': {
      const note = (event.note ?? '').trim();
      const quoted = note === '' ? '' : `\n${quote(note)}`;
      text = `:memo: Note${by}:${quoted}`;
      break;
    }
    case 'incident.resolved':
      text = `:white_check_mark: Resolved${by}.`;
      break;
    case 'incident.reopened':
      text = `:repeat: Reopened${by}.`;
      break;
    case 'incident.priority_updated': {
      const priority = event.incident.priority ? ` to ${bold(event.incident.priority)}` : ' (none)';
      text = `:label: Priority changed${priority}${by}.`;
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
    metadata: replyMetadata(event),
  });
  return fitted;
}

/** The state after `event`; events older than the one that set the current status do not move it back. */
export function applyEvent(state: IncidentState, event: DispatchPayload, level?: number): IncidentState {
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
    case 'incident.escalated':
      if (level !== undefined && newer) next.level = level;
      break;
    default:
      break;
  }
  return next;
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
  ];
  const e = a.escalation;
  const f = b.escalation;
  const sameEscalation =
    e === f || (!!e && !!f && e.wanted === f.wanted && e.outcome === f.outcome && e.reason === f.reason);
  return sameEscalation && keys.every((k) => a[k] === b[k]);
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
  const wanted = payload.escalate_to;
  const outcome = payload.escalation;
  if (
    typeof wanted === 'number' &&
    (outcome === 'pending' || outcome === 'done' || outcome === 'skipped' || outcome === 'failed')
  ) {
    const reason = str('escalation_reason');
    state.escalation = { wanted, outcome, ...(reason ? { reason } : {}) };
  }
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
export function replyMetadata(event: DispatchPayload): MessageMetadata {
  return {
    eventType: REPLY_EVENT_TYPE,
    payload: { incident_id: event.incident.id, event_id: event.event_id, webhook_id: event.webhook_id ?? '' },
  };
}

/** True when `message` is the reply (or the top message) for this event: same event id, or same delivery. */
export function isPostFor(message: HistoryMessage, event: DispatchPayload): boolean {
  const p = message.metadata?.payload;
  if (!p) return false;
  if (p.event_id === event.event_id) return true;
  return event.webhook_id !== null && event.webhook_id !== '' && p.webhook_id === event.webhook_id;
}

/** The status line (a context block), e.g. "Acknowledged by Ann at 10:02 · Escalated to level 2". */
export function statusText(state: IncidentState): string {
  const parts: string[] = [];
  switch (state.status) {
    case 'triggered':
      parts.push(':red_circle: *Triggered*');
      break;
    case 'acknowledged':
      parts.push(':large_yellow_circle: *Acknowledged*');
      break;
    case 'resolved':
      parts.push(':large_green_circle: *Resolved*');
      break;
  }
  if (state.acknowledgedAt || state.acknowledgedBy) {
    parts.push(`acknowledged${whoWhen(state.acknowledgedBy, state.acknowledgedAt)}`);
  }
  if (state.status === 'resolved' && (state.resolvedAt || state.resolvedBy)) {
    parts.push(`resolved${whoWhen(state.resolvedBy, state.resolvedAt)}`);
  }
  if (state.level !== undefined && state.level > 1) parts.push(`escalated to level ${state.level}`);
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
 * The buttons under the status line (Acknowledge, Resolve, Escalate, Add note), following the state: none once
 * resolved. Clicks go to the relay's Slack routes (src/interact/).
 */
function incidentButtons(state: IncidentState, incidentId: string): Block[] {
  const block = incidentActionsBlock(state.status, incidentId);
  return block ? [block] : [];
}

function statusBlock(state: IncidentState): Block {
  return context(statusText(state), STATUS_BLOCK_ID);
}

/** The line under the runbook saying what became of its `escalate_to`. */
export function escalationText(e: EscalationState): string {
  const lead = `This runbook escalates straight to level ${e.wanted}`;
  const why = e.reason ? escapeMrkdwn(truncateText(e.reason, 300)) : '';
  switch (e.outcome) {
    case 'pending':
      return `:arrow_double_up: ${lead}: escalating in PagerDuty…`;
    case 'done':
      return `:arrow_double_up: ${lead}: escalated in PagerDuty.`;
    case 'skipped':
      return `:arrow_double_up: ${lead}: not escalated${why ? ` (${why})` : ''}.`;
    case 'failed':
      return (
        `:warning: ${lead}, but the escalation failed${why ? `: ${why}` : ''}. PagerDuty has not paged ` +
        `level ${e.wanted}: escalate by hand if needed; a re-run of this alert tries again.`
      );
  }
}

function escalationBlock(e: EscalationState): Block {
  return section(escalationText(e), ESCALATION_BLOCK_ID);
}

function statusWord(status: IncidentStatus): string {
  return status === 'triggered' ? 'Triggered' : status === 'acknowledged' ? 'Acknowledged' : 'Resolved';
}

function whoWhen(who: string | undefined, when: string | undefined): string {
  const by = who ? ` by ${escapeName(who)}` : '';
  return `${by}${when ? ` at ${slackDate(when)}` : ''}`;
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
  if (state.escalation) {
    p.escalate_to = state.escalation.wanted;
    p.escalation = state.escalation.outcome;
    if (state.escalation.reason) p.escalation_reason = truncateText(state.escalation.reason, 300);
  }
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
    'escalate_to',
    'escalation',
    'escalation_reason',
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

function indexLine(index: IndexInfo): string {
  const commit = index.commit ? ` @ ${code(index.commit.slice(0, 7))}` : '';
  return `Runbook index v${index.version}${commit} · ${escapeMrkdwn(index.origin)}`;
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
