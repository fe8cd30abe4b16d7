/**
 * Diagnostics that run themselves: a triggered incident whose runbook names diagnostic workflows dispatches each
 * once, after its message is posted, and says so in the thread. Against the loopback fakes (PagerDuty, Slack,
 * GitHub) with the real adapters.
 */
import { INDEX_FORMAT } from '../src/runbooks/types.js';
import { loadedFromIndex } from '../src/alert/runbooks.js';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  alertLabels,
  DIAGNOSTICS_EVENT_TYPE,
  MAX_LABELS_JSON_CHARS,
  startDiagnostics,
} from '../src/alert/diagnose.js';
import { TOP_EVENT_TYPE } from '../src/alert/message.js';
import { runAlert, type AlertDeps, type LoadedRunbooks } from '../src/alert/run.js';
import { createIncidentLock } from '../src/alert/lookup.js';
import type { DispatchPayload } from '../src/dispatch/types.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { FakePagerDuty, type FakeIncident } from '../src/fakes/pagerduty.js';
import { FakeSlack, type FakeMessage } from '../src/fakes/slack.js';
import { createGitHubClient } from '../src/github/client.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import type { IndexedRunbook } from '../src/runbooks/types.js';
import { createSlackClient } from '../src/slack/client.js';
import { UserDirectory } from '../src/slack/user-directory.js';

const CHANNEL = 'C0ONCALL';
const WORKFLOW_FILE = '.github/workflows/diagnose-mysql.yml';
const WORKFLOW = readFileSync(new URL('./fixtures/diagnose/diagnose-mysql.yml', import.meta.url), 'utf8');

const RUNBOOKS: IndexedRunbook[] = [
  {
    id: 'mysql-connections',
    title: 'MySQL refuses connections',
    priority: 0,
    match: { any: ['MysqlTooManyConnections'], all: [], none: [], regex: [], services: [] },
    diagnose: [{ workflow: 'diagnose-mysql.yml', inputs: { database: 'checkout-db' } }],
  },
  {
    id: 'disk-full',
    title: 'Disk full',
    priority: 0,
    match: { any: ['NodeDiskFull'], all: [], none: [], regex: [], services: [] },
  },
];

interface World {
  clock: FakeClock;
  pd: FakePagerDuty;
  slack: FakeSlack;
  github: FakeGitHub;
  log: MemoryLogger;
  deps: AlertDeps;
  incident(title: string, details?: Record<string, unknown>): FakeIncident;
}

let world: World;

async function makeWorld(options: { dispatchTimeoutMs?: number } = {}): Promise<World> {
  const clock = new FakeClock('2026-11-26T01:00:00Z', true);
  const pd = new FakePagerDuty({ clock });
  const alice = pd.addUser({ name: 'Alice Example', email: 'alice@example.com' });
  const policy = pd.addEscalationPolicy({
    name: 'Platform',
    rules: [{ targets: [{ type: 'user', id: alice.id }] }],
  });
  pd.addOnCall({ userId: alice.id, escalationPolicyId: policy.id, level: 1, start: null, end: null });
  const slack = new FakeSlack(
    {
      users: [{ id: 'U0ALICE', name: 'alice', email: 'alice@example.com' }],
      channels: [{ id: CHANNEL, name: 'oncall' }],
    },
    { clock },
  );
  const github = new FakeGitHub();
  github.setFile('main', WORKFLOW_FILE, WORKFLOW);
  await Promise.all([pd.start(), slack.start(), github.start()]);
  const log = new MemoryLogger();
  const pagerduty = createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock, log });
  const slackApi = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log });
  const gh = createGitHubClient({
    token: github.token,
    repository: github.repository,
    apiUrl: github.url,
    log,
    ...(options.dispatchTimeoutMs ? { timeoutMs: options.dispatchTimeoutMs } : {}),
  });
  const loaded: LoadedRunbooks = loadedFromIndex(
    {
      format: INDEX_FORMAT,
      version: 2,
      source: { repository: 'acme/oncall', commit: null, dir: 'runbooks' },
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
    incidentLock: createIncidentLock(),
    diagnostics: { github: { dispatchWorkflow: (...a) => gh.dispatchWorkflow!(...a) }, ref: 'main' },
  };
  return {
    clock,
    pd,
    slack,
    github,
    log,
    deps,
    incident(title, details) {
      const incident = pd.addIncident({
        title,
        escalationPolicyId: policy.id,
        service: { name: 'checkout-db' },
        createdAt: clock.now(),
      });
      pd.addAlert(incident.id, { summary: title, ...(details ? { details } : {}) });
      return incident;
    },
  };
}

