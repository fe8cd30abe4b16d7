/**
 * The reference matcher: loop over every runbook and search for each of its keywords, written directly from the
 * contract in docs/matching.md in the simplest code that can be checked by eye. It shares no code with
 * {@link createMatcher} — not the normalisation, the text cap, the boundary rule, the score nor the ordering — so that
 * the tests comparing the two on generated rules and texts can catch a bug in any of them. The benchmark uses it as
 * its baseline. Not used at runtime.
 */
import type { AlertText, IndexedRunbook, MatchRule, RunbookMatch } from './types.js';
import type { Matcher } from './matcher.js';

/** docs/matching.md, "Text cap": raw code units normalised, and normalised code units matched. */
const RAW_CAP = 65_536;
const MATCHED_CAP = 16_384;
/** docs/matching.md, "Ranking": each evidence part of the score is capped here. */
const EVIDENCE_CAP = 999;

/** Unicode NFKC, then locale-independent lower case, then no space or tab between Japanese and a letter or digit. */
function normalise(text: string): string {
  const chars = [...text.normalize('NFKC').toLowerCase()];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c !== ' ' && c !== '\t') {
      out += c;
      continue;
    }
    // A run of spaces and tabs: dropped when it sits between a Japanese character and a letter or digit.
    let end = i;
    while (end < chars.length && (chars[end] === ' ' || chars[end] === '\t')) end++;
    const before = chars[i - 1];
    const after = chars[end];
    const joins =
      before !== undefined &&
      after !== undefined &&
      ((isJapanese(before) && isAnyLetterOrDigit(after)) ||
        (isAnyLetterOrDigit(before) && isJapanese(after)));
    if (!joins) out += chars.slice(i, end).join('');
    i = end - 1;
  }
  return out;
}

/** Kanji, hiragana, katakana, and the marks ー and 々 that occur inside Japanese words. */
function isJapanese(c: string): boolean {
  return c === 'ー' || c === '々' || /^(?:\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana})$/u.test(c);
}

function isAnyLetterOrDigit(c: string): boolean {
  return /^[\p{Letter}\p{Number}]$/u.test(c);
}

/** The first `cap` code units of `text`, one fewer when the cut would separate a surrogate pair. */
function firstUnits(text: string, cap: number): string {
  if (text.length <= cap) return text;
  const lastKept = text.charCodeAt(cap - 1);
  const splitsPair = lastKept >= 0xd800 && lastKept <= 0xdbff;
  return text.slice(0, splitsPair ? cap - 1 : cap);
}

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z0-9]$/.test(char);
}

/**
 * True when `keyword` occurs in `text` (both normalised) with the boundary rule: a keyword that starts (ends) with an
 * ASCII letter or digit needs a character that is not one — or the edge of the text — just before (after) it.
 */
export function containsKeyword(text: string, keyword: string): boolean {
  const first = keyword[0];
  const last = keyword[keyword.length - 1];
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) {
    const before = at === 0 ? undefined : text[at - 1];
    const after = text[at + keyword.length];
    if (isLetterOrDigit(first) && isLetterOrDigit(before)) continue;
    if (isLetterOrDigit(last) && isLetterOrDigit(after)) continue;
    return true;
  }
  return false;
}

interface Keyword {
  written: string;
  normalised: string;
}

/** Keywords that are not empty once normalised, each normalised form once with its first spelling. */
function distinctKeywords(list: readonly string[]): Keyword[] {
  const seen = new Set<string>();
  const out: Keyword[] = [];
  for (const written of list) {
    const normalised = normalise(written);
    if (normalised === '' || seen.has(normalised)) continue;
    seen.add(normalised);
    out.push({ written, normalised });
  }
  return out;
}

interface Evidence {
  id: string;
  title: string;
  priority: number;
  terms: string[];
  termLength: number;
}

/** A rule with its keywords normalised and its patterns compiled, as any fair baseline would do once. */
interface PreparedRule {
  any: Keyword[];
  all: Keyword[];
  none: Keyword[];
  patterns: { source: string; re: RegExp }[];
  services: readonly string[];
}

function prepareRule(rule: MatchRule): PreparedRule {
  return {
    any: distinctKeywords(rule.any),
    all: distinctKeywords(rule.all),
    none: distinctKeywords(rule.none),
    patterns: [...new Set(rule.regex)].map((source) => ({ source, re: new RegExp(source, 'iu') })),
    services: rule.services,
  };
}

/** The evidence for `rule` against the prepared `text`, or `undefined` when a stated condition fails. */
function evaluate(
  rule: PreparedRule,
  text: string,
  alert: AlertText,
): { terms: string[]; termLength: number } | undefined {
  const { any, all, none, patterns } = rule;
  if (any.length === 0 && all.length === 0 && patterns.length === 0) return undefined;

  const anyFound = any.filter((k) => containsKeyword(text, k.normalised));
  if (any.length > 0 && anyFound.length === 0) return undefined;
  if (all.some((k) => !containsKeyword(text, k.normalised))) return undefined;
  if (none.some((k) => containsKeyword(text, k.normalised))) return undefined;
  const regexFound = patterns.filter((p) => p.re.test(text)).map((p) => p.source);
  if (patterns.length > 0 && regexFound.length === 0) return undefined;
  if (rule.services.length > 0 && !alert.anyService) {
    const { id, name } = alert.service ?? {};
    const listed = rule.services.some(
      (entry) => entry === id || (name !== undefined && normalise(entry) === normalise(name)),
    );
    if (!listed) return undefined;
  }

  const anyNormalised = new Set(any.map((k) => k.normalised));
  const keywordsFound = [...anyFound, ...all.filter((k) => !anyNormalised.has(k.normalised))];
  let termLength = 0;
  for (const k of keywordsFound) termLength += k.normalised.length;
  for (const source of regexFound) termLength += source.length;
  return { terms: [...keywordsFound.map((k) => k.written), ...regexFound], termLength };
}

/** Ranking as the contract lists it: priority, then term count, then term length (each capped), then id. */
function better(a: Evidence, b: Evidence): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  const countA = Math.min(a.terms.length, EVIDENCE_CAP);
  const countB = Math.min(b.terms.length, EVIDENCE_CAP);
  if (countA !== countB) return countB - countA;
  const lengthA = Math.min(a.termLength, EVIDENCE_CAP);
  const lengthB = Math.min(b.termLength, EVIDENCE_CAP);
  if (lengthA !== lengthB) return lengthB - lengthA;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/** Builds the reference matcher; keywords are normalised and patterns compiled here, once. */
export function createNaiveMatcher(runbooks: readonly IndexedRunbook[]): Matcher {
  const rules = runbooks.map((rb) => ({ rb, rule: prepareRule(rb.match) }));
  return {
    size: runbooks.length,
    match(alert: AlertText): RunbookMatch[] {
      const text = firstUnits(normalise(firstUnits(alert.text, RAW_CAP)), MATCHED_CAP);
      const found: Evidence[] = [];
      for (const { rb, rule } of rules) {
        const evidence = evaluate(rule, text, alert);
        if (evidence) found.push({ id: rb.id, title: rb.title, priority: rb.priority, ...evidence });
      }
      return found.sort(better).map((e) => ({
        id: e.id,
        title: e.title,
        score:
          e.priority * 1_000_000 +
          Math.min(e.terms.length, EVIDENCE_CAP) * 1_000 +
          Math.min(e.termLength, EVIDENCE_CAP),
        terms: e.terms,
      }));
    },
  };
}
