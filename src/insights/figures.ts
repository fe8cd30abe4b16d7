/**
 * The report's figures, computed from incident records (see history.ts) and a matcher. Pure: no I/O, no clock.
 * Every definition is in docs/insights.md; every duration figure says how many incidents it excludes and why.
 */
import type { Matcher } from '../runbooks/matcher.js';
import { readAlert } from '../runbooks/titles.js';
import { localParts } from '../shift/window.js';
import type { IncidentRecord, Person } from './history.js';
import { runbookSkeleton, skeletonId } from './skeleton.js';

/** Why an incident is left out of a duration figure. */
export type ExclusionReason = 'merged' | 'timeline-missing' | 'never-acknowledged' | 'unresolved';

/** Median and p90 of a set of durations, with what was left out. */
export interface DurationFigure {
  /** Incidents the figure is computed from. */
  count: number;
  /** Nearest-rank median (milliseconds); null when `count` is 0. */
  medianMs: number | null;
  /** Nearest-rank 90th percentile (milliseconds); null when `count` is 0. */
  p90Ms: number | null;
  /** Incidents of the group left out, per reason (only reasons that occurred). */
  excluded: Partial<Record<ExclusionReason, number>>;
}

/** The figures of one group of incidents (the team, a service, a runbook, matched or unmatched). */
export interface GroupFigures {
  count: number;
  mtta: DurationFigure;
  mttr: DurationFigure;
  /** Escalations in total, and incidents escalated at least once. */
  escalations: number;
  escalatedIncidents: number;
  neverAcknowledged: number;
  reopened: number;
  merged: number;
  timelineMissing: number;
}

/** The same group in the previous period of the same length. */
export interface Trend {
  count: number;
  mttaMedianMs: number | null;
  mttrMedianMs: number | null;
}

export interface Group extends GroupFigures {
  key: string;
  label: string;
  previous: Trend;
}

export interface NoisyAlert {
  alertName: string;
  count: number;
  /** Resolved without acknowledgement by the integration or a timeout. */
  autoResolved: number;
  /** `autoResolved / count`, 0..1. */
  autoResolvedShare: number;
}

export interface OutOfHours {
  person: Person | null;
  count: number;
  /** Of those, on a weekend or public holiday. */
  nonBusinessDays: number;
}

export interface UnmatchedGroup {
  alertName: string;
  count: number;
  /** Distinct real titles, most frequent first (at most 5). */
  titles: string[];
  skeleton: { id: string; yaml: string };
}

export interface Figures {
  team: GroupFigures & { previous: Trend };
  services: Group[];
  runbooks: Group[];
  matched: Group;
  unmatched: Group;
  noisiest: NoisyAlert[];
  outOfHours: OutOfHours[];
  unmatchedGroups: UnmatchedGroup[];
}

export interface WorkingHours {
  /** IANA zone of the team (the shift's `timezone`). */
  timeZone: string;
  /** Local start and end, `HH:MM`, end exclusive. */
  start: string;
  end: string;
  /** Local dates `YYYY-MM-DD` that are not business days (weekends are always counted as such). */
  nonBusinessDates: ReadonlySet<string>;
}

export interface FigureOptions {
  workingHours: WorkingHours;
  /** How many noisy alerts to list (default 10). */
  noisiestLimit?: number;
}

/**
 * Nearest-rank percentile of ascending `sorted` values: the value at rank ⌈p·n⌉ (1-based). Always one of the
 * values, never an interpolation; the median of an even count is the lower middle value.
 */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1]!;
}

function durationFigure(durations: number[], excluded: DurationFigure['excluded']): DurationFigure {
  durations.sort((a, b) => a - b);
  return {
    count: durations.length,
    medianMs: nearestRank(durations, 0.5),
    p90Ms: nearestRank(durations, 0.9),
    excluded,
  };
}

function bump(map: Partial<Record<ExclusionReason, number>>, reason: ExclusionReason): void {
  map[reason] = (map[reason] ?? 0) + 1;
}

/** Count, MTTA, MTTR and escalations of a group (definitions in docs/insights.md). */
export function groupFigures(records: readonly IncidentRecord[]): GroupFigures {
  const tta: number[] = [];
  const ttr: number[] = [];
  const ttaExcluded: DurationFigure['excluded'] = {};
  const ttrExcluded: DurationFigure['excluded'] = {};
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
      bump(ttaExcluded, 'merged');
      bump(ttrExcluded, 'merged');
      continue;
    }
    if (r.timelineMissing) {
      timelineMissing++;
      bump(ttaExcluded, 'timeline-missing');
      bump(ttrExcluded, 'timeline-missing');
      continue;
    }
    if (r.firstAcknowledgedAt === undefined) {
      neverAcknowledged++;
      bump(ttaExcluded, 'never-acknowledged');
    } else {
      tta.push(Math.max(0, r.firstAcknowledgedAt - r.createdAt));
    }
    if (r.resolvedAt === undefined) bump(ttrExcluded, 'unresolved');
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
    timelineMissing,
  };
}

function trendOf(figures: GroupFigures): Trend {
  return { count: figures.count, mttaMedianMs: figures.mtta.medianMs, mttrMedianMs: figures.mttr.medianMs };
}

interface Classified {
  record: IncidentRecord;
  alertName: string;
  runbook: { id: string; title: string } | null;
}

