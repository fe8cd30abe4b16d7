/**
 * Reads a period's incidents and their timelines from PagerDuty with list calls only, never a call per incident:
 * one windowed incident list for the period and the one before it, then PagerDuty Analytics' raw incidents where
 * the account has them, and the log entries for whatever analytics cannot answer (all incidents without Analytics,
 * the most recent ones with it).
 */
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { PagerDutyApi, PdAnalyticsIncident, PdIncident } from '../pagerduty/types.js';
import {
  recordFromAnalytics,
  recordFromLogEntries,
  toLogEntryLike,
  type IncidentBase,
  type IncidentRecord,
  type LogEntryLike,
} from './history.js';

/** How long after the period's end an incident's later entries (its resolution) are still read. */
export const TIMELINE_GRACE_MS = 7 * 86_400_000;

/**
 * How far PagerDuty Analytics may lag: its description says data availability "is generally within 24 hours".
 * Incidents created this recently are read from the log entries even when analytics lists them, since their row
 * may not show the latest acknowledgement or resolution yet.
 */
export const ANALYTICS_DELAY_MS = 24 * 3_600_000;

/** Where the acknowledgement and resolution times came from. */
export interface HistorySource {
  /** `analytics` when PagerDuty Analytics answered (recent incidents may still come from log entries). */
  used: 'analytics' | 'log-entries';
  /** Incidents (both periods) whose times came from analytics. */
  fromAnalytics: number;
  /** Incidents (both periods) whose times came from the log entries. */
  fromLogEntries: number;
  /** Why analytics was not used, when it was tried and failed (e.g. an account without Analytics). */
  analyticsProblem?: string;
}

export interface Period {
  since: Date;
  until: Date;
}

export interface History {
  current: IncidentRecord[];
  previous: IncidentRecord[];
  /** Where the timelines came from; `none` when the log entries could not be read (every timeline missing). */
  timelineSource: 'log-entries' | 'none';
  /** Why timelines are missing, when the log-entry read failed. */
  timelineProblem?: string;
  source: HistorySource;
}

/** The period of the same length just before `period`. */
export function previousPeriod(period: Period): Period {
  const length = period.until.getTime() - period.since.getTime();
  return { since: new Date(period.since.getTime() - length), until: period.since };
}

/**
 * Every incident created in the period and in the previous one, each with its timeline. A failed log-entry read
 * (e.g. a token without access to log entries) does not stop the report: every timeline counts as missing and the
 * reason is returned, so the figures say what they exclude.
 */
export async function collectHistory(
  pagerduty: PagerDutyApi,
  period: Period,
  options: { serviceIds?: string[]; now: Date; log: Logger },
): Promise<History> {
  if (!pagerduty.listIncidentsCreated || !pagerduty.listLogEntries) {
    throw new Error('This PagerDuty client cannot list incidents or log entries.');
  }
  const before = previousPeriod(period);
  const incidents: PdIncident[] = await pagerduty.listIncidentsCreated({
    since: before.since,
    until: period.until,
    ...(options.serviceIds?.length ? { serviceIds: options.serviceIds } : {}),
  });
  const analytics = new Map<string, PdAnalyticsIncident>();
  let analyticsProblem: string | undefined;
  let analyticsAnswered = false;
  if (incidents.length > 0 && pagerduty.listAnalyticsIncidents) {
    try {
      const rows = await pagerduty.listAnalyticsIncidents({
        since: before.since,
        until: period.until,
        ...(options.serviceIds?.length ? { serviceIds: options.serviceIds } : {}),
      });
      analyticsAnswered = true;
      const settled = options.now.getTime() - ANALYTICS_DELAY_MS;
      for (const row of rows) if (row.createdAt.getTime() < settled) analytics.set(row.id, row);
    } catch (error) {
      // Analytics is optional: any failure (no Analytics on the account, a key without the scope) falls back.
      analyticsProblem = `PagerDuty Analytics could not be read (${describeError(error)}); the log entries were used instead`;
      options.log.info(`PagerDuty: ${analyticsProblem}.`);
    }
  }
  const fromTimeline = incidents.filter((i) => !analytics.has(i.id));
  const wanted = new Set(fromTimeline.map((i) => i.id));
  const timelines = new Map<string, LogEntryLike[]>();
  let timelineSource: History['timelineSource'] = 'log-entries';
  let timelineProblem: string | undefined;
  if (fromTimeline.length > 0) {
    // A timeline starts when its incident is created: the read starts at the oldest incident that needs one.
    const since = new Date(Math.min(...fromTimeline.map((i) => i.createdAt.getTime())));
    const until = new Date(Math.min(options.now.getTime(), period.until.getTime() + TIMELINE_GRACE_MS));
    try {
      const entries = await pagerduty.listLogEntries({ since, until });
      for (const entry of entries) {
        // Only the entries of the incidents being measured are kept: memory follows the report, not the account.
        if (!wanted.has(entry.incidentId)) continue;
        const list = timelines.get(entry.incidentId);
        if (list) list.push(toLogEntryLike(entry));
        else timelines.set(entry.incidentId, [toLogEntryLike(entry)]);
      }
    } catch (error) {
      timelineSource = 'none';
      timelineProblem = `the log entries could not be read (${describeError(error)}); every timeline counts as missing`;
      options.log.warning(`PagerDuty: ${timelineProblem}.`);
    }
  }
  const current: IncidentRecord[] = [];
  const previous: IncidentRecord[] = [];
  for (const incident of incidents) {
    const base: IncidentBase = {
      id: incident.id,
      title: incident.title,
      service: { id: incident.service.id, name: incident.service.name },
      createdAt: incident.createdAt.getTime(),
      assignees: incident.assignees.map((a) => ({ id: a.id, name: a.name })),
    };
    const row = analytics.get(incident.id);
    const record = row
      ? recordFromAnalytics(base, {
          id: row.id,
          created_at: row.createdAt.toISOString(),
          resolved_at: row.resolvedAt?.toISOString() ?? null,
          seconds_to_first_ack: row.secondsToFirstAck ?? null,
          escalation_count: row.escalationCount,
          auto_resolved: row.autoResolved,
          acknowledged_user_ids: row.acknowledgedUsers.map((u) => u.id),
          acknowledged_user_names: row.acknowledgedUsers.map((u) => u.name ?? u.id),
        })
      : recordFromLogEntries(base, timelines.get(incident.id));
    (record.createdAt >= period.since.getTime() ? current : previous).push(record);
  }
  const source: HistorySource = {
    used: analyticsAnswered ? 'analytics' : 'log-entries',
    fromAnalytics: incidents.length - fromTimeline.length,
    fromLogEntries: fromTimeline.length,
    ...(analyticsProblem ? { analyticsProblem } : {}),
  };
  return { current, previous, timelineSource, ...(timelineProblem ? { timelineProblem } : {}), source };
}
