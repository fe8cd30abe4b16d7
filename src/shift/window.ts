/**
 * Which shift a run reports, computed from the handover boundary in the team's time zone — never from "now" alone,
 * so a late, early or re-run job still talks about the same shift. Pure: `Intl.DateTimeFormat` only, no I/O.
 *
 * Rules (see docs/daily-shift.md):
 * - The post is about the shift that starts at today's handover (today = the local date of `now` in the zone).
 * - A run at or after today's handover reports that shift (a run 3 h 40 min late still reports the 10:00 shift).
 * - A run before today's handover but within `upcomingWithinMs` of it reports the same shift, labelled "upcoming".
 * - A run earlier than that is "too early": nothing is posted (yesterday's shift is never reported, and a
 *   post long before the handover could show an on-call an override changes in the meantime).
 * - The window ends at the next day's handover: 23 h or 25 h long across a DST switch.
 * - A handover time that does not exist on a spring-forward day (e.g. 02:30 in America/New_York) moves forward by
 *   the length of the gap (03:30 EDT); one that exists twice on a fall-back day takes the first occurrence
 *   (the daylight-time one). This is what RFC 5545 and Temporal's "compatible" disambiguation do.
 */
import { ConfigError } from '../errors.js';
import { didYouMeanTimeZone } from '../util/did-you-mean.js';

/** The shift a post is about: [start, end) in UTC instants plus its local labels. */
export interface ShiftWindow {
  start: Date;
  end: Date;
  /** Local date of the shift start in the zone, `YYYY-MM-DD`: part of the idempotency key. */
  shiftDate: string;
  timeZone: string;
  /** Normalised `HH:MM`. */
  handover: string;
  /**
   * `current`: run at or after the handover. `upcoming`: run shortly before it (the message says so).
   * `too-early`: run earlier than `upcomingWithinMs` before the handover; nothing should be posted.
   */
  timing: 'current' | 'upcoming' | 'too-early';
}

export interface WindowOptions {
  /** How long before the handover a run still reports the upcoming shift. Default 2 h. */
  upcomingWithinMs?: number;
}

export const DEFAULT_UPCOMING_WITHIN_MS = 2 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  // Stryker disable next-line ConditionalExpression: a cache; a fresh formatter formats the same
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const partsCache = new Map<string, LocalDateTime>();

/** The wall-clock fields of `instant` in `timeZone`. Memoised: a post asks for the same few instants many times. */
export function localParts(instant: Date | number, timeZone: string): LocalDateTime {
  // Stryker disable all: a cache of a pure function, bounded in size; only its speed and memory can tell it apart
  const key = `${timeZone}|${typeof instant === 'number' ? instant : instant.getTime()}`;
  const cached = partsCache.get(key);
  if (cached) return cached;
  const parts = computeLocalParts(instant, timeZone);
  if (partsCache.size >= 2000) partsCache.clear();
  // Stryker restore all
  partsCache.set(key, parts);
  return parts;
}

function computeLocalParts(instant: Date | number, timeZone: string): LocalDateTime {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    // Some ICU versions print midnight as 24 even with h23.
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
  };
}

/** Offset of the zone at `instant` in ms (local − UTC), e.g. +9 h for Asia/Tokyo. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows the given local date and time. Gaps (spring forward)
 * move forward by the gap's length; repeated times (fall back) take the earlier instant.
 */
export function zonedInstant(
  date: { year: number; month: number; day: number },
  hhmm: string,
  timeZone: string,
): Date {
  const { hour, minute } = parseHandover(hhmm);
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  // The offsets a day either side bracket any transition on this date.
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  const candidates = [...new Set([wall - before, wall - after])]
    .filter((t) => wall - t === zoneOffsetMs(t, timeZone))
    .sort((a, b) => a - b);
  // No candidate: the wall time falls in a gap. With the pre-gap offset it lands after the gap, shifted by its length.
  return new Date(candidates[0] ?? wall - before);
}

/** Checks an IANA zone name and returns the canonical spelling. */
export function validateTimeZone(value: string, label = 'input "timezone"'): string {
  const trimmed = value.trim();
  let resolved: string | undefined;
  // Offsets such as "+09:00" are accepted by newer ICU but do not follow DST rules: require a zone name.
  if (trimmed !== '' && !/^[+-]/.test(trimmed)) {
    try {
      resolved = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
    } catch {
      resolved = undefined;
    }
  }
  if (resolved === undefined) {
    const hint = didYouMeanTimeZone(trimmed, supportedZones());
    throw new ConfigError(
      `Invalid ${label}: ${JSON.stringify(value)} is not an IANA time zone (e.g. "Asia/Tokyo")${hint ? `. Did you mean "${hint}"?` : ''}`,
    );
  }
  return resolved;
}

function supportedZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

/** Parses `HH:MM` (24-hour; `9:00` is accepted and normalised to `09:00`). */
export function parseHandover(
  value: string,
  label = 'input "handover"',
): { hour: number; minute: number; text: string } {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(value);
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2]) : NaN;
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) {
    throw new ConfigError(
      `Invalid ${label}: expected a 24-hour time HH:MM such as "10:00", found ${JSON.stringify(value)}.`,
    );
  }
  return { hour, minute, text: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

/** Parses a duration such as `2h`, `90m`, `1h30m` or `0` into ms. */
export function parseDuration(value: string, label = 'input "upcoming-within"'): number {
  const v = value.trim().toLowerCase();
  if (v === '0') return 0;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(v);
  if (!m || (m[1] === undefined && m[2] === undefined)) {
    throw new ConfigError(
      `Invalid ${label}: expected a duration such as "2h", "90m" or "1h30m", found ${JSON.stringify(value)}.`,
    );
  }
  const ms = (Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60_000;
  if (ms > DAY_MS) {
    throw new ConfigError(`Invalid ${label}: at most 24h, found ${JSON.stringify(value)}.`);
  }
  return ms;
}

/** Adds `days` to a calendar date (no time zone involved). */
export function addDays(date: { year: number; month: number; day: number }, days: number) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDate(date: { year: number; month: number; day: number }): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * The shift window a run at `now` reports. `timeZone` and `handover` must already be valid
 * (see validateTimeZone / parseHandover); invalid values throw ConfigError.
 */
export function shiftWindow(
  now: Date,
  timeZone: string,
  handover: string,
  options: WindowOptions = {},
): ShiftWindow {
  const zone = validateTimeZone(timeZone);
  const hhmm = parseHandover(handover).text;
  const upcomingWithin = options.upcomingWithinMs ?? DEFAULT_UPCOMING_WITHIN_MS;
  const today = localParts(now, zone);
  const start = zonedInstant(today, hhmm, zone);
  const end = zonedInstant(addDays(today, 1), hhmm, zone);
  const lead = start.getTime() - now.getTime();
  const timing = lead <= 0 ? 'current' : lead <= upcomingWithin ? 'upcoming' : 'too-early';
  return { start, end, shiftDate: isoDate(today), timeZone: zone, handover: hhmm, timing };
}
