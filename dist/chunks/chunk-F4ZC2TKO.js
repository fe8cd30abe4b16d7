import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  compareTs,
  earlierDuplicate
} from "./chunk-EJ256RKK.js";
import {
  fitMessage,
  truncateText
} from "./chunk-VRPSVARW.js";
import {
  bold,
  boldName,
  code,
  escapeMrkdwn,
  escapeName,
  italic,
  link,
  mention
} from "./chunk-7QIX2LZI.js";
import {
  readAlert
} from "./chunk-H63POQN7.js";
import {
  routeChannels,
  routeIncident
} from "./chunk-2XQDVKDU.js";
import {
  isHandled
} from "./chunk-US3WHMU3.js";
import {
  AuthError,
  describeError
} from "./chunk-GQNV3XG6.js";

// src/alert/run.ts
import { randomUUID } from "node:crypto";

// src/alert/incident-info.ts
async function readIncident(deps, incidentId) {
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

// src/alert/people.ts
async function currentOnCalls(deps, policyId) {
  const now = deps.clock.now().getTime();
  const onCalls = await deps.pagerduty.listOnCalls({
    since: new Date(now),
    until: new Date(now + 6e4),
    escalationPolicyIds: [policyId]
  });
  return onCalls.filter((o) => (!o.start || o.start.getTime() <= now) && (!o.end || o.end.getTime() > now));
}
async function peopleAt(deps, onCalls, level) {
  const users = [];
  const seen = /* @__PURE__ */ new Set();
  for (const o of onCalls) {
    if (o.escalationLevel !== level || seen.has(o.user.id)) continue;
    seen.add(o.user.id);
    users.push(o.user);
  }
  return lookUp(deps, users);
}
async function lookUp(deps, users) {
  return Promise.all(
    users.map(async (user) => {
      const found = await deps.users.resolve(user);
      return found.kind === "user" ? { name: user.name, slackId: found.userId } : { name: user.name };
    })
  );
}
function levelOf(incident, onCalls) {
  if (incident.escalationLevel !== void 0) return incident.escalationLevel;
  const assigned = new Set(incident.assignees.map((a) => a.id));
  const levels = onCalls.filter((o) => assigned.has(o.user.id)).map((o) => o.escalationLevel);
  return levels.length > 0 ? Math.max(...levels) : void 0;
}

// src/interact/payload.ts
var ACTION_IDS = {
  acknowledge: "oncall_acknowledge",
  resolve: "oncall_resolve",
  escalate: "oncall_escalate",
  note: "oncall_add_note"
};
var NOTE_CALLBACK_ID = "oncall_note_modal";
var NOTE_BLOCK_ID = "oncall_note";
var NOTE_INPUT_ID = "oncall_note_text";
var InvalidInteractionError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InvalidInteractionError";
  }
};
var ID = /^[A-Z0-9]{1,32}$/;
var TS = /^\d{1,12}\.\d{1,9}$/;
var MAX_NOTE = 3e3;
function parseInteraction(body) {
  const form = new URLSearchParams(body);
  const raw = form.get("payload");
  if (raw === null) throw new InvalidInteractionError('expected a form with a "payload" field');
  let payload;
  try {
    payload = JSON.parse(raw);
  } catch {
    throw new InvalidInteractionError('the "payload" field is not JSON');
  }
  const p = object(payload, "payload");
  const type = p.type;
  if (type === "block_actions") return readBlockActions(p);
  if (type === "view_submission") return readViewSubmission(p);
  return { kind: "ignored", reason: `interaction type ${JSON.stringify(String(type).slice(0, 40))}` };
}
function parseSlashCommand(body) {
  const form = new URLSearchParams(body);
  if (form.get("ssl_check") === "1") return { kind: "ignored", reason: "ssl_check" };
  const command = form.get("command") ?? "";
  if (!command.startsWith("/"))
    throw new InvalidInteractionError('expected a slash command ("command" field)');
  return {
    kind: "command",
    command: command.slice(0, 40),
    text: (form.get("text") ?? "").slice(0, 200),
    userId: id(form.get("user_id"), "user_id"),
    channelId: id(form.get("channel_id"), "channel_id"),
    responseUrl: string(form.get("response_url"), "response_url"),
    dedupeKey: `command:${string(form.get("trigger_id"), "trigger_id").slice(0, 200)}`
  };
}
function readBlockActions(p) {
  const actions = Array.isArray(p.actions) ? p.actions : [];
  const action = actions.length === 1 ? object(actions[0], "actions[0]") : void 0;
  if (!action) return { kind: "ignored", reason: "not exactly one action" };
  const entry = Object.entries(ACTION_IDS).find(([, actionId]) => actionId === action.action_id);
  if (!entry) return { kind: "ignored", reason: "not one of the incident buttons" };
  const container = object(p.container, "container");
  if (container.type !== "message") return { kind: "ignored", reason: "button not in a message" };
  const user = object(p.user, "user");
  const userId = id(user.id, "user.id");
  const messageTs = ts(container.message_ts, "container.message_ts");
  const actionTs = string(action.action_ts, "actions[0].action_ts").slice(0, 40);
  return {
    kind: "button",
    action: entry[0],
    incidentId: id(action.value, "actions[0].value"),
    userId,
    channelId: id(container.channel_id, "container.channel_id"),
    messageTs,
    responseUrl: string(p.response_url, "response_url"),
    triggerId: string(p.trigger_id, "trigger_id").slice(0, 200),
    dedupeKey: `button:${userId}:${messageTs}:${entry[1]}:${actionTs}`
  };
}
function readViewSubmission(p) {
  const view = object(p.view, "view");
  if (view.callback_id !== NOTE_CALLBACK_ID) return { kind: "ignored", reason: "another modal" };
  let state;
  try {
    state = JSON.parse(string(view.private_metadata, "view.private_metadata"));
  } catch {
    throw new InvalidInteractionError("view.private_metadata is not the JSON the relay put there");
  }
  const s = object(state, "view.private_metadata");
  const values = object(object(view.state, "view.state").values, "view.state.values");
  const input = object(object(values[NOTE_BLOCK_ID], `values.${NOTE_BLOCK_ID}`)[NOTE_INPUT_ID], "note input");
  const text = typeof input.value === "string" ? input.value.trim() : "";
  if (text === "") throw new InvalidInteractionError("the note is empty");
  const user = object(p.user, "user");
  return {
    kind: "note",
    incidentId: id(s.incident_id, "private_metadata.incident_id"),
    userId: id(user.id, "user.id"),
    channelId: id(s.channel, "private_metadata.channel"),
    messageTs: ts(s.message_ts, "private_metadata.message_ts"),
    responseUrl: string(s.response_url, "private_metadata.response_url"),
    text: text.slice(0, MAX_NOTE),
    dedupeKey: `note:${string(view.id, "view.id").slice(0, 40)}:${String(view.hash ?? "").slice(0, 60)}`
  };
}
function object(value, where) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidInteractionError(`${where}: expected an object`);
  }
  return value;
}
function string(value, where) {
  if (typeof value !== "string" || value === "") throw new InvalidInteractionError(`${where}: expected text`);
  return value;
}
function id(value, where) {
  const s = string(value, where);
  if (!ID.test(s)) throw new InvalidInteractionError(`${where}: expected an ID such as "C0123ABCD"`);
  return s;
}
function ts(value, where) {
  const s = string(value, where);
  if (!TS.test(s))
    throw new InvalidInteractionError(`${where}: expected a Slack timestamp such as "1700000000.000100"`);
  return s;
}

