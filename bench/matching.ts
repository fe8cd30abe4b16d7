/**
 * Section "matching": the runtime matcher against the naive "loop over runbooks, test each keyword" baseline at
 * 100 / 1,000 / 10,000 runbooks (speed, and that both answer the same ids in the same order), index load (cold in a
 * fresh process, see engine-cold.ts; warm in this one), the regex safety check, cold start of `oncall match`, and
 * validate + build of 1,000 and 10,000 files with the growth of the cost per file.
 *
 * Rules are built from ../shared/corpus/alerts.jsonl and titles taken from ../shared/corpus/pd-incident-titles.jsonl
 * (or the same files in $ONCALL_CORPUS) when those files exist (they live beside the project, not in it); otherwise
 * both are generated.
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
import { coldIndexLoadRows, indexLoadColdRow, regexColdRows } from './engine-cold.js';
import {
  type BenchRow,
  type BenchSection,
  childEnv,
  coldStarts,
  formatMs,
  median,
  percentile,
} from './harness.js';
import { GROWTH_ROW_ID } from './report.js';

const SECTION = 'matching';
const root = process.env.ONCALL_ROOT ?? process.cwd();
/** `ONCALL_CORPUS` names the corpus directory when it is not beside the project (a git worktree elsewhere). */
const corpus = process.env.ONCALL_CORPUS ?? path.join(root, '..', 'shared', 'corpus');

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

/** Where the fast and the reference matcher answered differently, over every title at every size. */
interface Disagreement {
  count: number;
  title: string;
  fast: string;
  naive: string;
}

export function matchingRows(rules: AlertRule[], titles: string[]): BenchRow[] {
  const rows: BenchRow[] = [];
  // A fixed spread of titles keeps the naive baseline at 10,000 runbooks to a few seconds.
  const step = Math.max(1, Math.floor(titles.length / 1000));
  const sampleTitles = titles.filter((_, i) => i % step === 0);
  let compared = 0;
  let matches = 0;
  const disagreements: Disagreement[] = [];
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
    const is10k = count === 10_000;
    // The first load is cold (compiles the code); the rest are warm repeats in this process. The cold figure that
    // users pay is measured in a fresh process (engine-cold.ts).
    rows.push({
      section: SECTION,
      case: `index load, warm (10 repeats in one process: parse + check + createMatcher), ${count} runbooks, ${(json.length / 1024).toFixed(0)} KB`,
      value: formatMs(median(load.slice(1))),
      baseline: `${formatMs(median(parseOnly.slice(1)))} JSON.parse only`,
      informational: true,
      note: 'the cold load in a fresh process is the row with a target',
    });

    const indexed = parseIndex(json, 'bench').runbooks;
    const fast = timeMatches(createMatcher(indexed), sampleTitles);
    const naive = timeMatches(createNaiveMatcher(indexed), sampleTitles);
    fast.ranked.forEach((ids, i) => {
      compared += 1;
      matches += ids === '' ? 0 : ids.split(' ').length;
      if (ids === naive.ranked[i]) return;
      disagreements.push({ count, title: sampleTitles[i]!, fast: ids, naive: naive.ranked[i]! });
    });
    const p50 = percentile(fast.sorted, 50);
    const naiveP50 = percentile(naive.sorted, 50);
    const ratio = naiveP50 / p50;
    const caseP50 = `match p50 per alert (median of 3 runs), ${count} runbooks (${sampleTitles.length} titles, ${(fast.matched / sampleTitles.length).toFixed(1)} matches/alert)`;
    rows.push(
      is10k
        ? {
            section: SECTION,
            case: caseP50,
            value: formatMs(p50),
            baseline: `${formatMs(naiveP50)} naive`,
            target: '≤ 50 µs',
            pass: p50 <= 0.05,
          }
        : {
            section: SECTION,
            case: caseP50,
            value: formatMs(p50),
            baseline: `${formatMs(naiveP50)} naive`,
            informational: true,
            note: 'the target is at 10,000 runbooks',
          },
    );
    rows.push({
      section: SECTION,
      case: `match p99 per alert, ${count} runbooks`,
      value: formatMs(percentile(fast.sorted, 99)),
      baseline: `${formatMs(percentile(naive.sorted, 99))} naive`,
      informational: true,
    });
    const speedUp = `speed-up over naive (p50), ${count} runbooks`;
    rows.push(
      is10k
        ? {
            section: SECTION,
            case: speedUp,
            value: `${ratio.toFixed(0)}×`,
            baseline: '1× (naive)',
            target: '≥ 20×',
            pass: ratio >= 20,
          }
        : {
            section: SECTION,
            case: speedUp,
            value: `${ratio.toFixed(0)}×`,
            baseline: '1× (naive)',
            informational: true,
            note: 'the target is at 10,000 runbooks',
          },
    );
  }
  const first = disagreements[0];
  if (first) {
    process.stderr.write(
      `bench: matching: the matchers disagree on ${disagreements.length} answers; first, at ${first.count} runbooks on ` +
        `${JSON.stringify(first.title)}: [${first.fast}] vs [${first.naive}] (reference)\n`,
    );
  }
  rows.push({
    section: SECTION,
    id: 'matching.agreement',
    case: `fast vs naive matcher: ids and order of every match (${sampleTitles.length} titles at 100, 1,000 and 10,000 runbooks; ${matches} matches)`,
    value: first
      ? `${disagreements.length} of ${compared} answers differ (first: ${first.count} runbooks, ${JSON.stringify(first.title.slice(0, 60))})`
      : `${compared} of ${compared} answers identical`,
    baseline: 'the naive matcher (reference)',
    target: 'every answer identical',
    pass: disagreements.length === 0 && compared > 0,
  });
  return rows;
}

