/**
 * Cold measurements of the runbook engine, each in a fresh process (the bench bundle started again in a child
 * mode, see run.ts): loading the 10,000-runbook index, and checking rule regexes for safety.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIndex, parseIndex, serializeIndex } from '../src/runbooks/index-file.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import { RegexSafetyChecker } from '../src/runbooks/regex-safety.js';
import type { Runbook } from '../src/runbooks/types.js';
import { formatMs, type BenchRow } from './harness.js';

const SECTION = 'matching';

/** Child modes: `node run.js --child <mode> <file>` prints one JSON line and exits. */
export async function runChild(mode: string, file: string): Promise<void> {
  if (mode === 'index-load') {
    const start = performance.now();
    const matcher = createMatcher(parseIndex(readFileSync(file, 'utf8'), file).runbooks);
    process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, size: matcher.size })}\n`);
  } else if (mode === 'read-parse') {
    const start = performance.now();
    const data = JSON.parse(readFileSync(file, 'utf8')) as { runbooks: unknown[] };
    process.stdout.write(
      `${JSON.stringify({ ms: performance.now() - start, size: data.runbooks.length })}\n`,
    );
  } else if (mode === 'regex') {
    const patterns = JSON.parse(readFileSync(file, 'utf8')) as string[];
    // A new checker in a new process: nothing cached, recheck not yet loaded.
    const checker = new RegexSafetyChecker();
    const times: number[] = [];
    let rejected = 0;
    for (const pattern of patterns) {
      const start = performance.now();
      const finding = await checker.check(pattern);
      times.push(performance.now() - start);
      if (finding?.severity === 'error') rejected++;
    }
    process.stdout.write(`${JSON.stringify({ times, rejected })}\n`);
  } else {
    throw new Error(`unknown child mode ${mode}`);
  }
}

function child<T>(mode: string, file: string): T {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  // process.argv[1] is the bench bundle's entry (run.js), which starts in child mode with --child.
  const result = spawnSync(process.execPath, [process.argv[1]!, '--child', mode, file], {
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`bench child ${mode} failed: ${result.stderr.slice(0, 500)}`);
  return JSON.parse(result.stdout) as T;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The same runbooks in the version 1 layout (one pretty-printed object per runbook), as earlier releases wrote. */
function v1Layout(runbooks: Runbook[]): string {
  const index = buildIndex(runbooks, { repository: null, commit: null, dir: 'runbooks' });
  return `${JSON.stringify({ ...index, version: 1 }, null, 2)}\n`;
}

/**
 * Cold index load of 10,000 runbooks in a fresh process (read + parse + check + createMatcher, timed inside the
 * process so Node's own start is not counted), against reading and JSON.parse of the same runbooks in the version 1
 * layout in another fresh process. Medians of 7 processes each.
 */
export function coldIndexLoadRows(runbooks: Runbook[], work: string): BenchRow[] {
  const current = path.join(work, 'index-v2.json');
  const previous = path.join(work, 'index-v1.json');
  writeFileSync(
    current,
    serializeIndex(buildIndex(runbooks, { repository: null, commit: null, dir: 'runbooks' })),
  );
  writeFileSync(previous, v1Layout(runbooks));
  const load: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < 7; i++) {
    load.push(child<{ ms: number }>('index-load', current).ms);
    baseline.push(child<{ ms: number }>('read-parse', previous).ms);
  }
  const value = median(load);
  const base = median(baseline);
  const kb = (file: string) => `${(readFileSync(file).length / 1024).toFixed(0)} KB`;
  return [
    {
      section: SECTION,
      case: `cold index load in a fresh process: read + parse + check + createMatcher, ${runbooks.length} runbooks (v2, ${kb(current)})`,
      value: `${formatMs(value)} (${(value / base).toFixed(2)}×)`,
      baseline: `${formatMs(base)} read + JSON.parse of the v1 file (${kb(previous)}), fresh process`,
      target: '≤ 1.5× baseline',
      pass: value <= 1.5 * base,
    },
  ];
}

/**
 * 200 distinct rule regexes of the shapes rules have — a name followed by `\s*=\s*\d+`, `[ _-]+`, `\s+\(`, status
 * codes, anchored titles — of which one in five has a group or alternation (and so goes to recheck), checked by a
 * new checker in a fresh process. Median time per distinct pattern.
 */
export function regexColdRows(names: string[], work: string): BenchRow[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = new Set<string>();
  for (let i = 0; patterns.size < 200 && i < names.length * 5; i++) {
    const name = escape(names[i % names.length]!.toLowerCase());
    const shape = i % 5;
    if (shape === 0) patterns.add(`${name}\\s*=\\s*\\d+`);
    else if (shape === 1) patterns.add(`${name}[ _-]+full`);
    else if (shape === 2) patterns.add(`^\\[firing:\\d+\\] ${name}\\s+\\(`);
    else if (shape === 3) patterns.add(`5\\d\\d ${name}`);
    else patterns.add(`${name}[ _-]?(?:error|count|rate)`);
  }
  const file = path.join(work, 'patterns.json');
  writeFileSync(file, JSON.stringify([...patterns]));
  const { times, rejected } = child<{ times: number[]; rejected: number }>('regex', file);
  const value = median(times);
  const sorted = [...times].sort((a, b) => a - b);
  return [
    {
      section: SECTION,
      case: `regex safety check, median per distinct pattern, cold (${times.length} patterns, 1 in 5 with a group; p90 ${formatMs(sorted[Math.floor(sorted.length * 0.9)]!)}, ${rejected} rejected)`,
      value: formatMs(value),
      baseline: '',
      target: '≤ 50 ms',
      pass: value <= 50 && rejected === 0,
    },
  ];
}
