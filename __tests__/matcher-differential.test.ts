import { describe, expect, it } from '@jest/globals';
import { seededRandom } from '../src/fakes/random.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import { containsKeyword, createNaiveMatcher } from '../src/runbooks/naive-matcher.js';
import type { AlertText, IndexedRunbook } from '../src/runbooks/types.js';

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
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = (max: number) =>
    Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(PIECES)).join('');
  const words = (max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => word(3));
  const runbooks: IndexedRunbook[] = Array.from({ length: runbookCount }, (_, i) => ({
    id: `rb-${String(i).padStart(3, '0')}`,
    title: `runbook ${i}`,
    priority: Math.floor(random() * 3) - 1,
    match: {
      any: words(3),
      all: random() < 0.3 ? words(2) : [],
      none: random() < 0.3 ? words(2) : [],
      regex: random() < 0.15 ? [pick(['a+b', '^a', 'b$', '決.', '\\d', '(?:ab|ba)-'])] : [],
      services: random() < 0.15 ? [pick(SERVICES)] : [],
    },
  }));
  const alerts: AlertText[] = Array.from({ length: 150 }, () => {
    const service =
      random() < 0.5 ? { service: { id: pick(SERVICES), name: pick(SERVICES).toUpperCase() } } : {};
    return { text: word(12), ...service };
  });
  return { runbooks, alerts };
}

/**
 * Alerts whose interesting part sits at the text caps: a keyword straddling the 16,384-unit match cap, a surrogate
 * pair cut by it, and text that NFKC shrinks (half-width katakana with a voiced mark) before the 65,536-unit raw cap.
 */
function capAlerts(seed: number): AlertText[] {
  const random = seededRandom(seed ^ 0x5eed);
  const filler = (n: number) => 'x '.repeat(Math.ceil(n / 2)).slice(0, n);
  const around = (at: number, tail: string) => filler(at - Math.floor(random() * 4)) + tail;
  return [
    { text: around(16_384, 'ab 決済 ab') },
    { text: around(16_384, '🔥🔥 ab') },
    { text: 'ｶﾞ'.repeat(20_000 + Math.floor(random() * 13_000)) + ' ab' },
    { text: around(65_536, 'ab') },
    { text: filler(65_535) + '🔥 ab' },
  ];
}

/**
 * 24 seeds by default, ONCALL_DIFF_SEEDS=n for another count (the mutation run uses fewer, a soak more);
 * ONCALL_DIFF_SEED=n replays one seed (the failure message prints it).
 */
const SEEDS = process.env.ONCALL_DIFF_SEED
  ? [Number(process.env.ONCALL_DIFF_SEED)]
  : Array.from({ length: Number(process.env.ONCALL_DIFF_SEEDS ?? 24) }, (_, i) => 1 + i * 7919);

describe('fast matcher against the independent reference', () => {
  it.each(SEEDS)(
    'gives the same ids, order, scores and terms on generated rules and texts (seed %i)',
    (seed) => {
      const { runbooks, alerts } = generate(seed, 80);
      const fast = createMatcher(runbooks);
      const reference = createNaiveMatcher(runbooks);
      let matched = 0;
      for (const alert of [...alerts, ...capAlerts(seed)]) {
        const expected = reference.match(alert);
        const actual = fast.match(alert);
        const where = `seed ${seed} (replay with ONCALL_DIFF_SEED=${seed}), text ${JSON.stringify(alert.text.slice(0, 80))}`;
        expect({ where, ids: actual.map((m) => m.id) }).toEqual({ where, ids: expected.map((m) => m.id) });
        expect({ where, result: actual }).toEqual({ where, result: expected });
        matched += expected.length;
      }
      // The generator must actually exercise matching, not compare empty lists.
      expect(matched).toBeGreaterThan(30);
    },
  );

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
