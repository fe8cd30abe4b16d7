import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../src/errors.js';
import { businessDay } from '../src/shift/holidays.js';
import {
  isoDate,
  parseDuration,
  parseHandover,
  shiftWindow,
  validateTimeZone,
  zonedInstant,
} from '../src/shift/window.js';

const HOUR = 3_600_000;

describe('shift window (handover 10:00 Asia/Tokyo)', () => {
  it.each([
    // [case, now (UTC), timing]
    ['S1 one second before the handover', '2026-06-05T00:59:59Z', 'upcoming'],
    ['S1 exactly at the handover', '2026-06-05T01:00:00Z', 'current'],
    ['S2 a run 3 h 40 min late (13:40 JST)', '2026-06-05T04:40:00Z', 'current'],
    ['S3 a manual run at 09:30 JST', '2026-06-05T00:30:00Z', 'upcoming'],
    ['a run just before local midnight', '2026-06-05T14:59:00Z', 'current'],
  ])('%s reports the shift starting at 10:00 JST today', (_name, now, timing) => {
    const w = shiftWindow(new Date(now), 'Asia/Tokyo', '10:00');
    expect(w.start.toISOString()).toBe('2026-06-05T01:00:00.000Z');
    expect(w.end.toISOString()).toBe('2026-06-06T01:00:00.000Z');
    expect(w.shiftDate).toBe('2026-06-05');
    expect(w.timing).toBe(timing);
  });

  it("never reports yesterday's shift: a run at 03:00 JST is too early for today's and says so", () => {
    const w = shiftWindow(new Date('2026-06-04T18:00:00Z'), 'Asia/Tokyo', '10:00');
    expect(w.shiftDate).toBe('2026-06-05');
    expect(w.start.toISOString()).toBe('2026-06-05T01:00:00.000Z');
    expect(w.timing).toBe('too-early');
  });

  it('widens the upcoming window when asked (run at 03:00 JST with 8h)', () => {
    const w = shiftWindow(new Date('2026-06-04T18:00:00Z'), 'Asia/Tokyo', '10:00', {
      upcomingWithinMs: 8 * HOUR,
    });
    expect(w.timing).toBe('upcoming');
  });

  it('treats --upcoming-within 0 as "only at or after the handover"', () => {
    const w = shiftWindow(new Date('2026-06-05T00:59:59Z'), 'Asia/Tokyo', '10:00', { upcomingWithinMs: 0 });
    expect(w.timing).toBe('too-early');
  });
});

describe('shift window across DST (America/New_York, S8)', () => {
  it.each([
    // [case, now, handover, start, end, hours]
    [
      'the day before spring forward',
      '2026-03-07T16:00:00Z',
      '10:00',
      '2026-03-07T15:00:00.000Z',
      '2026-03-08T14:00:00.000Z',
      23,
    ],
    [
      'spring-forward day',
      '2026-03-08T16:00:00Z',
      '10:00',
      '2026-03-08T14:00:00.000Z',
      '2026-03-09T14:00:00.000Z',
      24,
    ],
    [
      'the day before fall back',
      '2026-10-31T15:00:00Z',
      '10:00',
      '2026-10-31T14:00:00.000Z',
      '2026-11-01T15:00:00.000Z',
      25,
    ],
    [
      'fall-back day',
      '2026-11-01T16:00:00Z',
      '10:00',
      '2026-11-01T15:00:00.000Z',
      '2026-11-02T15:00:00.000Z',
      24,
    ],
    // 02:30 does not exist on 8 March: it moves forward by the gap to 03:30 EDT.
    [
      'a handover inside the spring-forward gap',
      '2026-03-08T08:00:00Z',
      '02:30',
      '2026-03-08T07:30:00.000Z',
      '2026-03-09T06:30:00.000Z',
      23,
    ],
    // 01:30 happens twice on 1 November: the first (EDT) occurrence is used.
    [
      'a handover at a repeated fall-back time',
      '2026-11-01T06:00:00Z',
      '01:30',
      '2026-11-01T05:30:00.000Z',
      '2026-11-02T06:30:00.000Z',
      25,
    ],
  ])('%s: window [start, end) and its length', (_name, now, handover, start, end, hours) => {
    const w = shiftWindow(new Date(now), 'America/New_York', handover);
    expect(w.start.toISOString()).toBe(start);
    expect(w.end.toISOString()).toBe(end);
    expect((w.end.getTime() - w.start.getTime()) / HOUR).toBe(hours);
    expect(w.timing).toBe('current');
  });

  it('reports each switch day exactly once over consecutive local days', () => {
    const dates = new Set<string>();
    for (let t = Date.parse('2026-10-30T16:00:00Z'); t < Date.parse('2026-11-04T16:00:00Z'); t += HOUR) {
      const w = shiftWindow(new Date(t), 'America/New_York', '10:00');
      if (w.timing === 'current') dates.add(`${w.shiftDate}@${w.start.toISOString()}`);
    }
    expect([...dates]).toEqual([
      '2026-10-30@2026-10-30T14:00:00.000Z',
      '2026-10-31@2026-10-31T14:00:00.000Z',
      '2026-11-01@2026-11-01T15:00:00.000Z',
      '2026-11-02@2026-11-02T15:00:00.000Z',
      '2026-11-03@2026-11-03T15:00:00.000Z',
      '2026-11-04@2026-11-04T15:00:00.000Z',
    ]);
  });

  it('computes local instants in zones east of UTC with half-hour offsets', () => {
    expect(zonedInstant({ year: 2026, month: 1, day: 1 }, '10:00', 'Asia/Kolkata').toISOString()).toBe(
      '2026-01-01T04:30:00.000Z',
    );
  });
});