/**
 * Cold start of `oncall match` with a 100- and a 10,000-runbook index, started in turn with `node -e 0` (see
 * coldStarts) so that the ratio holds on a busy machine.
 */
function coldStartRows(rules: AlertRule[], titles: string[], work: string): BenchRow[] {
  const cli = path.join(root, 'dist', 'cli.js');
  const title = titles[0] ?? '[FIRING:1] MysqlTooManyConnections (db-1 critical)';
  const files: Record<number, string> = {};
  for (const count of [100, 10_000]) {
    files[count] = path.join(work, `index-${count}.json`);
    writeFileSync(
      files[count],
      serializeIndex(
        buildIndex(syntheticRunbooks(rules, count), { repository: null, commit: null, dir: 'runbooks' }),
      ),
    );
  }
  const times = coldStarts({
    node: ['-e', '0'],
    small: [cli, 'match', title, '--index', files[100]!],
    large: [cli, 'match', title, '--index', files[10_000]!],
  });
  return [
    {
      section: SECTION,
      case: 'cold start: node dist/cli.js match --index (100 runbooks)',
      value: `${formatMs(times.small)} (${(times.small / times.node).toFixed(2)}×)`,
      baseline: `${formatMs(times.node)} node -e 0`,
      target: '≤ 2.5× baseline',
      pass: times.small <= 2.5 * times.node,
    },
    {
      section: SECTION,
      case: 'cold start: node dist/cli.js match --index (10000 runbooks)',
      value: `${formatMs(times.large)} (${(times.large / times.node).toFixed(2)}×)`,
      baseline: `${formatMs(times.node)} node -e 0; ${formatMs(times.small)} with 100 runbooks`,
      informational: true,
      note: 'its index load has the cold-load target',
    },
  ];
}

/**
 * The runbook file and Markdown document for a generated runbook: the `variant`-th rule (0–7) for an alert name,
 * each variant narrowed differently (services, `all`, `none`) at mixed priorities, so that higher-priority rules
 * shadow lower ones and the overlap checks have real work. Every runbook has tests (a match and a no-match) and a
 * document with a relative link, an `#anchor` link and a code block holding link syntax.
 */
function runbookFiles(
  rule: AlertRule,
  id: string,
  index: number,
  variant: number,
): { yaml: string; doc: string } {
  const title = `[FIRING:1] ${rule.name} (10.0.3.${index % 250}:9100 ${rule.severity})`;
  const match = [`  any: [${JSON.stringify(rule.name)}]`];
  if (variant === 1) match.push(`  services: [team-${index % 7}]`);
  if (variant === 2 || variant === 5) match.push(`  all: [${JSON.stringify(rule.severity)}]`);
  if (variant === 3) match.push('  none: [staging]');
  if (variant === 4 || variant === 6) match.push(`  services: [svc-${variant}]`);
  if (variant === 5) match.push('  none: [dev]');
  if (variant === 7) match.push('  none: [canary]');
  const yaml = [
    `id: ${id}`,
    `title: ${JSON.stringify(rule.human ?? rule.name)}`,
    `doc: ${id}.md`,
    `priority: ${(variant * 3 + index) % 5}`,
    'match:',
    ...match,
    'tests:',
    `  match: [${JSON.stringify(title)}]`,
    `  no_match: [${JSON.stringify(`[FIRING:1] Unrelated${index}Alert (db-1 warning)`)}]`,
    '',
  ].join('\n');
  const doc = [
    `# ${rule.human ?? rule.name}`,
    '',
    '## Check',
    '',
    'See [the shared steps](shared.md#restart) and [below](#escalate).',
    '',
    '```sh',
    'kubectl get pods # [not a link](nowhere.md)',
    '```',
    '',
    '## Escalate',
    '',
    'Page the owning team.',
    '',
  ].join('\n');
  return { yaml, doc };
}

/** Writes `count` runbooks (and their documents) for the validate rows; ids are unique. */
export function writeRunbookTree(rules: AlertRule[], dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'shared.md'), '# Shared steps\n\n## Restart\n\nRestart it.\n');
  const names = [
    ...new Set(
      rules.map((r) =>
        r.name
          .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, ''),
      ),
    ),
  ].filter((n) => /^[a-z]/.test(n));
  for (let i = 0; i < count; i++) {
    const rule = rules[i % rules.length]!;
    const id = `${names[i % names.length]}-${String(i).padStart(5, '0')}`;
    const { yaml, doc } = runbookFiles(rule, id, i, Math.floor(i / rules.length) % 8);
    writeFileSync(path.join(dir, `${id}.yml`), yaml);
    writeFileSync(path.join(dir, `${id}.md`), doc);
  }
}

