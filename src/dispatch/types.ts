/**
 * The `repository_dispatch` contract between the relay (src/relay/) and the alert command (src/alert/).
 * GitHub allows at most 10 top-level keys in `client_payload` and < 64 KB in all; `event_type` ≤ 100 chars.
 * Bump `v` on any incompatible change.
 */

/** PagerDuty event types the alert path acts on: the relay forwards these by default, the rest get a 202. */
export const HANDLED_EVENT_TYPES = [
  'incident.triggered',
  'incident.acknowledged',
  'incident.unacknowledged',
  'incident.escalated',
  'incident.reassigned',
  'incident.delegated',
  'incident.annotated',
  'incident.resolved',
  'incident.reopened',
  'incident.priority_updated',
] as const;

export type HandledEventType = (typeof HANDLED_EVENT_TYPES)[number];

/** True for the event types the alert path acts on. */
export function isHandled(eventType: string): eventType is HandledEventType {
  return (HANDLED_EVENT_TYPES as readonly string[]).includes(eventType);
}

/** `event_type` of the dispatch: `pagerduty.<PagerDuty event type>`, e.g. `pagerduty.incident.triggered`. */
export const DISPATCH_EVENT_PREFIX = 'pagerduty.';

export interface DispatchIncident {
  id: string;
  number?: number;
  /** Cut to at most 1,024 characters, ending with "…" when cut. */
  title: string;
  status: string;
  urgency?: string;
  html_url?: string;
  service?: { id: string; name?: string };
  escalation_policy?: { id: string; name?: string };
  priority?: string | null;
  /** Assignee names/ids when the webhook carries them (ack/reassign). */
  assignees?: { id: string; name?: string }[];
  /**
   * True when the webhook carried only a reference to the incident (e.g. `incident.annotated`, whose data is the
   * note): `title` is PagerDuty's summary and `status` is "" — read the incident from PagerDuty for the rest.
   */
  partial?: boolean;
}

export interface DispatchPayload {
  v: 1;
  /** `X-Webhook-Id` of the delivery: the same for every redelivery of one event. */
  webhook_id: string | null;
  /** PagerDuty's event id (`event.id`). */
  event_id: string;
  /** PagerDuty's event type, e.g. `incident.acknowledged`. */
  event_type: string;
  occurred_at: string;
  incident: DispatchIncident;
  /** Who caused the event (e.g. the user who acknowledged), when PagerDuty says. */
  agent: { id: string; name?: string; type?: string } | null;
  /** Text of an `incident.annotated` note, cut like the title. */
  note?: string;
}
