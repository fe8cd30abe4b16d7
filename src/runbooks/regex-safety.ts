/**
 * Rule regexes come from pull requests, and V8's RegExp engine backtracks: `/(a+)+$/` takes seconds on 30
 * characters. Every pattern is therefore checked before it may reach the index:
 *
 * 1. length ≤ {@link MAX_REGEX_LENGTH} characters;
 * 2. it compiles exactly as the matcher compiles it (JavaScript, flags `iu`);
 * 3. no backreferences (`\1`, `\k<name>`) and no lookaround (`(?=`, `(?!`, `(?<=`, `(?<!`): both defeat linear-time
 *    reasoning and are never needed to recognise an alert title;
 * 4. `recheck` (automata-based ReDoS analysis, with a fuzzer for patterns too large for the automaton) must not find
 *    exponential or cubic-or-worse backtracking. Quadratic patterns such as `disk.*full` are only a warning: alert
 *    texts are capped before matching, so n² stays small, and such patterns are common and useful.
 *
 * recheck's pure-JavaScript backend is a 3 MB module that needs ~300 ms to warm up and then ~20 ms per check (up to
 * a second for patterns with long literals before an unbounded repetition). So the common shapes are first proven
 * linear without it (regex-linear.ts, argument in docs/validate.md), recheck is loaded only for a pattern that proof
 * cannot settle, each distinct pattern is checked once per process ({@link RegexSafetyChecker} caches verdicts), and
 * recheck's verdicts can be kept between runs (regex-cache.ts).
 */
import type * as RecheckModule from 'recheck';
import type { Diagnostics } from 'recheck';
import { compileRuleRegex } from './matcher.js';
import { provablyLinear } from './regex-linear.js';

export const MAX_REGEX_LENGTH = 256;
/** Flags rule regexes are compiled with at match time (taken from the matcher, so the two cannot disagree). */
export const RULE_REGEX_FLAGS: string = compileRuleRegex('(?:)').flags;
/**
 * recheck gives up after this long and the pattern is refused rather than let through. Known-bad shapes such as
 * `(a+)+$` are found in milliseconds; the limit only bounds patterns that are slow to analyse (long literals before
 * an unbounded repetition take ~0.5 s on an idle runner and several seconds on a busy one), so it is generous.
 */
export const REGEX_CHECK_TIMEOUT_MS = 30_000;

export interface RegexFinding {
  severity: 'error' | 'warning';
  message: string;
}

/** Checks 1–3: cheap, no recheck. Returns the first reason the pattern is refused, or undefined. */
export function checkRegexSyntax(
  pattern: string,
  flags: string = RULE_REGEX_FLAGS,
): RegexFinding | undefined {
  const length = [...pattern].length;
  if (length > MAX_REGEX_LENGTH) {
    return {
      severity: 'error',
      message: `regular expression is too long: ${length} characters, the limit is ${MAX_REGEX_LENGTH}. Split it into several shorter patterns (any of them may match) or use keywords.`,
    };
  }
  if (pattern === '') {
    return {
      severity: 'error',
      message: 'regular expression is empty: it would match every alert. Remove it.',
    };
  }
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    return {
      severity: 'error',
      message: `invalid regular expression: ${reason} (compiled as a JavaScript regex with the "${flags}" flag).`,
    };
  }
  const feature = findUnsupportedFeature(pattern);
  if (feature) {
    return {
      severity: 'error',
      message: `unsupported regular expression: ${feature.what} "${feature.text}" at character ${feature.index + 1}. Backreferences and lookaround are not allowed in rule regexes; use match.all / match.none for extra conditions.`,
    };
  }
  return undefined;
}

/** Finds a backreference or lookaround outside character classes, honouring escapes. */
export function findUnsupportedFeature(
  pattern: string,
): { what: string; text: string; index: number } | undefined {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) {
        return { what: 'backreference', text: `\\${/^[1-9]\d*/.exec(pattern.slice(i + 1))![0]}`, index: i };
      }
      if (!inClass && next === 'k' && pattern[i + 2] === '<') {
        const end = pattern.indexOf('>', i);
        return { what: 'named backreference', text: pattern.slice(i, end < 0 ? i + 3 : end + 1), index: i };
      }
      i++; // skip the escaped character
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      const head = pattern.slice(i, i + 4);
      if (head.startsWith('(?=') || head.startsWith('(?!')) {
        return { what: 'lookahead', text: head.slice(0, 3), index: i };
      }
      if (head === '(?<=' || head === '(?<!') return { what: 'lookbehind', text: head, index: i };
    }
  }
  return undefined;
}

/**
 * recheck reads `RECHECK_SYNC_BACKEND` on every call. The bundle defines it as "pure" at build time (the default
 * "synckit" backend starts a worker thread from a file next to recheck's own, which does not exist in dist/); code
 * running from sources (tests, tsx) must use the same backend, so it is set here when nothing set it. The variable
 * is read through an alias so the bundler's define does not rewrite this assignment.
 */
function usePureBackend(): void {
  const env = process.env;
  if (env['RECHECK_SYNC_BACKEND'] === undefined) env['RECHECK_SYNC_BACKEND'] = 'pure';
}

type Recheck = typeof RecheckModule;
let recheck: Promise<Recheck['checkSync']> | undefined;

/**
 * recheck is CommonJS: Node and jest expose `checkSync` as a named export, while an ESM bundle's dynamic import only
 * has `default` (module.exports). Either way, the same function.
 */
