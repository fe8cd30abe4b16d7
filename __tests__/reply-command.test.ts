/**
 * `oncall reply`: a diagnostic's output into its incident's thread, through the CLI against the loopback fakes.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DIAGNOSTIC_OUTPUT_EVENT_TYPE, buildDiagnosticReply } from '../src/alert/diagnostic-reply.js';
import { TOP_EVENT_TYPE } from '../src/alert/message.js';
import { main } from '../src/cli/main.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty, type FakeIncident } from '../src/fakes/pagerduty.js';
import { FakeSlack, type FakeMessage } from '../src/fakes/slack.js';
import { SLACK_LIMITS, totalBlockText } from '../src/slack/limits.js';
import type { Block } from '../src/slack/types.js';

const CHANNEL = 'C0ONCALL';
const RUN_ENV = {
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_JOB: 'diagnose',
  GITHUB_WORKFLOW: 'Diagnose MySQL',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/oncall',
};
const RUN_URL = 'https://github.com/acme/oncall/actions/runs/4242';

let clock: FakeClock;
let pd: FakePagerDuty;
let slack: FakeSlack;
let work: string;
let incident: FakeIncident;
let top: FakeMessage;

beforeEach(async () => {
  clock = new FakeClock('2026-11-26T01:00:00Z', true);
  pd = new FakePagerDuty({ clock });
  const alice = pd.addUser({ name: 'Alice Example', email: 'alice@example.com' });
  const policy = pd.addEscalationPolicy({
    name: 'Platform',
    rules: [{ targets: [{ type: 'user', id: alice.id }] }],
  });
  incident = pd.addIncident({
    title: 'MysqlTooManyConnections',
    escalationPolicyId: policy.id,
    createdAt: clock.now(),
  });
  slack = new FakeSlack({ channels: [{ id: CHANNEL, name: 'oncall' }] }, { clock });
  await Promise.all([pd.start(), slack.start()]);
  clock.advance(30_000);
  top = slack.seedMessage({
    channel: CHANNEL,
    text: 'incident message',
    metadata: { eventType: TOP_EVENT_TYPE, payload: { incident_id: incident.id } },
  });
  work = mkdtempSync(path.join(tmpdir(), 'oncall-reply-'));
});

afterEach(async () => {
  await Promise.all([pd.stop(), slack.stop()]);
  rmSync(work, { recursive: true, force: true });
});

async function reply(argv: string[], env: Record<string, string> = RUN_ENV) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main({
    argv: ['reply', '--channel', CHANNEL, ...argv],
    env: {
      PAGERDUTY_TOKEN: pd.expectedToken,
      PAGERDUTY_API_URL: pd.url,
      SLACK_BOT_TOKEN: slack.token,
      SLACK_API_URL: slack.url,
      ...env,
    },
    cwd: work,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: Readable.from([]),
    clock,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const outputReplies = () =>
  slack.messages(CHANNEL).filter((m) => m.metadata?.eventType === DIAGNOSTIC_OUTPUT_EVENT_TYPE);
const texts = (blocks: Block[] | undefined) =>
  (blocks ?? []).flatMap((b) =>
    b.type === 'section' ? [b.text?.text ?? ''] : b.type === 'context' ? b.elements.map((e) => e.text) : [],
  );

describe('oncall reply', () => {
  it("posts the output into the incident's thread, escaped in a code block, with a link to the run", async () => {
    const { code, stdout } = await reply([
      '--incident',
      incident.id,
      '--text',
      'Threads_connected: 951\n<!channel> <@U0ADMIN> & ```done```',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^posted ts=/);
    const posted = slack.expectMessage(
      (m) => m.threadTs === top.ts && m.metadata?.eventType === DIAGNOSTIC_OUTPUT_EVENT_TYPE,
      'the output reply',
    );
    slack.assertNoUnexpectedMessages();
    const shown = texts(posted.blocks);
    expect(shown[0]).toBe(`:clipboard: *Output of Diagnose MySQL* · <${RUN_URL}|run 4242>`);
    expect(shown[1]).toBe(
      '```\nThreads_connected: 951\n&lt;!channel&gt; &lt;@U0ADMIN&gt; &amp; \u02CB\u02CB\u02CBdone\u02CB\u02CB\u02CB\n```',
    );
    expect(posted.metadata?.payload).toEqual({
      incident_id: incident.id,
      run_id: '4242',
      run_attempt: 1,
      job: 'diagnose',
    });
    const [thread] = slack.channelTranscript(CHANNEL);
    expect(thread!.replies[0]!.broadcasts).toEqual([]);
    expect(thread!.replies[0]!.mentions).toEqual([]);
  });

  it('posts once per run: the same step again posts nothing, a re-run of the job replaces the output in place', async () => {
    expect((await reply(['--incident', incident.id, '--text', 'first'])).code).toBe(0);
    const again = await reply(['--incident', incident.id, '--text', 'first']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^duplicate /);
    expect(outputReplies()).toHaveLength(1);
    const rerun = await reply(['--incident', incident.id, '--text', 'second'], {
      ...RUN_ENV,
      GITHUB_RUN_ATTEMPT: '2',
    });
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/^updated /);
    const [only] = outputReplies();
    expect(outputReplies()).toHaveLength(1);
    expect(only!.updates).toBe(1);
    expect(texts(only!.blocks).join('\n')).toContain('second');
    expect(texts(only!.blocks)[0]).toContain(`<${RUN_URL}/attempts/2|run 4242, attempt 2>`);
  });

  it("trims a long output to Slack's limits, says how much is shown and links the run's log", async () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    const file = path.join(work, 'out.txt');
    writeFileSync(file, lines.join('\n'));
    const { code, stdout, stderr } = await reply(['--incident', incident.id, '--file', 'out.txt']);
    expect(code).toBe(0);
    expect(stdout).toContain('(trimmed)');
    expect(stderr).toContain('trimmed to fit Slack');
    const [posted] = outputReplies();
    const blocks = posted!.blocks!;
    for (const b of blocks)
      if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(totalBlockText(blocks)).toBeLessThanOrEqual(SLACK_LIMITS.totalBlockText);
    const note = texts(blocks).at(-1)!;
    expect(note).toMatch(/^_Trimmed to fit Slack: showing the first \d+ of 2000 lines/);
    expect(note).toContain(`<${RUN_URL}|run's log>`);
    expect(texts(blocks)[1]).toContain('line 0 ');
  });

  it('reads a large file only up to its bound, and says the output was trimmed', async () => {
    const file = path.join(work, 'big.txt');
    writeFileSync(file, 'y'.repeat(2 * 1024 * 1024));
    const { code } = await reply(['--incident', incident.id, '--file', file]);
    expect(code).toBe(0);
    expect(texts(outputReplies()[0]!.blocks).at(-1)).toContain('Trimmed to fit Slack');
  });

  it('an incident PagerDuty does not know is a clear error and exit 1; nothing is posted', async () => {
    const { code, stderr } = await reply(['--incident', 'PNOSUCH1', '--text', 'x']);
    expect(code).toBe(1);
    expect(stderr).toContain('PagerDuty has no incident PNOSUCH1');
    expect(outputReplies()).toHaveLength(0);
  });

  it('an incident without a message in the channel is a clear error and exit 1', async () => {
    const other = pd.addIncident({
      title: 'Other',
      escalationPolicyId: incident.escalationPolicyId,
      createdAt: clock.now(),
    });
    const { code, stderr } = await reply(['--incident', other.id, '--text', 'x']);
    expect(code).toBe(1);
    expect(stderr).toContain(`No message for incident ${other.id} in channel ${CHANNEL}`);
    expect(outputReplies()).toHaveLength(0);
  });

  it('wants exactly one of --text and --file', async () => {
    const both = await reply(['--incident', incident.id, '--text', 'x', '--file', 'out.txt']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Give exactly one of --text (the output itself) and --file');
    const neither = await reply(['--incident', incident.id]);
    expect(neither.code).toBe(2);
  });

  it('outside Actions posts without a run link or idempotency key', async () => {
    const { code } = await reply(['--incident', incident.id, '--text', 'ok', '--title', 'By hand'], {});
    expect(code).toBe(0);
    const [posted] = outputReplies();
    expect(texts(posted!.blocks)[0]).toBe(':clipboard: *Output of By hand*');
    expect(posted!.metadata?.payload).toEqual({ incident_id: incident.id });
  });
});

describe('buildDiagnosticReply', () => {
  it('shows an empty output as such', () => {
    const { message, trimmed } = buildDiagnosticReply({
      channel: CHANNEL,
      threadTs: '1.000100',
      incidentId: 'P1',
      output: '  \n',
      title: 'Diagnose',
    });
    expect(trimmed).toBe(false);
    expect(texts(message.blocks)).toEqual([
      ':clipboard: *Output of Diagnose*',
      '_The diagnostic printed nothing._',
    ]);
  });

  it('cuts one overlong line inside a block without splitting an escape', () => {
    const { message, trimmed } = buildDiagnosticReply({
      channel: CHANNEL,
      threadTs: '1.000100',
      incidentId: 'P1',
      output: '&'.repeat(5_000),
      title: 'Diagnose',
    });
    expect(trimmed).toBe(true);
    const code = texts(message.blocks)[1]!;
    expect(code.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(code).toMatch(/^```\n(&amp;)+\n```$/);
  });
});