// src/interact/buttons.ts
var ACTIONS_BLOCK_ID = "oncall-actions";
var LABELS = {
  acknowledge: "Acknowledge",
  resolve: "Resolve",
  escalate: "Escalate",
  note: "Add note"
};
function incidentActionsBlock(status, incidentId) {
  if (status === "resolved") return void 0;
  const actions = status === "acknowledged" ? ["resolve", "escalate", "note"] : ["acknowledge", "resolve", "escalate", "note"];
  const elements = actions.map((action) => ({
    type: "button",
    text: { type: "plain_text", text: LABELS[action] },
    action_id: ACTION_IDS[action],
    value: incidentId,
    ...action === "acknowledge" ? { style: "primary" } : {}
  }));
  return { type: "actions", block_id: ACTIONS_BLOCK_ID, elements };
}
function noteModal(state, incidentLabel) {
  return {
    type: "modal",
    callback_id: NOTE_CALLBACK_ID,
    private_metadata: JSON.stringify(state),
    title: { type: "plain_text", text: "Add a note" },
    submit: { type: "plain_text", text: "Add note" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "context",
        elements: [
          { type: "plain_text", text: `Added to ${incidentLabel.slice(0, 150)} in PagerDuty, as you.` }
        ]
      },
      {
        type: "input",
        block_id: NOTE_BLOCK_ID,
        label: { type: "plain_text", text: "Note" },
        element: { type: "plain_text_input", action_id: NOTE_INPUT_ID, multiline: true, max_length: 3e3 }
      }
    ]
  };
}

