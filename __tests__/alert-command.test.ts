/**
 * `oncall alert` as the CLI and the action run it: options → adapters → runAlert, against the loopback fakes.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alertCommand } from '../src/commands/alert.js';
import type { CommandContext, OptionValue } from '../src/commands/command.js';
import { findCommand } from '../src/commands/registry.js';
import { ConfigError } from '../src/errors.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { FakePagerDuty, type FakeIncident } from '../src/fakes/pagerduty.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger, Redactor } from '../src/log.js';
import type { RunbookIndex } from '../src/runbooks/types.js';

const CHANNEL = 'C0ONCALL';
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

const RUNBOOK_YAML = `id: disk-full
title: Disk is full
url: https://wiki.example/disk-full
match:
  any: [Disk full]
tests:
  match: ["Disk full on db-1"]
  no_match: ["Disk fine"]
`;

let clock: FakeClock;
let pd: FakePagerDuty;
let slack: FakeSlack;
let github: FakeGitHub;
let work: string;
let log: MemoryLogger;
let outputs: Record<string, string>;
let stdout: string;
let incident: FakeIncident;

beforeEach(async () => {
  clock = new FakeClock('2026-11-26T01:00:00Z');
  pd = new FakePagerDuty({ clock });
  const alice = pd.addUser({ name: 'Alice Example', email: 'alice@example.com' });
  const policy = pd.addEscalationPolicy({
    id: 'PUS0KTE',
    name: 'Default',
    rules: [{ targets: [{ type: 'user', id: alice.id }] }],
  });
  pd.addOnCall({ userId: alice.id, escalationPolicyId: policy.id, level: 1, start: null, end: null });
  incident = pd.addIncident({
    id: 'PGR0VU2',
    title: '[FIRING:1] KubePodCrashLooping (api 10.2.1.14:8443 kube-state-metrics payments warning)',
    escalationPolicyId: policy.id,
    service: { id: 'PF9KMXH', name: 'API Service' },
  });
  slack = new FakeSlack(
    {
      users: [{ id: 'U0ALICE', name: 'alice', email: 'alice@example.com' }],
      channels: [{ id: CHANNEL, name: 'oncall' }],
    },
    { clock },
  );
  github = new FakeGitHub();
  await Promise.all([pd.start(), slack.start(), github.start()]);
  work = mkdtempSync(join(tmpdir(), 'oncall-alert-cmd-'));
  log = new MemoryLogger();
  outputs = {};
  stdout = '';
});

afterEach(async () => {
  await Promise.all([pd.stop(), slack.stop(), github.stop()]);
  rmSync(work, { recursive: true, force: true });
});

function ctx(surface: 'cli' | 'action', env: Record<string, string | undefined> = {}): CommandContext {
  return {
    surface,
    cwd: work,
    env,
    clock,
    log,
    redactor: new Redactor(),
    stdout: (t) => (stdout += t),
    stdinLines: async function* () {},
    setOutput: (name, value) => (outputs[name] = value),
  };
}

function args(values: Record<string, OptionValue>) {
  return {
    values: {
      'pagerduty-token': pd.expectedToken,
      'pagerduty-api-url': pd.url,
      'slack-bot-token': slack.token,
      'slack-api-url': slack.url,
      ...values,
    },
    positionals: [],
  };
}

function file(name: string, content: unknown): string {
  const path = join(work, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The triggered webhook fixture, pointed at the incident the fake holds. */
function triggeredWebhook() {
  const body = structuredClone(webhooks.triggered!);
  const data = body.event.data as Record<string, unknown>;
  data.title = incident.title;
  return body;
}

