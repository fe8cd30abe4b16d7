/**
 * Section "matching": the runtime matcher against the naive "loop over runbooks, test each keyword" baseline at
 * 100 / 1,000 / 10,000 runbooks, index load time, cold start of `oncall match`, and validate + build of 1,000 files.
 *
 * Rules are built from ../shared/corpus/alerts.jsonl and titles taken from ../shared/corpus/pd-incident-titles.jsonl
 * when those files exist (they live beside the project, not in it); otherwise both are generated.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIndex, parseIndex, serializeIndex } from '../src/runbooks/index-file.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import { createNaiveMatcher } from '../src/runbooks/naive-matcher.js';
import type { Matcher } from '../src/runbooks/matcher.js';
import type { Runbook } from '../src/runbooks/types.js';
import { type BenchRow, type BenchSection, coldStart, formatMs, percentile } from './harness.js';

const SECTION = 'matching';
const root = process.env.ONCALL_ROOT ?? process.cwd();
const corpus = path.join(root, '..', 'shared', 'corpus');

interface AlertRule {
  name: string;
  human: string | null;
  severity: string;
}

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Deterministic generator for when the corpus is absent: CamelCase alert names from a small vocabulary. */
function generatedRules(count: number): AlertRule[] {
  const a = [
    'Node',
    'Mysql',
    'Redis',
    'Kafka',
    'Etcd',
    'Kube',
    'Nginx',
    'Postgres',
    'Disk',
    'Api',
    'Queue',
    'Cert',
  ];
  const b = ['High', 'Low', 'Too', 'Slow', 'Missing', 'Failed', 'Stuck', 'Out'];
  const c = [
    'Latency',
    'Connections',
    'Memory',
    'Cpu',
    'Errors',
    'Restarts',
    'Space',
    'Lag',
    'Expiry',
    'Backlog',
  ];
  return Array.from({ length: count }, (_, i) => {
    const name = `${a[i % a.length]}${b[Math.floor(i / a.length) % b.length]}${c[Math.floor(i / 96) % c.length]}${i >= 960 ? i : ''}`;
    return { name, human: null, severity: i % 3 === 0 ? 'critical' : 'warning' };
  });
}

export function loadRules(): AlertRule[] {
  const file = path.join(corpus, 'alerts.jsonl');
  if (!existsSync(file)) return generatedRules(1400);
  const seen = new Set<string>();
  const rules: AlertRule[] = [];
  for (const row of readJsonl(file)) {
    const name = typeof row.alertname === 'string' ? row.alertname : null;
    if (!name || seen.has(name)) continue;
    seen.add(name);
    rules.push({
      name,
      human: typeof row.title_human === 'string' ? row.title_human : null,
      severity: typeof row.severity === 'string' ? row.severity : 'warning',
    });
  }
  return rules;
}

export function loadTitles(rules: AlertRule[]): string[] {
  const file = path.join(corpus, 'pd-incident-titles.jsonl');
  if (existsSync(file)) {
    return readJsonl(file)
      .map((row) => row.title)
      .filter((t): t is string => typeof t === 'string');
  }
  return rules.flatMap((r, i) => [
    `[FIRING:1] ${r.name} (10.0.3.${i % 250}:9100 ${r.severity})`,
    `[RESOLVED] ${r.name} (payments ${r.severity})`,
    `[Triggered on {host:web-${i % 9}}] ${r.name.replace(/([a-z])([A-Z])/g, '$1 $2')} on {{host.name}}`,
  ]);
}

// Unicode-mode regexes reject needless escapes such as `\-`, so only syntax characters are escaped.
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `count` runbooks shaped like real rule sets: mostly one alert name per runbook; the same alert name handled by
 * several teams (services), with `all`/`none` refinements, human-readable phrases, some regexes and a few
 * regex-only rules (which no keyword can trigger, so the matcher runs them for every alert).
 */
