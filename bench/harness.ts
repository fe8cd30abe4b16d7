/**
 * Benchmark harness. Every figure is printed beside a baseline measured in the same run, because these machines
 * are noisy: ratios are what the targets are checked against.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  section: string;
  case: string;
  /** The measured figure, formatted (e.g. "12.3 µs", "41 ms", "7 calls"). */
  value: string;
  /** The baseline measured in this run, formatted, or "" when the target is absolute. */
  baseline: string;
  /** e.g. "value ≤ 2.5× baseline" */
  target: string;
  pass: boolean;
}

export interface BenchSection {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function formatMs(ms: number): string {
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(0)} ms`;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
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
 * Median wall time of starting a process, over `runs` runs, with NODE_EXTRA_CA_CERTS unset (it adds ~67 ms to
 * every Node start on these machines and is not what users' runners pay).
 */
export function coldStart(args: string[], runs = 15, env: Record<string, string | undefined> = {}): number {
  const cleanEnv = { ...process.env, ...env };
  delete cleanEnv.NODE_EXTRA_CA_CERTS;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { env: cleanEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - start);
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
    }
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function printTable(rows: BenchRow[]): string {
  const header = ['section', 'case', 'value', 'baseline (same run)', 'target', 'ok'];
  const body = rows.map((r) => [r.section, r.case, r.value, r.baseline, r.target, r.pass ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
