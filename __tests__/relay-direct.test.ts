/**
 * Direct mode: the relay runs the alert itself (src/relay/direct.ts) with the published index cached with its ETag
 * (src/relay/index-cache.ts), against the loopback fakes through the real adapters.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIncidentLock } from '../src/alert/lookup.js';
import { runAlert } from '../src/alert/run.js';
import { systemClock, type Clock } from '../src/clock.js';
import { FakeClock } from '../src/fakes/clock.js';
import { createAlertWorld } from '../src/fakes/alert-world.js';
import { FakeGitHub } from '../src/fakes/github.js';
import type { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { type FakeIncident } from '../src/fakes/pagerduty.js';
import type { FakeSlack } from '../src/fakes/slack.js';
import { createGitHubClient } from '../src/github/client.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import { createDirectSink, type DirectSinkOptions } from '../src/relay/direct.js';
import { createRelayHandler, type RelayHandlerDeps } from '../src/relay/handler.js';
import { PublishedIndexCache } from '../src/relay/index-cache.js';
import { toDispatch } from '../src/dispatch/from-webhook.js';
import { signBody } from '../src/relay/signature.js';
import { serializeIndex } from '../src/runbooks/index-file.js';
import type { RunbookIndex } from '../src/runbooks/types.js';
import { createSlackClient } from '../src/slack/client.js';
import { UserDirectory } from '../src/slack/user-directory.js';

const CHANNEL = 'C0ONCALL';
const SECRET = 'whsec_direct_mode_secret_1234';
const INDEX_BRANCH = 'oncall-runbooks-index';
const INDEX_PATH = 'index.json';
const webhooks = JSON.parse(
  readFileSync(join(process.cwd(), '__tests__/fixtures/alert/webhooks-v3.json'), 'utf8'),
) as Record<string, { event: Record<string, unknown> }>;

const INDEX: RunbookIndex = {
  format: 'oncall-runbooks/index',
  version: 1,
  source: { repository: 'acme/oncall', commit: '0123456789abcdef0123456789abcdef01234567', dir: 'runbooks' },
  runbooks: [
    {
      id: 'kube-pod-crash-looping',
      title: 'Pod is crash-looping',
      doc: 'kube-pod-crash-looping.md',
      owner: '@platform-team',
      priority: 0,
      match: { any: ['KubePodCrashLooping'], all: [], none: [], regex: [], services: [] },
    },
  ],
};

let clock: FakeClock;
let pd: FakePagerDuty;
let slack: FakeSlack;
let github: FakeGitHub;
let log: MemoryLogger;
let incident: FakeIncident;

beforeEach(async () => {
  clock = new FakeClock('2026-11-26T01:00:00Z');
  const world = createAlertWorld({
    channel: CHANNEL,
    clock,
    incident: {
      id: 'PGR0VU2',
      title: '[FIRING:1] KubePodCrashLooping (api 10.2.1.14:8443 kube-state-metrics payments warning)',
      service: { id: 'PF9KMXH', name: 'API Service' },
    },
  });
  ({ pd, slack } = world);
  incident = world.incident!;
  github = new FakeGitHub();
  github.setFile(INDEX_BRANCH, INDEX_PATH, JSON.stringify(INDEX));
  await Promise.all([pd.start(), slack.start(), github.start()]);
  log = new MemoryLogger();
});

afterEach(async () => {
  await Promise.all([pd.stop(), slack.stop(), github.stop()]);
});

function indexCache(revalidateAfterMs?: number): PublishedIndexCache {
  return new PublishedIndexCache({
    github: createGitHubClient({
      token: github.token,
      repository: github.repository,
      apiUrl: github.url,
      clock,
      log,
    }),
    branch: INDEX_BRANCH,
    path: INDEX_PATH,
    clock,
    log,
    ...(revalidateAfterMs !== undefined ? { revalidateAfterMs } : {}),
  });
}

function adapters(runClock: Clock = clock) {
  return {
    pagerduty: createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock: runClock, log }),
    slack: createSlackClient({ token: slack.token, apiUrl: slack.url, clock: runClock, log }),
  };
}

/**
 * A direct-mode relay. The handler's own clock never fires the answer deadline unless `handlerClock` says otherwise;
 * the alert run's clock moves by itself (its waits are instant).
 */
