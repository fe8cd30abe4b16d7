/**
 * The runtime matcher: which runbooks fit an alert, best first, and why.
 *
 * Semantics (the public contract, docs/matching.md): a runbook matches when every condition it states holds — `any`
 * (at least one keyword appears), `all` (every one appears), `none` (none appears), `regex` (at least one matches) and
 * `services` (the alert's service id, or its name case-insensitively, is listed). Keywords and text are compared after
 * {@link normalizeText}. A keyword whose first or last character is an ASCII letter or digit only matches where the
 * text has no ASCII letter or digit on that side, so `disk` is not found in `diskless`; other keywords (Japanese, `>80%`)
 * match as plain substrings.
 *
 * Speed: the keywords that can trigger a runbook (its `any` keywords, or its `all` keywords when it has no `any`) are
 * indexed by their first ASCII word (or, when they start with anything else, by their first UTF-16 code unit). One
 * pass over the text looks up each word and each non-alphanumeric character, verifies the few candidate keywords found
 * there, and only runbooks triggered by a found keyword are evaluated in full. Runbooks that state neither `any` nor
 * `all` (regex-only rules) have no keyword to trigger on and are evaluated for every alert.
 */
import { ConfigError } from '../errors.js';
import { normalizeText, prepareAlertText } from './normalize.js';
import type { AlertText, IndexedRunbook, RunbookMatch } from './types.js';

/** Matches alerts against a fixed set of runbooks. Build once (see {@link createMatcher}), call `match` per alert. */
export interface Matcher {
  /** Every matching runbook, best first: higher priority, then more and longer matched terms, then id ascending. */
  match(alert: AlertText): RunbookMatch[];
  /** How many runbooks it was built from. */
  readonly size: number;
}

/** Evidence parts are capped so that the score stays an exact integer: `priority × 1e6 + count × 1e3 + length`. */
const EVIDENCE_PART_CAP = 999;
const PRIORITY_WEIGHT = 1_000_000;

/**
 * The score of a match: priority first, then the number of distinct matched terms, then their total length
 * (normalised keyword length, regex source length), each part capped at 999. Sorting by score and then id gives the
 * same order as comparing priority, evidence and id in turn (exact while |priority| < 9e9).
 */
export function matchScore(priority: number, termCount: number, termLength: number): number {
  return (
    priority * PRIORITY_WEIGHT +
    Math.min(termCount, EVIDENCE_PART_CAP) * 1000 +
    Math.min(termLength, EVIDENCE_PART_CAP)
  );
}

/** Orders matches best first; ties on score fall back to id in code-unit order, so the result never depends on locale. */
export function compareMatches(a: RunbookMatch, b: RunbookMatch): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Compiles a rule regex the way the matcher runs it: Unicode mode, case-insensitive, on normalised text.
 * `oncall validate` uses this too, so a pattern that validates is a pattern that runs.
 */
export function compileRuleRegex(source: string): RegExp {
  return new RegExp(source, 'iu');
}

/** True for the UTF-16 code of an ASCII letter or digit — the only characters that make a keyword boundary fail. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}

/**
 * True when `keyword` (normalised, non-empty) occurs in `text` (normalised) with the boundary rule on each side.
 * Used for the `all` and `none` conditions of candidate runbooks, which need no index: only a few runbooks per alert
 * get that far.
 */
export function hasKeyword(text: string, keyword: string): boolean {
  const checkStart = isAsciiAlnum(keyword.charCodeAt(0));
  const checkEnd = isAsciiAlnum(keyword.charCodeAt(keyword.length - 1));
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) {
    if (checkStart && at > 0 && isAsciiAlnum(text.charCodeAt(at - 1))) continue;
    if (checkEnd && isAsciiAlnum(text.charCodeAt(at + keyword.length))) continue;
    return true;
  }
  return false;
}

interface Keyword {
  /** Normalised text. */
  text: string;
  /** The keyword ends with an ASCII letter or digit, so the next text character must not be one. */
  checkEnd: boolean;
  /** Runbooks (indexes) this keyword can trigger. */
  triggers: number[];
}

interface Term {
  /** Normalised. */
  text: string;
  /** As written in the runbook, for `terms`. */
  written: string;
}

