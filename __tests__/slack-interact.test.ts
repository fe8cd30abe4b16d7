import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { buildTopMessage } from '../src/alert/message.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty, type FakeIncident, type FakeUser } from '../src/fakes/pagerduty.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { createGitHubClient } from '../src/github/client.js';
import type { GitHubApi } from '../src/github/types.js';
import { ACTION_IDS, NOTE_BLOCK_ID, NOTE_CALLBACK_ID, NOTE_INPUT_ID } from '../src/interact/payload.js';
import { dispatchPostmortem } from '../src/interact/postmortem-button.js';
import { signSlackRequest, verifySlackRequest } from '../src/interact/verify.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import { createRelayHandler } from '../src/relay/handler.js';
import { startRelayServer } from '../src/relay/node-server.js';
import { createSlackRoutes, type SlackInteractDeps, type SlackRoutes } from '../src/relay/slack-routes.js';
import { checkResponseUrl, createSlackClient } from '../src/slack/client.js';
import type { SlackApi } from '../src/slack/types.js';

const fixture = JSON.parse(
  readFileSync(join(process.cwd(), '__tests__/fixtures/slack/interactivity.json'), 'utf8'),
) as {
  signature_vector: { signing_secret: string; timestamp: string; body: string; signature: string };
  block_actions: Record<string, unknown>;
};

const NOW = '2026-11-26T01:00:00Z';
const SECRET = 'slack-signing-secret-for-tests-0123';
const CHANNEL = 'C0INCIDENTS';
const OTHER_CHANNEL = 'C0RANDOM';

describe("Slack's request signature", () => {
  const v = fixture.signature_vector;
  const at = Number(v.timestamp) * 1000;
  const headers = { timestamp: v.timestamp, signature: v.signature };
  const body = new TextEncoder().encode(v.body);

  it("accepts Slack's documented example and computes the same signature", () => {
    expect(signSlackRequest(v.body, v.signing_secret, v.timestamp)).toBe(v.signature);
    expect(verifySlackRequest(body, headers, [v.signing_secret], at)).toBe('valid');
  });

  it('accepts any of several secrets during a rotation', () => {
    expect(verifySlackRequest(body, headers, ['old-secret', v.signing_secret], at)).toBe('valid');
    expect(verifySlackRequest(body, headers, [v.signing_secret, 'new-secret'], at)).toBe('valid');
  });

  it('refuses a changed body, a wrong secret, a stale or missing timestamp, and a malformed header', () => {
    const changed = new TextEncoder().encode(`${v.body}x`);
    expect(verifySlackRequest(changed, headers, [v.signing_secret], at)).toBe('mismatch');
    expect(verifySlackRequest(body, headers, ['another-secret'], at)).toBe('mismatch');
    expect(verifySlackRequest(body, headers, [v.signing_secret], at + 5 * 60_000 + 1_000)).toBe('stale');
    expect(verifySlackRequest(body, headers, [v.signing_secret], at - 5 * 60_000 - 1_000)).toBe('stale');
    expect(verifySlackRequest(body, { ...headers, timestamp: null }, [v.signing_secret], at)).toBe('missing');
    expect(verifySlackRequest(body, { ...headers, signature: '' }, [v.signing_secret], at)).toBe('missing');
    expect(
      verifySlackRequest(
        body,
        { ...headers, signature: v.signature.replace('v0=', 'v1=') },
        [v.signing_secret],
        at,
      ),
    ).toBe('malformed');
    expect(verifySlackRequest(body, { ...headers, timestamp: '1e9' }, [v.signing_secret], at)).toBe(
      'malformed',
    );
  });
});

describe('response_url check', () => {
  it("accepts only Slack's hooks host (and loopback when allowed)", () => {
    expect(checkResponseUrl('https://hooks.slack.com/actions/T1/2/abc').host).toBe('hooks.slack.com');
    for (const url of [
      'http://hooks.slack.com/actions/T1/2/abc',
      'https://hooks.slack.com.evil.example/actions',
      'https://evil.example/?https://hooks.slack.com/',
      'https://user:pw@hooks.slack.com/actions',
      'https://hooks.slack.com:8443/actions',
      'not a url',
      'http://127.0.0.1:9/hooks/x',
    ]) {
      expect(() => checkResponseUrl(url)).toThrow(/hooks\.slack\.com|not a URL/);
    }
    expect(checkResponseUrl('http://127.0.0.1:9/hooks/x', true).port).toBe('9');
  });
});

