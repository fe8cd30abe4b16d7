/**
 * `oncall postmortem` and the alert command's automatic draft (`postmortem-on`), as the CLI and the action run
 * them, against the loopback fakes.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alertCommand } from '../src/commands/alert.js';
import type { CommandContext, OptionValue } from '../src/commands/command.js';
import { postmortemCommand } from '../src/commands/postmortem.js';
import { findCommand, isActionCommand } from '../src/commands/registry.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { FakePagerDuty, type FakeIncident } from '../src/fakes/pagerduty.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger, Redactor } from '../src/log.js';
import { POSTMORTEM_EVENT_TYPE } from '../src/postmortem/run.js';
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
      priority: 0,
      match: { any: ['KubePodCrashLooping'], all: [], none: [], regex: [], services: [] },
    },
  ],
};

let clock: FakeClock;
let pd: FakePagerDuty;
let slack: FakeSlack;
let github: FakeGitHub;
let work: string;
let log: MemoryLogger;
let outputs: Record<string, string>;
let stdout: string;
let incident: FakeIncident;
let aliceId: string;

// The commands import their modules lazily, several at once; Jest's ESM loader can fail when two such imports race
// for a module it has not linked yet, so they are linked once here.
beforeAll(async () => {
  await import('../src/alert/run.js');
  await import('../src/alert/event.js');
  await import('../src/alert/runbooks.js');
  await import('../src/postmortem/run.js');
});

beforeEach(async () => {
  clock = new FakeClock('2026-11-26T01:00:00Z');
  pd = new FakePagerDuty({ clock });
  const alice = pd.addUser({ name: 'Alice Example', email: 'alice@example.com' });
  aliceId = alice.id;
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
    urgency: 'high',
  });
  slack = new FakeSlack(
    {
      users: [{ id: 'U0ALICE', name: 'alice', realName: 'Alice Example', email: 'alice@example.com' }],
      channels: [{ id: CHANNEL, name: 'oncall' }],
    },
    { clock },
  );
  github = new FakeGitHub();
  await Promise.all([pd.start(), slack.start(), github.start()]);
  work = mkdtempSync(join(tmpdir(), 'oncall-postmortem-cmd-'));
  log = new MemoryLogger();
  outputs = {};
  stdout = '';
});

afterEach(async () => {
  await Promise.all([pd.stop(), slack.stop(), github.stop()]);
  rmSync(work, { recursive: true, force: true });
});

function ctx(surface: 'cli' | 'action'): CommandContext {
  return {
    surface,
    cwd: work,
    env: {},
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
      'github-token': github.token,
      repository: github.repository,
      'github-api-url': github.url,
      index: file('index.json', INDEX),
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

/** The webhook fixture as `type`, pointed at the incident the fake holds. */
function webhook(type: 'incident.triggered' | 'incident.resolved', id: string) {
  const body = structuredClone(webhooks.triggered!);
  body.event.id = id;
  body.event.event_type = type;
  const data = body.event.data as Record<string, unknown>;
  data.title = incident.title;
  data.status = type === 'incident.resolved' ? 'resolved' : 'triggered';
  return body;
}

/** Posts the incident message, then resolves the incident in PagerDuty (as Alice). */
async function postThenResolve(): Promise<void> {
  const posted = await alertCommand.run(
    args({ event: file('t.json', webhook('incident.triggered', 'ev-1')), channel: CHANNEL }),
    ctx('action'),
  );
  expect(posted.exitCode).toBe(0);
  clock.advance(30 * 60_000);
  pd.resolve(incident.id, aliceId);
  pd.addLogEntry(incident.id, {
    type: 'resolve_log_entry',
    at: clock.now(),
    agent: { id: aliceId, type: 'user_reference', name: 'Alice Example' },
  });
}

