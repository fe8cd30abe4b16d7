/**
 * Who is on call for an incident now, as Slack people: PagerDuty's on-call segments covering this moment, the people
 * at one escalation level, and their Slack users.
 */
import type { Clock } from '../clock.js';
import type { PagerDutyApi, PdIncident, PdOnCall, PdUser } from '../pagerduty/types.js';
import type { UserDirectory } from '../slack/user-directory.js';
import type { Person } from './message.js';

/** What the on-call look-ups need of the run's dependencies. */
export interface PeopleDeps {
  pagerduty: PagerDutyApi;
  users: Pick<UserDirectory, 'resolve'>;
  clock: Clock;
}

/** On-call segments of `policyId` covering now. */
export async function currentOnCalls(deps: PeopleDeps, policyId: string): Promise<PdOnCall[]> {
  const now = deps.clock.now().getTime();
  const onCalls = await deps.pagerduty.listOnCalls({
    since: new Date(now),
    until: new Date(now + 60_000),
    escalationPolicyIds: [policyId],
  });
  // Segments overlapping the next minute: only the ones covering now.
  return onCalls.filter((o) => (!o.start || o.start.getTime() <= now) && (!o.end || o.end.getTime() > now));
}

/** Who is on call at `level`, one entry per person, Slack IDs looked up. */
export async function peopleAt(
  deps: PeopleDeps,
  onCalls: readonly PdOnCall[],
  level: number,
): Promise<Person[]> {
  const users: PdUser[] = [];
  const seen = new Set<string>();
  for (const o of onCalls) {
    if (o.escalationLevel !== level || seen.has(o.user.id)) continue;
    seen.add(o.user.id);
    users.push(o.user);
  }
  return lookUp(deps, users);
}

/** Slack users for PagerDuty users; the directory warns about (and names) anyone it cannot find. */
export async function lookUp(deps: PeopleDeps, users: readonly PdUser[]): Promise<Person[]> {
  return Promise.all(
    users.map(async (user) => {
      const found = await deps.users.resolve(user);
      return found.kind === 'user' ? { name: user.name, slackId: found.userId } : { name: user.name };
    }),
  );
}

/** The escalation level: PagerDuty's, or else the highest level at which an assignee is on call. */
export function levelOf(incident: PdIncident, onCalls: readonly PdOnCall[]): number | undefined {
  if (incident.escalationLevel !== undefined) return incident.escalationLevel;
  const assigned = new Set(incident.assignees.map((a) => a.id));
  const levels = onCalls.filter((o) => assigned.has(o.user.id)).map((o) => o.escalationLevel);
  return levels.length > 0 ? Math.max(...levels) : undefined;
}
