/** The coverage result as Markdown (job summary, PR comment) and JSON. Titles and ids are escaped. */
import { escapeMarkdown } from '../util/markdown-text.js';
import type { CoverageChange, CoverageResult } from './coverage.js';

/** Hidden marker that identifies the one coverage comment on a pull request, so it is updated in place. */
export const COVERAGE_MARKER = '<!-- oncall-runbooks:coverage -->';
const LIST_LIMIT = 20;

function share(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 1000) / 10}%`;
}

function id(value: string | null): string {
  return value === null ? '(none)' : `\`${escapeMarkdown(value)}\``;
}

function changeList(title: string, changes: readonly CoverageChange[]): string[] {
  if (changes.length === 0) return [];
  const lines = [
    `### ${title} (${changes.length})`,
    '',
    '| Incidents | Title | Before | After |',
    '| ---: | --- | --- | --- |',
  ];
  for (const c of changes.slice(0, LIST_LIMIT)) {
    lines.push(`| ${c.count} | ${escapeMarkdown(c.title)} | ${id(c.before)} | ${id(c.after)} |`);
  }
  if (changes.length > LIST_LIMIT) lines.push('', `…and ${changes.length - LIST_LIMIT} more (see --json).`);
  lines.push('');
  return lines;
}

/** Markdown: matched share before → after, then each kind of change. Starts with {@link COVERAGE_MARKER}. */
export function coverageMarkdown(result: CoverageResult, period: { days: number }): string {
  const lines = [
    COVERAGE_MARKER,
    '## Runbook coverage of past incidents',
    '',
    `Replayed ${result.incidents} incident(s) of the last ${period.days} day(s) (${result.titles} distinct title(s)) ` +
      'through the base and the head runbooks.',
    '',
    `**Matched: ${share(result.matchedBefore, result.incidents)} → ${share(result.matchedAfter, result.incidents)}** ` +
      `(${result.matchedBefore} → ${result.matchedAfter} incidents)`,
    '',
    ...changeList('Newly matched', result.newlyMatched),
    ...changeList('Lost their runbook', result.lost),
    ...changeList('Winning runbook changed', result.winnerChanged),
  ];
  if (result.ties.length > 0) {
    lines.push(
      `### Matched by several runbooks with the same priority (${result.ties.length})`,
      '',
      'The winner is then decided by matched terms and id; give one a higher priority if it should always win.',
      '',
      '| Incidents | Title | Runbooks (winner first) | Priority |',
      '| ---: | --- | --- | ---: |',
      ...result.ties
        .slice(0, LIST_LIMIT)
        .map(
          (t) =>
            `| ${t.count} | ${escapeMarkdown(t.title)} | ${t.runbooks.map(id).join(', ')} | ${t.priority} |`,
        ),
      '',
    );
  }
  if (result.newlyMatched.length + result.lost.length + result.winnerChanged.length === 0) {
    lines.push('No incident title changes its runbook.', '');
  }
  return lines.join('\n');
}

/** `--json`: format `oncall-runbooks/coverage`, version 1. */
export function coverageJson(result: CoverageResult, period: { since: Date; until: Date }): string {
  return JSON.stringify(
    {
      format: 'oncall-runbooks/coverage',
      version: 1,
      period: { since: period.since.toISOString(), until: period.until.toISOString() },
      ...result,
    },
    null,
    2,
  );
}
