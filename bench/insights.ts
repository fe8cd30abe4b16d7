/**
 * Section "insights": `oncall report` over 10,000 incidents in 90 days (with 30,000 timeline entries) against the
 * loopback fake PagerDuty, with the number of API calls it made beside the minimum that list calls need; and the
 * coverage replay of 10,000 titles through two rule sets of 1,000 runbooks.
 *
 * The report's time includes the fake server's own work (same process), so it over-states ours.
 */
import { performance } from 'node:perf_hooks';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { seededRandom } from '../src/fakes/random.js';
import { compareCoverage, type TitleSample } from '../src/insights/coverage.js';
import { runReport } from '../src/insights/run.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import type { IndexedRunbook } from '../src/runbooks/types.js';
import { type BenchRow, type BenchSection, formatMs } from './harness.js';

const SECTION = 'insights';
const INCIDENTS = 10_000;
const DAYS = 90;
const RUNBOOKS = 1_000;
const TITLES = 10_000;
const MINUTE = 60_000;

function runbooks(count: number, priorityOf: (i: number) => number): IndexedRunbook[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `alert-${i}`,
    title: `Alert ${i}`,
    url: `https://runbooks.example.com/alert-${i}`,
    priority: priorityOf(i),
    match: { any: [`BenchAlert${i}Firing`], all: [], none: [], regex: [], services: [] },
  }));
}

/** The report over the same history, from log entries (no Analytics on the account) or from analytics. */
async function reportRow(analytics: boolean): Promise<BenchRow[]> {
  const until = Date.parse('2026-11-09T00:00:00Z');
  const since = until - DAYS * 86_400_000;
  const clock = new FakeClock(new Date(until + 86_400_000));
  const pd = new FakePagerDuty({ clock, analytics });
  pd.addUser({ id: 'PU1', name: 'Alice', email: 'alice@example.com' });
  pd.addEscalationPolicy({
    id: 'PEP1',
    name: 'Platform',
    rules: [{ targets: [{ type: 'user', id: 'PU1' }] }],
  });
  const random = seededRandom(12);
  for (let i = 0; i < INCIDENTS; i++) {
    const created = since + Math.floor(((i + random()) * (until - since)) / INCIDENTS);
    const incident = pd.addIncident({
      id: `Q${i}`,
      title: `[FIRING:1] BenchAlert${Math.floor(random() * 1_500)}Firing (api warning)`,
      service: { id: `PS${i % 20}`, name: `service-${i % 20}` },
      escalationPolicyId: 'PEP1',
      createdAt: new Date(created),
      status: 'resolved',
      assigneeIds: ['PU1'],
    });
    pd.addLogEntry(incident.id, { type: 'trigger_log_entry', at: new Date(created) });
    pd.addLogEntry(incident.id, {
      type: 'acknowledge_log_entry',
      at: new Date(created + Math.ceil(random() * 30) * MINUTE),
      agent: { id: 'PU1', type: 'user_reference', name: 'Alice' },
    });
    pd.addLogEntry(incident.id, {
      type: 'resolve_log_entry',
      at: new Date(created + (31 + random() * 600) * MINUTE),
    });
  }
  await pd.start();
  try {
    const pagerduty = createPagerDutyClient({
      token: pd.expectedToken,
      apiUrl: pd.url,
      clock,
      log: new MemoryLogger(),
    });
    const start = performance.now();
    const result = await runReport(
      {
        pagerduty,
        matcher: createMatcher(runbooks(RUNBOOKS, () => 0)),
        log: new MemoryLogger(),
        now: clock.now(),
      },
      {
        period: { since: new Date(since), until: new Date(until) },
        serviceIds: [],
        timeZone: 'Asia/Tokyo',
        holidays: ['jp'],
        workingHours: { start: '09:00', end: '18:00' },
        dryRun: true,
      },
    );
    const elapsed = performance.now() - start;
    if (result.figures.team.count !== INCIDENTS)
      throw new Error(`report counted ${result.figures.team.count} incidents`);
    // List calls only: one page per 100 incidents, plus a first page per split window; then one analytics page per
    // 1,000 incidents (every incident is older than analytics' 24 h delay here), or one refused analytics call and
    // one page per 100 log entries.
    const minimum =
      Math.ceil(INCIDENTS / 100) +
      (analytics ? Math.ceil(INCIDENTS / 1000) : 1 + Math.ceil((3 * INCIDENTS) / 100));
    const source = analytics ? 'analytics' : 'log entries';
    const bound = Math.ceil(minimum * 1.1) + 20;
    const calls = result.meta.apiCalls;
    return [
      {
        section: SECTION,
        case: `report: ${INCIDENTS.toLocaleString('en-US')} incidents / ${DAYS} days, ${source} (fakes in-process)`,
        value: formatMs(elapsed),
        baseline: '',
        target: '≤ 60 s',
        pass: elapsed <= 60_000,
      },
      {
        section: SECTION,
        case: `report: PagerDuty API calls, ${source} (list calls only)`,
        value: `${calls} calls`,
        baseline: `${minimum} pages minimum`,
        target: `≤ ${bound} calls (no per-incident call)`,
        pass: calls <= bound,
      },
    ];
  } finally {
    await pd.stop();
  }
}

function coverageRow(): BenchRow {
  const random = seededRandom(7);
  const samples: TitleSample[] = Array.from({ length: TITLES }, (_, i) => ({
    title: `[FIRING:1] BenchAlert${Math.floor(random() * 1_200)}Firing (api-${i % 50} warning)`,
    service: { id: `PS${i % 20}`, name: `service-${i % 20}` },
    count: 1 + (i % 3),
  }));
  const base = runbooks(RUNBOOKS, () => 0);
  const head = runbooks(RUNBOOKS, (i) => (i % 10 === 0 ? 5 : 0));
  const start = performance.now();
  const result = compareCoverage(samples, createMatcher(base), {
    matcher: createMatcher(head),
    runbooks: head,
  });
  const elapsed = performance.now() - start;
  if (result.titles !== TITLES) throw new Error('coverage lost titles');
  return {
    section: SECTION,
    case: `coverage: ${TITLES.toLocaleString('en-US')} titles × ${RUNBOOKS.toLocaleString('en-US')} runbooks, base and head`,
    value: formatMs(elapsed),
    baseline: '',
    target: '≤ 2 s',
    pass: elapsed <= 2_000,
  };
}

export const section: BenchSection = {
  name: SECTION,
  async run() {
    return [...(await reportRow(false)), ...(await reportRow(true)), coverageRow()];
  },
};
