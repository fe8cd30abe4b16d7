import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  computeFigures,
  nearestRank,
  outsideWorkingHours,
  type WorkingHours,
} from '../src/insights/figures.js';
import { recordFromAnalytics, recordFromLogEntries, type IncidentRecord } from '../src/insights/history.js';
import { runbookSkeleton, skeletonId } from '../src/insights/skeleton.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import type { IndexedRunbook } from '../src/runbooks/types.js';
import { validateRunbooks } from '../src/runbooks/validate.js';

const MIN = 60_000;
const S1 = { id: 'PS1', name: 'checkout' };
const S2 = { id: 'PS2', name: 'storage' };
const alice = { id: 'PU1', name: 'Alice' };
const bob = { id: 'PU2', name: 'Bob' };

function rule(id: string, keyword: string): IndexedRunbook {
  return {
    id,
    title: `Runbook ${id}`,
    url: `https://runbooks.example.com/${id}`,
    priority: 0,
    match: { any: [keyword], all: [], none: [], regex: [], services: [] },
  };
}
const matcher = createMatcher([
  rule('oom-killed', 'KubeContainerOOMKilled'),
  rule('disk-full', 'NodeDiskAlmostFull'),
]);

function incident(
  id: string,
  title: string,
  service: { id: string; name: string },
  created: string,
  facts: Partial<IncidentRecord> & { ackMin?: number; resolveMin?: number } = {},
): IncidentRecord {
  const createdAt = Date.parse(created);
  const { ackMin, resolveMin, ...rest } = facts;
  return {
    id,
    title,
    service,
    createdAt,
    ...(ackMin !== undefined ? { firstAcknowledgedAt: createdAt + ackMin * MIN } : {}),
    ...(resolveMin !== undefined ? { resolvedAt: createdAt + resolveMin * MIN } : {}),
    reopened: false,
    merged: false,
    escalations: 0,
    autoResolved: false,
    timelineMissing: false,
    ...rest,
  };
}

const OOM = '[FIRING:1] KubeContainerOOMKilled (api payments warning)';
// Tokyo is UTC+9 all year; 2026-11-03 is Culture Day, a Japanese public holiday.
const tokyo: WorkingHours = {
  timeZone: 'Asia/Tokyo',
  start: '09:00',
  end: '18:00',
  nonBusinessDates: new Set(['2026-11-03']),
};
const week: IncidentRecord[] = [
  incident('A', OOM, S1, '2026-11-02T00:00:00Z', { ackMin: 2, resolveMin: 30, responder: alice }),
  incident('B', OOM, S1, '2026-11-02T10:00:00Z', {
    ackMin: 10,
    resolveMin: 60,
    escalations: 1,
    responder: bob,
  }),
  incident('C', '[FIRING:1] NodeDiskAlmostFull (node-1)', S2, '2026-11-03T03:00:00Z', {
    ackMin: 4,
    resolveMin: 20,
    responder: alice,
  }),
  incident('D', '[Triggered on {host:db-2}] Replication lag high', S2, '2026-11-04T01:00:00Z', {
    resolveMin: 15,
    autoResolved: true,
  }),
  incident('E', '[Triggered on {host:db-3}] Replication lag high', S2, '2026-11-04T02:00:00Z', {
    ackMin: 6,
    responder: bob,
  }),
  incident('F', OOM, S1, '2026-11-02T00:01:00Z', { merged: true, resolveMin: 1 }),
  incident('G', 'Disk read errors', S1, '2026-11-05T01:00:00Z', { timelineMissing: true }),
];
const previousWeek = [incident('P', OOM, S1, '2026-10-28T01:00:00Z', { ackMin: 20, resolveMin: 90 })];