function directRelay(
  options: { sink?: Partial<DirectSinkOptions>; handler?: Partial<RelayHandlerDeps>; runClock?: Clock } = {},
) {
  const cache = indexCache();
  const sink = createDirectSink({
    alert: {
      ...adapters(options.runClock),
      runbooks: () => cache.load(),
      clock: options.runClock ?? clock,
      log,
    },
    settings: { channel: CHANNEL },
    postIntervalMs: 0,
    ...options.sink,
  });
  const handler = createRelayHandler({
    secrets: [SECRET],
    sink,
    log,
    clock: new FakeClock('2026-11-26T01:00:00Z', false),
    ...options.handler,
  });
  return { handler, sink, cache };
}

/** A webhook body for the fake's incident, happening now. */
function webhook(kind: 'triggered' | 'acknowledged' = 'triggered', eventId?: string, at: Date = clock.now()) {
  const body = structuredClone(webhooks[kind]!);
  body.event.occurred_at = at.toISOString();
  if (eventId) body.event.id = eventId;
  const data = body.event.data as Record<string, unknown>;
  if (kind === 'triggered') data.title = incident.title;
  return JSON.stringify(body);
}

function signed(body: string, webhookId = 'wh-1'): Request {
  return new Request('http://relay.test/', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-pagerduty-signature': signBody(body, SECRET),
      'x-webhook-id': webhookId,
    },
  });
}

const topMessages = () => slack.messages(CHANNEL).filter((m) => m.threadTs === undefined);

