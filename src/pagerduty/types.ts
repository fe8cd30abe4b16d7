/**
 * What the rest of the program knows of PagerDuty: small typed shapes, checked at the boundary by the adapter
 * (src/pagerduty/client.ts). Nothing outside src/pagerduty imports @pagerduty/pdjs.
 */

export interface PdReference {
  id: string;
  /** `summary` in PagerDuty's API: the display name. */
  name: string;
  htmlUrl?: string;
}

export interface PdUser extends PdReference {
  email?: string;
  timeZone?: string;
}

/** One on-call segment, as `GET /oncalls` returns it (overrides already applied). */
export interface PdOnCall {
  user: PdUser;
  schedule: PdReference | null;
  escalationPolicy: PdReference;
  escalationLevel: number;
  /** null for permanent on-calls (a user targeted directly by an escalation rule). */
  start: Date | null;
  end: Date | null;
}

export interface PdSchedule extends PdReference {
  timeZone: string;
}

export interface PdEscalationRule {
  level: number;
  delayMinutes: number;
  targets: ({ type: 'user' | 'schedule' } & PdReference)[];
}

export interface PdEscalationPolicy extends PdReference {
  rules: PdEscalationRule[];
}

export type PdIncidentStatus = 'triggered' | 'acknowledged' | 'resolved';

export interface PdIncident {
  id: string;
  number?: number;
  title: string;
  status: PdIncidentStatus;
  urgency: 'high' | 'low';
  priority: PdReference | null;
  service: PdReference;
  escalationPolicy: PdReference;
  htmlUrl: string;
  createdAt: Date;
  /** Current escalation level, when PagerDuty reports it. */
  escalationLevel?: number;
  assignees: PdUser[];
  /** The incident's teams (`teams`), when PagerDuty lists them: the alert path can route by team. */
  teams?: PdReference[];
  /** When it was resolved (`resolved_at`), when PagerDuty says. */
  resolvedAt?: Date;
  /** When its status last changed (`last_status_change_at`). */
  lastStatusChangeAt?: Date;
  /** Who or what changed its status last (`last_status_change_by`): for a resolved incident, who resolved it. */
  lastStatusChangeBy?: PdReference & { type?: string };
}

export interface OnCallQuery {
  since: Date;
  until: Date;
  scheduleIds?: string[];
  escalationPolicyIds?: string[];
}

/** The PagerDuty operations the program needs. Every method rejects with a typed error from src/errors.ts. */
export interface PagerDutyApi {
  /** Every on-call segment overlapping [since, until), all pages, users included (emails for Slack lookup). */
  listOnCalls(query: OnCallQuery): Promise<PdOnCall[]>;
  getSchedule(id: string): Promise<PdSchedule>;
  getEscalationPolicy(id: string): Promise<PdEscalationPolicy>;
  getIncident(id: string): Promise<PdIncident>;
  /** Summary/description/custom-detail text of the incident's alerts, for runbook matching. */
  listIncidentAlertTexts(incidentId: string): Promise<string[]>;
  /**
   * The same one read as `listIncidentAlertTexts`, with what each alert says kept apart (summary, description, custom
   * details, links) for the incident message. Optional: an implementation without it gives the texts only.
   */
  listIncidentAlerts?(incidentId: string): Promise<PdIncidentAlerts>;
  /** Escalates to `level`. PagerDuty requires a `From:` user email for this write. */
  escalateIncident(incidentId: string, level: number, fromEmail: string): Promise<void>;
  /**
   * The PagerDuty user whose login email is `email` (`GET /users?query=`, exact match ignoring case), or undefined.
   * PagerDuty's query also matches names and parts of emails, so only an exact email match counts.
   */
  findUserByEmail?(email: string): Promise<PdUser | undefined>;
  /** Acknowledges or resolves (`PUT /incidents/{id}`), acting as the PagerDuty user with `fromEmail`. */
  setIncidentStatus?(
    incidentId: string,
    status: 'acknowledged' | 'resolved',
    fromEmail: string,
  ): Promise<void>;
  /** Adds a note (`POST /incidents/{id}/notes`), written by the PagerDuty user with `fromEmail`. */
  addIncidentNote?(incidentId: string, content: string, fromEmail: string): Promise<void>;
  /**
   * Every incident created in [since, until), all statuses, all pages; a window holding more than PagerDuty can page
   * (10,000) is split in halves until each part fits. Optional: only the report and coverage need it.
   */
  listIncidentsCreated?(query: IncidentListQuery): Promise<PdIncident[]>;
  /** Every log entry (all incidents) created in [since, until), all pages, windows split like incidents. */
  listLogEntries?(query: { since: Date; until: Date }): Promise<PdLogEntry[]>;
  /**
   * Analytics raw incidents created in [since, until) (`POST /analytics/raw/incidents`). Rejects with
   * `PagerDutyFeatureUnavailableError` when the account or key has no access to Analytics.
   */
  listAnalyticsIncidents?(query: IncidentListQuery): Promise<PdAnalyticsIncident[]>;
  /** HTTP requests sent so far by this client (retries included), for the API-call count a report prints. */
  requestCount?(): number;
  /**
   * The newest incidents created in [since, until), newest first (`sort_by=created_at:desc`), optionally of some
   * statuses only, reading at most `maxPages` pages of 100: a bounded look-back, not a full listing. `complete` is
   * false when more incidents were left unread.
   */
  listRecentIncidents?(query: RecentIncidentsQuery): Promise<{ incidents: PdIncident[]; complete: boolean }>;
  /** The notes of one incident (`GET /incidents/{id}/notes`), oldest first. */
  listIncidentNotes?(incidentId: string): Promise<PdNote[]>;
  /**
   * One incident's timeline (`GET /incidents/{id}/log_entries`), oldest first, at most `maxPages` pages of 100;
   * `complete` is false when entries were left unread.
   */
  listIncidentLogEntries?(
    incidentId: string,
    options: { maxPages: number },
  ): Promise<{ entries: PdLogEntry[]; complete: boolean }>;
}

