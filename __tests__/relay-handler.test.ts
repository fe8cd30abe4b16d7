import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock, type Clock } from '../src/clock.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { createGitHubClient } from '../src/github/client.js';
import { MemoryLogger } from '../src/log.js';
import { createRelayHandler, type RelayHandlerDeps } from '../src/relay/handler.js';
import { signBody } from '../src/relay/signature.js';

const fixtures = join(process.cwd(), '__tests__', 'fixtures', 'webhooks');
const read = (name: string) => readFileSync(join(fixtures, name));
const SECRET = 'whsec_relay_secret_A1B2C3';
/** Shortly after the fixtures' events (2020-10-02 18:40–19:05 UTC), so none is past the replay horizon. */
const FIXTURE_TIME = '2020-10-02T19:10:00Z';
const OLD_SECRET = 'whsec_relay_secret_OLD999';

let gh: FakeGitHub;
let log: MemoryLogger;

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
  log = new MemoryLogger();
});

afterEach(async () => {
  await gh.stop();
});

/** A handler wired to the fake through the real client. The fake clock never fires the deadline unless moved. */
function relay(overrides: Partial<RelayHandlerDeps> & { clock?: Clock } = {}) {
  const clock = overrides.clock ?? new FakeClock(FIXTURE_TIME, false);
  return createRelayHandler({
    secrets: [SECRET],
    github: createGitHubClient({ token: gh.token, repository: gh.repository, apiUrl: gh.url, log, clock }),
    log,
    clock,
    ...overrides,
  });
}