/** Reads each title as the alert path does and finds its winning runbook (service-aware). */
export function classify(records: readonly IncidentRecord[], matcher: Matcher): Classified[] {
  return records.map((record) => {
    const reading = readAlert(record.title);
    const best = matcher.match({ text: reading.text, service: record.service })[0];
    return {
      record,
      alertName: reading.title.alertName || reading.title.title,
      runbook: best ? { id: best.id, title: best.title } : null,
    };
  });
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

const EMPTY_TREND: Trend = { count: 0, mttaMedianMs: null, mttrMedianMs: null };

function groups(
  current: readonly Classified[],
  previous: readonly Classified[],
  keyOf: (c: Classified) => string | null,
  labelOf: (c: Classified) => string,
): Group[] {
  const withKey = (list: readonly Classified[]) =>
    groupBy(
      list.filter((c) => keyOf(c) !== null),
      (c) => keyOf(c)!,
    );
  const now = withKey(current);
  const before = withKey(previous);
  return [...now]
    .map(([key, items]) => {
      const prev = before.get(key);
      return {
        key,
        label: labelOf(items[0]!),
        ...groupFigures(items.map((c) => c.record)),
        previous: prev ? trendOf(groupFigures(prev.map((c) => c.record))) : EMPTY_TREND,
      };
    })
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** True when `instant` falls outside the team's working hours: a non-business local date or outside start–end. */
export function outsideWorkingHours(
  instant: number,
  hours: WorkingHours,
): { outside: boolean; nonBusinessDay: boolean } {
  const p = localParts(instant, hours.timeZone);
  const date = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  const nonBusinessDay = weekday === 0 || weekday === 6 || hours.nonBusinessDates.has(date);
  const minute = p.hour * 60 + p.minute;
  const outside = nonBusinessDay || minute < minutesOf(hours.start) || minute >= minutesOf(hours.end);
  return { outside, nonBusinessDay };
}

/** Local dates (in `timeZone`) the records were created on, for looking up the holiday calendar once per date. */
export function localDates(records: readonly IncidentRecord[], timeZone: string): string[] {
  const dates = new Set<string>();
  for (const r of records) {
    const p = localParts(r.createdAt, timeZone);
    dates.add(`${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`);
  }
  return [...dates].sort();
}

/**
 * Every figure of the report. `current` holds the period's incidents (created inside it), `previous` those of the
 * period of the same length just before (for the trend).
 */
export function computeFigures(
  current: readonly IncidentRecord[],
  previous: readonly IncidentRecord[],
  matcher: Matcher,
  options: FigureOptions,
): Figures {
  const now = classify(current, matcher);
  const before = classify(previous, matcher);
  const team = { ...groupFigures(current), previous: trendOf(groupFigures(previous)) };
  const services = groups(
    now,
    before,
    (c) => c.record.service.id,
    (c) => c.record.service.name,
  );
  const runbooks = groups(
    now,
    before,
    (c) => c.runbook?.id ?? null,
    (c) => c.runbook!.title,
  );
  const split = (matched: boolean): Group => {
    const pick = (list: readonly Classified[]) =>
      list.filter((c) => (c.runbook !== null) === matched).map((c) => c.record);
    return {
      key: matched ? 'matched' : 'unmatched',
      label: matched ? 'Matched a runbook' : 'No runbook',
      ...groupFigures(pick(now)),
      previous: trendOf(groupFigures(pick(before))),
    };
  };

  const noisiest = [...groupBy(now, (c) => c.alertName)]
    .map(([alertName, items]) => {
      const autoResolved = items.filter((c) => c.record.autoResolved).length;
      return { alertName, count: items.length, autoResolved, autoResolvedShare: autoResolved / items.length };
    })
    .sort((a, b) => b.count - a.count || (a.alertName < b.alertName ? -1 : a.alertName > b.alertName ? 1 : 0))
    .slice(0, options.noisiestLimit ?? 10);

  const perPerson = new Map<string, OutOfHours>();
  for (const { record } of now) {
    if (record.merged) continue;
    const { outside, nonBusinessDay } = outsideWorkingHours(record.createdAt, options.workingHours);
    if (!outside) continue;
    const key = record.responder?.id ?? '';
    const entry = perPerson.get(key) ?? { person: record.responder ?? null, count: 0, nonBusinessDays: 0 };
    entry.count++;
    if (nonBusinessDay) entry.nonBusinessDays++;
    perPerson.set(key, entry);
  }
  const outOfHours = [...perPerson.values()].sort(
    (a, b) => b.count - a.count || (a.person?.name ?? '').localeCompare(b.person?.name ?? '', 'en'),
  );

  const usedIds = new Set<string>();
  const unmatchedGroups = [
    ...groupBy(
      now.filter((c) => c.runbook === null),
      (c) => c.alertName,
    ),
  ]
    .map(([alertName, items]): UnmatchedGroup => {
      const frequency = new Map<string, number>();
      for (const c of items) frequency.set(c.record.title, (frequency.get(c.record.title) ?? 0) + 1);
      const titles = [...frequency]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, 5)
        .map(([t]) => t);
      let id = skeletonId(alertName);
      for (let n = 2; usedIds.has(id); n++) id = `${skeletonId(alertName)}-${n}`;
      usedIds.add(id);
      return {
        alertName,
        count: items.length,
        titles,
        skeleton: { id, yaml: runbookSkeleton(id, alertName, titles) },
      };
    })
    .sort(
      (a, b) => b.count - a.count || (a.alertName < b.alertName ? -1 : a.alertName > b.alertName ? 1 : 0),
    );

  return {
    team,
    services,
    runbooks,
    matched: split(true),
    unmatched: split(false),
    noisiest,
    outOfHours,
    unmatchedGroups,
  };
}
