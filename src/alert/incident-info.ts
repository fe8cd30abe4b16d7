/**
 * Reading the incident for one alert run: PagerDuty's current view of it, the incident as the message shows it
 * (from the event, completed from PagerDuty when the event is partial), and its alerts for matching.
 */
import { AuthError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { PagerDutyApi, PdIncident, PdIncidentAlerts, PdReference } from '../pagerduty/types.js';
import type { DispatchPayload } from '../dispatch/types.js';
import type { IncidentInfo } from './message.js';

/** What reading the incident needs of the run's dependencies. */
export interface IncidentReadDeps {
  pagerduty: PagerDutyApi;
  log: Logger;
}

/** The incident as PagerDuty has it now, or undefined (with a warning) when it cannot say: the post goes on. */
export async function readIncident(
  deps: IncidentReadDeps,
  incidentId: string,
): Promise<PdIncident | undefined> {
  try {
    return await deps.pagerduty.getIncident(incidentId);
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(
      `Could not read incident ${incidentId} from PagerDuty (${describeError(error)}); going by the event alone.`,
    );
    return undefined;
  }
}

/** The incident as the message needs it: from the payload, completed from PagerDuty when something is missing. */
export async function incidentInfo(
  deps: IncidentReadDeps,
  event: DispatchPayload,
  fresh?: PdIncident,
): Promise<{ info: IncidentInfo; level: number; status: string; teams?: PdReference[] }> {
  const p = event.incident;
  const complete =
    !p.partial &&
    p.title !== '' &&
    p.html_url &&
    p.service &&
    p.escalation_policy &&
    event.event_type === 'incident.triggered';
  let pd = fresh;
  if (!complete && !pd) pd = await deps.pagerduty.getIncident(p.id);
  if (pd) {
    return {
      info: {
        id: pd.id,
        ...(pd.number !== undefined ? { number: pd.number } : {}),
        title: pd.title,
        htmlUrl: pd.htmlUrl,
        service: { id: pd.service.id, name: pd.service.name },
        urgency: pd.urgency,
        priority: pd.priority?.name ?? null,
        escalationPolicy: { id: pd.escalationPolicy.id, name: pd.escalationPolicy.name },
      },
      level: pd.escalationLevel ?? 1,
      status: pd.status,
      ...(pd.teams ? { teams: pd.teams } : {}),
    };
  }
  return {
    info: {
      id: p.id,
      ...(p.number !== undefined ? { number: p.number } : {}),
      title: p.title,
      ...(p.html_url ? { htmlUrl: p.html_url } : {}),
      ...(p.service ? { service: p.service } : {}),
      ...(p.urgency ? { urgency: p.urgency } : {}),
      ...(p.priority !== undefined ? { priority: p.priority } : {}),
      ...(p.escalation_policy ? { escalationPolicy: p.escalation_policy } : {}),
    },
    // A new incident starts at level 1; PagerDuty has not escalated it yet when the triggered webhook leaves.
    level: 1,
    status: p.status || 'triggered',
  };
}

/**
 * The incident's alerts in one read: their texts for matching and their parts for the message. Without them the
 * message goes out matched on the title alone.
 */
export async function readAlerts(deps: IncidentReadDeps, incidentId: string): Promise<PdIncidentAlerts> {
  try {
    const { pagerduty } = deps;
    return pagerduty.listIncidentAlerts
      ? await pagerduty.listIncidentAlerts(incidentId)
      : { texts: await pagerduty.listIncidentAlertTexts(incidentId), alerts: [] };
  } catch (error) {
    deps.log.warning(
      `Could not read the alerts of incident ${incidentId} (${describeError(error)}); matching on the title only.`,
    );
    return { texts: [], alerts: [] };
  }
}
