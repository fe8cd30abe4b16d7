import {
  InvalidWebhookError,
  toDispatch
} from "./chunk-AYWKDYMB.js";
import {
  isHandled,
  runAlert
} from "./chunk-FCN4TBIW.js";
import "./chunk-7K76UV3Z.js";
import {
  createPagerDutyClient
} from "./chunk-KD3QOOVP.js";
import {
  createSlackClient
} from "./chunk-LSYF55D5.js";
import "./chunk-OOA45IWD.js";
import {
  UserDirectory
} from "./chunk-7VJA5HDZ.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-O3TKNPUP.js";
import {
  loadIndexFile
} from "./chunk-MRISRTQM.js";
import "./chunk-GUVNCUNR.js";
import "./chunk-DTQ542JL.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import "./chunk-LWJ5VQNM.js";
import "./chunk-MENKK2CK.js";
import "./chunk-UOT3AM2W.js";
import "./chunk-QB6QIQAD.js";
import "./chunk-KOCSSIJL.js";
import "./chunk-T7MTKLHV.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

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
function parseRef(value, where, field) {
  if (!isObject(value)) throw shapeError(where, field, "an object with an id", value);
  const ref = { id: str(value.id, where, `${field}.id`) };
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
function str(value, where, field) {
  if (typeof value === "string" && value !== "") return value;
  throw shapeError(where, field, "a non-empty string", value);
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function keys(value) {
  const k = Object.keys(value).slice(0, 8);
  return k.length === 0 ? "(none)" : k.map((x) => JSON.stringify(x)).join(", ");
}
function shapeError(where, field, expected, found) {
  return new ConfigError(`${where}: ${field} should be ${expected}, found ${describe(found)}.`);
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
  UserDirectory,
  createPagerDutyClient,
  createSlackClient,
  loadIndexFile,
  readAlertEventText,
  runAlert
};
