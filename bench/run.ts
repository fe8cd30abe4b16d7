/**
 * `npm run bench`: runs every section (or those named on the command line) and prints one Markdown table.
 * Exits 1 when a target is missed.
 */
import type { BenchSection } from './harness.js';
import { printTable } from './harness.js';

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

const wanted = process.argv.slice(2);
const rows = [];
for (const [name, load] of Object.entries(sections)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const section = await load();
  process.stderr.write(`bench: ${section.name}…\n`);
  rows.push(...(await section.run()));
}
console.log(printTable(rows));
process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
