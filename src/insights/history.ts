/**
 * One incident of the period as the figures need it, read either from PagerDuty's log entries (any plan) or from
 * its analytics raw incidents (where the account has them). Pure: PagerDuty-shaped data in, records out.
 */
import type { PdLogEntry } from '../pagerduty/types.js';

/** A person as PagerDuty names them (user id and display name). */
export interface Person {
  id: string;
  name: string;
}

/** The facts of one incident that every figure is computed from. Times are epoch milliseconds. */
export interface IncidentRecord {
  id: string;
  title: string;
  service: { id: string; name: string };
  createdAt: number;
  /** The first acknowledgement; absent when nobody acknowledged it (or the timeline is missing). */
  firstAcknowledgedAt?: number;
  /** The last resolution; absent while the incident is open (or the timeline is missing). */
  resolvedAt?: number;
  /** Resolved, then triggered or acknowledged again. */
  reopened: boolean;
  /** Resolved by being merged into another incident: its alerts live on there, its own durations mean nothing. */
  merged: boolean;
  /** Escalations, counted from the timeline (`escalate_log_entry`) or analytics' `escalation_count`. */
  escalations: number;
  /** Resolved without ever being acknowledged, by the integration or a timeout rather than a person. */
  autoResolved: boolean;
  /** The timeline could not be read: acknowledgement and resolution times are unknown. */
  timelineMissing: boolean;
  /** Who carried it: the first acknowledger, else the first assignee. */
  responder?: Person;
}

/** The fields of a PagerDuty log entry this module reads (`GET /log_entries`, `GET /incidents/{id}/log_entries`). */
export interface LogEntryLike {
  type: string;
  created_at: string;
  summary?: string | null;
  agent?: { id?: string; type?: string; summary?: string | null } | null;
  channel?: { type?: string } | null;
  incident?: { id?: string } | null;
}

/** A PagerDuty client's log entry in the shape of the REST API's, which the functions here read. */
export function toLogEntryLike(entry: PdLogEntry): LogEntryLike {
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

/** The incident as listed by `GET /incidents` (the part this module reads). */
export interface IncidentBase {
  id: string;
  title: string;
  service: { id: string; name: string };
  createdAt: number;
  assignees?: Person[];
}

/**
 * PagerDuty resolves an incident merged into another with a `resolve_log_entry` whose channel is `merge`; the
 * schema leaves the channel's shape open, so the summary ("Resolved by merge …") is read as well.
 */
function isMergeResolution(entry: LogEntryLike): boolean {
  return entry.channel?.type === 'merge' || /\bmerg(?:e|ed|ing)\b/i.test(entry.summary ?? '');
}

/**
 * Reads an incident's timeline. `entries` may come in any order; `undefined` means the timeline could not be read,
 * which the record says (`timelineMissing`) so the figures can exclude it and count it.
 */
export function recordFromLogEntries(
  incident: IncidentBase,
  entries: readonly LogEntryLike[] | undefined,
): IncidentRecord {
  const base = {
    id: incident.id,
    title: incident.title,
    service: incident.service,
    createdAt: incident.createdAt,
    ...(incident.assignees?.[0] ? { responder: incident.assignees[0] } : {}),
  };
  if (entries === undefined) {
    return {
      ...base,
      reopened: false,
      merged: false,
      escalations: 0,
      autoResolved: false,
      timelineMissing: true,
    };
  }
  const timed = entries
    .map((entry) => ({ entry, at: Date.parse(entry.created_at) }))
    .filter((e) => Number.isFinite(e.at))
    .sort((a, b) => a.at - b.at);
  let firstAck: { at: number; by?: Person } | undefined;
  let resolvedAt: number | undefined;
  let lastResolve: LogEntryLike | undefined;
  let reopened = false;
  let escalations = 0;
  for (const { entry, at } of timed) {
    switch (entry.type) {
      case 'acknowledge_log_entry':
        if (resolvedAt !== undefined) reopened = true;
        if (!firstAck) {
          const agent = entry.agent;
          firstAck =
            agent?.type === 'user_reference' && agent.id
              ? { at, by: { id: agent.id, name: agent.summary ?? agent.id } }
              : { at };
        }
        break;
      case 'trigger_log_entry':
        if (resolvedAt !== undefined) reopened = true;
        break;
      case 'escalate_log_entry':
        escalations++;
        break;
      case 'resolve_log_entry':
        resolvedAt = at;
        lastResolve = entry;
        break;
    }
  }
  // Reopened and still open: there is no resolution for this period.
  const stillResolved =
    resolvedAt !== undefined &&
    !timed.some(
      (e) =>
        e.at > resolvedAt! &&
        (e.entry.type === 'trigger_log_entry' || e.entry.type === 'acknowledge_log_entry'),
    );
  const merged = lastResolve !== undefined && isMergeResolution(lastResolve);
  // Nobody acknowledged it and no person resolved it: the integration's resolve event or an auto-resolve timeout.
  const autoResolved = stillResolved && !firstAck && !merged && lastResolve?.agent?.type !== 'user_reference';
  return {
    ...base,
    ...(firstAck ? { firstAcknowledgedAt: firstAck.at } : {}),
    ...(firstAck?.by ? { responder: firstAck.by } : {}),
    ...(stillResolved ? { resolvedAt } : {}),
    reopened,
    merged,
    escalations,
    autoResolved,
    timelineMissing: false,
  };
}

/** The fields of one row of `POST /analytics/raw/incidents` this module reads. */
export interface AnalyticsIncidentLike {
  id: string;
  created_at: string;
  resolved_at?: string | null;
  seconds_to_first_ack?: number | null;
  escalation_count?: number | null;
  auto_resolved?: boolean | null;
  acknowledged_user_ids?: string[] | null;
  acknowledged_user_names?: string[] | null;
}

/**
 * Reads an analytics raw incident. Analytics does not report merges or reopenings, so those stay `false`; the
 * report says which source it used.
 */
export function recordFromAnalytics(incident: IncidentBase, row: AnalyticsIncidentLike): IncidentRecord {
  const resolved = row.resolved_at ? Date.parse(row.resolved_at) : NaN;
  const ackSeconds = row.seconds_to_first_ack;
  const ackId = row.acknowledged_user_ids?.[0];
  const responder: Person | undefined = ackId
    ? { id: ackId, name: row.acknowledged_user_names?.[0] ?? ackId }
    : incident.assignees?.[0];
  return {
    id: incident.id,
    title: incident.title,
    service: incident.service,
    createdAt: incident.createdAt,
    ...(typeof ackSeconds === 'number' && ackSeconds >= 0
      ? { firstAcknowledgedAt: incident.createdAt + ackSeconds * 1000 }
      : {}),
    ...(Number.isFinite(resolved) ? { resolvedAt: resolved } : {}),
    reopened: false,
    merged: false,
    escalations: row.escalation_count ?? 0,
    autoResolved: row.auto_resolved === true,
    timelineMissing: false,
    ...(responder ? { responder } : {}),
  };
}