function triggered(incident: FakeIncident, id = 'ev-1'): DispatchPayload {
  return {
    v: 1,
    webhook_id: `wh-${id}`,
    event_id: id,
    event_type: 'incident.triggered',
    occurred_at: world.clock.now().toISOString(),
    incident: {
      id: incident.id,
      number: incident.number,
      title: incident.title,
      status: 'triggered',
      urgency: 'high',
      html_url: `https://acme.pagerduty.com/incidents/${incident.id}`,
      service: { id: incident.service.id, name: incident.service.name },
      escalation_policy: { id: incident.escalationPolicyId, name: 'Platform' },
      priority: null,
    },
    agent: null,
  };
}

const settings = { channel: CHANNEL, waitForTopMs: 1_000, waitIntervalMs: 200 };
const top = (): FakeMessage[] =>
  world.slack.messages(CHANNEL).filter((m) => m.metadata?.eventType === TOP_EVENT_TYPE);
const notices = (): FakeMessage[] =>
  world.slack.messages(CHANNEL).filter((m) => m.metadata?.eventType === DIAGNOSTICS_EVENT_TYPE);

beforeEach(async () => {
  world = await makeWorld();
});

afterEach(async () => {
  await Promise.all([world.pd.stop(), world.slack.stop(), world.github.stop()]);
});

