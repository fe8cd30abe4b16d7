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

/**
 * The keywords that can trigger a runbook, and the runbooks each one triggers: {@link createMatcher} derives it from
 * the runbooks, and a version 3 index stores it ready-made (docs/index-format.md) so that loading one derives nothing.
 * A runbook is triggered by its `any` keywords, or by its `all` keywords when it has no `any`.
 */
export interface TriggerTable {
  /** Distinct normalised trigger keywords, in the order the runbooks first name them; a keyword's number is its place. */
  keywords: readonly string[];
  /**
   * For each keyword in turn: how many runbooks it triggers, then their numbers (places in the runbook list),
   * ascending. One flat list, so that reading it allocates one array, not one per keyword.
   */
  triggers: readonly number[];
  /** Runbooks no keyword triggers (rules with only `regex`), ascending: they are evaluated for every alert. */
  untriggered: readonly number[];
}

/** The normalised keywords that trigger `runbook` (see {@link TriggerTable}), each once, in the order written. */
export function triggerKeywords(runbook: IndexedRunbook): string[] {
  const out: string[] = [];
  // One necessary condition is enough to trigger: every `any` rule needs one of its `any` keywords, every `all`
  // rule needs all of its `all` keywords. Preferring `any` keeps a common `all` word (`mysql`) from waking every
  // MySQL rule for every MySQL alert.
  for (const written of runbook.match.any) {
    const normalized = normalizeText(written);
    if (normalized !== '' && !out.includes(normalized)) out.push(normalized);
  }
  if (out.length > 0) return out;
  for (const written of runbook.match.all) {
    const normalized = normalizeText(written);
    if (normalized !== '' && !out.includes(normalized)) out.push(normalized);
  }
  return out;
}

