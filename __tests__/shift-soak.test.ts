/**
 * The shift soak (see docs/soak.md): simulated days of scheduled, backup, doubled, late, dropped and crashed runs
 * with faults on every write; every day's invariants checked from the fake Slack's records. Larger runs:
 * `SOAK_DAYS=365 SOAK_SEED=7 npm test -- shift-soak`. SOAK_STRICT=0 reports violations without failing.
 */
import { expect, it } from '@jest/globals';
import { playShiftSoak } from './support/shift-soak.js';
import { envInt, soakStrict } from './support/soak.js';

const seed = envInt('SOAK_SEED', 20260601);
const days = envInt('SOAK_DAYS', 60);

it(
  `shift soak: ${days} days, seed ${seed}: one post, one notice, one topic a day; the group never loses the on-call`,
  async () => {
    const tally = await playShiftSoak({ seed, days });
    const report = tally.report(envInt('SOAK_EXAMPLES', 3));
    console.log(report);
    expect(tally.counts.get('runs') ?? 0).toBeGreaterThanOrEqual(days);
    expect(tally.faultTotal()).toBeGreaterThan(0);
    if (soakStrict())
      expect({ seed, violations: tally.violations.length, report }).toEqual({ seed, violations: 0, report });
  },
  Math.max(600_000, days * 3000),
);
