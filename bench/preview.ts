/**
 * Section "preview": cold start of `oncall preview` (it runs the alert path's message builder, offline) beside
 * `node -e 0` and `oncall match`, and the runbook PR comparison over 1,000 runbooks beside matching the same titles
 * once (the comparison matches each title twice, against both rule sets, so about 2× is the floor).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readAlert } from '../src/runbooks/titles.js';
import { buildIndex, serializeIndex, toIndexed } from '../src/runbooks/index-file.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import { compareWithBase } from '../src/preview/pr-preview.js';
import type { Runbook } from '../src/runbooks/types.js';
import { type BenchRow, type BenchSection, coldStarts, formatMs } from './harness.js';

const SECTION = 'preview';
const root = process.env.ONCALL_ROOT ?? process.cwd();

function runbooks(count: number): Runbook[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `rb-${String(i).padStart(5, '0')}`,
    title: `Synthetic alert ${i}`,
    url: `https://wiki.example.com/runbooks/${i}`,
    priority: i % 5,
    match: {
      any: [`SyntheticAlert${i}`, `synthetic alert ${i} fired`],
      all: [],
      none: ['staging'],
      regex: [],
      services: [],
    },
    tests: {
      match: [
        `[FIRING:1] SyntheticAlert${i} (10.0.3.${i % 250}:9100 critical)`,
        `synthetic alert ${i} fired on db-${i % 7}`,
      ],
      noMatch: [`[FIRING:1] SyntheticAlert${i} (staging warning)`],
    },
    file: `runbooks/rb-${i}.yml`,
  }));
}

/** Median of `runs` timed calls after two untimed ones (the first calls pay for compiling the matcher code). */
function timeMs(fn: () => unknown, runs = 7): number {
  fn();
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export const section: BenchSection = {
  name: SECTION,
  async run() {
    const rows: BenchRow[] = [];
    const work = mkdtempSync(path.join(tmpdir(), 'oncall-bench-preview-'));
    try {
      const cli = path.join(root, 'dist', 'cli.js');
      const set = runbooks(100);
      const file = path.join(work, 'index.json');
      writeFileSync(
        file,
        serializeIndex(buildIndex(set, { repository: null, commit: null, dir: 'runbooks' })),
      );
      const title = set[42]!.tests.match[0]!;
      // Started in turn, so that the ratios hold while the load on the machine changes.
      const { node, match, preview } = coldStarts({
        node: ['-e', '0'],
        match: [cli, 'match', title, '--index', file],
        preview: [cli, 'preview', title, '--index', file],
      });
      rows.push(
        {
          section: SECTION,
          case: 'cold start: node dist/cli.js preview --index (100 runbooks)',
          value: `${formatMs(preview)} (${(preview / node).toFixed(2)}×)`,
          baseline: `${formatMs(node)} node -e 0`,
          target: '≤ 2.5× baseline (the cold-start target)',
          pass: preview <= 2.5 * node,
        },
        {
          section: SECTION,
          case: 'cold start: preview beside match (same index)',
          value: `${formatMs(preview)} (${(preview / match).toFixed(2)}×)`,
          baseline: `${formatMs(match)} match`,
          target: '≤ 1.5× baseline',
          pass: preview <= 1.5 * match,
        },
      );

      // The PR comparison: 1,000 runbooks, one of them changed, 3 test titles each.
      const head = runbooks(1000);
      const base = head.map(toIndexed);
      head[500] = { ...head[500]!, priority: 9 };
      const titles = head.flatMap((r) => [...r.tests.match, ...r.tests.noMatch]);
      const compare = timeMs(() => compareWithBase(head, { runbooks: base, origin: 'bench', commit: null }));
      const once = timeMs(() => {
        const matcher = createMatcher(head.map(toIndexed));
        for (const t of titles) matcher.match({ text: readAlert(t).text });
      });
      rows.push({
        section: SECTION,
        case: `PR comparison: 1,000 runbooks, ${titles.length} test titles`,
        value: `${formatMs(compare)} (${(compare / once).toFixed(1)}×)`,
        baseline: `${formatMs(once)} build + match once`,
        target: '≤ 3× baseline',
        pass: compare <= 3 * once,
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    return rows;
  },
};
