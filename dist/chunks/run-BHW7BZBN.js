import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  matcherText,
  normaliseTitle
} from "./chunk-ITEKPGIW.js";
import {
  fitMessage,
  truncateText
} from "./chunk-VRPSVARW.js";
import {
  isHandled
} from "./chunk-H5IFQ7SJ.js";
import "./chunk-ZHBK2G4Z.js";
import {
  bold,
  code,
  escapeMrkdwn,
  italic,
  link,
  mention
} from "./chunk-XJORQSG3.js";
import {
  AuthError,
  describeError
} from "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";

// src/alert/message.ts
var TOP_EVENT_TYPE = "oncall_incident";
var REPLY_EVENT_TYPE = "oncall_incident_event";
var ALSO_MATCHED_SHOWN = 3;
var STATUS_BLOCK_ID = "oncall-status";
var STATUS_RANK = { triggered: 0, acknowledged: 1, resolved: 2 };
function buildTopMessage(input) {
  const { incident } = input;
  const blocks = [];
  const number = incident.number !== void 0 ? `#${incident.number}` : incident.id;
  const titleLine = `${bold(incident.title) || italic("(no title)")}`;
  const incidentLink = incident.htmlUrl ? link(incident.htmlUrl, `${number} in PagerDuty`) : escapeMrkdwn(number);
  blocks.push(section(`:rotating_light: ${titleLine}
${incidentLink}`, "oncall-incident"));
  const fields = [];
  if (incident.service?.name || incident.service?.id) {
    fields.push(mrkdwn(`*Service*
${escapeMrkdwn(incident.service.name ?? incident.service.id ?? "")}`));
  }
  const urgency = [incident.urgency, incident.priority].filter(
    (x) => typeof x === "string" && x !== ""
  );
  if (urgency.length > 0)
    fields.push(mrkdwn(`*Urgency / priority*
${urgency.map(escapeMrkdwn).join(" \xB7 ")}`));
  const level = input.onCallLevel > 1 ? ` (level ${input.onCallLevel})` : "";
  fields.push(mrkdwn(`*On call${level}*
${people(input.onCall) || italic("nobody on call")}`));
  blocks.push({ type: "section", fields, block_id: "oncall-details" });
  const [best, ...others] = input.runbooks;
  if (best) {
    const owner = best.owner ? ` \xB7 owner ${escapeMrkdwn(clip(best.owner, 200))}` : "";
    const terms = best.terms.length > 0 ? `
Matched: ${best.terms.slice(0, 10).map((t) => code(clip(t, 100))).join(", ")}` : "";
    const more = best.terms.length > 10 ? ` and ${best.terms.length - 10} more` : "";
    blocks.push(section(`:book: *Runbook:* ${runbookLink(best)}${owner}${terms}${more}`, "oncall-runbook"));
    if (input.escalatedTo !== void 0) {
      blocks.push(
        section(
          `:arrow_double_up: This runbook escalates straight to level ${input.escalatedTo}: escalated in PagerDuty.`,
          "oncall-escalated"
        )
      );
    }
    if (others.length > 0) {
      const shown = others.slice(0, ALSO_MATCHED_SHOWN).map(runbookLink);
      const rest = others.length - shown.length;
      const count = rest > 0 ? ` (${others.length}, ${rest} more not shown)` : "";
      blocks.push(context(`Also matched${count}: ${shown.join(", ")}`, "oncall-also"));
    }
  } else {
    const how = input.addRunbookUrl ? `${link(input.addRunbookUrl, "Add one")} with a pull request to \`runbooks/\`.` : "Add one with a pull request to `runbooks/`.";
    blocks.push(section(`:grey_question: *No runbook matches this alert.* ${how}`, "oncall-runbook"));
  }
  if (input.index) blocks.push(context(indexLine(input.index), "oncall-index"));
  blocks.push(statusBlock(input.state));
  const onCallText = people(input.onCall);
  const text = `${statusWord(input.state.status)}: ${escapeMrkdwn(incident.title)}${onCallText ? ` \u2014 on call: ${onCallText}` : ""}`;
  return fitMessage({
    channel: input.channel,
    text,
    blocks,
    metadata: topMetadata(incident.id, input.eventId, input.webhookId, input.state, best?.id)
  });
}
function updatedTopMessage(existing, state) {
  const payload = existing.metadata?.payload ?? {};
  const blocks = (existing.blocks ?? []).filter((b) => b.block_id !== STATUS_BLOCK_ID);
  blocks.push(statusBlock(state));
  const text = existing.text.replace(/^(Triggered|Acknowledged|Resolved):/, `${statusWord(state.status)}:`);
  const metadata = {
    eventType: TOP_EVENT_TYPE,
    payload: { ...withoutState(payload), ...stateToPayload(state) }
  };
  const fitted = fitMessage({ channel: "", text, blocks, metadata });
  return { text: fitted.text, ...fitted.blocks ? { blocks: fitted.blocks } : {}, metadata };
}
function buildReply(input) {
  const { event } = input;
  const by = event.agent?.name ? ` by ${bold(event.agent.name)}` : "";
  const who = people(input.people ?? []) || people(assigneesOf(event));
  let text;
  switch (event.event_type) {
    case "incident.acknowledged":
      text = `:eyes: Acknowledged${by}.`;
      break;
    case "incident.unacknowledged":
      text = ":leftwards_arrow_with_hook: Acknowledgement timed out: the incident is open again.";
      break;
    case "incident.escalated":
      text = `:arrow_double_up: Escalated${input.level !== void 0 ? ` to level ${input.level}` : ""}${by}.${who ? ` Now on call: ${who}` : ""}`;
      break;
    case "incident.reassigned":
      text = `:busts_in_silhouette: Reassigned${who ? ` to ${who}` : ""}${by}.`;
      break;
    case "incident.annotated": {
      const note = (event.note ?? "").trim();
      const quoted = note === "" ? "" : `
${quote(note)}`;
      text = `:memo: Note${by}:${quoted}`;
      break;
    }
    case "incident.resolved":
      text = `:white_check_mark: Resolved${by}.`;
      break;
    case "incident.reopened":
      text = `:repeat: Reopened${by}.`;
      break;
    case "incident.priority_updated": {
      const priority = event.incident.priority ? ` to ${bold(event.incident.priority)}` : " (none)";
      text = `:label: Priority changed${priority}${by}.`;
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
  const newer = !state.statusAt || !at || at >= state.statusAt;
  const agent = event.agent?.name;
  const setStatus = (status) => {
    if (!newer) return;
    if (at && at === state.statusAt && STATUS_RANK[status] < STATUS_RANK[state.status]) return;
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
      if (at) next.resolvedAt = at;
      if (agent) next.resolvedBy = agent;
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
      if (level !== void 0 && newer) next.level = level;
      break;
    default:
      break;
  }
  return next;
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
  return state;
}
function topMetadata(incidentId, eventId, webhookId, state, runbookId) {
  return {
    eventType: TOP_EVENT_TYPE,
    payload: {
      incident_id: incidentId,
      event_id: eventId,
      webhook_id: webhookId ?? "",
      ...runbookId ? { runbook_id: runbookId } : {},
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
function statusText(state) {
  const parts = [];
  switch (state.status) {
    case "triggered":
      parts.push(":red_circle: *Triggered*");
      break;
    case "acknowledged":
      parts.push(":large_yellow_circle: *Acknowledged*");
      break;
    case "resolved":
      parts.push(":large_green_circle: *Resolved*");
      break;
  }
  if (state.acknowledgedAt || state.acknowledgedBy) {
    parts.push(`acknowledged${whoWhen(state.acknowledgedBy, state.acknowledgedAt)}`);
  }
  if (state.status === "resolved" && (state.resolvedAt || state.resolvedBy)) {
    parts.push(`resolved${whoWhen(state.resolvedBy, state.resolvedAt)}`);
  }
  if (state.level !== void 0 && state.level > 1) parts.push(`escalated to level ${state.level}`);
  return parts.join(" \xB7 ");
}
function docUrl(source, doc, serverUrl = "https://github.com") {
  if (!source.repository) return void 0;
  const path = [source.dir, doc].map((p) => p.replace(/^\.?\/+|\/+$/g, "")).filter((p) => p !== "" && p !== ".").join("/");
  const ref = source.commit ?? "HEAD";
  return `${serverUrl.replace(/\/+$/, "")}/${source.repository}/blob/${ref}/${path.split("/").map(encodeURIComponent).join("/")}`;
}
function statusBlock(state) {
  return context(statusText(state), STATUS_BLOCK_ID);
}
function statusWord(status) {
  return status === "triggered" ? "Triggered" : status === "acknowledged" ? "Acknowledged" : "Resolved";
}
function whoWhen(who, when) {
  const by = who ? ` by ${escapeMrkdwn(who)}` : "";
  return `${by}${when ? ` at ${slackDate(when)}` : ""}`;
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
    "level"
  ]);
  for (const [k, v] of Object.entries(payload)) if (!stateKeys.has(k)) out[k] = v;
  return out;
}
var PEOPLE_SHOWN = 10;
function people(list) {
  const shown = list.slice(0, PEOPLE_SHOWN).map((p) => p.slackId ? mention(p.slackId) : escapeMrkdwn(clip(p.name, 100))).join(", ");
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
function indexLine(index) {
  const commit = index.commit ? ` @ ${code(index.commit.slice(0, 7))}` : "";
  return `Runbook index v${index.version}${commit} \xB7 ${escapeMrkdwn(index.origin)}`;
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

// src/alert/run.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
async function runAlert(deps, settings, event) {
  const { log } = deps;
  const result = { action: "ignored", onCallUserIds: [], messages: [] };
  if (!isHandled(event.event_type)) {
    log.info(
      `Ignoring ${event.event_type} (event ${event.event_id}): the alert path does not post about it.`
    );
    return result;
  }
  const incidentId = event.incident.id;
  const prepared = event.event_type === "incident.triggered" ? prepareTop(deps, settings, event) : void 0;
  prepared?.catch(() => void 0);
  const top = await findTop(deps, settings, incidentId);
  if (event.event_type === "incident.triggered") {
    if (top) {
      log.info(`Incident ${incidentId} already has its message (ts ${top.ts}); nothing to post.`);
      return {
        ...result,
        action: "duplicate",
        messageTs: top.ts,
        threadTs: top.ts,
        runbookId: metaString(top, "runbook_id"),
        permalink: await permalink(deps, settings, top.ts)
      };
    }
    return createTop(deps, settings, event, { escalate: true, ...prepared ? { prepared } : {} });
  }
  let thread = top ?? await waitForTop(deps, settings, incidentId);
  let created;
  if (!thread) {
    log.warning(
      `No message for incident ${incidentId} in the channel (its triggered event was lost or is older than the look-back); posting one now.`
    );
    created = await createTop(deps, settings, event, { escalate: false });
    if (settings.dryRun || !created.messageTs) return created;
    thread = await findTop(deps, settings, incidentId);
    if (!thread) {
      const sent = created.messages[0];
      thread = {
        ts: created.messageTs,
        text: sent?.text ?? "",
        ...sent?.metadata ? { metadata: sent.metadata } : {},
        ...sent?.blocks ? { blocks: sent.blocks } : {}
      };
    }
  }
  return reply(deps, settings, event, thread, created);
}
async function reply(deps, settings, event, thread, created) {
  const { slack, log } = deps;
  const { channel } = settings;
  const base = {
    action: "duplicate",
    threadTs: thread.ts,
    onCallUserIds: created?.onCallUserIds ?? [],
    messages: created?.messages ?? [],
    ...created?.runbookId ? { runbookId: created.runbookId } : {}
  };
  const replies = await slack.listReplies(channel, thread.ts);
  const earlier = replies.find((r) => isPostFor(r, event));
  let level;
  let people2;
  if (!earlier && (event.event_type === "incident.escalated" || event.event_type === "incident.reassigned")) {
    try {
      ({ level, people: people2 } = await whoNow(deps, event));
    } catch (error) {
      if (error instanceof AuthError) throw error;
      log.warning(
        `Could not read who is on incident ${event.incident.id} now (${describeError(error)}); replying without mentions.`
      );
    }
  }
  const current = stateFromMetadata(thread.metadata?.payload ?? {});
  const next = applyEvent(current, event, level);
  let messageTs = earlier?.ts;
  let action = earlier ? "duplicate" : "replied";
  if (earlier) {
    log.info(`Event ${event.event_id} is already in the thread (ts ${earlier.ts}); not posting it again.`);
  } else {
    const message = buildReply({
      channel,
      threadTs: thread.ts,
      event,
      ...people2 ? { people: people2 } : {},
      ...level !== void 0 ? { level } : {}
    });
    if (message) {
      if (settings.dryRun) {
        base.messages.push(message);
        action = "dry-run";
      } else {
        messageTs = (await post(deps, message)).ts;
      }
      base.onCallUserIds = (people2 ?? []).flatMap((p) => p.slackId ? [p.slackId] : []);
    }
  }
  if (!sameState(current, next)) {
    if (settings.dryRun) {
      log.info(`Dry run: would update the status line to ${next.status}.`);
    } else {
      await slack.updateMessage(channel, thread.ts, updatedTopMessage(thread, next));
    }
  }
  return {
    ...base,
    action: created && action === "duplicate" ? "posted" : action,
    ...messageTs ? { messageTs } : {},
    permalink: await permalink(deps, settings, messageTs ?? thread.ts)
  };
}
async function whoNow(deps, event) {
  const incident = await deps.pagerduty.getIncident(event.incident.id);
  const onCalls = await currentOnCalls(deps, incident.escalationPolicy.id);
  const byId = new Map(onCalls.map((o) => [o.user.id, o]));
  const assignees = incident.assignees.map((a) => byId.get(a.id)?.user ?? a);
  if (event.event_type !== "incident.escalated") return { people: await lookUp(deps, assignees) };
  let level = incident.escalationLevel;
  if (level === void 0) {
    const assigned = new Set(incident.assignees.map((a) => a.id));
    const levels = onCalls.filter((o) => assigned.has(o.user.id)).map((o) => o.escalationLevel);
    if (levels.length > 0) level = Math.max(...levels);
  }
  const people2 = assignees.length > 0 ? await lookUp(deps, assignees) : level !== void 0 ? await peopleAt(deps, onCalls, level) : [];
  return { ...level !== void 0 ? { level } : {}, people: people2 };
}
async function prepareTop(deps, settings, event) {
  const incident = await incidentInfo(deps, event);
  const policyId = incident.info.escalationPolicy?.id;
  const onCallsPromise = policyId ? currentOnCalls(deps, policyId) : Promise.resolve([]);
  onCallsPromise.then((list) => {
    for (const o of list)
      if (o.escalationLevel === incident.level) void deps.users.resolve(o.user).catch(() => void 0);
  }).catch(() => void 0);
  const [details, loaded, onCalls] = await Promise.all([
    alertTexts(deps, incident.info.id),
    deps.runbooks(),
    onCallsPromise
  ]);
  const title = normaliseTitle(incident.info.title);
  const service = incident.info.service;
  const matches = loaded.match({
    text: matcherText(title, details),
    ...service ? {
      service: {
        ...service.id ? { id: service.id } : {},
        ...service.name ? { name: service.name } : {}
      }
    } : {}
  });
  const byId = new Map(loaded.runbooks.map((r) => [r.id, r]));
  const links = matches.map((m) => runbookLink2(m, byId.get(m.id), loaded, settings));
  return { incident, loaded, links, onCalls };
}
async function createTop(deps, settings, event, options) {
  const { pagerduty, log } = deps;
  const { incident, loaded, links, onCalls } = await (options.prepared ?? prepareTop(deps, settings, event));
  const best = links[0];
  let level = incident.level;
  let escalatedTo;
  const wanted = best?.escalateTo;
  if (options.escalate && wanted !== void 0 && wanted > level && incident.status === "triggered") {
    if (!settings.fromEmail) {
      log.warning(
        `Runbook "${best.id}" asks to escalate to level ${wanted}, but no PagerDuty user email is set for the escalation (from-email): not escalating.`
      );
    } else if (settings.dryRun) {
      log.info(`Dry run: would escalate incident ${incident.info.id} to level ${wanted}.`);
      level = wanted;
      escalatedTo = wanted;
    } else {
      await pagerduty.escalateIncident(incident.info.id, wanted, settings.fromEmail);
      log.info(`Escalated incident ${incident.info.id} to level ${wanted} (runbook "${best.id}").`);
      level = wanted;
      escalatedTo = wanted;
    }
  }
  const onCall = await peopleAt(deps, onCalls, level);
  if (onCall.length === 0)
    log.warning(`Nobody is on call for incident ${incident.info.id} at level ${level}.`);
  const index = { version: loaded.version, commit: loaded.source.commit, origin: loaded.origin };
  const state = {
    ...initialState(incident.status, event.event_type === "incident.triggered" ? event.occurred_at : ""),
    ...level > 1 ? { level } : {}
  };
  const addRunbookUrl = settings.addRunbookUrl ?? defaultAddUrl(loaded.source, settings.serverUrl);
  const message = buildTopMessage({
    channel: settings.channel,
    incident: incident.info,
    onCall,
    onCallLevel: level,
    runbooks: links,
    index,
    ...addRunbookUrl ? { addRunbookUrl } : {},
    ...escalatedTo !== void 0 ? { escalatedTo } : {},
    state,
    eventId: event.event_id,
    webhookId: event.webhook_id
  });
  const onCallUserIds = onCall.flatMap((p) => p.slackId ? [p.slackId] : []);
  const result = {
    action: settings.dryRun ? "dry-run" : "posted",
    onCallUserIds,
    messages: [message],
    ...best ? { runbookId: best.id } : {}
  };
  if (settings.dryRun) return result;
  const posted = await post(deps, message);
  log.info(
    `Posted incident ${incident.info.id} to ${settings.channel} (ts ${posted.ts}; runbook ${best?.id ?? "none"}).`
  );
  return {
    ...result,
    messageTs: posted.ts,
    threadTs: posted.ts,
    permalink: await permalink(deps, settings, posted.ts)
  };
}
async function incidentInfo(deps, event) {
  const p = event.incident;
  const complete = !p.partial && p.title !== "" && p.html_url && p.service && p.escalation_policy && event.event_type === "incident.triggered";
  let pd;
  if (!complete) pd = await deps.pagerduty.getIncident(p.id);
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
      status: pd.status
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
async function alertTexts(deps, incidentId) {
  try {
    return await deps.pagerduty.listIncidentAlertTexts(incidentId);
  } catch (error) {
    deps.log.warning(
      `Could not read the alerts of incident ${incidentId} (${describeError(error)}); matching on the title only.`
    );
    return [];
  }
}
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
function runbookLink2(match, runbook, loaded, settings) {
  const href = runbook?.url ?? (runbook?.doc ? docUrl(loaded.source, runbook.doc, settings.serverUrl) : void 0);
  return {
    id: match.id,
    title: match.title,
    terms: match.terms,
    ...href ? { href } : {},
    ...runbook?.owner ? { owner: runbook.owner } : {},
    ...runbook?.escalateTo !== void 0 ? { escalateTo: runbook.escalateTo } : {}
  };
}
function defaultAddUrl(source, serverUrl = "https://github.com") {
  if (!source.repository) return void 0;
  const dir = source.dir === "." || source.dir === "" ? "" : `/${source.dir}`;
  return `${serverUrl.replace(/\/+$/, "")}/${source.repository}/tree/HEAD${dir}`;
}
async function findTop(deps, settings, incidentId) {
  const oldest = new Date(deps.clock.now().getTime() - (settings.lookbackMs ?? 14 * DAY_MS));
  return deps.slack.findMessageByMetadata(
    settings.channel,
    TOP_EVENT_TYPE,
    (p) => p.incident_id === incidentId,
    {
      oldest
    }
  );
}
async function waitForTop(deps, settings, incidentId) {
  const budget = settings.waitForTopMs ?? 2e4;
  const interval = Math.max(1, settings.waitIntervalMs ?? 2e3);
  const deadline = deps.clock.now().getTime() + budget;
  while (deps.clock.now().getTime() < deadline) {
    deps.log.info(
      `Waiting for the message of incident ${incidentId} (its triggered run may still be posting)\u2026`
    );
    await deps.clock.sleep(Math.min(interval, deadline - deps.clock.now().getTime()));
    const found = await findTop(deps, settings, incidentId);
    if (found) return found;
  }
  return void 0;
}
async function post(deps, message) {
  await deps.pacer?.wait(message.channel);
  return deps.slack.postMessage(message);
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
function sameState(a, b) {
  const keys = [
    "status",
    "statusAt",
    "acknowledgedAt",
    "acknowledgedBy",
    "resolvedAt",
    "resolvedBy",
    "level"
  ];
  return keys.every((k) => a[k] === b[k]);
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
  createChannelPacer,
  runAlert
};
