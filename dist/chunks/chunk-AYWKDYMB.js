import {
  DISPATCH_EVENT_PREFIX,
  HANDLED_EVENT_TYPES
} from "./chunk-FCN4TBIW.js";
import {
  OncallError
} from "./chunk-BYBTV2RS.js";

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

export {
  DEFAULT_HANDLED_EVENT_TYPES,
  InvalidWebhookError,
  readEventType,
  toDispatch
};
