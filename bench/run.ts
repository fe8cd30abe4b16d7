/**
 * `npm run bench [-- <section>…] [--out <file.json>]`: runs every section (or those named), prints one Markdown
 * table, and writes the result as JSON (default .bench/result.json) and as Markdown beside it (.md) with the machine
 * and the date. Exits 0 when every row with a target met it, 1 when one was missed or a section failed, 2 on a
 * bad command line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { BenchRow, BenchSection } from './harness.js';
import { failedSectionRow, printTable } from './harness.js';
import { buildResult, describeMachine, renderMarkdown } from './report.js';

const sections: Record<string, () => Promise<BenchSection>> = {
  // @bench-sections-start (one line per section: name: async () => (await import('./x.js')).section,)
  matching: async () => (await import('./matching.js')).section,
  shift: async () => (await import('./shift.js')).section,
  relay: async () => (await import('./relay.js')).section,
  'relay-direct': async () => (await import('./relay-direct.js')).section,
  alert: async () => (await import('./alert.js')).section,
  preview: async () => (await import('./preview.js')).section,
  quality: async () => (await import('./quality.js')).section,
  insights: async () => (await import('./insights.js')).section,
  slack: async () => (await import('./slack.js')).section,
  // @bench-sections-end
};

if (process.argv[2] === '--child') {
  // A fresh process for one cold measurement (bench/engine-cold.ts).
  const { runChild } = await import('./engine-cold.js');
  await runChild(process.argv[3]!, process.argv[4]!);
  process.exit(0);
}

const root = process.env.ONCALL_ROOT ?? process.cwd();

function usage(problem: string): never {
  process.stderr.write(
    `bench: ${problem}\nusage: npm run bench [-- <section>…] [--out <file.json>]\n` +
      `sections: ${Object.keys(sections).join(', ')}\n`,
  );
  process.exit(2);
}

const wanted: string[] = [];
let out = path.join(root, '.bench', 'result.json');
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--out') {
    const file = args[++i];
    if (!file || !file.endsWith('.json')) usage('--out needs a file name ending in .json');
    out = path.resolve(root, file);
  } else if (arg in sections) {
    wanted.push(arg);
  } else {
    usage(`unknown section or option "${arg}"`);
  }
}

const names = Object.keys(sections).filter((name) => wanted.length === 0 || wanted.includes(name));
const started = new Date();
const loadStart = loadavg()[0]!;
const rows: BenchRow[] = [];
for (const name of names) {
  process.stderr.write(`bench: ${name}…\n`);
  try {
    const section = await sections[name]!();
    rows.push(...(await section.run()));
  } catch (error) {
    process.stderr.write(`bench: section ${name} failed: ${(error as Error).stack ?? String(error)}\n`);
    rows.push(failedSectionRow(name, error));
  }
}
const result = buildResult({
  started,
  durationSeconds: (Date.now() - started.getTime()) / 1000,
  machine: describeMachine(loadStart),
  sections: names,
  rows,
});
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(out.replace(/\.json$/, '.md'), renderMarkdown(result));
console.log(printTable(rows));
process.stderr.write(
  `bench: ${result.summary.met} of ${result.summary.met + result.summary.missed} targets met, ` +
    `${result.summary.informational} informational rows; result in ${path.relative(root, out)} and .md\n`,
);
process.exitCode = result.passed ? 0 : 1;