describe('relay direct mode', () => {
  it('posts the incident to Slack itself with the matched runbook and answers 200 once posted; no dispatch', async () => {
    const { handler } = directRelay();
    const response = await handler(signed(webhook()));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'posted', event_type: 'pagerduty.incident.triggered' });
    const top = slack.expectMessage((m) => m.channel === CHANNEL, 'the incident message');
    slack.assertNoUnexpectedMessages();
    expect(top.text).toContain('<@U0ALICE>');
    expect(JSON.stringify(top.blocks)).toContain('kube-pod-crash-looping');
    expect(github.dispatches).toHaveLength(0);
    expect(log.text()).toMatch(/relay: handled status=200 .*posted ts=/);
  });

  it('a redelivery of the event, and a second delivery of the same event under another webhook id, post nothing more', async () => {
    const { handler } = directRelay();
    const body = webhook();
    expect((await handler(signed(body, 'wh-1'))).status).toBe(200);
    const again = await handler(signed(body, 'wh-1'));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'duplicate' });
    // A fresh relay (a restart) has forgotten the event: the Slack metadata still finds the earlier post.
    const restarted = directRelay();
    const afterRestart = await restarted.handler(signed(body, 'wh-2'));
    expect(afterRestart.status).toBe(200);
    expect(await afterRestart.json()).toMatchObject({ status: 'duplicate' });
    expect(topMessages()).toHaveLength(1);
  });

  it('a later event replies in the thread of the message it posted', async () => {
    const { handler } = directRelay();
    expect((await handler(signed(webhook('triggered')))).status).toBe(200);
    pd.getIncident(incident.id)!.status = 'acknowledged';
    const response = await handler(signed(webhook('acknowledged'), 'wh-2'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'replied' });
    const [top] = topMessages();
    expect(slack.messages(CHANNEL).filter((m) => m.threadTs === top!.ts)).toHaveLength(1);
  });

  it('migration: a direct relay and an Actions-mode alert run for the same incident at once post one message', async () => {
    const { handler } = directRelay();
    const body = webhook();
    // The Actions run is another process: its own incident lock, its own clients; only Slack is shared.
    const actionsRun = runAlert(
      {
        ...adapters(),
        users: new UserDirectory({ slack: adapters().slack, log }),
        runbooks: () => indexCache().load(),
        clock,
        log,
        incidentLock: createIncidentLock(),
      },
      { channel: CHANNEL },
      toDispatch(JSON.parse(body), 'wh-1', clock.now()).payload,
    );
    const [response, actions] = await Promise.all([handler(signed(body)), actionsRun]);
    expect(response.status).toBe(200);
    expect(topMessages()).toHaveLength(1);
    const answered = ((await response.json()) as { status: string }).status;
    // One of the two posted and stayed; the other found it or settled to it.
    expect([answered, actions.action].sort()).toEqual(['duplicate', 'posted']);
    slack.expectMessage((m) => m.channel === CHANNEL, 'the one incident message');
    slack.assertNoUnexpectedMessages();
  });

  it('answers 503 when the run outlives the deadline, finishes it anyway, and the retry posts nothing more', async () => {
    slack.inject('chat.postMessage', { kind: 'delay', ms: 400 });
    const { handler, sink } = directRelay({
      handler: { clock: systemClock, deadlineMs: 150, replay: { now: () => clock.now() } },
    });
    const body = webhook();
    const first = await handler(signed(body));
    expect(first.status).toBe(503);
    expect(sink.running).toBe(1);
    // A retry while the run goes on joins it instead of starting another.
    const joined = handler(signed(body, 'wh-1'));
    await sink.idle();
    expect(topMessages()).toHaveLength(1);
    expect(log.text()).toMatch(/finished after its answer: posted/);
    const retried = await joined;
    expect([200, 503]).toContain(retried.status);
    const later = await handler(signed(body, 'wh-1'));
    expect(later.status).toBe(200);
    expect(await later.json()).toMatchObject({ status: expect.stringMatching(/duplicate/) });
    expect(topMessages()).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('bounds the runs: with every run slot and waiting place taken, another incident is answered 503 at once', async () => {
    slack.inject('chat.postMessage', { kind: 'delay', ms: 300 });
    const other = pd.addIncident({
      id: 'PSECOND',
      title: 'Disk full on db-1',
      escalationPolicyId: 'PUS0KTE',
      service: { id: 'PF9KMXH', name: 'API Service' },
    });
    const { handler, sink } = directRelay({ sink: { maxConcurrentRuns: 1, maxWaitingRuns: 0 } });
    const slow = handler(signed(webhook('triggered', '01SLOW')));
    while (sink.running === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const body = JSON.parse(webhook('triggered', '01OTHER')) as { event: { data: Record<string, unknown> } };
    body.event.data.id = other.id;
    body.event.data.title = other.title;
    const refused = await handler(signed(JSON.stringify(body), 'wh-other'));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect((await slow).status).toBe(200);
    expect(topMessages()).toHaveLength(1);
  });

  it('answers 502 when the post is done but escalate_to failed, and the retry completes the escalation', async () => {
    const bob = pd.addUser({ name: 'Bob Second', email: 'bob@example.com' });
    pd.addUser({ name: 'Relay Bot', email: 'bot@example.com' });
    const policy = pd.addEscalationPolicy({
      id: 'PTWOLVL',
      name: 'Two levels',
      rules: [
        { targets: [{ type: 'user', id: pd.getIncident(incident.id)!.assigneeIds[0]! }] },
        { targets: [{ type: 'user', id: bob.id }] },
      ],
    });
    pd.addOnCall({ userId: bob.id, escalationPolicyId: policy.id, level: 2, start: null, end: null });
    const db = pd.addIncident({
      id: 'PDBDOWN',
      title: '[FIRING:1] PostgresqlDown (db-1 critical)',
      escalationPolicyId: policy.id,
    });
    github.setFile(
      INDEX_BRANCH,
      INDEX_PATH,
      JSON.stringify({
        ...INDEX,
        runbooks: [
          {
            id: 'database-down',
            title: 'Primary database down',
            url: 'https://wiki.example/db-down',
            owner: 'team-data',
            priority: 0,
            escalateTo: 2,
            match: { any: ['PostgresqlDown'], all: [], none: [], regex: [], services: [] },
          },
        ],
      }),
    );
    pd.server.inject(
      { method: 'PUT', path: `/incidents/${db.id}`, times: 1 },
      { kind: 'status', status: 403, body: { error: { message: 'Access Denied', code: 2010 } } },
    );
    const { handler } = directRelay({
      sink: { settings: { channel: CHANNEL, fromEmail: 'bot@example.com' } },
    });
    const body = JSON.parse(webhook('triggered', '01DBDOWN')) as { event: { data: Record<string, unknown> } };
    body.event.data.id = db.id;
    body.event.data.title = db.title;
    const text = JSON.stringify(body);
    const first = await handler(signed(text));
    expect(first.status).toBe(502);
    expect(((await first.json()) as { error: string }).error).toContain('retry');
    expect(topMessages()).toHaveLength(1);
    expect(pd.escalations).toEqual([]);
    const retry = await handler(signed(text));
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ status: 'duplicate' });
    expect(pd.escalations).toEqual([{ incidentId: db.id, level: 2, from: 'bot@example.com' }]);
    expect(topMessages()).toHaveLength(1);
  });

  it('answers 5xx and posts nothing when Slack refuses the token, without the token in the log', async () => {
    slack.inject(
      'chat.postMessage',
      { kind: 'status', status: 200, body: { ok: false, error: 'invalid_auth' } },
      5,
    );
    const { handler } = directRelay();
    const response = await handler(signed(webhook()));
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(topMessages()).toHaveLength(0);
    expect(log.text()).not.toContain(slack.token);
    expect(log.text()).not.toContain(SECRET);
  });
});

