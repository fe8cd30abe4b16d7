/**
 * The reference matcher: loop over every runbook and search for each of its keywords. Same semantics as
 * {@link createMatcher} in the simplest code that can be checked by eye; the tests compare the two on generated rules
 * and texts, and the benchmark uses this as its baseline. Not used at runtime.
 */
import { compareMatches, matchScore } from './matcher.js';
import { normalizeText, prepareAlertText } from './normalize.js';
import type { AlertText, IndexedRunbook, RunbookMatch } from './types.js';
import type { Matcher } from './matcher.js';

const ALNUM = /^[a-z0-9]$/i;

/** True when `keyword` (normalised) occurs in `text` (normalised) with the boundary rule applied on each side. */
export function containsKeyword(text: string, keyword: string): boolean {
  const checkStart = ALNUM.test(keyword[0] ?? '');
  const checkEnd = ALNUM.test(keyword[keyword.length - 1] ?? '');
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + keyword.length] ?? '';
    if (checkStart && ALNUM.test(before)) continue;
    if (checkEnd && ALNUM.test(after)) continue;
    return true;
  }
  return false;
}

/** Distinct non-empty normalised keywords, each with the first spelling written for it. */
function keywords(list: readonly string[]): { written: string; normalized: string }[] {
  const out: { written: string; normalized: string }[] = [];
  for (const written of list) {
    const normalized = normalizeText(written);
    if (normalized !== '' && !out.some((k) => k.normalized === normalized)) out.push({ written, normalized });
  }
  return out;
}

/** Builds the naive matcher. Keywords are normalised and regexes compiled once here, as any fair baseline would. */
export function createNaiveMatcher(runbooks: readonly IndexedRunbook[]): Matcher {
  const rules = runbooks.map((rb) => ({
    rb,
    any: keywords(rb.match.any),
    all: keywords(rb.match.all),
    none: keywords(rb.match.none),
    regex: [...new Set(rb.match.regex)].map((source) => ({ source, re: new RegExp(source, 'iu') })),
  }));
  return {
    size: runbooks.length,
    match(alert: AlertText): RunbookMatch[] {
      const text = prepareAlertText(alert.text);
      const results: RunbookMatch[] = [];
      for (const { rb, any, all, none, regex } of rules) {
        if (any.length === 0 && all.length === 0 && regex.length === 0) continue;
        const anyFound = any.filter((k) => containsKeyword(text, k.normalized));
        if (any.length > 0 && anyFound.length === 0) continue;
        if (!all.every((k) => containsKeyword(text, k.normalized))) continue;
        if (none.some((k) => containsKeyword(text, k.normalized))) continue;
        const regexFound = regex.filter((r) => r.re.test(text));
        if (regex.length > 0 && regexFound.length === 0) continue;
        if (rb.match.services.length > 0) {
          const id = alert.service?.id;
          const name = alert.service?.name;
          const ok = rb.match.services.some(
            (s) => s === id || (name !== undefined && normalizeText(s) === normalizeText(name)),
          );
          if (!ok) continue;
        }
        const matched = [...anyFound, ...all.filter((k) => !any.some((a) => a.normalized === k.normalized))];
        const terms = [...matched.map((k) => k.written), ...regexFound.map((r) => r.source)];
        const length =
          matched.reduce((sum, k) => sum + k.normalized.length, 0) +
          regexFound.reduce((sum, r) => sum + r.source.length, 0);
        results.push({
          id: rb.id,
          title: rb.title,
          score: matchScore(rb.priority, terms.length, length),
          terms,
        });
      }
      return results.sort(compareMatches);
    },
  };
}
