import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  createChannelPacer,
  runAlert,
  type AlertDeps,
  type AlertSettings,
  type LoadedRunbooks,
} from '../src/alert/run.js';
import { loadedFromIndex } from '../src/alert/runbooks.js';
import { INDEX_FORMAT } from '../src/runbooks/types.js';
import { createIncidentLock } from '../src/alert/lookup.js';
import { REPLY_EVENT_TYPE, TOP_EVENT_TYPE } from '../src/alert/message.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty, type FakeIncident, type FakeUser } from '../src/fakes/pagerduty.js';
import { FakeSlack, type FakeMessage } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import type { DispatchPayload } from '../src/dispatch/types.js';
import type { IndexedRunbook } from '../src/runbooks/types.js';
import { createSlackClient } from '../src/slack/client.js';
import type { Block, SlackApi } from '../src/slack/types.js';
import { parseMrkdwn } from '../src/slack/mrkdwn.js';
import { UserDirectory } from '../src/slack/user-directory.js';

const CHANNEL = 'C0ONCALL';
const START = '2026-11-26T01:00:00Z';
const INJECTION = '<!channel> <@U0ADMIN> <https://evil.example|click> & <b>';

const RUNBOOKS: IndexedRunbook[] = [
  {
    id: 'pod-crashloop',
    title: 'Pod crash looping',
    doc: 'pod-crashloop.md',
    owner: 'team-platform',
    priority: 0,
    match: { any: ['KubePodCrashLooping'], all: [], none: [], regex: [], services: [] },
  },
  {
    id: 'database-down',
    title: 'Primary database down',
    url: 'https://wiki.example/db-down',
    owner: 'team-data',
    priority: 10,
    escalateTo: 2,
    match: { any: ['PostgresqlDown'], all: [], none: [], regex: [], services: [] },
  },
  {
    id: 'crash-generic',
    title: 'Anything crashing',
    priority: -1,
    match: { any: ['crash looping'], all: [], none: [], regex: [], services: [] },
  },
];

interface World {
  clock: FakeClock;
  pd: FakePagerDuty;
  slack: FakeSlack;
  log: MemoryLogger;
  deps: AlertDeps;
  settings: AlertSettings;
  alice: FakeUser;
  dan: FakeUser;
  carol: FakeUser;
  policyId: string;
  incident(title: string, options?: { alerts?: string[] }): FakeIncident;
}

let world: World;

async function makeWorld(options: { autoAdvance?: boolean } = {}): Promise<World> {
  const clock = new FakeClock(START, options.autoAdvance ?? true);
  const pd = new FakePagerDuty({ clock });
  const alice = pd.addUser({ name: 'Alice Example', email: 'alice@example.com' });
  const dan = pd.addUser({ name: 'Dan Example', email: 'dan@example.com' });
  const carol = pd.addUser({ name: 'Carol <Contractor>', email: 'carol@elsewhere.example' });
  // The PagerDuty user the escalation is made as (`From:`); the fake refuses unknown emails like PagerDuty does.
  pd.addUser({ name: 'Escalation Bot', email: 'bot@example.com' });
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
      version: 1,
      source: { repository: 'acme/ops', commit: 'abc1234def5678abc1234def5678abc1234def56', dir: 'runbooks' },
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
  return {
    clock,
    pd,
    slack,
    log,
    deps,
    settings: { channel: CHANNEL, fromEmail: 'bot@example.com', waitForTopMs: 20_000, waitIntervalMs: 2_000 },
    alice,
    dan,
    carol,
    policyId: policy.id,
    incident(title, opts = {}) {
      const incident = pd.addIncident({
        title,
        escalationPolicyId: policy.id,
        service: { name: 'Checkout API' },
        priority: 'P2',
        createdAt: clock.now(),
      });
      for (const summary of opts.alerts ?? []) pd.addAlert(incident.id, { summary });
      return incident;
    },
  };
}

/** The dispatch payload the relay would send for `incident`. */
function dispatch(
  incident: FakeIncident,
  type: string,
  extra: Partial<DispatchPayload> & { id?: string } = {},
): DispatchPayload {
  const { id, ...rest } = extra;
  // The event happened in PagerDuty: its incident shows the new status, as a fresh read would.
  const stored = world.pd.getIncident(incident.id);
  if (stored) {
    if (type === 'incident.acknowledged') stored.status = 'acknowledged';
    if (type === 'incident.resolved') stored.status = 'resolved';
    if (type === 'incident.reopened' || type === 'incident.unacknowledged') stored.status = 'triggered';
  }
  return {
    v: 1,
    webhook_id: `wh-${id ?? `${incident.id}-${type}`}`,
    event_id: `ev-${id ?? `${incident.id}-${type}`}`,
    event_type: type,
    occurred_at: world.clock.now().toISOString(),
    incident: {
      id: incident.id,
      number: incident.number,
      title: incident.title,
      status:
        type === 'incident.acknowledged'
          ? 'acknowledged'
          : type === 'incident.resolved'
            ? 'resolved'
            : 'triggered',
      urgency: 'high',
      html_url: `https://acme.pagerduty.com/incidents/${incident.id}`,
      service: { id: incident.service.id, name: incident.service.name },
      escalation_policy: { id: world.policyId, name: 'Platform' },
      priority: 'P2',
    },
    agent: { id: world.alice.id, name: 'Alice Example', type: 'user_reference' },
    ...rest,
  };
}

