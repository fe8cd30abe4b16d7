/**
 * Business-day check for `--business-days-only`: weekends (Saturday and Sunday, on the shift's local date in the
 * team's zone) and, with `--holidays jp`, Japanese public holidays from `@holiday-jp/holiday_jp` — a maintained
 * package, including substitute and citizens' holidays, rather than a hand-typed list.
 */
export type HolidayCalendar = 'jp';

export const HOLIDAY_CALENDARS: readonly HolidayCalendar[] = ['jp'];

/** The calendar `raw` names (case and surrounding spaces ignored), or undefined when there is none by that name. */
export function holidayCalendar(raw: string): HolidayCalendar | undefined {
  const name = raw.trim().toLowerCase();
  return (HOLIDAY_CALENDARS as readonly string[]).includes(name) ? (name as HolidayCalendar) : undefined;
}

export interface BusinessDay {
  business: boolean;
  /** Why the day is skipped, for the log line, e.g. "2026-01-12 is a Japanese public holiday (成人の日 / Coming of Age Day)". */
  reason?: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * Whether the local date `YYYY-MM-DD` is a business day. Only the date is used: the caller passes the shift's
 * local date in the team's zone, so the runner's own zone (UTC on GitHub) never matters. The holiday table
 * (~270 KB) is loaded only when a calendar is asked for, so other runs do not pay for it at start-up.
 */
export async function businessDay(
  isoDate: string,
  calendars: readonly HolidayCalendar[] = [],
): Promise<BusinessDay> {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (weekday === 0 || weekday === 6) {
    return { business: false, reason: `${isoDate} is a ${WEEKDAYS[weekday]}` };
  }
  if (calendars.includes('jp')) {
    const { default: holidayJp } = await import('@holiday-jp/holiday_jp');
    const holidays = holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>;
    const holiday = holidays[isoDate];
    if (holiday) {
      return {
        business: false,
        reason: `${isoDate} is a Japanese public holiday (${holiday.name} / ${holiday.name_en})`,
      };
    }
  }
  return { business: true };
}
