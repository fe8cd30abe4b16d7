/**
 * `oncall report`, the story of one run: read the period's incidents (and the previous period's) from PagerDuty,
 * compute the figures, render them, and post the Slack summary once per period — a re-run (the backup schedule)
 * finds the earlier post by its metadata and posts nothing.
 */
import type { Logger } from '../log.js';
import type { Matcher } from '../runbooks/matcher.js';
import type { PagerDutyApi } from '../pagerduty/types.js';
import type { SlackApi, PostedMessage } from '../slack/types.js';
import { businessDay, type HolidayCalendar } from '../shift/holidays.js';
import { collectHistory, previousPeriod, type Period } from './collect.js';
import { computeFigures, localDates, type Figures } from './figures.js';
import { reportJson, reportMarkdown, slackSummary, type ReportMeta } from './render.js';

/** Slack metadata event type of the report post; its payload names the period. */
export const REPORT_EVENT_TYPE = 'oncall_report';

export interface ReportSettings {
  period: Period;
  serviceIds: string[];
  timeZone: string;
  holidays: HolidayCalendar[];
  workingHours: { start: string; end: string };
  /** Slack channel for the summary; none = no post. */
  channel?: string;
  dryRun: boolean;
}

export interface ReportDeps {
  pagerduty: PagerDutyApi;
  matcher: Matcher;
  slack?: SlackApi;
  log: Logger;
  now: Date;
}

export interface ReportResult {
  figures: Figures;
  meta: ReportMeta;
  markdown: string;
  json: string;
  slackText: string;
  /** What happened to the Slack summary. */
  post: 'posted' | 'already-posted' | 'dry-run' | 'no-channel';
  posted?: PostedMessage;
}

/** Non-business local dates among `dates` per the calendars (weekends are handled by the figures themselves). */
async function holidayDates(
  dates: readonly string[],
  calendars: readonly HolidayCalendar[],
): Promise<Set<string>> {
  const out = new Set<string>();
  if (calendars.length === 0) return out;
  for (const date of dates) if (!(await businessDay(date, calendars)).business) out.add(date);
  return out;
}

export async function runReport(deps: ReportDeps, settings: ReportSettings): Promise<ReportResult> {
  const { period } = settings;
  const startCalls = deps.pagerduty.requestCount?.() ?? 0;
  const history = await collectHistory(deps.pagerduty, period, {
    serviceIds: settings.serviceIds,
    now: deps.now,
    log: deps.log,
  });
  const apiCalls = (deps.pagerduty.requestCount?.() ?? 0) - startCalls;
  deps.log.info(
    `PagerDuty: ${history.current.length} incident(s) in the period, ${history.previous.length} in the previous one; ${apiCalls} API call(s).`,
  );
  const nonBusinessDates = await holidayDates(
    localDates([...history.current, ...history.previous], settings.timeZone),
    settings.holidays,
  );
  const figures = computeFigures(history.current, history.previous, deps.matcher, {
    workingHours: { timeZone: settings.timeZone, ...settings.workingHours, nonBusinessDates },
  });
  const meta: ReportMeta = {
    since: period.since,
    until: period.until,
    previousSince: previousPeriod(period).since,
    timelineSource: history.timelineSource,
    ...(history.timelineProblem ? { timelineProblem: history.timelineProblem } : {}),
    source: history.source,
    apiCalls,
    serviceIds: settings.serviceIds,
    timeZone: settings.timeZone,
  };
  const result = {
    figures,
    meta,
    markdown: reportMarkdown(figures, meta),
    json: reportJson(figures, meta),
    slackText: slackSummary(figures, meta),
  };
  if (!settings.channel) return { ...result, post: 'no-channel' };
  if (settings.dryRun || !deps.slack) return { ...result, post: 'dry-run' };
  const payload = {
    since: period.since.toISOString(),
    until: period.until.toISOString(),
    services: settings.serviceIds.join(','),
  };
  // Exactly once per period and service filter: the data (the earlier post's metadata) decides, not the clock.
  const earlier = await deps.slack.findMessageByMetadata(
    settings.channel,
    REPORT_EVENT_TYPE,
    (p) => p.since === payload.since && p.until === payload.until && (p.services ?? '') === payload.services,
    // The post is made at or after the period's end; history from the period's start is a bounded look-up that
    // cannot miss it whatever the exclusive/inclusive edge of `oldest`.
    { oldest: period.since },
  );
  if (earlier) {
    deps.log.info(
      `The report for this period is already in ${settings.channel} (ts ${earlier.ts}); not posting again.`,
    );
    return { ...result, post: 'already-posted' };
  }
  const posted = await deps.slack.postMessage(
    {
      channel: settings.channel,
      text: result.slackText,
      metadata: { eventType: REPORT_EVENT_TYPE, payload },
    },
    { findAfter: period.until },
  );
  return { ...result, post: 'posted', posted };
}