describe('oncall postmortem', () => {
  it('opens the draft pull request, with its outputs', async () => {
    await postThenResolve();

    const result = await postmortemCommand.run(args({ incident: incident.id, channel: CHANNEL }), ctx('cli'));

    expect(result.exitCode).toBe(0);
    expect(github.pulls).toHaveLength(1);
    const path = 'postmortems/2026-11-26-kubepodcrashlooping.md';
    expect(outputs).toMatchObject({
      action: 'created',
      'pull-request-url': `https://github.com/acme/oncall/pull/${github.pulls[0]!.number}`,
      'postmortem-path': path,
    });
    const draft = github.file(`postmortem/${incident.id}`, path)!;
    expect(draft).toContain(
      '[Pod is crash-looping (kube-pod-crash-looping)](https://github.com/acme/oncall/blob/',
    );
    expect(draft).toContain('index v1 @ `0123456`');
    expect(draft).toContain('| Time to resolve (MTTR)     | 30 min');
    expect(stdout).toContain(`created https://github.com/acme/oncall/pull/`);
  });

  it('prints the draft in a dry run, with no GitHub token, and writes nothing', async () => {
    const result = await postmortemCommand.run(
      {
        ...args({ incident: incident.id, 'dry-run': true }),
        values: { ...args({}).values, 'github-token': undefined, incident: incident.id, 'dry-run': true },
      },
      ctx('cli'),
    );
    expect(result.exitCode).toBe(0);
    expect(stdout).toContain('postmortems/2026-11-26-kubepodcrashlooping.md');
    expect(stdout).toContain('## Action items');
    expect(github.calls).toHaveLength(0);
  });

  it('is registered as a command of the CLI and the action', async () => {
    expect(await findCommand('postmortem')!.load()).toBe(postmortemCommand);
    expect(isActionCommand('postmortem')).toBe(true);
  });

  it('says which input is wrong', async () => {
    await expect(postmortemCommand.run(args({ incident: 'not an id!' }), ctx('action'))).rejects.toThrow(
      'Invalid input "incident": expected a PagerDuty incident ID',
    );
  });
});

describe('oncall alert --postmortem-on', () => {
  it('drafts the postmortem of a resolved high-urgency incident after its reply, and links it once', async () => {
    await postThenResolve();
    const resolved = args({
      event: file('r.json', webhook('incident.resolved', 'ev-2')),
      channel: CHANNEL,
      'postmortem-on': 'urgency:high',
    });

    expect((await alertCommand.run(resolved, ctx('action'))).exitCode).toBe(0);
    expect((await alertCommand.run(resolved, ctx('action'))).exitCode).toBe(0);

    expect(github.pulls).toHaveLength(1);
    expect(outputs['postmortem-url']).toBe(`https://github.com/acme/oncall/pull/${github.pulls[0]!.number}`);
    const links = slack.messages(CHANNEL).filter((m) => m.metadata?.eventType === POSTMORTEM_EVENT_TYPE);
    expect(links).toHaveLength(1);
  });

  it('keeps the thread reply and exits 0 when GitHub fails, with a warning that says how to retry', async () => {
    await postThenResolve();
    github.server.inject({ times: 100 }, { kind: 'status', status: 502, body: 'bad gateway' });
    const before = slack.messages(CHANNEL).length;

    const result = await alertCommand.run(
      args({
        event: file('r.json', webhook('incident.resolved', 'ev-2')),
        channel: CHANNEL,
        'postmortem-on': 'urgency:high',
      }),
      ctx('action'),
    );

    expect(result.exitCode).toBe(0);
    expect(outputs.action).toBe('replied');
    expect(slack.messages(CHANNEL)).toHaveLength(before + 1);
    expect(log.text()).toContain(`run "oncall postmortem --incident ${incident.id}"`);
  });

  it('does nothing for an incident the trigger does not name', async () => {
    await postThenResolve();
    await alertCommand.run(
      args({
        event: file('r.json', webhook('incident.resolved', 'ev-2')),
        channel: CHANNEL,
        'postmortem-on': 'priority:P1',
      }),
      ctx('action'),
    );
    expect(github.pulls).toHaveLength(0);
    expect(github.commits).toHaveLength(0);
  });
});