// src/alert/strings.ts
var EN = {
  inPagerDuty: (n) => `${n} in PagerDuty`,
  noTitle: "(no title)",
  service: "Service",
  urgency: "Urgency / priority",
  onCall: (level) => `On call${level > 1 ? ` (level ${level})` : ""}`,
  nobodyOnCall: "nobody on call",
  runbook: "Runbook:",
  owner: (o) => ` \xB7 owner ${o}`,
  matched: (t) => `Matched: ${t}`,
  andMore: (n) => ` and ${n} more`,
  alsoMatched: (count, list) => `Also matched${count}: ${list}`,
  alsoMatchedCount: (total, hidden) => ` (${total}, ${hidden} more not shown)`,
  noRunbook: "*No runbook matches this alert.*",
  addOne: (l) => `${l} with a pull request to \`runbooks/\`.`,
  addOnePlain: "Add one with a pull request to `runbooks/`.",
  alertRunbook: (l) => `The alert links its own runbook: ${l}.`,
  alertRunbookLabel: "Add one",
  indexLine: (v, c, o) => `Runbook index v${v}${c} \xB7 ${o}`,
  resolvedTag: "Resolved",
  status: {
    triggered: ":red_circle: *Triggered*",
    acknowledged: ":large_yellow_circle: *Acknowledged*",
    resolved: ":large_green_circle: *Resolved*"
  },
  statusWord: { triggered: "Triggered", acknowledged: "Acknowledged", resolved: "Resolved" },
  acknowledgedWhoWhen: (w) => `acknowledged${w}`,
  resolvedWhoWhen: (w) => `resolved${w}`,
  escalatedTo: (l) => `escalated to level ${l}`,
  by: (n) => ` by ${n}`,
  at: (d) => ` at ${d}`,
  fallback: (s, t, o) => `${s}: ${t}${o ? ` \u2014 on call: ${o}` : ""}`,
  acknowledged: (by) => `:eyes: Acknowledged${by}.`,
  unacknowledged: ":leftwards_arrow_with_hook: Acknowledgement timed out: the incident is open again.",
  escalated: (level, by, who) => `:arrow_double_up: Escalated${level}${by}.${who ? ` Now on call: ${who}` : ""}`,
  toLevel: (l) => ` to level ${l}`,
  nowOnCall: (w) => ` Now on call: ${w}`,
  reassigned: (who, by) => `:busts_in_silhouette: Reassigned${who ? ` to ${who}` : ""}${by}.`,
  delegated: (policy, by, who) => `:twisted_rightwards_arrows: Moved to escalation policy ${policy}${by}.${who ? ` Now on call: ${who}` : ""}`,
  note: (by) => `:memo: Note${by}:`,
  resolved: (by) => `:white_check_mark: Resolved${by}.`,
  reopened: (by) => `:repeat: Reopened${by}.`,
  priority: (to, by) => `:label: Priority changed${to}${by}.`,
  priorityTo: (p) => ` to ${p}`,
  priorityNone: " (none)",
  escalationLead: (l) => `This runbook escalates straight to level ${l}`,
  escalating: "escalating in PagerDuty\u2026",
  escalatedDone: "escalated in PagerDuty.",
  notEscalated: (why) => `not escalated${why ? ` (${why})` : ""}.`,
  escalationFailed: (lead, why, l) => `:warning: ${lead}, but the escalation failed${why ? `: ${why}` : ""}. PagerDuty has not paged level ${l}: escalate by hand if needed; a re-run of this alert tries again.`,
  details: "From the alert",
  links: "Links"
};
var JA = {
  inPagerDuty: (n) => `PagerDuty \u306E ${n}`,
  noTitle: "(\u30BF\u30A4\u30C8\u30EB\u306A\u3057)",
  service: "\u30B5\u30FC\u30D3\u30B9",
  urgency: "\u7DCA\u6025\u5EA6 / \u512A\u5148\u5EA6",
  onCall: (level) => `\u30AA\u30F3\u30B3\u30FC\u30EB${level > 1 ? ` (\u30EC\u30D9\u30EB ${level})` : ""}`,
  nobodyOnCall: "\u62C5\u5F53\u8005\u306A\u3057",
  runbook: "\u30E9\u30F3\u30D6\u30C3\u30AF:",
  owner: (o) => ` \xB7 \u62C5\u5F53 ${o}`,
  matched: (t) => `\u4E00\u81F4: ${t}`,
  andMore: (n) => ` \u307B\u304B ${n} \u4EF6`,
  alsoMatched: (count, list) => `\u4ED6\u306E\u4E00\u81F4${count}: ${list}`,
  alsoMatchedCount: (total, hidden) => ` (${total} \u4EF6\u3001\u3046\u3061 ${hidden} \u4EF6\u306F\u7701\u7565)`,
  noRunbook: "*\u3053\u306E\u30A2\u30E9\u30FC\u30C8\u306B\u4E00\u81F4\u3059\u308B\u30E9\u30F3\u30D6\u30C3\u30AF\u306F\u3042\u308A\u307E\u305B\u3093\u3002*",
  addOne: (l) => `\`runbooks/\` \u3078\u306E\u30D7\u30EB\u30EA\u30AF\u30A8\u30B9\u30C8\u3067${l}\u3067\u304D\u307E\u3059\u3002`,
  addOnePlain: "`runbooks/` \u3078\u306E\u30D7\u30EB\u30EA\u30AF\u30A8\u30B9\u30C8\u3067\u8FFD\u52A0\u3067\u304D\u307E\u3059\u3002",
  alertRunbook: (l) => `\u30A2\u30E9\u30FC\u30C8\u306B\u30E9\u30F3\u30D6\u30C3\u30AF\u3078\u306E\u30EA\u30F3\u30AF\u304C\u3042\u308A\u307E\u3059: ${l}`,
  alertRunbookLabel: "\u8FFD\u52A0",
  indexLine: (v, c, o) => `\u30E9\u30F3\u30D6\u30C3\u30AF\u7D22\u5F15 v${v}${c} \xB7 ${o}`,
  resolvedTag: "\u89E3\u6C7A\u6E08\u307F",
  status: {
    triggered: ":red_circle: *\u767A\u751F\u4E2D*",
    acknowledged: ":large_yellow_circle: *\u5BFE\u5FDC\u4E2D*",
    resolved: ":large_green_circle: *\u89E3\u6C7A\u6E08\u307F*"
  },
  statusWord: { triggered: "\u767A\u751F", acknowledged: "\u5BFE\u5FDC\u4E2D", resolved: "\u89E3\u6C7A\u6E08\u307F" },
  acknowledgedWhoWhen: (w) => `\u53D7\u4ED8${w}`,
  resolvedWhoWhen: (w) => `\u89E3\u6C7A${w}`,
  escalatedTo: (l) => `\u30EC\u30D9\u30EB ${l} \u306B\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3`,
  by: (n) => ` ${n}`,
  at: (d) => ` ${d}`,
  fallback: (s, t, o) => `${s}: ${t}${o ? ` \u2014 \u30AA\u30F3\u30B3\u30FC\u30EB: ${o}` : ""}`,
  acknowledged: (by) => `:eyes: ${by ? `${by.trim()} \u304C` : ""}\u53D7\u3051\u4ED8\u3051\u307E\u3057\u305F\u3002`,
  unacknowledged: ":leftwards_arrow_with_hook: \u53D7\u4ED8\u304C\u30BF\u30A4\u30E0\u30A2\u30A6\u30C8\u3057\u307E\u3057\u305F\u3002\u30A4\u30F3\u30B7\u30C7\u30F3\u30C8\u306F\u518D\u3073\u672A\u5BFE\u5FDC\u3067\u3059\u3002",
  escalated: (level, by, who) => `:arrow_double_up: ${by ? `${by.trim()} \u304C` : ""}${level}\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3\u3057\u307E\u3057\u305F\u3002${who ? ` \u73FE\u5728\u306E\u30AA\u30F3\u30B3\u30FC\u30EB: ${who}` : ""}`,
  toLevel: (l) => `\u30EC\u30D9\u30EB ${l} \u3078`,
  nowOnCall: (w) => ` \u73FE\u5728\u306E\u30AA\u30F3\u30B3\u30FC\u30EB: ${w}`,
  reassigned: (who, by) => `:busts_in_silhouette: ${by ? `${by.trim()} \u304C` : ""}${who ? `${who} \u306B` : ""}\u518D\u5272\u308A\u5F53\u3066\u3057\u307E\u3057\u305F\u3002`,
  delegated: (policy, by, who) => `:twisted_rightwards_arrows: ${by ? `${by.trim()} \u304C` : ""}\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3\u30DD\u30EA\u30B7\u30FC ${policy} \u306B\u79FB\u3057\u307E\u3057\u305F\u3002${who ? ` \u73FE\u5728\u306E\u30AA\u30F3\u30B3\u30FC\u30EB: ${who}` : ""}`,
  note: (by) => `:memo: \u30E1\u30E2${by ? ` (${by.trim()})` : ""}:`,
  resolved: (by) => `:white_check_mark: ${by ? `${by.trim()} \u304C` : ""}\u89E3\u6C7A\u3057\u307E\u3057\u305F\u3002`,
  reopened: (by) => `:repeat: ${by ? `${by.trim()} \u304C` : ""}\u518D\u958B\u3057\u307E\u3057\u305F\u3002`,
  priority: (to, by) => `:label: ${by ? `${by.trim()} \u304C` : ""}\u512A\u5148\u5EA6\u3092${to}\u5909\u66F4\u3057\u307E\u3057\u305F\u3002`,
  priorityTo: (p) => ` ${p} \u306B`,
  priorityNone: " (\u306A\u3057) \u306B",
  escalationLead: (l) => `\u3053\u306E\u30E9\u30F3\u30D6\u30C3\u30AF\u306F\u30EC\u30D9\u30EB ${l} \u3078\u76F4\u63A5\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3\u3057\u307E\u3059`,
  escalating: "PagerDuty \u3067\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3\u4E2D\u2026",
  escalatedDone: "PagerDuty \u3067\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3\u3057\u307E\u3057\u305F\u3002",
  notEscalated: (why) => `\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3\u3057\u307E\u305B\u3093\u3067\u3057\u305F${why ? ` (${why})` : ""}\u3002`,
  escalationFailed: (lead, why, l) => `:warning: ${lead}\u304C\u3001\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3\u306B\u5931\u6557\u3057\u307E\u3057\u305F${why ? `: ${why}` : ""}\u3002PagerDuty \u306F\u30EC\u30D9\u30EB ${l} \u3092\u547C\u3073\u51FA\u3057\u3066\u3044\u307E\u305B\u3093\u3002\u5FC5\u8981\u306A\u3089\u624B\u52D5\u3067\u30A8\u30B9\u30AB\u30EC\u30FC\u30B7\u30E7\u30F3\u3057\u3066\u304F\u3060\u3055\u3044\u3002\u3053\u306E\u30A2\u30E9\u30FC\u30C8\u3092\u518D\u5B9F\u884C\u3059\u308B\u3068\u518D\u8A66\u884C\u3057\u307E\u3059\u3002`,
  details: "\u30A2\u30E9\u30FC\u30C8\u306E\u5185\u5BB9",
  links: "\u30EA\u30F3\u30AF"
};
var STRINGS = { en: EN, ja: JA };
function alertStrings(language = "en") {
  return STRINGS[language];
}

