/**
 * The alert soak (see docs/soak.md): incidents played through the fake PagerDuty, the real relay and real alert runs
 * under faults; every incident's invariants checked from the fakes' records. Larger runs:
 * `SOAK_INCIDENTS=1000 SOAK_SEED=7 npm test -- alert-soak`. SOAK_STRICT=0 reports violations without failing.
 */
import { expect, it } from '@jest/globals';
import { playAlertSoak } from './support/alert-soak.js';
import { envInt, soakStrict } from './support/soak.js';

const seed = envInt('SOAK_SEED', 20261126);
const incidents = envInt('SOAK_INCIDENTS', 60);

it(
  `alert soak: ${incidents} incidents, seed ${seed}: every invariant holds for every incident`,
  async () => {
    const tally = await playAlertSoak({ seed, incidents });
    const report = tally.report(envInt('SOAK_EXAMPLES', 3));
    console.log(report);
    expect(tally.counts.get('runs') ?? 0).toBeGreaterThan(incidents);
    expect(tally.faultTotal()).toBeGreaterThan(0);
    if (soakStrict())
      expect({ seed, violations: tally.violations.length, report }).toEqual({ seed, violations: 0, report });
  },
  Math.max(600_000, incidents * 3000),
);