function allText(m: FakeMessage): string {
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

function statusLine(m: FakeMessage): string {
  const b = m.blocks?.find((x) => x.block_id === 'oncall-status');
  return b?.type === 'context' ? b.elements.map((e) => e.text).join(' ') : '';
}

beforeEach(async () => {
  world = await makeWorld();
});

afterEach(async () => {
  await Promise.all([world.pd.stop(), world.slack.stop()]);
});

describe('incident.triggered', () => {
  it('posts one message with the matched runbook and the current on-call mentioned', async () => {
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api payments warning)', {
      alerts: ['Pod payments/api is crash looping'],
    });
    const result = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));

    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    world.slack.assertNoUnexpectedMessages();
    const text = allText(top);
    expect(text).toContain('<@U0ALICE>');
    expect(text).toContain(
      '<https://github.com/acme/ops/blob/abc1234def5678abc1234def5678abc1234def56/runbooks/pod-crashloop.md|Pod crash looping>',
    );
    expect(text).toContain('`KubePodCrashLooping`');
    expect(text).toContain('Also matched: *Anything crashing*');
    expect(text).toContain('Checkout API');
    expect(text).toContain('high · P2');
    expect(text).toContain(`|#${incident.number} in PagerDuty>`);
    expect(text).toContain('Runbook index v1 @ `abc1234` · published index');
    expect(top.metadata).toMatchObject({
      eventType: TOP_EVENT_TYPE,
      payload: { incident_id: incident.id, runbook_id: 'pod-crashloop', status: 'triggered' },
    });
    expect(result).toMatchObject({
      action: 'posted',
      messageTs: top.ts,
      threadTs: top.ts,
      runbookId: 'pod-crashloop',
      onCallUserIds: ['U0ALICE'],
    });
    expect(result.permalink).toContain(top.ts.replace('.', ''));
    expect(world.pd.escalations).toEqual([]);
  });

  it('matches on the alert details as well as the title', async () => {
    const incident = world.incident('Checkout pods unhealthy', {
      alerts: ['KubePodCrashLooping in payments'],
    });
    const result = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    expect(result.runbookId).toBe('pod-crashloop');
  });

  it('escalate_to: escalates the incident to level 2 at once and mentions the level-2 on-call', async () => {
    const incident = world.incident('[FIRING:1] PostgresqlDown (db-1 critical)');
    const result = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));

    expect(world.pd.escalations).toEqual([{ incidentId: incident.id, level: 2, from: 'bot@example.com' }]);
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    world.slack.assertNoUnexpectedMessages();
    const mentions = parseMrkdwn(allText(top)).flatMap((t) => (t.kind === 'user' ? [t.userId] : []));
    expect(new Set(mentions)).toEqual(new Set(['U0DAN']));
    expect(allText(top)).toContain('escalates straight to level 2');
    expect(statusLine(top)).toContain('escalated to level 2');
    expect(result.onCallUserIds).toEqual(['U0DAN']);
  });

  it('escalate_to without a from-email: warns and does not escalate', async () => {
    const incident = world.incident('[FIRING:1] PostgresqlDown (db-1 critical)');
    const { fromEmail: _unused, ...settings } = world.settings;
    const result = await runAlert(world.deps, settings, dispatch(incident, 'incident.triggered'));
    expect(world.pd.escalations).toEqual([]);
    expect(result.onCallUserIds).toEqual(['U0ALICE']);
    expect(world.log.text()).toContain('no PagerDuty user email is set');
  });

  it('says when no runbook matches and links how to add one', async () => {
    const incident = world.incident('Something nobody wrote a runbook for');
    const result = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const top = world.slack.expectMessage(() => true, 'the incident message');
    world.slack.assertNoUnexpectedMessages();
    expect(allText(top)).toContain('No runbook matches this alert');
    expect(allText(top)).toContain('<https://github.com/acme/ops/tree/HEAD/runbooks|Add one>');
    expect(result.runbookId).toBeUndefined();
  });

  it('K5: an injected title is shown literally; the only live mention is the looked-up on-call', async () => {
    const incident = world.incident(INJECTION);
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const [entry] = world.slack.channelTranscript(CHANNEL);
    expect(entry!.mentions).toEqual(['U0ALICE']);
    expect(entry!.broadcasts).toEqual([]);
    expect(entry!.text).toContain('&lt;!channel&gt;');
  });

  it('names an on-call person without a Slack account and still posts', async () => {
    const incident = world.incident('Disk full');
    world.pd.addOnCall({
      userId: world.carol.id,
      escalationPolicyId: world.policyId,
      level: 1,
      start: null,
      end: null,
    });
    const result = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const top = world.slack.expectMessage(() => true, 'the incident message');
    expect(allText(top)).toContain('Carol &lt;Contractor&gt;');
    expect(result.onCallUserIds).toEqual(['U0ALICE']);
    expect(world.log.lines.some((l) => l.level === 'warning' && l.message.includes('Carol'))).toBe(true);
  });

  it('reads the incident from PagerDuty when the payload lacks what the message needs', async () => {
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    const partial = dispatch(incident, 'incident.triggered');
    partial.incident = { id: incident.id, title: '', status: '', partial: true };
    const result = await runAlert(world.deps, world.settings, partial);
    expect(world.pd.server.callsTo(`/incidents/${incident.id}`, 'GET')).toHaveLength(1);
    expect(result.runbookId).toBe('pod-crashloop');
    expect(allText(world.slack.messages()[0]!)).toContain('Checkout API');
  });
});