/** The trigger table of `runbooks` (numbered by their place in the list). */
export function buildTriggerTable(runbooks: readonly IndexedRunbook[]): TriggerTable {
  const keywords: string[] = [];
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const untriggered: number[] = [];
  for (let index = 0; index < runbooks.length; index++) {
    const runbook = runbooks[index]!;
    const triggers = triggerKeywords(runbook);
    for (const keyword of triggers) {
      let id = ids.get(keyword);
      if (id === undefined) {
        id = keywords.length;
        ids.set(keyword, id);
        keywords.push(keyword);
        lists.push([]);
      }
      lists[id]!.push(index);
    }
    if (triggers.length === 0 && runbook.match.regex.length > 0) untriggered.push(index);
  }
  const triggers: number[] = [];
  for (const list of lists) triggers.push(list.length, ...list);
  return { keywords, triggers, untriggered };
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
  /** The keyword number of each `any` term (same order). */
  anyIds: number[];
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

/** The runbooks a matcher runs over: numbered 0…size-1, read when first needed. */
export interface MatcherSource {
  size: number;
  table: TriggerTable;
  /** Runbook number `index`; called at most once per runbook, the first time it is a candidate. */
  runbook(index: number): IndexedRunbook;
  /**
   * Set when the table was not derived here (it was read from an index): each runbook is checked against it when
   * first read, and a disagreement is reported through this, which throws.
   */
  tableProblem?: (index: number, runbook: IndexedRunbook, problem: string) => never;
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
  const compile = regexCompiler();
  // Every pattern compiles now, so that a rule set with a broken pattern is refused as a whole, before any alert.
  for (const runbook of runbooks) for (const source of runbook.match.regex) compile(runbook, source);
  return matcherOver(
    { size: runbooks.length, table: buildTriggerTable(runbooks), runbook: (index) => runbooks[index]! },
    compile,
  );
}

/**
 * A matcher over a trigger table and runbooks read on demand (a version 3 index). Nothing is derived or compiled up
 * front: a runbook's conditions are read, normalised and compiled the first time it is a candidate, so a regex that
 * does not compile throws {@link ConfigError} from `match`.
 */
export function createTableMatcher(source: MatcherSource): Matcher {
  return matcherOver(source, regexCompiler());
}

type RegexCompiler = (runbook: IndexedRunbook, source: string) => RegExp;

function regexCompiler(): RegexCompiler {
  // The same pattern in many runbooks compiles once; without the `g` flag `test` keeps no state, so sharing is safe.
  const regexCache = new Map<string, RegExp>();
  return (runbook, source) => {
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
}

/** Where keyword `text` (normalised, non-empty) is filed: by its first ASCII word, else by its first code unit. */
function firstWord(text: string): string | undefined {
  if (!isAsciiAlnum(text.charCodeAt(0))) return undefined;
  let end = 1;
  while (end < text.length && isAsciiAlnum(text.charCodeAt(end))) end++;
  return text.slice(0, end);
}

function matcherOver(source: MatcherSource, compile: RegexCompiler): Matcher {
  const { keywords, triggers, untriggered } = source.table;
  const size = source.size;
  const keywordCount = keywords.length;
  const byWord = new Map<string, number[]>();
  const byChar = new Map<number, number[]>();
  // Where each keyword's entry (its count, then its runbooks) starts in the flat `triggers` list.
  const triggerAt = new Uint32Array(keywordCount);
  for (let id = 0, at = 0; id < keywordCount; id++) {
    triggerAt[id] = at;
    at += 1 + triggers[at]!;
    const keyword = keywords[id]!;
    const word = firstWord(keyword);
    if (word !== undefined) push(byWord, word, id);
    else push(byChar, keyword.charCodeAt(0), id);
  }
  const compiled: (CompiledRunbook | undefined)[] = new Array<CompiledRunbook | undefined>(size);

  /** The number of keyword `text` (normalised), or -1 when it triggers nothing. */
  const keywordId = (text: string): number => {
    const word = firstWord(text);
    const bucket = word !== undefined ? byWord.get(word) : byChar.get(text.charCodeAt(0));
    if (bucket) for (const id of bucket) if (keywords[id] === text) return id;
    return -1;
  };

  /** True when keyword `id` lists runbook `index` among those it triggers. */
  const triggersRunbook = (id: number, index: number): boolean => {
    const at = triggerAt[id]!;
    const end = at + 1 + triggers[at]!;
    for (let i = at + 1; i < end; i++) if (triggers[i] === index) return true;
    return false;
  };

  const check = (
    index: number,
    runbook: IndexedRunbook,
    problem: (index: number, runbook: IndexedRunbook, text: string) => never,
  ) => {
    for (const keyword of triggerKeywords(runbook)) {
      const id = keywordId(keyword);
      if (id === -1 || !triggersRunbook(id, index)) {
        problem(index, runbook, `its keyword ${JSON.stringify(keyword)} is not listed as triggering it`);
      }
    }
  };

  const prepare = (index: number): CompiledRunbook => {
    const runbook = source.runbook(index);
    if (source.tableProblem) check(index, runbook, source.tableProblem);
    const { match } = runbook;
    const any = terms(match.any);
    const all = terms(match.all);
    const regex: CompiledRunbook['regex'] = [];
    for (const pattern of match.regex) {
      if (!regex.some((r) => r.source === pattern))
        regex.push({ source: pattern, re: compile(runbook, pattern) });
    }
    const prepared: CompiledRunbook = {
      id: runbook.id,
      title: runbook.title,
      priority: runbook.priority,
      any,
      // Every `any` keyword triggers, so each has a number (checked above when the table was read from a file).
      anyIds: any.map((t) => keywordId(t.text)),
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
  const keywordStamp = new Uint32Array(keywordCount);
  const runbookStamp = new Uint32Array(size);
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
        if (!text.startsWith(keyword, at)) continue;
        // The keyword ends with an ASCII letter or digit, so the next text character must not be one.
        if (
          isAsciiAlnum(keyword.charCodeAt(keyword.length - 1)) &&
          isAsciiAlnum(text.charCodeAt(at + keyword.length))
        )
          continue;
        keywordStamp[id] = gen;
        const from = triggerAt[id]!;
        const end = from + 1 + triggers[from]!;
        for (let i = from + 1; i < end; i++) {
          const r = triggers[i]!;
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
      for (let k = 0; k < rb.any.length; k++) {
        const id = rb.anyIds[k]!;
        if (id === -1 || keywordStamp[id] !== gen) continue;
        const t = rb.any[k]!;
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
        for (const { source: pattern, re } of rb.regex) {
          if (!re.test(text)) continue;
          any = true;
          matched.push(pattern);
          count++;
          length += pattern.length;
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

  return { match, size };
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
