/**
 * PagerDuty V3 webhook body → `repository_dispatch` request. Pure: takes the parsed JSON, returns data.
 * The dispatch must stay inside GitHub's limits (≤ 10 top-level keys in `client_payload`, < 64 KB in all,
 * `event_type` ≤ 100 chars) whatever PagerDuty sends, so every string from the wire is cut to a bound and the
 * serialised size is checked at the end.
 */
import { OncallError } from '../errors.js';
import {
  DISPATCH_EVENT_PREFIX,
  HANDLED_EVENT_TYPES,
  type DispatchIncident,
  type DispatchPayload,
} from './types.js';

/** The event types forwarded by default: the ones the alert command acts on. Everything else gets a 202 and a log line. */
export const DEFAULT_HANDLED_EVENT_TYPES: readonly string[] = HANDLED_EVENT_TYPES;

/** Longest title (and note) forwarded; longer ones end with "…". */
export const MAX_TITLE_CHARS = 1024;
/** GitHub refuses dispatch bodies of 64 KB and more; stay clear of it. */
export const MAX_DISPATCH_BYTES = 60 * 1024;
const MAX_EVENT_TYPE_CHARS = 100;

/** The webhook body is not a V3 incident event we can forward (answered with 400: retrying cannot fix it). */
export class InvalidWebhookError extends OncallError {}

export interface DispatchRequest {
  /** `pagerduty.<event type>`. */
  eventType: string;
  payload: DispatchPayload;
  /** Size of `{"event_type":…,"client_payload":…}` as sent, in bytes. */
  bytes: number;
}

/** `event.event_type` of a parsed body, if it is a string (used to ignore unhandled events before a full parse). */
export function readEventType(body: unknown): string | undefined {
  const type = field(field(body, 'event'), 'event_type');
  return typeof type === 'string' ? type : undefined;
}

/** Cuts `text` to at most `max` UTF-16 units ending with "…", without splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

interface Limits {
  title: number;
  note: number;
  name: number;
  assignees: number;
}

/**
 * Builds the dispatch for one webhook body. Throws `InvalidWebhookError` when the body is not a V3 envelope with
 * an incident (or a reference to one) in `event.data`. `receivedAt` stands in for a missing `occurred_at`.
 */
export function toDispatch(body: unknown, webhookId: string | null, receivedAt?: Date): DispatchRequest {
  const event = field(body, 'event');
  if (event === null || typeof event !== 'object') {
    throw new InvalidWebhookError(
      'The webhook body has no "event" object: expected a PagerDuty V3 webhook envelope.',
    );
  }
  const eventType = requireString(event, 'event_type', 'event.event_type');
  if (
    !/^[a-z0-9_.]+$/.test(eventType) ||
    DISPATCH_EVENT_PREFIX.length + eventType.length > MAX_EVENT_TYPE_CHARS
  ) {
    throw new InvalidWebhookError(
      `event.event_type ${JSON.stringify(cut(eventType, 80))} is not a PagerDuty event type (expected e.g. "incident.triggered").`,
    );
  }
  const eventId = requireString(event, 'id', 'event.id');
  // PagerDuty always sends occurred_at; the arrival time is the closest stand-in if a proxy ever drops it.
  const occurredAt = optionalString(field(event, 'occurred_at')) ?? receivedAt?.toISOString() ?? '';
  const data = field(event, 'data');
  if (data === null || typeof data !== 'object') {
    throw new InvalidWebhookError(`event.data of ${eventType} ${eventId} is missing: expected the incident.`);
  }

  let limits: Limits = { title: MAX_TITLE_CHARS, note: MAX_TITLE_CHARS, name: 256, assignees: 20 };
  for (;;) {
    const payload: DispatchPayload = {
      v: 1,
      webhook_id: webhookId === null ? null : cut(webhookId, 256),
      event_id: cut(eventId, 256),
      event_type: eventType,
      occurred_at: cut(occurredAt, 64),
      incident: readIncident(data, eventType, limits),
      agent: readAgent(field(event, 'agent'), limits),
    };
    const note = readNote(data, limits);
    if (note !== undefined) payload.note = note;
    const dispatchType = `${DISPATCH_EVENT_PREFIX}${eventType}`;
    const bytes = Buffer.byteLength(JSON.stringify({ event_type: dispatchType, client_payload: payload }));
    if (bytes < MAX_DISPATCH_BYTES) return { eventType: dispatchType, payload, bytes };
    if (limits.title <= 16 && limits.note <= 16 && limits.name <= 16 && limits.assignees === 0) {
      // Unreachable with the bounds above (every field is capped), kept so a future field cannot loop forever.
      throw new InvalidWebhookError(
        `The dispatch for ${eventType} ${eventId} stays over ${MAX_DISPATCH_BYTES} bytes.`,
      );
    }
    limits = {
      title: Math.max(16, Math.floor(limits.title / 2)),
      note: Math.max(16, Math.floor(limits.note / 2)),
      name: Math.max(16, Math.floor(limits.name / 2)),
      assignees: Math.floor(limits.assignees / 2),
    };
  }
}

