/**
 * The PagerDuty adapter against the loopback fake, through the real @pagerduty/pdjs.
 * P1–P6 are the "PagerDuty client" scenarios of RELIABILITY.md; the rest pin the shapes the shift and alert paths use.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { AuthError, ConfigError, RateLimitedError, RemoteError, TransientError } from '../src/errors.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty, formatTime } from '../src/fakes/pagerduty.js';
import { MemoryLogger } from '../src/log.js';
import {
  createPagerDutyClient,
  PagerDutyNotFoundError,
  rateLimitWait,
  type PagerDutyClientOptions,
} from '../src/pagerduty/client.js';
import type { PagerDutyApi } from '../src/pagerduty/types.js';

const TOKEN = 'u+Secr3tPagerDutyKey42';
const HTML_502 =
  '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';
/** Today's shift: 10:00 JST on 26 Nov → 10:00 JST on 27 Nov. */
const SHIFT = { since: new Date('2026-11-26T01:00:00Z'), until: new Date('2026-11-27T01:00:00Z') };

let pd: FakePagerDuty;
let clock: FakeClock;
let log: MemoryLogger;
let team: ReturnType<typeof seedTeam>;

function seedTeam(fake: FakePagerDuty) {
  const alice = fake.addUser({ name: 'Alice Ito', email: 'alice@example.com', timeZone: 'Asia/Tokyo' });
  const bob = fake.addUser({ name: 'Bob Sato', email: 'bob@example.com', timeZone: 'Asia/Tokyo' });
  const carol = fake.addUser({ name: 'Carol Lee', email: 'carol@example.com' });
  const primary = fake.addSchedule({ name: 'Platform primary', timeZone: 'Asia/Tokyo' });
  const policy = fake.addEscalationPolicy({
    name: 'Platform',
    rules: [
      { delayMinutes: 15, targets: [{ type: 'schedule', id: primary.id }] },
      { delayMinutes: 30, targets: [{ type: 'user', id: carol.id }] },
    ],
  });
  fake.addOnCalls([
    // Alice's shift with Bob's 14:00–18:00 JST override cut out of it: PagerDuty reports three segments.
    {
      userId: alice.id,
      scheduleId: primary.id,
      escalationPolicyId: policy.id,
      level: 1,
      start: '2026-11-26T01:00:00Z',
      end: '2026-11-26T05:00:00Z',
    },
    {
      userId: bob.id,
      scheduleId: primary.id,
      escalationPolicyId: policy.id,
      level: 1,
      start: '2026-11-26T05:00:00Z',
      end: '2026-11-26T09:00:00Z',
    },
    {
      userId: alice.id,
      scheduleId: primary.id,
      escalationPolicyId: policy.id,
      level: 1,
      start: '2026-11-26T09:00:00Z',
      end: '2026-11-27T01:00:00Z',
    },
    // Yesterday's and tomorrow's shifts lie outside the window.
    {
      userId: bob.id,
      scheduleId: primary.id,
      escalationPolicyId: policy.id,
      level: 1,
      start: '2026-11-25T01:00:00Z',
      end: '2026-11-26T01:00:00Z',
    },
    {
      userId: bob.id,
      scheduleId: primary.id,
      escalationPolicyId: policy.id,
      level: 1,
      start: '2026-11-27T01:00:00Z',
      end: '2026-11-28T01:00:00Z',
    },
    // Carol is a direct target of level 2: permanently on call.
    { userId: carol.id, escalationPolicyId: policy.id, level: 2, start: null, end: null },
  ]);
  return { alice, bob, carol, primary, policy };
}

function client(overrides: Partial<PagerDutyClientOptions> = {}): PagerDutyApi {
  return createPagerDutyClient({ token: TOKEN, apiUrl: pd.url, clock, log, ...overrides });
}