// src/alert/message.ts
var TOP_EVENT_TYPE = "oncall_incident";
var REPLY_EVENT_TYPE = "oncall_incident_event";
var ALSO_MATCHED_SHOWN = 3;
var STATUS_BLOCK_ID = "oncall-status";
var ESCALATION_BLOCK_ID = "oncall-escalated";
var RUNBOOK_BLOCK_ID = "oncall-runbook";
var INCIDENT_BLOCK_ID = "oncall-incident";
var DETAILS_BLOCK_ID = "oncall-details";
var HEADLINE_EMOJI = {
  triggered: ":rotating_light:",
  acknowledged: ":eyes:",
  resolved: ":white_check_mark:"
};
var STATUS_RANK = { triggered: 0, acknowledged: 1, resolved: 2 };
function buildTopMessage(input) {
  const { incident } = input;
  const s = alertStrings(input.language);
  const blocks = [];
  const number = incident.number !== void 0 ? `#${incident.number}` : incident.id;
  const titleLine = `${bold(incident.title) || italic(s.noTitle)}`;
  const incidentLink = incident.htmlUrl ? link(incident.htmlUrl, s.inPagerDuty(number)) : escapeMrkdwn(number);
  blocks.push(section(`${headline(input.state.status, titleLine, s)}
${incidentLink}`, INCIDENT_BLOCK_ID));
  const fields = [];
  if (incident.service?.name || incident.service?.id) {
    fields.push(
      mrkdwn(`*${s.service}*
${escapeMrkdwn(incident.service.name ?? incident.service.id ?? "")}`)
    );
  }
  const urgency = [incident.urgency, incident.priority].filter(
    (x) => typeof x === "string" && x !== ""
  );
  if (urgency.length > 0) fields.push(mrkdwn(`*${s.urgency}*
${urgency.map(escapeMrkdwn).join(" \xB7 ")}`));
  const onCall = input.state.onCall ?? input.onCall;
  fields.push(onCallField(onCall, input.state.onCallLevel ?? input.onCallLevel, s));
  blocks.push({ type: "section", fields, block_id: DETAILS_BLOCK_ID });
  if (input.context) blocks.push(...contextBlocks(input.context, s));
  const [best, ...others] = input.runbooks;
  if (best) {
    const owner = best.owner ? s.owner(escapeMrkdwn(clip(best.owner, 200))) : "";
    const terms = best.terms.length > 0 ? `
${s.matched(
      best.terms.slice(0, 10).map((t) => code(clip(t, 100))).join(", ")
    )}` : "";
    const more = best.terms.length > 10 ? s.andMore(best.terms.length - 10) : "";
    blocks.push(
      section(`:book: *${s.runbook}* ${runbookLink(best)}${owner}${terms}${more}`, RUNBOOK_BLOCK_ID)
    );
    if (input.state.escalation) blocks.push(escalationBlock(input.state.escalation, s));
    if (others.length > 0) {
      const shown = others.slice(0, ALSO_MATCHED_SHOWN).map(runbookLink);
      const rest = others.length - shown.length;
      const count = rest > 0 ? s.alsoMatchedCount(others.length, rest) : "";
      blocks.push(context(s.alsoMatched(count, shown.join(", ")), "oncall-also"));
    }
  } else {
    const how = input.addRunbookUrl ? s.addOne(link(input.addRunbookUrl, s.alertRunbookLabel)) : s.addOnePlain;
    const own = input.context?.runbookUrl ? ` ${s.alertRunbook(link(input.context.runbookUrl, clip(input.context.runbookUrl, 200)))}` : "";
    blocks.push(section(`:grey_question: ${s.noRunbook}${own} ${how}`, RUNBOOK_BLOCK_ID));
  }
  if (input.index) blocks.push(context(indexLine(input.index, s), "oncall-index"));
  blocks.push(statusBlock(input.state, s));
  blocks.push(...incidentButtons(input.state, incident.id));
  const text = fallbackText(input.state.status, incident.title, people(onCall), s);
  return fitMessage({
    channel: input.channel,
    text,
    blocks,
    metadata: topMetadata(incident.id, input.eventId, input.webhookId, input.state, best?.id, input.runId)
  });
}
function updatedTopMessage(existing, state, language) {
  const s = alertStrings(language);
  const payload = existing.metadata?.payload ?? {};
  const blocks = (existing.blocks ?? []).filter(
    (b) => b.block_id !== STATUS_BLOCK_ID && b.block_id !== ACTIONS_BLOCK_ID && !(state.escalation && b.block_id === ESCALATION_BLOCK_ID)
  ).map((b) => {
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
  const hadButtons = (existing.blocks?.some((b) => b.block_id === ACTIONS_BLOCK_ID) ?? false) || payload.status === "resolved";
  if (hadButtons && typeof payload.incident_id === "string") {
    blocks.push(...incidentButtons(state, payload.incident_id));
  }
  const text = updatedFallback(existing.text, state, s);
  const metadata = {
    eventType: TOP_EVENT_TYPE,
    payload: { ...withoutState(payload), ...stateToPayload(state) }
  };
  const fitted = fitMessage({ channel: "", text, blocks, metadata });
  return { text: fitted.text, ...fitted.blocks ? { blocks: fitted.blocks } : {}, metadata };
}
function buildReply(input) {
  const { event } = input;
  const s = alertStrings(input.language);
  const by = event.agent?.name ? s.by(boldName(event.agent.name)) : "";
  const who = people(input.people ?? []) || people(assigneesOf(event));
  let text;
  switch (event.event_type) {
    case "incident.acknowledged":
      text = s.acknowledged(by);
      break;
    case "incident.unacknowledged":
      text = s.unacknowledged;
      break;
    case "incident.escalated":
      text = s.escalated(input.level !== void 0 ? s.toLevel(input.level) : "", by, who);
      break;
    case "incident.reassigned":
      text = s.reassigned(who, by);
      break;
    case "incident.delegated": {
      const policy = event.incident.escalation_policy;
      text = s.delegated(bold(clip(policy?.name ?? policy?.id ?? "", 200)), by, who);
      break;
    }
    case "incident.annotated": {
      const note = (event.note ?? "").trim();
      const quoted = note === "" ? "" : `
${quote(note)}`;
      text = `${s.note(by)}${quoted}`;
      break;
    }
    case "incident.resolved":
      text = s.resolved(by);
      break;
    case "incident.reopened":
      text = s.reopened(by);
      break;
    case "incident.priority_updated": {
      const priority = event.incident.priority ? s.priorityTo(bold(event.incident.priority)) : s.priorityNone;
      text = s.priority(priority, by);
      break;
    }
    default:
      return void 0;
  }
  const fitted = fitMessage({
    channel: input.channel,
    threadTs: input.threadTs,
    text,
    blocks: [section(text)],
    metadata: replyMetadata(event)
  });
  return fitted;
}
function applyEvent(state, event, level) {
  const next = { ...state };
  const at = event.occurred_at;
  const newer = !state.statusAt || !at || compareInstants(at, state.statusAt) >= 0;
  const sameInstant = !!at && !!state.statusAt && compareInstants(at, state.statusAt) === 0;
  const agent = event.agent?.name;
  const setStatus = (status) => {
    if (!newer) return;
    if (sameInstant && STATUS_RANK[status] < STATUS_RANK[state.status]) return;
    next.status = status;
    if (at) next.statusAt = at;
  };
  switch (event.event_type) {
    case "incident.acknowledged":
      if (newer || !next.acknowledgedAt) {
        if (at) next.acknowledgedAt = at;
        if (agent) next.acknowledgedBy = agent;
      }
      setStatus("acknowledged");
      break;
    case "incident.unacknowledged":
      setStatus("triggered");
      break;
    case "incident.resolved":
      if (!next.resolvedAt || !at || compareInstants(at, next.resolvedAt) >= 0) {
        if (at) next.resolvedAt = at;
        if (agent) next.resolvedBy = agent;
      }
      setStatus("resolved");
      break;
    case "incident.reopened":
      if (newer) {
        delete next.resolvedAt;
        delete next.resolvedBy;
      }
      setStatus("triggered");
      break;
    case "incident.escalated":
      if (level !== void 0 && (!state.levelAt || !at || compareInstants(at, state.levelAt) >= 0)) {
        next.level = level;
        if (at) next.levelAt = at;
      }
      break;
    default:
      break;
  }
  return next;
}
function compareInstants(a, b) {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) {
    if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return x - y;
}
function withCurrentStatus(state, status, level) {
  const next = { ...state };
  if (status === "triggered" || status === "acknowledged" || status === "resolved") next.status = status;
  if (level !== void 0) {
    if (level > 1) next.level = level;
    else delete next.level;
  }
  return next;
}
function sameState(a, b) {
  const keys = [
    "status",
    "statusAt",
    "acknowledgedAt",
    "acknowledgedBy",
    "resolvedAt",
    "resolvedBy",
    "level",
    "levelAt"
  ];
  const e = a.escalation;
  const f = b.escalation;
  const sameEscalation = e === f || !!e && !!f && e.wanted === f.wanted && e.outcome === f.outcome && e.reason === f.reason;
  const sameOnCall = a.onCallLevel === b.onCallLevel && JSON.stringify(a.onCall ?? null) === JSON.stringify(b.onCall ?? null);
  return sameEscalation && sameOnCall && keys.every((k) => a[k] === b[k]);
}
function initialState(status, occurredAt) {
  const s = status === "acknowledged" || status === "resolved" ? status : "triggered";
  return { status: s, ...occurredAt ? { statusAt: occurredAt } : {} };
}
function stateFromMetadata(payload) {
  const s = payload.status;
  const state = {
    status: s === "acknowledged" || s === "resolved" ? s : "triggered"
  };
  const str = (k) => typeof payload[k] === "string" && payload[k] !== "" ? payload[k] : void 0;
  const statusAt = str("status_at");
  if (statusAt) state.statusAt = statusAt;
  const ackAt = str("acknowledged_at");
  if (ackAt) state.acknowledgedAt = ackAt;
  const ackBy = str("acknowledged_by");
  if (ackBy) state.acknowledgedBy = ackBy;
  const resAt = str("resolved_at");
  if (resAt) state.resolvedAt = resAt;
  const resBy = str("resolved_by");
  if (resBy) state.resolvedBy = resBy;
  if (typeof payload.level === "number") state.level = payload.level;
  const levelAt = str("level_at");
  if (levelAt) state.levelAt = levelAt;
  const wanted = payload.escalate_to;
  const outcome = payload.escalation;
  if (typeof wanted === "number" && (outcome === "pending" || outcome === "done" || outcome === "skipped" || outcome === "failed")) {
    const reason = str("escalation_reason");
    state.escalation = { wanted, outcome, ...reason ? { reason } : {} };
  }
  const onCall = peopleFromPayload(str("on_call"));
  if (onCall) state.onCall = onCall;
  if (typeof payload.on_call_level === "number") state.onCallLevel = payload.on_call_level;
  return state;
}
function topMetadata(incidentId, eventId, webhookId, state, runbookId, runId) {
  return {
    eventType: TOP_EVENT_TYPE,
    payload: {
      incident_id: incidentId,
      event_id: eventId,
      webhook_id: webhookId ?? "",
      ...runbookId ? { runbook_id: runbookId } : {},
      ...runId ? { run: runId } : {},
      ...stateToPayload(state)
    }
  };
}
function replyMetadata(event) {
  return {
    eventType: REPLY_EVENT_TYPE,
    payload: { incident_id: event.incident.id, event_id: event.event_id, webhook_id: event.webhook_id ?? "" }
  };
}
function isPostFor(message, event) {
  const p = message.metadata?.payload;
  if (!p) return false;
  if (p.event_id === event.event_id) return true;
  return event.webhook_id !== null && event.webhook_id !== "" && p.webhook_id === event.webhook_id;
}
function statusText(state, language) {
  const s = alertStrings(language);
  const parts = [s.status[state.status]];
  if (state.acknowledgedAt || state.acknowledgedBy) {
    parts.push(s.acknowledgedWhoWhen(whoWhen(state.acknowledgedBy, state.acknowledgedAt, s)));
  }
  if (state.status === "resolved" && (state.resolvedAt || state.resolvedBy)) {
    parts.push(s.resolvedWhoWhen(whoWhen(state.resolvedBy, state.resolvedAt, s)));
  }
  if (state.level !== void 0 && state.level > 1) parts.push(s.escalatedTo(state.level));
  return parts.join(" \xB7 ");
}
function docUrl(source, doc, serverUrl = "https://github.com") {
  if (!source.repository) return void 0;
  const path = [source.dir, doc].map((p) => p.replace(/^\.?\/+|\/+$/g, "")).filter((p) => p !== "" && p !== ".").join("/");
  const ref = source.commit ?? "HEAD";
  return `${serverUrl.replace(/\/+$/, "")}/${source.repository}/blob/${ref}/${path.split("/").map(encodeURIComponent).join("/")}`;
}
function incidentButtons(state, incidentId) {
  const block = incidentActionsBlock(state.status, incidentId);
  return block ? [block] : [];
}
function statusBlock(state, s) {
  return context(statusText(state, languageOf(s)), STATUS_BLOCK_ID);
}
function escalationText(e, language) {
  const s = alertStrings(language);
  const lead = s.escalationLead(e.wanted);
  const why = e.reason ? escapeMrkdwn(truncateText(e.reason, 300)) : "";
  switch (e.outcome) {
    case "pending":
      return `:arrow_double_up: ${lead}: ${s.escalating}`;
    case "done":
      return `:arrow_double_up: ${lead}: ${s.escalatedDone}`;
    case "skipped":
      return `:arrow_double_up: ${lead}: ${s.notEscalated(why)}`;
    case "failed":
      return s.escalationFailed(lead, why, e.wanted);
  }
}
function escalationBlock(e, s) {
  return section(escalationText(e, languageOf(s)), ESCALATION_BLOCK_ID);
}
function languageOf(s) {
  return s === alertStrings("ja") ? "ja" : "en";
}
function headline(status, titleLine, s) {
  if (status !== "resolved") return `${HEADLINE_EMOJI[status]} ${titleLine}`;
  const safe = titleLine.replace(/~/g, "\u223C");
  const bolded = /^\*(.+)\*$/.exec(safe);
  const struck = bolded ? `*~${bolded[1]}~*` : `~${safe}~`;
  return `${HEADLINE_EMOJI.resolved} *[${s.resolvedTag}]* ${struck}`;
}
function titleOfHeadline(line) {
  const rest = line.replace(/^:[a-z0-9_+-]+: /, "");
  const boldStruck = /^\*\[[^\]]*\]\* \*~(.*)~\*$/.exec(rest);
  if (boldStruck) return `*${boldStruck[1]}*`;
  const struck = /^\*\[[^\]]*\]\* ~(.*)~$/.exec(rest);
  return struck ? struck[1] : rest;
}
function withHeadline(block, status, s) {
  if (block.type !== "section" || !block.text) return block;
  const [first = "", ...rest] = block.text.text.split("\n");
  const line = headline(status, titleOfHeadline(first), s);
  return { ...block, text: { ...block.text, text: [line, ...rest].join("\n") } };
}
function withOnCall(block, onCall, level, s) {
  if (block.type !== "section" || !block.fields) return block;
  const field = onCallField(onCall, level ?? 1, s);
  return { ...block, fields: [...block.fields.slice(0, -1), field] };
}
function onCallField(onCall, level, s) {
  return mrkdwn(`*${s.onCall(level)}*
${people(onCall) || italic(s.nobodyOnCall)}`);
}
function fallbackText(status, title, onCall, s) {
  return s.fallback(s.statusWord[status], escapeMrkdwn(title), onCall);
}
function updatedFallback(text, state, s) {
  const languages = [alertStrings("en"), alertStrings("ja")];
  const words = languages.flatMap((x) => Object.values(x.statusWord));
  const lead = words.find((w) => text.startsWith(`${w}: `));
  if (!lead) return text;
  let title = text.slice(lead.length + 2);
  if (state.onCall) {
    const cuts = languages.map((x) => title.lastIndexOf(x.fallback("", "", "-").slice(2, -1)));
    const cut = Math.max(...cuts);
    if (cut >= 0) title = title.slice(0, cut);
    return s.fallback(s.statusWord[state.status], title, people(state.onCall));
  }
  return `${s.statusWord[state.status]}: ${title}`;
}
function contextBlocks(c, s) {
  const lines = [];
  if (c.summary) lines.push(quote(clip(c.summary, 300)));
  if (c.description) lines.push(quote(clip(c.description, 600)));
  const details = c.details.map(
    (d) => d.key === "" ? escapeMrkdwn(clip(d.value, 200)) : `${code(clip(d.key, 50))} ${escapeMrkdwn(clip(oneLine(d.value), 150))}`
  );
  if (details.length > 0) lines.push(details.join(" \xB7 "));
  const blocks = [];
  if (lines.length > 0) blocks.push(section(`*${s.details}*
${lines.join("\n")}`, "oncall-alert"));
  const links = [
    ...c.runbookUrl ? [link(c.runbookUrl, "Runbook")] : [],
    ...c.links.map((l) => link(l.href, clip(l.text, 50)))
  ];
  if (links.length > 0) blocks.push(context(`:link: ${s.links}: ${links.join(" \xB7 ")}`, "oncall-links"));
  return blocks;
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ");
}
function peopleFromPayload(json) {
  if (!json) return void 0;
  try {
    const value = JSON.parse(json);
    if (!Array.isArray(value)) return void 0;
    return value.flatMap((p) => {
      if (p === null || typeof p !== "object") return [];
      const { name, slackId } = p;
      if (typeof name !== "string") return [];
      return [{ name, ...typeof slackId === "string" && isSlackId(slackId) ? { slackId } : {} }];
    });
  } catch {
    return void 0;
  }
}
function isSlackId(value) {
  return /^[UW][A-Z0-9]{2,}$/.test(value);
}
function whoWhen(who, when, s) {
  const by = who ? s.by(escapeName(who)) : "";
  return `${by}${when ? s.at(slackDate(when)) : ""}`;
}
function slackDate(iso) {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return escapeMrkdwn(iso);
  const fallback = new Date(ms).toISOString().replace(/:\d\d(\.\d+)?Z$/, " UTC").replace("T", " ");
  return `<!date^${Math.floor(ms / 1e3)}^{date_short_pretty} {time}|${fallback}>`;
}
function stateToPayload(state) {
  const p = { status: state.status };
  if (state.statusAt) p.status_at = state.statusAt;
  if (state.acknowledgedAt) p.acknowledged_at = state.acknowledgedAt;
  if (state.acknowledgedBy) p.acknowledged_by = truncateText(state.acknowledgedBy, 200);
  if (state.resolvedAt) p.resolved_at = state.resolvedAt;
  if (state.resolvedBy) p.resolved_by = truncateText(state.resolvedBy, 200);
  if (state.level !== void 0) p.level = state.level;
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
        ...x.slackId ? { slackId: x.slackId } : {}
      }))
    );
  }
  if (state.onCallLevel !== void 0) p.on_call_level = state.onCallLevel;
  return p;
}
function withoutState(payload) {
  const out = {};
  const stateKeys = /* @__PURE__ */ new Set([
    "status",
    "status_at",
    "acknowledged_at",
    "acknowledged_by",
    "resolved_at",
    "resolved_by",
    "level",
    "level_at",
    "escalate_to",
    "escalation",
    "escalation_reason",
    "on_call",
    "on_call_level"
  ]);
  for (const [k, v] of Object.entries(payload)) if (!stateKeys.has(k)) out[k] = v;
  return out;
}
var PEOPLE_SHOWN = 10;
function people(list) {
  const shown = list.slice(0, PEOPLE_SHOWN).map((p) => p.slackId ? mention(p.slackId) : escapeName(clip(p.name, 100))).join(", ");
  return list.length > PEOPLE_SHOWN ? `${shown} and ${list.length - PEOPLE_SHOWN} more` : shown;
}
function clip(text, max) {
  return truncateText(text, max);
}
function assigneesOf(event) {
  return (event.incident.assignees ?? []).map((a) => ({ name: a.name ?? a.id }));
}
function runbookLink(r) {
  const title = clip(r.title, 200);
  return r.href ? link(r.href, title) : bold(title) || code(clip(r.id, 100));
}
function indexLine(index, s) {
  const commit = index.commit ? ` @ ${code(index.commit.slice(0, 7))}` : "";
  return s.indexLine(index.version, commit, escapeMrkdwn(index.origin));
}
function quote(text) {
  return text.split("\n").map((line) => `>${escapeMrkdwn(line)}`).join("\n");
}
function section(text, blockId) {
  return { type: "section", text: mrkdwn(text), ...blockId ? { block_id: blockId } : {} };
}
function context(text, blockId) {
  return { type: "context", elements: [mrkdwn(text)], ...blockId ? { block_id: blockId } : {} };
}
function mrkdwn(text) {
  return { type: "mrkdwn", text };
}

