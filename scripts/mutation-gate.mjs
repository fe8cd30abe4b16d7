// The per-module gate of `npm run mutation`: StrykerJS's own `thresholds.break` judges the run's total score, so a
// small module far below the line can hide behind a large one above it. This reads the run's JSON report and fails
// when any mutated module scores below the break threshold, printing one line per module.
import { readFileSync } from 'node:fs';
import config, { modules, runName } from '../stryker.config.mjs';

/** Statuses that count as caught, and the ones that count against the score (as StrykerJS scores them). */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const reportPath = config.jsonReporter.fileName;
let report;
try {
  report = JSON.parse(readFileSync(reportPath, 'utf8'));
} catch (error) {
  console.error(`mutation gate: cannot read ${reportPath} (${error.message}); run the mutation tests first.`);
  process.exit(2);
}

const threshold = config.thresholds.break;
const fileOf = (entry) => entry.replace(/:\d+-\d+$/, '');
let failed = false;
for (const module of modules) {
  const files = new Set(module.mutate.map(fileOf));
  const mutants = Object.entries(report.files)
    .filter(([file]) => files.has(file))
    .flatMap(([, result]) => result.mutants);
  if (mutants.length === 0) continue; // not part of this run
  const count = (statuses) => mutants.filter((m) => statuses.has(m.status)).length;
  const detected = count(DETECTED);
  const undetected = count(UNDETECTED);
  const byStatus = (status) => mutants.filter((m) => m.status === status).length;
  const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
  const ok = score >= threshold;
  if (!ok) failed = true;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${module.name.padEnd(13)} ${score.toFixed(1).padStart(5)} %  ` +
      `killed ${byStatus('Killed')}, timeout ${byStatus('Timeout')}, survived ${byStatus('Survived')}, ` +
      `no coverage ${byStatus('NoCoverage')}`,
  );
}
if (failed) {
  console.error(`mutation gate (${runName}): a module scores below ${threshold} %.`);
  process.exit(1);
}