describe('dispatching diagnostics on a triggered incident', () => {
  it('dispatches the runbook workflow once, after the post, with the incident, labels, channel and its inputs', async () => {
    const incident = world.incident('MysqlTooManyConnections on db-1', {
      firing:
        'Labels:\n - alertname = MysqlTooManyConnections\n - instance = db-1:9104\nAnnotations:\n - summary = too many\n',
    });
    // What Slack held when the dispatch arrived: the incident message was already there.
    let postedBeforeDispatch: number | undefined;
    world.github.server.inject(
      {
        path: /\/dispatches$/,
        when: () => {
          postedBeforeDispatch = top().length;
          return false;
        },
      },
      { kind: 'delay', ms: 0 },
    );
    const result = await runAlert(world.deps, settings, triggered(incident));
    expect(result.action).toBe('posted');
    expect(postedBeforeDispatch).toBe(1);
    expect(world.github.workflowDispatches).toHaveLength(1);
    const dispatched = world.github.workflowDispatches[0]!;
    expect(dispatched).toMatchObject({ workflow: 'diagnose-mysql.yml', ref: 'main' });
    expect(dispatched.inputs).toEqual({
      incident_id: incident.id,
      channel: CHANNEL,
      database: 'checkout-db',
      labels: JSON.stringify({ alertname: 'MysqlTooManyConnections', instance: 'db-1:9104' }),
    });
    expect(top()).toHaveLength(1);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]!.text).toContain(`<${dispatched.htmlUrl}|run ${dispatched.runId}>`);
    expect(notices()[0]!.threadTs).toBe(top()[0]!.ts);
    // Exactly the message and the notice: nothing else was posted.
    world.slack.expectMessage((m) => m.metadata?.eventType === TOP_EVENT_TYPE, 'the incident message');
    world.slack.expectMessage(
      (m) => m.metadata?.eventType === DIAGNOSTICS_EVENT_TYPE,
      'the diagnostics notice',
    );
    world.slack.assertNoUnexpectedMessages();
  });

  it('a re-run and a redelivered triggered event dispatch nothing more', async () => {
    const incident = world.incident('MysqlTooManyConnections on db-1');
    await runAlert(world.deps, settings, triggered(incident));
    const again = await runAlert(world.deps, settings, triggered(incident));
    const redelivered = await runAlert(world.deps, settings, triggered(incident, 'ev-other-delivery'));
    expect(again.action).toBe('duplicate');
    expect(redelivered.action).toBe('duplicate');
    expect(world.github.workflowDispatches).toHaveLength(1);
    expect(notices()).toHaveLength(1);
    expect(top()).toHaveLength(1);
  });

  it('two runs of one triggered event at once dispatch once (the earlier claim in the thread wins)', async () => {
    const incident = world.incident('MysqlTooManyConnections on db-1');
    await runAlert(world.deps, settings, triggered(incident));
    // Both runs find the message and no claim yet: each claims, only the earliest claim dispatches.
    world.github.workflowDispatches.length = 0;
    for (const m of notices()) await world.deps.slack.deleteMessage!(CHANNEL, m.ts);
    const topMessage = (await world.deps.slack.readHistory(CHANNEL, { limit: 10 })).messages.find(
      (m) => m.metadata?.eventType === TOP_EVENT_TYPE,
    )!;
    const request = { channel: CHANNEL, incidentId: incident.id, top: topMessage };
    const [a, b] = await Promise.all([
      startDiagnostics(world.deps, request),
      startDiagnostics(world.deps, request),
    ]);
    expect(a.length + b.length).toBe(1);
    expect(world.github.workflowDispatches).toHaveLength(1);
    expect(notices()).toHaveLength(1);
  });

  it('later events never dispatch', async () => {
    const incident = world.incident('MysqlTooManyConnections on db-1');
    await runAlert(world.deps, settings, triggered(incident));
    world.pd.getIncident(incident.id)!.status = 'acknowledged';
    await runAlert(world.deps, settings, {
      ...triggered(incident, 'ev-ack'),
      event_type: 'incident.acknowledged',
    });
    expect(world.github.workflowDispatches).toHaveLength(1);
  });

  it('a runbook without diagnose makes no extra call', async () => {
    const incident = world.incident('NodeDiskFull on node-3');
    await runAlert(world.deps, settings, triggered(incident));
    expect(world.github.calls).toHaveLength(0);
    expect(notices()).toHaveLength(0);
    expect(world.slack.server.calls.filter((c) => c.path.endsWith('conversations.replies'))).toHaveLength(0);
  });

  it('without a way to dispatch, says why in the log and posts the message as always', async () => {
    const incident = world.incident('MysqlTooManyConnections on db-1');
    const { diagnostics: _none, ...deps } = world.deps;
    const result = await runAlert(deps, settings, triggered(incident));
    expect(result.action).toBe('posted');
    expect(world.github.calls).toHaveLength(0);
    expect(
      world.log.lines.some((l) => l.level === 'warning' && l.message.includes('dispatching is not set up')),
    ).toBe(true);
  });
});