/** A runbook's conditions, normalised and compiled the first time it is a candidate. */
interface CompiledRunbook {
  id: string;
  title: string;
  priority: number;
  any: Term[];
  all: Term[];
  /** `all` terms not already in `any` (each matched term is reported once). */
  allExtra: Term[];
  none: string[];
  regex: { source: string; re: RegExp }[];
  serviceIds: readonly string[] | null;
  /** Normalised, for the case-insensitive comparison with the alert's service name. */
  serviceNames: string[] | null;
}

const NO_TERMS: Term[] = [];

/** Distinct non-empty normalised keywords, each with the first spelling written for it. */
function terms(list: readonly string[]): Term[] {
  if (list.length === 0) return NO_TERMS;
  const out: Term[] = [];
  for (const written of list) {
    const text = normalizeText(written);
    // Linear scan: rules hold a handful of terms.
    if (text !== '' && !out.some((t) => t.text === text)) out.push({ text, written });
  }
  return out;
}

/**
 * Builds a matcher over `runbooks`. Throws {@link ConfigError} naming the runbook when a regex does not compile.
 * Keywords that normalise to the empty string are ignored; a runbook left with no `any`, `all` or `regex` never
 * matches (the validator rejects such files).
 *
 * Building does as little as possible — index the trigger keywords, compile each distinct regex once — so that
 * loading 10,000 runbooks stays far below 100 ms; the rest of a runbook is prepared the first time it is a candidate.
 */
