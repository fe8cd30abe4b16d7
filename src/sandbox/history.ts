/**
 * The sandbox's past: 90 days of incidents with timelines in the fake PagerDuty, so that `oncall report` has a
 * history to read, and the report page written beside the channel page. Deterministic: the same day gives the same
 * history, so the page can be compared from run to run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FakePagerDuty } from '../fakes/pagerduty.js';
import { seededRandom } from '../fakes/random.js';
import { PAYMENTS_POLICY, PAYMENTS_SERVICE, PLATFORM_POLICY, TEAM_TIME_ZONE, tokyo } from './team.js';

export const HISTORY_DAYS = 90;
export const REPORT_PAGE = 'report.html';
const MINUTE = 60_000;

/** Titles the team saw, as their monitoring tools wrote them; some have a runbook in runbooks/, some do not. */
const TITLES: { title: string; service: { id: string; name: string }; policy: string; weight: number }[] = [
  {
    title: '[FIRING:1] KubePodCrashLooping (api payments checkout-api-7d9f8b6c5-x2k4p warning)',
    service: { id: 'PPLATF1', name: 'platform' },
    policy: PLATFORM_POLICY,
    weight: 5,
  },
  {
    title: '[FIRING:1] NodeFilesystemAlmostOutOfSpace (node-exporter 10.0.3.17:9100 warning)',
    service: { id: 'PPLATF1', name: 'platform' },
    policy: PLATFORM_POLICY,
    weight: 4,
  },
  {
    title: '[FIRING:1] KubeContainerOOMKilled (api payments checkout-api warning)',
    service: { id: 'PPLATF1', name: 'platform' },
    policy: PLATFORM_POLICY,
    weight: 3,
  },
  {
    title: '[Triggered on {host:db-2,env:prod}] MySQL too many connections',
    service: { id: 'PDBASE1', name: 'database' },
    policy: PLATFORM_POLICY,
    weight: 2,
  },
  {
    title: '[Triggered on {host:db-3,env:prod}] Replication lag high',
    service: { id: 'PDBASE1', name: 'database' },
    policy: PLATFORM_POLICY,
    weight: 3,
  },
  {
    title: 'ALARM: "sqs-orders-backlog-age" in Asia Pacific (Tokyo)',
    service: { id: 'PPLATF1', name: 'platform' },
    policy: PLATFORM_POLICY,
    weight: 2,
  },
  {
    title: '[FIRING:1] BatchJobFailed (nightly-export warning)',
    service: { id: 'PPLATF1', name: 'platform' },
    policy: PLATFORM_POLICY,
    weight: 3,
  },
  {
    title: 'Critical: Payment error rate above 2%',
    service: PAYMENTS_SERVICE,
    policy: PAYMENTS_POLICY,
    weight: 2,
  },
];
const RESPONDERS = [
  { id: 'PUALICE', name: 'Alice Tanaka' },
  { id: 'PUBOB00', name: 'Bob Suzuki' },
  { id: 'PUERIN0', name: 'Erin Kobayashi' },
];

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Adds the 90 days before `day` (about six incidents a day, acknowledged faster in the later weeks, some never
 * acknowledged and resolved by their integration), each with trigger, acknowledge and resolve entries.
 */
export function seedHistory(pd: FakePagerDuty, day: string): number {
  const random = seededRandom(20_261_126);
  const totalWeight = TITLES.reduce((s, t) => s + t.weight, 0);
  let count = 0;
  for (let d = HISTORY_DAYS; d >= 1; d--) {
    const date = addDays(day, -d);
    const perDay = 3 + Math.floor(random() * 6);
    for (let n = 0; n < perDay; n++) {
      let pick = random() * totalWeight;
      const spec = TITLES.find((t) => (pick -= t.weight) < 0) ?? TITLES[0]!;
      const minuteOfDay = Math.floor(random() * 24 * 60);
      const created = new Date(tokyo(date, '00:00').getTime() + minuteOfDay * MINUTE);
      const responder = RESPONDERS[Math.floor(random() * RESPONDERS.length)]!;
      count++;
      const incident = pd.addIncident({
        id: `QHIST${String(count).padStart(4, '0')}`,
        title: spec.title,
        service: spec.service,
        escalationPolicyId: spec.policy,
        createdAt: created,
        status: 'resolved',
        assigneeIds: [responder.id],
      });
      const at = (minutes: number) => new Date(created.getTime() + minutes * MINUTE);
      pd.addLogEntry(incident.id, { type: 'trigger_log_entry', at: created });
      const autoResolved = random() < 0.12;
      if (autoResolved) {
        pd.addLogEntry(incident.id, { type: 'resolve_log_entry', at: at(5 + Math.floor(random() * 20)) });
        continue;
      }
      // Time to acknowledge shrinks from ~10 min to under 2 as the runbooks arrive.
      const ackMinutes = Math.max(0.5, (d / HISTORY_DAYS) * 12 * random() + 0.5);
      if (ackMinutes > 8) pd.addLogEntry(incident.id, { type: 'escalate_log_entry', at: at(5) });
      pd.addLogEntry(incident.id, {
        type: 'acknowledge_log_entry',
        at: at(ackMinutes),
        agent: { id: responder.id, type: 'user_reference', name: responder.name },
      });
      pd.addLogEntry(incident.id, {
        type: 'resolve_log_entry',
        at: at(ackMinutes + 10 + Math.floor(random() * 120)),
        agent: { id: responder.id, type: 'user_reference', name: responder.name },
      });
    }
  }
  return count;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The report's Markdown as a standalone page (the Markdown as text; GitHub renders the same file with its charts). */
export async function writeReportPage(outDir: string, reportDir: string): Promise<string> {
  const markdown = await readFile(path.join(reportDir, 'report.md'), 'utf8');
  const page = path.join(outDir, REPORT_PAGE);
  await writeFile(
    page,
    [
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8"><title>On-call report — oncall-runbooks sandbox</title>',
      '<style>body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}',
      'pre{white-space:pre-wrap;background:#f6f8fa;padding:1rem;border-radius:6px}</style></head><body>',
      `<p>The last ${HISTORY_DAYS} days in ${TEAM_TIME_ZONE}, as <code>oncall report</code> wrote them (report.md beside this page).</p>`,
      `<pre>${escapeHtml(markdown)}</pre>`,
      '</body></html>',
      '',
    ].join('\n'),
  );
  return page;
}
