/**
 * The relay as a Web-standard fetch function configured from the environment (src/relay/web.ts), driven with real
 * Request objects, in both modes; and `oncall relay`'s direct-mode settings.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { ConfigError } from '../src/errors.js';
import { createAlertWorld } from '../src/fakes/alert-world.js';
import { FakeGitHub } from '../src/fakes/github.js';
import type { FakePagerDuty } from '../src/fakes/pagerduty.js';
import type { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { signBody } from '../src/relay/signature.js';
import { createRelayFetch, resolveRelaySettings } from '../src/relay/web.js';

const SECRET = 'whsec_web_relay_secret_5678';
const CHANNEL = 'C0ONCALL';
const webhooks = JSON.parse(
  readFileSync(join(process.cwd(), '__tests__/fixtures/alert/webhooks-v3.json'), 'utf8'),
) as Record<string, { event: Record<string, unknown> }>;

let github: FakeGitHub;
let pd: FakePagerDuty;
let slack: FakeSlack;
let log: MemoryLogger;

beforeEach(async () => {
  github = new FakeGitHub();
  ({ pd, slack } = createAlertWorld({
    channel: CHANNEL,
    incident: {
      id: 'PGR0VU2',
      title: 'KubePodCrashLooping on api',
      service: { id: 'PF9KMXH', name: 'API Service' },
    },
  }));
  await Promise.all([github.start(), pd.start(), slack.start()]);
  log = new MemoryLogger();
});

afterEach(async () => {
  await Promise.all([github.stop(), pd.stop(), slack.stop()]);
});

const actionsEnv = () => ({
  PAGERDUTY_WEBHOOK_SECRET: SECRET,
  GITHUB_TOKEN: github.token,
  GITHUB_REPOSITORY: github.repository,
  GITHUB_API_URL: github.url,
});

const directEnv = () => ({
  ...actionsEnv(),
  ONCALL_SLACK_CHANNEL: CHANNEL,
  SLACK_BOT_TOKEN: slack.token,
  SLACK_API_URL: slack.url,
  PAGERDUTY_TOKEN: pd.expectedToken,
  PAGERDUTY_API_URL: pd.url,
});

function signedWebhook(): Request {
  const body = structuredClone(webhooks.triggered!);
  body.event.occurred_at = new Date().toISOString();
  const text = JSON.stringify(body);
  return new Request('https://relay.example/', {
    method: 'POST',
    body: text,
    headers: {
      'content-type': 'application/json',
      'x-pagerduty-signature': signBody(text, SECRET),
      'x-webhook-id': 'wh-web-1',
    },
  });
}

describe('createRelayFetch', () => {
  it('answers GET /healthz with "ok" and an unsigned POST with 401', async () => {
    const relay = createRelayFetch(actionsEnv(), { log });
    const health = await relay(new Request('https://relay.example/healthz'));
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok');
    const unsigned = await relay(new Request('https://relay.example/', { method: 'POST', body: '{}' }));
    expect(unsigned.status).toBe(401);
    expect(github.dispatches).toHaveLength(0);
  });

  it('Actions mode: dispatches a signed webhook to repository_dispatch', async () => {
    const relay = createRelayFetch(actionsEnv(), { log });
    const response = await relay(signedWebhook());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'dispatched' });
    expect(github.dispatches.map((d) => d.event_type)).toEqual(['pagerduty.incident.triggered']);
    expect(slack.messages()).toHaveLength(0);
  });

  it('serves the webhook path ONCALL_RELAY_PATH names (a function mounted at /api/relay) and 404 elsewhere', async () => {
    const relay = createRelayFetch({ ...actionsEnv(), ONCALL_RELAY_PATH: '/api/relay' }, { log });
    const atRoot = await relay(signedWebhook());
    expect(atRoot.status).toBe(404);
    const request = signedWebhook();
    const response = await relay(
      new Request('https://relay.example/api/relay', {
        method: 'POST',
        body: await request.text(),
        headers: request.headers,
      }),
    );
    expect(response.status).toBe(200);
    expect(github.dispatches).toHaveLength(1);
  });

  it('direct mode: posts the incident to the channel itself and dispatches nothing', async () => {
    const relay = createRelayFetch(directEnv(), { log });
    const response = await relay(signedWebhook());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'posted' });
    slack.expectMessage(
      (m) => m.channel === CHANNEL && m.text.includes('<@U0ALICE>'),
      'the incident message',
    );
    slack.assertNoUnexpectedMessages();
    expect(github.dispatches).toHaveLength(0);
    // No index published: the message went out without runbooks, and the log says so.
    expect(log.text()).toMatch(/no runbook index .*posting without runbooks/);
    expect(log.text()).not.toContain(slack.token);
  });

  it('fails at once, naming every missing variable, when neither mode is configured', () => {
    expect(() => createRelayFetch({ GITHUB_REPOSITORY: 'acme/oncall' }, { log })).toThrow(ConfigError);
    expect(() => createRelayFetch({ GITHUB_REPOSITORY: 'acme/oncall' }, { log })).toThrow(
      /PAGERDUTY_WEBHOOK_SECRET .*GITHUB_TOKEN \(.*or ONCALL_SLACK_CHANNEL with SLACK_BOT_TOKEN and PAGERDUTY_TOKEN/,
    );
  });

  it('a channel without the Slack and PagerDuty tokens is an error, not a silent fall-back to Actions mode', () => {
    expect(() =>
      createRelayFetch(
        { ...actionsEnv(), ONCALL_SLACK_CHANNEL: CHANNEL, SLACK_BOT_TOKEN: 'xoxb-1' },
        { log },
      ),
    ).toThrow(/missing PAGERDUTY_TOKEN \(direct mode/);
  });

  it('rejects a channel name where a channel ID belongs', () => {
    expect(() =>
      resolveRelaySettings({
        webhookSecret: SECRET,
        channel: '#oncall',
        slackToken: 'xoxb-1',
        pagerdutyToken: 'pd',
      }),
    ).toThrow(/Invalid ONCALL_SLACK_CHANNEL: expected a Slack channel ID/);
  });

  it('direct mode needs no GitHub settings', () => {
    const settings = resolveRelaySettings({
      webhookSecret: SECRET,
      channel: CHANNEL,
      slackToken: 'xoxb-1',
      pagerdutyToken: 'pd',
    });
    expect(settings.direct).toMatchObject({ channel: CHANNEL, indexBranch: 'oncall-runbooks-index' });
    expect(settings.github).toBeUndefined();
  });
});

describe('oncall relay: direct-mode settings', () => {
  it('names the missing token when --channel is given, and exits 2', async () => {
    const err: string[] = [];
    const code = await main({
      argv: ['relay', '--port', '0', '--channel', CHANNEL],
      env: { PAGERDUTY_WEBHOOK_SECRET: SECRET, PAGERDUTY_TOKEN: 'pd-token-abcdef' },
      cwd: process.cwd(),
      stdout: () => undefined,
      stderr: (t) => void err.push(t),
      stdin: Readable.from([]),
    });
    expect(code).toBe(2);
    expect(err.join('')).toContain('SLACK_BOT_TOKEN (direct mode');
    expect(err.join('')).not.toContain('GITHUB_TOKEN');
    expect(err.join('')).not.toContain('pd-token-abcdef');
  });
});
