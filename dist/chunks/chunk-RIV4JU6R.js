import {
  localParts
} from "./chunk-KR57FXBU.js";
import {
  readAlert
} from "./chunk-QB6QIQAD.js";

// src/insights/skeleton.ts
var MAX_ID_LENGTH = 64;
function skeletonId(alertName) {
  const id = alertName.normalize("NFKD").replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, MAX_ID_LENGTH).replace(/-+$/, "");
  return id === "" ? "unmatched-alert" : id;
}
function quoted(text) {
  return JSON.stringify(text);
}
function runbookSkeleton(id, alertName, titles) {
  return [
    "# yaml-language-server: $schema=./schema/runbook-v1.schema.json",
    `id: ${id}`,
    `title: ${quoted(alertName)}`,
    `# Link the document responders read: doc: ${id}.md (a file next to this one) or url: https://\u2026`,
    "match:",
    "  any:",
    `    - ${quoted(alertName)}`,
    "tests:",
    "  match:",
    ...titles.map((t) => `    - ${quoted(t)}`),
    ""
  ].join("\n");
}

// src/insights/figures.ts
function nearestRank(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1];
}
function durationFigure(durations, excluded) {
  durations.sort((a, b) => a - b);
  return {
    count: durations.length,
    medianMs: nearestRank(durations, 0.5),
    p90Ms: nearestRank(durations, 0.9),
    excluded
  };
}
function bump(map, reason) {
  map[reason] = (map[reason] ?? 0) + 1;
}
function groupFigures(records) {
  const tta = [];
  const ttr = [];
  const ttaExcluded = {};
  const ttrExcluded = {};
  let escalations = 0;
  let escalatedIncidents = 0;
  let neverAcknowledged = 0;
  let reopened = 0;
  let merged = 0;
  let timelineMissing = 0;
  for (const r of records) {
    escalations += r.escalations;
    if (r.escalations > 0) escalatedIncidents++;
    if (r.reopened) reopened++;
    if (r.merged) {
      merged++;
      bump(ttaExcluded, "merged");
      bump(ttrExcluded, "merged");
      continue;
    }
    if (r.timelineMissing) {
      timelineMissing++;
      bump(ttaExcluded, "timeline-missing");
      bump(ttrExcluded, "timeline-missing");
      continue;
    }
    if (r.firstAcknowledgedAt === void 0) {
      neverAcknowledged++;
      bump(ttaExcluded, "never-acknowledged");
    } else {
      tta.push(Math.max(0, r.firstAcknowledgedAt - r.createdAt));
    }
    if (r.resolvedAt === void 0) bump(ttrExcluded, "unresolved");
    else ttr.push(Math.max(0, r.resolvedAt - r.createdAt));
  }
  return {
    count: records.length,
    mtta: durationFigure(tta, ttaExcluded),
    mttr: durationFigure(ttr, ttrExcluded),
    escalations,
    escalatedIncidents,
    neverAcknowledged,
    reopened,
    merged,
    timelineMissing
  };
}
function trendOf(figures) {
  return { count: figures.count, mttaMedianMs: figures.mtta.medianMs, mttrMedianMs: figures.mttr.medianMs };
}
function classify(records, matcher) {
  return records.map((record) => {
    const reading = readAlert(record.title);
    const best = matcher.match({ text: reading.text, service: record.service })[0];
    return {
      record,
      alertName: reading.title.alertName || reading.title.title,
      runbook: best ? { id: best.id, title: best.title } : null
    };
  });
}
function groupBy(items, keyOf) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}
var EMPTY_TREND = { count: 0, mttaMedianMs: null, mttrMedianMs: null };
function groups(current, previous, keyOf, labelOf) {
  const withKey = (list) => groupBy(
    list.filter((c) => keyOf(c) !== null),
    (c) => keyOf(c)
  );
  const now = withKey(current);
  const before = withKey(previous);
  return [...now].map(([key, items]) => {
    const prev = before.get(key);
    return {
      key,
      label: labelOf(items[0]),
      ...groupFigures(items.map((c) => c.record)),
      previous: prev ? trendOf(groupFigures(prev.map((c) => c.record))) : EMPTY_TREND
    };
  }).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function minutesOf(hhmm) {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}
function outsideWorkingHours(instant, hours) {
  const p = localParts(instant, hours.timeZone);
  const date = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  const nonBusinessDay = weekday === 0 || weekday === 6 || hours.nonBusinessDates.has(date);
  const minute = p.hour * 60 + p.minute;
  const outside = nonBusinessDay || minute < minutesOf(hours.start) || minute >= minutesOf(hours.end);
  return { outside, nonBusinessDay };
}
function localDates(records, timeZone) {
  const dates = /* @__PURE__ */ new Set();
  for (const r of records) {
    const p = localParts(r.createdAt, timeZone);
    dates.add(`${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`);
  }
  return [...dates].sort();
}
function computeFigures(current, previous, matcher, options) {
  const now = classify(current, matcher);
  const before = classify(previous, matcher);
  const team = { ...groupFigures(current), previous: trendOf(groupFigures(previous)) };
  const services = groups(
    now,
    before,
    (c) => c.record.service.id,
    (c) => c.record.service.name
  );
  const runbooks = groups(
    now,
    before,
    (c) => c.runbook?.id ?? null,
    (c) => c.runbook.title
  );
  const split = (matched) => {
    const pick = (list) => list.filter((c) => c.runbook !== null === matched).map((c) => c.record);
    return {
      key: matched ? "matched" : "unmatched",
      label: matched ? "Matched a runbook" : "No runbook",
      ...groupFigures(pick(now)),
      previous: trendOf(groupFigures(pick(before)))
    };
  };
  const noisiest = [...groupBy(now, (c) => c.alertName)].map(([alertName, items]) => {
    const autoResolved = items.filter((c) => c.record.autoResolved).length;
    return { alertName, count: items.length, autoResolved, autoResolvedShare: autoResolved / items.length };
  }).sort((a, b) => b.count - a.count || (a.alertName < b.alertName ? -1 : a.alertName > b.alertName ? 1 : 0)).slice(0, options.noisiestLimit ?? 10);
  const perPerson = /* @__PURE__ */ new Map();
  for (const { record } of now) {
    if (record.merged) continue;
    const { outside, nonBusinessDay } = outsideWorkingHours(record.createdAt, options.workingHours);
    if (!outside) continue;
    const key = record.responder?.id ?? "";
    const entry = perPerson.get(key) ?? { person: record.responder ?? null, count: 0, nonBusinessDays: 0 };
    entry.count++;
    if (nonBusinessDay) entry.nonBusinessDays++;
    perPerson.set(key, entry);
  }
  const outOfHours = [...perPerson.values()].sort(
    (a, b) => b.count - a.count || (a.person?.name ?? "").localeCompare(b.person?.name ?? "", "en")
  );
  const usedIds = /* @__PURE__ */ new Set();
  const unmatchedGroups = [
    ...groupBy(
      now.filter((c) => c.runbook === null),
      (c) => c.alertName
    )
  ].map(([alertName, items]) => {
    const frequency = /* @__PURE__ */ new Map();
    for (const c of items) frequency.set(c.record.title, (frequency.get(c.record.title) ?? 0) + 1);
    const titles = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 5).map(([t]) => t);
    let id = skeletonId(alertName);
    for (let n = 2; usedIds.has(id); n++) id = `${skeletonId(alertName)}-${n}`;
    usedIds.add(id);
    return {
      alertName,
      count: items.length,
      titles,
      skeleton: { id, yaml: runbookSkeleton(id, alertName, titles) }
    };
  }).sort(
    (a, b) => b.count - a.count || (a.alertName < b.alertName ? -1 : a.alertName > b.alertName ? 1 : 0)
  );
  return {
    team,
    services,
    runbooks,
    matched: split(true),
    unmatched: split(false),
    noisiest,
    outOfHours,
    unmatchedGroups
  };
}

export {
  classify,
  localDates,
  computeFigures
};
