/** Ranked matches as a person reads them; shared by `oncall match` and `oncall preview`. */
import type { RunbookMatch } from './types.js';

/** Human-readable list: rank, id, title, score and the matched terms. */
export function matchesText(matches: readonly RunbookMatch[]): string {
  if (matches.length === 0) return 'no runbook matches\n';
  const lines = [`${matches.length} runbook${matches.length === 1 ? '' : 's'} match, best first:`];
  matches.forEach((m, i) => {
    lines.push(`${i + 1}. ${m.id} — ${m.title} (score ${m.score})`);
    lines.push(`   matched: ${m.terms.map((t) => JSON.stringify(t)).join(', ')}`);
  });
  return `${lines.join('\n')}\n`;
}
