/**
 * Durations written in runbook files (`remind_after: 5m`, `group_within: 10m`): a whole number and one unit.
 * One unit only, so a value reads the same to everyone ("1h30m" is written "90m").
 */

/** The form a duration takes in a runbook file: `30s`, `5m`, `2h`. */
export const DURATION_PATTERN = '^[1-9][0-9]{0,5}[smh]$';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };

/** Seconds in a duration such as `5m`, or undefined when the text is not one. */
export function parseDurationSeconds(text: string): number | undefined {
  const found = /^([1-9][0-9]{0,5})([smh])$/.exec(text.trim());
  if (!found) return undefined;
  return Number(found[1]) * UNIT_SECONDS[found[2]!]!;
}

/** A duration in the shortest exact form: 300 → `5m`, 5400 → `90m`, 45 → `45s`. */
export function formatDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** Where `remind_after` may lie: a reminder sooner than a minute is noise; later than a day is no reminder. */
export const REMIND_AFTER_RANGE = { min: 60, max: 24 * 3600 } as const;
/** Where `group_within` may lie: the look-up for a storm's first message reads at most this much history. */
export const GROUP_WITHIN_RANGE = { min: 60, max: 3600 } as const;