describe('start → post: what the triggered run waits for', () => {
  /** Holds `deps.runbooks()` back until Slack has been asked for the channel's history (at most ~1 s). */
  function runbooksAfterHistory(): { runbooks: AlertDeps['runbooks']; historyFirst: () => boolean } {
    let historyFirst = false;
    const runbooks = async () => {
      const loaded = await world.deps.runbooks();
      for (let i = 0; i < 200 && world.slack.callsTo('conversations.history').length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      historyFirst = world.slack.callsTo('conversations.history').length > 0;
      return loaded;
    };
    return { runbooks, historyFirst: () => historyFirst };
  }

  it('looks for an earlier post while the runbooks are still loading', async () => {
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    const { runbooks, historyFirst } = runbooksAfterHistory();
    const result = await runAlert(
      { ...world.deps, runbooks },
      world.settings,
      dispatch(incident, 'incident.triggered'),
    );
    expect(historyFirst()).toBe(true);
    expect(result).toMatchObject({ action: 'posted', runbookId: 'pod-crashloop' });
    expect(world.slack.messages().filter((m) => m.threadTs === undefined)).toHaveLength(1);
  });

  it('routed elsewhere by its runbook: the routed channel is the one that must not hold the message yet', async () => {
    const other = 'C0PLATFORM';
    world.slack.addChannel({ id: other, name: 'platform' });
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    // The workflow's channel already has a message for the incident (from before the runbook named a channel).
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const routedRunbooks = RUNBOOKS.map((r) =>
      r.id === 'pod-crashloop' ? { ...r, slackChannel: other } : r,
    );
    const loaded = await world.deps.runbooks();
    const routedLoaded = loadedFromIndex(
      { format: INDEX_FORMAT, version: 1, source: loaded.source, runbooks: routedRunbooks },
      loaded.origin,
    );
    const deps: AlertDeps = { ...world.deps, runbooks: async () => routedLoaded };
    const routed = await runAlert(
      deps,
      world.settings,
      dispatch(incident, 'incident.triggered', { id: 'again' }),
    );
    expect(routed.action).toBe('posted');
    expect(
      world.slack.messages().filter((m) => m.channel === other && m.threadTs === undefined),
    ).toHaveLength(1);
    expect(
      world.slack.messages().filter((m) => m.channel === CHANNEL && m.threadTs === undefined),
    ).toHaveLength(1);
  });
});

describe('later events', () => {
  it('acknowledged, escalated, resolved: replies in the same thread and updates the status line', async () => {
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    const first = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    world.clock.advance(60_000);
    const ack = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.acknowledged'));
    world.clock.advance(60_000);
    // PagerDuty escalates: Dan is now assigned at level 2.
    world.pd.getIncident(incident.id)!.assigneeIds = [world.dan.id];
    world.pd.getIncident(incident.id)!.escalationLevel = 2;
    const esc = await runAlert(
      world.deps,
      world.settings,
      dispatch(incident, 'incident.escalated', { agent: null }),
    );
    world.clock.advance(60_000);
    const res = await runAlert(
      world.deps,
      world.settings,
      dispatch(incident, 'incident.resolved', { agent: { id: world.dan.id, name: 'Dan Example' } }),
    );

    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    const replies = [
      'Acknowledged by *Alice Example*',
      'Escalated to level 2. Now on call: <@U0DAN>',
      'Resolved by *Dan Example*',
    ].map((text) => world.slack.expectMessage((m) => m.threadTs === top.ts && m.text.includes(text), text));
    world.slack.assertNoUnexpectedMessages();
    expect(replies.map((r) => r.metadata?.eventType)).toEqual([
      REPLY_EVENT_TYPE,
      REPLY_EVENT_TYPE,
      REPLY_EVENT_TYPE,
    ]);
    expect([ack, esc, res].map((r) => r.action)).toEqual(['replied', 'replied', 'replied']);
    expect([ack, esc, res].map((r) => r.threadTs)).toEqual([
      first.messageTs,
      first.messageTs,
      first.messageTs,
    ]);
    expect(esc.onCallUserIds).toEqual(['U0DAN']);

    expect(top.updates).toBe(3);
    expect(statusLine(top)).toContain('*Resolved*');
    expect(statusLine(top)).toContain('acknowledged by Alice Example');
    expect(statusLine(top)).toContain('resolved by Dan Example');
    expect(statusLine(top)).toContain('escalated to level 2');
    expect(top.text.startsWith('Resolved:')).toBe(true);
    // Scanning the channel shows it resolved: the headline leads with the status and strikes the title.
    expect(allText({ ...top, text: '', blocks: top.blocks!.slice(0, 1) })).toMatch(
      /^\n:white_check_mark: \*\[Resolved\]\* \*~\[FIRING:1\] KubePodCrashLooping \(api\)~\*\n/,
    );
    // The On call field follows the escalation: the level-2 on-call, mentioned.
    const details = top.blocks!.find((b) => b.block_id === 'oncall-details');
    expect(details?.type === 'section' ? details.fields?.at(-1)?.text : '').toBe(
      '*On call (level 2)*\n<@U0DAN>',
    );
    // The rest of the message survives every update.
    const rest = (blocks: Block[]) =>
      blocks.slice(2).filter((b) => b.block_id !== 'oncall-status' && b.block_id !== 'oncall-actions');
    expect(rest(top.blocks!)).toEqual(rest(top.history[0]!.blocks!));
    // Resolved: only Draft postmortem is left of the buttons; before, there were the others.
    const buttons = (blocks: Block[]) =>
      blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    expect(buttons(top.blocks!)).toEqual(['oncall_draft_postmortem']);
    expect(buttons(top.history[0]!.blocks!)).toContain('oncall_acknowledge');
  });

  it('annotated, reassigned, priority_updated, reopened: one reply each', async () => {
    const incident = world.incident('Disk full');
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    await runAlert(
      world.deps,
      world.settings,
      dispatch(incident, 'incident.annotated', { note: `Looking ${INJECTION}` }),
    );
    world.pd.getIncident(incident.id)!.assigneeIds = [world.dan.id];
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.reassigned'));
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.priority_updated'));
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.reopened'));

    const [entry] = world.slack.channelTranscript(CHANNEL);
    expect(entry!.replies.map((r) => r.text)).toEqual([
      ':memo: Note by *Alice Example*:\n>Looking &lt;!channel&gt; &lt;@U0ADMIN&gt; &lt;https://evil.example|click&gt; &amp; &lt;b&gt;',
      ':busts_in_silhouette: Reassigned to <@U0DAN> by *Alice Example*.',
      ':label: Priority changed to *P2* by *Alice Example*.',
      ':repeat: Reopened by *Alice Example*.',
    ]);
    expect(entry!.replies.flatMap((r) => r.broadcasts)).toEqual([]);
  });

  it('still replies to an escalation when PagerDuty cannot say who is on it now', async () => {
    const incident = world.incident('Disk full');
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    world.pd.server.inject(
      { path: `/incidents/${incident.id}`, times: 10 },
      { kind: 'status', status: 503, body: 'down' },
    );
    const result = await runAlert(
      world.deps,
      world.settings,
      dispatch(incident, 'incident.escalated', {
        agent: null,
        incident: {
          id: incident.id,
          title: incident.title,
          status: 'triggered',
          assignees: [{ id: 'PX', name: 'Dan Example' }],
        },
      }),
    );
    expect(result.action).toBe('replied');
    const [entry] = world.slack.channelTranscript(CHANNEL);
    expect(entry!.replies.map((r) => r.text)).toEqual([
      ':arrow_double_up: Escalated. Now on call: Dan Example',
    ]);
    expect(world.log.text()).toContain('replying without mentions');
  });

  it('posts a top message first when the triggered event was lost', async () => {
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    const result = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.acknowledged'));
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'a top message');
    world.slack.expectMessage(
      (m) => m.threadTs === top.ts && m.text.includes('Acknowledged'),
      'the ack reply',
    );
    world.slack.assertNoUnexpectedMessages();
    expect(allText(top)).toContain('Pod crash looping');
    expect(statusLine(top)).toContain('Acknowledged');
    expect(result.action).toBe('replied');
    expect(result.threadTs).toBe(top.ts);
    expect(world.clock.sleeps.reduce((a, b) => a + b, 0)).toBe(20_000);
  });

  it('ignores event types it does not post about', async () => {
    const incident = world.incident('Disk full');
    const result = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.responder.added'));
    expect(result.action).toBe('ignored');
    expect(world.slack.messages()).toEqual([]);
    expect(world.slack.server.calls).toEqual([]);
  });
});