describe('oncall alert', () => {
  it('is registered and declares its secrets as environment-only options', async () => {
    expect(await findCommand('alert')!.load()).toBe(alertCommand);
    const secrets = alertCommand.options.filter((o) => o.secret).map((o) => [o.name, o.env]);
    expect(secrets).toEqual([
      ['pagerduty-token', 'PAGERDUTY_TOKEN'],
      ['slack-bot-token', 'SLACK_BOT_TOKEN'],
      ['github-token', 'GITHUB_TOKEN'],
      ['diagnose-token', 'ONCALL_DIAGNOSE_TOKEN'],
    ]);
    const envs = Object.fromEntries(alertCommand.options.map((o) => [o.name, o.env]));
    expect(envs).toMatchObject({
      'pagerduty-api-url': 'PAGERDUTY_API_URL',
      'slack-api-url': 'SLACK_API_URL',
    });
  });

  it('CLI: posts a raw V3 webhook body from --event with runbooks from --index, and sets the outputs', async () => {
    const result = await alertCommand.run(
      args({
        event: file('webhook.json', triggeredWebhook()),
        channel: CHANNEL,
        index: file('index.json', INDEX),
      }),
      ctx('cli'),
    );
    expect(result.exitCode).toBe(0);
    const top = slack.expectMessage((m) => m.channel === CHANNEL, 'the incident message');
    slack.assertNoUnexpectedMessages();
    expect(top.text).toContain('<@U0ALICE>');
    expect(outputs).toMatchObject({
      'message-ts': top.ts,
      'runbook-id': 'kube-pod-crash-looping',
      'oncall-user-ids': 'U0ALICE',
      action: 'posted',
    });
    expect(outputs.permalink).toMatch(/^https:\/\//);
    expect(stdout).toContain(`posted ts=${top.ts}`);
  });

  it('accepts an event file saved with a UTF-8 byte order mark', async () => {
    const result = await alertCommand.run(
      args({
        event: file('webhook-bom.json', `\uFEFF${JSON.stringify(triggeredWebhook())}`),
        channel: CHANNEL,
        index: file('index.json', INDEX),
      }),
      ctx('cli'),
    );
    expect(result.exitCode).toBe(0);
    slack.expectMessage((m) => m.channel === CHANNEL, 'the incident message');
    slack.assertNoUnexpectedMessages();
  });

  it('Actions: reads client_payload from GITHUB_EVENT_PATH and the published index through the GitHub API', async () => {
    github.setFile('oncall-runbooks-index', 'index.json', JSON.stringify(INDEX));
    const { toDispatch } = await import('../src/dispatch/from-webhook.js');
    const payload = toDispatch(triggeredWebhook(), 'wh-1').payload;
    const eventPath = file('github-event.json', {
      action: 'pagerduty.incident.triggered',
      client_payload: payload,
    });
    await alertCommand.run(
      args({
        channel: CHANNEL,
        'github-token': github.token,
        repository: github.repository,
        'github-api-url': github.url,
      }),
      ctx('action', { GITHUB_EVENT_PATH: eventPath }),
    );
    const top = slack.expectMessage(() => true, 'the incident message');
    slack.assertNoUnexpectedMessages();
    expect(
      top.blocks?.some(
        (b) => b.type === 'context' && b.elements[0]!.text.includes('oncall-runbooks-index:index.json'),
      ),
    ).toBe(true);
    expect(outputs['runbook-id']).toBe('kube-pod-crash-looping');
    expect(github.callsTo(/\/contents\/index\.json/).length).toBeGreaterThan(0);
  });

  it('a failed escalation: the message is posted, the failure logged, and the run exits 1; a re-run posts nothing twice', async () => {
    pd.addUser({ name: 'Escalation Bot', email: 'bot@example.com' });
    const escalating: RunbookIndex = {
      ...INDEX,
      runbooks: INDEX.runbooks.map((r) => ({ ...r, escalateTo: 2 })),
    };
    pd.server.inject(
      { method: 'PUT', times: 2 },
      { kind: 'status', status: 403, body: { error: { message: 'Access Denied', code: 2010 } } },
    );
    const run = () =>
      alertCommand.run(
        args({
          event: file('webhook.json', triggeredWebhook()),
          channel: CHANNEL,
          index: file('index.json', escalating),
          'from-email': 'bot@example.com',
        }),
        ctx('cli'),
      );
    const first = await run();
    expect(first.exitCode).toBe(1);
    const top = slack.expectMessage((m) => m.channel === CHANNEL, 'the incident message');
    expect(JSON.stringify(top.blocks)).toContain('the escalation failed');
    expect(log.text()).toContain('Left undone: escalate incident PGR0VU2 to level 2');
    const again = await run();
    expect(again.exitCode).toBe(1);
    slack.assertNoUnexpectedMessages();
    expect(outputs.action).toBe('duplicate');
  });

  it('falls back to runbooks/ in a checkout when nothing else is given', async () => {
    mkdirSync(join(work, 'runbooks'));
    writeFileSync(join(work, 'runbooks', 'disk-full.yml'), RUNBOOK_YAML);
    const diskIncident = pd.addIncident({ title: 'Disk full on db-1', escalationPolicyId: 'PUS0KTE' });
    const body = triggeredWebhook();
    Object.assign(body.event.data as object, { id: diskIncident.id, title: diskIncident.title });
    await alertCommand.run(args({ event: file('webhook.json', body), channel: CHANNEL }), ctx('cli'));
    expect(outputs['runbook-id']).toBe('disk-full');
    expect(slack.messages()[0]!.text).toContain('Disk full on db-1');
  });

  it('service.updated (documented as ignored) exits 0 with a log line and touches nothing', async () => {
    const body = JSON.parse(
      readFileSync(join(process.cwd(), '__tests__/fixtures/webhooks/service.updated.json'), 'utf8'),
    ) as unknown;
    const result = await alertCommand.run(
      args({ event: file('service.json', body), channel: CHANNEL, index: file('i.json', INDEX) }),
      ctx('cli'),
    );
    expect(result.exitCode).toBe(0);
    expect(outputs.action).toBe('ignored');
    expect(log.text()).toContain('Ignoring service.updated');
    expect(slack.server.calls).toEqual([]);
    expect(pd.server.calls).toEqual([]);
  });

  it('--dry-run without a Slack token prints the message and writes nothing', async () => {
    const { 'slack-bot-token': _t, ...values } = args({}).values;
    const result = await alertCommand.run(
      {
        values: {
          ...values,
          event: file('webhook.json', triggeredWebhook()),
          channel: CHANNEL,
          index: file('i.json', INDEX),
          'dry-run': true,
        },
        positionals: [],
      },
      ctx('cli'),
    );
    expect(result.exitCode).toBe(0);
    expect(slack.server.calls).toEqual([]);
    const printed = JSON.parse(stdout) as { channel: string; text: string };
    expect(printed.channel).toBe(CHANNEL);
    expect(printed.text).toContain('KubePodCrashLooping');
    expect(outputs.action).toBe('dry-run');
  });

  it.each([
    [{ channel: undefined }, /Missing --channel: expected the Slack channel ID/],
    [
      { channel: '#oncall' },
      /Invalid --channel: expected a Slack channel ID such as "C0123ABCD".*found "#oncall"/,
    ],
    [{ 'pagerduty-token': undefined }, /Missing PAGERDUTY_TOKEN \(environment\)/],
    [{ 'slack-bot-token': undefined }, /Missing SLACK_BOT_TOKEN \(environment\)/],
    [{ index: 'a.json', dir: 'runbooks' }, /--index and --dir are alternatives/],
    [{ event: 'missing.json' }, /Cannot read the event file missing\.json/],
  ])('refuses %j with a clear error', async (override, message) => {
    const values = { event: file('webhook.json', triggeredWebhook()), channel: CHANNEL, ...override };
    await expect(alertCommand.run(args(values), ctx('cli'))).rejects.toThrow(ConfigError);
    await expect(alertCommand.run(args(values), ctx('cli'))).rejects.toThrow(message);
    expect(slack.messages()).toEqual([]);
  });

  it('names the action input when the channel is missing in Actions', async () => {
    await expect(alertCommand.run(args({ event: 'x.json' }), ctx('action'))).rejects.toThrow(
      /Missing input "channel"/,
    );
  });

  it('says where runbooks can come from when there are none', async () => {
    await expect(
      alertCommand.run(
        args({ event: file('webhook.json', triggeredWebhook()), channel: CHANNEL }),
        ctx('cli'),
      ),
    ).rejects.toThrow(/No runbooks to match against: give --index .* or GITHUB_TOKEN and GITHUB_REPOSITORY/);
  });

  it('needs no runbooks for a later event whose incident already has its message', async () => {
    await alertCommand.run(
      args({
        event: file('webhook.json', triggeredWebhook()),
        channel: CHANNEL,
        index: file('index.json', INDEX),
      }),
      ctx('cli'),
    );
    await alertCommand.run(
      args({ event: file('ack.json', webhooks.acknowledged), channel: CHANNEL }),
      ctx('cli'),
    );
    const [entry] = slack.channelTranscript(CHANNEL);
    expect(entry!.replies.map((r) => r.text)).toEqual([':eyes: Acknowledged by *Tenex Engineer*.']);
    expect(outputs.action).toBe('replied');
  });
});
