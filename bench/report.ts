/**
 * The result of one `npm run bench`: what was measured, on which machine and when, as JSON for machines and as
 * Markdown for people (the same Markdown fills the README's benchmark section, see bench/readme.ts).
 */
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { type BenchRow, isInformational, printTable } from './harness.js';

export const RESULT_FORMAT = 'oncall-runbooks/bench-result';
export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';
/** The row whose figure is the validate/build growth from 1,000 to 10,000 runbooks (stated under the table). */
export const GROWTH_ROW_ID = 'matching.validate.growth';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started and when it ended (other work on the machine skews figures). */
  loadStart: number;
  loadEnd: number;
}

export interface BenchResult {
  format: typeof RESULT_FORMAT;
  version: 1;
  /** ISO 8601, when the run started. */
  date: string;
  durationSeconds: number;
  machine: Machine;
  /** The sections run, in order (all of them unless some were named on the command line). */
  sections: string[];
  /** Targets met / missed; informational rows are counted apart and never decide. */
  summary: { met: number; missed: number; informational: number };
  /** True when every row with a target met it: `npm run bench` then exits 0. */
  passed: boolean;
  rows: BenchRow[];
}

/** The machine this process runs on; the load average at start is passed in (taken before the first section). */
export function describeMachine(loadStart: number): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${type()} ${release()} ${process.arch}`,
    loadStart,
    loadEnd: loadavg()[0]!,
  };
}

/** The result of a run of `sections` that produced `rows`. */
export function buildResult(options: {
  started: Date;
  durationSeconds: number;
  machine: Machine;
  sections: string[];
  rows: BenchRow[];
}): BenchResult {
  const targets = options.rows.filter((r) => !isInformational(r));
  const met = targets.filter((r) => !isInformational(r) && r.pass).length;
  return {
    format: RESULT_FORMAT,
    version: 1,
    date: options.started.toISOString(),
    durationSeconds: Math.round(options.durationSeconds),
    machine: options.machine,
    sections: options.sections,
    summary: { met, missed: targets.length - met, informational: options.rows.length - targets.length },
    passed: met === targets.length,
    rows: options.rows,
  };
}

/** Reads a result file's text; throws saying what is wrong when it is not one. */
export function parseResult(text: string, where: string): BenchResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${where}: not JSON (${(error as Error).message}); pass a file written by npm run bench`,
      {
        cause: error,
      },
    );
  }
  const result = data as Partial<BenchResult> | null;
  if (
    result?.format !== RESULT_FORMAT ||
    result.version !== 1 ||
    !Array.isArray(result.rows) ||
    !result.machine
  ) {
    throw new Error(
      `${where}: not a benchmark result (expected "format": "${RESULT_FORMAT}", version 1); ` +
        'pass a file written by npm run bench',
    );
  }
  return result as BenchResult;
}

function describeRun(result: BenchResult): string {
  const m = result.machine;
  const day = result.date.slice(0, 10);
  const time = result.date.slice(11, 16);
  const sections = result.sections.length > 0 ? `sections: ${result.sections.join(', ')}` : 'no sections';
  return (
    `Measured ${day} ${time} UTC with \`npm run bench\` (${sections}; ${result.durationSeconds} s) on ` +
    `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}; ` +
    `load average ${m.loadStart.toFixed(2)} at the start, ${m.loadEnd.toFixed(2)} at the end.`
  );
}

function describeSummary(result: BenchResult): string {
  const { met, missed, informational } = result.summary;
  const verdict = result.passed ? 'every target met' : `${missed} target${missed === 1 ? '' : 's'} missed`;
  return `${met} of ${met + missed} targets met (${verdict}); ${informational} informational row${informational === 1 ? '' : 's'} without a pass mark.`;
}

function describeGrowth(result: BenchResult): string | undefined {
  const row = result.rows.find((r) => r.id === GROWTH_ROW_ID);
  if (!row) return undefined;
  const verdict = isInformational(row) ? '' : `; target ${row.target}, ${row.pass ? 'met' : 'missed'}`;
  return (
    'Growth of `validate`/`build` from 1,000 to 10,000 runbooks (cost per file at 10,000 ÷ cost per file at 1,000): ' +
    `${row.value}${verdict}.`
  );
}

/** The Markdown report of a result: when and where, the summary, and the table. */
export function renderMarkdown(result: BenchResult): string {
  const growth = describeGrowth(result);
  return [
    describeRun(result),
    '',
    describeSummary(result),
    ...(growth ? ['', growth] : []),
    '',
    printTable(result.rows),
    '',
  ].join('\n');
}

/** The README's benchmark block (markers included) for a result. */
export function renderReadmeBlock(result: BenchResult): string {
  return [
    README_START,
    '<!-- Generated by npm run bench:readme from bench/result.json; do not edit by hand. -->',
    '',
    renderMarkdown(result).trimEnd(),
    '',
    README_END,
  ].join('\n');
}

/** The text between (and including) the README's benchmark markers; throws when they are missing or out of order. */
export function readmeBlock(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(
      `README.md has no benchmark block: put ${README_START} and ${README_END} (in that order) around the table`,
    );
  }
  return readme.slice(start, end + README_END.length);
}

/** `readme` with its benchmark block replaced by `block`. */
export function replaceReadmeBlock(readme: string, block: string): string {
  const current = readmeBlock(readme);
  const start = readme.indexOf(current);
  return readme.slice(0, start) + block + readme.slice(start + current.length);
}