export function syntheticRunbooks(rules: AlertRule[], count: number): Runbook[] {
  return Array.from({ length: count }, (_, i): Runbook => {
    const rule = rules[i % rules.length]!;
    const variant = Math.floor(i / rules.length);
    const match: Runbook['match'] = { any: [rule.name], all: [], none: [], regex: [], services: [] };
    if (i % 500 === 499) {
      match.any = [];
      match.regex = [`${escapeRegex(rule.name.toLowerCase())}\\s+\\(`];
    } else if (variant === 0) {
      if (rule.human) match.any.push(rule.human);
    } else if (variant === 1) {
      match.none = ['staging', 'dev'];
      match.services = [`team-${i % 7}`];
    } else if (variant === 2) {
      match.all = [rule.severity];
    } else if (variant === 3) {
      match.regex = ['\\((?:[^()]*\\s)?critical\\)'];
    } else {
      match.services = [`svc-${variant}-${i % 13}`];
    }
    return {
      id: `rb-${String(i).padStart(5, '0')}`,
      title: `${rule.human ?? rule.name} (variant ${variant})`,
      url: `https://wiki.example.com/runbooks/${i}`,
      priority: variant % 3,
      match,
      tests: { match: [], noMatch: [] },
      file: `runbooks/rb-${i}.yml`,
    };
  });
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Per-alert times (sorted, ms) after one warm-up pass over all titles. Each title's time is the median of three
 * runs, so that a single scheduler hiccup on a busy 2-core machine does not become the p99.
 */
function timeMatches(
  matcher: Matcher,
  titles: string[],
): { sorted: number[]; matched: number; ranked: string[] } {
  let matched = 0;
  // Ids in rank order per title, so the two matchers are compared on what they answer, not only how much.
  const ranked: string[] = [];
  for (const text of titles) {
    const result = matcher.match({ text });
    matched += result.length;
    ranked.push(result.map((m) => m.id).join(' '));
  }
  gc();
  const times: number[] = [];
  const runs = [0, 0, 0];
  for (const text of titles) {
    for (let r = 0; r < runs.length; r++) {
      const start = performance.now();
      matcher.match({ text });
      runs[r] = performance.now() - start;
    }
    times.push(median(runs));
  }
  return { sorted: times.sort((a, b) => a - b), matched, ranked };
}

export function matchingRows(rules: AlertRule[], titles: string[]): BenchRow[] {
  const rows: BenchRow[] = [];
  // A fixed spread of titles keeps the naive baseline at 10,000 runbooks to a few seconds.
  const step = Math.max(1, Math.floor(titles.length / 1000));
  const sampleTitles = titles.filter((_, i) => i % step === 0);
  for (const count of [100, 1_000, 10_000]) {
    const runbooks = syntheticRunbooks(rules, count);
    const json = serializeIndex(buildIndex(runbooks, { repository: null, commit: null, dir: 'runbooks' }));
    const load: number[] = [];
    const parseOnly: number[] = [];
    for (let i = 0; i < 11; i++) {
      gc();
      let start = performance.now();
      JSON.parse(json);
      parseOnly.push(performance.now() - start);
      gc();
      start = performance.now();
      createMatcher(parseIndex(json, 'bench').runbooks);
      load.push(performance.now() - start);
    }
    const loadMs = median(load.slice(1));
    const is10k = count === 10_000;
    rows.push({
      section: SECTION,
      case: `index load (parse + check + createMatcher), ${count} runbooks, ${(json.length / 1024).toFixed(0)} KB`,
      value: formatMs(loadMs),
      baseline: `${formatMs(median(parseOnly.slice(1)))} JSON.parse only`,
      target: is10k ? '≤ 100 ms' : '—',
      pass: !is10k || loadMs <= 100,
    });

    const indexed = parseIndex(json, 'bench').runbooks;
    const fast = timeMatches(createMatcher(indexed), sampleTitles);
    const naive = timeMatches(createNaiveMatcher(indexed), sampleTitles);
    const differs = fast.ranked.findIndex((ids, i) => ids !== naive.ranked[i]);
    if (differs !== -1) {
      throw new Error(
        `matchers disagree at ${count} runbooks on ${JSON.stringify(sampleTitles[differs])}: ` +
          `[${fast.ranked[differs]}] vs [${naive.ranked[differs]}] (reference)`,
      );
    }
    const p50 = percentile(fast.sorted, 50);
    const naiveP50 = percentile(naive.sorted, 50);
    const ratio = naiveP50 / p50;
    rows.push({
      section: SECTION,
      case: `match p50 per alert (median of 3 runs), ${count} runbooks (${sampleTitles.length} titles, ${(fast.matched / sampleTitles.length).toFixed(1)} matches/alert)`,
      value: formatMs(p50),
      baseline: `${formatMs(naiveP50)} naive`,
      target: is10k ? '≤ 50 µs' : '—',
      pass: !is10k || p50 <= 0.05,
    });
    rows.push({
      section: SECTION,
      case: `match p99 per alert, ${count} runbooks`,
      value: formatMs(percentile(fast.sorted, 99)),
      baseline: `${formatMs(percentile(naive.sorted, 99))} naive`,
      target: '—',
      pass: true,
    });
    rows.push({
      section: SECTION,
      case: `speed-up over naive (p50), ${count} runbooks`,
      value: `${ratio.toFixed(0)}×`,
      baseline: '1× (naive)',
      target: is10k ? '≥ 20×' : '—',
      pass: !is10k || ratio >= 20,
    });
  }
  return rows;
}

function coldStartRows(rules: AlertRule[], titles: string[], work: string): BenchRow[] {
  const cli = path.join(root, 'dist', 'cli.js');
  const title = titles[0] ?? '[FIRING:1] MysqlTooManyConnections (db-1 critical)';
  const baseline = coldStart(['-e', '0']);
  const rows: BenchRow[] = [];
  for (const count of [100, 10_000]) {
    const file = path.join(work, `index-${count}.json`);
    writeFileSync(
      file,
      serializeIndex(
        buildIndex(syntheticRunbooks(rules, count), { repository: null, commit: null, dir: 'runbooks' }),
      ),
    );
    const value = coldStart([cli, 'match', title, '--index', file]);
    const gated = count === 100;
    rows.push({
      section: SECTION,
      case: `cold start: node dist/cli.js match --index (${count} runbooks)`,
      value: formatMs(value),
      baseline: `${formatMs(baseline)} node -e 0`,
      target: gated ? '≤ 2.5× baseline' : '— (large index, for reference)',
      pass: !gated || value <= 2.5 * baseline,
    });
  }
  return rows;
}

function yamlFor(rule: AlertRule, id: string, index: number): string {
  const title = `[FIRING:1] ${rule.name} (10.0.3.${index % 250}:9100 ${rule.severity})`;
  return [
    `id: ${id}`,
    `title: ${JSON.stringify(rule.human ?? rule.name)}`,
    `url: https://wiki.example.com/runbooks/${id}`,
    `priority: ${index % 5}`,
    'match:',
    `  any: [${JSON.stringify(rule.name)}]`,
    'tests:',
    `  match: [${JSON.stringify(title)}]`,
    '',
  ].join('\n');
}

/** Median wall time of `node args…` over `runs`, and the last run's result. */
function timeProcess(args: string[], runs: number): { ms: number; status: number | null; stderr: string } {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const times: number[] = [];
  let last = { status: 0 as number | null, stderr: '' };
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - start);
    last = { status: result.status, stderr: result.stderr.toString() };
  }
  return { ms: median(times), ...last };
}