describe('a diagnostic that fails or never answers', () => {
  afterEach(() => {
    RUNBOOKS[0]!.diagnose = [{ workflow: 'diagnose-mysql.yml', inputs: { database: 'checkout-db' } }];
  });

  it.each([
    {
      name: '404 (the workflow is not in the repository)',
      fault: () => void (RUNBOOKS[0]!.diagnose = [{ workflow: 'diagnose-missing.yml', inputs: {} }]),
      says: 'not found',
    },
    {
      name: '422 (the workflow does not declare an input it is sent)',
      fault: () => world.github.setFile('main', WORKFLOW_FILE, WORKFLOW.replace(/ {6}database:.*\n/, '')),
      says: 'Unexpected inputs provided',
    },
    {
      name: '403 (the token may not dispatch)',
      fault: () => void (world.github.readOnly = true),
      says: 'actions: write',
    },
    {
      name: '500',
      fault: () =>
        world.github.server.inject(
          { path: /\/dispatches$/ },
          { kind: 'status', status: 500, body: { message: 'Server Error' } },
        ),
      says: '500',
    },
  ])(
    'dispatch answered $name: the message is intact, the thread and the log say so, nothing retried',
    async ({ fault, says }) => {
      fault();
      const incident = world.incident('MysqlTooManyConnections on db-1');
      const result = await runAlert(world.deps, settings, triggered(incident));
      expect(result.action).toBe('posted');
      expect(result.undone).toEqual([]);
      const [message] = top();
      expect(top()).toHaveLength(1);
      expect(message!.updates).toBe(0);
      expect(JSON.stringify(message!.blocks)).toContain('MySQL refuses connections');
      expect(notices()).toHaveLength(1);
      expect(notices()[0]!.text).toContain(':warning: Could not start diagnostic');
      expect(notices()[0]!.text).toContain(says);
      expect(
        world.log.lines.some(
          (l) => l.level === 'warning' && l.message.includes('Could not start diagnostic'),
        ),
      ).toBe(true);
      expect(world.github.callsTo(/\/dispatches$/, 'POST')).toHaveLength(1);
      expect(world.github.workflowDispatches).toHaveLength(0);
    },
  );

  it('GitHub hanging on the dispatch delays nothing but the notice: the run ends at the client timeout', async () => {
    await Promise.all([world.pd.stop(), world.slack.stop(), world.github.stop()]);
    world = await makeWorld({ dispatchTimeoutMs: 300 });
    world.github.server.inject({ path: /\/dispatches$/ }, { kind: 'hang' });
    const incident = world.incident('MysqlTooManyConnections on db-1');
    const started = Date.now();
    const result = await runAlert(world.deps, settings, triggered(incident));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.action).toBe('posted');
    expect(top()).toHaveLength(1);
    expect(notices()[0]!.text).toContain('timed out');
  });

  it('a dispatched diagnostic that never replies leaves the thread with its notice only; nothing waits for it', async () => {
    const incident = world.incident('MysqlTooManyConnections on db-1');
    const result = await runAlert(world.deps, settings, triggered(incident));
    expect(result.action).toBe('posted');
    expect(world.github.workflowDispatches).toHaveLength(1);
    const replies = world.slack.messages(CHANNEL).filter((m) => m.threadTs === top()[0]!.ts);
    expect(replies.map((r) => r.metadata?.eventType)).toEqual([DIAGNOSTICS_EVENT_TYPE]);
  });
});

describe('the labels input', () => {
  it("is the alert's custom details when it has no Alertmanager labels, as a JSON object of text", () => {
    const labels = alertLabels([
      {
        details: [
          { key: 'AlarmName', value: 'db-conn' },
          { key: 'num_firing', value: '1' },
        ],
        links: [],
      },
    ]);
    expect(JSON.parse(labels.json)).toEqual({ AlarmName: 'db-conn' });
    expect(labels.omitted).toBe(0);
  });

  it('is cut to its size limit, still parses, and counts what was left out', () => {
    const details = Array.from({ length: 200 }, (_, i) => ({ key: `label_${i}`, value: 'v'.repeat(400) }));
    const labels = alertLabels([{ details, links: [] }]);
    expect(labels.json.length).toBeLessThanOrEqual(MAX_LABELS_JSON_CHARS);
    const parsed = JSON.parse(labels.json) as Record<string, string>;
    expect(parsed._omitted).toBe(String(200 - labels.kept));
    expect(labels.kept).toBeGreaterThan(0);
    expect(labels.kept + labels.omitted).toBe(200);
  });
});