/** Resolves to the rejection (failing the test if the promise resolved). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

beforeEach(async () => {
  clock = new FakeClock('2026-11-26T04:40:00Z');
  log = new MemoryLogger();
  pd = new FakePagerDuty({ token: TOKEN, clock, timeZone: 'Asia/Tokyo' });
  team = seedTeam(pd);
  await pd.start();
});

afterEach(async () => {
  await pd.stop();
});

describe('PagerDuty client faults (RELIABILITY P1–P6)', () => {
  it('P1 waits as long as ratelimit-reset asks (not pdjs’s fixed 20 s) and returns the right on-calls after 3 calls', async () => {
    pd.server.inject(
      { path: '/oncalls', times: 2 },
      {
        kind: 'status',
        status: 429,
        headers: { 'ratelimit-reset': '2' },
        body: { error: { message: 'Rate Limit Exceeded', code: 2020 } },
      },
    );
    const started = performance.now();

    const onCalls = await client().listOnCalls({ ...SHIFT, scheduleIds: [team.primary.id] });

    expect(onCalls.map((o) => o.user.name)).toEqual(['Alice Ito', 'Bob Sato', 'Alice Ito']);
    expect(pd.server.callsTo('/oncalls')).toHaveLength(3);
    expect(clock.sleeps).toEqual([2000, 2000]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(log.text()).toContain('waiting 2 s (ratelimit-reset: 2');
  });

  it.each<{ headers: Record<string, string>; wait: number }>([
    { headers: { 'retry-after': '3' }, wait: 3000 },
    { headers: { 'ratelimit-reset': '7', 'retry-after': '1' }, wait: 7000 },
    { headers: {}, wait: 5000 },
  ])('P1 honours the 429 headers $headers', async ({ headers, wait }) => {
    pd.server.inject(
      { path: `/schedules/${team.primary.id}` },
      { kind: 'status', status: 429, headers, body: {} },
    );

    const schedule = await client().getSchedule(team.primary.id);

    expect(schedule.name).toBe('Platform primary');
    expect(clock.sleeps).toEqual([wait]);
    expect(pd.server.callsTo(`/schedules/${team.primary.id}`)).toHaveLength(2);
  });

  it('P2 fails loudly with RateLimitedError once the wait budget is spent when PagerDuty answers 429 forever', async () => {
    pd.server.inject(
      { path: '/oncalls', times: Infinity },
      { kind: 'status', status: 429, headers: { 'ratelimit-reset': '2' } },
    );

    const error = await rejection(client({ rateLimitBudgetMs: 10_000 }).listOnCalls(SHIFT));

    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(2000);
    expect(error.message).toMatch(
      /rate limiting this API key: GET \/oncalls answered 429.*already waited 10 s and may wait at most 10 s/,
    );
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10_000);
    expect(pd.server.callsTo('/oncalls')).toHaveLength(6);
  });

  it('P2 shares one budget across the requests of a run', async () => {
    const limited = { kind: 'status', status: 429, headers: { 'retry-after': '4' } } as const;
    pd.server.inject({ path: `/schedules/${team.primary.id}`, times: 2 }, limited);
    pd.server.inject({ path: `/escalation_policies/${team.policy.id}` }, limited);
    const api = client({ rateLimitBudgetMs: 10_000 });

    await api.getSchedule(team.primary.id); // waits 4 s + 4 s
    const error = await rejection(api.getEscalationPolicy(team.policy.id)); // a third 4 s would pass 10 s

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(clock.sleeps).toEqual([4000, 4000]);
  });

  it('P3 fails the whole read when page 2 of 3 keeps answering 500 — no partial list', async () => {
    seedMany(250);
    pd.intercept((call) =>
      call.path === '/oncalls' && call.query.get('offset') === '100'
        ? { status: 500, body: { error: { message: 'Internal Server Error', code: 5000 } } }
        : undefined,
    );

    const error = await rejection(client().listOnCalls(SHIFT));

    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toContain(
      'PagerDuty answered 500 to GET /oncalls (Internal Server Error, code 5000)',
    );
    expect(error.message).toContain('Gave up after 4 attempts');
    const offsets = pd.server.callsTo('/oncalls').map((c) => c.query.get('offset'));
    expect(offsets).toEqual(['0', '100', '100', '100', '100']);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
  });

  it('P3 retries a page that failed once and still returns every on-call exactly once', async () => {
    const seeded = seedMany(250);
    let failed = false;
    pd.intercept((call) => {
      if (failed || call.query.get('offset') !== '100') return undefined;
      failed = true;
      return { status: 503, body: HTML_502 };
    });

    const onCalls = await client().listOnCalls({ ...SHIFT, escalationPolicyIds: [seeded.policyId] });

    expect(onCalls).toHaveLength(250);
    expect(new Set(onCalls.map((o) => o.user.id)).size).toBe(250);
    expect(pd.server.callsTo('/oncalls').map((c) => c.query.get('offset'))).toEqual([
      '0',
      '100',
      '100',
      '200',
    ]);
  });

  it('P4 aborts a hanging request at its deadline, retries within bounds, then fails', async () => {
    pd.server.inject({ path: '/oncalls', times: Infinity }, { kind: 'hang' });
    const started = performance.now();

    const error = await rejection(
      client({ requestTimeoutMs: 150, maxTransientRetries: 1 }).listOnCalls(SHIFT),
    );

    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toContain('PagerDuty did not answer GET /oncalls within 0.2 s');
    expect(pd.server.callsTo('/oncalls')).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(3000);
  });

  it('P4 leaves nothing that keeps the process alive once a hung request was aborted', async () => {
    // Only a real process exit proves it: pdjs's own request timer, for one, would hold the process for 30 s.
    const dir = await mkdtemp(join(tmpdir(), 'pd-p4-'));
    try {
      const entry = join(dir, 'entry.ts');
      await writeFile(
        entry,
        `import { FakePagerDuty } from ${JSON.stringify(join(ROOT, 'src/fakes/pagerduty.ts'))};
         import { createPagerDutyClient } from ${JSON.stringify(join(ROOT, 'src/pagerduty/client.ts'))};
         import { systemClock } from ${JSON.stringify(join(ROOT, 'src/clock.ts'))};
         const pd = new FakePagerDuty();
         await pd.start();
         pd.server.inject({ path: '/oncalls', times: Infinity }, { kind: 'hang' });
         const quiet = { debug() {}, info() {}, warning() {}, error() {} };
         const api = createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock: systemClock, log: quiet,
           requestTimeoutMs: 200, maxTransientRetries: 0 });
         try {
           await api.listOnCalls({ since: new Date(), until: new Date(Date.now() + 3600e3) });
         } catch (error) {
           console.log(error.name);
         }
         await pd.stop();
         console.log('stopped');`,
      );
      const bundle = join(dir, 'entry.mjs');
      const built = spawnSync(
        join(ROOT, 'node_modules/.bin/esbuild'),
        [
          entry,
          '--bundle',
          '--platform=node',
          '--format=esm',
          `--outfile=${bundle}`,
          `--alias:cross-fetch=${join(ROOT, 'src/pagerduty/cross-fetch-shim.cjs')}`,
          '--log-level=error',
        ],
        { encoding: 'utf8' },
      );
      expect(built.stderr).toBe('');

      const started = performance.now();
      const run = spawnSync(process.execPath, [bundle], { encoding: 'utf8', timeout: 15_000 });
      const elapsed = performance.now() - started;

      expect(run.stdout.split('\n')).toEqual(['TransientError', 'stopped', '']);
      expect(run.status).toBe(0);
      expect(elapsed).toBeLessThan(5_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('P4 keeps the deadline while the body is still arriving', async () => {
    pd.server.inject({ path: `/incidents/PI404`, times: Infinity }, { kind: 'delay', ms: 400 });

    const error = await rejection(
      client({ requestTimeoutMs: 100, maxTransientRetries: 0 }).getIncident('PI404'),
    );

    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toContain('did not answer GET /incidents/PI404 within 0.1 s');
  });

  it.each([401, 403])(
    'P5 a %i fails at once with AuthError and the token appears nowhere',
    async (status) => {
      if (status === 403) {
        pd.server.inject(
          {},
          {
            kind: 'status',
            status: 403,
            body: { error: { message: `Access Denied for ${TOKEN}`, code: 2010 } },
          },
        );
      }
      const api = client(status === 401 ? { token: 'u+WrongKeyButAlsoSecret9' } : {});

      const error = await rejection(api.listOnCalls(SHIFT));

      expect(error).toBeInstanceOf(AuthError);
      expect(error.message).toBe(
        `PagerDuty refused the API token (${status}) on GET /oncalls. Check the PAGERDUTY_TOKEN secret / pagerduty-token ` +
          'input; a read-only key is enough unless escalate_to is used.',
      );
      expect(pd.server.calls).toHaveLength(1);
      expect(clock.sleeps).toEqual([]);
      const everything = `${error.message}\n${error.stack}\n${log.text()}`;
      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toContain('WrongKeyButAlsoSecret');
    },
  );

  it('P5 sends the key the way PagerDuty expects it', async () => {
    await client().getSchedule(team.primary.id);

    const [call] = pd.server.calls;
    expect(call?.headers.authorization).toBe(`Token token=${TOKEN}`);
    expect(call?.headers.accept).toBe('application/vnd.pagerduty+json;version=2');
  });

  it('P6 treats an HTML 502 page as a retryable TransientError, not a JSON parse crash', async () => {
    pd.server.inject({ path: '/oncalls', times: Infinity }, { kind: 'status', status: 502, body: HTML_502 });

    const error = await rejection(client({ maxTransientRetries: 2 }).listOnCalls(SHIFT));

    expect(error).toBeInstanceOf(TransientError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error.message).toContain('PagerDuty answered 502 to GET /oncalls (an HTML/non-JSON error page)');
    expect(pd.server.callsTo('/oncalls')).toHaveLength(3);
  });

  it('P6 recovers when the HTML 502 was a one-off', async () => {
    pd.server.inject({ path: '/oncalls' }, { kind: 'status', status: 502, body: HTML_502 });

    const onCalls = await client().listOnCalls({ ...SHIFT, scheduleIds: [team.primary.id] });

    expect(onCalls).toHaveLength(3);
    expect(clock.sleeps).toEqual([1000]);
  });

  it('retries a connection reset and succeeds', async () => {
    pd.server.inject({ path: `/escalation_policies/${team.policy.id}` }, { kind: 'reset' });

    const policy = await client().getEscalationPolicy(team.policy.id);

    expect(policy.rules).toHaveLength(2);
    expect(pd.server.callsTo(`/escalation_policies/${team.policy.id}`)).toHaveLength(2);
    expect(log.text()).toMatch(
      /Could not reach PagerDuty for GET \/escalation_policies\/\w+: .*Retrying in 1 s/,
    );
  });
});

describe('on-call shapes', () => {
  it('accepts every escalation target type the published description lists, schedule_v3_reference included', async () => {
    // The example target types from PagerDuty's REST API description (EscalationTargetReference.type).
    pd.intercept((call) =>
      call.path === '/escalation_policies/PV3POLICY'
        ? {
            body: {
              escalation_policy: {
                id: 'PV3POLICY',
                type: 'escalation_policy',
                summary: 'Payments',
                name: 'Payments',
                html_url: 'https://acme.pagerduty.com/escalation_policies/PV3POLICY',
                escalation_rules: [
                  {
                    id: 'PRULE01',
                    escalation_delay_in_minutes: 10,
                    targets: [
                      { id: 'PSCHV3A', type: 'schedule_v3_reference', summary: 'Payments (new schedules)' },
                      { id: 'PUSER01', type: 'user_reference', summary: 'Alice Ito' },
                    ],
                  },
                ],
              },
            },
          }
        : undefined,
    );

    const policy = await client().getEscalationPolicy('PV3POLICY');

    expect(policy.name).toBe('Payments');
    expect(policy.rules[0]!.targets).toEqual([
      { type: 'schedule', id: 'PSCHV3A', name: 'Payments (new schedules)' },
      { type: 'user', id: 'PUSER01', name: 'Alice Ito' },
    ]);
  });

  it('lists the override and both halves of the shift around it, with e-mails and local-offset times parsed', async () => {
    const onCalls = await client().listOnCalls({ ...SHIFT, scheduleIds: [team.primary.id] });

    expect(onCalls).toEqual([
      {
        user: {
          id: team.alice.id,
          name: 'Alice Ito',
          email: 'alice@example.com',
          timeZone: 'Asia/Tokyo',
          htmlUrl: `https://acme.pagerduty.com/users/${team.alice.id}`,
        },
        schedule: {
          id: team.primary.id,
          name: 'Platform primary',
          htmlUrl: `https://acme.pagerduty.com/schedules/${team.primary.id}`,
        },
        escalationPolicy: {
          id: team.policy.id,
          name: 'Platform',
          htmlUrl: `https://acme.pagerduty.com/escalation_policies/${team.policy.id}`,
        },
        escalationLevel: 1,
        start: new Date('2026-11-26T01:00:00Z'),
        end: new Date('2026-11-26T05:00:00Z'),
      },
      expect.objectContaining({
        user: expect.objectContaining({ name: 'Bob Sato', email: 'bob@example.com' }),
        start: new Date('2026-11-26T05:00:00Z'),
        end: new Date('2026-11-26T09:00:00Z'),
      }),
      expect.objectContaining({
        user: expect.objectContaining({ name: 'Alice Ito' }),
        start: new Date('2026-11-26T09:00:00Z'),
        end: new Date('2026-11-27T01:00:00Z'),
      }),
    ]);
  });

  it('keeps both segments when the same person is on call twice in the window', async () => {
    const onCalls = await client().listOnCalls({ ...SHIFT, scheduleIds: [team.primary.id] });

    const alice = onCalls.filter((o) => o.user.id === team.alice.id);
    expect(alice.map((o) => [o.start?.toISOString(), o.end?.toISOString()])).toEqual([
      ['2026-11-26T01:00:00.000Z', '2026-11-26T05:00:00.000Z'],
      ['2026-11-26T09:00:00.000Z', '2026-11-27T01:00:00.000Z'],
    ]);
  });

  it('maps a permanent on-call (null start and end, no schedule) without crashing', async () => {
    const onCalls = await client().listOnCalls({ ...SHIFT, escalationPolicyIds: [team.policy.id] });

    const permanent = onCalls.filter((o) => o.escalationLevel === 2);
    expect(permanent).toEqual([
      expect.objectContaining({
        user: expect.objectContaining({ id: team.carol.id, email: 'carol@example.com' }),
        schedule: null,
        start: null,
        end: null,
      }),
    ]);
    expect(onCalls.filter((o) => o.escalationLevel === 1)).toHaveLength(3);
  });

  it('asks GET /oncalls for the window with users included and never with earliest=true', async () => {
    await client().listOnCalls({
      ...SHIFT,
      scheduleIds: [team.primary.id, 'PSOTHER'],
      escalationPolicyIds: [team.policy.id],
    });

    const [call] = pd.server.callsTo('/oncalls');
    expect(call?.query.get('since')).toBe('2026-11-26T01:00:00.000Z');
    expect(call?.query.get('until')).toBe('2026-11-27T01:00:00.000Z');
    expect(call?.query.getAll('schedule_ids[]')).toEqual([team.primary.id, 'PSOTHER']);
    expect(call?.query.getAll('escalation_policy_ids[]')).toEqual([team.policy.id]);
    expect(call?.query.getAll('include[]')).toEqual(['users']);
    expect(call?.query.has('earliest')).toBe(false);
    expect(call?.query.get('limit')).toBe('100');
  });

  it('pages through 250 on-calls 100 at a time and returns them in order', async () => {
    const seeded = seedMany(250);

    const onCalls = await client().listOnCalls({ ...SHIFT, escalationPolicyIds: [seeded.policyId] });

    expect(onCalls).toHaveLength(250);
    expect(onCalls[0]?.user.name).toBe('Person 000');
    expect(onCalls[249]?.user.name).toBe('Person 249');
    expect(pd.server.callsTo('/oncalls').map((c) => [c.query.get('offset'), c.query.get('limit')])).toEqual([
      ['0', '100'],
      ['100', '100'],
      ['200', '100'],
    ]);
  });

  it('stops with a clear error rather than paging past PagerDuty’s 10,000-entry offset limit', async () => {
    pd.intercept((call) =>
      call.path === '/oncalls'
        ? {
            body: {
              oncalls: [],
              limit: 100,
              offset: Number(call.query.get('offset')),
              more: true,
              total: null,
            },
          }
        : undefined,
    );

    const error = await rejection(client().listOnCalls(SHIFT));

    expect(error).toBeInstanceOf(RemoteError);
    expect(error.message).toContain('cannot page past 10,000 (offset + limit). Narrow the time window');
    expect(pd.server.callsTo('/oncalls')).toHaveLength(100);
  });

  it.each([
    {
      name: 'a user id that is not a string',
      patch: { user: { id: 42, summary: 'X' } },
      field: 'oncalls[0].user.id should be a non-empty string, found 42 (a number)',
    },
    {
      name: 'a level given as text',
      patch: { escalation_level: '2' },
      field: 'oncalls[0].escalation_level should be a whole number ≥ 1, found "2" (a string)',
    },
    {
      name: 'a start that is not a date',
      patch: { start: 'yesterday' },
      field: 'oncalls[0].start should be an ISO 8601 date-time, found "yesterday"',
    },
    {
      name: 'no escalation policy',
      patch: { escalation_policy: undefined },
      field: 'oncalls[0].escalation_policy should be an object, found nothing',
    },
    {
      name: 'an end before the start',
      patch: { start: '2026-11-26T05:00:00Z', end: '2026-11-26T04:00:00Z' },
      field: 'oncalls[0].end should be after start',
    },
  ])('rejects an on-call with $name, naming the field', async ({ patch, field }) => {
    const good = {
      user: { id: 'PU1', type: 'user_reference', summary: 'Ann' },
      schedule: null,
      escalation_policy: { id: 'PE1', type: 'escalation_policy_reference', summary: 'EP' },
      escalation_level: 1,
      start: '2026-11-26T01:00:00Z',
      end: '2026-11-26T02:00:00Z',
    };
    pd.intercept(() => ({
      body: { oncalls: [{ ...good, ...patch }], limit: 100, offset: 0, more: false, total: null },
    }));

    const error = await rejection(client().listOnCalls(SHIFT));

    expect(error).toBeInstanceOf(RemoteError);
    expect(error.message).toContain(`PagerDuty GET /oncalls returned an unexpected response: ${field}`);
  });

  it('rejects a page without the `more` flag instead of guessing', async () => {
    pd.intercept(() => ({ body: { oncalls: [], limit: 100, offset: 0 } }));

    const error = await rejection(client().listOnCalls(SHIFT));

    expect(error.message).toContain('more should be true or false, found nothing');
  });

  it('rejects an empty or over-long window before calling PagerDuty', async () => {
    const api = client();
    await expect(api.listOnCalls({ since: SHIFT.until, until: SHIFT.since })).rejects.toBeInstanceOf(
      ConfigError,
    );
    await expect(
      api.listOnCalls({ since: SHIFT.since, until: new Date(SHIFT.since.getTime() + 91 * 86_400_000) }),
    ).rejects.toThrow('longer than the 90 days PagerDuty allows');
    expect(pd.server.calls).toHaveLength(0);
  });
});

describe('schedules, escalation policies and incidents', () => {
  it('reads a schedule and an escalation policy with user and schedule targets', async () => {
    const api = client();

    await expect(api.getSchedule(team.primary.id)).resolves.toEqual({
      id: team.primary.id,
      name: 'Platform primary',
      htmlUrl: `https://acme.pagerduty.com/schedules/${team.primary.id}`,
      timeZone: 'Asia/Tokyo',
    });
    const policy = await api.getEscalationPolicy(team.policy.id);
    expect(policy.name).toBe('Platform');
    expect(
      policy.rules.map((r) => [r.level, r.delayMinutes, r.targets.map((t) => `${t.type}:${t.name}`)]),
    ).toEqual([
      [1, 15, ['schedule:Platform primary']],
      [2, 30, ['user:Carol Lee']],
    ]);
  });

  it.each([
    {
      what: 'schedule',
      call: (api: PagerDutyApi) => api.getSchedule('PNOPE01'),
      text: 'PagerDuty has no schedule "PNOPE01" visible to this API key (404 on GET /schedules/PNOPE01)',
    },
    {
      what: 'escalation policy',
      call: (api: PagerDutyApi) => api.getEscalationPolicy('PNOPE02'),
      text: 'no escalation policy "PNOPE02"',
    },
    {
      what: 'incident',
      call: (api: PagerDutyApi) => api.getIncident('PNOPE03'),
      text: 'no incident "PNOPE03"',
    },
    {
      what: 'incident',
      call: (api: PagerDutyApi) => api.listIncidentAlertTexts('PNOPE04'),
      text: 'no incident "PNOPE04"',
    },
  ])('a 404 names the $what id and how to find the right one', async ({ what, call, text }) => {
    const error = await rejection(call(client()));

    expect(error).toBeInstanceOf(PagerDutyNotFoundError);
    expect((error as PagerDutyNotFoundError).resource).toBe(what);
    expect(error.message).toContain(text);
    expect(error.message).toContain('https://api.eu.pagerduty.com');
    expect(pd.server.calls).toHaveLength(1);
  });

  it('maps an incident with its priority, service, policy and assignees', async () => {
    const incident = pd.addIncident({
      title: '[FIRING:1] KubePodCrashLooping (payments api)',
      priority: 'P1',
      service: { name: 'Payments API' },
      escalationPolicyId: team.policy.id,
      createdAt: '2026-11-26T04:30:00Z',
    });

    const mapped = await client().getIncident(incident.id);

    expect(mapped).toEqual({
      id: incident.id,
      number: 1,
      title: '[FIRING:1] KubePodCrashLooping (payments api)',
      status: 'triggered',
      urgency: 'high',
      priority: { id: incident.priority?.id, name: 'P1' },
      service: expect.objectContaining({ id: incident.service.id, name: 'Payments API' }),
      escalationPolicy: expect.objectContaining({ id: team.policy.id, name: 'Platform' }),
      htmlUrl: `https://acme.pagerduty.com/incidents/${incident.id}`,
      createdAt: new Date('2026-11-26T04:30:00Z'),
      assignees: [expect.objectContaining({ id: team.alice.id, name: 'Alice Ito' })],
      // Not resolved: the last status change is its creation, by its service.
      lastStatusChangeAt: new Date('2026-11-26T04:30:00Z'),
      lastStatusChangeBy: expect.objectContaining({ id: incident.service.id, type: 'service_reference' }),
    });
  });

  it('escalates an incident with PUT, an incident_reference body and the From header', async () => {
    const incident = pd.addIncident({ title: 'Disk full on db-1', escalationPolicyId: team.policy.id });

    await client().escalateIncident(incident.id, 2, 'alice@example.com');

    const [call] = pd.server.callsTo(`/incidents/${incident.id}`, 'PUT');
    expect(call?.params).toEqual({ incident: { type: 'incident_reference', escalation_level: 2 } });
    expect(call?.headers.from).toBe('alice@example.com');
    expect(pd.getIncident(incident.id)).toEqual(
      expect.objectContaining({ escalationLevel: 2, assigneeIds: [team.carol.id] }),
    );
    expect(pd.escalations).toEqual([{ incidentId: incident.id, level: 2, from: 'alice@example.com' }]);
    const after = await client().getIncident(incident.id);
    expect(after.assignees.map((a) => a.name)).toEqual(['Carol Lee']);
  });

  it('passes PagerDuty’s reason through when an escalation is refused', async () => {
    const incident = pd.addIncident({ title: 'Disk full on db-1', escalationPolicyId: team.policy.id });

    const error = await rejection(client().escalateIncident(incident.id, 5, 'alice@example.com'));

    expect(error).toBeInstanceOf(RemoteError);
    expect(error.message).toBe(
      `PagerDuty rejected PUT /incidents/${incident.id} with 400: Invalid Input Provided, code 2001 — Escalation level must be between 1 and 2.`,
    );
  });

  it('asks for write access when escalation is refused with 403, and checks arguments before calling', async () => {
    const incident = pd.addIncident({ title: 'Disk full on db-1', escalationPolicyId: team.policy.id });
    pd.server.inject(
      { method: 'PUT' },
      { kind: 'status', status: 403, body: { error: { message: 'Access Denied', code: 2010 } } },
    );
    const api = client();

    const error = await rejection(api.escalateIncident(incident.id, 2, 'alice@example.com'));
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toContain('this request changes an incident, so the key must not be read-only');

    await expect(api.escalateIncident(incident.id, 0, 'alice@example.com')).rejects.toBeInstanceOf(
      ConfigError,
    );
    await expect(api.escalateIncident(incident.id, 2, 'not-an-email')).rejects.toThrow('From header');
    expect(pd.server.callsTo(`/incidents/${incident.id}`, 'PUT')).toHaveLength(1);
  });

  it('listIncidentAlerts: the same one read gives the texts and each alert summary, description, details and links', async () => {
    const incident = pd.addIncident({ title: 'Server on fire', escalationPolicyId: team.policy.id });
    // PagerDuty's published example alert body (customKey details, a link context), with an Events API v2 cef_details.
    pd.addAlert(incident.id, {
      summary: 'The server is on fire.',
      details: { customKey: 'Server is on fire!', customKey2: 'Other stuff!' },
      contexts: [
        { type: 'link', href: 'https://app.datadoghq.com/monitors/123', text: 'Monitor' },
        { type: 'image', src: 'https://example.com/graph.png' },
        { type: 'link', href: 'javascript:alert(1)', text: 'not a link' },
      ],
      cefDetails: {
        description: 'Rack 4 reports smoke',
        client: 'Datadog',
        client_url: 'https://app.datadoghq.com/e/1',
      },
    });
    const api = client();
    const alerts = await api.listIncidentAlerts!(incident.id);
    expect(alerts.texts).toEqual(await api.listIncidentAlertTexts(incident.id));
    expect(alerts.alerts).toEqual([
      {
        summary: 'The server is on fire.',
        description: 'Rack 4 reports smoke',
        details: [
          { key: 'customKey', value: 'Server is on fire!' },
          { key: 'customKey2', value: 'Other stuff!' },
        ],
        links: [
          { href: 'https://app.datadoghq.com/monitors/123', text: 'Monitor' },
          { href: 'https://app.datadoghq.com/e/1', text: 'Datadog' },
        ],
      },
    ]);
    expect(pd.server.callsTo(`/incidents/${incident.id}/alerts`)).toHaveLength(2);
  });

  it('collects alert summaries and details as matcher text, without duplicates and within bounds', async () => {
    const incident = pd.addIncident({ title: '[FIRING:2] HighLatency', escalationPolicyId: team.policy.id });
    pd.addAlert(incident.id, {
      summary: 'p99 latency above 2 s on api',
      details: { firing: 'Labels:\n - alertname = HighLatency', num_firing: 2, empty: '' },
    });
    pd.addAlert(incident.id, {
      summary: 'p99 latency above 2 s on api',
      details: 'Raw e-mail body: latency alarm',
    });
    pd.addAlert(incident.id, {
      summary: 'huge',
      details: { dump: 'x'.repeat(10_000), nested: { a: [1, 2] } },
    });

    const texts = await client().listIncidentAlertTexts(incident.id);

    expect(texts.slice(0, 4)).toEqual([
      'p99 latency above 2 s on api',
      'firing: Labels:\n - alertname = HighLatency',
      'num_firing: 2',
      'Raw e-mail body: latency alarm',
    ]);
    expect(texts).toContain('nested: {"a":[1,2]}');
    const dump = texts.find((t) => t.startsWith('dump: '));
    expect(dump?.length).toBeLessThanOrEqual(2000);
    expect(dump?.endsWith('…')).toBe(true);
    expect(texts.join('').length).toBeLessThanOrEqual(16_000);
    const [call] = pd.server.callsTo(`/incidents/${incident.id}/alerts`);
    expect(call?.query.get('limit')).toBe('100');
  });
});

describe('configuration', () => {
  it.each([
    { options: { token: '   ' }, text: 'The PagerDuty API token is empty' },
    { options: { apiUrl: 'not a url' }, text: 'Invalid PagerDuty API URL "not a url"' },
    { options: { apiUrl: 'http://api.pagerduty.com' }, text: 'must travel over https' },
  ])('refuses $options with a ConfigError', ({ options, text }) => {
    expect(() => client(options)).toThrow(ConfigError);
    expect(() => client(options)).toThrow(text);
  });

  it('accepts an API URL with a trailing slash (EU region, proxies)', async () => {
    await expect(client({ apiUrl: `${pd.url}/` }).getSchedule(team.primary.id)).resolves.toMatchObject({
      timeZone: 'Asia/Tokyo',
    });
  });

  it('reads retry-after as an HTTP date', () => {
    const now = new Date('2026-11-26T00:00:00Z');
    const header = (name: string) => (name === 'retry-after' ? 'Thu, 26 Nov 2026 00:00:09 GMT' : undefined);
    expect(rateLimitWait(header, now)).toEqual({
      waitMs: 9000,
      source: 'retry-after: Thu, 26 Nov 2026 00:00:09 GMT',
    });
  });
});

describe('FakePagerDuty', () => {
  it('renders times in the account zone with an offset, like PagerDuty', () => {
    expect(formatTime(new Date('2026-11-26T01:00:00Z'), 'Asia/Tokyo')).toBe('2026-11-26T10:00:00+09:00');
    expect(formatTime(new Date('2026-03-08T07:30:00Z'), 'America/New_York')).toBe(
      '2026-03-08T03:30:00-04:00',
    );
    expect(formatTime(new Date('2026-11-26T01:00:00.999Z'), 'UTC')).toBe('2026-11-26T01:00:00Z');
  });

  it('answers a wrong key with PagerDuty’s 401 error body and filters on-calls by overlap', async () => {
    const wrong = await fetch(`${pd.url}/oncalls`, { headers: { Authorization: 'Token token=nope' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { message: 'Authentication failed', code: 2006 } });

    const since = encodeURIComponent('2026-11-26T04:00:00Z');
    const until = encodeURIComponent('2026-11-26T06:00:00Z');
    const res = await fetch(`${pd.url}/oncalls?since=${since}&until=${until}&earliest=true`, {
      headers: { Authorization: `Token token=${TOKEN}` },
    });
    const body = (await res.json()) as {
      oncalls: { user: { summary: string }; start: string | null }[];
      more: boolean;
      limit: number;
    };
    expect(body.oncalls.map((o) => [o.user.summary, o.start])).toEqual([
      ['Alice Ito', '2026-11-26T10:00:00+09:00'],
      ['Bob Sato', '2026-11-26T14:00:00+09:00'],
      ['Carol Lee', null],
    ]);
    expect(body).toMatchObject({ more: false, limit: 25 });
  });

  it('serves users, a schedule’s final schedule for a window, and PagerDuty’s 400 for bad windows', async () => {
    const get = async (path: string) => {
      const res = await fetch(`${pd.url}${path}`, { headers: { Authorization: `Token token=${TOKEN}` } });
      return { status: res.status, body: (await res.json()) as Record<string, Record<string, unknown>> };
    };

    const user = await get(`/users/${team.bob.id}`);
    expect(user.body.user).toMatchObject({
      id: team.bob.id,
      type: 'user',
      name: 'Bob Sato',
      email: 'bob@example.com',
    });
    expect((await get('/users/PNOBODY')).status).toBe(404);

    const window = `since=${encodeURIComponent('2026-11-26T04:00:00Z')}&until=${encodeURIComponent('2026-11-26T06:00:00Z')}`;
    const schedule = await get(`/schedules/${team.primary.id}?${window}`);
    expect(schedule.body.schedule?.final_schedule).toEqual({
      name: 'Final Schedule',
      rendered_schedule_entries: [
        {
          start: '2026-11-26T13:00:00+09:00',
          end: '2026-11-26T14:00:00+09:00',
          user: expect.objectContaining({ summary: 'Alice Ito' }),
        },
        {
          start: '2026-11-26T14:00:00+09:00',
          end: '2026-11-26T15:00:00+09:00',
          user: expect.objectContaining({ summary: 'Bob Sato' }),
        },
      ],
    });

    const tooLong = await get(`/oncalls?since=2026-01-01T00:00:00Z&until=2026-06-01T00:00:00Z`);
    expect(tooLong).toEqual({ status: 400, body: { error: expect.objectContaining({ code: 2001 }) } });
    expect((await get('/oncalls?since=soon')).status).toBe(400);
    expect((await get('/oncalls?offset=9950&limit=100')).status).toBe(400);
  });

  it('requires a From header of a known user to change an incident', async () => {
    const incident = pd.addIncident({ title: 't', escalationPolicyId: team.policy.id });
    const put = (from?: string) =>
      fetch(`${pd.url}/incidents/${incident.id}`, {
        method: 'PUT',
        headers: {
          Authorization: `Token token=${TOKEN}`,
          'Content-Type': 'application/json',
          ...(from ? { From: from } : {}),
        },
        body: JSON.stringify({ incident: { type: 'incident_reference', escalation_level: 2 } }),
      });
    expect((await put()).status).toBe(400);
    expect((await put('stranger@example.com')).status).toBe(400);
    expect((await put('bob@example.com')).status).toBe(200);
    expect(pd.getIncident(incident.id)?.escalationLevel).toBe(2);
  });
});

/** 250 people, each on call for a slice of the shift under their own policy level 1. */
function seedMany(count: number): { policyId: string } {
  const schedule = pd.addSchedule({ name: 'Big rotation' });
  const people = Array.from({ length: count }, (_, i) =>
    pd.addUser({ name: `Person ${String(i).padStart(3, '0')}`, email: `p${i}@example.com` }),
  );
  const policy = pd.addEscalationPolicy({
    name: 'Big',
    rules: [{ targets: [{ type: 'schedule', id: schedule.id }] }],
  });
  const step = (SHIFT.until.getTime() - SHIFT.since.getTime()) / count;
  people.forEach((person, i) =>
    pd.addOnCall({
      userId: person.id,
      scheduleId: schedule.id,
      escalationPolicyId: policy.id,
      level: 1,
      start: new Date(SHIFT.since.getTime() + i * step),
      end: new Date(SHIFT.since.getTime() + (i + 1) * step),
    }),
  );
  return { policyId: policy.id };
}
