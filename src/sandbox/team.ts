/**
 * The sandbox's sample team: one day of an on-call rotation with a handover at 10:00 Asia/Tokyo, an afternoon
 * override, a two-level escalation policy, Slack users matched by email, one person whose PagerDuty email differs
 * (mapped by the user map file) and one contractor with no Slack account.
 */
import type { FakePagerDuty } from '../fakes/pagerduty.js';
import type { FakeSlackSeed } from '../fakes/slack.js';

export const TEAM_TIME_ZONE = 'Asia/Tokyo';
export const CHANNEL_ID = 'C0ONCALL01';
export const CHANNEL_NAME = 'oncall';
/** The payments team's own channel: its incidents are routed there, in Japanese (`routes`). */
export const PAYMENTS_CHANNEL_ID = 'C0PAYMENT1';
export const PAYMENTS_CHANNEL_NAME = 'payments-oncall';
export const USER_GROUP_ID = 'S0ONCALL01';
export const PRIMARY_SCHEDULE = 'PSPRIM1';
export const SECONDARY_SCHEDULE = 'PSSECO1';
export const PAYMENTS_SCHEDULE = 'PSPAYM1';
export const PLATFORM_POLICY = 'PEPLAT1';
export const PAYMENTS_POLICY = 'PEPAYM1';
export const PAYMENTS_SERVICE = { id: 'PX3K9QZ', name: 'payment-api' };

/** PagerDuty user → Slack user, for the one person whose emails differ. */
export const USER_MAP = { 'carol.sato@corp.example': 'carol@example.com' };

export const slackWorkspace: FakeSlackSeed = {
  botName: 'oncall',
  users: [
    { id: 'U01ALICE00', name: 'alice', realName: 'Alice Tanaka', email: 'alice@example.com' },
    { id: 'U01BOB0000', name: 'bob', realName: 'Bob Suzuki', email: 'bob@example.com' },
    { id: 'U01CAROL00', name: 'carol', realName: 'Carol Sato', email: 'carol@example.com' },
    { id: 'U01ERIN000', name: 'erin', realName: 'Erin Kobayashi', email: 'erin@example.com' },
  ],
  channels: [
    { id: CHANNEL_ID, name: CHANNEL_NAME, member: true, topic: '' },
    { id: PAYMENTS_CHANNEL_ID, name: PAYMENTS_CHANNEL_NAME, member: true, topic: '' },
  ],
  userGroups: [{ id: USER_GROUP_ID, handle: 'oncall', name: 'On call', users: ['U01BOB0000'] }],
};

