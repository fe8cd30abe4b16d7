import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  currentOnCalls,
  levelOf,
  lookUp,
  peopleAt
} from "./chunk-GE62CBFY.js";
import {
  replyLastTime
} from "./chunk-IWKBK7NS.js";
import {
  CREATION_MARGIN_MS,
  findTopMessage,
  processIncidentLock,
  readMessage
} from "./chunk-EKRTJYNU.js";
import {
  compareTs,
  earlierDuplicate,
  postReplyOnce
} from "./chunk-6RWEAGYR.js";
import {
  GROUP_WITHIN_RANGE
} from "./chunk-7TEMSXUT.js";
import {
  defaultAddUrl,
  runbookLink
} from "./chunk-F62FUJ75.js";
import {
  TOP_EVENT_TYPE,
  applyEvent,
  buildReply,
  buildTopMessage,
  initialState,
  isPostFor,
  sameState,
  stateFromMetadata,
  updatedTopMessage,
  withCurrentStatus,
  withThreadEvents
} from "./chunk-3V7YR3NY.js";
import {
  fitMessage,
  truncateText
} from "./chunk-SMKC6UQW.js";
import {
  bold,
  escapeMrkdwn,
  italic,
  link
} from "./chunk-7QIX2LZI.js";
import {
  readAlert
} from "./chunk-7AGHVDON.js";
import {
  routeChannels,
  routeIncident
} from "./chunk-5XKN62DZ.js";
import {
  AuthError,
  ConfigError,
  OncallError,
  describeError
} from "./chunk-GQNV3XG6.js";
import {
  __require
} from "./chunk-RX3WBYGZ.js";

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

// node-builtin:node:crypto#src/alert/run.ts
var m = process.getBuiltinModule?.("node:crypto") ?? __require("node:crypto");
var randomUUID = m.randomUUID;

// src/alert/incident-info.ts
async function readIncident2(deps, incidentId) {
  try {
    return await deps.pagerduty.getIncident(incidentId);
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(
      `Could not read incident ${incidentId} from PagerDuty (${describeError(error)}); going by the event alone.`
    );
    return void 0;
  }
}
async function incidentInfo(deps, event, fresh) {
  const p = event.incident;
  const complete = !p.partial && p.title !== "" && p.html_url && p.service && p.escalation_policy && event.event_type === "incident.triggered";
  let pd = fresh;
  if (!complete && !pd) pd = await deps.pagerduty.getIncident(p.id);
  if (pd) {
    return {
      info: {
        id: pd.id,
        ...pd.number !== void 0 ? { number: pd.number } : {},
        title: pd.title,
        htmlUrl: pd.htmlUrl,
        service: { id: pd.service.id, name: pd.service.name },
        urgency: pd.urgency,
        priority: pd.priority?.name ?? null,
        escalationPolicy: { id: pd.escalationPolicy.id, name: pd.escalationPolicy.name }
      },
      level: pd.escalationLevel ?? 1,
      status: pd.status,
      ...pd.teams ? { teams: pd.teams } : {}
    };
  }
  return {
    info: {
      id: p.id,
      ...p.number !== void 0 ? { number: p.number } : {},
      title: p.title,
      ...p.html_url ? { htmlUrl: p.html_url } : {},
      ...p.service ? { service: p.service } : {},
      ...p.urgency ? { urgency: p.urgency } : {},
      ...p.priority !== void 0 ? { priority: p.priority } : {},
      ...p.escalation_policy ? { escalationPolicy: p.escalation_policy } : {}
    },
    // A new incident starts at level 1; PagerDuty has not escalated it yet when the triggered webhook leaves.
    level: 1,
    status: p.status || "triggered"
  };
}
async function readAlerts(deps, incidentId) {
  try {
    const { pagerduty } = deps;
    return pagerduty.listIncidentAlerts ? await pagerduty.listIncidentAlerts(incidentId) : { texts: await pagerduty.listIncidentAlertTexts(incidentId), alerts: [] };
  } catch (error) {
    deps.log.warning(
      `Could not read the alerts of incident ${incidentId} (${describeError(error)}); matching on the title only.`
    );
    return { texts: [], alerts: [] };
  }
}

