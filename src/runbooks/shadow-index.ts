/**
 * Finding, for every rule, the first higher-priority rule that covers it — without comparing every pair.
 *
 * The cover test (validate.ts) only holds when the covering rule A shares something with the covered rule B:
 *
 * - when A states `all` keywords, every one of them is in req(B) (B.all, plus B's single `any` keyword), so A's
 *   rarest `all` keyword is in req(B);
 * - when A states `any` keywords, either one of them is in req(B), or B.any is non-empty and inside A.any — either
 *   way, one of A.any is in req(B) ∪ B.any;
 * - when A states regexes, B.regex is non-empty and inside A.regex, so one of A's patterns is one of B's.
 *
 * Each of these is a necessary condition on its own, so each rule is filed under the keys of one of them — the one
 * whose keys the fewest rules look up — and B looks up only the keys it has (req(B) ∪ B.any, and B.regex). A rule
 * with none of these is compared with every rule, as before. The candidates found are exactly a superset of the rules that can cover B, so the full cover test on them
 * gives the same answer as testing every pair, at a cost proportional to the rules that share a key.
 */

/** What the index needs of a rule: its priority and normalised keyword and regex sets. */
export interface IndexableRule {
  priority: number;
  any: ReadonlySet<string>;
  all: ReadonlySet<string>;
  regex: ReadonlySet<string>;
  /** Keywords every text the rule matches contains. */
  required: ReadonlySet<string>;
}

const KEYWORD = 'k\u0000';
const REGEX = 'r\u0000';

/**
 * For each rule of `rules` (same order), the first rule in priority order (highest first, ties in input order) that
 * has a strictly higher priority and `covers` it, or undefined. `covers(a, b)` must only hold when `a` and `b`
 * share a key as described above (true of validate.ts's cover test).
 */
export function firstCovering<R extends IndexableRule>(
  rules: readonly R[],
  covers: (a: R, b: R) => boolean,
): (R | undefined)[] {
  // Rank = position in the priority order the pairwise loop walks; the first cover found is the lowest rank.
  const order = rules.map((_, i) => i).sort((x, y) => rules[y]!.priority - rules[x]!.priority || x - y);
  const rank = new Int32Array(rules.length);
  order.forEach((ruleIndex, position) => (rank[ruleIndex] = position));

  // How many rules could look each key up: each rule is filed under the necessary condition whose keys are rarest,
  // so a keyword shared by thousands of rules (`critical`) is used only by rules that have nothing more specific.
  const frequency = new Map<string, number>();
  const count = (key: string) => frequency.set(key, (frequency.get(key) ?? 0) + 1);
  for (const r of rules) {
    for (const k of new Set([...r.required, ...r.any])) count(KEYWORD + k);
    for (const source of r.regex) count(REGEX + source);
  }
  const cost = (keys: string[]) => keys.reduce((sum, key) => sum + (frequency.get(key) ?? 0), 0);
  const byKey = new Map<string, number[]>();
  const everywhere: number[] = [];
  rules.forEach((r, index) => {
    const routes: string[][] = [];
    if (r.all.size > 0) {
      // Every `all` keyword must be among B's required ones: the rarest alone is enough to find B.
      const keys = [...r.all].map((k) => KEYWORD + k);
      routes.push([keys.reduce((best, key) => (cost([key]) < cost([best]) ? key : best))]);
    }
    if (r.any.size > 0) routes.push([...r.any].map((k) => KEYWORD + k));
    if (r.regex.size > 0) routes.push([...r.regex].map((source) => REGEX + source));
    if (routes.length === 0) {
      everywhere.push(index);
      return;
    }
    const cheapest = routes.reduce((best, route) => (cost(route) < cost(best) ? route : best));
    for (const key of cheapest) {
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    }
  });

  const seen = new Int32Array(rules.length).fill(-1);
  return rules.map((b, bIndex) => {
    let best = -1;
    const consider = (aIndex: number) => {
      if (seen[aIndex] === bIndex) return;
      seen[aIndex] = bIndex;
      const a = rules[aIndex]!;
      if (a.priority <= b.priority) return;
      if (best !== -1 && rank[aIndex]! > rank[best]!) return;
      if (covers(a, b)) best = aIndex;
    };
    const lookUp = (key: string) => byKey.get(key)?.forEach(consider);
    for (const k of b.required) lookUp(KEYWORD + k);
    for (const k of b.any) lookUp(KEYWORD + k);
    for (const source of b.regex) lookUp(REGEX + source);
    everywhere.forEach(consider);
    return best === -1 ? undefined : rules[best];
  });
}
