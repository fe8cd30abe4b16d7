/**
 * The report's three forms: JSON (a versioned contract, see docs/insights.md), Markdown with Mermaid charts (job
 * summary, `--out`), and a compact Slack summary. Pure: figures in, text out. Outside text (service names, runbook
 * titles, alert names, people) is escaped for where it goes; Mermaid blocks carry only numbers and fixed labels.
 */
import { escapeMarkdown } from '../util/markdown-text.js';
import { escapeMrkdwn, escapeName } from '../slack/mrkdwn.js';
import { localParts } from '../shift/window.js';
import type { DurationFigure, ExclusionReason, Figures, Group, GroupFigures, Trend } from './figures.js';
import type { HistorySource } from './collect.js';

export const REPORT_FORMAT = 'oncall-runbooks/report';
export const REPORT_VERSION = 1;

/** What the report was computed from, printed with it. */
export interface ReportMeta {
  since: Date;
  until: Date;
  previousSince: Date;
  timelineSource: 'log-entries' | 'none';
  timelineProblem?: string;
  /** Analytics or log entries, and how many incidents came from each. */
  source?: HistorySource;
  /** PagerDuty requests made for this report. */
  apiCalls: number;
  /** Services the report was limited to; empty = all. */
  serviceIds: string[];
  timeZone: string;
}