describe('input validation', () => {
  it('rejects a misspelt zone with the expected form and a suggestion', () => {
    expect(() => validateTimeZone('Asia/Tokio')).toThrow(ConfigError);
    expect(() => validateTimeZone('Asia/Tokio')).toThrow(
      'Invalid input "timezone": "Asia/Tokio" is not an IANA time zone (e.g. "Asia/Tokyo"). Did you mean "Asia/Tokyo"?',
    );
  });

  it.each(['', '+09:00', 'Mars/Olympus', 'JST9'])('rejects %j as a zone', (zone) => {
    expect(() => validateTimeZone(zone, '--timezone')).toThrow(
      /^Invalid --timezone: .* is not an IANA time zone/,
    );
  });

  it('canonicalises the spelling of a valid zone', () => {
    expect(validateTimeZone('asia/tokyo')).toBe('Asia/Tokyo');
    expect(validateTimeZone('UTC')).toBe('UTC');
  });

  it.each(['24:00', '10', '10:60', 'ten', '10:00pm', ''])('rejects handover %j', (value) => {
    expect(() => parseHandover(value)).toThrow(/Invalid input "handover": expected a 24-hour time HH:MM/);
  });

  it('normalises a one-digit hour', () => {
    expect(parseHandover('9:05').text).toBe('09:05');
  });

  it.each([
    ['2h', 2 * HOUR],
    ['90m', 1.5 * HOUR],
    ['1h30m', 1.5 * HOUR],
    ['0', 0],
  ])('parses the duration %j', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['2 hours', '', 'h', '25h'])('rejects the duration %j', (text) => {
    expect(() => parseDuration(text)).toThrow(ConfigError);
  });
});

describe('business days', () => {
  it.each([
    ['2026-06-05', [], true, undefined],
    ['2026-06-06', [], false, '2026-06-06 is a Saturday'],
    ['2026-06-07', ['jp'], false, '2026-06-07 is a Sunday'],
    ['2026-01-12', [], true, undefined],
    ['2026-01-12', ['jp'], false, '2026-01-12 is a Japanese public holiday (成人の日 / Coming of Age Day)'],
    // Substitute holiday: a holiday in Golden Week falls on a Sunday.
    [
      '2026-05-06',
      ['jp'],
      false,
      '2026-05-06 is a Japanese public holiday (こどもの日 振替休日 / Holiday in lieu)',
    ],
  ] as const)('%s with calendars %j → business %s', async (date, calendars, business, reason) => {
    const result = await businessDay(date, calendars);
    expect(result.business).toBe(business);
    if (reason) expect(result.reason).toBe(reason);
  });
});

describe('input edges', () => {
  it('counts a run exactly the upcoming window before the handover as upcoming, one second earlier as too early', () => {
    // Handover 10:00 JST = 01:00 UTC; the default window is 2 h.
    expect(shiftWindow(new Date('2026-06-04T23:00:00Z'), 'Asia/Tokyo', '10:00').timing).toBe('upcoming');
    expect(shiftWindow(new Date('2026-06-04T22:59:59Z'), 'Asia/Tokyo', '10:00').timing).toBe('too-early');
  });

  it('accepts zone names with surrounding blanks and with hyphens', () => {
    expect(validateTimeZone(' Asia/Tokyo ')).toBe('Asia/Tokyo');
    expect(validateTimeZone('America/Port-au-Prince')).toBe('America/Port-au-Prince');
    expect(validateTimeZone('Etc/GMT-9')).toBe('Etc/GMT-9');
  });

  it('offers no suggestion when nothing is close', () => {
    expect(() => validateTimeZone('Mars/Olympus')).toThrow(
      /^Invalid input "timezone": "Mars\/Olympus" is not an IANA time zone \(e\.g\. "Asia\/Tokyo"\)$/,
    );
  });

  it.each([
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['10:59', '10:59'],
    [' 7:30 ', '07:30'],
  ])('accepts the handover %j as %j', (value, text) => {
    expect(parseHandover(value).text).toBe(text);
  });

  it.each(['x10:00', 'at 10:00', '10:00x'])('rejects handover %j', (value) => {
    expect(() => parseHandover(value)).toThrow(/Invalid input "handover"/);
  });

  it.each([
    [' 2H ', 2 * HOUR],
    ['12h', 12 * HOUR],
    ['24h', 24 * HOUR],
    ['1440m', 24 * HOUR],
  ])('parses the duration %j', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['x2h', '2hx', '2h 30m'])('rejects the duration %j and names the input', (text) => {
    expect(() => parseDuration(text)).toThrow(
      `Invalid input "upcoming-within": expected a duration such as "2h", "90m" or "1h30m", found ${JSON.stringify(text)}.`,
    );
  });

  it('names the 24 h limit', () => {
    expect(() => parseDuration('1441m', '--upcoming-within')).toThrow(
      'Invalid --upcoming-within: at most 24h, found "1441m".',
    );
  });

  it('writes dates with four-digit years and two-digit months and days', () => {
    expect(isoDate({ year: 999, month: 1, day: 2 })).toBe('0999-01-02');
    expect(isoDate({ year: 2026, month: 12, day: 31 })).toBe('2026-12-31');
  });
});
