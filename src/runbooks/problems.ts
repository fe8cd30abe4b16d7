/**
 * How validation problems are shown: compiler-style text lines, JSON for tools, a Markdown job summary and
 * annotation properties for GitHub Actions (inline on the pull request's diff).
 */
import type { Annotation } from '../log.js';
import { escapeMarkdown } from '../util/markdown-text.js';
import { printable } from '../util/printable.js';
import type { Runbook } from './types.js';
import { sortProblems, type Problem } from './validate.js';

/**
 * `file:line:column: error|warning: message`, one line per problem, sorted by file, line and column. File names and
 * messages come from the repository: their control characters are written as escapes (see {@link printable}), so
 * a problem is always exactly one line.
 */
export function formatText(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map((p) => `${printable(p.file)}:${p.line}:${p.column}: ${p.severity}: ${printable(p.message)}\n`)
    .join('');
}

/** `{"problems": [{"file","line","column","severity","message"}]}` — exactly these keys, in this order. */
export function formatJson(problems: readonly Problem[]): string {
  const list = sortProblems(problems).map((p) => ({
    file: p.file,
    line: p.line,
    column: p.column,
    severity: p.severity,
    message: p.message,
  }));
  // `##[` only occurs inside a string here; `\u0023` keeps the JSON equal while no runner reads it as a command.
  return `${JSON.stringify({ problems: list }, null, 2).replace(/##\[/g, '#\\u0023[')}\n`;
}

/** One line for humans: "12 runbooks checked: 2 errors, 1 warning." */
export function formatSummaryLine(runbookCount: number, problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const found =
    problems.length === 0 ? 'no problems' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return `${plural(runbookCount, 'runbook')} checked: ${found}.`;
}

/** Annotation properties for `core.error/warning(message, properties)`. */
export function annotationFor(problem: Problem): Annotation {
  return {
    file: problem.file,
    startLine: problem.line,
    startColumn: problem.column,
    title: problem.severity === 'error' ? 'Runbook error' : 'Runbook warning',
  };
}

/** Outside text in a table cell, plain or as code: entities render as the characters, inside `<code>` too. */
function cell(text: string): string {
  return escapeMarkdown(text);
}

function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/**
 * The job summary: one table of runbooks with their status (✅ ok, ⚠️ warnings, ❌ errors), then one table of
 * problems. Problems in files that are not runbooks (a broken YAML file, a Markdown document) appear in the second
 * table only.
 */
export function formatSummaryMarkdown(
  runbooks: readonly Runbook[],
  problems: readonly Problem[],
  filesChecked = runbooks.length,
): string {
  const sorted = sortProblems(problems);
  const byFile = new Map<string, { errors: number; warnings: number }>();
  for (const p of sorted) {
    const count = byFile.get(p.file) ?? { errors: 0, warnings: 0 };
    if (p.severity === 'error') count.errors++;
    else count.warnings++;
    byFile.set(p.file, count);
  }
  const lines = ['## Runbook validation', '', formatSummaryLine(filesChecked, problems), ''];
  if (runbooks.length > 0) {
    lines.push('| Status | Runbook | Title | File |', '| --- | --- | --- | --- |');
    for (const r of runbooks) {
      const count = byFile.get(r.file);
      const status =
        count && count.errors > 0
          ? `❌ ${count.errors} error${count.errors === 1 ? '' : 's'}`
          : count && count.warnings > 0
            ? `⚠️ ${count.warnings} warning${count.warnings === 1 ? '' : 's'}`
            : '✅ ok';
      lines.push(`| ${status} | ${code(r.id)} | ${cell(r.title)} | ${code(r.file)} |`);
    }
    lines.push('');
  }
  if (sorted.length > 0) {
    lines.push('### Problems', '', '| Severity | Location | Message |', '| --- | --- | --- |');
    for (const p of sorted) {
      const icon = p.severity === 'error' ? '❌ error' : '⚠️ warning';
      lines.push(`| ${icon} | ${code(`${p.file}:${p.line}:${p.column}`)} | ${cell(p.message)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
