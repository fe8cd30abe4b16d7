/**
 * A small world for reminder and storm tests: a fake clock, fake PagerDuty (Alice on call at level 1, Dan at level
 * 2) and fake Slack (one channel, an `@oncall` user group), the real SDK-backed adapters pointed at them, and
 * runbooks that remind and group.
 */
import { INDEX_FORMAT } from '../../src/runbooks/types.js';
import { loadedFromIndex } from '../../src/alert/runbooks.js';
import type { AlertDeps, AlertSettings, LoadedRunbooks } from '../../src/alert/run.js';
import type { DispatchPayload } from '../../src/dispatch/types.js';
import { FakeClock } from '../../src/fakes/clock.js';
import { FakePagerDuty, type FakeIncident, type FakeUser } from '../../src/fakes/pagerduty.js';
import { FakeSlack, type FakeMessage } from '../../src/fakes/slack.js';
import { MemoryLogger } from '../../src/log.js';
import { createPagerDutyClient } from '../../src/pagerduty/client.js';
import type { IndexedRunbook } from '../../src/runbooks/types.js';
import { createSlackClient } from '../../src/slack/client.js';
import { UserDirectory } from '../../src/slack/user-directory.js';

export const CHANNEL = 'C0ONCALL';
export const ONCALL_GROUP = 'S0ONCALL';
export const START = '2026-11-26T01:00:00Z';

export const RUNBOOKS: IndexedRunbook[] = [
  {
    id: 'disk-full',
    title: 'Disk full',
    url: 'https://wiki.example/disk-full',
    priority: 0,
    remindAfterSeconds: 300,
    groupWithinSeconds: 600,
    match: { any: ['DiskFull'], all: [], none: [], regex: [], services: [] },
  },
  {
    id: 'pod-crashloop',
    title: 'Pod crash looping',
    url: 'https://wiki.example/crashloop',
    priority: 0,
    match: { any: ['KubePodCrashLooping'], all: [], none: [], regex: [], services: [] },
  },
];

export interface AssistWorld {
  clock: FakeClock;
  pd: FakePagerDuty;
  slack: FakeSlack;
  log: MemoryLogger;
  deps: AlertDeps;
  settings: AlertSettings;
  alice: FakeUser;
  dan: FakeUser;
  policyId: string;
  incident(title: string): FakeIncident;
  dispatch(incident: FakeIncident, type: string, id?: string): DispatchPayload;
  /** Top-level messages of the channel, oldest first. */
  tops(): FakeMessage[];
  /** Replies in a thread, oldest first. */
  replies(threadTs: string): FakeMessage[];
  stop(): Promise<void>;
}

export async function makeAssistWorld(options: { autoAdvance?: boolean } = {}): Promise<AssistWorld> {
  const clock = new FakeClock(START, options.autoAdvance ?? true);
  const pd = new FakePagerDuty({ clock });
  const alice = pd.addUser({ name: 'Alice Example', email: 'alice@example.com' });
  const dan = pd.addUser({ name: 'Dan Example', email: 'dan@example.com' });
  const policy = pd.addEscalationPolicy({
    name: 'Platform',
    rules: [{ targets: [{ type: 'user', id: alice.id }] }, { targets: [{ type: 'user', id: dan.id }] }],
  });
  pd.addOnCall({ userId: alice.id, escalationPolicyId: policy.id, level: 1, start: null, end: null });
  pd.addOnCall({ userId: dan.id, escalationPolicyId: policy.id, level: 2, start: null, end: null });
  const slack = new FakeSlack(
    {
      users: [
        { id: 'U0ALICE', name: 'alice', email: 'alice@example.com' },
        { id: 'U0DAN', name: 'dan', email: 'dan@example.com' },
      ],
      channels: [{ id: CHANNEL, name: 'oncall' }],
    },
    { clock },
  );
  await Promise.all([pd.start(), slack.start()]);
  const log = new MemoryLogger();
  const pagerduty = createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock, log });
  const slackApi = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log });
  const loaded: LoadedRunbooks = loadedFromIndex(
    {
      format: INDEX_FORMAT,
      version: 2,
      source: { repository: 'acme/ops', commit: null, dir: 'runbooks' },
      runbooks: RUNBOOKS,
    },
    'published index',
  );
  const deps: AlertDeps = {
    pagerduty,
    slack: slackApi,
    users: new UserDirectory({ slack: slackApi, log }),
    runbooks: async () => loaded,
    clock,
    log,
  };
  const world: AssistWorld = {
    clock,
    pd,
    slack,
    log,
    deps,
    settings: { channel: CHANNEL, waitForTopMs: 20_000, waitIntervalMs: 2_000 },
    alice,
    dan,
    policyId: policy.id,
    incident(title) {
      return pd.addIncident({
        title,
        escalationPolicyId: policy.id,
        service: { name: 'Storage' },
        createdAt: clock.now(),
      });
    },
    dispatch(incident, type, id) {
      const stored = pd.getIncident(incident.id);
      if (stored) {
        if (type === 'incident.acknowledged') stored.status = 'acknowledged';
        if (type === 'incident.resolved') stored.status = 'resolved';
      }
      const key = id ?? `${incident.id}-${type}`;
      return {
        v: 1,
        webhook_id: `wh-${key}`,
        event_id: `ev-${key}`,
        event_type: type,
        occurred_at: clock.now().toISOString(),
        incident: {
          id: incident.id,
          number: incident.number,
          title: incident.title,
          status: stored?.status ?? 'triggered',
          urgency: 'high',
          html_url: `https://acme.pagerduty.com/incidents/${incident.id}`,
          service: { id: incident.service.id, name: incident.service.name },
          escalation_policy: { id: policy.id, name: 'Platform' },
        },
        agent: { id: alice.id, name: 'Alice Example', type: 'user_reference' },
      };
    },
    tops: () => slack.messages(CHANNEL).filter((m) => m.threadTs === undefined && !m.subtype),
    replies: (threadTs) => slack.messages(CHANNEL).filter((m) => m.threadTs === threadTs),
    stop: () => Promise.all([pd.stop(), slack.stop()]).then(() => undefined),
  };
  return world;
}

/** Every text of a message: fallback, sections, fields, context. */
export function allText(m: { text: string; blocks?: FakeMessage['blocks'] }): string {
  const parts = [m.text];
  for (const b of m.blocks ?? []) {
    if (b.type === 'section') {
      if (b.text) parts.push(b.text.text);
      for (const f of b.fields ?? []) parts.push(f.text);
    }
    if (b.type === 'context') parts.push(...b.elements.map((e) => e.text));
  }
  return parts.join('\n');
}
