/**
 * Who is on call during a shift window, per schedule and per escalation-policy level, from `GET /oncalls` rows.
 * Pure: takes the rows PagerDuty returned (overrides already applied) and decides what the post says.
 */
import type { PdOnCall, PdReference, PdUser } from '../pagerduty/types.js';
import type { ShiftWindow } from './window.js';

/** What the post covers: schedules, and escalation policies with the levels to show. */
export interface ShiftTargets {
  scheduleIds: string[];
  escalationPolicyIds: string[];
  /** Levels to show for the escalation policies; empty means every level that has someone on call. */
  levels: number[];
}

/** One person's on-call time inside the window (clipped to it). */
export interface ShiftSegment {
  user: PdUser;
  start: Date;
  end: Date;
  /** A user targeted directly by an escalation rule: PagerDuty reports null start/end. */
  permanent: boolean;
  /** The segment covers the whole window. */
  wholeShift: boolean;
}

export interface ShiftGroup {
  kind: 'schedule' | 'escalation-policy';
  ref: PdReference;
  /** Escalation level, for `escalation-policy` groups split by level. */
  level?: number;
  /** Sorted by start; one person's touching or overlapping rows are merged, separate stretches are kept. */
  segments: ShiftSegment[];
  /** Parts of the window nobody covers (only when someone covers another part). */
  gaps: { start: Date; end: Date }[];
  /** Who hands over at the window start: on call just before it → on call at it. */
  handover: { outgoing: PdUser[]; incoming: PdUser[] };
}

export interface ShiftPlan {
  window: ShiftWindow;
  groups: ShiftGroup[];
  /** Groups with nobody on call at any time in the window. */
  nobody: ShiftGroup[];
  /** The handover after this shift (= window end). */
  nextHandover: Date;
  /** Every person named in the plan (segments and outgoing), once, in order of appearance. */
  users: PdUser[];
}

/** How far before the window start the on-call read begins, so that the outgoing on-call is in the same read. */
export const HANDOVER_LOOKBACK_MS = 60_000;

interface Interval {
  user: PdUser;
  start: number;
  end: number;
  permanent: boolean;
}

/**
 * Builds the plan. `onCalls` should cover [window.start − HANDOVER_LOOKBACK_MS, window.end); rows outside the
 * window only feed the handover notice. `references` names targets that have no rows (e.g. from getSchedule).
 */
export function buildShiftPlan(
  window: ShiftWindow,
  targets: ShiftTargets,
  onCalls: readonly PdOnCall[],
  references: ReadonlyMap<string, PdReference> = new Map(),
): ShiftPlan {
  const groups: ShiftGroup[] = [];
  for (const id of targets.scheduleIds) {
    const rows = onCalls.filter((o) => o.schedule?.id === id);
    const ref = rows.find((o) => o.schedule)?.schedule ?? references.get(id) ?? { id, name: id };
    groups.push(makeGroup('schedule', ref, undefined, rows, window));
  }
  for (const id of targets.escalationPolicyIds) {
    const rows = onCalls.filter((o) => o.escalationPolicy.id === id);
    const ref = rows[0]?.escalationPolicy ?? references.get(id) ?? { id, name: id };
    const present = [...new Set(rows.map((r) => r.escalationLevel))].sort((a, b) => a - b);
    const levels = targets.levels.length > 0 ? [...targets.levels].sort((a, b) => a - b) : present;
    if (levels.length === 0) groups.push(makeGroup('escalation-policy', ref, undefined, [], window));
    for (const level of levels) {
      groups.push(
        makeGroup(
          'escalation-policy',
          ref,
          level,
          rows.filter((r) => r.escalationLevel === level),
          window,
        ),
      );
    }
  }
  const users = new Map<string, PdUser>();
  for (const g of groups) {
    for (const s of g.segments) if (!users.has(s.user.id)) users.set(s.user.id, s.user);
    for (const u of g.handover.outgoing) if (!users.has(u.id)) users.set(u.id, u);
  }
  return {
    window,
    groups,
    nobody: groups.filter((g) => g.segments.length === 0),
    nextHandover: window.end,
    users: [...users.values()],
  };
}

function makeGroup(
  kind: ShiftGroup['kind'],
  ref: PdReference,
  level: number | undefined,
  rows: readonly PdOnCall[],
  window: ShiftWindow,
): ShiftGroup {
  const ws = window.start.getTime();
  const we = window.end.getTime();
  // The same schedule reached through two escalation policies appears twice: keep one row per person and time.
  const seen = new Set<string>();
  const raw: Interval[] = [];
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
    raw
      .map((i) => ({ ...i, start: Math.max(i.start, ws), end: Math.min(i.end, we) }))
      .filter((i) => i.start < i.end),
  );
  const segments: ShiftSegment[] = inWindow.map((i) => ({
    user: i.user,
    start: new Date(i.start),
    end: new Date(i.end),
    permanent: i.permanent,
    wholeShift: i.start <= ws && i.end >= we,
  }));
  const outgoing = uniqueUsers(raw.filter((i) => i.start < ws && i.end >= ws));
  let incoming = uniqueUsers(raw.filter((i) => i.start <= ws && i.end > ws));
  // Nobody exactly at the handover: whoever starts first inside the window takes over.
  if (incoming.length === 0 && segments[0])
    incoming = uniqueUsers(inWindow.filter((i) => i.start === inWindow[0]!.start));
  return {
    kind,
    ref,
    ...(level !== undefined ? { level } : {}),
    segments,
    gaps: segments.length === 0 ? [] : findGaps(inWindow, ws, we),
    handover: { outgoing, incoming },
  };
}

/** Merges each person's touching or overlapping intervals; different stretches of the same person stay separate. */
function mergePerUser(intervals: Interval[]): Interval[] {
  const byUser = new Map<string, Interval[]>();
  for (const i of intervals) byUser.set(i.user.id, [...(byUser.get(i.user.id) ?? []), i]);
  const out: Interval[] = [];
  for (const list of byUser.values()) {
    list.sort((a, b) => a.start - b.start);
    let current: Interval | undefined;
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
    (a, b) =>
      a.start - b.start || a.user.name.localeCompare(b.user.name) || a.user.id.localeCompare(b.user.id),
  );
}

function findGaps(intervals: Interval[], ws: number, we: number): { start: Date; end: Date }[] {
  const gaps: { start: Date; end: Date }[] = [];
  let covered = ws;
  for (const i of [...intervals].sort((a, b) => a.start - b.start)) {
    if (i.start > covered) gaps.push({ start: new Date(covered), end: new Date(i.start) });
    covered = Math.max(covered, i.end);
  }
  if (covered < we) gaps.push({ start: new Date(covered), end: new Date(we) });
  return gaps;
}

function uniqueUsers(intervals: Interval[]): PdUser[] {
  const users = new Map<string, PdUser>();
  for (const i of intervals) if (!users.has(i.user.id)) users.set(i.user.id, i.user);
  return [...users.values()];
}
