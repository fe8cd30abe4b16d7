import {
  fitMessage,
  truncateText
} from "./chunk-EA5KP37Y.js";
import {
  bold,
  boldName,
  code,
  escapeMrkdwn,
  escapeName,
  italic,
  link,
  mention
} from "./chunk-IA4VIC32.js";

// src/interact/payload.ts
var ACTION_IDS = {
  acknowledge: "oncall_acknowledge",
  resolve: "oncall_resolve",
  escalate: "oncall_escalate",
  note: "oncall_add_note",
  postmortem: "oncall_draft_postmortem"
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
  note: "Add note",
  postmortem: "Draft postmortem"
};
function incidentActionsBlock(status, incidentId) {
  const actions = status === "resolved" ? ["postmortem"] : status === "acknowledged" ? ["resolve", "escalate", "note"] : ["acknowledge", "resolve", "escalate", "note"];
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
var GROUPED_EVENT_TYPE = "oncall_grouped_incident";
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
    metadata: replyMetadata(event, input.level)
  });
  return fitted;
}
function applyEvent(state, event, level, levelNow) {
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
    case "incident.escalated": {
      if (level === void 0) break;
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
function sameInstantLevel(shown, level, levelNow) {
  if (levelNow === shown || levelNow === level) return levelNow;
  return Math.max(shown, level);
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
function replyMetadata(event, level) {
  return {
    eventType: REPLY_EVENT_TYPE,
    payload: {
      incident_id: event.incident.id,
      event_id: event.event_id,
      webhook_id: event.webhook_id ?? "",
      // What the event changed, so that the run writing the status line last can fold in every event in the thread
      // (chat.update has no compare-and-set: a run writing at the same time may have overwritten another's change).
      incident_event: event.event_type,
      occurred_at: event.occurred_at,
      ...event.agent?.name ? { agent: event.agent.name } : {},
      ...level !== void 0 ? { level } : {}
    }
  };
}
function withThreadEvents(state, replies) {
  const events = replies.flatMap((r) => {
    const p = r.metadata?.payload;
    if (r.metadata?.eventType !== REPLY_EVENT_TYPE || !p) return [];
    if (typeof p.incident_event !== "string" || typeof p.occurred_at !== "string") return [];
    const level = typeof p.level === "number" ? p.level : void 0;
    const agent = typeof p.agent === "string" ? p.agent : void 0;
    return [{ type: p.incident_event, at: p.occurred_at, agent, level }];
  });
  events.sort((a, b) => compareInstants(a.at, b.at));
  return events.reduce(
    (s, e) => applyEvent(
      s,
      {
        v: 1,
        webhook_id: null,
        event_id: "",
        event_type: e.type,
        occurred_at: e.at,
        incident: { id: "", title: "", status: "" },
        agent: e.agent !== void 0 ? { id: "", name: e.agent } : null
      },
      e.level
    ),
    state
  );
}
function isGroupedReply(message) {
  return message.metadata?.eventType === GROUPED_EVENT_TYPE;
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
  return [incidentActionsBlock(state.status, incidentId)];
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

export {
  ACTION_IDS,
  InvalidInteractionError,
  parseInteraction,
  parseSlashCommand,
  noteModal,
  TOP_EVENT_TYPE,
  GROUPED_EVENT_TYPE,
  REPLY_EVENT_TYPE,
  buildTopMessage,
  updatedTopMessage,
  buildReply,
  applyEvent,
  withCurrentStatus,
  sameState,
  initialState,
  stateFromMetadata,
  withThreadEvents,
  isGroupedReply,
  isPostFor,
  docUrl
};
