/**
 * What starts an alert run: the `repository_dispatch` `client_payload` the relay sent (`DispatchPayload`), read from
 * the workflow's event file, or — for local runs — a raw PagerDuty V3 webhook body from a file. Both become one
 * validated `DispatchPayload`; anything else is refused with an error that says which field is wrong.
 */
import { ConfigError } from '../errors.js';
import { InvalidWebhookError, toDispatch } from '../dispatch/from-webhook.js';
import {
  HANDLED_EVENT_TYPES,
  isHandled,
  type DispatchIncident,
  type DispatchPayload,
  type HandledEventType,
} from '../dispatch/types.js';

export { HANDLED_EVENT_TYPES, isHandled, type HandledEventType };

/**
 * Reads an event from parsed JSON: a `DispatchPayload`, a GitHub event file (`{ client_payload, action }`) or a
 * PagerDuty V3 webhook body (`{ event: { … } }`). `where` names the source in errors (a file path, "client_payload").
 */
export function parseAlertEvent(json: unknown, where: string): DispatchPayload {
  if (!isObject(json)) throw shapeError(where, 'the event', 'a JSON object', json);
  if (isObject(json.client_payload))
    return parseDispatchPayload(json.client_payload, `${where}: client_payload`);
  if (isObject(json.event) && typeof json.event.event_type === 'string') return fromWebhook(json, where);
  if ('event_type' in json && 'incident' in json) return parseDispatchPayload(json, where);
  if ('action' in json && 'repository' in json) {
    throw new ConfigError(
      `${where}: this GitHub event has no client_payload; the alert command runs on repository_dispatch events ` +
        `sent by the relay (event types "pagerduty.incident.*").`,
    );
  }
  throw new ConfigError(
    `${where}: expected a repository_dispatch client_payload ({ v, event_id, event_type, incident, … }) or a ` +
      `PagerDuty V3 webhook body ({ "event": { … } }), found an object with keys ${keys(json)}.`,
  );
}

/** Reads an event file's text; JSON errors name the file. */
export function parseAlertEventText(text: string, where: string): DispatchPayload {
  return parseAlertEvent(parseJson(text, where), where);
}

/** Reads an event file's text: the event, or the type of an event the alert path ignores. */
export function readAlertEventText(
  text: string,
  where: string,
): { event: DispatchPayload } | { ignored: string } {
  const json = parseJson(text, where);
  const ignored = unhandledEventType(json);
  return ignored !== undefined ? { ignored } : { event: parseAlertEvent(json, where) };
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${where}: not valid JSON (${(error as Error).message}).`, { cause: error });
  }
}

/**
 * The event type of an event the alert path does not act on (`service.updated`, `incident.task.created`, …), read
 * before the full parse: such events carry no incident to check, and are ignored rather than refused.
 */
export function unhandledEventType(json: unknown): string | undefined {
  if (!isObject(json)) return undefined;
  const candidates = [
    isObject(json.client_payload) ? json.client_payload.event_type : undefined,
    isObject(json.event) ? json.event.event_type : undefined,
    json.event_type,
  ];
  const type = candidates.find((t): t is string => typeof t === 'string' && t !== '');
  return type !== undefined && !isHandled(type) ? type : undefined;
}

/** Validates the relay's payload (version 1). */
export function parseDispatchPayload(value: unknown, where: string): DispatchPayload {
  if (!isObject(value)) throw shapeError(where, 'client_payload', 'an object', value);
  if (value.v !== 1) {
    throw new ConfigError(
      `${where}: client_payload.v is ${JSON.stringify(value.v)}, expected 1. The relay and the action are out of ` +
        `step: deploy the relay from the same release as the action.`,
    );
  }
  const eventId = str(value.event_id, where, 'event_id');
  const eventType = str(value.event_type, where, 'event_type');
  const occurredAt = str(value.occurred_at, where, 'occurred_at');
  const webhookId = value.webhook_id == null ? null : str(value.webhook_id, where, 'webhook_id');
  const incident = parseIncident(value.incident, where);
  const agent = value.agent == null ? null : parseRef(value.agent, where, 'agent');
  const note = value.note == null ? undefined : str(value.note, where, 'note');
  return {
    v: 1,
    webhook_id: webhookId,
    event_id: eventId,
    event_type: eventType,
    occurred_at: occurredAt,
    incident,
    agent,
    ...(note !== undefined ? { note } : {}),
  };
}

function parseIncident(value: unknown, where: string): DispatchIncident {
  if (!isObject(value)) throw shapeError(where, 'incident', 'an object with id and title', value);
  const out: DispatchIncident = {
    id: str(value.id, where, 'incident.id'),
    title: typeof value.title === 'string' ? value.title : '',
    status: typeof value.status === 'string' ? value.status : 'triggered',
  };
  if (typeof value.number === 'number') out.number = value.number;
  if (typeof value.urgency === 'string') out.urgency = value.urgency;
  if (typeof value.html_url === 'string') out.html_url = value.html_url;
  if (value.service != null) out.service = parseRef(value.service, where, 'incident.service');
  if (value.escalation_policy != null) {
    out.escalation_policy = parseRef(value.escalation_policy, where, 'incident.escalation_policy');
  }
  if (value.priority === null || typeof value.priority === 'string') out.priority = value.priority;
  if (Array.isArray(value.assignees)) {
    out.assignees = value.assignees.map((a, i) => {
      const { id, name } = parseRef(a, where, `incident.assignees[${i}]`);
      return name === undefined ? { id } : { id, name };
    });
  }
  if (value.partial === true) out.partial = true;
  return out;
}

function parseRef(
  value: unknown,
  where: string,
  field: string,
): { id: string; name?: string; type?: string } {
  if (!isObject(value)) throw shapeError(where, field, 'an object with an id', value);
  const ref: { id: string; name?: string; type?: string } = { id: str(value.id, where, `${field}.id`) };
  if (typeof value.name === 'string') ref.name = value.name;
  else if (typeof value.summary === 'string') ref.name = value.summary;
  if (typeof value.type === 'string') ref.type = value.type;
  return ref;
}

/**
 * A PagerDuty V3 webhook body → the payload the relay would have dispatched (the relay's own conversion, so local
 * runs see exactly what the workflow sees). Local runs have no delivery header, so `webhook_id` comes from the file
 * when present (`{ "webhook_id": …, "event": … }`) and is null otherwise.
 */
function fromWebhook(body: Record<string, unknown>, where: string): DispatchPayload {
  try {
    return toDispatch(body, typeof body.webhook_id === 'string' ? body.webhook_id : null).payload;
  } catch (error) {
    if (error instanceof InvalidWebhookError)
      throw new ConfigError(`${where}: ${error.message}`, { cause: error });
    throw error;
  }
}

function str(value: unknown, where: string, field: string): string {
  if (typeof value === 'string' && value !== '') return value;
  throw shapeError(where, field, 'a non-empty string', value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function keys(value: Record<string, unknown>): string {
  const k = Object.keys(value).slice(0, 8);
  return k.length === 0 ? '(none)' : k.map((x) => JSON.stringify(x)).join(', ');
}

function shapeError(where: string, field: string, expected: string, found: unknown): ConfigError {
  return new ConfigError(`${where}: ${field} should be ${expected}, found ${describe(found)}.`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
