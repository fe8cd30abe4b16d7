/**
 * Benchmark harness. Every figure is printed beside a baseline measured in the same run, because these machines
 * are noisy: ratios are what the targets are checked against.
 *
 * A row either has a target it can miss (`pass` computed from the figures it shows) or is informational and carries
 * no pass mark at all: a row never shows "yes" for a figure nothing was checked against.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

interface RowBase {
  section: string;
  case: string;
  /** The measured figure, formatted (e.g. "12.3 µs", "41 ms", "7 calls"). */
  value: string;
  /** The baseline measured in this run, formatted, or "" when the target is absolute. */
  baseline: string;
  /** A stable key for machine readers of the result file (e.g. "matching.validate.growth"). */
  id?: string;
}

/** A row with a target it can miss. */
export interface TargetRow extends RowBase {
  /** e.g. "value ≤ 2.5× baseline" */
  target: string;
  pass: boolean;
}

/** A row shown for reference, with no pass mark: it never decides the exit code. */
export interface InformationalRow extends RowBase {
  informational: true;
  /** Why the figure is shown, in a few words (printed in the target column). */
  note?: string;
}

export type BenchRow = TargetRow | InformationalRow;

export interface BenchSection {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function isInformational(row: BenchRow): row is InformationalRow {
  return 'informational' in row && row.informational;
}

/** What the table shows in the target column. */
export function targetText(row: BenchRow): string {
  if (isInformational(row)) return row.note ? `informational (${row.note})` : 'informational';
  return row.target;
}

/** What the table shows in the "ok" column: no mark for an informational row. */
export function passMark(row: BenchRow): string {
  if (isInformational(row)) return '—';
  return row.pass ? 'yes' : 'NO';
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (Math.abs(ms) < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (Math.abs(ms) < 1) return `${(ms * 1000).toFixed(1)} µs`;
  if (Math.abs(ms) < 100) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(0)} ms`;
}

export function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Times `fn` `n` times after `warmup` runs; returns sorted durations in ms. */
export async function sample(n: number, fn: () => unknown, warmup = Math.min(50, n)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out.sort((a, b) => a - b);
}

/**
 * This process's environment for a child Node process, without NODE_EXTRA_CA_CERTS (it adds ~67 ms to every Node
 * start on these machines and is not what users' runners pay).
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

function startOnce(args: string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  }
  return ms;
}

/** Median wall time of starting a process, over `runs` runs (see {@link childEnv}). */
export function coldStart(args: string[], runs = 15, env: Record<string, string | undefined> = {}): number {
  const cleanEnv = childEnv(env);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(startOnce(args, cleanEnv));
  return median(times);
}

/**
 * Median wall time of starting each of several processes, started in turn (a, b, c, a, b, c, …) after one untimed
 * start each, so that a change of load on a shared machine during the measurement hits every command alike and
 * their ratio stays meaningful.
 */
export function coldStarts<K extends string>(commands: Record<K, string[]>, runs = 15): Record<K, number> {
  const env = childEnv();
  const keys = Object.keys(commands) as K[];
  for (const key of keys) startOnce(commands[key], env);
  const times = new Map<K, number[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const key of keys) times.get(key)!.push(startOnce(commands[key], env));
  return Object.fromEntries(keys.map((k) => [k, median(times.get(k)!)])) as Record<K, number>;
}

/**
 * Makes a child Node process report its own CPU time (user + system) on stderr as it exits: on a busy machine wall
 * time mostly measures the queue for a CPU, CPU time what the process itself spent. Read with {@link readCpuProbe}.
 */
export const CPU_PROBE =
  "--import=data:text/javascript,process.on('exit',()=>process.stderr.write('\\n@cpu '+JSON.stringify(process.cpuUsage())+'\\n'))";

/** The CPU time in ms that {@link CPU_PROBE} printed, or NaN. */
export function readCpuProbe(stderr: string): number {
  const cpu = /@cpu (\{.*\})/.exec(stderr)?.[1];
  if (!cpu) return NaN;
  const usage = JSON.parse(cpu) as { user: number; system: number };
  return (usage.user + usage.system) / 1000;
}

/** The rows as a Markdown table (also what `npm run bench` prints). */
export function printTable(rows: readonly BenchRow[]): string {
  const header = ['section', 'case', 'value', 'baseline (same run)', 'target', 'ok'];
  const escape = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const body = rows.map((r) =>
    [r.section, r.case, r.value, r.baseline, targetText(r), passMark(r)].map(escape),
  );
  // Laid out as Prettier lays out a Markdown table, so the README's generated block passes `prettier --check`.
  const widths = header.map((h, i) => Math.max(3, h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** A row for a section that threw: the run goes on with the other sections and exits 1. */
export function failedSectionRow(section: string, error: unknown): TargetRow {
  const message = error instanceof Error ? error.message : String(error);
  return {
    section,
    case: 'section ran to the end',
    value: `failed: ${message.split('\n')[0]!.slice(0, 200)}`,
    baseline: '',
    target: 'no error',
    pass: false,
  };
}
