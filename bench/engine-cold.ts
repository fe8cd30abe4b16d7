/**
 * Cold measurements of the runbook engine, each in a fresh process (the bench bundle started again in a child
 * mode, see run.ts): loading the 10,000-runbook index, and checking rule regexes for safety.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIndex, parseIndex, serializeIndex } from '../src/runbooks/index-file.js';
import { openIndexFile } from '../src/runbooks/index-open.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import { RegexSafetyChecker } from '../src/runbooks/regex-safety.js';
import type { Runbook } from '../src/runbooks/types.js';
import { childEnv, coldStart, formatMs, median, type BenchRow } from './harness.js';

const SECTION = 'matching';

/** Child modes: `node run.js --child <mode> <file>` prints one JSON line and exits. */
export async function runChild(mode: string, file: string): Promise<void> {
  if (mode === 'index-load') {
    const start = performance.now();
    const matcher = createMatcher(parseIndex(readFileSync(file, 'utf8'), file).runbooks);
    process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, size: matcher.size })}\n`);
  } else if (mode === 'index-open') {
    // What the alert path does with the published index: open it, match one alert, look up the best runbook.
    const [indexFile, title] = JSON.parse(file) as [string, string];
    const start = performance.now();
    const index = await openIndexFile(indexFile);
    const best = index.matcher().match({ text: title })[0];
    const runbook = best ? index.runbook(best.id) : undefined;
    const ms = performance.now() - start;
    process.stdout.write(
      `${JSON.stringify({ ms, size: index.size, version: index.version, matched: runbook?.id })}\n`,
    );
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
  // process.argv[1] is the bench bundle's entry (run.js), which starts in child mode with --child.
  const result = spawnSync(process.execPath, [process.argv[1]!, '--child', mode, file], {
    env: childEnv(),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`bench child ${mode} failed: ${result.stderr.slice(0, 500)}`);
  return JSON.parse(result.stdout) as T;
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
    serializeIndex(buildIndex(runbooks, { repository: null, commit: null, dir: 'runbooks' }), 2),
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
      informational: true,
      note: 'the full read of the previous layout; the alert path opens version 3, see the next row',
    },
  ];
}

/**
 * The runbooks as a large organisation publishes them: each with a document, an owner and two more phrases, and
 * escalation levels and Slack channels on some — about 4.4 MB for 10,000 runbooks in the version 2 layout.
 */
export function publishedLike(runbooks: Runbook[]): Runbook[] {
  const teams = ['databases', 'platform', 'payments', 'search'];
  return runbooks.map((r, i) => ({
    ...r,
    doc: `${teams[i % teams.length]!}/${r.id}-${(r.match.any[0] ?? 'regex').toLowerCase().replace(/[^a-z0-9]+/g, '-')}.md`,
    owner: `@acme/team-${i % 37}`,
    ...(i % 3 === 0 ? { escalateTo: 2 } : {}),
    ...(i % 4 === 0 ? { slackChannel: `C0TEAM${String(i % 41).padStart(3, '0')}` } : {}),
    match: {
      ...r.match,
      any: r.match.any.length > 0 ? [...r.match.any, `${r.match.any[0]!} is firing`, `${r.title} alert`] : [],
      none: [...r.match.none, 'maintenance window', 'test environment'],
    },
  }));
}

/**
 * Row "index load, cold, 10,000 runbooks": a fresh process opens the published index (the current layout, built
 * from {@link publishedLike} runbooks), matches one alert and looks up the best runbook, timed inside the process;
 * median of `runs` (≥ 15) processes, beside `node -e 0` and the whole child process measured in the same run.
 * `title` must match a runbook, so that the time includes reading a row.
 */
export function indexLoadColdRow(runbooks: Runbook[], title: string, work: string, runs = 15): BenchRow {
  const file = path.join(work, 'index-published.json');
  const text = serializeIndex(
    buildIndex(publishedLike(runbooks), { repository: null, commit: null, dir: 'runbooks' }),
  );
  writeFileSync(file, text);
  const args = JSON.stringify([file, title]);
  const inside: number[] = [];
  let matched: string | undefined;
  for (let i = 0; i < runs; i++) {
    const result = child<{ ms: number; matched?: string }>('index-open', args);
    inside.push(result.ms);
    matched = result.matched;
  }
  const nodeStart = coldStart(['-e', '0'], runs);
  const whole = coldStart([process.argv[1]!, '--child', 'index-open', args], runs);
  const value = median(inside);
  const mb = (text.length / 1024 / 1024).toFixed(1);
  return {
    section: SECTION,
    case: `index load, cold, ${runbooks.length.toLocaleString('en-US')} runbooks: open the published index (v3, ${mb} MB) + match one alert + read its runbook, in a fresh process (median of ${runs})`,
    value: formatMs(value),
    baseline: `${formatMs(nodeStart)} node -e 0; ${formatMs(whole)} the whole child process`,
    target: '≤ 40 ms',
    pass: value <= 40 && matched !== undefined,
  };
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