describe('published index cache', () => {
  it('reads the index once, reuses it within the revalidation interval, then asks with If-None-Match (304)', async () => {
    const cache = indexCache(30_000);
    const first = await cache.load();
    expect(first.runbooks().map((r) => r.id)).toEqual(['kube-pod-crash-looping']);
    expect(cache.etag).toMatch(/^W\/"/);
    await cache.load();
    expect(github.callsTo(/\/contents\//)).toHaveLength(1);
    clock.advance(30_000);
    const again = await cache.load();
    expect(again).toBe(first);
    const calls = github.callsTo(/\/contents\//);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.headers['if-none-match']).toBe(cache.etag);
    expect(calls[1]!.status).toBe(304);
  });

  it.each([2, 3] as const)(
    'reads a version %s index (as a release writing that version published it) and matches with it',
    async (version) => {
      github.setFile(INDEX_BRANCH, INDEX_PATH, serializeIndex(INDEX, version));
      const loaded = await indexCache().load();
      expect(loaded.version).toBe(version);
      expect(loaded.size).toBe(1);
      const matches = loaded.match({ text: '[FIRING:1] KubePodCrashLooping (api-7d9 prod)' });
      expect(matches.map((m) => m.id)).toEqual(['kube-pod-crash-looping']);
      expect(loaded.runbook('kube-pod-crash-looping')?.title).toBe(INDEX.runbooks[0]!.title);
    },
  );

  it('picks up a newly published index at the next look', async () => {
    const cache = indexCache(0);
    await cache.load();
    const before = cache.etag;
    github.setFile(
      INDEX_BRANCH,
      INDEX_PATH,
      JSON.stringify({ ...INDEX, runbooks: [{ ...INDEX.runbooks[0]!, id: 'pod-crash-v2' }] }),
    );
    const loaded = await cache.load();
    expect(loaded.runbooks().map((r) => r.id)).toEqual(['pod-crash-v2']);
    expect(cache.etag).not.toBe(before);
  });

  it('callers arriving during a look share it', async () => {
    const cache = indexCache();
    const [a, b, c] = await Promise.all([cache.load(), cache.load(), cache.load()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(github.callsTo(/\/contents\//)).toHaveLength(1);
  });

  it('uses the cached index when GitHub fails, logs it, and looks again at the next event', async () => {
    const cache = indexCache(0);
    const first = await cache.load();
    github.server.inject(
      { path: /\/contents\//, times: 1 },
      { kind: 'status', status: 502, body: 'Bad gateway' },
    );
    expect(await cache.load()).toBe(first);
    expect(log.text()).toMatch(/could not refresh the runbook index .*using the cached one/);
    expect(await cache.load()).toBe(first);
    expect(github.callsTo(/\/contents\//)).toHaveLength(3);
  });

  it('with no index at all, the incident is posted without runbooks and the message says why', async () => {
    github.server.inject(
      { path: /\/contents\//, times: 10 },
      { kind: 'status', status: 502, body: 'Bad gateway' },
    );
    const { handler } = directRelay();
    const response = await handler(signed(webhook()));
    expect(response.status).toBe(200);
    const top = slack.expectMessage((m) => m.channel === CHANNEL, 'the incident message');
    expect(JSON.stringify(top.blocks)).toContain('runbook index unavailable');
    expect(JSON.stringify(top.blocks)).not.toContain('kube-pod-crash-looping');
    expect(log.text()).toMatch(/no runbook index .*posting without runbooks/);
  });
});
