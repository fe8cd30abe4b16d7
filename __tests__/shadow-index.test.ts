import { describe, expect, it } from '@jest/globals';
import { findShadowing, ruleShadows, type RuleInput } from '../src/runbooks/validate.js';

/** Small deterministic PRNG (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Few words, written in several spellings that normalise alike, so that covers, near misses and ties are common.
const WORDS = [
  'DiskFull',
  'diskfull',
  'ＤＩＳＫＦＵＬＬ',
  'mysql',
  'MySQL',
  'lag',
  'oom',
  'cpu使用率',
  'CPU 使用率',
  'edge',
];
const REGEXES = ['5\\d\\d', 'disk\\s+full', 'lag=\\d+'];
const SERVICES = ['api', 'batch', 'db'];

function randomRule(next: () => number): RuleInput {
  const pick = <T>(list: readonly T[], max: number): T[] =>
    Array.from({ length: Math.floor(next() * (max + 1)) }, () => list[Math.floor(next() * list.length)]!);
  const shape = next();
  return {
    priority: Math.floor(next() * 4) - 1,
    match: {
      any: shape < 0.7 ? pick(WORDS, 3) : [],
      all: shape > 0.4 ? pick(WORDS, 2) : [],
      none: pick(WORDS, 1),
      regex: next() < 0.3 ? pick(REGEXES, 2) : [],
      services: next() < 0.3 ? pick(SERVICES, 2) : [],
    },
  };
}

/** The straightforward check: walk every rule in priority order (ties in input order) and take the first cover. */
function quadraticShadowing(rules: RuleInput[]): (number | undefined)[] {
  const order = rules.map((_, i) => i).sort((x, y) => rules[y]!.priority - rules[x]!.priority || x - y);
  return rules.map((b) => order.find((a) => ruleShadows(rules[a]!, b)));
}

describe('findShadowing', () => {
  it('gives the same shadowing rule as comparing every pair, on randomized rule sets', () => {
    let shadowed = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const rules = Array.from({ length: 2 + Math.floor(next() * 40) }, () => randomRule(next));
      const expected = quadraticShadowing(rules);
      expect({ seed, found: findShadowing(rules) }).toEqual({ seed, found: expected });
      shadowed += expected.filter((e) => e !== undefined).length;
    }
    // The rule sets must actually exercise shadowing, or agreement would prove nothing.
    expect(shadowed).toBeGreaterThan(500);
  });

  it('finds a regex-only rule shadowing a keyword rule with the same pattern', () => {
    const rules: RuleInput[] = [
      { priority: 0, match: { any: ['api'], all: [], none: [], regex: ['5\\d\\d'], services: [] } },
      { priority: 2, match: { any: [], all: [], none: [], regex: ['5\\d\\d', 'x'], services: [] } },
    ];
    expect(findShadowing(rules)).toEqual([1, undefined]);
  });

  it('picks the highest-priority cover, the earlier one on a tie', () => {
    const rule = (priority: number, any: string[]): RuleInput => ({
      priority,
      match: { any, all: [], none: [], regex: [], services: [] },
    });
    expect(
      findShadowing([
        rule(0, ['a1']),
        rule(1, ['a1', 'b1']),
        rule(2, ['a1']),
        rule(3, ['a1']),
        rule(3, ['A1']),
      ]),
    ).toEqual([3, undefined, 3, undefined, undefined]);
  });
});