describe('exactly once', () => {
  it('W4: the same X-Webhook-Id delivered twice → one Slack message', async () => {
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    const event = dispatch(incident, 'incident.triggered');
    const a = await runAlert(world.deps, world.settings, event);
    const b = await runAlert(world.deps, world.settings, { ...event });
    world.slack.expectMessage(() => true, 'one incident message');
    world.slack.assertNoUnexpectedMessages();
    expect(b).toMatchObject({ action: 'duplicate', messageTs: a.messageTs, runbookId: 'pod-crashloop' });
  });

  it('W10: a re-run of every event posts no second top message and no second reply', async () => {
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    const events = [
      'incident.triggered',
      'incident.acknowledged',
      'incident.annotated',
      'incident.resolved',
    ].map((t) => dispatch(incident, t, t === 'incident.annotated' ? { note: 'on it' } : {}));
    for (const e of events) await runAlert(world.deps, world.settings, e);
    const before = world.slack.messages().length;
    const updatesBefore = world.slack.messages()[0]!.updates;
    const reruns = [];
    for (const e of events) reruns.push(await runAlert(world.deps, world.settings, e));
    expect(world.slack.messages()).toHaveLength(before);
    expect(before).toBe(4);
    expect(reruns.map((r) => r.action)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect(world.slack.messages()[0]!.updates).toBe(updatesBefore);
  });

  it('W10: a redelivery with a new event id but the same webhook id is not replied twice', async () => {
    const incident = world.incident('Disk full');
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const ack = dispatch(incident, 'incident.acknowledged');
    await runAlert(world.deps, world.settings, ack);
    await runAlert(world.deps, world.settings, { ...ack, event_id: 'ev-other' });
    expect(world.slack.channelTranscript(CHANNEL)[0]!.replies).toHaveLength(1);
  });
});

describe('W5: triggered then escalated 200 ms apart', () => {
  it('handles both: the escalated run waits for the top message and replies in its thread', async () => {
    await Promise.all([world.pd.stop(), world.slack.stop()]);
    world = await makeWorld({ autoAdvance: false });
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    world.pd.getIncident(incident.id)!.assigneeIds = [world.dan.id];
    const triggered = dispatch(incident, 'incident.triggered');
    const escalated = dispatch(incident, 'incident.escalated', { agent: null });
    // The escalated run starts first and finds nothing; the triggered run (slower to start) posts meanwhile.
    const late = runAlert(world.deps, world.settings, escalated);
    let settled = false;
    void late.finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 50));
    world.clock.advance(200);
    const first = await runAlert(world.deps, world.settings, triggered);
    while (!settled) {
      world.clock.advance(500);
      await new Promise((r) => setTimeout(r, 5));
    }
    const second = await late;

    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    world.slack.expectMessage(
      (m) => m.threadTs === top.ts && m.text.includes('Escalated to level 2'),
      'the reply',
    );
    world.slack.assertNoUnexpectedMessages();
    expect(first.action).toBe('posted');
    expect(second).toMatchObject({ action: 'replied', threadTs: top.ts });
    expect(statusLine(top)).toContain('escalated to level 2');
  });
});

describe('createChannelPacer', () => {
  it('spaces posts to one channel a second apart and leaves other channels alone', async () => {
    const clock = new FakeClock(START, false);
    const pacer = createChannelPacer(clock);
    const done: string[] = [];
    const flush = async () => {
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    };
    const waits = [
      pacer.wait('A').then(() => done.push('A1')),
      pacer.wait('A').then(() => done.push('A2')),
      pacer.wait('B').then(() => done.push('B1')),
    ];
    await flush();
    expect(done.sort()).toEqual(['A1', 'B1']);
    clock.advance(999);
    await flush();
    expect(done).not.toContain('A2');
    clock.advance(1);
    await Promise.all(waits);
    expect(done).toContain('A2');
    expect(clock.sleeps).toEqual([1000]);
  });
});

describe('L1: 500 events, 20 % duplicates', () => {
  it('handles each unique event once and posts about once a second per channel', async () => {
    // 25 incidents × 16 events (triggered, acknowledged, 13 notes, resolved) = 400 unique events, interleaved.
    const incidents = Array.from({ length: 25 }, (_, i) =>
      world.incident(`[FIRING:1] KubePodCrashLooping (pod-${i})`),
    );
    const kinds = [
      'incident.triggered',
      'incident.acknowledged',
      ...Array.from({ length: 13 }, () => 'incident.annotated'),
      'incident.resolved',
    ];
    const unique: DispatchPayload[] = [];
    kinds.forEach((type, step) => {
      for (const incident of incidents) {
        const id = `${incident.id}-${step}`;
        unique.push(
          dispatch(incident, type, type === 'incident.annotated' ? { id, note: `note ${step}` } : { id }),
        );
      }
    });
    // 100 redeliveries (20 % of 500), each some way after its original.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const stream: DispatchPayload[] = [...unique];
    for (let i = 0; i < 100; i++) {
      const original = Math.floor(random() * unique.length);
      const at = original + 1 + Math.floor(random() * (stream.length - original));
      stream.splice(Math.min(at, stream.length), 0, { ...unique[original]! });
    }
    expect(stream).toHaveLength(500);

    const deps = { ...world.deps, pacer: createChannelPacer(world.clock) };
    const settings = { ...world.settings, waitForTopMs: 0 };
    const started = world.clock.now().getTime();
    const actions: Record<string, number> = {};
    for (const event of stream) {
      const r = await runAlert(deps, settings, event);
      actions[r.action] = (actions[r.action] ?? 0) + 1;
    }

    const messages = world.slack.messages(CHANNEL);
    expect(messages).toHaveLength(400);
    expect(messages.filter((m) => m.threadTs === undefined)).toHaveLength(25);
    expect(new Set(messages.map((m) => m.metadata?.payload.event_id)).size).toBe(400);
    expect(actions).toEqual({ posted: 25, replied: 375, duplicate: 100 });
    for (const entry of world.slack.channelTranscript(CHANNEL)) expect(entry.replies).toHaveLength(15);

    // Pacing, read off the fake clock: the fake stamps each post with the clock's time.
    const times = messages.map((m) => Number(m.ts) * 1000);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(999);
    const elapsed = world.clock.now().getTime() - started;
    expect(elapsed).toBeGreaterThanOrEqual(399_000);
    expect(elapsed).toBeLessThan(420_000);
  }, 120_000);
});