// src/alert/runbook-link.ts
function runbookLink2(match, runbook, loaded, settings) {
  const href = runbook?.url ?? (runbook?.doc ? docUrl(loaded.source, runbook.doc, settings.serverUrl) : void 0);
  return {
    id: match.id,
    title: match.title,
    terms: match.terms,
    ...href ? { href } : {},
    ...runbook?.owner ? { owner: runbook.owner } : {},
    ...runbook?.escalateTo !== void 0 ? { escalateTo: runbook.escalateTo } : {},
    ...runbook?.slackChannel ? { slackChannel: runbook.slackChannel } : {}
  };
}
function defaultAddUrl(source, serverUrl = "https://github.com") {
  if (!source.repository) return void 0;
  const dir = source.dir === "." || source.dir === "" ? "" : `/${source.dir}`;
  return `${serverUrl.replace(/\/+$/, "")}/${source.repository}/tree/HEAD${dir}`;
}

// src/alert/lookup.ts
var CREATION_MARGIN_MS = 5 * 6e4;
var PAGE = 999;
var FIRST_SLICE_MS = 10 * 6e4;
var PAGES_PER_SLICE = 2;
var MIN_SLICE_MS = 1e3;
var MAX_LOOKUP_CALLS = 60;
async function findTopMessage(slack, query) {
  const isTop = (m) => (m.threadTs === void 0 || m.threadTs === m.ts) && m.metadata?.eventType === TOP_EVENT_TYPE && m.metadata.payload.incident_id === query.incidentId;
  const startMs = query.createdAt.getTime() - CREATION_MARGIN_MS;
  let calls = 1;
  const head = await slack.readHistory(query.channel, { oldest: slackTs(startMs), limit: PAGE });
  const inHead = earliest(head.messages.filter(isTop));
  if (!head.nextCursor || head.messages.length === 0) return inHead;
  const horizon = head.messages.reduce((a, m) => compareTs(m.ts, a) < 0 ? m.ts : a, head.messages[0].ts);
  const horizonMs = Number(horizon) * 1e3;
  let from = startMs;
  let width = FIRST_SLICE_MS;
  let widest = Number.POSITIVE_INFINITY;
  while (from < horizonMs && calls < MAX_LOOKUP_CALLS) {
    const to = Math.min(from + width, horizonMs);
    const latest = to >= horizonMs ? horizon : slackTs(to);
    const slice = await readSlice(slack, query.channel, slackTs(from), latest, MAX_LOOKUP_CALLS - calls);
    calls += slice.calls;
    if (!slice.complete && width > MIN_SLICE_MS) {
      width = Math.max(MIN_SLICE_MS, Math.floor(width / 2));
      widest = width;
      continue;
    }
    const found = earliest(slice.messages.filter(isTop));
    if (found) return found;
    from = to;
    width = Math.min(width * 2, widest);
  }
  return inHead;
}
async function readSlice(slack, channel, oldest, latest, callsLeft) {
  const messages = [];
  let cursor;
  let calls = 0;
  do {
    if (calls >= Math.min(PAGES_PER_SLICE, callsLeft)) return { messages, complete: false, calls };
    const page = await slack.readHistory(channel, {
      oldest,
      latest,
      limit: PAGE,
      ...cursor ? { cursor } : {}
    });
    calls += 1;
    messages.push(...page.messages);
    cursor = page.messages.length > 0 ? page.nextCursor : void 0;
  } while (cursor);
  return { messages, complete: true, calls };
}
async function readMessage(slack, channel, ts2) {
  const page = await slack.readHistory(channel, { oldest: ts2, latest: ts2, inclusive: true, limit: 1 });
  return page.messages.find((m) => m.ts === ts2);
}
function createIncidentLock() {
  const tails = /* @__PURE__ */ new Map();
  return (key, work) => {
    const result = (tails.get(key) ?? Promise.resolve()).then(work, work);
    const tail = result.then(
      () => void 0,
      () => void 0
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
var processIncidentLock = createIncidentLock();
function earliest(messages) {
  return messages.reduce(
    (a, m) => !a || compareTs(m.ts, a.ts) < 0 ? m : a,
    void 0
  );
}
function slackTs(ms) {
  return (ms / 1e3).toFixed(6);
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
  let section2 = "";
  for (const line of text.split("\n")) {
    if (/^Labels:\s*$/.test(line)) {
      if (section2 !== "") break;
      section2 = "labels";
      continue;
    }
    if (/^Annotations:\s*$/.test(line)) {
      section2 = "annotations";
      continue;
    }
    const source = /^Source:\s*(\S+)/.exec(line);
    if (source) {
      out.push({ key: "generatorURL", value: source[1], label: false });
      continue;
    }
    const item = /^ - ([A-Za-z_][\w.-]*) = (.*)$/.exec(line);
    if (item && section2 !== "") {
      out.push({ key: item[1], value: item[2], label: section2 === "labels" });
      continue;
    }
    const last = out[out.length - 1];
    if (last && section2 === "annotations" && line.trim() !== "") last.value += `
${line.trim()}`;
  }
  return out;
}
function squash(text) {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

// src/alert/run.ts
var UNKNOWN_CREATION_LOOKBACK_MS = 14 * 24 * 60 * 60 * 1e3;
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
    settings = await routeNew(deps, settings, event, prepared);
    const lockKey2 = `${settings.channel}/${incidentId}`;
    return withIncidentLock(lockKey2, async () => {
      const top = await findTop(deps, settings, incidentId, createdAt2);
      if (!top) {
        const { top: _posted, ...created2 } = await createTop(deps, settings, event, prepared, createdAt2);
        return created2;
      }
      log.info(`Incident ${incidentId} already has its message (ts ${top.ts}); nothing to post.`);
      const result2 = {
        action: "duplicate",
        messageTs: top.ts,
        threadTs: top.ts,
        onCallUserIds: [],
        messages: [],
        undone: [],
        ...metaString(top, "runbook_id") ? { runbookId: metaString(top, "runbook_id") } : {}
      };
      await finishEscalation(deps, settings, incidentId, top, result2);
      return { ...result2, permalink: await permalink(deps, settings, top.ts) };
    });
  }
  const incident = await readIncident(deps, incidentId);
  const createdAt = incident?.createdAt ?? new Date(eventTime(event).getTime() - UNKNOWN_CREATION_LOOKBACK_MS);
  const routed = await routeLater(deps, settings, event, incident, createdAt);
  settings = routed.settings;
  const lockKey = `${settings.channel}/${incidentId}`;
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
  const result = await reply(deps, settings, event, thread, incident, created);
  if (!created) {
    await withIncidentLock(lockKey, () => finishEscalation(deps, settings, incidentId, thread, result));
  }
  return result;
}
async function routeNew(deps, settings, event, prepared) {
  let facts;
  try {
    if (!settings.routes && !(await deps.runbooks()).runbooks.some((r) => r.slackChannel)) return settings;
    const { incident, links } = await prepared;
    const teams = incident.teams ?? (settings.routes && settings.routes.teams.size > 0 ? (await readIncident(deps, incident.info.id))?.teams : void 0);
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
  const canRoute = !!settings.routes || !!loaded?.runbooks.some((r) => r.slackChannel);
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
    ...routeChannels(settings.routes, loaded?.runbooks ?? [], settings.channel).filter(
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
  const { level, people: people2 } = await peopleForReply(deps, event, incident);
  const message = buildReply({
    channel: settings.channel,
    threadTs: DRY_RUN_THREAD_TS,
    event,
    ...settings.language ? { language: settings.language } : {},
    ...people2 ? { people: people2 } : {},
    ...level !== void 0 ? { level } : {}
  });
  return {
    action: "dry-run",
    onCallUserIds: (people2 ?? []).flatMap((p) => p.slackId ? [p.slackId] : []),
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
  const { level, people: people2, unread } = earlier && event.event_type !== "incident.escalated" ? {} : await peopleForReply(deps, event, incident);
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
      ...people2 ? { people: people2 } : {},
      ...level !== void 0 ? { level } : {}
    });
    if (message) {
      if (settings.dryRun) {
        base.messages.push(message);
        action = "dry-run";
      } else {
        messageTs = (await post(deps, message, new Date(Number(thread.ts) * 1e3))).ts;
      }
      base.onCallUserIds = (people2 ?? []).flatMap((p) => p.slackId ? [p.slackId] : []);
    }
  }
  await showStatus(deps, settings, event, thread, incident, level, people2);
  return {
    ...base,
    action: created && action === "duplicate" ? "posted" : action,
    ...messageTs ? { messageTs } : {},
    permalink: await permalink(deps, settings, messageTs ?? thread.ts)
  };
}
async function showStatus(deps, settings, event, thread, incident, level, people2) {
  const change = (shown) => withOnCall2(applyEvent(shown, event, level), event, level, people2);
  if (settings.dryRun) {
    const next = change(stateFromMetadata(thread.metadata?.payload ?? {}));
    deps.log.info(`Dry run: would update the status line to ${next.status}.`);
    return;
  }
  await writeState(deps, settings, event.incident.id, thread, change, incident);
}
async function writeState(deps, settings, incidentId, message, change, incident) {
  const stateOf = (m) => stateFromMetadata(m.metadata?.payload ?? {});
  const wanted = (shown2, pd) => pd ? withCurrentStatus(change(shown2), pd.status, pd.escalationLevel) : change(shown2);
  let shown = await readMessage(deps.slack, settings.channel, message.ts) ?? message;
  let next = wanted(stateOf(shown), incident);
  for (let round = 0; round < MAX_STATUS_ROUNDS && !sameState(stateOf(shown), next); round++) {
    if (round > 0)
      deps.log.info(`The message of incident ${incidentId} changed meanwhile; bringing it up to date.`);
    await deps.slack.updateMessage(
      settings.channel,
      message.ts,
      updatedTopMessage(shown, next, settings.language)
    );
    if (!incident) return;
    const [again, now] = await Promise.all([
      readMessage(deps.slack, settings.channel, message.ts),
      readIncident(deps, incidentId)
    ]);
    if (!again || !now) return;
    shown = again;
    next = wanted(stateOf(again), now);
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
  const people2 = assignees.length > 0 ? await lookUp(deps, assignees) : level !== void 0 ? await peopleAt(deps, onCalls, level) : [];
  return { ...level !== void 0 ? { level } : {}, people: people2 };
}
function withOnCall2(state, event, level, people2) {
  if (!CHANGES_WHO.has(event.event_type)) return state;
  const named = (event.incident.assignees ?? []).map((a) => ({ name: a.name ?? a.id }));
  const onCall = people2 && people2.length > 0 ? people2 : named;
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
  const context2 = alertContext(alerts.alerts, incident.info.title);
  const teams = incident.teams;
  return {
    incident,
    loaded,
    links,
    onCalls,
    ...context2 ? { context: context2 } : {},
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
  const byId = new Map(loaded.runbooks.map((r) => [r.id, r]));
  return matches.map((m) => runbookLink2(m, byId.get(m.id), loaded, settings));
}
async function createTop(deps, settings, event, preparing, createdAt) {
  const { slack, log } = deps;
  const { incident, loaded, links, onCalls, context: context2 } = await preparing;
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
    ...context2 ? { context: context2 } : {},
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
  return {
    ...result,
    messageTs: posted.ts,
    threadTs: posted.ts,
    top,
    permalink: await permalink(deps, settings, posted.ts)
  };
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
    await writeState(deps, settings, incidentId, top, change, await readIncident(deps, incidentId));
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
    const level = Math.max(read ?? 0, recordedLevel ?? 0) || void 0;
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
function eventTime(event) {
  const ms = Date.parse(event.occurred_at);
  return new Date(Number.isNaN(ms) ? 0 : ms);
}
function findTop(deps, settings, incidentId, createdAt) {
  return findTopMessage(deps.slack, { channel: settings.channel, incidentId, createdAt });
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
async function permalink(deps, settings, ts2) {
  if (settings.dryRun) return void 0;
  try {
    return await deps.slack.getPermalink(settings.channel, ts2);
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
  levelOf,
  ACTION_IDS,
  InvalidInteractionError,
  parseInteraction,
  parseSlashCommand,
  noteModal,
  TOP_EVENT_TYPE,
  createIncidentLock,
  runAlert,
  DRY_RUN_THREAD_TS,
  createChannelPacer
};
