import {
  readAlert
} from "./chunk-QB6QIQAD.js";
import "./chunk-GIGNEGIA.js";

// src/insights/coverage.ts
function compareCoverage(samples, base, head) {
  const priority = new Map(head.runbooks.map((r) => [r.id, r.priority]));
  const result = {
    incidents: 0,
    titles: samples.length,
    matchedBefore: 0,
    matchedAfter: 0,
    newlyMatched: [],
    lost: [],
    winnerChanged: [],
    ties: []
  };
  for (const sample of samples) {
    const reading = readAlert(sample.title);
    const alert = { text: reading.text, ...sample.service ? { service: sample.service } : {} };
    const before = base.match(alert)[0]?.id ?? null;
    const afterMatches = head.matcher.match(alert);
    const after = afterMatches[0]?.id ?? null;
    result.incidents += sample.count;
    if (before !== null) result.matchedBefore += sample.count;
    if (after !== null) result.matchedAfter += sample.count;
    const change = { title: sample.title, count: sample.count, before, after };
    if (before === null && after !== null) result.newlyMatched.push(change);
    else if (before !== null && after === null) result.lost.push(change);
    else if (before !== after) result.winnerChanged.push(change);
    if (after !== null) {
      const top = priority.get(after) ?? 0;
      const tied = afterMatches.filter((m) => (priority.get(m.id) ?? 0) === top).map((m) => m.id);
      if (tied.length > 1)
        result.ties.push({ title: sample.title, count: sample.count, runbooks: tied, priority: top });
    }
  }
  const byCount = (a, b) => b.count - a.count || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  result.newlyMatched.sort(byCount);
  result.lost.sort(byCount);
  result.winnerChanged.sort(byCount);
  result.ties.sort(byCount);
  return result;
}
function sampleTitles(incidents) {
  const byKey = /* @__PURE__ */ new Map();
  for (const incident of incidents) {
    const key = `${incident.service.id}\0${incident.title}`;
    const sample = byKey.get(key);
    if (sample) sample.count++;
    else byKey.set(key, { title: incident.title, service: { ...incident.service }, count: 1 });
  }
  return [...byKey.values()];
}
export {
  compareCoverage,
  sampleTitles
};