describe('incident buttons and /oncall through the relay', () => {
  let clock: FakeClock;
  let slack: FakeSlack;
  let pd: FakePagerDuty;
  let log: MemoryLogger;
  let routes: SlackRoutes;
  let handler: (request: Request) => Promise<Response>;
  let slackApi: SlackApi;
  let alice: FakeUser;
  let bob: FakeUser;
  let incident: FakeIncident;
  let other: FakeIncident;
  let messageTs: string;
  let clicks = 0;

  beforeEach(async () => {
    clock = new FakeClock(NOW, false);
    log = new MemoryLogger();
    slack = new FakeSlack(
      {
        users: [
          { id: 'U0ALICE', name: 'alice', email: 'alice@example.com' },
          { id: 'U0BOB', name: 'bob', email: 'bob@example.com' },
          { id: 'U0CAROL', name: 'carol', email: 'carol@example.com' },
          { id: 'U0NOMAIL', name: 'bot-ish' },
        ],
        channels: [
          { id: CHANNEL, name: 'incidents' },
          { id: OTHER_CHANNEL, name: 'random' },
        ],
      },
      { clock },
    );
    pd = new FakePagerDuty({ clock });
    alice = pd.addUser({ name: 'Alice Adams', email: 'Alice@Example.com' });
    bob = pd.addUser({ name: 'Bob Brown', email: 'bob@example.com' });
    // A name that contains Carol's email: PagerDuty's query matches it, the exact-email check must not.
    pd.addUser({ name: 'not carol@example.com', email: 'carol.team@example.com' });
    const primary = pd.addSchedule({ name: 'Primary' });
    const policy = pd.addEscalationPolicy({
      name: 'Platform',
      rules: [
        { targets: [{ type: 'schedule', id: primary.id }] },
        { targets: [{ type: 'user', id: bob.id }] },
      ],
    });
    pd.addOnCalls([
      {
        userId: alice.id,
        scheduleId: primary.id,
        escalationPolicyId: policy.id,
        level: 1,
        start: '2026-11-25T09:00:00Z',
        end: '2026-11-26T09:00:00Z',
      },
      {
        userId: bob.id,
        scheduleId: primary.id,
        escalationPolicyId: policy.id,
        level: 1,
        start: '2026-11-26T09:00:00Z',
        end: '2026-11-27T09:00:00Z',
      },
      {
        userId: alice.id,
        scheduleId: primary.id,
        escalationPolicyId: policy.id,
        level: 1,
        start: '2026-11-27T09:00:00Z',
        end: '2026-11-28T09:00:00Z',
      },
      { userId: bob.id, escalationPolicyId: policy.id, level: 2, start: null, end: null },
    ]);
    incident = pd.addIncident({ title: 'API p99 above 2 s', escalationPolicyId: policy.id });
    other = pd.addIncident({ title: 'Disk full on db-2', escalationPolicyId: policy.id });
    await Promise.all([slack.start(), pd.start()]);
    slackApi = createSlackClient({
      token: slack.token,
      apiUrl: slack.url,
      clock,
      log,
      maxRetries: 0,
      allowLoopbackResponseUrl: true,
    });
    const pagerduty = createPagerDutyClient({
      token: pd.expectedToken,
      apiUrl: pd.url,
      clock,
      log,
      maxTransientRetries: 0,
    });
    const posted = await slackApi.postMessage(
      buildTopMessage({
        channel: CHANNEL,
        incident: { id: incident.id, number: incident.number, title: incident.title },
        onCall: [{ name: 'Alice Adams', slackId: 'U0ALICE' }],
        onCallLevel: 1,
        runbooks: [],
        state: { status: 'triggered', statusAt: NOW },
        eventId: 'EV1',
        webhookId: 'WH1',
      }),
    );
    messageTs = posted.ts;
    slack.expectMessage((m) => m.ts === messageTs, 'the incident message');
    routes = createSlackRoutes({
      signingSecrets: ['an-old-secret', SECRET],
      clock,
      interact: {
        slack: slackApi as SlackInteractDeps['slack'],
        pagerduty: pagerduty as SlackInteractDeps['pagerduty'],
        log,
        channels: new Set([CHANNEL]),
      },
      oncall: { language: 'en', scheduleIds: [], escalationPolicyIds: [] },
    });
    const github: GitHubApi = {
      dispatch: () => Promise.reject(new Error('no dispatch expected')),
    } as unknown as GitHubApi;
    handler = createRelayHandler({ secrets: ['pd-webhook-secret'], github, log, clock, slack: routes });
  });

  afterEach(async () => {
    await routes.settled();
    slack.assertNoUnexpectedMessages();
    await Promise.all([slack.stop(), pd.stop()]);
  });

  /** Slack routes on the same fakes with other settings (a language, a job limit). */
  function otherRoutes(
    oncall: Partial<Parameters<typeof createSlackRoutes>[0]['oncall']>,
    extra: Pick<Parameters<typeof createSlackRoutes>[0], 'maxJobs' | 'requestPostmortem'> = {},
  ): SlackRoutes {
    return createSlackRoutes({
      signingSecrets: [SECRET],
      clock,
      interact: {
        slack: slackApi as SlackInteractDeps['slack'],
        pagerduty: createPagerDutyClient({
          token: pd.expectedToken,
          apiUrl: pd.url,
          clock,
          log,
        }) as SlackInteractDeps['pagerduty'],
        log,
        channels: new Set([CHANNEL]),
      },
      oncall: { language: 'en', scheduleIds: [], escalationPolicyIds: [], ...oncall },
      ...extra,
    });
  }

  /** A block_actions body shaped like Slack's (the fixture), for one button. */
  function click(
    action: keyof typeof ACTION_IDS,
    options: { value?: string; user?: string; channel?: string; ts?: string } = {},
  ): { body: string; responseUrl: string } {
    clicks += 1;
    const responseUrl = slack.newResponseUrl();
    const template = fixture.block_actions;
    const channel = options.channel ?? CHANNEL;
    const ts = options.ts ?? messageTs;
    const payload = {
      ...template,
      user: { id: options.user ?? 'U0ALICE' },
      container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false },
      channel: { id: channel },
      trigger_id: `4916855695380.${clicks}.trigger`,
      response_url: responseUrl,
      message: { ...(template.message as object), ts },
      actions: [
        {
          action_id: ACTION_IDS[action],
          block_id: 'oncall-actions',
          text: { type: 'plain_text', text: action },
          value: options.value ?? incident.id,
          type: 'button',
          action_ts: `1795654800.${String(clicks).padStart(6, '0')}`,
        },
      ],
    };
    return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), responseUrl };
  }

  function command(text: string, user = 'U0ALICE'): { body: string; responseUrl: string } {
    clicks += 1;
    const responseUrl = slack.newResponseUrl();
    const body = new URLSearchParams({
      token: 'legacy-verification-token',
      team_id: 'T0FAKE0001',
      channel_id: OTHER_CHANNEL,
      user_id: user,
      command: '/oncall',
      text,
      response_url: responseUrl,
      trigger_id: `398738663015.${clicks}.trigger`,
    }).toString();
    return { body, responseUrl };
  }

  function request(
    path: string,
    body: string,
    options: {
      secret?: string;
      timestamp?: number;
      headers?: Record<string, string>;
      signedBody?: string;
    } = {},
  ): Request {
    const timestamp = options.timestamp ?? Math.floor(clock.now().getTime() / 1000);
    const signature = signSlackRequest(options.signedBody ?? body, options.secret ?? SECRET, timestamp);
    return new Request(`http://relay.test${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
        ...options.headers,
      },
      body,
    });
  }

  async function send(req: Request): Promise<Response> {
    const response = await handler(req);
    await routes.settled();
    return response;
  }

  const told = (responseUrl: string) => slack.responsesTo(responseUrl).map((r) => String(r.body.text));

  it('Acknowledge: acts in PagerDuty as the clicking user, answers 200 at once, tells only them, leaves the message to the webhook', async () => {
    const { body, responseUrl } = click('acknowledge');
    const response = await handler(request('/slack/interactions', body));
    expect(response.status).toBe(200);
    // Answered before the work: nothing is written to PagerDuty yet when the answer is out.
    expect(pd.statusChanges).toEqual([]);
    await routes.settled();
    expect(pd.statusChanges).toEqual([
      { incidentId: incident.id, status: 'acknowledged', from: 'Alice@Example.com' },
    ]);
    expect(pd.getIncident(incident.id)!.status).toBe('acknowledged');
    expect(told(responseUrl)).toEqual([expect.stringContaining('Acknowledged *#1*')]);
    expect(slack.responsesTo(responseUrl)[0]!.body.response_type).toBe('ephemeral');
    // The thread and status line change only through the incident-event path.
    expect(slack.messages(CHANNEL).every((m) => m.updates === 0)).toBe(true);
    expect(slack.callsTo('chat.update')).toHaveLength(0);
  });

  it("Slack's retry (X-Slack-Retry-Num) and a replayed request never act twice", async () => {
    const { body, responseUrl } = click('acknowledge');
    expect((await send(request('/slack/interactions', body))).status).toBe(200);
    const retry = await send(request('/slack/interactions', body, { headers: { 'x-slack-retry-num': '1' } }));
    expect(retry.status).toBe(200);
    clock.advance(60_000);
    const replay = await send(request('/slack/interactions', body));
    expect(replay.status).toBe(200);
    expect(pd.statusChanges).toHaveLength(1);
    expect(told(responseUrl)).toHaveLength(1);
    expect(log.text()).toContain('slack-duplicate');
  });

  it('refuses unsigned, stale, wrongly signed and tampered requests with 401 and does nothing', async () => {
    const { body, responseUrl } = click('resolve');
    const unsigned = new Request('http://relay.test/slack/interactions', { method: 'POST', body });
    const stale = request('/slack/interactions', body, {
      timestamp: Math.floor(Date.parse(NOW) / 1000) - 301,
    });
    const wrongSecret = request('/slack/interactions', body, { secret: 'guessed-secret' });
    const forged = click('resolve', { value: other.id });
    const tampered = request('/slack/interactions', forged.body, { signedBody: body });
    for (const req of [unsigned, stale, wrongSecret, tampered]) {
      const response = await send(req);
      expect(response.status).toBe(401);
    }
    expect(pd.statusChanges).toEqual([]);
    expect(told(responseUrl)).toEqual([]);
    expect(told(forged.responseUrl)).toEqual([]);
    expect(slack.callsTo('users.info')).toHaveLength(0);
  });

  it('a button in a channel the relay does not serve changes nothing and says why', async () => {
    const seeded = slack.seedMessage({
      channel: OTHER_CHANNEL,
      text: 'copied',
      metadata: { eventType: 'oncall_incident', payload: { incident_id: incident.id } },
    });
    const { body, responseUrl } = click('resolve', { channel: OTHER_CHANNEL, ts: seeded.ts });
    expect((await send(request('/slack/interactions', body))).status).toBe(200);
    expect(pd.statusChanges).toEqual([]);
    expect(told(responseUrl)).toEqual([expect.stringContaining('only in the channels')]);
  });

  it('a message the relay did not post (no incident metadata) changes nothing', async () => {
    const seeded = slack.seedMessage({ channel: CHANNEL, text: 'someone else wrote this' });
    const { body, responseUrl } = click('resolve', { ts: seeded.ts });
    await send(request('/slack/interactions', body));
    expect(pd.statusChanges).toEqual([]);
    expect(told(responseUrl)).toEqual([expect.stringContaining('does not belong to an incident message')]);
  });

  it("a message another app or a person posted with the relay's metadata changes nothing", async () => {
    const metadata = { eventType: 'oncall_incident', payload: { incident_id: incident.id } };
    for (const postedBy of [{ userId: 'U0OTHERAPP', botId: 'B0OTHERAPP' }, { userId: 'U0BOB' }]) {
      const seeded = slack.seedMessage({ channel: CHANNEL, text: 'lookalike', metadata, postedBy });
      const { body, responseUrl } = click('resolve', { ts: seeded.ts });
      await send(request('/slack/interactions', body));
      expect(told(responseUrl)).toEqual([expect.stringContaining('does not belong to an incident message')]);
    }
    expect(pd.statusChanges).toEqual([]);
  });

  it('a forged value naming another incident is refused: the message says which incident it is about', async () => {
    const { body, responseUrl } = click('resolve', { value: other.id });
    await send(request('/slack/interactions', body));
    expect(pd.getIncident(other.id)!.status).toBe('triggered');
    expect(pd.statusChanges).toEqual([]);
    expect(told(responseUrl)).toEqual([expect.stringContaining('does not belong to an incident message')]);
    expect(log.text()).toContain('the message is about another incident');
  });

  it('a Slack user without a PagerDuty account is told why and what to do; nothing changes', async () => {
    const { body, responseUrl } = click('acknowledge', { user: 'U0CAROL' });
    await send(request('/slack/interactions', body));
    expect(pd.statusChanges).toEqual([]);
    const [text] = told(responseUrl);
    expect(text).toContain('No PagerDuty user has your Slack email (carol@example.com)');
    expect(text).toContain('Ask a PagerDuty admin to add you');
    const noEmail = click('acknowledge', { user: 'U0NOMAIL' });
    await send(request('/slack/interactions', noEmail.body));
    expect(told(noEmail.responseUrl)).toEqual([
      expect.stringContaining('Slack shows no email address for you'),
    ]);
    expect(pd.statusChanges).toEqual([]);
  });

  it('a read-only PagerDuty key: a clear message, nothing else changes', async () => {
    pd.readOnly = true;
    const { body, responseUrl } = click('resolve');
    await send(request('/slack/interactions', body));
    expect(pd.getIncident(incident.id)!.status).toBe('triggered');
    expect(told(responseUrl)).toEqual([expect.stringContaining('read-only')]);
    expect(told(responseUrl)[0]).toContain('PAGERDUTY_TOKEN');
  });

  it('PagerDuty down while the button is pressed: the user is told, and pressing again acts once', async () => {
    pd.server.inject(
      { method: 'GET', path: `/incidents/${incident.id}` },
      { kind: 'status', status: 503, body: '<html>down</html>' },
    );
    const first = click('acknowledge');
    await send(request('/slack/interactions', first.body));
    expect(pd.statusChanges).toEqual([]);
    expect(told(first.responseUrl)).toEqual([expect.stringContaining('PagerDuty did not answer in time')]);
    expect(told(first.responseUrl)[0]).toContain('Press the button again');
    const again = click('acknowledge');
    await send(request('/slack/interactions', again.body));
    const third = click('acknowledge');
    await send(request('/slack/interactions', third.body));
    expect(pd.statusChanges).toHaveLength(1);
    expect(told(third.responseUrl)).toEqual([expect.stringContaining('already acknowledged')]);
  });

  it('Slack down while the button is pressed: the user is told, nothing changes', async () => {
    slack.inject('users.info', { kind: 'status', status: 503, body: 'upstream error' });
    const { body, responseUrl } = click('resolve');
    await send(request('/slack/interactions', body));
    expect(pd.statusChanges).toEqual([]);
    expect(told(responseUrl)).toEqual([expect.stringContaining('Slack did not answer in time')]);
  });

  it('an incident resolved meanwhile: a polite answer, nothing changed', async () => {
    pd.getIncident(incident.id)!.status = 'resolved';
    for (const action of ['acknowledge', 'resolve', 'escalate'] as const) {
      const { body, responseUrl } = click(action);
      await send(request('/slack/interactions', body));
      expect(told(responseUrl)).toEqual([
        expect.stringContaining('is already resolved; nothing was changed'),
      ]);
    }
    expect(pd.statusChanges).toEqual([]);
    expect(pd.escalations).toEqual([]);
  });

  it('Resolve and Escalate: next level from the current one, and a polite answer at the last level', async () => {
    const escalate = click('escalate');
    await send(request('/slack/interactions', escalate.body));
    expect(pd.escalations).toEqual([{ incidentId: incident.id, level: 2, from: 'Alice@Example.com' }]);
    expect(told(escalate.responseUrl)).toEqual([expect.stringContaining('to level 2')]);
    const last = click('escalate');
    await send(request('/slack/interactions', last.body));
    expect(pd.escalations).toHaveLength(1);
    expect(told(last.responseUrl)).toEqual([expect.stringContaining('the last level of Platform')]);
    const resolve = click('resolve', { user: 'U0BOB' });
    await send(request('/slack/interactions', resolve.body));
    expect(pd.statusChanges).toEqual([
      { incidentId: incident.id, status: 'resolved', from: 'bob@example.com' },
    ]);
  });

  it('Add note: opens a modal with the trigger; its submission adds the note as the person', async () => {
    const { body, responseUrl } = click('note');
    await send(request('/slack/interactions', body));
    expect(slack.openedViews).toHaveLength(1);
    const view = slack.openedViews[0]!;
    expect(view.triggerId).toMatch(/trigger$/);
    expect(view.view.callback_id).toBe(NOTE_CALLBACK_ID);
    const submission = {
      type: 'view_submission',
      user: { id: 'U0ALICE' },
      view: {
        id: 'V000000001',
        hash: '1596530361.3wRYuk3R',
        callback_id: NOTE_CALLBACK_ID,
        private_metadata: view.view.private_metadata,
        state: {
          values: {
            [NOTE_BLOCK_ID]: {
              [NOTE_INPUT_ID]: { type: 'plain_text_input', value: 'Rolled back <deploy> 42' },
            },
          },
        },
      },
    };
    const submitBody = new URLSearchParams({ payload: JSON.stringify(submission) }).toString();
    const response = await send(request('/slack/interactions', submitBody));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    await send(request('/slack/interactions', submitBody, { headers: { 'x-slack-retry-num': '1' } }));
    expect(pd.notes).toEqual([
      { incidentId: incident.id, content: 'Rolled back <deploy> 42', from: 'Alice@Example.com' },
    ]);
    expect(told(responseUrl)).toEqual([expect.stringContaining('Note added')]);
  });

  it('/oncall: who is on call now, rendered as mentions, only to the person who asked', async () => {
    const { body, responseUrl } = command('');
    const response = await send(request('/slack/commands', body));
    expect(response.status).toBe(200);
    const [answer] = slack.responsesTo(responseUrl);
    expect(answer!.body.response_type).toBe('ephemeral');
    const text = String(answer!.body.text);
    expect(text).toContain('*On call now*');
    expect(text).toMatch(/Platform · level 1\n• <@U0ALICE> \(Primary\) — until <!date\^1795683600\^/);
    expect(text).toMatch(/Platform · level 2\n• <@U0BOB> — always/);
    slack.assertNoUnexpectedMessages();
  });

  it('/oncall next, /oncall me and /oncall help; Japanese like the shift post', async () => {
    const next = command('next');
    await send(request('/slack/commands', next.body));
    const nextText = told(next.responseUrl)[0]!;
    expect(nextText).toContain('*Handovers in the next 7 days*');
    expect(nextText.indexOf('<@U0BOB>')).toBeLessThan(nextText.lastIndexOf('<@U0ALICE>'));
    expect(nextText.match(/^• /gm)).toHaveLength(2);

    const me = command('me', 'U0BOB');
    await send(request('/slack/commands', me.body));
    expect(told(me.responseUrl)).toEqual([
      expect.stringMatching(/^You are on call now \(Platform · level 2\) until always/),
    ]);

    const stranger = command('me', 'U0CAROL');
    await send(request('/slack/commands', stranger.body));
    expect(told(stranger.responseUrl)).toEqual([
      'No PagerDuty user has your Slack email (carol@example.com).',
    ]);

    const help = await send(request('/slack/commands', command('help').body));
    expect(await help.json()).toEqual({
      response_type: 'ephemeral',
      text: expect.stringContaining('*/oncall me*'),
    });
    const typo = await send(request('/slack/commands', command('nxt').body));
    expect(String(((await typo.json()) as { text: string }).text)).toContain('I do not know "nxt"');

    const ja = otherRoutes({ language: 'ja' });
    const now = command('');
    await ja.handle(request('/slack/commands', now.body), '/slack/commands', async () =>
      new TextEncoder().encode(now.body),
    );
    await ja.settled();
    expect(told(now.responseUrl)[0]).toContain('*現在のオンコール*');
    expect(told(now.responseUrl)[0]).toContain('レベル1');
  });

  it('bad bodies: not a form, not JSON, no token or secret in any log line, and the relay keeps serving', async () => {
    for (const body of ['{"type":"block_actions"}', 'payload=%7Bnot-json', 'payload=%5B%5D']) {
      expect((await send(request('/slack/interactions', body))).status).toBe(400);
    }
    expect((await send(request('/slack/commands', 'text=x'))).status).toBe(400);
    // Slack's certificate check of the command URL is answered without acting; unsigned, it is not a command.
    const sslCheck = new Request('http://relay.test/slack/commands', {
      method: 'POST',
      body: 'ssl_check=1&token=x',
    });
    expect((await send(sslCheck)).status).toBe(200);
    const unsignedCommand = new Request('http://relay.test/slack/commands', {
      method: 'POST',
      body: 'ssl_check=1&command=%2Foncall&user_id=U0ALICE&channel_id=C0X&response_url=x&trigger_id=t',
    });
    expect((await send(unsignedCommand)).status).toBe(401);
    const get = await handler(new Request('http://relay.test/slack/interactions'));
    expect(get.status).toBe(405);
    const { body } = click('acknowledge');
    expect((await send(request('/slack/interactions', body))).status).toBe(200);
    const text = log.text();
    for (const secret of [SECRET, slack.token, pd.expectedToken]) expect(text).not.toContain(secret);
  });

  it('served by the Node server like the webhook path, next to it', async () => {
    const server = await startRelayServer({ handler, port: 0 });
    try {
      const { body, responseUrl } = click('acknowledge');
      const req = request('/slack/interactions', body);
      const response = await fetch(`${server.url}/slack/interactions`, {
        method: 'POST',
        headers: Object.fromEntries(req.headers),
        body,
      });
      expect(response.status).toBe(200);
      await routes.settled();
      expect(pd.statusChanges).toHaveLength(1);
      expect(told(responseUrl)).toHaveLength(1);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/slack/elsewhere`, { method: 'POST', body: 'x' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('the relay built from its settings uses fresh clients per request: someone who joins Slack later is mentioned', async () => {
    const { slackRoutesFromArgs } = await import('../src/relay/slack-config.js');
    const { Redactor } = await import('../src/log.js');
    const dana = pd.addUser({ name: 'Dana Diaz', email: 'dana@example.com' });
    pd.addOnCall({
      userId: dana.id,
      escalationPolicyId: pd.getIncident(incident.id)!.escalationPolicyId,
      level: 3,
      start: '2026-11-26T00:00:00Z',
      end: '2026-11-27T00:00:00Z',
    });
    const configured = slackRoutesFromArgs(
      {
        values: {
          'slack-signing-secret': SECRET,
          'slack-bot-token': slack.token,
          'slack-api-url': slack.url,
          'pagerduty-token': pd.expectedToken,
          'pagerduty-api-url': pd.url,
          'slack-channels': [CHANNEL],
        },
        positionals: [],
      },
      { log, clock, redactor: new Redactor(), allowLoopbackResponseUrl: true },
    )!;
    const ask = async () => {
      const { body, responseUrl } = command('');
      await configured.handle(request('/slack/commands', body), '/slack/commands', async () =>
        new TextEncoder().encode(body),
      );
      await configured.settled();
      return told(responseUrl)[0]!;
    };
    expect(await ask()).toContain('• Dana Diaz — until');
    slack.addUser({ id: 'U0DANA', name: 'dana', email: 'dana@example.com' });
    expect(await ask()).toContain('• <@U0DANA> — until');
  });

  describe('Draft postmortem', () => {
    let github: FakeGitHub;
    let resolvedTs: string;

    beforeEach(async () => {
      github = new FakeGitHub();
      await github.start();
      pd.getIncident(incident.id)!.status = 'resolved';
      const resolved = await slackApi.postMessage(
        buildTopMessage({
          channel: CHANNEL,
          incident: { id: incident.id, number: incident.number, title: incident.title },
          onCall: [],
          onCallLevel: 1,
          runbooks: [],
          state: { status: 'resolved', statusAt: NOW, resolvedBy: 'Alice Adams' },
          eventId: 'EV2',
          webhookId: 'WH2',
        }),
      );
      resolvedTs = resolved.ts;
      slack.expectMessage((m) => m.ts === resolvedTs, 'the resolved incident message');
      routes = otherRoutes(
        {},
        {
          requestPostmortem: dispatchPostmortem(
            createGitHubClient({
              token: github.token,
              repository: github.repository,
              apiUrl: github.url,
              clock,
              log,
            }),
          ),
        },
      );
      handler = createRelayHandler({
        secrets: ['pd-webhook-secret'],
        github: {} as GitHubApi,
        log,
        clock,
        slack: routes,
      });
    });

    afterEach(async () => {
      await routes.settled();
      await github.stop();
    });

    const buttonsOf = (ts: string) =>
      slack
        .messages(CHANNEL)
        .find((m) => m.ts === ts)!
        .blocks!.filter((b) => b.block_id === 'oncall-actions')
        .flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));

    it('is the one button of a resolved incident message, and absent before', () => {
      expect(buttonsOf(resolvedTs)).toEqual([ACTION_IDS.postmortem]);
      expect(buttonsOf(messageTs)).not.toContain(ACTION_IDS.postmortem);
      expect(buttonsOf(messageTs)).toEqual([
        ACTION_IDS.acknowledge,
        ACTION_IDS.resolve,
        ACTION_IDS.escalate,
        ACTION_IDS.note,
      ]);
    });

    it('dispatches the postmortem workflow once as the clicking person; a retry and a double click do not dispatch again', async () => {
      const first = click('postmortem', { ts: resolvedTs });
      const response = await handler(request('/slack/interactions', first.body));
      expect(response.status).toBe(200);
      await routes.settled();
      expect(github.dispatches).toEqual([
        {
          event_type: 'oncall.postmortem.requested',
          client_payload: {
            incident: { id: incident.id },
            requested_by: { slack_user_id: 'U0ALICE', pagerduty_user_id: alice.id },
          },
          bytes: expect.any(Number),
        },
      ]);
      expect(told(first.responseUrl)).toEqual([
        `Drafting a postmortem for *#${incident.number}* (API p99 above 2 s)… the link will appear in this thread.`,
      ]);
      expect(slack.responsesTo(first.responseUrl)[0]!.body.response_type).toBe('ephemeral');

      const retry = await send(
        request('/slack/interactions', first.body, { headers: { 'x-slack-retry-num': '1' } }),
      );
      expect(retry.status).toBe(200);
      clock.advance(2_000);
      const second = click('postmortem', { ts: resolvedTs, user: 'U0BOB' });
      await send(request('/slack/interactions', second.body));
      expect(github.dispatches).toHaveLength(1);
      expect(told(first.responseUrl)).toHaveLength(1);
      expect(told(second.responseUrl)).toEqual([expect.stringContaining('was requested a moment ago')]);
      // Nothing in the channel changes: the link comes from the postmortem run.
      expect(slack.callsTo('chat.update')).toHaveLength(0);
      expect(pd.statusChanges).toEqual([]);

      // Past the window a press asks again; the postmortem run keeps one pull request per incident.
      clock.advance(10 * 60_000);
      const later = click('postmortem', { ts: resolvedTs });
      await send(request('/slack/interactions', later.body));
      expect(github.dispatches).toHaveLength(2);
    });

    it('a forged value, an unknown incident or someone without a PagerDuty account dispatches nothing', async () => {
      const forged = click('postmortem', { ts: resolvedTs, value: other.id });
      await send(request('/slack/interactions', forged.body));
      expect(told(forged.responseUrl)).toEqual([
        expect.stringContaining('does not belong to an incident message'),
      ]);

      const unknown = slack.seedMessage({
        channel: CHANNEL,
        text: 'resolved',
        metadata: { eventType: 'oncall_incident', payload: { incident_id: 'Q0NOSUCHINCIDENT' } },
        postedBy: { userId: await slackApi.ownUserId!() },
      });
      const gone = click('postmortem', { ts: unknown.ts, value: 'Q0NOSUCHINCIDENT' });
      await send(request('/slack/interactions', gone.body));
      expect(told(gone.responseUrl)).toEqual([
        expect.stringMatching(/^Nothing was changed: .*Q0NOSUCHINCIDENT/),
      ]);

      const stranger = click('postmortem', { ts: resolvedTs, user: 'U0CAROL' });
      await send(request('/slack/interactions', stranger.body));
      expect(told(stranger.responseUrl)).toEqual([
        expect.stringContaining('No PagerDuty user has your Slack email'),
      ]);

      expect(github.dispatches).toEqual([]);
    });

    it('GitHub refusing or failing: an ephemeral error, nothing else changes, and pressing again dispatches once', async () => {
      github.readOnly = true;
      const refused = click('postmortem', { ts: resolvedTs });
      await send(request('/slack/interactions', refused.body));
      expect(told(refused.responseUrl)).toEqual([
        expect.stringMatching(
          /^No postmortem draft was requested: GitHub refused the relay's token.*contents: write/,
        ),
      ]);
      expect(slack.responsesTo(refused.responseUrl)[0]!.body.response_type).toBe('ephemeral');
      github.readOnly = false;

      github.server.inject(
        { method: 'POST', path: `/repos/${github.repository}/dispatches` },
        { kind: 'status', status: 502, body: 'bad gateway' },
      );
      const failed = click('postmortem', { ts: resolvedTs });
      await send(request('/slack/interactions', failed.body));
      expect(told(failed.responseUrl)).toEqual([
        expect.stringContaining('No postmortem draft was requested: GitHub did not answer in time'),
      ]);
      expect(github.dispatches).toEqual([]);
      expect(slack.callsTo('chat.update')).toHaveLength(0);
      expect(slack.callsTo('chat.postMessage')).toHaveLength(2);

      const again = click('postmortem', { ts: resolvedTs });
      await send(request('/slack/interactions', again.body));
      expect(github.dispatches).toHaveLength(1);
      expect(told(again.responseUrl)).toEqual([expect.stringContaining('Drafting a postmortem')]);
    });

    it("the relay built from its settings dispatches to its own repository with the relay's GitHub token", async () => {
      const { slackRoutesFromArgs } = await import('../src/relay/slack-config.js');
      const { Redactor } = await import('../src/log.js');
      routes = slackRoutesFromArgs(
        {
          values: {
            'slack-signing-secret': SECRET,
            'slack-bot-token': slack.token,
            'slack-api-url': slack.url,
            'pagerduty-token': pd.expectedToken,
            'pagerduty-api-url': pd.url,
            'slack-channels': [CHANNEL],
          },
          positionals: [],
        },
        {
          log,
          clock,
          redactor: new Redactor(),
          allowLoopbackResponseUrl: true,
          github: { token: github.token, repository: github.repository, apiUrl: github.url },
        },
      )!;
      const press = click('postmortem', { ts: resolvedTs });
      await routes.handle(request('/slack/interactions', press.body), '/slack/interactions', async () =>
        new TextEncoder().encode(press.body),
      );
      await routes.settled();
      expect(github.dispatches.map((d) => d.event_type)).toEqual(['oncall.postmortem.requested']);
      expect(log.text()).toContain(`Draft postmortem dispatches to ${github.repository}`);
    });

    it('a relay without a GitHub repository says how to draft by hand, and dispatches nothing', async () => {
      routes = otherRoutes({});
      handler = createRelayHandler({
        secrets: ['pd-webhook-secret'],
        github: {} as GitHubApi,
        log,
        clock,
        slack: routes,
      });
      const press = click('postmortem', { ts: resolvedTs });
      await send(request('/slack/interactions', press.body));
      expect(told(press.responseUrl)).toEqual([
        expect.stringContaining(`\`oncall postmortem --incident ${incident.id}\``),
      ]);
      expect(github.dispatches).toEqual([]);
    });
  });

  it('bounded: a body over the relay limit is 413, and past the job limit the answer is 503 with nothing remembered', async () => {
    const small = createRelayHandler({
      secrets: ['pd-webhook-secret'],
      github: {} as GitHubApi,
      log,
      clock,
      slack: routes,
      maxBodyBytes: 1024,
    });
    const big = `payload=${'x'.repeat(2048)}`;
    expect((await small(request('/slack/interactions', big))).status).toBe(413);

    const one = otherRoutes({}, { maxJobs: 1 });
    pd.server.inject({ method: 'GET', path: '/oncalls' }, { kind: 'delay', ms: 200 });
    const read = (body: string) => async () => new TextEncoder().encode(body);
    const first = command('');
    const second = command('');
    const [a] = await one.handle(request('/slack/commands', first.body), '/slack/commands', read(first.body));
    const [b] = await one.handle(
      request('/slack/commands', second.body),
      '/slack/commands',
      read(second.body),
    );
    expect([a.status, b.status]).toEqual([200, 503]);
    await one.settled();
    // Not remembered: Slack's retry of the refused request is served once there is room.
    const [c] = await one.handle(
      request('/slack/commands', second.body),
      '/slack/commands',
      read(second.body),
    );
    expect(c.status).toBe(200);
    await one.settled();
    expect(told(second.responseUrl)).toHaveLength(1);
  });
});