/** Wall time of one `node args…` run in the project directory, and its exit status. */
function timeProcess(args: string[]): { ms: number; status: number | null; stderr: string } {
  const start = performance.now();
  // Validating 10,000 generated runbooks prints megabytes of warnings: the default 1 MB buffer would kill the run.
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: childEnv(),
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ms: performance.now() - start, status: result.status, stderr: result.stderr.toString() };
}

/** A build that takes longer than this is run once; a faster one three times (median), in turn with its baseline. */
const SINGLE_RUN_MS = 15_000;

/**
 * `oncall build` (validate + index) of 1,000 and 10,000 runbook files with tests and documents, against reading and
 * YAML-parsing the same runbook files in one process; both are fresh processes, so both pay Node's start. The cost
 * per file leaves out what a build of a single runbook takes (Node's start, loading the bundle), so that the growth
 * from 1,000 to 10,000 files is the growth of the per-file work.
 */
function validateBuildRows(rules: AlertRule[], work: string): BenchRow[] {
  const baselineScript = [
    "import { load } from 'js-yaml';",
    "import { readdirSync, readFileSync } from 'node:fs';",
    'const dir = process.argv[1];',
    "for (const f of readdirSync(dir)) if (f.endsWith('.yml')) load(readFileSync(dir + '/' + f, 'utf8'));",
  ].join('\n');
  const cli = path.join(root, 'dist', 'cli.js');
  const measure = (count: number) => {
    const dir = path.join(work, `runbooks-${count}`);
    writeRunbookTree(rules, dir, count);
    const buildArgs = [cli, 'build', dir, '--out', path.join(work, `built-${count}.json`)];
    const baselineArgs = ['--input-type=module', '-e', baselineScript, dir];
    const builds = [timeProcess(buildArgs)];
    const baselines = [timeProcess(baselineArgs).ms];
    const runs = builds[0]!.ms > SINGLE_RUN_MS ? 1 : 3;
    while (builds.length < runs) {
      builds.push(timeProcess(buildArgs));
      baselines.push(timeProcess(baselineArgs).ms);
    }
    const failed = builds.find((b) => b.status !== 0);
    return { ms: median(builds.map((b) => b.ms)), baseline: median(baselines), failed, runs };
  };
  const fixed = measure(1);
  const rows: BenchRow[] = [];
  const perFile: number[] = [];
  let allBuilt = fixed.failed === undefined;
  for (const count of [1_000, 10_000]) {
    const build = measure(count);
    const ratio = build.ms / build.baseline;
    const net = (build.ms - fixed.ms) / (count - 1);
    perFile.push(net);
    allBuilt &&= build.failed === undefined;
    rows.push({
      section: SECTION,
      id: `matching.validate.${count}`,
      case: `validate + build, ${count} mixed-priority runbooks with tests and docs (node dist/cli.js build, median of ${build.runs})`,
      value: build.failed
        ? `failed (exit ${build.failed.status}): ${build.failed.stderr.split('\n')[0]?.slice(0, 120)}`
        : `${formatMs(build.ms)} (${ratio.toFixed(1)}×; ${formatMs(net)} per file)`,
      baseline: `${formatMs(build.baseline)} read + YAML-parse only`,
      target: '≤ 5× baseline',
      pass: build.failed === undefined && ratio <= 5,
    });
  }
  const growth = perFile[1]! / perFile[0]!;
  rows.push({
    section: SECTION,
    id: GROWTH_ROW_ID,
    case: 'validate + build: cost per file at 10,000 vs at 1,000 files (beyond a 1-runbook build)',
    value: `${growth.toFixed(2)}× (${formatMs(perFile[0]!)} → ${formatMs(perFile[1]!)} per file)`,
    baseline: `1-runbook build ${formatMs(fixed.ms)}`,
    target: '≤ 1.5× (flat)',
    pass: allBuilt && growth <= 1.5,
  });
  return rows;
}

export const section: BenchSection = {
  name: SECTION,
  async run() {
    const rules = loadRules();
    const titles = loadTitles(rules);
    const work = mkdtempSync(path.join(tmpdir(), 'oncall-bench-matching-'));
    try {
      // First, while recheck is not yet loaded anywhere in this run; each measures in fresh processes anyway.
      const cold = [
        ...regexColdRows(
          rules.map((r) => r.name),
          work,
        ),
        ...coldIndexLoadRows(syntheticRunbooks(rules, 10_000), work),
        indexLoadColdRow(
          syntheticRunbooks(rules, 10_000),
          `[FIRING:1] ${rules[42 % rules.length]!.name} (10.0.3.1:9100 critical)`,
          work,
        ),
      ];
      return [
        ...cold,
        ...matchingRows(rules, titles),
        ...coldStartRows(rules, titles, work),
        ...validateBuildRows(rules, work),
      ];
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};