describe('escalate_to: a failed escalation never loses the alert', () => {
  const db = '[FIRING:1] PostgresqlDown (db-1 critical)';
  const putPath = (id: string) => ({ method: 'PUT', path: `/incidents/${id}` });

  it('403 (read-only key): posts the message with a warning, reports it undone, and a re-run completes it', async () => {
    const incident = world.incident(db);
    world.pd.server.inject(
      { ...putPath(incident.id), times: 1 },
      { kind: 'status', status: 403, body: { error: { message: 'Access Denied', code: 2010 } } },
    );
    const event = dispatch(incident, 'incident.triggered');
    const first = await runAlert(world.deps, world.settings, event);

    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    world.slack.assertNoUnexpectedMessages();
    expect(world.pd.escalations).toEqual([]);
    expect(allText(top)).toContain('the escalation failed');
    expect(first.action).toBe('posted');
    expect(first.undone).toHaveLength(1);
    expect(first.undone[0]).toContain('level 2');
    expect(world.log.text()).toContain(`Could not escalate incident ${incident.id} to level 2`);

    const rerun = await runAlert(world.deps, world.settings, event);
    expect(rerun).toMatchObject({ action: 'duplicate', messageTs: top.ts, undone: [] });
    expect(world.slack.messages()).toHaveLength(1);
    expect(world.pd.escalations).toEqual([{ incidentId: incident.id, level: 2, from: 'bot@example.com' }]);
    expect(allText(top)).toContain('escalated in PagerDuty');
    expect(allText(top)).not.toContain('failed');
    expect(statusLine(top)).toContain('escalated to level 2');
  });

  it('500 four times: the message goes out and the failure is shown, not thrown', async () => {
    const incident = world.incident(db);
    world.pd.server.inject(
      { ...putPath(incident.id), times: 4 },
      { kind: 'status', status: 500, body: { error: { message: 'Internal Server Error' } } },
    );
    const result = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    expect(allText(top)).toContain('the escalation failed');
    expect(result.undone).toHaveLength(1);
    expect(world.pd.escalations).toEqual([]);
  });

  it('400 "Incident Already Resolved": PagerDuty resolved it meanwhile, so nothing is left undone', async () => {
    const incident = world.incident(db);
    world.pd.intercept((call) => {
      if (call.method !== 'PUT') return undefined;
      world.pd.getIncident(incident.id)!.status = 'resolved';
      return {
        status: 400,
        body: { error: { message: 'Incident Already Resolved', code: 2001 } },
      };
    });
    const result = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    expect(result.undone).toEqual([]);
    expect(allText(top)).toContain('not escalated (the incident is resolved in PagerDuty)');
  });
});

describe('escalate_to decides from PagerDuty now, not from the webhook', () => {
  const db = '[FIRING:1] PostgresqlDown (db-1 critical)';

  it('does not escalate an incident acknowledged since the webhook left (no second page)', async () => {
    const incident = world.incident(db);
    const event = dispatch(incident, 'incident.triggered');
    world.pd.getIncident(incident.id)!.status = 'acknowledged';
    const result = await runAlert(world.deps, world.settings, event);
    expect(world.pd.escalations).toEqual([]);
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    expect(allText(top)).toContain('not escalated (the incident is acknowledged in PagerDuty)');
    expect(result.undone).toEqual([]);
  });

  it('does not escalate an incident already at the level (never twice, never down)', async () => {
    const incident = world.incident(db);
    const stored = world.pd.getIncident(incident.id)!;
    stored.escalationLevel = 2;
    stored.assigneeIds = [world.dan.id];
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    expect(world.pd.escalations).toEqual([]);
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    expect(allText(top)).toContain('PagerDuty has it at level 2 already');
  });
});

describe('simultaneous runs for one incident', () => {
  const db = '[FIRING:1] PostgresqlDown (db-1 critical)';

  it('in one process: one top message, one escalation, nothing posted and deleted', async () => {
    const incident = world.incident(db);
    const event = dispatch(incident, 'incident.triggered');
    const results = await Promise.all([
      runAlert(world.deps, world.settings, event),
      runAlert(world.deps, world.settings, { ...event }),
    ]);
    world.slack.expectMessage((m) => m.threadTs === undefined, 'one incident message');
    world.slack.assertNoUnexpectedMessages();
    expect(world.slack.deleted).toEqual([]);
    expect(world.pd.escalations).toHaveLength(1);
    expect(results.map((r) => r.action).sort()).toEqual(['duplicate', 'posted']);
  });

  it('in separate processes: they settle on the earliest message and only its run escalates', async () => {
    const incident = world.incident(db);
    const event = dispatch(incident, 'incident.triggered');
    const other = { ...world.deps, incidentLock: createIncidentLock() };
    await Promise.all([
      runAlert(world.deps, world.settings, event),
      runAlert(other, world.settings, { ...event }),
    ]);
    const tops = world.slack.messages().filter((m) => m.threadTs === undefined);
    expect(tops).toHaveLength(1);
    expect(world.pd.escalations).toHaveLength(1);
    expect(allText(tops[0]!)).toContain('escalated in PagerDuty');
  });
});

describe('busy channels: the look-up is bounded by the incident, not by the runner', () => {
  it('finds the message under 10,000 newer ones in a few calls and replies in its thread', async () => {
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    const first = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const start = world.clock.now().getTime();
    world.slack.seedMessages(
      CHANNEL,
      Array.from({ length: 10_000 }, (_, i) => ({
        text: `chatter ${i}`,
        at: new Date(start + 60_000 + i * 30_000),
      })),
    );
    world.clock.set(new Date(start + 4 * 24 * 3600_000));
    const historyBefore = world.slack.callsTo('conversations.history').length;
    const result = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.resolved'));
    const reads = world.slack.callsTo('conversations.history').length - historyBefore;

    expect(result).toMatchObject({ action: 'replied', threadTs: first.messageTs });
    expect(world.slack.messages().filter((m) => m.threadTs === undefined && m.metadata)).toHaveLength(1);
    expect(world.clock.sleeps).toEqual([]);
    // One page of the newest, then the first slices after the incident's creation, then the status re-check.
    expect(reads).toBeLessThanOrEqual(6);
  });

  it('a runner clock weeks ahead of Slack still finds the message (no look-back from the local clock)', async () => {
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    const first = await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const event = dispatch(incident, 'incident.acknowledged');
    world.clock.set(new Date(world.clock.now().getTime() + 20 * 24 * 3600_000));
    const result = await runAlert(world.deps, world.settings, event);
    expect(result).toMatchObject({ action: 'replied', threadTs: first.messageTs });
    expect(world.slack.messages().filter((m) => m.threadTs === undefined)).toHaveLength(1);
  });
});