export interface RecentIncidentsQuery {
  since: Date;
  until: Date;
  statuses?: PdIncidentStatus[];
  /** Pages of 100 to read at most (≥ 1). */
  maxPages: number;
}

/** One note on an incident (`GET /incidents/{id}/notes`). */
export interface PdNote {
  content: string;
  createdAt?: Date;
  /** Who wrote it; a service or rule shows as a bot user. */
  user?: PdReference;
}

export interface IncidentListQuery {
  since: Date;
  until: Date;
  /** Only these services (IDs); empty or absent = all. */
  serviceIds?: string[];
  /** Only incidents now in these states (`statuses[]`); empty or absent = all. */
  statuses?: PdIncidentStatus[];
}

/** One row of `POST /analytics/raw/incidents`, trimmed to what the figures read. */
export interface PdAnalyticsIncident {
  id: string;
  createdAt: Date;
  resolvedAt?: Date;
  secondsToFirstAck?: number;
  secondsToResolve?: number;
  escalationCount: number;
  autoResolved: boolean;
  acknowledgedUsers: { id: string; name?: string }[];
}

/** One entry of an incident's timeline (`GET /log_entries`), trimmed to what the figures read. */
export interface PdLogEntry {
  incidentId: string;
  /** e.g. `trigger_log_entry`, `acknowledge_log_entry`, `escalate_log_entry`, `resolve_log_entry`. */
  type: string;
  createdAt: Date;
  summary?: string;
  /** Who or what acted: `user_reference`, `service_reference`, an integration reference… */
  agent?: { id: string; type: string; name?: string };
  /** `channel.type`: `api`, `web_trigger`, `timeout`, `merge`… */
  channelType?: string;
}

/** One alert of an incident as its monitoring tool sent it, trimmed to bounds (`GET /incidents/{id}/alerts`). */
export interface PdAlertContext {
  /** `summary` of the alert. */
  summary?: string;
  /** `body.cef_details.description` (or `.message`) when it says more than the summary. */
  description?: string;
  /** `body.details` (the Events API v2 `custom_details`) in the order sent, values as text; a string body is `""`. */
  details: { key: string; value: string }[];
  /** Links the tool attached: `body.contexts` / `cef_details.contexts` of type link and `cef_details.client_url`. */
  links: { href: string; text?: string }[];
}

/** An incident's alerts: the texts for matching and each alert's parts for the message. */
export interface PdIncidentAlerts {
  texts: string[];
  alerts: PdAlertContext[];
}
