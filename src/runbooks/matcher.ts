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
 * filed in a hash table by their first ASCII word (or, when they start with anything else, by their first UTF-16 code
 * unit), see {@link TriggerTable}. One pass over the text looks up each word and each non-alphanumeric character,
 * verifies the few candidate keywords found there, and only runbooks triggered by a found keyword are evaluated in full. Runbooks that state neither `any` nor
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
 * The keywords that can trigger a runbook, the runbooks each one triggers, and a hash table to find the keywords that
 * may start at a place in the text: {@link createMatcher} derives it from the runbooks, and a version 3 index stores
 * it ready-made (docs/index-format.md) so that loading one derives nothing. A runbook is triggered by its `any`
 * keywords, or by its `all` keywords when it has no `any`. Every part is a string or a flat list of integers, which
 * a reader parses without allocating an object per keyword.
 *
 * Keyword k (its number: the order in which the runbooks first name it) is
 * `keywords.slice(keywordEnds[k - 1] ?? 0, keywordEnds[k])`; the runbooks it triggers, ascending, are
 * `triggers.slice(triggerEnds[k - 1] ?? 0, triggerEnds[k])`. Its hash key is its first ASCII word (letters and
 * digits) when it starts with one, else its first UTF-16 code unit; the keywords of bucket b = {@link bucketOf} of a
 * key are `buckets.slice(bucketEnds[b - 1] ?? 0, bucketEnds[b])`, ascending.
 */
export interface TriggerTable {
  /** The normalised trigger keywords, one after another. */
  keywords: string;
  keywordEnds: readonly number[];
  triggers: readonly number[];
  triggerEnds: readonly number[];
  buckets: readonly number[];
  /** As many as there are buckets: a power of two, at least 1 (the smallest not below half the keyword count). */
  bucketEnds: readonly number[];
  /** Runbooks no keyword triggers (rules with only `regex`), ascending: they are evaluated for every alert. */
  untriggered: readonly number[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The hash bucket of the key `text.slice(start, end)` among `bucketCount` (a power of two): 32-bit FNV-1a over its
 * UTF-16 code units, its low bits. Part of the index format: a version 3 index files its keywords by it.
 */
export function bucketOf(text: string, start: number, end: number, bucketCount: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return (hash >>> 0) & (bucketCount - 1);
}

/** Where the hash key of `text` (normalised, non-empty) ends: after its first ASCII word, or after its first unit. */
function keyEnd(text: string, start: number, end: number): number {
  if (!isAsciiAlnum(text.charCodeAt(start))) return start + 1;
  let at = start + 1;
  while (at < end && isAsciiAlnum(text.charCodeAt(at))) at++;
  return at;
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
  const keywordEnds: number[] = [];
  const triggers: number[] = [];
  const triggerEnds: number[] = [];
  let length = 0;
  for (let id = 0; id < keywords.length; id++) {
    length += keywords[id]!.length;
    keywordEnds.push(length);
    // One push each: spreading a list into arguments has a length limit.
    for (const r of lists[id]!) triggers.push(r);
    triggerEnds.push(triggers.length);
  }
  // One or two keywords per bucket: a text position looks at a few keywords, and the lists stay short to read.
  let bucketCount = 1;
  while (bucketCount * 2 < keywords.length) bucketCount *= 2;
  const byBucket: number[][] = Array.from({ length: bucketCount }, () => []);
  for (let id = 0; id < keywords.length; id++) {
    const keyword = keywords[id]!;
    byBucket[bucketOf(keyword, 0, keyEnd(keyword, 0, keyword.length), bucketCount)]!.push(id);
  }
  const buckets: number[] = [];
  const bucketEnds: number[] = [];
  for (const bucket of byBucket) {
    for (const id of bucket) buckets.push(id);
    bucketEnds.push(buckets.length);
  }
  return {
    keywords: keywords.join(''),
    keywordEnds,
    triggers,
    triggerEnds,
    buckets,
    bucketEnds,
    untriggered,
  };
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

function matcherOver(source: MatcherSource, compile: RegexCompiler): Matcher {
  const { keywords, keywordEnds, triggers, triggerEnds, buckets, bucketEnds, untriggered } = source.table;
  const size = source.size;
  const keywordCount = keywordEnds.length;
  const bucketCount = bucketEnds.length;
  const compiled: (CompiledRunbook | undefined)[] = new Array<CompiledRunbook | undefined>(size);
  // Keyword texts are cut from the one string the first time a text position asks for them.
  const keywordTexts: (string | undefined)[] = new Array<string | undefined>(keywordCount);
  const keywordAt = (id: number): string =>
    (keywordTexts[id] ??= keywords.slice(id === 0 ? 0 : keywordEnds[id - 1], keywordEnds[id]));

  /** The number of keyword `text` (normalised), or -1 when it triggers nothing. */
  const keywordId = (text: string): number => {
    const bucket = bucketOf(text, 0, keyEnd(text, 0, text.length), bucketCount);
    for (let j = bucket === 0 ? 0 : bucketEnds[bucket - 1]!; j < bucketEnds[bucket]!; j++) {
      if (keywordAt(buckets[j]!) === text) return buckets[j]!;
    }
    return -1;
  };

  /** True when keyword `id` lists runbook `index` among those it triggers. */
  const triggersRunbook = (id: number, index: number): boolean => {
    for (let i = id === 0 ? 0 : triggerEnds[id - 1]!; i < triggerEnds[id]!; i++) {
      if (triggers[i] === index) return true;
    }
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

    /** The keywords filed under the key `text.slice(at, keyEnd)` that occur at `at`, and the runbooks they trigger. */
    const found = (at: number, end: number) => {
      const bucket = bucketOf(text, at, end, bucketCount);
      for (let j = bucket === 0 ? 0 : bucketEnds[bucket - 1]!; j < bucketEnds[bucket]!; j++) {
        const id = buckets[j]!;
        if (keywordStamp[id] === gen) continue;
        // Another key may share the bucket: the keyword must be at `at` in full. A keyword whose first word is a
        // prefix of the text's word is then refused by the boundary check, so only the key's own keywords match.
        const keyword = keywordAt(id);
        if (!text.startsWith(keyword, at)) continue;
        // The keyword ends with an ASCII letter or digit, so the next text character must not be one.
        if (
          isAsciiAlnum(keyword.charCodeAt(keyword.length - 1)) &&
          isAsciiAlnum(text.charCodeAt(at + keyword.length))
        )
          continue;
        keywordStamp[id] = gen;
        for (let i = id === 0 ? 0 : triggerEnds[id - 1]!; i < triggerEnds[id]!; i++) {
          const r = triggers[i]!;
          if (runbookStamp[r] === gen) continue;
          runbookStamp[r] = gen;
          candidates.push(r);
        }
      }
    };

    if (keywordCount > 0) {
      const n = text.length;
      let i = 0;
      while (i < n) {
        // A keyword starting with a letter or digit can only start where a word starts, and the word there must be
        // exactly its first word (the boundary rule forbids a longer one, its own next character forbids a shorter
        // one); any other keyword is filed under its first code unit.
        const end = keyEnd(text, i, n);
        found(i, end);
        i = end;
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
      if (rb.serviceIds && !alert.anyService) {
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