/** `YYYY-MM-DDTHH:MM` in Tokyo (UTC+9, no DST) → Date. */
export function tokyo(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+09:00`);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Seeds users, schedules, policies and who is on call from yesterday's handover to tomorrow's. */
export function seedPagerDuty(pd: FakePagerDuty, day: string): void {
  const yesterday = addDays(day, -1);
  const tomorrow = addDays(day, 1);
  pd.addUser({ id: 'PUALICE', name: 'Alice Tanaka', email: 'alice@example.com', timeZone: TEAM_TIME_ZONE });
  pd.addUser({ id: 'PUBOB00', name: 'Bob Suzuki', email: 'bob@example.com', timeZone: TEAM_TIME_ZONE });
  pd.addUser({
    id: 'PUCAROL',
    name: 'Carol Sato',
    email: 'carol.sato@corp.example',
    timeZone: TEAM_TIME_ZONE,
  });
  pd.addUser({
    id: 'PUDAVE0',
    name: 'Dave Moreau',
    email: 'dave@contractor.example',
    timeZone: 'Europe/Paris',
  });
  pd.addUser({ id: 'PUERIN0', name: 'Erin Kobayashi', email: 'erin@example.com', timeZone: TEAM_TIME_ZONE });

  pd.addSchedule({ id: PRIMARY_SCHEDULE, name: 'Platform primary', timeZone: TEAM_TIME_ZONE });
  pd.addSchedule({ id: SECONDARY_SCHEDULE, name: 'Platform secondary', timeZone: TEAM_TIME_ZONE });
  pd.addSchedule({ id: PAYMENTS_SCHEDULE, name: 'Payments primary', timeZone: TEAM_TIME_ZONE });
  pd.addEscalationPolicy({
    id: PLATFORM_POLICY,
    name: 'Platform',
    rules: [
      { delayMinutes: 15, targets: [{ type: 'schedule', id: PRIMARY_SCHEDULE }] },
      { delayMinutes: 30, targets: [{ type: 'schedule', id: SECONDARY_SCHEDULE }] },
    ],
  });
  pd.addEscalationPolicy({
    id: PAYMENTS_POLICY,
    name: 'Payments',
    rules: [
      { delayMinutes: 10, targets: [{ type: 'schedule', id: PAYMENTS_SCHEDULE }] },
      { delayMinutes: 30, targets: [{ type: 'user', id: 'PUERIN0' }] },
    ],
  });

  const handoverYesterday = tokyo(yesterday, '10:00');
  const handover = tokyo(day, '10:00');
  const handoverTomorrow = tokyo(tomorrow, '10:00');
  const platform = (userId: string, level: number, scheduleId: string, start: Date, end: Date) => ({
    userId,
    escalationPolicyId: PLATFORM_POLICY,
    level,
    scheduleId,
    start,
    end,
  });
  pd.addOnCalls([
    // Primary: Bob hands over to Alice at 10:00; Dave covers Alice 14:00–18:00 with an override.
    platform('PUBOB00', 1, PRIMARY_SCHEDULE, handoverYesterday, handover),
    platform('PUALICE', 1, PRIMARY_SCHEDULE, handover, tokyo(day, '14:00')),
    platform('PUDAVE0', 1, PRIMARY_SCHEDULE, tokyo(day, '14:00'), tokyo(day, '18:00')),
    platform('PUALICE', 1, PRIMARY_SCHEDULE, tokyo(day, '18:00'), handoverTomorrow),
    // Secondary: Erin hands over to Carol.
    platform('PUERIN0', 2, SECONDARY_SCHEDULE, handoverYesterday, handover),
    platform('PUCAROL', 2, SECONDARY_SCHEDULE, handover, handoverTomorrow),
    // Payments: Bob all day at level 1; Erin is always level 2 (targeted directly: a permanent on-call).
    {
      userId: 'PUBOB00',
      escalationPolicyId: PAYMENTS_POLICY,
      level: 1,
      scheduleId: PAYMENTS_SCHEDULE,
      start: handoverYesterday,
      end: handoverTomorrow,
    },
    {
      userId: 'PUERIN0',
      escalationPolicyId: PAYMENTS_POLICY,
      level: 2,
      scheduleId: null,
      start: null,
      end: null,
    },
  ]);
}

export interface SandboxIncident {
  key: string;
  tool: string;
  title: string;
  service: { id?: string; name: string };
  policyId: string;
  /** Local time the incident opens. */
  at: string;
  urgency: 'high' | 'low';
  priority: string | null;
  alertSummary: string;
  alertDetails: Record<string, unknown>;
  /** The runbook the sandbox expects to be shown, or null for "no runbook". */
  expectedRunbook: string | null;
}

/** Four incidents from different monitoring tools; the sandbox's day plays them through the relay. */
export const incidents: SandboxIncident[] = [
  {
    key: 'crashloop',
    tool: 'Alertmanager',
    title: '[FIRING:1] KubePodCrashLooping (checkout-api-6d8f9c7b5-x2lqk checkout production critical)',
    service: { id: 'PSVCHK1', name: 'checkout-api' },
    policyId: PLATFORM_POLICY,
    at: '11:05',
    urgency: 'high',
    priority: 'P2',
    alertSummary:
      'Pod checkout/checkout-api-6d8f9c7b5-x2lqk (api) is in waiting state (reason: "CrashLoopBackOff").',
    alertDetails: { namespace: 'checkout', container: 'api', restarts: 14 },
    expectedRunbook: 'kube-pod-crash-looping',
  },
  {
    key: 'payments',
    tool: 'Datadog',
    title: '[Triggered on {service:payment-api}] 決済エラーが急増しています (PaymentErrorRateHigh)',
    service: PAYMENTS_SERVICE,
    policyId: PAYMENTS_POLICY,
    at: '11:40',
    urgency: 'high',
    priority: 'P1',
    alertSummary: '決済 API のエラー率が 5 分間で 12.4% (しきい値 2%)',
    alertDetails: { error_rate: '12.4%', gateway: 'acquirer-b', env: 'production' },
    expectedRunbook: 'payment-errors-spike',
  },
  {
    key: 'mysql',
    tool: 'CloudWatch',
    title: 'ALARM: "checkout-db-MysqlTooManyConnections" in Asia Pacific (Tokyo)',
    service: { id: 'PSVDB01', name: 'checkout-db' },
    policyId: PLATFORM_POLICY,
    at: '13:10',
    urgency: 'high',
    priority: 'P2',
    alertSummary:
      'Threshold Crossed: 1 datapoint [951.0] was greater than or equal to the threshold (900.0).',
    alertDetails: { AlarmName: 'checkout-db-MysqlTooManyConnections', Region: 'Asia Pacific (Tokyo)' },
    expectedRunbook: 'mysql-too-many-connections',
  },
  {
    key: 'unknown',
    tool: 'Alertmanager',
    title: '[FIRING:1] LegacyBatchJobRunningLong (nightly-billing batch warning)',
    service: { id: 'PSVBAT1', name: 'billing-batch' },
    policyId: PLATFORM_POLICY,
    at: '15:30',
    urgency: 'low',
    priority: null,
    alertSummary: 'Job nightly-billing has been running for 3h12m (usual: 40m).',
    alertDetails: { job: 'nightly-billing' },
    expectedRunbook: null,
  },
];
