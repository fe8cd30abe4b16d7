import {
  GROUP_WITHIN_RANGE
} from "./chunk-7U377EUR.js";
import {
  CREATION_MARGIN_MS,
  readMessage
} from "./chunk-O3TKNPUP.js";
import {
  GROUPED_EVENT_TYPE,
  TOP_EVENT_TYPE,
  buildReply,
  isGroupedReply,
  isPostFor,
  sameState,
  stateFromMetadata,
  updatedTopMessage,
  withCurrentStatus
} from "./chunk-MENKK2CK.js";
import {
  compareTs,
  postReplyOnce
} from "./chunk-T7MTKLHV.js";
import {
  fitMessage,
  truncateText
} from "./chunk-EA5KP37Y.js";
import {
  bold,
  escapeMrkdwn,
  italic,
  link
} from "./chunk-IA4VIC32.js";
import {
  AuthError,
  describeError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// src/alert/storm.ts
var STORM_BLOCK_ID = "oncall-storm";
var GROUPED_IDS_KEPT = 40;
var THREADS_SEARCHED = 10;
var LEADERS_CHECKED = 3;
var LEADER_PAGES = 3;
var COUNT_ROUNDS = 3;
async function findGroupedReply(slack, query) {
  const oldest = query.createdAt.getTime() - GROUP_WITHIN_RANGE.max * 1e3 - CREATION_MARGIN_MS;
  const latest = query.createdAt.getTime() + CREATION_MARGIN_MS;
  const tops = (await readTops(slack, query.channel, oldest, latest)).filter(
    (m) => !query.runbookIds || query.runbookIds.has(String(m.metadata?.payload.runbook_id ?? ""))
  );
  const listing = tops.filter(
    (m) => String(m.metadata?.payload.grouped_ids ?? "").split(",").includes(query.incidentId)
  );
  const counting = tops.filter((m) => !listing.includes(m) && Number(m.metadata?.payload.grouped_count) > 0);
  const rest = tops.filter((m) => !listing.includes(m) && !counting.includes(m));
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
  const candidates = (await readTops(deps.slack, query.channel, oldest, latest)).filter((m) => {
    const p = m.metadata.payload;
    return p.runbook_id === query.runbookId && p.incident_id !== query.incidentId && p.status !== "resolved" && Number(m.ts) * 1e3 >= query.createdAt.getTime() - window && (query.before === void 0 || compareTs(m.ts, query.before) < 0);
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
function namedReply(reply, incident) {
  const number = incident.number !== void 0 ? `#${incident.number}` : incident.id;
  const ref = incident.htmlUrl ? link(incident.htmlUrl, number) : escapeMrkdwn(number);
  const prefix = (text) => `${ref}: ${text}`;
  return fitMessage({
    ...reply,
    text: prefix(reply.text),
    ...reply.blocks ? {
      blocks: reply.blocks.map(
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
        (m) => (m.threadTs === void 0 || m.threadTs === m.ts) && m.metadata?.eventType === TOP_EVENT_TYPE && typeof m.metadata.payload.incident_id === "string"
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
  const reply = await postGroupedReply(deps, { ...message, threadTs: input.leader.ts });
  try {
    await showStormCount(deps, input.channel, input.leader.ts, input.language);
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(
      `Could not update the count on the message of incident ${leaderIncidentId} (${describeError(error)}).`
    );
  }
  return { message, reply };
}
export {
  GROUPED_EVENT_TYPE,
  STORM_BLOCK_ID,
  buildGroupedReply,
  findGroupedReply,
  findStormLeader,
  isGroupedReply,
  joinStorm,
  postGroupedReply,
  replyForGrouped,
  showStormCount,
  updatedGroupedReply,
  withStormCount
};