function post(body: Uint8Array | string, headers: Record<string, string> = {}, path = '/'): Request {
  return new Request(`http://relay.test${path}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : new Uint8Array(body),
    headers,
  });
}

function signed(body: Uint8Array | string, secret = SECRET, extra: Record<string, string> = {}): Request {
  return post(body, {
    'content-type': 'application/json',
    'x-pagerduty-signature': signBody(body, secret),
    'x-webhook-id': 'wh-0001',
    ...extra,
  });
}

describe('relay handler: signatures', () => {
  it('W1: accepts v1=<bad>,v1=<good> and forwards the event to repository_dispatch', async () => {
    const body = read('incident.triggered.json');
    const response = await relay()(
      post(body, {
        'x-pagerduty-signature': `v1=${'0'.repeat(64)},${signBody(body, SECRET)}`,
        'x-webhook-id': 'wh-1',
      }),
    );
    expect(response.status).toBe(200);
    expect(gh.dispatches).toHaveLength(1);
    expect(gh.dispatches[0]!.event_type).toBe('pagerduty.incident.triggered');
    expect(gh.dispatches[0]!.client_payload.webhook_id).toBe('wh-1');
  });

  it('W2: rejects a body with one byte changed, and dispatches nothing', async () => {
    const body = read('incident.triggered.json');
    const header = signBody(body, SECRET);
    const changed = Buffer.from(body);
    changed[changed.indexOf('triggered')] = 'T'.charCodeAt(0);
    const response = await relay()(post(changed, { 'x-pagerduty-signature': header }));
    expect(response.status).toBe(401);
    expect(gh.dispatches).toHaveLength(0);
    expect(gh.calls).toHaveLength(0);
  });

  it.each([
    ['missing', {}],
    ['malformed', { 'x-pagerduty-signature': 'sha256=abc' }],
    [
      'signed with an unknown secret',
      { 'x-pagerduty-signature': signBody(read('incident.triggered.json'), 'nope') },
    ],
  ])('W3: a %s signature → 401 that names no secret, nothing dispatched', async (_name, headers) => {
    const response = await relay({ secrets: [SECRET, OLD_SECRET] })(
      post(read('incident.triggered.json'), headers),
    );
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).toBe('{"error":"invalid signature"}');
    expect(gh.calls).toHaveLength(0);
    expect(log.text()).toMatch(/relay: signature-(missing|malformed|mismatch) status=401/);
  });

  it('accepts either secret during a rotation on our side', async () => {
    const handler = relay({ secrets: [SECRET, OLD_SECRET] });
    expect((await handler(signed(read('incident.acknowledged.json'), OLD_SECRET))).status).toBe(200);
    expect((await handler(signed(read('incident.resolved.json'), SECRET))).status).toBe(200);
    expect(gh.dispatches).toHaveLength(2);
  });

  it('refuses to start without a secret', () => {
    expect(() => relay({ secrets: [] })).toThrow('at least one webhook signing secret');
  });
});

describe('relay handler: events', () => {
  // Read off each fixture by hand: event id, time, incident status, agent.
  const CRASH_LOOP_TITLE =
    '[FIRING:1] KubePodCrashLooping (api 10.2.1.14:8443 kube-state-metrics payments checkout-api-7d9f8b6c5-x2k4p monitoring/k8s warning)';
  const SERVICE_AGENT = { id: 'PF9KMXH', name: 'API Service', type: 'service_reference' };
  const ENGINEER = { id: 'PLH1HKV', name: 'Tenex Engineer', type: 'user_reference' };
  it.each([
    [
      'incident.triggered.json',
      '01DEN9P6Q1XV2K7M3ZB0A8C4TR',
      '2020-10-02T18:40:02.114Z',
      'triggered',
      SERVICE_AGENT,
    ],
    [
      'incident.acknowledged.json',
      '01DEN9QB7S3W1M0Y8F4K2H6PZQ',
      '2020-10-02T18:42:10.502Z',
      'acknowledged',
      ENGINEER,
    ],
    ['incident.escalated.json', '01DEN9RXG2C5V7N1T0W3J8K9LA', '2020-10-02T18:55:02.000Z', 'triggered', null],
    [
      'incident.resolved.json',
      '01DEN9TC4H8B2Q6R1X5M7Y0NEV',
      '2020-10-02T19:05:31.877Z',
      'resolved',
      SERVICE_AGENT,
    ],
    [
      'incident.priority_updated.json',
      '5ac64822-4adc-4fda-ade0-410becf0de4f',
      '2020-10-02T18:45:22.169Z',
      'triggered',
      ENGINEER,
    ],
    ['incident.annotated.json', '01DEN9S0NOTE00000000000001', '2020-10-02T18:50:00.000Z', '', ENGINEER],
    [
      'incident.triggered.datadog.json',
      '01DENA0000DATADOG0000000001',
      '2020-10-02T18:45:22.169Z',
      'triggered',
      SERVICE_AGENT,
    ],
  ])(
    'golden: %s is forwarded as one dispatch of its event',
    async (file, eventId, occurredAt, status, agent) => {
      const response = await relay()(signed(read(file)));
      expect(response.status).toBe(200);
      const eventType = file.replace(/^(incident\.[a-z_]+)\..*$/, '$1');
      expect(gh.dispatches).toHaveLength(1);
      const [dispatch] = gh.dispatches;
      expect(dispatch).toMatchObject({
        event_type: `pagerduty.${eventType}`,
        client_payload: {
          v: 1,
          webhook_id: 'wh-0001',
          event_id: eventId,
          event_type: eventType,
          occurred_at: occurredAt,
          incident: { id: 'PGR0VU2', status, html_url: 'https://acme.pagerduty.com/incidents/PGR0VU2' },
          agent,
        },
      });
    },
  );

  it('golden: the triggered event is forwarded with every field the alert run reads', async () => {
    await relay()(signed(read('incident.triggered.json')));
    expect(gh.dispatches).toEqual([
      {
        event_type: 'pagerduty.incident.triggered',
        bytes: expect.any(Number),
        client_payload: {
          v: 1,
          webhook_id: 'wh-0001',
          event_id: '01DEN9P6Q1XV2K7M3ZB0A8C4TR',
          event_type: 'incident.triggered',
          occurred_at: '2020-10-02T18:40:02.114Z',
          incident: {
            id: 'PGR0VU2',
            title: CRASH_LOOP_TITLE,
            status: 'triggered',
            number: 2,
            urgency: 'high',
            html_url: 'https://acme.pagerduty.com/incidents/PGR0VU2',
            service: { id: 'PF9KMXH', name: 'API Service' },
            escalation_policy: { id: 'PUS0KTE', name: 'Default' },
            priority: null,
            assignees: [{ id: 'PTUXL6G', name: 'User 123' }],
          },
          agent: SERVICE_AGENT,
        },
      },
    ]);
  });

  it('W6: acknowledges an unhandled event type with 202 and ignores it', async () => {
    const response = await relay()(signed(read('service.updated.json')));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ status: 'ignored', event_type: 'service.updated' });
    expect(gh.calls).toHaveLength(0);
    expect(log.text()).toContain(
      'relay: ignored status=202 event="01BRB6ZP4M6T8ZG4X6BP63ZB9O" type="service.updated"',
    );
  });

  it('forwards only the configured event types', async () => {
    const handler = relay({ handledEventTypes: ['incident.triggered'] });
    expect((await handler(signed(read('incident.acknowledged.json')))).status).toBe(202);
    expect((await handler(signed(read('incident.triggered.json')))).status).toBe(200);
    expect(gh.dispatches.map((d) => d.event_type)).toEqual(['pagerduty.incident.triggered']);
  });

  it('W7: forwards a 200 KB body with a 10,000-character title within GitHub limits', async () => {
    const body = JSON.parse(read('incident.triggered.json').toString('utf8')) as {
      event: { data: Record<string, unknown> };
    };
    body.event.data.title = 'T'.repeat(10_000);
    body.event.data.body = { details: 'd'.repeat(195_000) };
    const raw = JSON.stringify(body);
    expect(raw.length).toBeGreaterThan(200_000);
    const response = await relay()(signed(raw));
    expect(response.status).toBe(200);
    const sent = gh.dispatches[0]!;
    expect(sent.bytes).toBeLessThan(64 * 1024);
    expect(Object.keys(sent.client_payload).length).toBeLessThanOrEqual(10);
    const title = (sent.client_payload.incident as { title: string }).title;
    expect(title).toHaveLength(1024);
    expect(title.endsWith('…')).toBe(true);
  });

  it('answers 400 to a signed body that is not JSON, and to one that is not an incident event', async () => {
    const handler = relay();
    expect((await handler(signed('{"event": '))).status).toBe(400);
    const notIncident = JSON.stringify({
      event: { id: 'e1', event_type: 'incident.triggered', data: { type: 'x' } },
    });
    const response = await handler(signed(notIncident));
    expect(response.status).toBe(400);
    expect(gh.calls).toHaveLength(0);
  });
});

describe('relay handler: GitHub failures', () => {
  it('W8: GitHub 502 → 502 so PagerDuty retries; never a 2xx before GitHub accepted', async () => {
    gh.server.inject(
      { path: /dispatches$/ },
      { kind: 'status', status: 502, body: '<html>Bad Gateway</html>' },
    );
    const handler = relay();
    const body = read('incident.triggered.json');
    const first = await handler(signed(body));
    expect(first.status).toBe(502);
    expect(gh.dispatches).toHaveLength(0);
    // PagerDuty's retry of the same delivery then goes through.
    const retry = await handler(signed(body));
    expect(retry.status).toBe(200);
    expect(gh.dispatches).toHaveLength(1);
    expect(log.text()).toContain('relay: github-failed status=502');
  });

  it.each([
    [401, 500, { message: 'Bad credentials' }],
    [404, 500, { message: 'Not Found' }],
    [422, 500, { message: 'Invalid request.' }],
    [429, 503, { message: 'slow down' }],
  ])('GitHub %i → %i (retryable for PagerDuty, never dropped as a 4xx)', async (status, expected, body) => {
    gh.server.inject(
      { path: /dispatches$/ },
      { kind: 'status', status, body, headers: { 'retry-after': '7' } },
    );
    const response = await relay()(signed(read('incident.resolved.json')));
    expect(response.status).toBe(expected);
  });

  it('a connection reset after GitHub accepted → 502 (PagerDuty retries; the alert command dedups)', async () => {
    gh.server.inject({ path: /dispatches$/ }, { kind: 'reset-after-handling' });
    const response = await relay()(signed(read('incident.triggered.json')));
    expect(response.status).toBe(502);
    expect(gh.dispatches).toHaveLength(1);
  });

  it('W9: GitHub hangs → 503 at the deadline, well inside the 5 s PagerDuty waits', async () => {
    gh.server.inject({ path: /dispatches$/ }, { kind: 'hang' });
    const handler = relay({
      clock: systemClock,
      deadlineMs: 150,
      replay: { now: () => new Date(FIXTURE_TIME) },
    });
    const started = performance.now();
    const response = await handler(signed(read('incident.triggered.json')));
    const took = performance.now() - started;
    expect(response.status).toBe(503);
    expect(took).toBeGreaterThanOrEqual(140);
    expect(took).toBeLessThan(1_500);
    expect(log.text()).toContain('relay: deadline status=503');
  });

  it('W9 with the fake clock: the deadline counts from arrival and fires when the clock passes it', async () => {
    gh.server.inject({ path: /dispatches$/ }, { kind: 'hang' });
    const clock = new FakeClock(FIXTURE_TIME, false);
    const pending = relay({ clock, deadlineMs: 4_000 })(signed(read('incident.triggered.json')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    clock.advance(3_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    clock.advance(1);
    expect((await pending).status).toBe(503);
  });
});

describe('relay handler: routes and logs', () => {
  it('answers GET /healthz with 200 ok', async () => {
    const response = await relay()(new Request('http://relay.test/healthz'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it('serves a configured path only, and only POST there', async () => {
    const handler = relay({ path: '/pagerduty/' });
    expect((await handler(signed(read('incident.triggered.json')))).status).toBe(404);
    const body = read('incident.triggered.json');
    const atPath = post(body, { 'x-pagerduty-signature': signBody(body, SECRET) }, '/pagerduty');
    expect((await handler(atPath)).status).toBe(200);
    const get = await handler(new Request('http://relay.test/pagerduty'));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('refuses a declared body over the limit with 413 before reading it', async () => {
    const response = await relay({ maxBodyBytes: 100 })(signed('x'.repeat(101)));
    expect(response.status).toBe(413);
  });

  it('logs one line per request with event id, type, webhook id, outcome and ms — and no secret or token', async () => {
    const handler = relay({ secrets: [SECRET, OLD_SECRET] });
    await handler(signed(read('incident.triggered.json'), SECRET, { 'x-webhook-id': 'wh-42' }));
    gh.server.inject(
      { path: /dispatches$/ },
      { kind: 'status', status: 401, body: { message: 'Bad credentials' } },
    );
    await handler(signed(read('incident.resolved.json')));
    await handler(post('{}', { 'x-pagerduty-signature': 'v1=zz' }));
    const lines = log.lines.filter((l) => l.level !== 'debug');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({
      level: 'info',
      message: expect.stringMatching(
        /^relay: dispatched status=200 event="01DEN9P6Q1XV2K7M3ZB0A8C4TR" type="incident.triggered" webhook="wh-42" ms=\d+ detail="\d+ bytes"$/,
      ),
    });
    expect(lines[1]!.level).toBe('error');
    expect(lines[1]!.message).toContain('contents: write');
    expect(lines[2]!.level).toBe('warning');
    for (const secret of [SECRET, OLD_SECRET, gh.token]) expect(log.text()).not.toContain(secret);
  });
});
