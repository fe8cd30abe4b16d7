/**
 * The smallest world an incident post needs, on the loopback fakes: Alice (alice@example.com, Slack U0ALICE) on call
 * at level 1 of one escalation policy, optionally one incident on it, and one Slack channel. Not started.
 */
import type { Clock } from '../clock.js';
import { FakePagerDuty, type FakeEscalationPolicy, type FakeIncident } from './pagerduty.js';
import { FakeSlack } from './slack.js';

export interface AlertWorld {
  pd: FakePagerDuty;
  slack: FakeSlack;
  policy: FakeEscalationPolicy;
  /** The incident, when a title was given. */
  incident: FakeIncident | undefined;
}

export function createAlertWorld(options: {
  channel: string;
  clock?: Clock;
  policyId?: string;
  incident?: { id: string; title: string; service?: { id: string; name: string } };
}): AlertWorld {
  const clockOption = options.clock ? { clock: options.clock } : {};
  const pd = new FakePagerDuty(clockOption);
  const alice = pd.addUser({ name: 'Alice Example', email: 'alice@example.com' });
  const policy = pd.addEscalationPolicy({
    id: options.policyId ?? 'PUS0KTE',
    name: 'Default',
    rules: [{ targets: [{ type: 'user', id: alice.id }] }],
  });
  pd.addOnCall({ userId: alice.id, escalationPolicyId: policy.id, level: 1, start: null, end: null });
  const incident = options.incident
    ? pd.addIncident({ ...options.incident, escalationPolicyId: policy.id })
    : undefined;
  const slack = new FakeSlack(
    {
      users: [{ id: 'U0ALICE', name: 'alice', email: 'alice@example.com' }],
      channels: [{ id: options.channel, name: 'oncall' }],
    },
    clockOption,
  );
  return { pd, slack, policy, incident };
}