describe('nearestRank', () => {
  it('takes the value at rank ceil(p·n): the lower middle for an even count, never an interpolation', () => {
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2);
    expect(nearestRank([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10);
    expect(nearestRank([7], 0.9)).toBe(7);
    expect(nearestRank([], 0.5)).toBeNull();
  });
});

describe('computeFigures on a fixed week', () => {
  const figures = computeFigures(week, previousWeek, matcher, { workingHours: tokyo });

  it('team MTTA: median and p90 of first acknowledgement − creation, never-acknowledged, merged and missing timelines left out and counted', () => {
    // Acknowledged: A 2, B 10, C 4, E 6 min → [2, 4, 6, 10]; median rank 2 = 4 min, p90 rank 4 = 10 min.
    expect(figures.team.count).toBe(7);
    expect(figures.team.mtta).toEqual({
      count: 4,
      medianMs: 4 * MIN,
      p90Ms: 10 * MIN,
      excluded: { merged: 1, 'timeline-missing': 1, 'never-acknowledged': 1 },
    });
    expect(figures.team.neverAcknowledged).toBe(1);
  });

  it('team MTTR: resolution − creation, unresolved incidents left out and counted', () => {
    // Resolved: A 30, B 60, C 20, D 15 → [15, 20, 30, 60]; median rank 2 = 20 min, p90 rank 4 = 60 min.
    expect(figures.team.mttr).toEqual({
      count: 4,
      medianMs: 20 * MIN,
      p90Ms: 60 * MIN,
      excluded: { merged: 1, 'timeline-missing': 1, unresolved: 1 },
    });
    expect(figures.team.escalations).toBe(1);
    expect(figures.team.escalatedIncidents).toBe(1);
  });

  it('trend: the previous period of the same length, same definitions', () => {
    expect(figures.team.previous).toEqual({ count: 1, mttaMedianMs: 20 * MIN, mttrMedianMs: 90 * MIN });
  });

  it('per service and per runbook, largest first, with their own trend', () => {
    expect(figures.services.map((s) => [s.key, s.label, s.count])).toEqual([
      ['PS1', 'checkout', 4],
      ['PS2', 'storage', 3],
    ]);
    const oom = figures.runbooks.find((r) => r.key === 'oom-killed')!;
    expect(oom.count).toBe(3);
    // A 2 min and B 10 min (F is merged): median rank 1 = 2 min, p90 rank 2 = 10 min.
    expect(oom.mtta.medianMs).toBe(2 * MIN);
    expect(oom.mtta.p90Ms).toBe(10 * MIN);
    expect(oom.previous.count).toBe(1);
    expect(figures.runbooks.map((r) => r.key)).toEqual(['oom-killed', 'disk-full']);
  });

  it('matched vs unmatched', () => {
    expect(figures.matched.count).toBe(4);
    expect(figures.unmatched.count).toBe(3);
    // Unmatched acknowledged: E only (D never acknowledged, G no timeline).
    expect(figures.unmatched.mtta.medianMs).toBe(6 * MIN);
    expect(figures.unmatched.mtta.excluded).toEqual({ 'never-acknowledged': 1, 'timeline-missing': 1 });
  });

  it('noisiest alert names with the share auto-resolved without acknowledgement', () => {
    expect(figures.noisiest).toEqual([
      { alertName: 'KubeContainerOOMKilled', count: 3, autoResolved: 0, autoResolvedShare: 0 },
      { alertName: 'Replication lag high', count: 2, autoResolved: 1, autoResolvedShare: 0.5 },
      { alertName: 'Disk read errors', count: 1, autoResolved: 0, autoResolvedShare: 0 },
      { alertName: 'NodeDiskAlmostFull', count: 1, autoResolved: 0, autoResolvedShare: 0 },
    ]);
  });

  it('incidents outside working hours per person: evenings and holidays in the team zone', () => {
    // B: Monday 19:00 in Tokyo (Bob). C: Tuesday 12:00 on Culture Day (Alice). A, D, E, G fall inside 09–18.
    expect(figures.outOfHours).toEqual([
      { person: alice, count: 1, nonBusinessDays: 1 },
      { person: bob, count: 1, nonBusinessDays: 0 },
    ]);
  });

  it('unmatched titles grouped by alert name, each with a skeleton', () => {
    expect(figures.unmatchedGroups.map((g) => [g.alertName, g.count, g.skeleton.id])).toEqual([
      ['Replication lag high', 2, 'replication-lag-high'],
      ['Disk read errors', 1, 'disk-read-errors'],
    ]);
    expect(figures.unmatchedGroups[0]!.titles).toEqual([
      '[Triggered on {host:db-2}] Replication lag high',
      '[Triggered on {host:db-3}] Replication lag high',
    ]);
  });
});

describe('edge cases', () => {
  it('an empty period gives counts of 0 and no durations rather than NaN', () => {
    const figures = computeFigures([], [], matcher, { workingHours: tokyo });
    expect(figures.team.count).toBe(0);
    expect(figures.team.mtta).toEqual({ count: 0, medianMs: null, p90Ms: null, excluded: {} });
    expect(figures.team.previous).toEqual({ count: 0, mttaMedianMs: null, mttrMedianMs: null });
    expect(figures.services).toEqual([]);
    expect(figures.unmatchedGroups).toEqual([]);
  });

  it('working hours follow daylight saving time in the team zone', () => {
    const ny: WorkingHours = {
      timeZone: 'America/New_York',
      start: '09:00',
      end: '17:00',
      nonBusinessDates: new Set(),
    };
    // 13:30 UTC is 09:30 EDT on Friday 30 October, but 08:30 EST on Monday 2 November (DST ended 1 November).
    expect(outsideWorkingHours(Date.parse('2026-10-30T13:30:00Z'), ny).outside).toBe(false);
    expect(outsideWorkingHours(Date.parse('2026-11-02T13:30:00Z'), ny).outside).toBe(true);
  });
});

describe('recordFromLogEntries', () => {
  const base = { id: 'Q1', title: 'x', service: S1, createdAt: Date.parse('2026-11-02T00:00:00Z') };
  const entry = (type: string, at: string, extra: object = {}) => ({ type, created_at: at, ...extra });

  it('takes the first acknowledgement and its user, counts escalations, and the resolution', () => {
    const record = recordFromLogEntries(base, [
      entry('resolve_log_entry', '2026-11-02T00:30:00Z', { agent: { type: 'user_reference', id: 'PU2' } }),
      entry('trigger_log_entry', '2026-11-02T00:00:00Z'),
      entry('escalate_log_entry', '2026-11-02T00:05:00Z'),
      entry('acknowledge_log_entry', '2026-11-02T00:07:00Z', {
        agent: { type: 'user_reference', id: 'PU1', summary: 'Alice' },
      }),
      entry('acknowledge_log_entry', '2026-11-02T00:09:00Z', {
        agent: { type: 'user_reference', id: 'PU2' },
      }),
    ]);
    expect(record.firstAcknowledgedAt).toBe(base.createdAt + 7 * MIN);
    expect(record.responder).toEqual(alice);
    expect(record.resolvedAt).toBe(base.createdAt + 30 * MIN);
    expect(record.escalations).toBe(1);
    expect(record).toMatchObject({ reopened: false, merged: false, autoResolved: false });
  });

  it('reopened after resolution: the last resolution counts; still open after reopening means unresolved', () => {
    const resolvedAgain = recordFromLogEntries(base, [
      entry('trigger_log_entry', '2026-11-02T00:00:00Z'),
      entry('resolve_log_entry', '2026-11-02T00:10:00Z'),
      entry('trigger_log_entry', '2026-11-02T01:00:00Z'),
      entry('resolve_log_entry', '2026-11-02T02:00:00Z'),
    ]);
    expect(resolvedAgain.reopened).toBe(true);
    expect(resolvedAgain.resolvedAt).toBe(base.createdAt + 120 * MIN);
    const stillOpen = recordFromLogEntries(base, [
      entry('resolve_log_entry', '2026-11-02T00:10:00Z'),
      entry('acknowledge_log_entry', '2026-11-02T01:00:00Z'),
    ]);
    expect(stillOpen.reopened).toBe(true);
    expect(stillOpen.resolvedAt).toBeUndefined();
  });

  it('merged into another incident, auto-resolved without acknowledgement, and a missing timeline', () => {
    expect(
      recordFromLogEntries(base, [
        entry('resolve_log_entry', '2026-11-02T00:01:00Z', { summary: 'Resolved by merge into #42' }),
      ]),
    ).toMatchObject({ merged: true, autoResolved: false });
    expect(
      recordFromLogEntries(base, [
        entry('resolve_log_entry', '2026-11-02T00:01:00Z', {
          agent: { type: 'service_reference', id: 'PS1' },
        }),
      ]),
    ).toMatchObject({ merged: false, autoResolved: true });
    expect(recordFromLogEntries(base, undefined)).toMatchObject({ timelineMissing: true });
  });

  it('reads analytics raw incidents: seconds to first acknowledgement, resolution, escalations', () => {
    const record = recordFromAnalytics(base, {
      id: 'Q1',
      created_at: '2026-11-02T00:00:00Z',
      resolved_at: '2026-11-02T00:45:00Z',
      seconds_to_first_ack: 180,
      escalation_count: 2,
      auto_resolved: false,
      acknowledged_user_ids: ['PU1'],
      acknowledged_user_names: ['Alice'],
    });
    expect(record).toMatchObject({
      firstAcknowledgedAt: base.createdAt + 3 * MIN,
      resolvedAt: base.createdAt + 45 * MIN,
      escalations: 2,
      responder: alice,
    });
  });
});

describe('runbook skeleton', () => {
  it('derives a kebab-case id from the alert name', () => {
    expect(skeletonId('KubePodCrashLooping')).toBe('kube-pod-crash-looping');
    expect(skeletonId('HTTPErrorRate')).toBe('http-error-rate');
    expect(skeletonId('High CPU usage')).toBe('high-cpu-usage');
    expect(skeletonId('!!!')).toBe('unmatched-alert');
  });

  it('passes oncall validate once a doc link is filled in, and asks for it before', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'skeleton-'));
    try {
      const titles = [
        '[Triggered on {host:db-2}] Replication lag high',
        '[P2] [Triggered] Replication lag high',
      ];
      const yaml = runbookSkeleton('replication-lag-high', 'Replication lag high', titles);
      const file = path.join(dir, 'replication-lag-high.yml');
      await writeFile(file, yaml);
      const before = await validateRunbooks(dir);
      expect(
        before.problems
          .filter((p) => p.severity === 'error')
          .map((p) => p.message)
          .join('\n'),
      ).toMatch(/doc|url/);
      await writeFile(file, `${yaml}url: https://runbooks.example.com/replication-lag-high\n`);
      const after = await validateRunbooks(dir);
      expect(after.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(after.runbooks.map((r) => r.tests.match.length)).toEqual([2]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
