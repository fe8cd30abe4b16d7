import {
  classify
} from "./chunk-RIV4JU6R.js";
import {
  readAlert
} from "./chunk-QB6QIQAD.js";
import {
  bold,
  code,
  escapeMrkdwn,
  escapeName,
  link
} from "./chunk-IA4VIC32.js";
import {
  describeError
} from "./chunk-BYBTV2RS.js";

// src/alert/last-time.ts
var LAST_TIME_EVENT_TYPE = "oncall_last_time";
var DEFAULT_LAST_TIME = { limit: 3, days: 90, maxPages: 2 };
var NOTES_SHOWN = 3;
var NOTE_CHARS = 300;
var MAX_DAYS = 180;
var EN = {
  title: "Last time",
  earlier: (n) => n === 1 ? "1 earlier incident" : `${n} earlier incidents`,
  sameRunbookOrAlert: (r) => `the same runbook (${r}) or the same alert`,
  sameAlert: "the same alert",
  intro: (t, e, w, d) => `${t} \u2014 ${e} with ${w} in the past ${d} days:`,
  resolvedBy: (n) => `resolved by ${n}`,
  resolved: "resolved",
  after: (d) => `after ${d}`,
  sameAlertTag: "same alert",
  notesUnread: "_(notes could not be read from PagerDuty)_",
  noNotes: "_(no notes in PagerDuty)_",
  fallback: (n, r, d) => `Last time: ${n} earlier incident(s) with ${r ? "the same runbook or " : ""}the same alert in the past ${d} days`,
  units: { min: " min", h: " h", d: " d" }
};
var JA = {
  title: "\u524D\u56DE\u306E\u5BFE\u5FDC",
  earlier: (n) => `\u30A4\u30F3\u30B7\u30C7\u30F3\u30C8 ${n} \u4EF6`,
  sameRunbookOrAlert: (r) => `\u540C\u3058\u30E9\u30F3\u30D6\u30C3\u30AF (${r}) \u307E\u305F\u306F\u540C\u3058\u30A2\u30E9\u30FC\u30C8`,
  sameAlert: "\u540C\u3058\u30A2\u30E9\u30FC\u30C8",
  intro: (t, e, w, d) => `${t} \u2014 \u904E\u53BB ${d} \u65E5\u9593\u306B${w}\u3067\u8D77\u304D\u305F${e}:`,
  resolvedBy: (n) => `${n} \u304C\u89E3\u6C7A`,
  resolved: "\u89E3\u6C7A\u6E08\u307F",
  after: (d) => `\u6240\u8981 ${d}`,
  sameAlertTag: "\u540C\u3058\u30A2\u30E9\u30FC\u30C8",
  notesUnread: "_(PagerDuty \u304B\u3089\u30E1\u30E2\u3092\u8AAD\u3081\u307E\u305B\u3093\u3067\u3057\u305F)_",
  noNotes: "_(PagerDuty \u306B\u30E1\u30E2\u306F\u3042\u308A\u307E\u305B\u3093)_",
  fallback: (n, r, d) => `\u524D\u56DE\u306E\u5BFE\u5FDC: \u904E\u53BB ${d} \u65E5\u9593\u306B${r ? "\u540C\u3058\u30E9\u30F3\u30D6\u30C3\u30AF\u307E\u305F\u306F" : ""}\u540C\u3058\u30A2\u30E9\u30FC\u30C8\u3067\u8D77\u304D\u305F\u30A4\u30F3\u30B7\u30C7\u30F3\u30C8 ${n} \u4EF6`,
  units: { min: " \u5206", h: " \u6642\u9593", d: " \u65E5" }
};
var STRINGS = { en: EN, ja: JA };
var LastTimeCache = class {
  lists = /* @__PURE__ */ new Map();
  notes = /* @__PURE__ */ new Map();
  list(key, load) {
    return remember(this.lists, key, load);
  }
  notesOf(incidentId, load) {
    return remember(this.notes, incidentId, load);
  }
};
function remember(map, key, load) {
  const known = map.get(key);
  if (known) return known;
  const pending = load();
  map.set(key, pending);
  pending.catch(() => map.delete(key));
  return pending;
}
function alertKey(title) {
  const read = readAlert(title).title;
  return (read.alertName || read.title).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
function similarIncidents(current, candidates, match, limit) {
  const key = alertKey(current.title);
  const earlier = candidates.filter(
    (i) => i.id !== current.id && i.status === "resolved" && i.createdAt < current.createdAt
  );
  const classified = classify(earlier.map(toRecord), { match, size: 0 });
  return classified.map((c, i) => ({
    incident: earlier[i],
    sameRunbook: current.runbookId !== void 0 && c.runbook?.id === current.runbookId,
    sameAlert: key !== "" && alertKey(c.record.title) === key
  })).filter((c) => c.sameRunbook || c.sameAlert).sort((a, b) => b.incident.createdAt.getTime() - a.incident.createdAt.getTime()).slice(0, Math.max(0, limit)).map(({ incident, sameRunbook }) => ({ incident, sameRunbook }));
}
function toRecord(incident) {
  return {
    id: incident.id,
    title: incident.title,
    service: { id: incident.service.id, name: incident.service.name },
    createdAt: incident.createdAt.getTime(),
    reopened: false,
    merged: false,
    escalations: 0,
    autoResolved: false,
    timelineMissing: true
  };
}
function resolver(incident) {
  const by = incident.lastStatusChangeBy;
  if (!by || !/^user/.test(by.type ?? "")) return void 0;
  return by.name;
}
function formatDuration(ms, language = "en") {
  const u = STRINGS[language].units;
  const minutes = Math.max(0, Math.round(ms / 6e4));
  if (minutes < 60) return `${minutes}${u.min}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours}${u.h} ${minutes % 60}${u.min}` : `${hours}${u.h}`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days}${u.d} ${hours % 24}${u.h}` : `${days}${u.d}`;
}
function when(date) {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function clip(text, max) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}\u2026`;
}
function buildLastTimeReply(input) {
  const { past } = input;
  const language = input.language ?? "en";
  const s = STRINGS[language];
  const what = input.runbookId ? s.sameRunbookOrAlert(code(input.runbookId)) : s.sameAlert;
  const intro = `:repeat: ${s.intro(bold(s.title), s.earlier(past.length), what, input.days)}`;
  const blocks = [{ type: "section", text: { type: "mrkdwn", text: intro } }];
  for (const p of past) {
    const label = escapeMrkdwn(`${p.number !== void 0 ? `#${p.number} ` : ""}${clip(p.title, 150)}`);
    const title = p.htmlUrl ? link(p.htmlUrl, `${p.number !== void 0 ? `#${p.number} ` : ""}${clip(p.title, 150)}`) : label;
    const facts = [when(p.createdAt)];
    facts.push(p.resolvedBy ? s.resolvedBy(escapeName(p.resolvedBy)) : s.resolved);
    if (p.resolvedAt) {
      facts.push(s.after(formatDuration(p.resolvedAt.getTime() - p.createdAt.getTime(), language)));
    }
    if (!p.sameRunbook) facts.push(s.sameAlertTag);
    const lines = [`\u2022 ${title} \u2014 ${facts.join(" \xB7 ")}`];
    const notes = p.notes.slice(-NOTES_SHOWN);
    for (const note of notes) {
      const author = note.user ? `${escapeName(note.user.name)}: ` : "";
      lines.push(`> ${author}${escapeMrkdwn(clip(note.content, NOTE_CHARS))}`);
    }
    if (p.notesUnread) lines.push(`> ${s.notesUnread}`);
    else if (notes.length === 0) lines.push(`> ${s.noNotes}`);
    blocks.push({ type: "section", text: { type: "mrkdwn", text: lines.join("\n") } });
  }
  return {
    channel: input.channel,
    threadTs: input.threadTs,
    text: s.fallback(past.length, input.runbookId !== void 0, input.days),
    blocks,
    metadata: {
      eventType: LAST_TIME_EVENT_TYPE,
      payload: { incident_id: input.incidentId, count: past.length }
    }
  };
}
async function replyLastTime(deps, input) {
  const settings = { ...DEFAULT_LAST_TIME, ...input.settings };
  const { pagerduty, slack, log } = deps;
  const { incident } = input;
  if (settings.limit < 1) return "none";
  if (!pagerduty.listRecentIncidents || !pagerduty.listIncidentNotes) return "unsupported";
  const list = pagerduty.listRecentIncidents.bind(pagerduty);
  const readNotes = pagerduty.listIncidentNotes.bind(pagerduty);
  const cache = deps.cache ?? new LastTimeCache();
  try {
    const replies = await slack.listReplies(input.channel, input.threadTs);
    if (replies.some(
      (m) => m.metadata?.eventType === LAST_TIME_EVENT_TYPE && m.metadata.payload.incident_id === incident.id
    )) {
      log.info(`Incident ${incident.id} already has its "last time" reply; not posting again.`);
      return "already-posted";
    }
    const days = Math.min(Math.max(1, settings.days), MAX_DAYS);
    const until = incident.createdAt;
    const since = new Date(until.getTime() - days * 864e5);
    const listed = await cache.list(
      `${since.toISOString()}/${until.toISOString()}/${settings.maxPages}`,
      async () => {
        const read = await list({ since, until, statuses: ["resolved"], maxPages: settings.maxPages });
        if (!read.complete) {
          log.info(
            `"Last time": read the newest ${read.incidents.length} resolved incidents of the past ${days} days only.`
          );
        }
        return read.incidents;
      }
    );
    const similar = similarIncidents(incident, listed, input.match, settings.limit);
    if (similar.length === 0) {
      log.info(`"Last time": no earlier incident like ${incident.id} in the past ${days} days.`);
      return "none";
    }
    const past = await Promise.all(
      similar.map(async ({ incident: earlier, sameRunbook }) => {
        let notes = [];
        let notesUnread = false;
        try {
          notes = await cache.notesOf(earlier.id, () => readNotes(earlier.id));
        } catch (error) {
          notesUnread = true;
          log.warning(
            `"Last time": could not read the notes of incident ${earlier.id} (${describeError(error)}).`
          );
        }
        const by = resolver(earlier);
        const resolvedAt = earlier.resolvedAt ?? earlier.lastStatusChangeAt;
        return {
          id: earlier.id,
          ...earlier.number !== void 0 ? { number: earlier.number } : {},
          title: earlier.title,
          htmlUrl: earlier.htmlUrl,
          createdAt: earlier.createdAt,
          ...resolvedAt ? { resolvedAt } : {},
          ...by ? { resolvedBy: by } : {},
          sameRunbook,
          notes,
          ...notesUnread ? { notesUnread } : {}
        };
      })
    );
    const message = buildLastTimeReply({
      channel: input.channel,
      threadTs: input.threadTs,
      incidentId: incident.id,
      past,
      days,
      ...incident.runbookId ? { runbookId: incident.runbookId } : {},
      ...input.language ? { language: input.language } : {}
    });
    await slack.postMessage(message, { findAfter: new Date(Number(input.threadTs) * 1e3) });
    log.info(
      `"Last time": listed ${past.length} earlier incident(s) in the thread of incident ${incident.id}.`
    );
    return "posted";
  } catch (error) {
    log.warning(
      `Could not add the "last time" reply to incident ${incident.id} (${describeError(error)}); the incident message is unaffected.`
    );
    return "failed";
  }
}

export {
  LAST_TIME_EVENT_TYPE,
  DEFAULT_LAST_TIME,
  LastTimeCache,
  alertKey,
  similarIncidents,
  formatDuration,
  buildLastTimeReply,
  replyLastTime
};
