/**
 * Reads a period's incidents and their timelines from PagerDuty with list calls only: one windowed incident list
 * and one windowed log-entry list for the period and the one before it, never a call per incident.
 */
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { PagerDutyApi, PdIncident, PdLogEntry } from '../pagerduty/types.js';
import { recordFromLogEntries, type IncidentRecord, type LogEntryLike } from './history.js';

/** How long after the period's end an incident's later entries (its resolution) are still read. */
export const TIMELINE_GRACE_MS = 7 * 86_400_000;

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
}

/** The period of the same length just before `period`. */
export function previousPeriod(period: Period): Period {
  const length = period.until.getTime() - period.since.getTime();
  return { since: new Date(period.since.getTime() - length), until: period.since };
}

function toLogEntryLike(entry: PdLogEntry): LogEntryLike {
  return {
    type: entry.type,
    created_at: entry.createdAt.toISOString(),
    ...(entry.summary !== undefined ? { summary: entry.summary } : {}),
    ...(entry.agent
      ? { agent: { id: entry.agent.id, type: entry.agent.type, summary: entry.agent.name ?? null } }
      : {}),
    ...(entry.channelType !== undefined ? { channel: { type: entry.channelType } } : {}),
  };
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
  const wanted = new Set(incidents.map((i) => i.id));
  const timelines = new Map<string, LogEntryLike[]>();
  let timelineSource: History['timelineSource'] = 'log-entries';
  let timelineProblem: string | undefined;
  if (incidents.length > 0) {
    const until = new Date(Math.min(options.now.getTime(), period.until.getTime() + TIMELINE_GRACE_MS));
    try {
      const entries = await pagerduty.listLogEntries({ since: before.since, until });
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
    const record = recordFromLogEntries(
      {
        id: incident.id,
        title: incident.title,
        service: { id: incident.service.id, name: incident.service.name },
        createdAt: incident.createdAt.getTime(),
        assignees: incident.assignees.map((a) => ({ id: a.id, name: a.name })),
      },
      timelines.get(incident.id),
    );
    (record.createdAt >= period.since.getTime() ? current : previous).push(record);
  }
  return { current, previous, timelineSource, ...(timelineProblem ? { timelineProblem } : {}) };
}
