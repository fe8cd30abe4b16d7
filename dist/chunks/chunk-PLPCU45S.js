import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  compareTs,
  earlierDuplicate
} from "./chunk-EJ256RKK.js";
import {
  TOP_EVENT_TYPE,
  applyEvent,
  buildReply,
  buildTopMessage,
  currentOnCalls,
  docUrl,
  initialState,
  isPostFor,
  levelOf,
  lookUp,
  peopleAt,
  sameState,
  stateFromMetadata,
  updatedTopMessage,
  withCurrentStatus
} from "./chunk-Q5AWDRJE.js";
import {
  readAlert
} from "./chunk-H63POQN7.js";
import {
  routeChannels,
  routeIncident
} from "./chunk-2XQDVKDU.js";
import {
  isHandled
} from "./chunk-CGV6C5A4.js";
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

// src/alert/runbook-link.ts
function runbookLink(match, runbook, loaded, settings) {
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
async function readMessage(slack, channel, ts) {
  const page = await slack.readHistory(channel, { oldest: ts, latest: ts, inclusive: true, limit: 1 });
  return page.messages.find((m) => m.ts === ts);
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
    return {};
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
  const { level, people } = earlier && event.event_type !== "incident.escalated" ? {} : await peopleForReply(deps, event, incident);
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
  await showStatus(deps, settings, event, thread, incident, level, people);
  return {
    ...base,
    action: created && action === "duplicate" ? "posted" : action,
    ...messageTs ? { messageTs } : {},
    permalink: await permalink(deps, settings, messageTs ?? thread.ts)
  };
}
async function showStatus(deps, settings, event, thread, incident, level, people) {
  const change = (shown) => withOnCall(applyEvent(shown, event, level), event, level, people);
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
  const people = assignees.length > 0 ? await lookUp(deps, assignees) : level !== void 0 ? await peopleAt(deps, onCalls, level) : [];
  return { ...level !== void 0 ? { level } : {}, people };
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
  const byId = new Map(loaded.runbooks.map((r) => [r.id, r]));
  return matches.map((m) => runbookLink(m, byId.get(m.id), loaded, settings));
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
  const outcome = await escalateIfStillNeeded(deps, settings, incidentId, wanted);
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
async function escalateIfStillNeeded(deps, settings, incidentId, wanted) {
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
    const level = now.escalationLevel ?? levelOf(now, await currentOnCalls(deps, now.escalationPolicy.id));
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
  createIncidentLock,
  runAlert,
  DRY_RUN_THREAD_TS,
  createChannelPacer
};