function validateBuildRows(rules: AlertRule[], work: string): BenchRow[] {
  const dir = path.join(work, 'runbooks');
  mkdirSync(dir, { recursive: true });
  const ids = new Set<string>();
  let written = 0;
  for (const [i, rule] of rules.entries()) {
    if (written === 1000) break;
    const id = rule.name
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (id === '' || ids.has(id) || !/^[a-z]/.test(id)) continue;
    ids.add(id);
    writeFileSync(path.join(dir, `${id}.yml`), yamlFor(rule, id, i));
    written++;
  }
  const baselineScript = [
    "import { load } from 'js-yaml';",
    "import { readdirSync, readFileSync } from 'node:fs';",
    'const dir = process.argv[1];',
    "for (const f of readdirSync(dir)) load(readFileSync(dir + '/' + f, 'utf8'));",
  ].join('\n');
  const baseline = timeProcess(['--input-type=module', '-e', baselineScript, dir], 3);
  const build = timeProcess(
    [path.join(root, 'dist', 'cli.js'), 'build', dir, '--out', path.join(work, 'built.json')],
    3,
  );
  const ok = build.status === 0;
  return [
    {
      section: SECTION,
      case: `validate + build of ${written} keyword-only runbook files (node dist/cli.js build)`,
      value: ok
        ? formatMs(build.ms)
        : `failed (exit ${build.status}): ${build.stderr.split('\n')[0]?.slice(0, 120)}`,
      baseline: `${formatMs(baseline.ms)} read + YAML-parse only`,
      target: '≤ 2 s',
      pass: ok && build.ms <= 2000,
    },
  ];
}

export const section: BenchSection = {
  name: SECTION,
  async run() {
    const rules = loadRules();
    const titles = loadTitles(rules);
    const work = mkdtempSync(path.join(tmpdir(), 'oncall-bench-matching-'));
    try {
      return [
        ...matchingRows(rules, titles),
        ...coldStartRows(rules, titles, work),
        ...validateBuildRows(rules, work),
      ];
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