export function createMatcher(runbooks: readonly IndexedRunbook[]): Matcher {
  const keywords: Keyword[] = [];
  const keywordIds = new Map<string, number>();
  const byWord = new Map<string, number[]>();
  const byChar = new Map<number, number[]>();
  const compiled: (CompiledRunbook | undefined)[] = new Array<CompiledRunbook | undefined>(runbooks.length);
  const untriggered: number[] = [];

  const addTrigger = (normalized: string, runbook: number): void => {
    let id = keywordIds.get(normalized);
    if (id === undefined) {
      id = keywords.length;
      keywordIds.set(normalized, id);
      keywords.push({
        text: normalized,
        checkEnd: isAsciiAlnum(normalized.charCodeAt(normalized.length - 1)),
        triggers: [],
      });
      const first = normalized.charCodeAt(0);
      if (isAsciiAlnum(first)) {
        let end = 1;
        while (end < normalized.length && isAsciiAlnum(normalized.charCodeAt(end))) end++;
        push(byWord, normalized.slice(0, end), id);
      } else {
        push(byChar, first, id);
      }
    }
    const triggers = keywords[id]!.triggers;
    // The same keyword twice in one rule triggers the runbook once.
    if (triggers[triggers.length - 1] !== runbook) triggers.push(runbook);
  };

  // The same pattern in many runbooks compiles once; without the `g` flag `test` keeps no state, so sharing is safe.
  const regexCache = new Map<string, RegExp>();
  const compile = (runbook: IndexedRunbook, source: string): RegExp => {
    let re = regexCache.get(source);
    if (re) return re;
    try {
      re = compileRuleRegex(source);
    } catch (error) {
      throw new ConfigError(
        `Runbook "${runbook.id}": match.regex ${JSON.stringify(source)} does not compile with flags "iu" (${(error as Error).message}). Fix the pattern and rebuild the index with "oncall build".`,
        { cause: error },
      );
    }
    regexCache.set(source, re);
    return re;
  };

  for (let index = 0; index < runbooks.length; index++) {
    const runbook = runbooks[index]!;
    const { match } = runbook;
    for (const source of match.regex) compile(runbook, source);
    // One necessary condition is enough to trigger: every `any` rule needs one of its `any` keywords, every `all`
    // rule needs all of its `all` keywords. Preferring `any` keeps a common `all` word (`mysql`) from waking every
    // MySQL rule for every MySQL alert.
    let triggered = false;
    for (const written of match.any) {
      const normalized = normalizeText(written);
      if (normalized === '') continue;
      addTrigger(normalized, index);
      triggered = true;
    }
    if (!triggered) {
      for (const written of match.all) {
        const normalized = normalizeText(written);
        if (normalized === '') continue;
        addTrigger(normalized, index);
        triggered = true;
      }
    }
    if (!triggered && match.regex.length > 0) untriggered.push(index);
  }

  const prepare = (index: number): CompiledRunbook => {
    const runbook = runbooks[index]!;
    const { match } = runbook;
    const any = terms(match.any);
    const all = terms(match.all);
    const regex: CompiledRunbook['regex'] = [];
    for (const source of match.regex) {
      if (!regex.some((r) => r.source === source)) regex.push({ source, re: compile(runbook, source) });
    }
    const prepared: CompiledRunbook = {
      id: runbook.id,
      title: runbook.title,
      priority: runbook.priority,
      any,
      all,
      allExtra: any.length === 0 ? all : all.filter((t) => !any.some((a) => a.text === t.text)),
      none: terms(match.none).map((t) => t.text),
      regex,
      serviceIds: match.services.length > 0 ? match.services : null,
      serviceNames: match.services.length > 0 ? match.services.map(normalizeText) : null,
    };
    compiled[index] = prepared;
    return prepared;
  };

  // Per-call scratch space, reused: a keyword/runbook is "seen" in this call when its stamp equals the call's number.
  const keywordStamp = new Uint32Array(keywords.length);
  const runbookStamp = new Uint32Array(runbooks.length);
  const asciiChar: (number[] | undefined)[] = Array.from({ length: 128 }, (_, c) => byChar.get(c));
  let generation = 0;

  const match = (alert: AlertText): RunbookMatch[] => {
    const text = prepareAlertText(alert.text);
    // Stryker disable all: the wrap-around is reached after 2^32 calls, beyond any test; resetting more often only costs time
    generation = generation === 0xffffffff ? 1 : generation + 1;
    if (generation === 1) {
      keywordStamp.fill(0);
      runbookStamp.fill(0);
    }
    // Stryker restore all
    const gen = generation;
    const candidates: number[] = [];

    const found = (bucket: number[], at: number) => {
      for (const id of bucket) {
        if (keywordStamp[id] === gen) continue;
        const keyword = keywords[id]!;
        if (!text.startsWith(keyword.text, at)) continue;
        if (keyword.checkEnd && isAsciiAlnum(text.charCodeAt(at + keyword.text.length))) continue;
        keywordStamp[id] = gen;
        for (const r of keyword.triggers) {
          if (runbookStamp[r] === gen) continue;
          runbookStamp[r] = gen;
          candidates.push(r);
        }
      }
    };

    const n = text.length;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isAsciiAlnum(code)) {
        // A keyword starting with a letter or digit can only start where a word starts, and the word there must be
        // exactly its first word (the boundary rule forbids a longer one, its own next character forbids a shorter one).
        let end = i + 1;
        while (end < n && isAsciiAlnum(text.charCodeAt(end))) end++;
        if (byWord.size > 0) {
          const bucket = byWord.get(text.slice(i, end));
          if (bucket) found(bucket, i);
        }
        i = end;
      } else {
        const bucket = code < 128 ? asciiChar[code] : byChar.size > 0 ? byChar.get(code) : undefined;
        if (bucket) found(bucket, i);
        i++;
      }
    }

    for (const r of untriggered) candidates.push(r);
    const results: RunbookMatch[] = [];
    let serviceNameNormalized: string | undefined;
    for (const r of candidates) {
      const rb = compiled[r] ?? prepare(r);
      let count = 0;
      let length = 0;
      const matched: string[] = [];
      // Every `any` keyword is indexed, so the scan has already said which of them are present.
      for (const t of rb.any) {
        if (keywordStamp[keywordIds.get(t.text)!] !== gen) continue;
        matched.push(t.written);
        count++;
        length += t.text.length;
      }
      if (rb.any.length > 0 && count === 0) continue;
      if (rb.none.some((k) => hasKeyword(text, k))) continue;
      if (!rb.all.every((t) => hasKeyword(text, t.text))) continue;
      if (rb.serviceIds) {
        const service = alert.service;
        let ok = service?.id !== undefined && rb.serviceIds.includes(service.id);
        if (!ok && service?.name !== undefined) {
          serviceNameNormalized ??= normalizeText(service.name);
          ok = rb.serviceNames!.includes(serviceNameNormalized);
        }
        if (!ok) continue;
      }
      for (const t of rb.allExtra) {
        matched.push(t.written);
        count++;
        length += t.text.length;
      }
      if (rb.regex.length > 0) {
        let any = false;
        for (const { source, re } of rb.regex) {
          if (!re.test(text)) continue;
          any = true;
          matched.push(source);
          count++;
          length += source.length;
        }
        if (!any) continue;
      }
      results.push({
        id: rb.id,
        title: rb.title,
        score: matchScore(rb.priority, count, length),
        terms: matched,
      });
    }
    return results.sort(compareMatches);
  };

  return { match, size: runbooks.length };
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