describe('relay settings for Slack', () => {
  it('is off without a signing secret, and names every missing setting when it is on', async () => {
    const { slackRoutesFromArgs } = await import('../src/relay/slack-config.js');
    const { Redactor } = await import('../src/log.js');
    const deps = { log: new MemoryLogger(), clock: new FakeClock(NOW), redactor: new Redactor() };
    expect(slackRoutesFromArgs({ values: {}, positionals: [] }, deps)).toBeUndefined();
    expect(() =>
      slackRoutesFromArgs({ values: { 'slack-signing-secret': 'abc' }, positionals: [] }, deps),
    ).toThrow(/SLACK_BOT_TOKEN .*; PAGERDUTY_TOKEN .*write access.*; SLACK_CHANNELS/);
    const routes = slackRoutesFromArgs(
      {
        values: {
          'slack-signing-secret': 'sig-secret-one, sig-secret-two',
          'slack-bot-token': 'xoxb-test-1',
          'pagerduty-token': 'pd-token-1',
          'slack-channels': ['C0INCIDENTS'],
        },
        positionals: [],
      },
      deps,
    );
    expect(routes?.handles('/slack/interactions')).toBe(true);
    expect(deps.redactor.redact('sig-secret-one sig-secret-two xoxb-test-1 pd-token-1')).toBe(
      '*** *** *** ***',
    );
  });

  it("serves direct mode's channel without SLACK_CHANNELS, with the same Slack and PagerDuty tokens", async () => {
    const { slackRoutesFromArgs } = await import('../src/relay/slack-config.js');
    const { Redactor } = await import('../src/log.js');
    const log = new MemoryLogger();
    const deps = { log, clock: new FakeClock(NOW), redactor: new Redactor(), directChannel: 'C0DIRECT01' };
    const routes = slackRoutesFromArgs(
      {
        values: {
          'slack-signing-secret': 'sig-secret-one',
          'slack-bot-token': 'xoxb-test-1',
          'pagerduty-token': 'pd-token-1',
          'slack-channels': ['C0INCIDENTS'],
        },
        positionals: [],
      },
      deps,
    );
    expect(routes?.handles('/slack/interactions')).toBe(true);
    expect(log.lines.map((l) => l.message)).toContainEqual(
      expect.stringContaining('buttons work in C0INCIDENTS, C0DIRECT01'),
    );
    const directOnly = slackRoutesFromArgs(
      {
        values: {
          'slack-signing-secret': 'sig-secret-one',
          'slack-bot-token': 'xoxb-test-1',
          'pagerduty-token': 'pd-token-1',
        },
        positionals: [],
      },
      deps,
    );
    expect(directOnly?.handles('/slack/commands')).toBe(true);
  });
});
