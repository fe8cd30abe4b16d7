import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../src/runbooks/matcher.js';
import { containsKeyword, createNaiveMatcher } from '../src/runbooks/naive-matcher.js';
import type { AlertText, IndexedRunbook } from '../src/runbooks/types.js';

/** Small deterministic PRNG (mulberry32): the same seed gives the same cases on every run and machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A tiny alphabet makes collisions, prefixes, boundaries and repeated words common, which is where bugs hide.
const PIECES = [
  'a',
  'b',
  'ab',
  'ba',
  '1',
  'A',
  'Ｂ',
  ' ',
  '-',
  '_',
  '(',
  ')',
  '%',
  '決',
  '済',
  'エラー',
  'é',
  '🔥',
  'ｴ',
];
const SERVICES = ['PSVC1', 'checkout', 'Search'];

function generate(seed: number, runbookCount: number) {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = (max: number) =>
    Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(PIECES)).join('');
  const words = (max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => word(3));
  const runbooks: IndexedRunbook[] = Array.from({ length: runbookCount }, (_, i) => ({
    id: `rb-${String(i).padStart(3, '0')}`,
    title: `runbook ${i}`,
    priority: Math.floor(random() * 3),
    match: {
      any: words(3),
      all: random() < 0.3 ? words(2) : [],
      none: random() < 0.3 ? words(2) : [],
      regex: random() < 0.15 ? [pick(['a+b', '^a', 'b$', '決.', '\\d', '(?:ab|ba)-'])] : [],
      services: random() < 0.15 ? [pick(SERVICES)] : [],
    },
  }));
  const alerts: AlertText[] = Array.from({ length: 250 }, () => {
    const service =
      random() < 0.5 ? { service: { id: pick(SERVICES), name: pick(SERVICES).toUpperCase() } } : {};
    return { text: word(12), ...service };
  });
  return { runbooks, alerts };
}

describe('fast matcher against the naive reference', () => {
  it.each([1, 2, 3, 4, 5, 6])('gives identical results on generated rules and texts (seed %i)', (seed) => {
    const { runbooks, alerts } = generate(seed, 120);
    const fast = createMatcher(runbooks);
    const naive = createNaiveMatcher(runbooks);
    let matched = 0;
    for (const alert of alerts) {
      const expected = naive.match(alert);
      expect({ text: alert.text, result: fast.match(alert) }).toEqual({
        text: alert.text,
        result: expected,
      });
      matched += expected.length;
    }
    // The generator must actually exercise matching, not compare empty lists.
    expect(matched).toBeGreaterThan(50);
  });

  it('agrees with a regex-based boundary check on every keyword/text pair of a grid', () => {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const viaRegex = (text: string, keyword: string) => {
      const start = /^[a-z0-9]/.test(keyword) ? '(?<![a-z0-9])' : '';
      const end = /[a-z0-9]$/.test(keyword) ? '(?![a-z0-9])' : '';
      return new RegExp(`${start}${escape(keyword)}${end}`).test(text);
    };
    const samples = ['a', 'ab', 'b a', 'a-', '-a', 'a1', '決a', 'a決', '(a)', 'ab-ab', 'ba ab'];
    for (const text of samples.map((s) => `${s} ${s}x x${s}`)) {
      for (const keyword of samples)
        expect([text, keyword, containsKeyword(text, keyword)]).toEqual([
          text,
          keyword,
          viaRegex(text, keyword),
        ]);
    }
  });
});
