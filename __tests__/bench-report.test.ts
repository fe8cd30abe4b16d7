import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { printTable, type BenchRow } from '../bench/harness.js';
import {
  buildResult,
  parseResult,
  readmeBlock,
  README_END,
  README_START,
  renderMarkdown,
  renderReadmeBlock,
  replaceReadmeBlock,
  type BenchResult,
  type Machine,
} from '../bench/report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const machine: Machine = {
  cpu: 'Example CPU @ 2.00GHz',
  cores: 2,
  memoryGb: 8,
  node: 'v20.0.0',
  os: 'Linux 6.0 x64',
  loadStart: 0.5,
  loadEnd: 0.75,
};

const met: BenchRow = {
  section: 'alert',
  case: 'alert start → Slack post',
  value: '250 ms (1.25×)',
  baseline: 'post-one script 200 ms',
  target: 'value ≤ 1.3× baseline',
  pass: true,
};
const missed: BenchRow = {
  section: 'preview',
  case: 'cold start: preview',
  value: '300 ms (3.00×)',
  baseline: '100 ms node -e 0',
  target: '≤ 2.5× baseline',
  pass: false,
};
const informational: BenchRow = {
  section: 'alert',
  case: 'node -e 0',
  value: '25.0 ms',
  baseline: '',
  informational: true,
  note: 'bare Node start, for scale',
};

function result(rows: BenchRow[]): BenchResult {
  return buildResult({
    started: new Date('2026-12-01T18:00:00Z'),
    durationSeconds: 42.4,
    machine,
    sections: ['alert', 'preview'],
    rows,
  });
}

async function prettierClean(markdown: string): Promise<boolean> {
  const options = await prettier.resolveConfig(path.join(ROOT, 'README.md'));
  return prettier.check(markdown, { ...options, parser: 'markdown' });
}

describe('bench result', () => {
  it('fails the run when one target is missed, whatever the informational rows show', () => {
    const r = result([met, informational, missed]);
    expect([r.passed, r.summary]).toEqual([false, { met: 1, missed: 1, informational: 1 }]);
  });

  it('passes the run when every target is met; informational rows neither help nor hurt', () => {
    const r = result([met, informational]);
    expect([r.passed, r.summary]).toEqual([true, { met: 1, missed: 0, informational: 1 }]);
  });

  it('shows no pass mark on an informational row, NO on a missed target', () => {
    const lines = printTable([met, informational, missed]).split('\n');
    expect(lines.slice(2).map((l) => l.split('|').slice(-2, -1)[0]!.trim())).toEqual(['yes', '—', 'NO']);
    expect(lines[3]).toContain('informational (bare Node start, for scale)');
  });

  it('states the machine, the date and the verdict above the table', () => {
    const markdown = renderMarkdown(result([met, informational, missed]));
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      'Measured 2026-12-01 18:00 UTC with `npm run bench` (sections: alert, preview; 42 s) on Example CPU @ 2.00GHz, ' +
        '2 cores, 8 GB, Linux 6.0 x64, Node v20.0.0; load average 0.50 at the start, 0.75 at the end.',
      '',
      '1 of 2 targets met (1 target missed); 1 informational row without a pass mark.',
    ]);
  });

  it('reads back what it wrote, and refuses a file that is not a result', () => {
    const r = result([met]);
    expect(parseResult(JSON.stringify(r), 'r.json')).toEqual(r);
    expect(() => parseResult('{"rows": []}', 'other.json')).toThrow(
      'other.json: not a benchmark result (expected "format": "oncall-runbooks/bench-result", version 1)',
    );
    expect(() => parseResult('not json', 'broken.json')).toThrow('broken.json: not JSON');
  });

  it('lays the table out as Prettier does, so the README stays formatted', async () => {
    const rows: BenchRow[] = [met, informational, missed, { ...met, case: 'a | pipe and `code`' }];
    await expect(prettierClean(`# Title\n\n${renderReadmeBlock(result(rows))}\n`)).resolves.toBe(true);
  });
});

describe('README benchmark block', () => {
  it('replaces only what lies between the markers', () => {
    const readme = `# X\n\nbefore\n\n${README_START}\nold\n${README_END}\n\nafter\n`;
    expect(replaceReadmeBlock(readme, `${README_START}\nnew\n${README_END}`)).toBe(
      `# X\n\nbefore\n\n${README_START}\nnew\n${README_END}\n\nafter\n`,
    );
    expect(() => replaceReadmeBlock('# X\n', 'b')).toThrow('README.md has no benchmark block');
  });

  it('is the block generated from the committed result (npm run bench:readme)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const committed = parseResult(
      readFileSync(path.join(ROOT, 'bench', 'result.json'), 'utf8'),
      'bench/result.json',
    );
    const block = readmeBlock(readme);
    expect(block).toBe(renderReadmeBlock(committed));
    // A full run: every section, the machine and the date, the growth from 1,000 to 10,000 runbooks.
    expect(block).toMatch(/^Measured \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC with `npm run bench` \(sections: /m);
    expect(block).toMatch(/ cores, \d+ GB, .+, Node v\d+\.\d+\.\d+; load average /);
    expect(block).toMatch(/^Growth of `validate`\/`build` from 1,000 to 10,000 runbooks/m);
    expect(block).toMatch(/^\| section +\| case +\| value +\| baseline \(same run\) +\| target +\| ok +\|$/m);
  });
});
