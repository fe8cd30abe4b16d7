/**
 * A quick, sound proof that a rule regex runs in linear time on V8's backtracking engine, for the shapes most rules
 * have (`max_connections\s*=\s*\d+`, `disk[ _-]+full`, `5\d\d`). Patterns it cannot prove go to recheck; it never
 * calls a pattern linear that is not. The argument is written out in docs/validate.md ("Why the quick proof is
 * sound"); in short, a pattern qualifies when:
 *
 * 1. it is a flat sequence of single-character items (a literal, an escape such as `\d` or `\s`, `.`, or a bracket
 *    class), each with an optional greedy quantifier, plus the assertions `^`, `$`, `\b`, `\B` — no groups, no
 *    alternation, no lazy quantifiers;
 * 2. its first item that reads a character is read a fixed number of times (no `?`, `*`, `+` or `{n,m}`);
 * 3. every item read a variable number of times shares no character with the items after it, up to and including
 *    the first one that must read at least one character (so giving back a character can never let the rest match);
 * 4. every item without an upper bound (`*`, `+`, `{n,}`) shares no character with the first item (so no later
 *    match attempt can start inside its run).
 *
 * Character sets are over-approximated: case-insensitive matching adds both cases of a letter, and every set that
 * could contain a non-ASCII character (anything but plain ASCII literals, digits and ASCII whitespace) is taken to
 * contain all of them. A larger set only makes the proof refuse more patterns.
 */

/** A set of characters: exact for ASCII, one bit for "may contain any non-ASCII character". */
interface CharSet {
  /** 128 bits, ASCII code → member. */
  ascii: Uint32Array;
  nonAscii: boolean;
}

interface Item {
  set: CharSet;
  min: number;
  /** Infinity when unbounded. */
  max: number;
}

const NOT_PROVABLE = undefined;

function emptySet(): CharSet {
  return { ascii: new Uint32Array(4), nonAscii: false };
}

function add(set: CharSet, code: number): void {
  if (code >= 128) {
    set.nonAscii = true;
    return;
  }
  set.ascii[code >> 5]! |= 1 << (code & 31);
}

function has(set: CharSet, code: number): boolean {
  return (set.ascii[code >> 5]! & (1 << (code & 31))) !== 0;
}

function addRange(set: CharSet, from: number, to: number): void {
  for (let c = from; c <= Math.min(to, 127); c++) add(set, c);
  if (to >= 128) set.nonAscii = true;
}

function union(into: CharSet, other: CharSet): void {
  for (let i = 0; i < 4; i++) into.ascii[i]! |= other.ascii[i]!;
  into.nonAscii ||= other.nonAscii;
}

function disjoint(a: CharSet, b: CharSet): boolean {
  if (a.nonAscii && b.nonAscii) return false;
  for (let i = 0; i < 4; i++) if ((a.ascii[i]! & b.ascii[i]!) !== 0) return false;
  return true;
}

function complement(set: CharSet): CharSet {
  const out = emptySet();
  for (let i = 0; i < 4; i++) out.ascii[i] = ~set.ascii[i]!;
  out.nonAscii = true;
  return out;
}

const code = (c: string) => c.charCodeAt(0);
const DIGITS = (() => {
  const s = emptySet();
  addRange(s, code('0'), code('9'));
  return s;
})();
const WORD = (() => {
  const s = emptySet();
  addRange(s, code('0'), code('9'));
  addRange(s, code('A'), code('Z'));
  addRange(s, code('a'), code('z'));
  add(s, code('_'));
  // With the `i` and `u` flags `\w` also matches U+017F and U+212A, which fold to `s` and `k`.
  s.nonAscii = true;
  return s;
})();
const SPACE = (() => {
  const s = emptySet();
  for (const c of '\t\n\v\f\r ') add(s, code(c));
  s.nonAscii = true;
  return s;
})();
const ANY_BUT_LINE_BREAK = (() => {
  const s = complement(emptySet());
  s.ascii[0]! &= ~((1 << 10) | (1 << 13));
  return s;
})();

/**
 * With the `i` flag: both cases of every ASCII letter; `k` and `s` also match U+212A and U+017F. Applied to every
 * set, so it over-approximates but never misses a character.
 */
function caseClosed(set: CharSet): CharSet {
  const out: CharSet = { ascii: new Uint32Array(set.ascii), nonAscii: set.nonAscii };
  for (let c = code('a'); c <= code('z'); c++) {
    const upper = c - 32;
    if (has(set, c) || has(set, upper)) {
      add(out, c);
      add(out, upper);
      if (c === code('k') || c === code('s')) out.nonAscii = true;
    }
  }
  // A non-ASCII character may fold to `k` or `s` (U+212A, U+017F).
  if (set.nonAscii) for (const c of 'kKsS') add(out, code(c));
  return out;
}