describe('overlapping acknowledged and resolved runs', () => {
  it('the status line ends as PagerDuty has it, whichever run writes last', async () => {
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const ack = dispatch(incident, 'incident.acknowledged');
    // The acknowledged run is slow: it read PagerDuty (acknowledged) and the message, then writes last.
    let reachedWrite!: () => void;
    const atWrite = new Promise<void>((r) => (reachedWrite = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let held = false;
    const slowSlack: SlackApi = Object.create(world.deps.slack);
    slowSlack.updateMessage = async (...args) => {
      if (!held) {
        held = true;
        reachedWrite();
        await gate;
      }
      return world.deps.slack.updateMessage(...args);
    };
    const ackRun = runAlert({ ...world.deps, slack: slowSlack }, world.settings, ack);
    await atWrite;
    world.clock.advance(60_000);
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.resolved'));
    release();
    await ackRun;

    const top = world.slack.messages().find((m) => m.threadTs === undefined)!;
    expect(statusLine(top)).toContain('Resolved');
    expect(top.text).toMatch(/^Resolved:/);
  });
});

describe('escalate_to after a lost triggered event', () => {
  it('the later event that posts the message first applies the escalation', async () => {
    const incident = world.incident('[FIRING:1] PostgresqlDown (db-1 critical)');
    const result = await runAlert(
      world.deps,
      world.settings,
      dispatch(incident, 'incident.annotated', { note: 'looking' }),
    );
    expect(world.pd.escalations).toEqual([{ incidentId: incident.id, level: 2, from: 'bot@example.com' }]);
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    world.slack.expectMessage((m) => m.threadTs === top.ts, 'the note');
    expect(allText(top)).toContain('escalated in PagerDuty');
    expect(result.undone).toEqual([]);
  });
});

describe('a run that crashed after posting', () => {
  it('leaves the escalation pending; a re-run waits for it, then completes it once', async () => {
    const incident = world.incident('[FIRING:1] PostgresqlDown (db-1 critical)');
    const event = dispatch(incident, 'incident.triggered');
    const crashing: SlackApi = Object.create(world.deps.slack);
    crashing.postMessage = async (message) => {
      await world.deps.slack.postMessage(message);
      throw new Error('runner lost');
    };
    await expect(runAlert({ ...world.deps, slack: crashing }, world.settings, event)).rejects.toThrow(
      'runner lost',
    );
    const top = world.slack.messages()[0]!;
    expect(allText(top)).toContain('escalating in PagerDuty');
    expect(world.pd.escalations).toEqual([]);

    const rerun = await runAlert(world.deps, world.settings, event);
    expect(rerun).toMatchObject({ action: 'duplicate', messageTs: top.ts, undone: [] });
    expect(world.pd.escalations).toHaveLength(1);
    expect(allText(top)).toContain('escalated in PagerDuty');
    expect(world.clock.sleeps.reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(world.slack.messages()).toHaveLength(1);
  });
});

describe('two escalations in the same millisecond', () => {
  /**
   * An incident with its message posted; then a person escalates it to level 2 (Dan) and, in the same millisecond, an
   * API call escalates it to level 3 (Carol). PagerDuty's incident carries no level: it is read off the people on it.
   */
  async function escalatedTwiceAtOnce(): Promise<{ toLevel2: DispatchPayload; toLevel3: DispatchPayload }> {
    world.pd.addOnCall({
      userId: world.carol.id,
      escalationPolicyId: world.policyId,
      level: 3,
      start: null,
      end: null,
    });
    const incident = world.incident('[FIRING:1] KubePodCrashLooping (api)');
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    world.clock.advance(60_000);
    const at = world.clock.now().toISOString();
    const base = dispatch(incident, 'incident.escalated').incident;
    const escalation = (id: string, assignee: FakeUser) =>
      dispatch(incident, 'incident.escalated', {
        id,
        agent: null,
        occurred_at: at,
        incident: { ...base, assignees: [{ id: assignee.id, name: assignee.name }] },
      });
    const stored = world.pd.getIncident(incident.id)!;
    stored.escalationLevel = 3;
    stored.assigneeIds = [world.carol.id];
    world.clock.advance(5_000);
    return { toLevel2: escalation('to-2', world.dan), toLevel3: escalation('to-3', world.carol) };
  }

  it('the status line shows the level PagerDuty has now, whichever run writes last', async () => {
    const { toLevel2, toLevel3 } = await escalatedTwiceAtOnce();
    // The level-3 event's run comes first; the level-2 delivery arrives late.
    await runAlert(world.deps, world.settings, toLevel3);
    await runAlert(world.deps, world.settings, toLevel2);
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    expect(statusLine(top)).toContain('escalated to level 3');
  });

  it('replayed in the other order, it ends the same', async () => {
    const { toLevel2, toLevel3 } = await escalatedTwiceAtOnce();
    await runAlert(world.deps, world.settings, toLevel2);
    await runAlert(world.deps, world.settings, toLevel3);
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    expect(statusLine(top)).toContain('escalated to level 3');
  });
});

describe('who is on call, in the top message', () => {
  it('incident.delegated: replies with the new policy and the On call field shows its on-call', async () => {
    const incident = world.incident('Disk full');
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const database = world.pd.addEscalationPolicy({
      name: 'Database',
      rules: [{ targets: [{ type: 'user', id: world.dan.id }] }],
    });
    world.pd.addOnCall({
      userId: world.dan.id,
      escalationPolicyId: database.id,
      level: 1,
      start: null,
      end: null,
    });
    const stored = world.pd.getIncident(incident.id)!;
    stored.escalationPolicyId = database.id;
    stored.assigneeIds = [world.dan.id];
    const base = dispatch(incident, 'incident.delegated');
    const result = await runAlert(world.deps, world.settings, {
      ...base,
      incident: { ...base.incident, escalation_policy: { id: database.id, name: 'Database' } },
    });

    expect(result.action).toBe('replied');
    const [entry] = world.slack.channelTranscript(CHANNEL);
    expect(entry!.replies.map((r) => r.text)).toEqual([
      ':twisted_rightwards_arrows: Moved to escalation policy *Database* by *Alice Example*. Now on call: <@U0DAN>',
    ]);
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    expect(allText(top)).toContain('*On call*\n<@U0DAN>');
    expect(allText(top)).not.toContain('<@U0ALICE>');
  });

  it('incident.reassigned to someone without a Slack account: reply and On call name the assignee from the event', async () => {
    const incident = world.incident('Disk full');
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    world.pd.getIncident(incident.id)!.assigneeIds = [world.carol.id];
    const base = dispatch(incident, 'incident.reassigned');
    await runAlert(world.deps, world.settings, {
      ...base,
      incident: { ...base.incident, assignees: [{ id: world.carol.id, name: 'Carol <Contractor>' }] },
    });
    const [entry] = world.slack.channelTranscript(CHANNEL);
    expect(entry!.replies.map((r) => r.text)).toEqual([
      ':busts_in_silhouette: Reassigned to Carol &lt;Contractor&gt; by *Alice Example*.',
    ]);
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    expect(allText(top)).toContain('*On call*\nCarol &lt;Contractor&gt;');
  });
});

describe('alert --dry-run of a later event', () => {
  it('prints the reply it would post at once, without waiting for a message that is not there', async () => {
    const incident = world.incident('Disk full');
    const result = await runAlert(
      world.deps,
      { ...world.settings, dryRun: true },
      dispatch(incident, 'incident.acknowledged'),
    );
    expect(result.action).toBe('dry-run');
    expect(result.messages.map((m) => [m.threadTs, m.text])).toEqual([
      ['(the incident message)', ':eyes: Acknowledged by *Alice Example*.'],
    ]);
    expect(world.clock.sleeps).toEqual([]);
    expect(world.log.text()).not.toContain('Waiting for the message');
    expect(world.slack.messages()).toEqual([]);
  });
});

describe('what the alert itself says', () => {
  it("shows Alertmanager's summary, labels, runbook_url and graph link from the incident's alerts", async () => {
    const incident = world.incident('[FIRING:1] NodeDiskFull (db-1 critical)');
    // The shape Alertmanager's default PagerDuty template sends (custom_details.firing), as PagerDuty stores it.
    world.pd.addAlert(incident.id, {
      summary: '[FIRING:1] NodeDiskFull (db-1 critical)',
      details: {
        firing:
          'Labels:\n - alertname = NodeDiskFull\n - instance = db-1:9100\n - severity = critical\n' +
          'Annotations:\n - description = Disk / is 97% full\n  on db-1\n - runbook_url = https://runbooks.example/node-disk-full\n' +
          ' - summary = Disk almost full on <db-1>\nSource: https://prometheus.example/graph?g0.expr=node_filesystem\n',
        num_firing: '1',
        num_resolved: '0',
        resolved: '',
      },
      cefDetails: { client: 'Alertmanager', client_url: 'https://alertmanager.example/#/alerts' },
    });
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    const text = allText(top);
    expect(text).toContain(
      '*From the alert*\n>Disk almost full on &lt;db-1&gt;\n>Disk / is 97% full\n>on db-1\n`instance` db-1:9100 · `severity` critical',
    );
    expect(text).toContain(
      ':link: Links: <https://runbooks.example/node-disk-full|Runbook> · ' +
        '<https://prometheus.example/graph?g0.expr=node_filesystem|Graph> · <https://alertmanager.example/#/alerts|Alertmanager>',
    );
    // No shipped runbook matches: the alert's own runbook is offered first.
    expect(text).toContain('The alert links its own runbook: <https://runbooks.example/node-disk-full|');
  });
});

describe('language: ja', () => {
  it('the incident message, its replies and its status line are in Japanese', async () => {
    const settings = { ...world.settings, language: 'ja' as const };
    const incident = world.incident('Disk full');
    await runAlert(world.deps, settings, dispatch(incident, 'incident.triggered'));
    await runAlert(world.deps, settings, dispatch(incident, 'incident.resolved'));
    const [entry] = world.slack.channelTranscript(CHANNEL);
    expect(entry!.replies.map((r) => r.text)).toEqual([
      ':white_check_mark: *Alice Example* が解決しました。',
    ]);
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    expect(allText(top)).toContain(':white_check_mark: *[解決済み]* *~Disk full~*');
    expect(statusLine(top)).toContain('*解決済み*');
    expect(top.text.startsWith('解決済み: ')).toBe(true);
  });
});

describe('routing', () => {
  const DB_CHANNEL = 'C0DATABASE';

  async function routedWorld(routes?: AlertSettings['routes']) {
    world.slack.addChannel({ id: DB_CHANNEL, name: 'team-data' });
    const routed: IndexedRunbook[] = RUNBOOKS.map((r) =>
      r.id === 'database-down' ? { ...r, escalateTo: undefined, slackChannel: DB_CHANNEL } : r,
    );
    const loaded: LoadedRunbooks = loadedFromIndex(
      {
        format: INDEX_FORMAT,
        version: 1,
        source: { repository: 'acme/ops', commit: null, dir: 'runbooks' },
        runbooks: routed,
      },
      'published index',
    );
    const deps: AlertDeps = { ...world.deps, runbooks: async () => loaded };
    return { deps, settings: { ...world.settings, ...(routes ? { routes } : {}) } };
  }

  it("a runbook's slack_channel: the message and every later event's reply go to that channel", async () => {
    const { deps, settings } = await routedWorld();
    const incident = world.incident('[FIRING:1] PostgresqlDown (db-1 critical)');
    const posted = await runAlert(deps, settings, dispatch(incident, 'incident.triggered'));
    await runAlert(deps, settings, dispatch(incident, 'incident.acknowledged'));
    await runAlert(deps, settings, dispatch(incident, 'incident.resolved'));

    expect(world.slack.channelTranscript(CHANNEL)).toEqual([]);
    const [entry] = world.slack.channelTranscript(DB_CHANNEL);
    expect(entry!.ts).toBe(posted.threadTs);
    expect(entry!.replies.map((r) => r.text)).toEqual([
      ':eyes: Acknowledged by *Alice Example*.',
      ':white_check_mark: Resolved by *Alice Example*.',
    ]);
    expect(world.log.text()).toContain(`goes to ${DB_CHANNEL} (runbook database-down)`);
  });

  it('a service route sends the incident to the service channel; an unrouted one stays in the default', async () => {
    const { deps, settings } = await routedWorld({
      services: new Map([['checkout api', DB_CHANNEL]]),
      teams: new Map(),
    });
    const incident = world.incident('Disk full');
    await runAlert(deps, settings, dispatch(incident, 'incident.triggered'));
    await runAlert(deps, settings, dispatch(incident, 'incident.annotated', { note: 'on it' }));
    const [entry] = world.slack.channelTranscript(DB_CHANNEL);
    expect(entry!.replies.map((r) => r.text)).toEqual([':memo: Note by *Alice Example*:\n>on it']);
    expect(world.slack.channelTranscript(CHANNEL)).toEqual([]);
  });

  it('a route changed after the message was posted: later events still find it and reply there', async () => {
    const incident = world.incident('[FIRING:1] PostgresqlDown (db-1 critical)');
    const plain = { ...world.settings, fromEmail: undefined };
    await runAlert(world.deps, plain, dispatch(incident, 'incident.triggered'));
    const { deps, settings } = await routedWorld();
    await runAlert(deps, { ...settings, fromEmail: undefined }, dispatch(incident, 'incident.acknowledged'));
    const [entry] = world.slack.channelTranscript(CHANNEL);
    expect(entry!.replies.map((r) => r.text)).toEqual([':eyes: Acknowledged by *Alice Example*.']);
    expect(world.slack.channelTranscript(DB_CHANNEL)).toEqual([]);
  });
});

describe('two runs of one incident writing the status line at once', () => {
  /**
   * A Slack client for a run that read the incident message before another run's write landed: its reads of that one
   * message return the older copy until its own first write, as when both runs read before either wrote.
   */
  function readingBefore(slack: SlackApi, stale: Awaited<ReturnType<SlackApi['readHistory']>>): SlackApi {
    let wrote = false;
    return new Proxy(slack, {
      get(target, key, receiver) {
        if (key === 'readHistory') {
          return async (...args: Parameters<SlackApi['readHistory']>) => {
            const [, query] = args;
            if (!wrote && query.oldest !== undefined && query.oldest === query.latest) return stale;
            return target.readHistory(...args);
          };
        }
        if (key === 'updateMessage') {
          return async (...args: Parameters<SlackApi['updateMessage']>) => {
            const answer = await target.updateMessage(...args);
            wrote = true;
            return answer;
          };
        }
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  it('who acknowledged it survives a run that overwrote the line from an older read', async () => {
    const incident = world.incident('Disk full');
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    const before = await world.deps.slack.readHistory(CHANNEL, {
      oldest: top.ts,
      latest: top.ts,
      inclusive: true,
      limit: 1,
    });
    world.clock.advance(60_000);
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.acknowledged'));
    const topNow = () => world.slack.messages().find((m) => m.ts === top.ts)!;
    expect(statusLine(topNow())).toContain('Alice Example');

    // A note's run read the message before the acknowledgement was written, and writes after it.
    world.clock.advance(1_000);
    const slack = readingBefore(world.deps.slack, before);
    await runAlert({ ...world.deps, slack }, world.settings, {
      ...dispatch(incident, 'incident.annotated'),
      agent: { id: world.dan.id, name: 'Dan Example', type: 'user_reference' },
      note: 'Looking at the disk',
    });

    const line = statusLine(topNow());
    expect(line).toContain('*Acknowledged*');
    expect(line).toContain('Alice Example');
  });
});

describe('escalate_to is never sent again after PagerDuty escalated the incident', () => {
  it('a re-run does not escalate an incident escalated and then reassigned to a level-1 person before its event came', async () => {
    const incident = world.incident('[FIRING:1] PostgresqlDown (db-1 critical)');
    world.pd.server.inject(
      { method: 'PUT', path: `/incidents/${incident.id}`, times: 1 },
      { kind: 'status', status: 403, body: { error: { message: 'Access Denied', code: 2010 } } },
    );
    const event = dispatch(incident, 'incident.triggered');
    await runAlert(world.deps, world.settings, event);
    expect(world.pd.escalations).toEqual([]);

    // PagerDuty's timeout escalates it to level 2, then someone hands it to a level-1 person; neither event has been
    // delivered yet, so the message knows nothing of them and the people on the incident say level 1.
    world.clock.advance(60_000);
    world.pd.escalate(incident.id, 2, null);
    world.clock.advance(1_000);
    world.pd.reassign(incident.id, [world.alice.id], world.alice.id);

    const rerun = await runAlert(world.deps, world.settings, event);
    expect(world.pd.escalations).toEqual([]);
    expect(rerun.undone).toEqual([]);
    const top = world.slack.expectMessage((m) => m.threadTs === undefined, 'the incident message');
    expect(allText(top)).toContain('PagerDuty has it at level 2 already');
  });
});

describe('a run that could not read PagerDuty at first', () => {
  it('reads it again before writing the status line, so the line follows PagerDuty and not the event alone', async () => {
    const incident = world.incident('Disk full');
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.triggered'));
    world.clock.advance(60_000);
    await runAlert(world.deps, world.settings, dispatch(incident, 'incident.acknowledged'));
    world.clock.advance(60_000);
    // Handing the incident to Dan triggers it again for him.
    world.pd.reassign(incident.id, [world.dan.id], world.alice.id);
    // Every retry of the run's first read of the incident fails; PagerDuty answers again afterwards.
    world.pd.server.inject(
      { method: 'GET', path: `/incidents/${incident.id}`, times: 4 },
      { kind: 'status', status: 500, body: { error: { message: 'Internal Server Error' } } },
    );
    const base = dispatch(incident, 'incident.reassigned');
    await runAlert(world.deps, world.settings, {
      ...base,
      incident: { ...base.incident, assignees: [{ id: world.dan.id, name: world.dan.name }] },
    });

    const top = world.slack.messages().find((m) => m.threadTs === undefined)!;
    expect(statusLine(top)).toContain('*Triggered*');
  });
});