/** `42 s`, `4 min`, `1 h 05 min`, `2 d 3 h`; `—` for no value. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`;
}

const REASON_TEXT: Record<ExclusionReason, string> = {
  merged: 'merged',
  'timeline-missing': 'timeline missing',
  'never-acknowledged': 'never acknowledged',
  unresolved: 'not resolved',
};

/** "leaves out 3: 1 merged, 2 never acknowledged", or "" when nothing was left out. */
export function exclusionText(figure: DurationFigure): string {
  const parts = (Object.entries(figure.excluded) as [ExclusionReason, number][])
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n} ${REASON_TEXT[reason]}`);
  const total = Object.values(figure.excluded).reduce((a, b) => a + (b ?? 0), 0);
  return total === 0 ? '' : `leaves out ${total}: ${parts.join(', ')}`;
}

function trendText(now: number | null, before: number | null): string {
  if (now === null || before === null) return '';
  if (now === before) return ' (same as before)';
  return ` (${now < before ? '↓' : '↑'} from ${formatDuration(before)})`;
}

function countTrend(now: number, before: number): string {
  return before === 0 && now === 0 ? '' : ` (${now - before >= 0 ? '+' : ''}${now - before} vs ${before})`;
}

function durationJson(figure: DurationFigure) {
  return {
    count: figure.count,
    medianSeconds: figure.medianMs === null ? null : figure.medianMs / 1000,
    p90Seconds: figure.p90Ms === null ? null : figure.p90Ms / 1000,
    excluded: figure.excluded,
  };
}

function trendJson(trend: Trend) {
  return {
    count: trend.count,
    mttaMedianSeconds: trend.mttaMedianMs === null ? null : trend.mttaMedianMs / 1000,
    mttrMedianSeconds: trend.mttrMedianMs === null ? null : trend.mttrMedianMs / 1000,
  };
}

function groupJson(group: GroupFigures & { previous: Trend }) {
  return {
    count: group.count,
    mtta: durationJson(group.mtta),
    mttr: durationJson(group.mttr),
    escalations: group.escalations,
    escalatedIncidents: group.escalatedIncidents,
    neverAcknowledged: group.neverAcknowledged,
    reopened: group.reopened,
    merged: group.merged,
    timelineMissing: group.timelineMissing,
    previous: trendJson(group.previous),
  };
}

function keyedJson(group: Group) {
  return { key: group.key, label: group.label, ...groupJson(group) };
}

/** The `--json` document (format `oncall-runbooks/report`, version 1; fields in docs/insights.md). */
export function reportJson(figures: Figures, meta: ReportMeta): string {
  return JSON.stringify(
    {
      format: REPORT_FORMAT,
      version: REPORT_VERSION,
      period: { since: meta.since.toISOString(), until: meta.until.toISOString() },
      previousPeriod: { since: meta.previousSince.toISOString(), until: meta.since.toISOString() },
      timeZone: meta.timeZone,
      serviceIds: meta.serviceIds,
      timelineSource: meta.timelineSource,
      ...(meta.timelineProblem ? { timelineProblem: meta.timelineProblem } : {}),
      ...(meta.source ? { source: meta.source } : {}),
      apiCalls: meta.apiCalls,
      team: groupJson(figures.team),
      matched: groupJson(figures.matched),
      unmatched: groupJson(figures.unmatched),
      services: figures.services.map(keyedJson),
      runbooks: figures.runbooks.map(keyedJson),
      noisiest: figures.noisiest,
      outOfHours: figures.outOfHours,
      unmatchedGroups: figures.unmatchedGroups,
    },
    null,
    2,
  );
}

/** The local date of `date` in the team's zone: a period from Monday 00:00 in Tokyo reads as Monday, not Sunday. */
function day(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function groupRows(groups: readonly Group[]): string[] {
  return groups.map(
    (g) =>
      `| ${escapeMarkdown(g.label)} | ${g.count}${countTrend(g.count, g.previous.count)} | ` +
      `${formatDuration(g.mtta.medianMs)} / ${formatDuration(g.mtta.p90Ms)} | ` +
      `${formatDuration(g.mttr.medianMs)} / ${formatDuration(g.mttr.p90Ms)} | ${g.escalations} |`,
  );
}

const GROUP_HEADER = [
  '| | Incidents (vs previous) | MTTA median / p90 | MTTR median / p90 | Escalations |',
  '| --- | ---: | ---: | ---: | ---: |',
];

function exclusionNotes(label: string, group: GroupFigures): string[] {
  const notes = [
    exclusionText(group.mtta) && `MTTA ${exclusionText(group.mtta)}`,
    exclusionText(group.mttr) && `MTTR ${exclusionText(group.mttr)}`,
  ].filter(Boolean);
  return notes.length === 0 ? [] : [`- ${label}: ${notes.join('; ')}.`];
}

/** The Markdown report: headline, tables, Mermaid charts and the unmatched groups with their skeletons. */
export function reportMarkdown(figures: Figures, meta: ReportMeta): string {
  const { team } = figures;
  const lines: string[] = [
    `# On-call report ${day(meta.since, meta.timeZone)} → ${day(meta.until, meta.timeZone)}`,
    '',
    `Incidents created in [${meta.since.toISOString()}, ${meta.until.toISOString()}), compared with the ` +
      `${day(meta.previousSince, meta.timeZone)} → ${day(meta.since, meta.timeZone)} period of the same length. PagerDuty API calls: ${meta.apiCalls}.`,
    '',
  ];
  if (meta.source) lines.push(`${escapeMarkdown(sourceText(meta.source))}.`, '');
  if (meta.timelineProblem)
    lines.push(`> **Timelines missing**: ${escapeMarkdown(meta.timelineProblem)}.`, '');
  if (team.count === 0) {
    lines.push(`No incidents in this period (the previous period had ${team.previous.count}).`, '');
    return lines.join('\n');
  }
  lines.push(
    `- **MTTA** (median / p90): ${formatDuration(team.mtta.medianMs)} / ${formatDuration(team.mtta.p90Ms)}` +
      trendText(team.mtta.medianMs, team.previous.mttaMedianMs),
    `- **MTTR** (median / p90): ${formatDuration(team.mttr.medianMs)} / ${formatDuration(team.mttr.p90Ms)}` +
      trendText(team.mttr.medianMs, team.previous.mttrMedianMs),
    `- **Incidents**: ${team.count}${countTrend(team.count, team.previous.count)}, ` +
      `${percent(figures.matched.count, team.count)} with a runbook, ${team.neverAcknowledged} never acknowledged, ` +
      `${team.escalations} escalations`,
    '',
    '```mermaid',
    'pie title Incidents with a runbook',
    `    "Matched a runbook" : ${figures.matched.count}`,
    `    "No runbook" : ${figures.unmatched.count}`,
    '```',
    '',
    '```mermaid',
    'xychart-beta',
    '    title "Median time to acknowledge (minutes)"',
    '    x-axis ["Previous period", "This period", "With a runbook", "Without"]',
    `    bar [${[
      team.previous.mttaMedianMs,
      team.mtta.medianMs,
      figures.matched.mtta.medianMs,
      figures.unmatched.mtta.medianMs,
    ]
      .map((ms) => (ms === null ? 0 : Math.round((ms / 60_000) * 10) / 10))
      .join(', ')}]`,
    '```',
    '',
    '## Matched vs unmatched',
    '',
    ...GROUP_HEADER,
    ...groupRows([figures.matched, figures.unmatched]),
    '',
    '## Per runbook',
    '',
    ...(figures.runbooks.length === 0
      ? ['No incident matched a runbook.']
      : [...GROUP_HEADER, ...groupRows(figures.runbooks)]),
    '',
    '## Per service',
    '',
    ...GROUP_HEADER,
    ...groupRows(figures.services),
    '',
    '## What the durations leave out',
    '',
    ...(exclusionNotes('Team', team).length === 0
      ? ['Nothing: every incident has both durations.']
      : [
          ...exclusionNotes('Team', team),
          ...exclusionNotes('With a runbook', figures.matched),
          ...exclusionNotes('Without', figures.unmatched),
        ]),
    '',
    '## Noisiest alerts',
    '',
    '| Alert | Incidents | Auto-resolved without ack |',
    '| --- | ---: | ---: |',
    ...figures.noisiest.map(
      (n) =>
        `| ${escapeMarkdown(n.alertName)} | ${n.count} | ${n.autoResolved} (${percent(n.autoResolved, n.count)}) |`,
    ),
    '',
    `## Outside working hours (${escapeMarkdown(meta.timeZone)})`,
    '',
    ...(figures.outOfHours.length === 0
      ? ['None.']
      : [
          '| Responder | Incidents | On weekends or holidays |',
          '| --- | ---: | ---: |',
          ...figures.outOfHours.map(
            (o) =>
              `| ${o.person ? escapeMarkdown(o.person.name) : 'nobody'} | ${o.count} | ${o.nonBusinessDays} |`,
          ),
        ]),
    '',
    '## Alerts without a runbook',
    '',
  );
  if (figures.unmatchedGroups.length === 0) lines.push('Every incident matched a runbook.', '');
  for (const group of figures.unmatchedGroups) {
    lines.push(
      `### ${escapeMarkdown(group.alertName)} (${group.count})`,
      '',
      ...group.titles.map((t) => `- ${escapeMarkdown(t)}`),
      '',
      `<details><summary>Runbook skeleton: runbooks/${group.skeleton.id}.yml</summary>`,
      '',
      // A fence longer than any backtick run inside keeps the YAML from closing the block.
      fenced(group.skeleton.yaml, 'yaml'),
      '',
      '</details>',
      '',
    );
  }
  return lines.join('\n');
}

