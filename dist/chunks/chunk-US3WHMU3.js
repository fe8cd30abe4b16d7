import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  ConfigError,
  OncallError
} from "./chunk-GQNV3XG6.js";

// src/dispatch/types.ts
var HANDLED_EVENT_TYPES = [
  "incident.triggered",
  "incident.acknowledged",
  "incident.unacknowledged",
  "incident.escalated",
  "incident.reassigned",
  "incident.delegated",
  "incident.annotated",
  "incident.resolved",
  "incident.reopened",
  "incident.priority_updated"
];
var DISPATCH_EVENT_PREFIX = "pagerduty.";

// src/dispatch/from-webhook.ts
var DEFAULT_HANDLED_EVENT_TYPES = HANDLED_EVENT_TYPES;
var MAX_TITLE_CHARS = 1024;
var MAX_DISPATCH_BYTES = 60 * 1024;
var MAX_EVENT_TYPE_CHARS = 100;
var InvalidWebhookError = class extends OncallError {
};
function readEventType(body) {
  const type = field(field(body, "event"), "event_type");
  return typeof type === "string" ? type : void 0;
}
function cut(text, max) {
  if (text.length <= max) return text;
  if (max <= 1) return "\u2026".slice(0, Math.max(0, max));
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return `${text.slice(0, end)}\u2026`;
}
function toDispatch(body, webhookId, receivedAt) {
  const event = field(body, "event");
  if (event === null || typeof event !== "object") {
    throw new InvalidWebhookError(
      'The webhook body has no "event" object: expected a PagerDuty V3 webhook envelope.'
    );
  }
  const eventType = requireString(event, "event_type", "event.event_type");
  if (!/^[a-z0-9_.]+$/.test(eventType) || DISPATCH_EVENT_PREFIX.length + eventType.length > MAX_EVENT_TYPE_CHARS) {
    throw new InvalidWebhookError(
      `event.event_type ${JSON.stringify(cut(eventType, 80))} is not a PagerDuty event type (expected e.g. "incident.triggered").`
    );
  }
  const eventId = requireString(event, "id", "event.id");
  const occurredAt = optionalString(field(event, "occurred_at")) ?? receivedAt?.toISOString() ?? "";
  const data = field(event, "data");
  if (data === null || typeof data !== "object") {
    throw new InvalidWebhookError(`event.data of ${eventType} ${eventId} is missing: expected the incident.`);
  }
  let limits = { title: MAX_TITLE_CHARS, note: MAX_TITLE_CHARS, name: 256, assignees: 20 };
  for (; ; ) {
    const payload = {
      v: 1,
      webhook_id: webhookId === null ? null : cut(webhookId, 256),
      event_id: cut(eventId, 256),
      event_type: eventType,
      occurred_at: cut(occurredAt, 64),
      incident: readIncident(data, eventType, limits),
      agent: readAgent(field(event, "agent"), limits)
    };
    const note = readNote(data, limits);
    if (note !== void 0) payload.note = note;
    const dispatchType = `${DISPATCH_EVENT_PREFIX}${eventType}`;
    const bytes = Buffer.byteLength(JSON.stringify({ event_type: dispatchType, client_payload: payload }));
    if (bytes < MAX_DISPATCH_BYTES) return { eventType: dispatchType, payload, bytes };
    if (limits.title <= 16 && limits.note <= 16 && limits.name <= 16 && limits.assignees === 0) {
      throw new InvalidWebhookError(
        `The dispatch for ${eventType} ${eventId} stays over ${MAX_DISPATCH_BYTES} bytes.`
      );
    }
    limits = {
      title: Math.max(16, Math.floor(limits.title / 2)),
      note: Math.max(16, Math.floor(limits.note / 2)),
      name: Math.max(16, Math.floor(limits.name / 2)),
      assignees: Math.floor(limits.assignees / 2)
    };
  }
}
function readIncident(data, eventType, limits) {
  if (field(data, "type") === "incident") {
    const id2 = requireString(data, "id", "event.data.id");
    const title = optionalString(field(data, "title")) ?? optionalString(field(data, "summary")) ?? "";
    const incident2 = {
      id: cut(id2, 128),
      title: cut(title, limits.title),
      status: cut(optionalString(field(data, "status")) ?? "", 32)
    };
    const number = field(data, "number");
    if (typeof number === "number" && Number.isInteger(number)) incident2.number = number;
    const urgency = optionalString(field(data, "urgency"));
    if (urgency !== void 0) incident2.urgency = cut(urgency, 32);
    const url2 = optionalString(field(data, "html_url"));
    if (url2 !== void 0 && url2.length <= 2048) incident2.html_url = url2;
    const service = readReference(field(data, "service"), limits);
    if (service) incident2.service = service;
    const policy = readReference(field(data, "escalation_policy"), limits);
    if (policy) incident2.escalation_policy = policy;
    const priority = field(data, "priority");
    if (priority === null) incident2.priority = null;
    else {
      const name = optionalString(field(priority, "summary")) ?? optionalString(field(priority, "name"));
      if (name !== void 0) incident2.priority = cut(name, 64);
    }
    const assignees = field(data, "assignees");
    if (Array.isArray(assignees)) {
      incident2.assignees = assignees.map((a) => readReference(a, limits)).filter((a) => a !== void 0).slice(0, limits.assignees);
    }
    return incident2;
  }
  const reference = field(data, "incident");
  const id = optionalString(field(reference, "id"));
  if (id === void 0) {
    throw new InvalidWebhookError(
      `event.data of ${eventType} is neither an incident nor refers to one (no data.id with type "incident", no data.incident.id).`
    );
  }
  const incident = {
    id: cut(id, 128),
    title: cut(optionalString(field(reference, "summary")) ?? "", limits.title),
    status: "",
    partial: true
  };
  const url = optionalString(field(reference, "html_url"));
  if (url !== void 0 && url.length <= 2048) incident.html_url = url;
  return incident;
}
function readNote(data, limits) {
  if (field(data, "type") === "incident") return void 0;
  const text = optionalString(field(data, "content")) ?? optionalString(field(data, "message"));
  return text === void 0 ? void 0 : cut(text, limits.note);
}
function readAgent(agent, limits) {
  const id = optionalString(field(agent, "id"));
  if (id === void 0) return null;
  const out = { id: cut(id, 128) };
  const name = optionalString(field(agent, "summary")) ?? optionalString(field(agent, "name"));
  if (name !== void 0) out.name = cut(name, limits.name);
  const type = optionalString(field(agent, "type"));
  if (type !== void 0) out.type = cut(type, 64);
  return out;
}
function readReference(value, limits) {
  const id = optionalString(field(value, "id"));
  if (id === void 0) return void 0;
  const name = optionalString(field(value, "summary")) ?? optionalString(field(value, "name"));
  return name === void 0 ? { id: cut(id, 128) } : { id: cut(id, 128), name: cut(name, limits.name) };
}
function requireString(object, key, where) {
  const value = field(object, key);
  if (typeof value !== "string" || value === "") {
    throw new InvalidWebhookError(
      `${where} is missing or not a string (found ${value === void 0 ? "nothing" : typeof value}).`
    );
  }
  return value;
}
function optionalString(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function field(value, key) {
  return value !== null && typeof value === "object" && Object.hasOwn(value, key) ? value[key] : void 0;
}

// src/alert/event.ts
function parseAlertEvent(json, where) {
  if (!isObject(json)) throw shapeError(where, "the event", "a JSON object", json);
  if (isObject(json.client_payload))
    return parseDispatchPayload(json.client_payload, `${where}: client_payload`);
  if (isObject(json.event) && typeof json.event.event_type === "string") return fromWebhook(json, where);
  if ("event_type" in json && "incident" in json) return parseDispatchPayload(json, where);
  if ("action" in json && "repository" in json) {
    throw new ConfigError(
      `${where}: this GitHub event has no client_payload; the alert command runs on repository_dispatch events sent by the relay (event types "pagerduty.incident.*").`
    );
  }
  throw new ConfigError(
    `${where}: expected a repository_dispatch client_payload ({ v, event_id, event_type, incident, \u2026 }) or a PagerDuty V3 webhook body ({ "event": { \u2026 } }), found an object with keys ${keys(json)}.`
  );
}
function parseAlertEventText(text, where) {
  return parseAlertEvent(parseJson(text, where), where);
}
function readAlertEventText(text, where) {
  const json = parseJson(text, where);
  const ignored = unhandledEventType(json);
  return ignored !== void 0 ? { ignored } : { event: parseAlertEvent(json, where) };
}
function parseJson(text, where) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${where}: not valid JSON (${error.message}).`, { cause: error });
  }
}
function unhandledEventType(json) {
  if (!isObject(json)) return void 0;
  const candidates = [
    isObject(json.client_payload) ? json.client_payload.event_type : void 0,
    isObject(json.event) ? json.event.event_type : void 0,
    json.event_type
  ];
  const type = candidates.find((t) => typeof t === "string" && t !== "");
  return type !== void 0 && !isHandled(type) ? type : void 0;
}
function isHandled(eventType) {
  return HANDLED_EVENT_TYPES.includes(eventType);
}
function parseDispatchPayload(value, where) {
  if (!isObject(value)) throw shapeError(where, "client_payload", "an object", value);
  if (value.v !== 1) {
    throw new ConfigError(
      `${where}: client_payload.v is ${JSON.stringify(value.v)}, expected 1. The relay and the action are out of step: deploy the relay from the same release as the action.`
    );
  }
  const eventId = str(value.event_id, where, "event_id");
  const eventType = str(value.event_type, where, "event_type");
  const occurredAt = str(value.occurred_at, where, "occurred_at");
  const webhookId = value.webhook_id == null ? null : str(value.webhook_id, where, "webhook_id");
  const incident = parseIncident(value.incident, where);
  const agent = value.agent == null ? null : parseRef(value.agent, where, "agent");
  const note = value.note == null ? void 0 : str(value.note, where, "note");
  return {
    v: 1,
    webhook_id: webhookId,
    event_id: eventId,
    event_type: eventType,
    occurred_at: occurredAt,
    incident,
    agent,
    ...note !== void 0 ? { note } : {}
  };
}
function parseIncident(value, where) {
  if (!isObject(value)) throw shapeError(where, "incident", "an object with id and title", value);
  const out = {
    id: str(value.id, where, "incident.id"),
    title: typeof value.title === "string" ? value.title : "",
    status: typeof value.status === "string" ? value.status : "triggered"
  };
  if (typeof value.number === "number") out.number = value.number;
  if (typeof value.urgency === "string") out.urgency = value.urgency;
  if (typeof value.html_url === "string") out.html_url = value.html_url;
  if (value.service != null) out.service = parseRef(value.service, where, "incident.service");
  if (value.escalation_policy != null) {
    out.escalation_policy = parseRef(value.escalation_policy, where, "incident.escalation_policy");
  }
  if (value.priority === null || typeof value.priority === "string") out.priority = value.priority;
  if (Array.isArray(value.assignees)) {
    out.assignees = value.assignees.map((a, i) => {
      const { id, name } = parseRef(a, where, `incident.assignees[${i}]`);
      return name === void 0 ? { id } : { id, name };
    });
  }
  if (value.partial === true) out.partial = true;
  return out;
}
function parseRef(value, where, field2) {
  if (!isObject(value)) throw shapeError(where, field2, "an object with an id", value);
  const ref = { id: str(value.id, where, `${field2}.id`) };
  if (typeof value.name === "string") ref.name = value.name;
  else if (typeof value.summary === "string") ref.name = value.summary;
  if (typeof value.type === "string") ref.type = value.type;
  return ref;
}
function fromWebhook(body, where) {
  try {
    return toDispatch(body, typeof body.webhook_id === "string" ? body.webhook_id : null).payload;
  } catch (error) {
    if (error instanceof InvalidWebhookError)
      throw new ConfigError(`${where}: ${error.message}`, { cause: error });
    throw error;
  }
}
function str(value, where, field2) {
  if (typeof value === "string" && value !== "") return value;
  throw shapeError(where, field2, "a non-empty string", value);
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function keys(value) {
  const k = Object.keys(value).slice(0, 8);
  return k.length === 0 ? "(none)" : k.map((x) => JSON.stringify(x)).join(", ");
}
function shapeError(where, field2, expected, found) {
  return new ConfigError(`${where}: ${field2} should be ${expected}, found ${describe(found)}.`);
}
function describe(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

export {
  HANDLED_EVENT_TYPES,
  DEFAULT_HANDLED_EVENT_TYPES,
  InvalidWebhookError,
  readEventType,
  toDispatch,
  parseAlertEvent,
  parseAlertEventText,
  readAlertEventText,
  unhandledEventType,
  isHandled,
  parseDispatchPayload
};
