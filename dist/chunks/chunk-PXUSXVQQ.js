import {
  currentOnCalls,
  levelOf,
  lookUp,
  peopleAt
} from "./chunk-7K76UV3Z.js";
import {
  findTopMessage,
  processIncidentLock
} from "./chunk-O3TKNPUP.js";
import {
  compareTs,
  postReplyOnce
} from "./chunk-T7MTKLHV.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  fitMessage,
  truncateText
} from "./chunk-EA5KP37Y.js";
import {
  bold,
  escapeMrkdwn,
  escapeName,
  link,
  mention
} from "./chunk-IA4VIC32.js";
import {
  AuthError,
  describeError
} from "./chunk-BYBTV2RS.js";

// node-builtin:node:crypto#src/alert/remind.ts
var m = builtin("node:crypto");
var randomUUID = m.randomUUID;

// src/alert/remind.ts
var REMINDER_EVENT_TYPE = "oncall_reminder";
var DEFAULT_MAX_REMINDERS = 3;
var REMINDERS_BEFORE_GROUP = 2;
var DEFAULT_LOOKBACK_HOURS = 24;
var MAX_INCIDENTS_PER_SWEEP = 100;
async function runRemindSweep(deps, settings) {
  const result = { reminded: [], messages: [], checked: 0, undone: [] };
  const now = deps.clock.now();
  const lookback = (settings.lookbackHours ?? DEFAULT_LOOKBACK_HOURS) * 36e5;
  let open;
  try {
    if (!deps.pagerduty.listIncidentsCreated) throw new Error("this PagerDuty client cannot list incidents");
    open = await deps.pagerduty.listIncidentsCreated({
      since: new Date(now.getTime() - lookback),
      until: new Date(now.getTime() + 6e4),
      statuses: ["triggered"]
    });
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.error(`Could not list PagerDuty's open incidents (${describeError(error)}); no reminder sent.`);
    result.undone.push(`list the open incidents in PagerDuty (${describeError(error)})`);
    return result;
  }
  if (open.length > MAX_INCIDENTS_PER_SWEEP) {
    result.undone.push(
      `look at ${open.length - MAX_INCIDENTS_PER_SWEEP} more open incident(s) (at most ${MAX_INCIDENTS_PER_SWEEP} a sweep)`
    );
  }
  for (const incident of open.slice(0, MAX_INCIDENTS_PER_SWEEP)) {
    result.checked += 1;
    try {
      const outcome = await remindIncident(deps, settings, incident.id, incident, result.messages);
      if (outcome.kind === "reminded") {
        result.reminded.push({
          incidentId: incident.id,
          number: outcome.number,
          ...outcome.ts ? { ts: outcome.ts } : {}
        });
      }
      if (outcome.kind === "not-due" && (!result.nextDueAt || outcome.dueAt < result.nextDueAt)) {
        result.nextDueAt = outcome.dueAt;
      }
    } catch (error) {
      if (error instanceof AuthError) throw error;
      deps.log.warning(`Could not remind about incident ${incident.id}: ${describeError(error)}`);
      result.undone.push(`remind about incident ${incident.id} (${describeError(error)})`);
    }
  }
  return result;
}
async function remindIncident(deps, settings, incidentId, listed, built = []) {
  const lock = deps.incidentLock ?? processIncidentLock;
  return lock(`remind/${settings.channel}/${incidentId}`, async () => {
    const known = listed ?? await deps.pagerduty.getIncident(incidentId);
    if (known.status !== "triggered") return { kind: "done", reason: `the incident is ${known.status}` };
    const own = await findTopMessage(deps.slack, {
      channel: settings.channel,
      incidentId,
      createdAt: known.createdAt
    });
    if (!own) return { kind: "done", reason: "no message of its own in the channel" };
    const remindAfter = await remindAfterFor(deps, settings, own);
    if (remindAfter === void 0) return { kind: "done", reason: "no remind_after for its runbook" };
    const max = settings.maxReminders ?? DEFAULT_MAX_REMINDERS;
    const sent = reminders(await deps.slack.listReplies(settings.channel, own.ts), incidentId);
    if (sent.length >= max) return { kind: "done", reason: `${max} reminder(s) sent` };
    const last = sent[sent.length - 1];
    const fromMs = last ? Number(last.ts) * 1e3 : known.createdAt.getTime();
    const dueAt = new Date(fromMs + remindAfter * 1e3);
    if (deps.clock.now() < dueAt) return { kind: "not-due", dueAt };
    const fresh = await deps.pagerduty.getIncident(incidentId);
    if (fresh.status !== "triggered") return { kind: "done", reason: `the incident is ${fresh.status}` };
    const number = sent.length + 1;
    const people = await onCallNow(deps, fresh);
    const message = buildReminder({
      channel: settings.channel,
      threadTs: own.ts,
      incident: fresh,
      number,
      max,
      people,
      sinceMs: deps.clock.now().getTime() - fresh.createdAt.getTime(),
      ...number > REMINDERS_BEFORE_GROUP && settings.userGroupId ? { userGroupId: settings.userGroupId } : {},
      runId: randomUUID(),
      ...settings.language ? { language: settings.language } : {}
    });
    built.push(message);
    if (settings.dryRun) {
      deps.log.info(`Dry run: would post reminder ${number} of ${max} for incident ${incidentId}.`);
      return { kind: "reminded", number };
    }
    await deps.pacer?.wait(settings.channel);
    const { posted, earlier } = await postReplyOnce(
      deps.slack,
      { ...message, threadTs: own.ts },
      (r) => isReminder(r, incidentId) && r.metadata?.payload.reminder === number
    );
    if (earlier) {
      deps.log.info(
        `Incident ${incidentId}: another sweep sent reminder ${number} first; removed this copy.`
      );
      return { kind: "duplicate", number };
    }
    deps.log.info(`Reminded incident ${incidentId} (reminder ${number} of ${max}, ts ${posted.ts}).`);
    return { kind: "reminded", number, ts: posted.ts };
  });
}
async function remindAfterFor(deps, settings, top) {
  const runbookId = top.metadata?.payload.runbook_id;
  if (typeof runbookId === "string" && runbookId !== "") {
    const runbook = (await deps.runbooks()).runbook(runbookId);
    if (runbook?.remindAfterSeconds !== void 0) return runbook.remindAfterSeconds;
  }
  return settings.defaultRemindAfterSeconds;
}
function isReminder(reply, incidentId) {
  const p = reply.metadata?.payload;
  return reply.metadata?.eventType === REMINDER_EVENT_TYPE && p?.incident_id === incidentId && typeof p.reminder === "number";
}
function reminders(replies, incidentId) {
  const byNumber = /* @__PURE__ */ new Map();
  for (const r of replies) {
    if (!isReminder(r, incidentId)) continue;
    const number = r.metadata.payload.reminder;
    const seen = byNumber.get(number);
    if (!seen || compareTs(r.ts, seen.ts) < 0) byNumber.set(number, r);
  }
  return [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([, m2]) => m2);
}
async function onCallNow(deps, incident) {
  const onCalls = await currentOnCalls(deps, incident.escalationPolicy.id);
  if (incident.assignees.length > 0) {
    const byId = new Map(onCalls.map((o) => [o.user.id, o.user]));
    return lookUp(
      deps,
      incident.assignees.map((a) => byId.get(a.id) ?? a)
    );
  }
  return peopleAt(deps, onCalls, levelOf(incident, onCalls) ?? 1);
}
var REMINDER_WORDS = {
  en: {
    nobody: "_nobody on call_",
    line: (n, max, incident, minutes, who) => `:alarm_clock: *Reminder ${n} of ${max}:* ${incident} is still unacknowledged after ${minutes} min. ${who} \u2014 please acknowledge it in PagerDuty.`,
    fallback: (n, max, number, who) => `Reminder ${n} of ${max}: ${number} is still unacknowledged. ${who}`
  },
  ja: {
    nobody: "_\u30AA\u30F3\u30B3\u30FC\u30EB\u306A\u3057_",
    line: (n, max, incident, minutes, who) => `:alarm_clock: *\u30EA\u30DE\u30A4\u30F3\u30C9 ${n}/${max}:* ${incident} \u306F ${minutes} \u5206\u9593\u53D7\u3051\u4ED8\u3051\u3089\u308C\u3066\u3044\u307E\u305B\u3093\u3002${who} PagerDuty \u3067\u53D7\u3051\u4ED8\u3051\u3066\u304F\u3060\u3055\u3044\u3002`,
    fallback: (n, max, number, who) => `\u30EA\u30DE\u30A4\u30F3\u30C9 ${n}/${max}: ${number} \u306F\u53D7\u3051\u4ED8\u3051\u3089\u308C\u3066\u3044\u307E\u305B\u3093\u3002${who}`
  }
};
function buildReminder(input) {
  const words = REMINDER_WORDS[input.language ?? "en"];
  const who = input.people.length > 0 ? input.people.slice(0, 10).map((p) => p.slackId ? mention(p.slackId) : escapeName(truncateText(p.name, 100))).join(", ") : words.nobody;
  const group = input.userGroupId && /^S[A-Z0-9]+$/.test(input.userGroupId) ? ` <!subteam^${input.userGroupId}>` : "";
  const minutes = Math.max(1, Math.round(input.sinceMs / 6e4));
  const number = input.incident.number !== void 0 ? `#${input.incident.number}` : input.incident.id;
  const ref = link(input.incident.htmlUrl, number);
  const text = words.line(
    input.number,
    input.max,
    `${ref} ${bold(truncateText(input.incident.title, 200))}`,
    minutes,
    `${who}${group}`
  );
  return fitMessage({
    channel: input.channel,
    threadTs: input.threadTs,
    text: words.fallback(input.number, input.max, escapeMrkdwn(number), `${who}${group}`),
    blocks: [{ type: "section", text: { type: "mrkdwn", text }, block_id: "oncall-reminder" }],
    metadata: {
      eventType: REMINDER_EVENT_TYPE,
      payload: { incident_id: input.incident.id, reminder: input.number, run: input.runId }
    }
  });
}

export {
  REMINDER_EVENT_TYPE,
  DEFAULT_MAX_REMINDERS,
  REMINDERS_BEFORE_GROUP,
  DEFAULT_LOOKBACK_HOURS,
  MAX_INCIDENTS_PER_SWEEP,
  runRemindSweep,
  remindIncident,
  buildReminder
};