// src/alert/context.ts
var DETAILS_SHOWN = 5;
var LINKS_SHOWN = 4;
var RUNBOOK_KEYS = /^(runbook_?url|runbook|playbook_?url|playbook)$/i;
var DESCRIPTION_KEYS = /^(description|message)$/i;
var SUMMARY_KEYS = /^summary$/i;
var LINK_KEYS = [
  [/^(dashboard_?url|dashboard)$/i, "Dashboard"],
  [/^(panel_?url)$/i, "Panel"],
  [/^(generator_?url|graph_?url|graph|source)$/i, "Graph"],
  [/^(silence_?url)$/i, "Silence"],
  [/^(monitor_?url|monitor_?link|link|url)$/i, "Monitor"]
];
var SKIPPED_KEYS = /^(firing|resolved|num_firing|num_resolved)$/i;
function alertContext(alerts, title) {
  const out = { details: [], links: [] };
  const seenLinks = /* @__PURE__ */ new Set();
  const addLink = (href, text) => {
    if (!/^https?:\/\//i.test(href) || seenLinks.has(href) || href === out.runbookUrl) return;
    seenLinks.add(href);
    out.links.push({ href, text });
  };
  const sameAsTitle = (text) => squash(title).includes(squash(text));
  for (const alert of alerts) {
    const parsed = alert.details.flatMap(
      (d) => /^firing$/i.test(d.key) ? alertmanagerFiring(d.value) : [{ ...d, label: false }]
    );
    for (const d of parsed) {
      const value = d.value.trim();
      if (value === "") continue;
      if (RUNBOOK_KEYS.test(d.key)) {
        if (!out.runbookUrl && /^https?:\/\//i.test(value)) out.runbookUrl = value;
        continue;
      }
      if (SUMMARY_KEYS.test(d.key)) {
        if (!out.summary && !sameAsTitle(value)) out.summary = value;
        continue;
      }
      if (DESCRIPTION_KEYS.test(d.key)) {
        out.description ??= value;
        continue;
      }
      const linkKey = LINK_KEYS.find(([re]) => re.test(d.key));
      if (linkKey && /^https?:\/\//i.test(value)) {
        addLink(value, linkKey[1]);
        continue;
      }
      if (SKIPPED_KEYS.test(d.key) || d.key === "alertname") continue;
      if (out.details.length < DETAILS_SHOWN && !out.details.some((x) => x.key === d.key)) {
        out.details.push({ key: d.key, value });
      }
    }
    if (!out.summary && alert.summary && !sameAsTitle(alert.summary)) out.summary = alert.summary;
    if (!out.description && alert.description && alert.description !== out.summary) {
      out.description = alert.description;
    }
    for (const l of alert.links) addLink(l.href, l.text ?? "Link");
  }
  if (out.description && out.summary && squash(out.description) === squash(out.summary))
    delete out.description;
  out.links = out.links.slice(0, LINKS_SHOWN);
  const empty = !out.summary && !out.description && out.details.length === 0 && !out.runbookUrl && out.links.length === 0;
  return empty ? void 0 : out;
}
function alertmanagerFiring(text) {
  const out = [];
  let section = "";
  for (const line of text.split("\n")) {
    if (/^Labels:\s*$/.test(line)) {
      if (section !== "") break;
      section = "labels";
      continue;
    }
    if (/^Annotations:\s*$/.test(line)) {
      section = "annotations";
      continue;
    }
    const source = /^Source:\s*(\S+)/.exec(line);
    if (source) {
      out.push({ key: "generatorURL", value: source[1], label: false });
      continue;
    }
    const item = /^ - ([A-Za-z_][\w.-]*) = (.*)$/.exec(line);
    if (item && section !== "") {
      out.push({ key: item[1], value: item[2], label: section === "labels" });
      continue;
    }
    const last = out[out.length - 1];
    if (last && section === "annotations" && line.trim() !== "") last.value += `
${line.trim()}`;
  }
  return out;
}
function squash(text) {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

// src/alert/storm.ts
var GROUPED_EVENT_TYPE = "oncall_grouped_incident";
var STORM_BLOCK_ID = "oncall-storm";
var GROUPED_IDS_KEPT = 40;
var THREADS_SEARCHED = 10;
var LEADERS_CHECKED = 3;
var LEADER_PAGES = 3;
var COUNT_ROUNDS = 3;
function isGroupedReply(message) {
  return message.metadata?.eventType === GROUPED_EVENT_TYPE;
}
async function findGroupedReply(slack, query) {
  const oldest = query.createdAt.getTime() - GROUP_WITHIN_RANGE.max * 1e3 - CREATION_MARGIN_MS;
  const latest = query.createdAt.getTime() + CREATION_MARGIN_MS;
  const tops = (await readTops(slack, query.channel, oldest, latest)).filter(
    (m3) => !query.runbookIds || query.runbookIds.has(String(m3.metadata?.payload.runbook_id ?? ""))
  );
  const listing = tops.filter(
    (m3) => String(m3.metadata?.payload.grouped_ids ?? "").split(",").includes(query.incidentId)
  );
  const counting = tops.filter((m3) => !listing.includes(m3) && Number(m3.metadata?.payload.grouped_count) > 0);
  const rest = tops.filter((m3) => !listing.includes(m3) && !counting.includes(m3));
  for (const leader of [...listing, ...counting, ...rest].slice(0, THREADS_SEARCHED)) {
    const found = earliestGrouped(await slack.listReplies(query.channel, leader.ts), query.incidentId);
    if (found) return { ...found, threadTs: leader.ts };
  }
  return void 0;
}
async function findStormLeader(deps, query) {
  const window = Math.min(query.windowSeconds, GROUP_WITHIN_RANGE.max) * 1e3;
  const oldest = query.createdAt.getTime() - window - CREATION_MARGIN_MS;
  const latest = query.createdAt.getTime() + CREATION_MARGIN_MS;
  const candidates = (await readTops(deps.slack, query.channel, oldest, latest)).filter((m3) => {
    const p = m3.metadata.payload;
    return p.runbook_id === query.runbookId && p.incident_id !== query.incidentId && p.status !== "resolved" && Number(m3.ts) * 1e3 >= query.createdAt.getTime() - window && (query.before === void 0 || compareTs(m3.ts, query.before) < 0);
  }).sort((a, b) => compareTs(a.ts, b.ts));
  for (const candidate of candidates.slice(0, LEADERS_CHECKED)) {
    const id = String(candidate.metadata.payload.incident_id);
    try {
      const incident = await deps.pagerduty.getIncident(id);
      if (incident.status !== "resolved") return candidate;
    } catch (error) {
      if (error instanceof AuthError) throw error;
      deps.log.warning(
        `Could not read incident ${id} to see whether its storm is open (${describeError(error)}).`
      );
      return void 0;
    }
  }
  return void 0;
}
function buildGroupedReply(input) {
  const metadata = {
    eventType: GROUPED_EVENT_TYPE,
    payload: {
      incident_id: input.view.incident.id,
      leader_incident_id: input.leaderIncidentId,
      runbook_id: input.runbookId,
      event_id: input.event.event_id,
      webhook_id: input.event.webhook_id ?? "",
      run: input.runId,
      status: input.view.status
    }
  };
  return fitMessage({
    channel: input.channel,
    threadTs: input.leaderTs,
    ...groupedContent(input.view),
    metadata
  });
}
function updatedGroupedReply(existing, view) {
  const payload = { ...existing.metadata?.payload ?? {}, status: view.status };
  const fitted = fitMessage({
    channel: "",
    ...groupedContent(view),
    metadata: { eventType: GROUPED_EVENT_TYPE, payload }
  });
  return {
    text: fitted.text,
    ...fitted.blocks ? { blocks: fitted.blocks } : {},
    metadata: { eventType: GROUPED_EVENT_TYPE, payload }
  };
}
var STATUS_WORD = {
  en: {
    triggered: ":rotating_light: Triggered",
    acknowledged: ":eyes: Acknowledged",
    resolved: ":white_check_mark: Resolved"
  },
  ja: {
    triggered: ":rotating_light: \u767A\u751F\u4E2D",
    acknowledged: ":eyes: \u5BFE\u5FDC\u4E2D",
    resolved: ":white_check_mark: \u89E3\u6C7A\u6E08\u307F"
  }
};
var WORDS = {
  en: {
    alsoFiring: "Also firing",
    by: (name) => ` by ${name}`,
    count: (n) => `:cyclone: *${n} more incident${n === 1 ? "" : "s"}* of this runbook fired with it \u2014 each in the thread.`
  },
  ja: {
    alsoFiring: "\u540C\u6642\u306B\u767A\u751F",
    by: (name) => ` (${name})`,
    count: (n) => `:cyclone: \u3053\u306E Runbook \u306E\u30A4\u30F3\u30B7\u30C7\u30F3\u30C8\u304C\u4ED6\u306B *${n} \u4EF6* \u540C\u6642\u306B\u767A\u751F\u3057\u3066\u3044\u307E\u3059(\u30B9\u30EC\u30C3\u30C9\u306B\u8A18\u8F09)\u3002`
  }
};
function groupedContent(view) {
  const { incident } = view;
  const number = incident.number !== void 0 ? `#${incident.number}` : incident.id;
  const title = bold(truncateText(incident.title, 300)) || italic("(no title)");
  const ref = incident.htmlUrl ? link(incident.htmlUrl, number) : escapeMrkdwn(number);
  const language = view.language ?? "en";
  const w = WORDS[language];
  const by = view.by && view.status !== "triggered" ? w.by(bold(truncateText(view.by, 100))) : "";
  const line = `:link: ${w.alsoFiring}: ${ref} ${title} \xB7 ${STATUS_WORD[language][view.status]}${by}`;
  return {
    text: `${w.alsoFiring}: ${number} ${escapeMrkdwn(truncateText(incident.title, 300))} (${view.status})`,
    blocks: [{ type: "section", text: { type: "mrkdwn", text: line }, block_id: "oncall-grouped" }]
  };
}
async function postGroupedReply(deps, message) {
  const incidentId = String(message.metadata.payload.incident_id);
  await deps.pacer?.wait(message.channel);
  const { posted, earlier } = await postReplyOnce(
    deps.slack,
    message,
    (r) => isGroupedReply(r) && r.metadata.payload.incident_id === incidentId
  );
  if (earlier) {
    deps.log.info(
      `Incident ${incidentId}: another run grouped it first (ts ${earlier.ts}); removed this run's copy.`
    );
    return { ...earlier, threadTs: message.threadTs };
  }
  return {
    ts: posted.ts,
    text: message.text,
    threadTs: message.threadTs,
    ...message.metadata ? { metadata: message.metadata } : {},
    ...message.blocks ? { blocks: message.blocks } : {}
  };
}
async function showStormCount(deps, channel, leaderTs, language) {
  let count = 0;
  for (let round = 0; round < COUNT_ROUNDS; round++) {
    const [leader, replies] = await Promise.all([
      readMessage(deps.slack, channel, leaderTs),
      deps.slack.listReplies(channel, leaderTs)
    ]);
    if (!leader) return count;
    const ids = groupedIds(replies);
    count = ids.length;
    const payload = leader.metadata?.payload ?? {};
    const kept = ids.slice(0, GROUPED_IDS_KEPT).join(",");
    if (payload.grouped_count === count && payload.grouped_ids === kept) return count;
    const withCount = withStormCount(leader, count, kept, language);
    const shown = stateFromMetadata(payload);
    const current = await currentState(deps, shown, payload.incident_id);
    await deps.slack.updateMessage(
      channel,
      leaderTs,
      sameState(shown, current) ? withCount : updatedTopMessage({ ts: leaderTs, ...withCount }, current, language)
    );
  }
  return count;
}
async function currentState(deps, shown, incidentId) {
  if (typeof incidentId !== "string") return shown;
  try {
    const incident = await deps.pagerduty.getIncident(incidentId);
    return withCurrentStatus(shown, incident.status, incident.escalationLevel);
  } catch (error) {
    if (error instanceof AuthError) throw error;
    return shown;
  }
}
function withStormCount(leader, count, ids, language = "en") {
  const blocks = (leader.blocks ?? []).filter((b) => b.block_id !== STORM_BLOCK_ID);
  if (count > 0) {
    const line = WORDS[language].count(count);
    const block = {
      type: "context",
      elements: [{ type: "mrkdwn", text: line }],
      block_id: STORM_BLOCK_ID
    };
    blocks.splice(Math.min(1, blocks.length), 0, block);
  }
  const payload = { ...leader.metadata?.payload ?? {}, grouped_count: count, grouped_ids: ids };
  return { text: leader.text, blocks, metadata: { eventType: TOP_EVENT_TYPE, payload } };
}
async function replyForGrouped(deps, input) {
  const { event, grouped, channel } = input;
  const threadTs = grouped.threadTs;
  const status = input.incident?.status ?? statusAfter(event, grouped);
  const view = {
    incident: infoOf(event, input.incident),
    status,
    ...event.agent?.name ? { by: event.agent.name } : {},
    ...input.language ? { language: input.language } : {}
  };
  const update = updatedGroupedReply(grouped, view);
  const messages = [];
  const note = THREAD_EVENTS.has(event.event_type) ? buildReply({ channel, threadTs, event, ...input.language ? { language: input.language } : {} }) : void 0;
  const named = note ? namedReply(note, view.incident) : void 0;
  if (input.dryRun) {
    if (named) messages.push(named);
    deps.log.info(`Dry run: would show incident ${event.incident.id} as ${status} in its storm's thread.`);
    return { threadTs, messages, action: "dry-run" };
  }
  if (grouped.metadata?.payload.status !== status)
    await deps.slack.updateMessage(channel, grouped.ts, update);
  let messageTs;
  let action = "duplicate";
  if (named) {
    const earlier = (await deps.slack.listReplies(channel, threadTs)).find((r) => isPostFor(r, event));
    if (earlier) messageTs = earlier.ts;
    else {
      await deps.pacer?.wait(channel);
      messageTs = (await deps.slack.postMessage(named, { findAfter: new Date(Number(threadTs) * 1e3) })).ts;
      action = "replied";
      messages.push(named);
    }
  }
  return { ...messageTs ? { messageTs } : {}, threadTs, messages, action };
}
var THREAD_EVENTS = /* @__PURE__ */ new Set([
  "incident.escalated",
  "incident.reassigned",
  "incident.delegated",
  "incident.annotated"
]);
function namedReply(reply2, incident) {
  const number = incident.number !== void 0 ? `#${incident.number}` : incident.id;
  const ref = incident.htmlUrl ? link(incident.htmlUrl, number) : escapeMrkdwn(number);
  const prefix = (text) => `${ref}: ${text}`;
  return fitMessage({
    ...reply2,
    text: prefix(reply2.text),
    ...reply2.blocks ? {
      blocks: reply2.blocks.map(
        (b) => b.type === "section" && b.text ? { ...b, text: { ...b.text, text: prefix(b.text.text) } } : b
      )
    } : {}
  });
}
function statusAfter(event, grouped) {
  if (event.event_type === "incident.acknowledged") return "acknowledged";
  if (event.event_type === "incident.resolved") return "resolved";
  if (event.event_type === "incident.reopened" || event.event_type === "incident.unacknowledged")
    return "triggered";
  const shown = grouped.metadata?.payload.status;
  return shown === "acknowledged" || shown === "resolved" ? shown : "triggered";
}
function infoOf(event, incident) {
  if (incident) {
    return {
      id: incident.id,
      ...incident.number !== void 0 ? { number: incident.number } : {},
      title: incident.title,
      htmlUrl: incident.htmlUrl
    };
  }
  const p = event.incident;
  return {
    id: p.id,
    ...p.number !== void 0 ? { number: p.number } : {},
    title: p.title,
    ...p.html_url ? { htmlUrl: p.html_url } : {}
  };
}
function groupedIds(replies) {
  const ids = [];
  for (const r of [...replies].sort((a, b) => compareTs(a.ts, b.ts))) {
    if (!isGroupedReply(r)) continue;
    const id = String(r.metadata.payload.incident_id);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
function earliestGrouped(replies, incidentId) {
  return replies.filter((r) => isGroupedReply(r) && r.metadata.payload.incident_id === incidentId).sort((a, b) => compareTs(a.ts, b.ts))[0];
}
async function readTops(slack, channel, oldestMs, latestMs) {
  const out = [];
  let cursor;
  for (let page = 0; page < LEADER_PAGES; page++) {
    const read = await slack.readHistory(channel, {
      oldest: (oldestMs / 1e3).toFixed(6),
      latest: (latestMs / 1e3).toFixed(6),
      limit: 999,
      ...cursor ? { cursor } : {}
    });
    out.push(
      ...read.messages.filter(
        (m3) => (m3.threadTs === void 0 || m3.threadTs === m3.ts) && m3.metadata?.eventType === TOP_EVENT_TYPE && typeof m3.metadata.payload.incident_id === "string"
      )
    );
    cursor = read.messages.length > 0 ? read.nextCursor : void 0;
    if (!cursor) break;
  }
  return out;
}
async function joinStorm(deps, input) {
  const leaderIncidentId = String(input.leader.metadata?.payload.incident_id ?? "");
  const status = input.status === "acknowledged" || input.status === "resolved" ? input.status : "triggered";
  const message = buildGroupedReply({
    channel: input.channel,
    leaderTs: input.leader.ts,
    leaderIncidentId,
    runbookId: input.runbookId,
    view: { incident: input.incident, status, ...input.language ? { language: input.language } : {} },
    event: input.event,
    runId: input.runId
  });
  deps.log.info(
    `Incident ${input.incident.id} joins the storm of incident ${leaderIncidentId} (runbook ${input.runbookId}): posting it in that thread (ts ${input.leader.ts}).`
  );
  if (input.dryRun) return { message };
  const reply2 = await postGroupedReply(deps, { ...message, threadTs: input.leader.ts });
  try {
    await showStormCount(deps, input.channel, input.leader.ts, input.language);
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(
      `Could not update the count on the message of incident ${leaderIncidentId} (${describeError(error)}).`
    );
  }
  return { message, reply: reply2 };
}

// node-builtin:node:crypto#src/alert/diagnose.ts
var m2 = process.getBuiltinModule?.("node:crypto") ?? __require("node:crypto");
var randomUUID2 = m2.randomUUID;

// src/alert/diagnose.ts
var DIAGNOSTICS_EVENT_TYPE = "oncall_diagnostics";
var MAX_LABELS = 50;
var MAX_LABEL_VALUE_CHARS = 500;
var MAX_LABELS_JSON_CHARS = 8e3;
async function startDiagnostics(deps, request) {
  try {
    return await start(deps, request);
  } catch (error) {
    deps.log.warning(
      `Could not start the diagnostics of incident ${request.incidentId} (${describeError(error)}); the incident's message is unaffected.`
    );
    return [];
  }
}
async function start(deps, request) {
  const { log, slack } = deps;
  const { channel, incidentId, top } = request;
  const runbookId = top.metadata?.payload.runbook_id;
  if (typeof runbookId !== "string" || runbookId === "") return [];
  const runbook = (await deps.runbooks()).runbook(runbookId);
  const workflows = runbook?.diagnose ?? [];
  if (workflows.length === 0) return [];
  const names = workflows.map((w) => w.workflow).join(", ");
  if (request.dryRun) {
    log.info(`Dry run: would start the diagnostics of runbook "${runbookId}": ${names}.`);
    return [];
  }
  const dispatch = deps.diagnostics;
  if (!dispatch) {
    log.warning(
      `Runbook "${runbookId}" names diagnostic workflows (${names}), but dispatching is not set up (a token with actions: write in diagnose-token or github-token, the repository, and diagnose-ref outside Actions); not starting them.`
    );
    return [];
  }
  const isClaim = (m3) => m3.metadata?.eventType === DIAGNOSTICS_EVENT_TYPE && m3.metadata.payload.incident_id === incidentId;
  if ((await slack.listReplies(channel, top.ts)).some(isClaim)) {
    log.info(`The diagnostics of incident ${incidentId} were started before; not starting them again.`);
    return [];
  }
  const run = randomUUID2();
  const claim = {
    channel,
    threadTs: top.ts,
    text: `:mag: Starting diagnostics: ${workflows.map((w) => `\`${w.workflow}\``).join(", ")}\u2026`,
    metadata: {
      eventType: DIAGNOSTICS_EVENT_TYPE,
      payload: { incident_id: incidentId, run, state: "starting" }
    }
  };
  await deps.pacer?.wait(channel);
  const { posted, earlier } = await postReplyOnce(
    slack,
    { ...claim, threadTs: top.ts },
    (m3) => isClaim(m3) && m3.metadata?.payload.run !== run
  );
  if (earlier) {
    log.info(`Another run is starting the diagnostics of incident ${incidentId}; leaving them to it.`);
    return [];
  }
  const alerts = await readAlerts(deps, incidentId);
  const labels = alertLabels(alerts.alerts);
  if (labels.omitted > 0) {
    log.warning(
      `Incident ${incidentId}: the labels input carries ${labels.kept} of ${labels.kept + labels.omitted} labels (GitHub limits input sizes); "_omitted" says how many are left out.`
    );
  }
  const outcomes = [];
  for (const workflow of workflows) {
    outcomes.push(await dispatchOne(deps, dispatch, workflow, { incidentId, channel, labels: labels.json }));
  }
  try {
    await slack.updateMessage(channel, posted.ts, {
      text: outcomeText(outcomes, labels.omitted),
      metadata: {
        eventType: DIAGNOSTICS_EVENT_TYPE,
        payload: {
          incident_id: incidentId,
          run,
          state: "done",
          started: outcomes.filter((o) => o.outcome === "started").length,
          failed: outcomes.filter((o) => o.outcome === "failed").length
        }
      }
    });
  } catch (error) {
    log.warning(
      `Could not show the diagnostics' outcome in the thread of incident ${incidentId} (${describeError(error)}).`
    );
  }
  return outcomes;
}
function dispatchInputs(workflow, facts) {
  const always = {
    incident_id: facts.incidentId,
    labels: facts.labels,
    channel: facts.channel
  };
  return { ...workflow.inputs, ...always };
}
async function dispatchOne(deps, dispatch, workflow, facts) {
  try {
    const run = await dispatch.github.dispatchWorkflow(
      workflow.workflow,
      dispatch.ref,
      dispatchInputs(workflow, facts)
    );
    deps.log.info(
      `Started diagnostic ${workflow.workflow} for incident ${facts.incidentId}${run.htmlUrl ? ` (${run.htmlUrl})` : ""}.`
    );
    return {
      workflow: workflow.workflow,
      outcome: "started",
      ...run.htmlUrl ? { runUrl: run.htmlUrl } : {},
      ...run.runId !== void 0 ? { runId: run.runId } : {}
    };
  } catch (error) {
    const reason = describeError(error);
    deps.log.warning(
      `Could not start diagnostic ${workflow.workflow} for incident ${facts.incidentId}: ${reason}`
    );
    return { workflow: workflow.workflow, outcome: "failed", reason };
  }
}
function outcomeText(outcomes, labelsOmitted = 0) {
  const lines = outcomes.map((o) => {
    const name = `\`${o.workflow}\``;
    if (o.outcome === "started") {
      const run = o.runUrl ? `: ${link(o.runUrl, o.runId !== void 0 ? `run ${o.runId}` : "its run")}` : "";
      return `:mag: Diagnostic ${name} started${run}. Its output will be posted in this thread.`;
    }
    return `:warning: Could not start diagnostic ${name}: ${escapeMrkdwn(truncateText(o.reason ?? "unknown error", 300))}`;
  });
  if (labelsOmitted > 0)
    lines.push(`_${labelsOmitted} alert labels were left out of its inputs (size limit)._`);
  return lines.join("\n");
}
function alertLabels(alerts) {
  let pairs = [];
  for (const alert of alerts) {
    const firing = alert.details.find((d) => /^firing$/i.test(d.key));
    pairs = firing ? alertmanagerFiring(firing.value).filter((d) => d.label) : alert.details.filter((d) => !SKIPPED_DETAILS.test(d.key));
    if (pairs.length > 0) break;
  }
  const labels = {};
  let kept = 0;
  let size = 2;
  for (const { key, value } of pairs) {
    if (Object.hasOwn(labels, key)) continue;
    const text = value.length > MAX_LABEL_VALUE_CHARS ? `${value.slice(0, MAX_LABEL_VALUE_CHARS - 1)}\u2026` : value;
    const cost = JSON.stringify(key).length + JSON.stringify(text).length + 2;
    if (kept >= MAX_LABELS || size + cost > MAX_LABELS_JSON_CHARS - 32) break;
    labels[key] = text;
    kept += 1;
    size += cost;
  }
  const distinct = new Set(pairs.map((p) => p.key)).size;
  const omitted = distinct - kept;
  if (omitted > 0) labels._omitted = String(omitted);
  return { json: JSON.stringify(labels), kept, omitted };
}
var SKIPPED_DETAILS = /^(firing|resolved|num_firing|num_resolved)$/i;

// src/alert/run.ts
var UNKNOWN_CREATION_LOOKBACK_MS = 14 * 24 * 60 * 60 * 1e3;
var TIMELINE_PAGES = 2;
var MAX_STATUS_ROUNDS = 3;
async function runAlert(deps, settings, event) {
  const { log } = deps;
  if (!isHandled(event.event_type)) {
    log.info(
      `Ignoring ${event.event_type} (event ${event.event_id}): the alert path does not post about it.`
    );
    return { action: "ignored", onCallUserIds: [], messages: [], undone: [] };
  }
  const incidentId = event.incident.id;
  const withIncidentLock = deps.incidentLock ?? processIncidentLock;
  if (event.event_type === "incident.triggered") {
    const prepared = prepareTop(deps, settings, event);
    prepared.catch(() => void 0);
    const createdAt2 = eventTime(event);
    let thread2;
    const result2 = await withIncidentLock(incidentId, async () => {
      const inWorkflowChannel = findTop(deps, settings, incidentId, createdAt2);
      inWorkflowChannel.catch(() => void 0);
      const workflowChannel = settings.channel;
      settings = await routeNew(deps, settings, event, prepared);
      const top = settings.channel === workflowChannel ? await inWorkflowChannel : await findTop(deps, settings, incidentId, createdAt2);
      if (!top) {
        const { top: posted, ...created2 } = await createTop(deps, settings, event, prepared, createdAt2);
        thread2 = posted;
        return created2;
      }
      thread2 = top;
      log.info(`Incident ${incidentId} already has its message (ts ${top.ts}); nothing to post.`);
      const result3 = {
        action: "duplicate",
        messageTs: top.ts,
        threadTs: top.threadTs ?? top.ts,
        onCallUserIds: [],
        messages: [],
        undone: [],
        ...metaString(top, "runbook_id") ? { runbookId: metaString(top, "runbook_id") } : {}
      };
      await finishEscalation(deps, settings, incidentId, top, result3);
      await addLastTime(deps, settings, top.ts, prepared, createdAt2);
      return { ...result3, permalink: await permalink(deps, settings, top.ts) };
    });
    if (thread2) {
      await startDiagnostics(deps, {
        channel: settings.channel,
        incidentId,
        top: thread2,
        ...settings.dryRun ? { dryRun: true } : {}
      });
    }
    return result2;
  }
  const incident = await readIncident2(deps, incidentId);
  const createdAt = incident?.createdAt ?? new Date(eventTime(event).getTime() - UNKNOWN_CREATION_LOOKBACK_MS);
  const routed = await routeLater(deps, settings, event, incident, createdAt);
  settings = routed.settings;
  const lockKey = incidentId;
  const found = routed.top;
  if (!found && settings.dryRun) return dryRunReply(deps, settings, event, incident);
  let thread = found ?? await waitForTop(deps, settings, incidentId, createdAt);
  let created;
  if (!thread) {
    const made = await withIncidentLock(
      lockKey,
      async () => {
        const found2 = await findTop(deps, settings, incidentId, createdAt);
        if (found2) return { thread: found2 };
        log.warning(
          `No message for incident ${incidentId} in the channel (its triggered event was lost); posting one now.`
        );
        const prepared = prepareTop(deps, settings, event, incident);
        const result2 = await createTop(deps, settings, event, prepared, createdAt);
        return { created: result2, ...result2.top ? { thread: result2.top } : {} };
      }
    );
    created = made.created;
    if (!made.thread) return created;
    thread = made.thread;
  }
  if (isGroupedReply(thread)) return groupedReply(deps, settings, event, thread, incident, created);
  const result = await reply(deps, settings, event, thread, incident, created);
  if (!created) {
    await withIncidentLock(lockKey, () => finishEscalation(deps, settings, incidentId, thread, result));
  }
  return result;
}
async function routeNew(deps, settings, event, prepared) {
  let facts;
  try {
    if (!settings.routes && (await deps.runbooks()).channels.length === 0) return settings;
    const { incident, links } = await prepared;
    const teams = incident.teams ?? (settings.routes && settings.routes.teams.size > 0 ? (await readIncident2(deps, incident.info.id))?.teams : void 0);
    facts = {
      ...links[0] ? { runbook: links[0] } : {},
      ...incident.info.service ? { service: incident.info.service } : {},
      ...teams ? { teams } : {}
    };
  } catch {
    return settings;
  }
  return withRoute(deps, settings, facts, event);
}
async function routeLater(deps, settings, event, incident, createdAt) {
  const incidentId = event.incident.id;
  let loaded;
  try {
    loaded = await deps.runbooks();
  } catch (error) {
    if (settings.routes || error instanceof AuthError) {
      deps.log.warning(
        `Could not load the runbooks to find the channel of incident ${incidentId} (${describeError(error)}); looking in every channel a route names.`
      );
    }
  }
  const canRoute = !!settings.routes || (loaded?.channels.length ?? 0) > 0;
  if (!canRoute) {
    const top = await findTop(deps, settings, incidentId, createdAt);
    return { settings, ...top ? { top } : {} };
  }
  let routed = settings;
  try {
    const info = await incidentInfo(deps, event, incident);
    const best = loaded ? matchIncident(settings, info.info, loaded, await readAlerts(deps, incidentId))[0] : void 0;
    routed = withRoute(
      deps,
      settings,
      {
        ...best ? { runbook: best } : {},
        ...info.info.service ? { service: info.info.service } : {},
        ...incident?.teams ? { teams: incident.teams } : {}
      },
      event
    );
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(`Could not work out the channel of incident ${incidentId} (${describeError(error)}).`);
  }
  const candidates = [
    routed.channel,
    ...routeChannels(settings.routes, loaded?.channels ?? [], settings.channel).filter(
      (c) => c !== routed.channel
    )
  ];
  for (const channel of candidates.slice(0, MAX_ROUTE_CHANNELS)) {
    const language = settings.routes?.languages?.get(channel);
    const here = channel === routed.channel ? routed : { ...settings, channel, ...language ? { language } : {} };
    const top = await findTop(deps, here, incidentId, createdAt);
    if (top) {
      if (channel !== routed.channel) {
        deps.log.info(
          `Incident ${incidentId} has its message in ${channel} (its route has changed since); replying there.`
        );
      }
      return { settings: here, top };
    }
  }
  return { settings: routed };
}
var MAX_ROUTE_CHANNELS = 20;
function withRoute(deps, settings, facts, event) {
  const route = routeIncident(facts, settings.routes, settings.channel);
  const language = route.language ? { language: route.language } : {};
  if (route.channel === settings.channel) return { ...settings, ...language };
  deps.log.info(
    `Incident ${event.incident.id} goes to ${route.channel} (${route.reason}) instead of ${settings.channel}.`
  );
  return { ...settings, channel: route.channel, ...language };
}
var DRY_RUN_THREAD_TS = "(the incident message)";
async function dryRunReply(deps, settings, event, incident) {
  deps.log.info(
    `Dry run: no message for incident ${event.incident.id} in ${settings.channel}; showing the reply this event would post in its thread.`
  );
  const { level, people } = await peopleForReply(deps, event, incident);
  const message = buildReply({
    channel: settings.channel,
    threadTs: DRY_RUN_THREAD_TS,
    event,
    ...settings.language ? { language: settings.language } : {},
    ...people ? { people } : {},
    ...level !== void 0 ? { level } : {}
  });
  return {
    action: "dry-run",
    onCallUserIds: (people ?? []).flatMap((p) => p.slackId ? [p.slackId] : []),
    messages: message ? [message] : [],
    undone: []
  };
}
async function peopleForReply(deps, event, incident) {
  if (!CHANGES_WHO.has(event.event_type)) return {};
  try {
    return await whoNow(deps, event, incident);
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(
      `Could not read who is on incident ${event.incident.id} now (${describeError(error)}); replying without mentions.`
    );
    return { unread: true };
  }
}
var CHANGES_WHO = /* @__PURE__ */ new Set(["incident.escalated", "incident.reassigned", "incident.delegated"]);
async function reply(deps, settings, event, thread, incident, created) {
  const { slack, log } = deps;
  const { channel } = settings;
  const base = {
    action: "duplicate",
    threadTs: thread.ts,
    onCallUserIds: created?.onCallUserIds ?? [],
    messages: created?.messages ?? [],
    undone: created?.undone ?? [],
    ...created?.runbookId ? { runbookId: created.runbookId } : {}
  };
  const replies = await slack.listReplies(channel, thread.ts);
  const earlier = replies.find((r) => isPostFor(r, event));
  const { level, levelNow, people, unread } = earlier && event.event_type !== "incident.escalated" ? {} : await peopleForReply(deps, event, incident);
  if (unread && event.event_type === "incident.escalated")
    base.undone.push(
      `show the level incident ${event.incident.id} was escalated to (PagerDuty could not be read)`
    );
  let messageTs = earlier?.ts;
  let action = earlier ? "duplicate" : "replied";
  if (earlier) {
    log.info(`Event ${event.event_id} is already in the thread (ts ${earlier.ts}); not posting it again.`);
  } else {
    const message = buildReply({
      channel,
      threadTs: thread.ts,
      event,
      ...settings.language ? { language: settings.language } : {},
      ...people ? { people } : {},
      ...level !== void 0 ? { level } : {}
    });
    if (message) {
      if (settings.dryRun) {
        base.messages.push(message);
        action = "dry-run";
      } else {
        messageTs = (await post(deps, message, new Date(Number(thread.ts) * 1e3))).ts;
      }
      base.onCallUserIds = (people ?? []).flatMap((p) => p.slackId ? [p.slackId] : []);
    }
  }
  await showStatus(deps, settings, event, thread, incident, { level, levelNow }, people);
  return {
    ...base,
    action: created && action === "duplicate" ? "posted" : action,
    ...messageTs ? { messageTs } : {},
    permalink: await permalink(deps, settings, messageTs ?? thread.ts)
  };
}
async function showStatus(deps, settings, event, thread, incident, { level, levelNow }, people) {
  const change = (shown) => withOnCall(applyEvent(shown, event, level, levelNow), event, level, people);
  if (settings.dryRun) {
    const next = change(stateFromMetadata(thread.metadata?.payload ?? {}));
    deps.log.info(`Dry run: would update the status line to ${next.status}.`);
    return;
  }
  await writeState(deps, settings, event.incident.id, thread, change, incident);
}
async function writeState(deps, settings, incidentId, message, change, incident) {
  const stateOf = (m3) => stateFromMetadata(m3.metadata?.payload ?? {});
  const wanted = (shown2, pd, replies) => pd ? withCurrentStatus(withThreadEvents(change(shown2), replies), pd.status, pd.escalationLevel) : change(shown2);
  const threadEvents = async () => message.threadTs && message.threadTs !== message.ts ? [] : deps.slack.listReplies(settings.channel, message.ts).catch(() => []);
  const afterWrite = async () => {
    for (let attempt = 0; attempt < MAX_STATUS_ROUNDS; attempt++) {
      const [again, now, replies] = await Promise.all([
        readMessage(deps.slack, settings.channel, message.ts).catch(() => void 0),
        readIncident2(deps, incidentId),
        threadEvents()
      ]);
      if (again && now) return { message: again, incident: now, replies };
    }
    return void 0;
  };
  incident ??= await readIncident2(deps, incidentId);
  let shown = await readMessage(deps.slack, settings.channel, message.ts) ?? message;
  let next = wanted(stateOf(shown), incident, incident ? await threadEvents() : []);
  for (let round = 0; round < MAX_STATUS_ROUNDS && !sameState(stateOf(shown), next); round++) {
    if (round > 0)
      deps.log.info(`The message of incident ${incidentId} changed meanwhile; bringing it up to date.`);
    await deps.slack.updateMessage(
      settings.channel,
      message.ts,
      updatedTopMessage(shown, next, settings.language)
    );
    if (!incident) return;
    const after = await afterWrite();
    if (!after) return;
    shown = after.message;
    next = wanted(stateOf(after.message), after.incident, after.replies);
  }
}
async function whoNow(deps, event, fresh) {
  const read = fresh ?? await deps.pagerduty.getIncident(event.incident.id);
  const incident = event.event_type === "incident.escalated" && event.incident.assignees?.length ? { ...read, assignees: event.incident.assignees.map((a) => ({ id: a.id, name: a.name ?? a.id })) } : read;
  const onCalls = await currentOnCalls(deps, incident.escalationPolicy.id);
  const byId = new Map(onCalls.map((o) => [o.user.id, o]));
  const assignees = incident.assignees.map((a) => byId.get(a.id)?.user ?? a);
  if (event.event_type !== "incident.escalated") return { people: await lookUp(deps, assignees) };
  const level = levelOf(incident, onCalls);
  const levelNow = levelOf(read, onCalls);
  const people = assignees.length > 0 ? await lookUp(deps, assignees) : level !== void 0 ? await peopleAt(deps, onCalls, level) : [];
  return {
    ...level !== void 0 ? { level } : {},
    ...levelNow !== void 0 ? { levelNow } : {},
    people
  };
}
function withOnCall(state, event, level, people) {
  if (!CHANGES_WHO.has(event.event_type)) return state;
  const named = (event.incident.assignees ?? []).map((a) => ({ name: a.name ?? a.id }));
  const onCall = people && people.length > 0 ? people : named;
  if (onCall.length === 0) return state;
  const next = { ...state, onCall };
  if (level !== void 0) next.onCallLevel = level;
  else delete next.onCallLevel;
  return next;
}
async function prepareTop(deps, settings, event, fresh) {
  const incident = await incidentInfo(deps, event, fresh);
  const policyId = incident.info.escalationPolicy?.id;
  const onCallsPromise = policyId ? currentOnCalls(deps, policyId) : Promise.resolve([]);
  onCallsPromise.then((list) => {
    for (const o of list)
      if (o.escalationLevel === incident.level) void deps.users.resolve(o.user).catch(() => void 0);
  }).catch(() => void 0);
  const [loaded, onCalls, alerts] = await Promise.all([
    deps.runbooks(),
    onCallsPromise,
    readAlerts(deps, incident.info.id)
  ]);
  const links = matchIncident(settings, incident.info, loaded, alerts);
  const context = alertContext(alerts.alerts, incident.info.title);
  const teams = incident.teams;
  return {
    incident,
    loaded,
    links,
    onCalls,
    ...context ? { context } : {},
    ...teams ? { teams } : {}
  };
}
function matchIncident(settings, info, loaded, alerts) {
  const service = info.service;
  const matches = loaded.match({
    text: readAlert(info.title, alerts.texts).text,
    ...service ? {
      service: {
        ...service.id ? { id: service.id } : {},
        ...service.name ? { name: service.name } : {}
      }
    } : {}
  });
  return matches.map((m3) => runbookLink(m3, loaded.runbook(m3.id), loaded, settings));
}
async function createTop(deps, settings, event, preparing, createdAt) {
  const { slack, log } = deps;
  const { incident, loaded, links, onCalls, context } = await preparing;
  const best = links[0];
  const escalation = plannedEscalation(deps, settings, best, incident.info.id);
  const level = escalation?.outcome === "pending" && incident.status === "triggered" ? Math.max(escalation.wanted, incident.level) : incident.level;
  const onCall = await peopleAt(deps, onCalls, level);
  if (onCall.length === 0)
    log.warning(`Nobody is on call for incident ${incident.info.id} at level ${level}.`);
  const index = { version: loaded.version, commit: loaded.source.commit, origin: loaded.origin };
  const state = {
    ...initialState(incident.status, event.event_type === "incident.triggered" ? event.occurred_at : ""),
    ...incident.level > 1 ? { level: incident.level } : {},
    ...escalation ? { escalation } : {}
  };
  const addRunbookUrl = settings.addRunbookUrl ?? defaultAddUrl(loaded.source, settings.serverUrl);
  const runId = randomUUID();
  const storm = stormWindow(loaded, best);
  const joinStormIfAny = async (ownTs) => {
    if (!storm || !best || ownTs && !slack.deleteMessage) return void 0;
    const leader = await findStormLeader(deps, {
      channel: settings.channel,
      runbookId: best.id,
      incidentId: incident.info.id,
      createdAt,
      windowSeconds: storm,
      ...ownTs ? { before: ownTs } : {}
    });
    if (!leader) return void 0;
    if (ownTs) await slack.deleteMessage(settings.channel, ownTs);
    return joinedStorm(deps, settings, event, incident, best.id, runId, leader);
  };
  const joined = await joinStormIfAny();
  if (joined) return joined;
  const message = buildTopMessage({
    channel: settings.channel,
    incident: incident.info,
    onCall,
    onCallLevel: level,
    runbooks: links,
    index,
    ...addRunbookUrl ? { addRunbookUrl } : {},
    state,
    eventId: event.event_id,
    webhookId: event.webhook_id,
    runId,
    ...context ? { context } : {},
    ...settings.language ? { language: settings.language } : {}
  });
  const result = {
    action: settings.dryRun ? "dry-run" : "posted",
    onCallUserIds: onCall.flatMap((p) => p.slackId ? [p.slackId] : []),
    messages: [message],
    undone: [],
    ...best ? { runbookId: best.id } : {}
  };
  if (settings.dryRun) return result;
  const posted = await post(deps, message, new Date(createdAt.getTime() - CREATION_MARGIN_MS));
  const ownLink = permalink(deps, settings, posted.ts);
  const earlier = await earlierDuplicate(
    slack,
    settings.channel,
    TOP_EVENT_TYPE,
    (p) => p.incident_id === incident.info.id,
    runId,
    posted.ts,
    new Date(createdAt.getTime() - CREATION_MARGIN_MS)
  );
  if (earlier) return yieldTo(deps, settings, incident.info.id, posted.ts, earlier, result);
  const regrouped = await joinStormIfAny(posted.ts);
  if (regrouped) return regrouped;
  log.info(
    `Posted incident ${incident.info.id} to ${settings.channel} (ts ${posted.ts}; runbook ${best?.id ?? "none"}).`
  );
  const top = {
    ts: posted.ts,
    text: message.text,
    ...message.metadata ? { metadata: message.metadata } : {},
    ...message.blocks ? { blocks: message.blocks } : {}
  };
  if (escalation?.outcome === "pending") {
    await escalate(deps, settings, incident.info.id, top, escalation.wanted, result);
  }
  await addLastTime(deps, settings, posted.ts, preparing, createdAt);
  return {
    ...result,
    messageTs: posted.ts,
    threadTs: posted.ts,
    top,
    permalink: await ownLink
  };
}
async function addLastTime(deps, settings, threadTs, preparing, createdAt) {
  if (!settings.lastTime || settings.dryRun) return;
  const prepared = await preparing.catch(() => void 0);
  if (!prepared) return;
  const { info } = prepared.incident;
  const runbookId = prepared.links[0]?.id;
  await replyLastTime(
    { ...deps, ...deps.lastTimeCache ? { cache: deps.lastTimeCache } : {} },
    {
      channel: settings.channel,
      threadTs,
      incident: {
        id: info.id,
        title: info.title,
        createdAt,
        ...runbookId ? { runbookId } : {}
      },
      match: (alert) => prepared.loaded.match(alert),
      settings: settings.lastTime,
      ...settings.language ? { language: settings.language } : {}
    }
  );
}
async function yieldTo(deps, settings, incidentId, ownTs, earlier, result) {
  const { slack, log } = deps;
  if (slack.deleteMessage) {
    await slack.deleteMessage(settings.channel, ownTs);
    log.info(
      `Incident ${incidentId}: another run posted its message first (ts ${earlier.ts}); removed this run's copy.`
    );
  } else {
    log.warning(
      `Incident ${incidentId}: another run posted its message first (ts ${earlier.ts}) and this Slack client cannot delete messages; remove the later copy (ts ${ownTs}) by hand.`
    );
  }
  return {
    ...result,
    action: "duplicate",
    messageTs: earlier.ts,
    threadTs: earlier.ts,
    top: earlier,
    permalink: await permalink(deps, settings, earlier.ts)
  };
}
function plannedEscalation(deps, settings, best, incidentId) {
  const wanted = best?.escalateTo;
  if (wanted === void 0 || wanted <= 1) return void 0;
  if (!settings.fromEmail) {
    deps.log.warning(
      `Runbook "${best.id}" asks to escalate to level ${wanted}, but no PagerDuty user email is set for the escalation (from-email): not escalating.`
    );
    return {
      wanted,
      outcome: "skipped",
      reason: "no PagerDuty user email (from-email) is set to escalate as"
    };
  }
  if (settings.dryRun) deps.log.info(`Dry run: would escalate incident ${incidentId} to level ${wanted}.`);
  return { wanted, outcome: "pending" };
}
async function finishEscalation(deps, settings, incidentId, found, result) {
  let top = found;
  let e = stateFromMetadata(top.metadata?.payload ?? {}).escalation;
  if (!e || e.outcome === "done" || e.outcome === "skipped" || settings.dryRun) return;
  if (e.outcome === "pending") {
    const budget = settings.waitForTopMs ?? 2e4;
    const interval = Math.max(1, settings.waitIntervalMs ?? 2e3);
    const deadline = deps.clock.now().getTime() + budget;
    for (; ; ) {
      top = await readMessage(deps.slack, settings.channel, top.ts) ?? top;
      e = stateFromMetadata(top.metadata?.payload ?? {}).escalation;
      const left = deadline - deps.clock.now().getTime();
      if (e?.outcome !== "pending" || left <= 0) break;
      await deps.clock.sleep(Math.min(interval, left));
    }
    if (!e || e.outcome === "done" || e.outcome === "skipped") return;
    deps.log.info(`The escalation of incident ${incidentId} is still pending: completing it.`);
  } else {
    deps.log.info(`The escalation of incident ${incidentId} failed before: trying again.`);
  }
  await escalate(deps, settings, incidentId, top, e.wanted, result);
}
async function escalate(deps, settings, incidentId, top, wanted, result) {
  const recorded = stateFromMetadata(top.metadata?.payload ?? {}).level;
  const outcome = await escalateIfStillNeeded(deps, settings, incidentId, wanted, recorded);
  if (outcome.outcome === "failed") {
    result.undone.push(`escalate incident ${incidentId} to level ${wanted} (${outcome.reason})`);
  }
  const change = (shown) => ({
    ...shown,
    escalation: outcome,
    ...outcome.outcome === "done" ? { level: Math.max(wanted, shown.level ?? 1) } : {}
  });
  try {
    await writeState(deps, settings, incidentId, top, change, await readIncident2(deps, incidentId));
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(
      `Could not show the escalation outcome in the message of incident ${incidentId} (${describeError(error)}).`
    );
    result.undone.push(`show the escalation outcome in the message of incident ${incidentId}`);
  }
}
async function escalateIfStillNeeded(deps, settings, incidentId, wanted, recordedLevel) {
  const { log } = deps;
  if (!settings.fromEmail) {
    return {
      wanted,
      outcome: "skipped",
      reason: "no PagerDuty user email (from-email) is set to escalate as"
    };
  }
  const unnecessary = async () => {
    const now = await deps.pagerduty.getIncident(incidentId);
    if (now.status !== "triggered") {
      return { wanted, outcome: "skipped", reason: `the incident is ${now.status} in PagerDuty` };
    }
    const read = now.escalationLevel ?? levelOf(now, await currentOnCalls(deps, now.escalationPolicy.id));
    const level = Math.max(read ?? 0, recordedLevel ?? 0, await levelFromTimeline(deps, incidentId)) || void 0;
    if (level !== void 0 && level >= wanted) {
      return { wanted, outcome: "skipped", reason: `PagerDuty has it at level ${level} already` };
    }
    return void 0;
  };
  try {
    const skip = await unnecessary();
    if (skip) {
      log.info(`Not escalating incident ${incidentId} to level ${wanted}: ${skip.reason}.`);
      return skip;
    }
    await deps.pagerduty.escalateIncident(incidentId, wanted, settings.fromEmail);
    log.info(`Escalated incident ${incidentId} to level ${wanted}.`);
    return { wanted, outcome: "done" };
  } catch (error) {
    const skip = await unnecessary().catch(() => void 0);
    if (skip) {
      log.info(`Not escalating incident ${incidentId} to level ${wanted}: ${skip.reason}.`);
      return skip;
    }
    const reason = describeError(error);
    log.warning(`Could not escalate incident ${incidentId} to level ${wanted}: ${reason}`);
    return { wanted, outcome: "failed", reason };
  }
}
async function levelFromTimeline(deps, incidentId) {
  if (!deps.pagerduty.listIncidentLogEntries) return 0;
  const { entries } = await deps.pagerduty.listIncidentLogEntries(incidentId, { maxPages: TIMELINE_PAGES });
  const escalations = entries.filter((e) => e.type === "escalate_log_entry").length;
  return escalations > 0 ? escalations + 1 : 0;
}
function eventTime(event) {
  const ms = Date.parse(event.occurred_at);
  return new Date(Number.isNaN(ms) ? 0 : ms);
}
async function findTop(deps, settings, incidentId, createdAt) {
  const query = { channel: settings.channel, incidentId, createdAt };
  const top = await findTopMessage(deps.slack, query);
  if (top) return top;
  const runbookIds = await groupingRunbooks(deps);
  return runbookIds.size > 0 ? findGroupedReply(deps.slack, { ...query, runbookIds }) : void 0;
}
async function groupingRunbooks(deps) {
  try {
    const runbooks = (await deps.runbooks()).runbooks();
    return new Set(runbooks.filter((r) => r.groupWithinSeconds !== void 0).map((r) => r.id));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function stormWindow(loaded, best) {
  return best ? loaded.runbook(best.id)?.groupWithinSeconds : void 0;
}
async function joinedStorm(deps, settings, event, incident, runbookId, runId, leader) {
  const { message, reply: reply2 } = await joinStorm(deps, {
    channel: settings.channel,
    leader,
    event,
    incident: incident.info,
    status: incident.status,
    runbookId,
    runId,
    ...settings.dryRun ? { dryRun: true } : {},
    ...settings.language ? { language: settings.language } : {}
  });
  const result = {
    action: settings.dryRun ? "dry-run" : reply2 && reply2.metadata?.payload.run !== runId ? "duplicate" : "posted",
    threadTs: leader.ts,
    onCallUserIds: [],
    messages: [message],
    undone: [],
    runbookId
  };
  if (!reply2) return result;
  return { ...result, messageTs: reply2.ts, top: reply2, permalink: await permalink(deps, settings, reply2.ts) };
}
async function groupedReply(deps, settings, event, grouped, incident, created) {
  const done = await replyForGrouped(deps, {
    channel: settings.channel,
    event,
    grouped,
    incident,
    ...settings.dryRun ? { dryRun: true } : {},
    ...settings.language ? { language: settings.language } : {}
  });
  return {
    action: created ? "posted" : done.action,
    threadTs: done.threadTs,
    ...done.messageTs ? { messageTs: done.messageTs } : {},
    onCallUserIds: [],
    messages: [...created?.messages ?? [], ...done.messages],
    undone: created?.undone ?? [],
    ...metaString(grouped, "runbook_id") ? { runbookId: metaString(grouped, "runbook_id") } : {},
    permalink: await permalink(deps, settings, done.messageTs ?? grouped.ts)
  };
}
async function waitForTop(deps, settings, incidentId, createdAt) {
  const budget = settings.waitForTopMs ?? 2e4;
  const interval = Math.max(1, settings.waitIntervalMs ?? 2e3);
  const deadline = deps.clock.now().getTime() + budget;
  while (deps.clock.now().getTime() < deadline) {
    deps.log.info(
      `Waiting for the message of incident ${incidentId} (its triggered run may still be posting)\u2026`
    );
    await deps.clock.sleep(Math.min(interval, deadline - deps.clock.now().getTime()));
    const found = await findTop(deps, settings, incidentId, createdAt);
    if (found) return found;
  }
  return void 0;
}
async function post(deps, message, findAfter) {
  await deps.pacer?.wait(message.channel);
  return deps.slack.postMessage(message, { findAfter });
}
async function permalink(deps, settings, ts) {
  if (settings.dryRun) return void 0;
  try {
    return await deps.slack.getPermalink(settings.channel, ts);
  } catch (error) {
    deps.log.warning(`Could not read the message's permalink (${describeError(error)}).`);
    return void 0;
  }
}
function metaString(message, key) {
  const v = message.metadata?.payload[key];
  return typeof v === "string" && v !== "" ? v : void 0;
}
function createChannelPacer(clock, intervalMs = 1e3) {
  const tails = /* @__PURE__ */ new Map();
  return {
    wait(channel) {
      const previous = tails.get(channel) ?? Promise.resolve(Number.NEGATIVE_INFINITY);
      const next = previous.then(async (last) => {
        const due = last + intervalMs - clock.now().getTime();
        if (due > 0) await clock.sleep(due);
        return clock.now().getTime();
      });
      tails.set(channel, next);
      return next.then(() => void 0);
    }
  };
}

export {
  DEFAULT_HANDLED_EVENT_TYPES,
  InvalidWebhookError,
  readEventType,
  toDispatch,
  readAlertEventText,
  DIAGNOSTICS_EVENT_TYPE,
  runAlert,
  createChannelPacer
};
