/**
 * Every PagerDuty REST API response field the client (./client.ts) reads, with the type it reads it as. The API
 * conformance test checks each against PagerDuty's published REST API description and fails when the client reads
 * a field that is not listed here: add a field here when the client starts reading it.
 */
import type { ResponseField } from '../util/response-reads.js';
import { ESCALATION_TARGET_TYPES } from './client.js';

/** A reference object (`*_reference`): id, summary, html_url. */
function reference(operation: string, path: string): ResponseField[] {
  return [
    { operation, path, type: 'object' },
    { operation, path: `${path}.id`, type: 'string' },
    { operation, path: `${path}.summary`, type: 'string' },
    { operation, path: `${path}.html_url`, type: 'string' },
  ];
}

/** A user: a reference plus the fields PagerDuty adds when users are included (described under GET /users/{id}). */
function user(operation: string, path: string, asReference: boolean): ResponseField[] {
  const full = (field: string): ResponseField => ({
    operation,
    path: `${path}.${field}`,
    type: 'string',
    ...(asReference ? { describedAs: { operation: 'GET /users/{id}', path: `user.${field}` } } : {}),
  });
  return [...reference(operation, path), full('name'), full('email'), full('time_zone')];
}

const ONCALLS = 'GET /oncalls';
const SCHEDULE = 'GET /schedules/{id}';
const POLICY = 'GET /escalation_policies/{id}';
const INCIDENT = 'GET /incidents/{id}';
const ALERTS = 'GET /incidents/{id}/alerts';
const RULE = 'escalation_policy.escalation_rules[]';

