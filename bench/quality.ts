/**
 * Section "quality": do the shipped runbooks (runbooks/) match alerts they are not about?
 *
 * Replays the summaries of the public awesome-prometheus-alerts collection (../shared/corpus/alerts.jsonl, ~1,160
 * rules) through the same reading and matcher as `oncall match`. A runbook is *about* an alert when it matches the
 * alert's own name (`KubePodCrashLooping`); a runbook that matches the summary of an alert whose name it does not
 * match was chosen by a generic phrase (`Disk usage`, `SSL certificate`) and would page the wrong runbook. Target:
 * none. Each such pair is printed, and so are alerts whose name matches but whose summary no runbook matches (a
 * missing alias is not a failure here, only reported).
 *
 * The corpus lives beside the project, not in it: without it the section prints one line saying so and skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toIndexed } from '../src/runbooks/index-file.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import { readAlert } from '../src/runbooks/titles.js';
import { validateRunbooks } from '../src/runbooks/validate.js';
import type { BenchRow, BenchSection } from './harness.js';

const SECTION = 'quality';
const root = process.env.ONCALL_ROOT ?? process.cwd();
/** `ONCALL_CORPUS` names the corpus directory when it is not beside the project (a git worktree elsewhere). */
const corpusFile = path.join(
  process.env.ONCALL_CORPUS ?? path.join(root, '..', 'shared', 'corpus'),
  'alerts.jsonl',
);

interface CorpusAlert {
  source: string;
  alertname: string;
  summary: string | null;
}

/** A shipped runbook that matched the summary of an alert it is not about. */
export interface UnrelatedMatch {
  runbook: string;
  alertname: string;
  summary: string;
  terms: string[];
}

/** The awesome-prometheus-alerts rules of the corpus, or `undefined` when the corpus is absent. */
function corpusAlerts(): CorpusAlert[] | undefined {
  if (!existsSync(corpusFile)) return undefined;
  return readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusAlert)
    .filter((a) => a.source === 'awesome-prometheus-alerts' && typeof a.summary === 'string');
}

/** Replays `alerts` against the runbooks in `dir`; every match of a runbook on an alert it is not about. */
export async function unrelatedMatches(
  dir: string,
  alerts: readonly CorpusAlert[],
): Promise<{ unrelated: UnrelatedMatch[]; about: number; runbooks: number }> {
  const { runbooks } = await validateRunbooks(dir, { cwd: root });
  const matcher = createMatcher(runbooks.map(toIndexed));
  const unrelated: UnrelatedMatch[] = [];
  let about = 0;
  for (const alert of alerts) {
    const byName = new Set(matcher.match({ text: readAlert(alert.alertname).text }).map((m) => m.id));
    if (byName.size > 0) about++;
    for (const m of matcher.match({ text: readAlert(alert.summary!).text })) {
      if (!byName.has(m.id))
        unrelated.push({
          runbook: m.id,
          alertname: alert.alertname,
          summary: alert.summary!,
          terms: m.terms,
        });
    }
  }
  return { unrelated, about, runbooks: runbooks.length };
}

export const section: BenchSection = {
  name: SECTION,
  async run(): Promise<BenchRow[]> {
    const alerts = corpusAlerts();
    if (!alerts) {
      process.stderr.write(
        `bench: quality skipped: ${corpusFile} not found (the alert corpus is optional)\n`,
      );
      return [
        {
          section: SECTION,
          case: 'shipped runbooks vs public alert summaries',
          value: 'skipped (no ../shared/corpus/alerts.jsonl)',
          baseline: '',
          informational: true,
          note: 'nothing measured: set ONCALL_CORPUS to the corpus directory',
        },
      ];
    }
    const { unrelated, about, runbooks } = await unrelatedMatches('runbooks', alerts);
    for (const u of unrelated) {
      process.stderr.write(
        `bench: quality: runbook ${u.runbook} matches the unrelated alert ${u.alertname} ` +
          `(${JSON.stringify(u.summary)}) on ${u.terms.map((t) => JSON.stringify(t)).join(', ')}\n`,
      );
    }
    return [
      {
        section: SECTION,
        case: `${runbooks} shipped runbooks vs ${alerts.length} awesome-prometheus-alerts summaries`,
        value: `${unrelated.length} unrelated match${unrelated.length === 1 ? '' : 'es'}`,
        baseline: `${about} alerts matched by name`,
        target: '0 unrelated matches',
        pass: unrelated.length === 0,
      },
    ];
  },
};
