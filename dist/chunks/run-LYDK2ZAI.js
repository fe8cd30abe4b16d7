import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  SHIFT_EVENT_TYPE,
  buildHandoverNotice,
  buildNobodyMessage,
  buildShiftMessage,
  buildTopic,
  businessDay,
  previewText,
  shiftKey,
  shiftWindow
} from "./chunk-I6QIPOCP.js";
import "./chunk-A56JVIDH.js";
import "./chunk-VRPSVARW.js";
import "./chunk-XJORQSG3.js";
import {
  ConfigError,
  describeError
} from "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";

// src/shift/run.ts
import { randomUUID } from "node:crypto";

// src/shift/plan.ts
var HANDOVER_LOOKBACK_MS = 6e4;
function buildShiftPlan(window, targets, onCalls, references = /* @__PURE__ */ new Map()) {
  const groups = [];
  for (const id of targets.scheduleIds) {
    const rows = onCalls.filter((o) => o.schedule?.id === id);
    const ref = rows.find((o) => o.schedule)?.schedule ?? references.get(id) ?? { id, name: id };
    groups.push(makeGroup("schedule", ref, void 0, rows, window));
  }
  for (const id of targets.escalationPolicyIds) {
    const rows = onCalls.filter((o) => o.escalationPolicy.id === id);
    const ref = rows[0]?.escalationPolicy ?? references.get(id) ?? { id, name: id };
    const present = [...new Set(rows.map((r) => r.escalationLevel))].sort((a, b) => a - b);
    const levels = targets.levels.length > 0 ? [...targets.levels].sort((a, b) => a - b) : present;
    if (levels.length === 0) groups.push(makeGroup("escalation-policy", ref, void 0, [], window));
    for (const level of levels) {
      groups.push(
        makeGroup(
          "escalation-policy",
          ref,
          level,
          rows.filter((r) => r.escalationLevel === level),
          window
        )
      );
    }
  }
  const users = /* @__PURE__ */ new Map();
  for (const g of groups) {
    for (const s of g.segments) if (!users.has(s.user.id)) users.set(s.user.id, s.user);
    for (const u of g.handover.outgoing) if (!users.has(u.id)) users.set(u.id, u);
  }
  return {
    window,
    groups,
    nobody: groups.filter((g) => g.segments.length === 0),
    nextHandover: window.end,
    users: [...users.values()]
  };
}
function makeGroup(kind, ref, level, rows, window) {
  const ws = window.start.getTime();
  const we = window.end.getTime();
  const seen = /* @__PURE__ */ new Set();
  const raw = [];
  for (const r of rows) {
    const permanent = r.start === null || r.end === null;
    const start = r.start?.getTime() ?? -Infinity;
    const end = r.end?.getTime() ?? Infinity;
    const key = `${r.user.id}|${start}|${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    raw.push({ user: r.user, start, end, permanent });
  }
  const inWindow = mergePerUser(
    raw.map((i) => ({ ...i, start: Math.max(i.start, ws), end: Math.min(i.end, we) })).filter((i) => i.start < i.end)
  );
  const segments = inWindow.map((i) => ({
    user: i.user,
    start: new Date(i.start),
    end: new Date(i.end),
    permanent: i.permanent,
    wholeShift: i.start <= ws && i.end >= we
  }));
  const outgoing = uniqueUsers(raw.filter((i) => i.start < ws && i.end >= ws));
  let incoming = uniqueUsers(raw.filter((i) => i.start <= ws && i.end > ws));
  if (incoming.length === 0 && segments[0])
    incoming = uniqueUsers(inWindow.filter((i) => i.start === inWindow[0].start));
  return {
    kind,
    ref,
    ...level !== void 0 ? { level } : {},
    segments,
    gaps: segments.length === 0 ? [] : findGaps(inWindow, ws, we),
    handover: { outgoing, incoming }
  };
}
function mergePerUser(intervals) {
  const byUser = /* @__PURE__ */ new Map();
  for (const i of intervals) byUser.set(i.user.id, [...byUser.get(i.user.id) ?? [], i]);
  const out = [];
  for (const list of byUser.values()) {
    list.sort((a, b) => a.start - b.start);
    let current;
    for (const i of list) {
      if (current && i.start <= current.end) {
        current.end = Math.max(current.end, i.end);
        current.permanent ||= i.permanent;
      } else {
        current = { ...i };
        out.push(current);
      }
    }
  }
  return out.sort(
    (a, b) => a.start - b.start || a.user.name.localeCompare(b.user.name) || a.user.id.localeCompare(b.user.id)
  );
}
function findGaps(intervals, ws, we) {
  const gaps = [];
  let covered = ws;
  for (const i of [...intervals].sort((a, b) => a.start - b.start)) {
    if (i.start > covered) gaps.push({ start: new Date(covered), end: new Date(i.start) });
    covered = Math.max(covered, i.end);
  }
  if (covered < we) gaps.push({ start: new Date(covered), end: new Date(we) });
  return gaps;
}
function uniqueUsers(intervals) {
  const users = /* @__PURE__ */ new Map();
  for (const i of intervals) if (!users.has(i.user.id)) users.set(i.user.id, i.user);
  return [...users.values()];
}

// src/shift/run.ts
var HISTORY_MARGIN_MS = 10 * 6e4;
var MAX_DUPLICATES = 5;
async function runShift(deps, settings) {
  const { log } = deps;
  const now = settings.at ?? deps.clock.now();
  const window = shiftWindow(now, settings.timeZone, settings.handover, {
    upcomingWithinMs: settings.upcomingWithinMs
  });
  const base = { window, oncallUserIds: [], unmapped: [] };
  if (window.timing === "too-early") {
    const reason = `it is ${formatLead(window.start.getTime() - now.getTime())} before the ${window.handover} handover in ${window.timeZone} (more than --upcoming-within ahead), and yesterday's shift is never reported`;
    log.info(
      `Shift ${window.shiftDate}: nothing posted: ${reason}. Use --at or a larger --upcoming-within to preview it.`
    );
    return { ...base, status: "skipped", exitCode: 0, reason };
  }
  if (settings.businessDaysOnly) {
    const day = await businessDay(window.shiftDate, settings.holidays);
    if (!day.business) {
      log.info(
        `Shift ${window.shiftDate}: nothing posted: ${day.reason ?? "not a business day"} (--business-days-only).`
      );
      return { ...base, status: "skipped", exitCode: 0, reason: day.reason ?? "not a business day" };
    }
  }
  const onCalls = await readOnCalls(deps.pagerduty, settings.targets, window);
  const references = await nameMissingTargets(deps, settings.targets, onCalls);
  const plan = buildShiftPlan(window, settings.targets, onCalls, references);
  const { mentions, unmapped } = await resolveUsers(deps, plan.users);
  const oncallUserIds = unique(
    plan.groups.flatMap(
      (g) => g.segments.map((s) => mentions.get(s.user.id)).filter((id) => !!id)
    )
  );
  const runId = settings.runId ?? randomUUID();
  const messageOptions = {
    channel: settings.channel,
    language: settings.language,
    targets: settings.targets,
    mentions,
    runId,
    ...settings.intro !== void 0 ? { intro: settings.intro } : {}
  };
  const allNobody = plan.nobody.length === plan.groups.length;
  const message = allNobody ? buildNobodyMessage(plan, messageOptions) : buildShiftMessage(plan, messageOptions);
  const slackNames = /* @__PURE__ */ new Map();
  for (const u of plan.users) {
    const id = mentions.get(u.id);
    if (id) slackNames.set(id, u.name);
  }
  const preview = previewText(message, slackNames);
  const failed = plan.nobody.length > 0;
  for (const g of plan.nobody) {
    log.error(
      `Nobody is on call for ${g.kind === "schedule" ? "schedule" : "escalation policy"} "${g.ref.name}" (${g.ref.id}${g.level !== void 0 ? `, level ${g.level}` : ""}) between ${window.start.toISOString()} and ${window.end.toISOString()}. Add an override in PagerDuty.`
    );
  }
  const result = {
    ...base,
    status: allNobody ? "nobody" : "posted",
    exitCode: failed ? 1 : 0,
    plan,
    message,
    preview,
    oncallUserIds,
    unmapped
  };
  if (settings.dryRun) {
    log.info(`Dry run: nothing was sent to Slack (shift ${window.shiftDate}, ${window.timing}).`);
    return { ...result, status: allNobody ? "nobody" : "dry-run" };
  }
  const slack = deps.slack;
  if (!slack) {
    throw new ConfigError(
      'Missing Slack bot token: posting needs SLACK_BOT_TOKEN (or input "slack-bot-token"); use --dry-run to preview without Slack.'
    );
  }
  const key = shiftKey(settings.targets);
  const isOurs = (p) => p.key === key && p.shift_date === window.shiftDate;
  const oldest = new Date(window.start.getTime() - settings.upcomingWithinMs - HISTORY_MARGIN_MS);
  const existing = await slack.findMessageByMetadata(settings.channel, SHIFT_EVENT_TYPE, isOurs, { oldest });
  let ts;
  if (existing) {
    ts = existing.ts;
    if (existing.metadata?.payload.status === "nobody" && !allNobody) {
      const { channel: _channel, threadTs: _thread, ...content } = message;
      await slack.updateMessage(settings.channel, existing.ts, content);
      log.info(
        `Shift ${window.shiftDate}: replaced the earlier nobody-on-call warning (ts ${existing.ts}) with the post.`
      );
      result.status = "updated";
    } else {
      log.info(
        `Shift ${window.shiftDate}: already posted in ${settings.channel} (ts ${existing.ts}); nothing posted.`
      );
      result.status = "already-posted";
      result.message = existingAsMessage(settings.channel, existing) ?? message;
    }
  } else {
    const posted = await slack.postMessage(message);
    ts = posted.ts;
    const earliest = await earlierDuplicate(slack, settings.channel, isOurs, runId, ts, oldest);
    if (earliest) {
      if (slack.deleteMessage) {
        await slack.deleteMessage(settings.channel, ts);
        log.info(
          `Shift ${window.shiftDate}: another run posted first (ts ${earliest.ts}); removed this run's copy.`
        );
      } else {
        log.warning(
          `Shift ${window.shiftDate}: another run posted the same shift first (ts ${earliest.ts}) and this Slack client cannot delete messages; remove the later copy (ts ${ts}) by hand.`
        );
      }
      ts = earliest.ts;
      result.status = allNobody ? "nobody" : "already-posted";
    } else {
      log.info(`Shift ${window.shiftDate}: posted to ${settings.channel} (ts ${ts}).`);
      if (!allNobody) await runFollowUps(deps, slack, settings, plan, mentions, ts, result);
    }
  }
  result.messageTs = ts;
  if (!allNobody && settings.userGroup)
    await syncUserGroup(deps, slack, settings.userGroup, plan, mentions, result);
  try {
    result.permalink = await slack.getPermalink(settings.channel, ts);
  } catch (error) {
    log.warning(`Could not get a permalink for ${settings.channel} ${ts}: ${describeError(error)}`);
  }
  return result;
}
async function readOnCalls(pagerduty, targets, window) {
  const since = new Date(window.start.getTime() - HANDOVER_LOOKBACK_MS);
  const until = window.end;
  const reads = [];
  if (targets.scheduleIds.length > 0)
    reads.push(pagerduty.listOnCalls({ since, until, scheduleIds: targets.scheduleIds }));
  if (targets.escalationPolicyIds.length > 0) {
    reads.push(pagerduty.listOnCalls({ since, until, escalationPolicyIds: targets.escalationPolicyIds }));
  }
  return (await Promise.all(reads)).flat();
}
async function nameMissingTargets(deps, targets, onCalls) {
  const refs = /* @__PURE__ */ new Map();
  const lookups = [];
  for (const id of targets.scheduleIds) {
    if (onCalls.some((o) => o.schedule?.id === id)) continue;
    lookups.push(
      deps.pagerduty.getSchedule(id).then(
        (s) => void refs.set(id, { id: s.id, name: s.name, ...s.htmlUrl ? { htmlUrl: s.htmlUrl } : {} }),
        (error) => deps.log.warning(`Could not read schedule ${id} from PagerDuty: ${describeError(error)}`)
      )
    );
  }
  for (const id of targets.escalationPolicyIds) {
    if (onCalls.some((o) => o.escalationPolicy.id === id)) continue;
    lookups.push(
      deps.pagerduty.getEscalationPolicy(id).then(
        (p) => void refs.set(id, { id: p.id, name: p.name, ...p.htmlUrl ? { htmlUrl: p.htmlUrl } : {} }),
        (error) => deps.log.warning(`Could not read escalation policy ${id} from PagerDuty: ${describeError(error)}`)
      )
    );
  }
  await Promise.all(lookups);
  return refs;
}
async function resolveUsers(deps, users) {
  const mentions = /* @__PURE__ */ new Map();
  const unmapped = [];
  if (!deps.users) return { mentions, unmapped };
  const people = await Promise.all(users.map((u) => deps.users.resolve(u)));
  users.forEach((u, i) => {
    const person = people[i];
    if (person?.kind === "user") mentions.set(u.id, person.userId);
    else unmapped.push(u);
  });
  return { mentions, unmapped };
}
async function earlierDuplicate(slack, channel, isOurs, runId, ownTs, oldest) {
  const seen = /* @__PURE__ */ new Set([runId]);
  let earliest;
  for (let i = 0; i < MAX_DUPLICATES; i++) {
    const other = await slack.findMessageByMetadata(
      channel,
      SHIFT_EVENT_TYPE,
      (p) => isOurs(p) && !seen.has(String(p.run)),
      { oldest }
    );
    if (!other) break;
    seen.add(String(other.metadata?.payload.run));
    if (compareTs(other.ts, ownTs) < 0 && (!earliest || compareTs(other.ts, earliest.ts) < 0))
      earliest = other;
  }
  return earliest;
}
function compareTs(a, b) {
  const [as = "0", af = ""] = a.split(".");
  const [bs = "0", bf = ""] = b.split(".");
  const seconds = BigInt(as) - BigInt(bs);
  if (seconds !== 0n) return seconds < 0n ? -1 : 1;
  const fa = af.padEnd(6, "0");
  const fb = bf.padEnd(6, "0");
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
async function runFollowUps(deps, slack, settings, plan, mentions, ts, result) {
  if (settings.handoverNotice) {
    const notice = buildHandoverNotice(
      plan,
      { channel: settings.channel, language: settings.language, mentions },
      ts
    );
    if (notice) {
      try {
        await slack.postMessage(notice);
      } catch (error) {
        deps.log.error(`Could not post the handover notice in the thread of ${ts}: ${describeError(error)}`);
        result.exitCode = 1;
      }
    }
  }
  if (settings.updateTopic) {
    try {
      await slack.setTopic(settings.channel, buildTopic(plan, { language: settings.language, mentions }));
    } catch (error) {
      deps.log.error(`Could not update the topic of ${settings.channel}: ${describeError(error)}`);
      result.exitCode = 1;
    }
  }
}
async function syncUserGroup(deps, slack, userGroup, plan, mentions, result) {
  const ids = unique(
    plan.groups.flatMap(
      (g) => g.handover.incoming.map((u) => mentions.get(u.id)).filter((id) => !!id)
    )
  );
  if (ids.length === 0) {
    deps.log.warning(
      `User group ${userGroup} left unchanged: none of the on-call people has a Slack account we found.`
    );
    return;
  }
  try {
    await slack.setUserGroupMembers(userGroup, ids);
    deps.log.info(`User group ${userGroup} now has ${ids.length} member(s): ${ids.join(", ")}.`);
  } catch (error) {
    deps.log.error(`Could not update user group ${userGroup}: ${describeError(error)}`);
    result.exitCode = 1;
  }
}
function existingAsMessage(channel, m) {
  return {
    channel,
    text: m.text,
    ...m.blocks ? { blocks: m.blocks } : {},
    ...m.metadata ? { metadata: m.metadata } : {}
  };
}
function unique(items) {
  return [...new Set(items)];
}
function formatLead(ms) {
  const minutes = Math.ceil(ms / 6e4);
  const h = Math.floor(minutes / 60);
  return h > 0 ? `${h} h ${String(minutes % 60).padStart(2, "0")} min` : `${minutes} min`;
}
export {
  compareTs,
  runShift
};