async function loadCheckSync(): Promise<Recheck['checkSync']> {
  const loaded = (await import('recheck')) as Partial<Recheck> & { default?: Partial<Recheck> };
  const checkSync = loaded.checkSync ?? loaded.default?.checkSync;
  if (typeof checkSync !== 'function') throw new Error('recheck did not load (no checkSync export)');
  return checkSync;
}

/** Check 4: recheck's verdict as a finding (undefined when the pattern is safe). */
export async function checkRegexBacktracking(
  pattern: string,
  flags: string = RULE_REGEX_FLAGS,
  timeoutMs: number = REGEX_CHECK_TIMEOUT_MS,
): Promise<RegexFinding | undefined> {
  usePureBackend();
  let diagnostics: Diagnostics;
  try {
    // Loaded on first use: validating keyword-only runbooks never pays for it.
    recheck ??= loadCheckSync();
    const checkSync = await recheck;
    diagnostics = checkSync(pattern, flags, { timeout: timeoutMs });
  } catch (error) {
    return {
      severity: 'error',
      message: `regular expression could not be checked for catastrophic backtracking (${error instanceof Error ? error.message : String(error)}). Simplify it.`,
    };
  }
  if (diagnostics.status === 'safe') return undefined;
  if (diagnostics.status === 'unknown') {
    const kind = diagnostics.error.kind;
    const why =
      kind === 'timeout'
        ? `the check did not finish within ${timeoutMs / 1000} s`
        : `${kind}${'message' in diagnostics.error ? `: ${diagnostics.error.message}` : ''}`;
    return {
      severity: 'error',
      message: `regular expression could not be proven safe from catastrophic backtracking (${why}). Simplify it: fewer nested or adjacent repetitions, or use keywords.`,
    };
  }
  const complexity = diagnostics.complexity;
  const example = describeAttack(diagnostics.attack);
  if (complexity.type === 'polynomial' && complexity.degree < 3) {
    return {
      severity: 'warning',
      message: `regular expression can take quadratic time, e.g. on ${example}. Anchor it (^…) or bound the repetitions ({0,80}) if you can.`,
    };
  }
  const kind =
    complexity.type === 'exponential' ? 'exponential' : `${ordinal(complexity.degree)}-degree polynomial`;
  return {
    severity: 'error',
    message: `unsafe regular expression: ${kind} backtracking, e.g. on ${example}. Remove nested or overlapping repetitions such as (a+)+ or (a|a)*.`,
  };
}

function ordinal(n: number): string {
  return n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}

/** A short, printable form of recheck's attack string: prefix, the pumped part a few times, "…", the suffix. */
function describeAttack(attack: {
  pumps: { prefix: string; pump: string }[];
  suffix: string;
  string: string;
}): string {
  const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);
  const text =
    attack.pumps.length > 0
      ? attack.pumps
          .map(
            (p) =>
              shorten(p.prefix, 12) + shorten(p.pump.repeat(Math.max(1, Math.ceil(4 / p.pump.length))), 16),
          )
          .join('') +
        '…' +
        shorten(attack.suffix, 12)
      : shorten(attack.string, 24);
  return `'${printable(text)}'`;
}

function printable(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === "'" || c === '\\') out += `\\${c}`;
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return out;
}

/**
 * recheck's version, part of every cached verdict's key: a new recheck may judge a pattern differently, so its
 * verdicts are never mixed with an older one's. A test keeps it equal to the installed package's version.
 */
export const RECHECK_VERSION = '4.5.0';
/** Identifies how verdicts were reached; bump the suffix whenever the way a verdict is derived changes. */
export const REGEX_CHECKER_VERSION = `recheck@${RECHECK_VERSION}/oncall-1`;

/**
 * Verdicts kept between runs (see regex-cache.ts): only recheck's, and never a timeout, which depends on the machine.
 * `null` stands for "safe".
 */
export interface RegexVerdictStore {
  get(pattern: string, flags: string): RegexFinding | null | undefined;
  set(pattern: string, flags: string, finding: RegexFinding | null): void;
}

/**
 * All four checks with one verdict per distinct pattern and flags for the life of the checker (validation of a
 * thousand runbooks that share a few patterns runs recheck a few times). Patterns of the common shapes that
 * {@link provablyLinear} proves safe never reach recheck; verdicts recheck reaches can be kept in a `store`.
 */
export class RegexSafetyChecker {
  private readonly verdicts = new Map<string, Promise<RegexFinding | undefined>>();

  constructor(
    private readonly flags: string = RULE_REGEX_FLAGS,
    private readonly timeoutMs: number = REGEX_CHECK_TIMEOUT_MS,
    private readonly store?: RegexVerdictStore,
  ) {}

  /** The finding for `pattern`, or undefined when it is safe. Concurrent calls for one pattern share one check. */
  check(pattern: string): Promise<RegexFinding | undefined> {
    let verdict = this.verdicts.get(pattern);
    if (!verdict) {
      verdict = this.decide(pattern);
      this.verdicts.set(pattern, verdict);
    }
    return verdict;
  }

  private async decide(pattern: string): Promise<RegexFinding | undefined> {
    const syntax = checkRegexSyntax(pattern, this.flags);
    if (syntax) return syntax;
    // The quick proof is written for the matcher's flags; other flags always go to recheck.
    if (this.flags === RULE_REGEX_FLAGS && provablyLinear(pattern)) return undefined;
    const kept = this.store?.get(pattern, this.flags);
    if (kept !== undefined) return kept ?? undefined;
    const finding = await checkRegexBacktracking(pattern, this.flags, this.timeoutMs);
    if (!finding?.message.includes('could not')) this.store?.set(pattern, this.flags, finding ?? null);
    return finding;
  }
}