/** The set of a class escape (`\d`, `\W`, …) or of an escaped single character, or undefined when not supported. */
function escapeSet(letter: string): CharSet | undefined {
  switch (letter) {
    case 'd':
      return DIGITS;
    case 'D':
      return complement(DIGITS);
    case 'w':
      return WORD;
    case 'W':
      // Taken as containing `k` and `s` too: case-insensitive Unicode `\W` has had engine quirks around them.
      return caseClosed(complement(WORD));
    case 's':
      return SPACE;
    case 'S':
      return complement(SPACE);
    case 't':
    case 'n':
    case 'r':
    case 'f':
    case 'v': {
      const s = emptySet();
      add(s, code({ t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' }[letter]));
      return s;
    }
    default:
      // In Unicode mode only syntax characters (and `/`, and `-` in a class) may be escaped to stand for themselves.
      if ('^$\\.*+?()[]{}|/-'.includes(letter)) {
        const s = emptySet();
        add(s, code(letter));
        return s;
      }
      return undefined;
  }
}

/** Parses `[…]` starting at `start` (the `[`); returns its set and the index after `]`, or undefined. */
function parseClass(pattern: string, start: number): { set: CharSet; end: number } | undefined {
  let i = start + 1;
  const negated = pattern[i] === '^';
  if (negated) i++;
  const set = emptySet();
  // One class member: a single character (code) or a class escape (set).
  const member = (): { code?: number; set?: CharSet } | undefined => {
    const c = pattern[i];
    if (c === undefined) return undefined;
    if (c === '\\') {
      const letter = pattern[i + 1];
      if (letter === undefined) return undefined;
      i += 2;
      const escaped = escapeSet(letter);
      if (!escaped) return undefined;
      if ('dDwWsS'.includes(letter)) return { set: escaped };
      return { code: firstBit(escaped) };
    }
    const point = pattern.codePointAt(i)!;
    i += point > 0xffff ? 2 : 1;
    return { code: point };
  };
  while (i < pattern.length && pattern[i] !== ']') {
    const first = member();
    if (!first) return NOT_PROVABLE;
    if (pattern[i] === '-' && pattern[i + 1] !== ']' && first.code !== undefined) {
      i++;
      const last = member();
      if (!last || last.code === undefined) return NOT_PROVABLE;
      addRange(set, first.code, last.code);
    } else if (first.set) union(set, first.set);
    else add(set, first.code!);
  }
  if (pattern[i] !== ']') return NOT_PROVABLE;
  const closed = caseClosed(set);
  return { set: negated ? complement(closed) : closed, end: i + 1 };
}

function firstBit(set: CharSet): number {
  for (let c = 0; c < 128; c++) if (has(set, c)) return c;
  return -1;
}

/** Reads a greedy quantifier at `i`; `{ min: 1, max: 1 }` when there is none; undefined when lazy or unsupported. */
function parseQuantifier(pattern: string, i: number): { min: number; max: number; end: number } | undefined {
  let q: { min: number; max: number; end: number };
  const c = pattern[i];
  if (c === '*') q = { min: 0, max: Infinity, end: i + 1 };
  else if (c === '+') q = { min: 1, max: Infinity, end: i + 1 };
  else if (c === '?') q = { min: 0, max: 1, end: i + 1 };
  else if (c === '{') {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!braces) return NOT_PROVABLE;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    q = { min, max, end: i + braces[0].length };
  } else return { min: 1, max: 1, end: i };
  // A lazy quantifier tries the shortest run first: a different search order than the proof describes.
  return pattern[q.end] === '?' ? NOT_PROVABLE : q;
}

/** The pattern as items (assertions dropped: they read nothing and only ever make an attempt fail sooner). */
function parseItems(pattern: string): Item[] | undefined {
  const items: Item[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    let set: CharSet | undefined;
    if (c === '^' || c === '$') {
      i++;
      continue;
    }
    if (c === '\\' && (pattern[i + 1] === 'b' || pattern[i + 1] === 'B')) {
      i += 2;
      continue;
    }
    if ('()|*+?{}]'.includes(c)) return NOT_PROVABLE;
    if (c === '[') {
      const parsed = parseClass(pattern, i);
      if (!parsed) return NOT_PROVABLE;
      set = parsed.set;
      i = parsed.end;
    } else if (c === '.') {
      set = ANY_BUT_LINE_BREAK;
      i++;
    } else if (c === '\\') {
      const escaped = pattern[i + 1] === undefined ? undefined : escapeSet(pattern[i + 1]!);
      if (!escaped) return NOT_PROVABLE;
      set = caseClosed(escaped);
      i += 2;
    } else {
      const point = pattern.codePointAt(i)!;
      set = emptySet();
      add(set, point);
      set = caseClosed(set);
      i += point > 0xffff ? 2 : 1;
    }
    const quantifier = parseQuantifier(pattern, i);
    if (!quantifier) return NOT_PROVABLE;
    i = quantifier.end;
    items.push({ set, min: quantifier.min, max: quantifier.max });
  }
  return items;
}

/**
 * True when `pattern` (compiled with flags `iu`, already known to compile) provably matches in time linear in the
 * text length, by the argument in the module comment. False means "not proven", not "unsafe".
 */
export function provablyLinear(pattern: string): boolean {
  const items = parseItems(pattern);
  if (!items || items.length === 0) return false;
  const first = items[0]!;
  if (first.min !== first.max || first.min === 0) return false;
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    if (item.max === Infinity && index > 0 && !disjoint(item.set, first.set)) return false;
    if (item.min === item.max) continue;
    const follow = emptySet();
    for (let next = index + 1; next < items.length; next++) {
      union(follow, items[next]!.set);
      if (items[next]!.min > 0) break;
    }
    if (!disjoint(item.set, follow)) return false;
  }
  return true;
}
