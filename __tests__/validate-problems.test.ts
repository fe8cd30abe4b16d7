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

describe('the job summary with Markdown in outside text', () => {
  const hostile = [
    '[Approve this PR](https://evil.example)',
    '![tracker](https://evil.example/pixel.png)',
    '<img src=x onerror=alert(1)> <a href="https://evil.example">x</a>',
    'a | b | c',
    '*bold* _em_ ~~gone~~ `code` $x^2$ @octocat #123 www.evil.example',
    'line one\n\n# heading',
  ];

  it('shows runbook titles, file names and messages as text: no link, image, HTML, emphasis or extra cell', () => {
    const runbooks = hostile.map((title, i) => ({
      ...runbook(`r${i}`, title),
      file: `runbooks/[x](https://evil.example)|${i}.yml`,
    }));
    const markdown = formatSummaryMarkdown(
      runbooks,
      hostile.map((message, i) => ({
        file: runbooks[i]!.file,
        line: 1,
        column: 1,
        severity: 'error',
        message,
      })),
    );
    const rows = markdown.split('\n').filter((l) => l.startsWith('|'));
    // Every row has its table's number of cells: no `|` from outside text opened one.
    const runbookRows = rows.filter((r) => /^\| (✅|❌|⚠️) \d* ?\w* ?\| <code>r\d/.test(r));
    expect(runbookRows).toHaveLength(hostile.length);
    for (const row of runbookRows) expect(row.split('|')).toHaveLength(6);
    const problemRows = rows.filter((r) => r.startsWith('| ❌ error |'));
    expect(problemRows).toHaveLength(hostile.length);
    for (const row of problemRows) expect(row.split('|')).toHaveLength(5);
    for (const text of [
      '](',
      '![',
      '<img',
      '<a ',
      '*bold*',
      '_em_',
      '~~',
      '`code`',
      '$x',
      '@octocat',
      '#123',
      'https://',
      'www.evil',
    ]) {
      expect(markdown).not.toContain(text);
    }
    expect(markdown.split('\n').filter((l) => l.startsWith('# '))).toEqual([]);
    // Entities render as the characters, so a reader still sees the title as written.
    expect(markdown).toContain('&#91;Approve this PR&#93;(https&#58;//evil.example)');
  });
});