export const PAGERDUTY_RESPONSE_FIELDS: readonly ResponseField[] = [
  // Offset pagination (every list).
  { operation: ONCALLS, path: '(root)', type: 'object' },
  { operation: ONCALLS, path: 'oncalls', type: 'array' },
  { operation: ONCALLS, path: 'offset', type: 'integer' },
  { operation: ONCALLS, path: 'more', type: 'boolean' },
  { operation: ONCALLS, path: 'oncalls[].start', type: 'date-time' },
  { operation: ONCALLS, path: 'oncalls[].end', type: 'date-time' },
  // include[]=users turns each user reference into a full user.
  ...user(ONCALLS, 'oncalls[].user', true),
  ...reference(ONCALLS, 'oncalls[].schedule'),
  ...reference(ONCALLS, 'oncalls[].escalation_policy'),
  { operation: ONCALLS, path: 'oncalls[].escalation_level', type: 'integer' },

  { operation: SCHEDULE, path: '(root)', type: 'object' },
  ...reference(SCHEDULE, 'schedule'),
  { operation: SCHEDULE, path: 'schedule.name', type: 'string' },
  { operation: SCHEDULE, path: 'schedule.time_zone', type: 'string' },

  { operation: POLICY, path: '(root)', type: 'object' },
  ...reference(POLICY, 'escalation_policy'),
  { operation: POLICY, path: 'escalation_policy.name', type: 'string' },
  { operation: POLICY, path: 'escalation_policy.escalation_rules', type: 'array' },
  { operation: POLICY, path: `${RULE}.escalation_delay_in_minutes`, type: 'integer' },
  { operation: POLICY, path: `${RULE}.targets`, type: 'array' },
  ...reference(POLICY, `${RULE}.targets[]`),
  { operation: POLICY, path: `${RULE}.targets[].type`, type: 'string', values: ESCALATION_TARGET_TYPES },

  { operation: INCIDENT, path: '(root)', type: 'object' },
  { operation: INCIDENT, path: 'incident', type: 'object' },
  { operation: INCIDENT, path: 'incident.id', type: 'string' },
  { operation: INCIDENT, path: 'incident.incident_number', type: 'integer' },
  { operation: INCIDENT, path: 'incident.title', type: 'string' },
  { operation: INCIDENT, path: 'incident.summary', type: 'string' },
  {
    operation: INCIDENT,
    path: 'incident.status',
    type: 'string',
    values: ['triggered', 'acknowledged', 'resolved'],
  },
  { operation: INCIDENT, path: 'incident.urgency', type: 'string', values: ['high', 'low'] },
  ...reference(INCIDENT, 'incident.priority'),
  ...reference(INCIDENT, 'incident.service'),
  ...reference(INCIDENT, 'incident.escalation_policy'),
  { operation: INCIDENT, path: 'incident.html_url', type: 'string' },
  { operation: INCIDENT, path: 'incident.created_at', type: 'date-time' },
  {
    operation: INCIDENT,
    path: 'incident.escalation_level',
    type: 'integer',
    notInDescription:
      'The Incident schema does not list it; it is read only when present, and the level is otherwise unknown.',
  },
  { operation: INCIDENT, path: 'incident.teams', type: 'array' },
  ...reference(INCIDENT, 'incident.teams[]'),
  { operation: INCIDENT, path: 'incident.assignments', type: 'array' },
  ...user(INCIDENT, 'incident.assignments[].assignee', false),
  // Who resolved it and when: the "last time" reply and the postmortem draft.
  { operation: INCIDENT, path: 'incident.resolved_at', type: 'date-time' },
  { operation: INCIDENT, path: 'incident.last_status_change_at', type: 'date-time' },
  ...reference(INCIDENT, 'incident.last_status_change_by'),
  { operation: INCIDENT, path: 'incident.last_status_change_by.type', type: 'string' },

  { operation: ALERTS, path: '(root)', type: 'object' },
  { operation: ALERTS, path: 'alerts', type: 'array' },
  { operation: ALERTS, path: 'alerts[].summary', type: 'string' },
  { operation: ALERTS, path: 'alerts[].body', type: 'object' },
  // An object (Events API v2 custom_details) or a string (e-mail integrations); every key is read.
  { operation: ALERTS, path: 'alerts[].body.details', type: 'any' },
  {
    operation: ALERTS,
    path: 'alerts[].body.details.*',
    type: 'any',
    notInDescription: 'Free-form: the keys are whatever the monitoring tool sent.',
  },
  {
    operation: ALERTS,
    path: 'alerts[].body.cef_details',
    type: 'object',
    notInDescription:
      'Sent by PagerDuty for alerts in the Common Event Format but not in the Alert schema; read only when present.',
  },
  {
    operation: ALERTS,
    path: 'alerts[].body.cef_details.message',
    type: 'string',
    notInDescription: 'See alerts[].body.cef_details.',
  },
  {
    operation: ALERTS,
    path: 'alerts[].body.cef_details.description',
    type: 'string',
    notInDescription: 'See alerts[].body.cef_details.',
  },
  {
    operation: ALERTS,
    path: 'alerts[].body.cef_details.client',
    type: 'string',
    notInDescription: 'See alerts[].body.cef_details.',
  },
  {
    operation: ALERTS,
    path: 'alerts[].body.cef_details.client_url',
    type: 'string',
    notInDescription: 'See alerts[].body.cef_details.',
  },
  {
    operation: ALERTS,
    path: 'alerts[].body.cef_details.contexts',
    type: 'array',
    notInDescription: 'See alerts[].body.cef_details.',
  },
  // Links and images the monitoring tool attached (dashboards, graphs, the monitor).
  { operation: ALERTS, path: 'alerts[].body.contexts', type: 'array' },
  { operation: ALERTS, path: 'alerts[].body.contexts[].type', type: 'string' },
  { operation: ALERTS, path: 'alerts[].body.contexts[].href', type: 'string' },
  { operation: ALERTS, path: 'alerts[].body.contexts[].text', type: 'string' },

  { operation: 'PUT /incidents/{id}', path: '(root)', type: 'object' },
  { operation: 'PUT /incidents/{id}', path: 'incident', type: 'object' },

  // The Slack buttons: who pressed (by email), and the note they wrote.
  { operation: 'GET /users', path: 'users', type: 'array' },
  ...user('GET /users', 'users[]', false),
  { operation: 'POST /incidents/{id}/notes', path: '(root)', type: 'object' },
  { operation: 'POST /incidents/{id}/notes', path: 'note', type: 'object' },
];

const INCIDENT_LIST = 'GET /incidents';
const LOG_ENTRIES = 'GET /log_entries';
const LIST_NOT_EXTRACTED =
  'The list operation is not in the checked-in extract; its shape was checked against PagerDuty/api-schema (listIncidents, listLogEntries) and its example log entries.';

/** The fields read from each log entry; `withTypeAndTime` adds `type` and `created_at` to the fields not extracted. */
function logEntryRowFields(operation: string, why: string, withTypeAndTime: boolean): ResponseField[] {
  const fields: [string, ResponseField['type']][] = [
    ...(withTypeAndTime
      ? ([
          ['log_entries[].type', 'string'],
          ['log_entries[].created_at', 'date-time'],
        ] as [string, ResponseField['type']][])
      : []),
    ['log_entries[].summary', 'string'],
    ['log_entries[].incident', 'object'],
    ['log_entries[].incident.id', 'string'],
    ['log_entries[].agent', 'object'],
    ['log_entries[].agent.id', 'string'],
    ['log_entries[].agent.type', 'string'],
    ['log_entries[].agent.summary', 'string'],
    ['log_entries[].channel', 'object'],
    ['log_entries[].channel.type', 'string'],
  ];
  return fields.map(([path, type]) => ({ operation, path, type, notInDescription: why }));
}