function readIncident(data: object, eventType: string, limits: Limits): DispatchIncident {
  if (field(data, 'type') === 'incident') {
    const id = requireString(data, 'id', 'event.data.id');
    const title = optionalString(field(data, 'title')) ?? optionalString(field(data, 'summary')) ?? '';
    const incident: DispatchIncident = {
      id: cut(id, 128),
      title: cut(title, limits.title),
      status: cut(optionalString(field(data, 'status')) ?? '', 32),
    };
    const number = field(data, 'number');
    if (typeof number === 'number' && Number.isInteger(number)) incident.number = number;
    const urgency = optionalString(field(data, 'urgency'));
    if (urgency !== undefined) incident.urgency = cut(urgency, 32);
    const url = optionalString(field(data, 'html_url'));
    if (url !== undefined && url.length <= 2048) incident.html_url = url;
    const service = readReference(field(data, 'service'), limits);
    if (service) incident.service = service;
    const policy = readReference(field(data, 'escalation_policy'), limits);
    if (policy) incident.escalation_policy = policy;
    const priority = field(data, 'priority');
    if (priority === null) incident.priority = null;
    else {
      const name = optionalString(field(priority, 'summary')) ?? optionalString(field(priority, 'name'));
      if (name !== undefined) incident.priority = cut(name, 64);
    }
    const assignees = field(data, 'assignees');
    if (Array.isArray(assignees)) {
      incident.assignees = assignees
        .map((a) => readReference(a, limits))
        .filter((a): a is { id: string; name?: string } => a !== undefined)
        .slice(0, limits.assignees);
    }
    return incident;
  }
  // Notes, responders, status updates…: `data` is another object that points at its incident.
  const reference = field(data, 'incident');
  const id = optionalString(field(reference, 'id'));
  if (id === undefined) {
    throw new InvalidWebhookError(
      `event.data of ${eventType} is neither an incident nor refers to one (no data.id with type "incident", no data.incident.id).`,
    );
  }
  const incident: DispatchIncident = {
    id: cut(id, 128),
    title: cut(optionalString(field(reference, 'summary')) ?? '', limits.title),
    status: '',
    partial: true,
  };
  const url = optionalString(field(reference, 'html_url'));
  if (url !== undefined && url.length <= 2048) incident.html_url = url;
  return incident;
}

function readNote(data: object, limits: Limits): string | undefined {
  if (field(data, 'type') === 'incident') return undefined;
  const text = optionalString(field(data, 'content')) ?? optionalString(field(data, 'message'));
  return text === undefined ? undefined : cut(text, limits.note);
}

function readAgent(agent: unknown, limits: Limits): DispatchPayload['agent'] {
  const id = optionalString(field(agent, 'id'));
  if (id === undefined) return null;
  const out: { id: string; name?: string; type?: string } = { id: cut(id, 128) };
  const name = optionalString(field(agent, 'summary')) ?? optionalString(field(agent, 'name'));
  if (name !== undefined) out.name = cut(name, limits.name);
  const type = optionalString(field(agent, 'type'));
  if (type !== undefined) out.type = cut(type, 64);
  return out;
}

function readReference(value: unknown, limits: Limits): { id: string; name?: string } | undefined {
  const id = optionalString(field(value, 'id'));
  if (id === undefined) return undefined;
  const name = optionalString(field(value, 'summary')) ?? optionalString(field(value, 'name'));
  return name === undefined ? { id: cut(id, 128) } : { id: cut(id, 128), name: cut(name, limits.name) };
}

function requireString(object: object, key: string, where: string): string {
  const value = field(object, key);
  if (typeof value !== 'string' || value === '') {
    throw new InvalidWebhookError(
      `${where} is missing or not a string (found ${value === undefined ? 'nothing' : typeof value}).`,
    );
  }
  return value;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
