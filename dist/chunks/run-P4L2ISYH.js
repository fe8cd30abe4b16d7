import {
  businessDay
} from "./chunk-7MOYVLTJ.js";
import {
  HANDOVER_EVENT_TYPE,
  SHIFT_EVENT_TYPE,
  buildHandoverNotice,
  buildNobodyMessage,
  buildShiftMessage,
  buildTopic,
  handoverMetadata,
  previewText,
  shiftKey
} from "./chunk-AXKDROFG.js";
import {
  shiftWindow
} from "./chunk-KR57FXBU.js";
import "./chunk-GCNY4AAF.js";
import {
  compareTs
} from "./chunk-T7MTKLHV.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import {
  ConfigError,
  RemoteError,
  describeError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:crypto#src/shift/run.ts
var m = builtin("node:crypto");
var randomUUID = m.randomUUID;

// src/shift/claim.ts
var CLAIM_MARKER = "oncall-shift-claim";
var CLAIM_SETTLE_MS = 3e3;
var CLAIM_STALE_S = 15 * 60;
var CLAIM_ATTEMPTS = 3;
var CLAIM_POST_AFTER_S = 90 * 86400;
function claimApi(slack) {
  const { scheduleMessage, listScheduledMessages, deleteScheduledMessage } = slack;
  if (!scheduleMessage || !listScheduledMessages || !deleteScheduledMessage) return void 0;
  return {
    scheduleMessage: scheduleMessage.bind(slack),
    listScheduledMessages: listScheduledMessages.bind(slack),
    deleteScheduledMessage: deleteScheduledMessage.bind(slack)
  };
}
function claimText(target) {
  return `${CLAIM_MARKER} ${target.key} ${target.shiftDate} ${target.runId} (placeholder that keeps two runs from posting the same on-call shift; it is removed automatically)`;
}
function readClaim(text) {
  const m2 = /^oncall-shift-claim (\S+) (\d{4}-\d{2}-\d{2}) (\S+) /.exec(text);
  return m2 ? { key: m2[1], shiftDate: m2[2], runId: m2[3] } : void 0;
}
function claimOrder(a, b) {
  if (a.dateCreated !== b.dateCreated) return a.dateCreated - b.dateCreated;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
async function claimShift(api, clock, log, target) {
  let mine;
  for (let attempt = 1; !mine; attempt++) {
    try {
      const postAt = Math.floor(clock.now().getTime() / 1e3) + CLAIM_POST_AFTER_S;
      mine = await api.scheduleMessage(target.channel, claimText(target), postAt);
    } catch (error) {
      mine = await api.listScheduledMessages(target.channel).then((list) => list.find((m2) => readClaim(m2.text)?.runId === target.runId)).catch(() => void 0);
      if (!mine && attempt >= CLAIM_ATTEMPTS) return { kind: "unavailable", reason: describeError(error) };
    }
  }
  await clock.sleep(CLAIM_SETTLE_MS);
  let pending;
  try {
    pending = await api.listScheduledMessages(target.channel);
  } catch (error) {
    return { kind: "unavailable", reason: describeError(error) };
  }
  const rivals = [];
  for (const m2 of pending) {
    const claim = readClaim(m2.text);
    if (!claim) continue;
    if (m2.dateCreated < mine.dateCreated - CLAIM_STALE_S) {
      await api.deleteScheduledMessage(target.channel, m2.id).then(
        () => log.info(
          `Removed a claim left by a run that did not finish (${claim.shiftDate}, run ${claim.runId}).`
        ),
        (error) => log.debug(`Could not remove the stale claim ${m2.id}: ${describeError(error)}`)
      );
      continue;
    }
    if (claim.key === target.key && claim.shiftDate === target.shiftDate) rivals.push(m2);
  }
  if (!rivals.some((m2) => m2.id === mine.id)) rivals.push(mine);
  const winner = [...rivals].sort(claimOrder)[0];
  return readClaim(winner.text)?.runId === target.runId ? { kind: "won", claim: winner } : { kind: "lost", claim: mine, winner };
}
async function claimPending(api, channel, id) {
  return (await api.listScheduledMessages(channel)).some((m2) => m2.id === id);
}
async function releaseClaims(api, log, target, known) {
  try {
    const ids = new Set(known ? [known.id] : []);
    for (const m2 of await api.listScheduledMessages(target.channel)) {
      if (readClaim(m2.text)?.runId === target.runId) ids.add(m2.id);
    }
    for (const id of ids) await api.deleteScheduledMessage(target.channel, id);
  } catch (error) {
    log.warning(
      `Could not remove this run's claim in ${target.channel} (${describeError(error)}); a later run removes it once it is ${CLAIM_STALE_S / 60} min old`
    );
  }
}

// src/shift/lookup.ts
var LOOKUP_PAGE_SIZE = 200;
var MAX_LOOKUP_CALLS = 60;
async function findEarliestMessage(read, from, to, matches, options = {}) {
  const maxCalls = options.maxCalls ?? MAX_LOOKUP_CALLS;
  let calls = 0;
  const earliestIn = async (a, b) => {
    if (a > b) return void 0;
    if (calls >= maxCalls) {
      throw new RemoteError(
        `Slack history: ${options.describe ?? "the lookup"} read ${calls} pages of channel history between ${formatMicros(BigInt(toMicros(from)))} and ${formatMicros(BigInt(toMicros(to)))} without finishing; nothing was written so as not to write twice. The channel is unusually busy: re-run later`
      );
    }
    calls += 1;
    const page = await read({ oldest: formatMicros(a), latest: formatMicros(b), limit: LOOKUP_PAGE_SIZE });
    const last = page.messages[page.messages.length - 1];
    const inPage = earliestMatch(page.messages, matches);
    if (!page.nextCursor || !last) return inPage;
    const before = await halves(a, toMicros(last.ts) - 1n);
    return before ?? inPage;
  };
  const halves = async (a, b) => {
    if (a > b) return void 0;
    const mid = (a + b) / 2n;
    return await earliestIn(a, mid) ?? await earliestIn(mid + 1n, b);
  };
  return earliestIn(toMicros(from), toMicros(to));
}
function earliestMatch(messages, matches) {
  let best;
  for (const m2 of messages) {
    if (m2.threadTs !== void 0 && m2.threadTs !== m2.ts) continue;
    if (matches(m2) && (!best || toMicros(m2.ts) < toMicros(best.ts))) best = m2;
  }
  return best;
}
function slackTs(date) {
  return formatMicros(BigInt(date.getTime()) * 1000n);
}
function toMicros(ts) {
  const [seconds = "0", fraction = ""] = ts.split(".");
  return BigInt(seconds) * 1000000n + BigInt(fraction.padEnd(6, "0").slice(0, 6) || "0");
}
function formatMicros(micros) {
  const seconds = micros / 1000000n;
  const fraction = micros % 1000000n;
  return `${seconds}.${fraction.toString().padStart(6, "0")}`;
}

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
var WINNER_WAIT_MS = 12e4;
var WINNER_POLL_MS = 5e3;
var CLAIM_ROUNDS = 3;
var TOPIC_ATTEMPTS = 2;
async function runShift(deps, settings) {
  const { log } = deps;
  const now = settings.at ?? deps.clock.now();
  const window = shiftWindow(now, settings.timeZone, settings.handover, {
    upcomingWithinMs: settings.upcomingWithinMs
  });
  const base = {
    window,
    oncallUserIds: [],
    unmapped: [],
    lookupFailed: []
  };
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
  const { mentions, unmapped, lookupFailed } = await resolveUsers(deps, plan.users);
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
    unmapped,
    lookupFailed
  };
  if (lookupFailed.length > 0 && !settings.dryRun) {
    log.error(
      `Shift ${window.shiftDate}: could not look up ${lookupFailed.map((u) => u.name).join(", ")} in Slack; shown by name without a mention. The job fails so that the backup run completes the user group.`
    );
    result.exitCode = 1;
  }
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
  const writer = {
    deps,
    slack,
    settings,
    plan,
    mentions,
    runId,
    key: shiftKey(settings.targets),
    // Every lookup is bounded by the shift itself: a post for this shift can only have been made from the
    // earliest "upcoming" run (minus a margin for clock skew) until the shift ends.
    from: new Date(window.start.getTime() - settings.upcomingWithinMs - HISTORY_MARGIN_MS),
    to: new Date(window.end.getTime() + HISTORY_MARGIN_MS)
  };
  const claim = await takeClaim(writer, allNobody);
  let ts;
  try {
    if (claim.kind === "settled") {
      ts = reportExisting(writer, claim.post, message, result);
    } else if (claim.kind === "busy") {
      log.error(
        `Shift ${window.shiftDate}: another run holds the claim on this shift and did not finish within ${WINNER_WAIT_MS / 1e3} s; nothing written. Re-run later: a run finds the post or posts it.`
      );
      result.status = "in-progress";
      result.exitCode = 1;
    } else {
      const existing = claim.kind === "won" ? await findShiftPost(writer) : claim.existing;
      ts = existing ? await completeExisting(writer, existing, message, allNobody, result) : await postNew(writer, message, allNobody, result);
    }
  } finally {
    if (claim.kind === "won") await releaseClaims(claim.api, log, claimTarget(writer), claim.claim);
    else if (claim.kind === "unavailable" && claim.api)
      await releaseClaims(claim.api, log, claimTarget(writer));
  }
  if (ts !== void 0) result.messageTs = ts;
  if (!allNobody && settings.userGroup)
    await syncUserGroup(deps, slack, settings.userGroup, plan, mentions, lookupFailed, result);
  if (ts !== void 0) {
    try {
      result.permalink = await slack.getPermalink(settings.channel, ts);
    } catch (error) {
      log.warning(`Could not get a permalink for ${settings.channel} ${ts}: ${describeError(error)}`);
    }
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
  const lookupFailed = [];
  if (!deps.users) return { mentions, unmapped, lookupFailed };
  const people = await Promise.all(users.map((u) => deps.users.resolve(u)));
  users.forEach((u, i) => {
    const person = people[i];
    if (person?.kind === "user") mentions.set(u.id, person.userId);
    else {
      unmapped.push(u);
      if (person?.lookupFailed) lookupFailed.push(u);
    }
  });
  return { mentions, unmapped, lookupFailed };
}
async function findShiftPost(w) {
  const { slack, settings } = w;
  const shiftDate = w.plan.window.shiftDate;
  const isOurs = (p) => p.key === w.key && p.shift_date === shiftDate;
  return findEarliestMessage(
    readRange(slack, settings.channel),
    slackTs(w.from),
    slackTs(w.to),
    (m2) => m2.metadata?.eventType === SHIFT_EVENT_TYPE && isOurs(m2.metadata.payload),
    { describe: `the search for the ${shiftDate} shift post` }
  );
}
async function hasPendingWork(w, existing, allNobody) {
  if (allNobody) return false;
  if (existing.metadata?.payload.status === "nobody") return true;
  return (await pendingFollowUps(w, existing.ts)).length > 0;
}
async function pendingFollowUps(w, postTs) {
  const pending = [];
  const notice = handoverNotice(w, postTs);
  if (notice && !await noticePosted(w, postTs, notice)) pending.push("handover notice");
  if (w.settings.updateTopic && !await topicSet(w, postTs, topicOf(w))) pending.push("topic");
  return pending;
}
function handoverNotice(w, postTs) {
  if (!w.settings.handoverNotice) return void 0;
  const notice = buildHandoverNotice(
    w.plan,
    { channel: w.settings.channel, language: w.settings.language, mentions: w.mentions },
    postTs
  );
  return notice && { ...notice, metadata: handoverMetadata(w.plan, w.settings.targets, w.runId) };
}
function topicOf(w) {
  return buildTopic(w.plan, { language: w.settings.language, mentions: w.mentions });
}
async function noticePosted(w, postTs, notice) {
  const replies = await w.slack.listReplies(w.settings.channel, postTs);
  return replies.some(
    (r) => r.metadata?.eventType === HANDOVER_EVENT_TYPE ? r.metadata.payload.key === w.key && r.metadata.payload.shift_date === w.plan.window.shiftDate : r.text === notice.text
  );
}
async function topicSet(w, postTs, topic) {
  const wanted = normalizeTopic(topic);
  const change = await findEarliestMessage(
    readRange(w.slack, w.settings.channel),
    postTs,
    slackTs(w.to),
    (m2) => m2.subtype === "channel_topic" && m2.topic !== void 0 && normalizeTopic(m2.topic) === wanted,
    { describe: "the search for the topic change" }
  );
  return change !== void 0;
}
function readRange(slack, channel) {
  return (range) => slack.readHistory(channel, { ...range, inclusive: true });
}
function normalizeTopic(topic) {
  return topic.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").trim();
}
function claimTarget(w) {
  return { channel: w.settings.channel, key: w.key, shiftDate: w.plan.window.shiftDate, runId: w.runId };
}
async function takeClaim(w, allNobody) {
  const { clock, log } = w.deps;
  const api = claimApi(w.slack);
  const target = claimTarget(w);
  for (let round = 0; round < CLAIM_ROUNDS; round++) {
    const existing = await findShiftPost(w);
    if (existing && !await hasPendingWork(w, existing, allNobody))
      return { kind: "settled", post: existing };
    if (!api) return { kind: "unavailable", ...existing ? { existing } : {} };
    const outcome = await claimShift(api, clock, log, target);
    if (outcome.kind === "unavailable") {
      log.warning(
        `Shift ${target.shiftDate}: could not claim the shift (${outcome.reason}); writing without a claim. A simultaneous run would then post too, and the later post is deleted again.`
      );
      return { kind: "unavailable", api, ...existing ? { existing } : {} };
    }
    if (outcome.kind === "won") return { kind: "won", api, claim: outcome.claim };
    await releaseClaims(api, log, target, outcome.claim);
    log.info(`Shift ${target.shiftDate}: another run is writing this shift; waiting for it to finish.`);
    if (!await waitUntilReleased(w, api, outcome.winner)) return { kind: "busy" };
  }
  return { kind: "busy" };
}
async function waitUntilReleased(w, api, winner) {
  for (let waited = 0; waited < WINNER_WAIT_MS; waited += WINNER_POLL_MS) {
    await w.deps.clock.sleep(WINNER_POLL_MS);
    if (!await claimPending(api, w.settings.channel, winner.id)) return true;
  }
  return false;
}
function reportExisting(w, existing, message, result) {
  w.deps.log.info(
    `Shift ${w.plan.window.shiftDate}: already posted in ${w.settings.channel} (ts ${existing.ts}); nothing posted.`
  );
  result.status = "already-posted";
  result.message = existingAsMessage(w.settings.channel, existing) ?? message;
  return existing.ts;
}
async function completeExisting(w, existing, message, allNobody, result) {
  const { log } = w.deps;
  if (existing.metadata?.payload.status === "nobody" && !allNobody) {
    const { channel: _channel, threadTs: _thread, ...content } = message;
    await w.slack.updateMessage(w.settings.channel, existing.ts, content);
    log.info(
      `Shift ${w.plan.window.shiftDate}: replaced the earlier nobody-on-call warning (ts ${existing.ts}) with the post.`
    );
    result.status = "updated";
  } else {
    reportExisting(w, existing, message, result);
  }
  if (!allNobody) await runFollowUps(w, existing.ts, result, await pendingFollowUps(w, existing.ts));
  return existing.ts;
}
async function postNew(w, message, allNobody, result) {
  const { slack, settings, deps } = w;
  const shiftDate = w.plan.window.shiftDate;
  const posted = await slack.postMessage(message, { findAfter: w.from });
  const earliest = await findShiftPost(w);
  if (earliest && compareTs(earliest.ts, posted.ts) < 0) {
    if (slack.deleteMessage) {
      await slack.deleteMessage(settings.channel, posted.ts);
      deps.log.info(
        `Shift ${shiftDate}: another run posted first (ts ${earliest.ts}); removed this run's copy.`
      );
    } else {
      deps.log.warning(
        `Shift ${shiftDate}: another run posted the same shift first (ts ${earliest.ts}) and this Slack client cannot delete messages; remove the later copy (ts ${posted.ts}) by hand.`
      );
    }
    result.status = allNobody ? "nobody" : "already-posted";
    return earliest.ts;
  }
  deps.log.info(`Shift ${shiftDate}: posted to ${settings.channel} (ts ${posted.ts}).`);
  if (!allNobody) {
    const all = [];
    if (handoverNotice(w, posted.ts)) all.push("handover notice");
    if (settings.updateTopic) all.push("topic");
    await runFollowUps(w, posted.ts, result, all, true);
  }
  return posted.ts;
}
async function runFollowUps(w, ts, result, pending, fresh = false) {
  const { log, clock } = w.deps;
  const done = [];
  const notice = pending.includes("handover notice") ? handoverNotice(w, ts) : void 0;
  if (notice) {
    try {
      await w.slack.postMessage(notice, { findAfter: tsToDate(ts) });
      done.push("handover notice");
    } catch (error) {
      log.error(
        `Could not post the handover notice in the thread of ${ts}: ${describeError(error)}. The backup run posts it.`
      );
      result.exitCode = 1;
    }
  }
  if (pending.includes("topic")) {
    const topic = topicOf(w);
    for (let attempt = 1; ; attempt++) {
      try {
        await w.slack.setTopic(w.settings.channel, topic);
        done.push("topic");
        break;
      } catch (error) {
        const landed = await topicSet(w, ts, topic).catch(() => false);
        if (landed) {
          done.push("topic");
          break;
        }
        if (attempt >= TOPIC_ATTEMPTS) {
          log.error(
            `Could not update the topic of ${w.settings.channel}: ${describeError(error)}. The backup run sets it.`
          );
          result.exitCode = 1;
          break;
        }
        await clock.sleep(1e3);
      }
    }
  }
  if (!fresh && done.length > 0) {
    log.info(
      `Shift ${w.plan.window.shiftDate}: completed what an earlier run left undone: ${done.join(", ")}.`
    );
    result.repaired = [...result.repaired ?? [], ...done];
  }
}
async function syncUserGroup(deps, slack, userGroup, plan, mentions, lookupFailed, result) {
  const incoming = plan.groups.flatMap((g) => g.handover.incoming);
  const ids = unique(incoming.map((u) => mentions.get(u.id)).filter((id) => !!id));
  const unconfirmed = unique(incoming.filter((u) => lookupFailed.some((f) => f.id === u.id)));
  let current;
  if (slack.getUserGroupMembers) {
    try {
      current = await slack.getUserGroupMembers(userGroup);
    } catch (error) {
      deps.log.warning(`Could not read the members of user group ${userGroup}: ${describeError(error)}`);
    }
  }
  let target = ids;
  if (unconfirmed.length > 0) {
    const names = unconfirmed.map((u) => u.name).join(", ");
    result.exitCode = 1;
    if (!current) {
      deps.log.error(
        `User group ${userGroup} left unchanged: ${names} could not be looked up in Slack and the group's members could not be read. The backup run completes it.`
      );
      return;
    }
    target = unique([...current, ...ids]);
    deps.log.error(
      `User group ${userGroup}: ${names} could not be looked up in Slack, so nobody is removed from the group this run (its previous members stay). The backup run completes it.`
    );
  }
  if (target.length === 0) {
    deps.log.warning(
      `User group ${userGroup} left unchanged: none of the on-call people has a Slack account we found.`
    );
    return;
  }
  if (current && sameMembers(current, target)) {
    deps.log.info(`User group ${userGroup} already has exactly ${target.join(", ")}.`);
    return;
  }
  try {
    await slack.setUserGroupMembers(userGroup, target);
    deps.log.info(`User group ${userGroup} now has ${target.length} member(s): ${target.join(", ")}.`);
  } catch (error) {
    deps.log.error(`Could not update user group ${userGroup}: ${describeError(error)}`);
    result.exitCode = 1;
  }
}
function sameMembers(a, b) {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}
function tsToDate(ts) {
  return new Date(Number(toMicros(ts) / 1000n));
}
function existingAsMessage(channel, m2) {
  return {
    channel,
    text: m2.text,
    ...m2.blocks ? { blocks: m2.blocks } : {},
    ...m2.metadata ? { metadata: m2.metadata } : {}
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
  runShift
};