/** Pagination fields of a time-windowed list (`total=true` is asked on the first page to decide whether to split). */
function windowPagination(operation: string, key: string): ResponseField[] {
  return [
    { operation, path: '(root)', type: 'object', describedAs: { operation: ONCALLS, path: '(root)' } },
    { operation, path: key, type: 'array', notInDescription: LIST_NOT_EXTRACTED },
    { operation, path: 'offset', type: 'integer', describedAs: { operation: ONCALLS, path: 'offset' } },
    { operation, path: 'more', type: 'boolean', describedAs: { operation: ONCALLS, path: 'more' } },
    { operation, path: 'total', type: 'integer', notInDescription: LIST_NOT_EXTRACTED },
  ];
}

/**
 * Fields read by the report's list calls. A `GET /incidents` row is the same Incident object as `GET /incidents/{id}`
 * returns, so each row field is checked against that operation's description.
 */
export const PAGERDUTY_LIST_RESPONSE_FIELDS: readonly ResponseField[] = [
  ...windowPagination(INCIDENT_LIST, 'incidents'),
  ...PAGERDUTY_RESPONSE_FIELDS.filter((f) => f.operation === INCIDENT && f.path.startsWith('incident.')).map(
    (f): ResponseField => ({
      ...f,
      operation: INCIDENT_LIST,
      path: `incidents[]${f.path.slice('incident'.length)}`,
      ...(f.notInDescription === undefined
        ? { describedAs: f.describedAs ?? { operation: INCIDENT, path: f.path } }
        : {}),
    }),
  ),
  ...windowPagination(LOG_ENTRIES, 'log_entries'),
  ...logEntryRowFields(LOG_ENTRIES, LIST_NOT_EXTRACTED, true),
];

const ANALYTICS = 'POST /analytics/raw/incidents';

/**
 * Fields read from analytics raw incidents. Times are strings without an offset in the requested zone (UTC), so
 * they are declared as strings, not date-times.
 */
export const PAGERDUTY_ANALYTICS_RESPONSE_FIELDS: readonly ResponseField[] = (
  [
    ['(root)', 'object'],
    ['data', 'array'],
    ['more', 'boolean'],
    ['last', 'string'],
    ['data[].id', 'string'],
    ['data[].created_at', 'string'],
    ['data[].resolved_at', 'string'],
    ['data[].seconds_to_first_ack', 'integer'],
    ['data[].seconds_to_resolve', 'integer'],
    ['data[].escalation_count', 'integer'],
    ['data[].auto_resolved', 'boolean'],
    ['data[].acknowledged_user_ids', 'array'],
    ['data[].acknowledged_user_ids[]', 'string'],
    ['data[].acknowledged_user_names', 'array'],
    ['data[].acknowledged_user_names[]', 'string'],
  ] as const
).map(([path, type]): ResponseField => ({ operation: ANALYTICS, path, type }));

const NOTES = 'GET /incidents/{id}/notes';
const INCIDENT_LOG = 'GET /incidents/{id}/log_entries';
const LOG_ENTRY_BASE_NOT_EXTRACTED =
  'The LogEntry base schema is not resolved in the checked-in extract; the field is the same as in GET /log_entries.';

/** Fields read from one incident's notes and timeline (the "last time" reply and the postmortem draft). */
export const PAGERDUTY_INCIDENT_HISTORY_FIELDS: readonly ResponseField[] = [
  { operation: NOTES, path: '(root)', type: 'object' },
  { operation: NOTES, path: 'notes', type: 'array' },
  { operation: NOTES, path: 'notes[].content', type: 'string' },
  { operation: NOTES, path: 'notes[].created_at', type: 'date-time' },
  ...reference(NOTES, 'notes[].user'),
  { operation: INCIDENT_LOG, path: '(root)', type: 'object' },
  { operation: INCIDENT_LOG, path: 'log_entries', type: 'array' },
  { operation: INCIDENT_LOG, path: 'more', type: 'boolean' },
  { operation: INCIDENT_LOG, path: 'log_entries[].type', type: 'string' },
  { operation: INCIDENT_LOG, path: 'log_entries[].created_at', type: 'date-time' },
  ...logEntryRowFields(INCIDENT_LOG, LOG_ENTRY_BASE_NOT_EXTRACTED, false),
];
