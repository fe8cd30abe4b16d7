import {
  currentOnCalls,
  levelOf,
  lookUp,
  peopleAt
} from "./chunk-7K76UV3Z.js";
import {
  CREATION_MARGIN_MS,
  findTopMessage,
  processIncidentLock,
  readMessage
} from "./chunk-O3TKNPUP.js";
import {
  defaultAddUrl,
  runbookLink
} from "./chunk-LWJ5VQNM.js";
import {
  TOP_EVENT_TYPE,
  applyEvent,
  buildReply,
  buildTopMessage,
  initialState,
  isGroupedReply,
  isPostFor,
  sameState,
  stateFromMetadata,
  updatedTopMessage,
  withCurrentStatus,
  withThreadEvents
} from "./chunk-MENKK2CK.js";
import {
  routeChannels,
  routeIncident
} from "./chunk-UOT3AM2W.js";
import {
  readAlert
} from "./chunk-QB6QIQAD.js";
import {
  alertContext,
  incidentInfo,
  readAlerts,
  readIncident
} from "./chunk-KOCSSIJL.js";
import {
  earlierDuplicate
} from "./chunk-T7MTKLHV.js";
import {
  AuthError,
  describeError
} from "./chunk-BYBTV2RS.js";

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
function isHandled(eventType) {
  return HANDLED_EVENT_TYPES.includes(eventType);
}
var DISPATCH_EVENT_PREFIX = "pagerduty.";

// src/alert/run.ts
var lastTimeModule;
var diagnoseModule;
var stormModule;
var lastTimeCode = () => lastTimeModule ??= import("./last-time-V5H4W5F5.js");
var diagnoseCode = () => diagnoseModule ??= import("./diagnose-KLDH3IEQ.js");
var storms = () => stormModule ??= import("./storm-J2FKTQ4V.js");
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
      const storm = () => ownStormRunbook(prepared);
      const inWorkflowChannel = findTop(deps, settings, incidentId, createdAt2, storm);
      inWorkflowChannel.catch(() => void 0);
      const workflowChannel = settings.channel;
      settings = await routeNew(deps, settings, event, prepared);
      const top = settings.channel === workflowChannel ? await inWorkflowChannel : await findTop(deps, settings, incidentId, createdAt2, storm);
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
    if (thread2 && await namesDiagnostics(deps, thread2)) {
      const { startDiagnostics } = await diagnoseCode();
      await startDiagnostics(deps, {
        channel: settings.channel,
        incidentId,
        top: thread2,
        ...settings.dryRun ? { dryRun: true } : {}
      });
    }
    return result2;
  }
  const incident = await readIncident(deps, incidentId);
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
  const stateOf = (m) => stateFromMetadata(m.metadata?.payload ?? {});
  const wanted = (shown2, pd, replies) => pd ? withCurrentStatus(withThreadEvents(change(shown2), replies), pd.status, pd.escalationLevel) : change(shown2);
  const threadEvents = async () => message.threadTs && message.threadTs !== message.ts ? [] : deps.slack.listReplies(settings.channel, message.ts).catch(() => []);
  const afterWrite = async () => {
    for (let attempt = 0; attempt < MAX_STATUS_ROUNDS; attempt++) {
      const [again, now, replies] = await Promise.all([
        readMessage(deps.slack, settings.channel, message.ts).catch(() => void 0),
        readIncident(deps, incidentId),
        threadEvents()
      ]);
      if (again && now) return { message: again, incident: now, replies };
    }
    return void 0;
  };
  incident ??= await readIncident(deps, incidentId);
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
  return matches.map((m) => runbookLink(m, loaded.runbook(m.id), loaded, settings));
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
  const runId = deps.newRunId ? deps.newRunId() : globalThis.crypto.randomUUID();
  const storm = stormWindow(loaded, best);
  const joinStormIfAny = async (ownTs) => {
    if (!storm || !best || ownTs && !slack.deleteMessage) return void 0;
    const { findStormLeader } = await storms();
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
async function namesDiagnostics(deps, top) {
  const runbookId = top.metadata?.payload.runbook_id;
  if (typeof runbookId !== "string" || runbookId === "") return false;
  try {
    return ((await deps.runbooks()).runbook(runbookId)?.diagnose?.length ?? 0) > 0;
  } catch {
    return true;
  }
}
async function addLastTime(deps, settings, threadTs, preparing, createdAt) {
  if (!settings.lastTime || settings.dryRun) return;
  const prepared = await preparing.catch(() => void 0);
  if (!prepared) return;
  const { info } = prepared.incident;
  const runbookId = prepared.links[0]?.id;
  const { replyLastTime } = await lastTimeCode();
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
async function findTop(deps, settings, incidentId, createdAt, stormRunbooks = () => groupingRunbooks(deps)) {
  const query = { channel: settings.channel, incidentId, createdAt };
  const top = await findTopMessage(deps.slack, query);
  if (top) return top;
  const runbookIds = await stormRunbooks();
  if (runbookIds.size === 0) return void 0;
  const { findGroupedReply } = await storms();
  return findGroupedReply(deps.slack, { ...query, runbookIds });
}
async function ownStormRunbook(prepared) {
  const ready = await prepared.catch(() => void 0);
  const best = ready?.links[0];
  if (!ready || !best) return /* @__PURE__ */ new Set();
  return stormWindow(ready.loaded, best) !== void 0 ? /* @__PURE__ */ new Set([best.id]) : /* @__PURE__ */ new Set();
}
async function groupingRunbooks(deps) {
  try {
    return (await deps.runbooks()).groupingIds();
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function stormWindow(loaded, best) {
  return best ? loaded.runbook(best.id)?.groupWithinSeconds : void 0;
}
async function joinedStorm(deps, settings, event, incident, runbookId, runId, leader) {
  const { joinStorm } = await storms();
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
  const { replyForGrouped } = await storms();
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
  HANDLED_EVENT_TYPES,
  isHandled,
  DISPATCH_EVENT_PREFIX,
  runAlert,
  createChannelPacer
};
