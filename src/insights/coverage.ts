/**
 * Coverage of a runbook change: the same incident titles replayed through the base and the head rule sets.
 * Pure: titles and two matchers in, differences out. Titles are read as the alert path reads them (`readAlert`).
 */
import type { Matcher } from '../runbooks/matcher.js';
import type { IndexedRunbook } from '../runbooks/types.js';
import { readAlert } from '../runbooks/titles.js';

/** A distinct incident title of the period with how many incidents carried it. */
export interface TitleSample {
  title: string;
  service?: { id: string; name: string };
  count: number;
}

export interface CoverageChange {
  title: string;
  count: number;
  before: string | null;
  after: string | null;
}

export interface CoverageTie {
  title: string;
  count: number;
  /** Runbooks matched with the winner's priority, winner first (the winner then decided by evidence and id). */
  runbooks: string[];
  priority: number;
}

export interface CoverageResult {
  /** Incidents replayed (the sum of the samples' counts) and distinct titles. */
  incidents: number;
  titles: number;
  matchedBefore: number;
  matchedAfter: number;
  newlyMatched: CoverageChange[];
  lost: CoverageChange[];
  winnerChanged: CoverageChange[];
  ties: CoverageTie[];
}

/** Per-title differences, most incidents first; `head` is the rule set whose same-priority ties are reported. */
export function compareCoverage(
  samples: readonly TitleSample[],
  base: Matcher,
  head: { matcher: Matcher; runbooks: readonly IndexedRunbook[] },
): CoverageResult {
  const priority = new Map(head.runbooks.map((r) => [r.id, r.priority]));
  const result: CoverageResult = {
    incidents: 0,
    titles: samples.length,
    matchedBefore: 0,
    matchedAfter: 0,
    newlyMatched: [],
    lost: [],
    winnerChanged: [],
    ties: [],
  };
  for (const sample of samples) {
    const reading = readAlert(sample.title);
    const alert = { text: reading.text, ...(sample.service ? { service: sample.service } : {}) };
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
  const byCount = (a: { count: number; title: string }, b: { count: number; title: string }) =>
    b.count - a.count || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
  result.newlyMatched.sort(byCount);
  result.lost.sort(byCount);
  result.winnerChanged.sort(byCount);
  result.ties.sort(byCount);
  return result;
}

/** Distinct titles (per service) with their incident counts. */
export function sampleTitles(
  incidents: readonly { title: string; service: { id: string; name: string } }[],
): TitleSample[] {
  const byKey = new Map<string, TitleSample>();
  for (const incident of incidents) {
    const key = `${incident.service.id}\u0000${incident.title}`;
    const sample = byKey.get(key);
    if (sample) sample.count++;
    else byKey.set(key, { title: incident.title, service: { ...incident.service }, count: 1 });
  }
  return [...byKey.values()];
}
