import { describe, expect, it } from '@jest/globals';
import { seededRandom } from '../src/fakes/random.js';
import { findShadowing, ruleShadows, type RuleInput } from '../src/runbooks/validate.js';

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
      const next = seededRandom(seed);
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

  it('stays fast at 20,000 mixed-priority rules: only rules sharing a keyword are compared', () => {
    const rules: RuleInput[] = Array.from({ length: 20_000 }, (_, i) => ({
      priority: i % 5,
      match: {
        any: [`Alert${Math.floor(i / 4)}`],
        all: i % 4 === 1 ? ['critical'] : [],
        none: i % 4 === 2 ? ['staging'] : [],
        regex: [],
        services: i % 4 === 3 ? [`team-${i % 7}`] : [],
      },
    }));
    const started = performance.now();
    const found = findShadowing(rules);
    // Comparing every pair (2·10⁸ cover tests) takes minutes; the index compares a handful per rule.
    expect(performance.now() - started).toBeLessThan(3_000);
    // The first alert's four rules get the same answer as the pairwise check gives them on their own.
    expect(found.slice(0, 4)).toEqual(quadraticShadowing(rules.slice(0, 4)));
    expect(found.filter((f) => f !== undefined).length).toBeGreaterThan(1000);
  });
});
