import { describe, expect, it } from '@jest/globals';
import {
  annotationFor,
  formatJson,
  formatSummaryLine,
  formatSummaryMarkdown,
  formatText,
} from '../src/runbooks/problems.js';
import type { Runbook } from '../src/runbooks/types.js';
import type { Problem } from '../src/runbooks/validate.js';

const problems: Problem[] = [
  { file: 'runbooks/b.yml', line: 3, column: 1, severity: 'warning', message: 'no tests', path: 'tests' },
  { file: 'runbooks/a.yml', line: 9, column: 2, severity: 'error', message: 'second' },
  {
    file: 'runbooks/a.yml',
    line: 2,
    column: 5,
    severity: 'error',
    message: 'a | b <script>x</script>\nnext',
  },
];

const runbook = (id: string, title: string): Runbook => ({
  id,
  title,
  priority: 0,
  match: { any: [id], all: [], none: [], regex: [], services: [] },
  tests: { match: [], noMatch: [] },
  file: `runbooks/${id}.yml`,
});

describe('problem formatting', () => {
  it('prints one compiler-style line per problem, sorted by file, line and column', () => {
    expect(formatText(problems)).toBe(
      [
        'runbooks/a.yml:2:5: error: a | b <script>x</script>\\nnext',
        'runbooks/a.yml:9:2: error: second',
        'runbooks/b.yml:3:1: warning: no tests',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with exactly file, line, column, severity and message', () => {
    const parsed = JSON.parse(formatJson(problems)) as { problems: object[] };
    expect(parsed.problems[0]).toEqual({
      file: 'runbooks/a.yml',
      line: 2,
      column: 5,
      severity: 'error',
      message: 'a | b <script>x</script>\nnext',
    });
    expect(parsed.problems.map((p) => Object.keys(p))).toEqual(
      Array(3).fill(['file', 'line', 'column', 'severity', 'message']),
    );
  });

  it('counts errors and warnings in the summary line', () => {
    expect(formatSummaryLine(2, problems)).toBe('2 runbooks checked: 2 errors, 1 warning.');
    expect(formatSummaryLine(1, [])).toBe('1 runbook checked: no problems.');
  });

  it('builds a job summary whose cells cannot break the table or inject HTML', () => {
    const markdown = formatSummaryMarkdown(
      [runbook('a', 'A | <b>bold</b>'), runbook('b', 'B'), runbook('c', 'C')],
      problems,
    );
    const lines = markdown.split('\n');
    expect(lines).toContain(
      '| ❌ 2 errors | <code>a</code> | A &#124; &#60;b&#62;bold&#60;/b&#62; | <code>runbooks/a.yml</code> |',
    );
    expect(lines).toContain('| ⚠️ 1 warning | <code>b</code> | B | <code>runbooks/b.yml</code> |');
    expect(lines).toContain('| ✅ ok | <code>c</code> | C | <code>runbooks/c.yml</code> |');
    expect(lines).toContain(
      '| ❌ error | <code>runbooks/a.yml:2:5</code> | a &#124; b &#60;script&#62;x&#60;/script&#62; next |',
    );
    // Every table row has the same number of cell separators as its header.
    for (const line of lines.filter((l) => l.startsWith('|'))) {
      const separators = line.split('|').length;
      expect([5, 6]).toContain(separators);
    }
  });

  it('turns a problem into annotation properties for the pull request diff', () => {
    expect(annotationFor(problems[0]!)).toEqual({
      file: 'runbooks/b.yml',
      startLine: 3,
      startColumn: 1,
      title: 'Runbook warning',
    });
  });
});