function fenced(text: string, language: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}

/**
 * Which PagerDuty data the times came from, e.g. "Times from PagerDuty Analytics (40 incidents) and log entries
 * (3 incidents of the last 24 h, which analytics may not have processed yet)".
 */
export function sourceText(source: HistorySource): string {
  const plural = (n: number): string => `${n} incident${n === 1 ? '' : 's'}`;
  if (source.used === 'analytics') {
    const recent =
      source.fromLogEntries > 0
        ? ` and log entries (${plural(source.fromLogEntries)} of the last 24 h or not yet in analytics)`
        : '';
    return `Times from PagerDuty Analytics (${plural(source.fromAnalytics)})${recent}`;
  }
  return `Times from PagerDuty log entries (${plural(source.fromLogEntries)})${
    source.analyticsProblem ? '; PagerDuty Analytics is not available to this account or key' : ''
  }`;
}

/**
 * The Slack post: the three numbers that matter (MTTA median with its trend, the share of incidents with a runbook,
 * incidents outside working hours) and the biggest gaps (the most frequent alerts without a runbook).
 */
export function slackSummary(figures: Figures, meta: ReportMeta): string {
  const { team } = figures;
  const head = `*On-call report ${day(meta.since, meta.timeZone)} → ${day(meta.until, meta.timeZone)}*`;
  if (team.count === 0)
    return `${head}\nNo incidents in this period (the previous period had ${team.previous.count}).`;
  const outside = figures.outOfHours.reduce((sum, o) => sum + o.count, 0);
  const lines = [
    head,
    `• Time to acknowledge: median *${formatDuration(team.mtta.medianMs)}*, p90 ${formatDuration(team.mtta.p90Ms)}` +
      trendText(team.mtta.medianMs, team.previous.mttaMedianMs),
    `• With a runbook: *${percent(figures.matched.count, team.count)}* of ${team.count} incidents` +
      countTrend(team.count, team.previous.count),
    `• Outside working hours: *${outside}*`,
  ];
  const excluded = exclusionText(team.mtta);
  if (excluded) lines.push(`_MTTA ${escapeMrkdwn(excluded)}._`);
  if (meta.source) lines.push(`_${escapeMrkdwn(sourceText(meta.source))}._`);
  const gaps = figures.unmatchedGroups.slice(0, 3);
  if (gaps.length > 0) {
    lines.push(`Biggest gaps: ${gaps.map((g) => `${escapeName(g.alertName)} (${g.count})`).join(', ')}`);
  }
  return lines.join('\n');
}
