/** `oncall shift` and `command: shift` wiring: options, tokens from env/inputs, dry-run output, action outputs. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { parseAt, readShiftSettings } from '../src/commands/shift.js';
import { ConfigError } from '../src/errors.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { run as runAction, type ActionCore } from '../src/main.js';

const CHANNEL = 'C0SHIFT01';
let pd: FakePagerDuty;
let slack: FakeSlack;

beforeEach(async () => {
  pd = new FakePagerDuty({ timeZone: 'Asia/Tokyo' });
  pd.addUser({ id: 'PALICE1', name: 'Alice Adams', email: 'alice@example.com' });
  pd.addSchedule({ id: 'PSCHED1', name: 'Primary', timeZone: 'Asia/Tokyo' });
  pd.addEscalationPolicy({
    id: 'PPOLICY',
    name: 'Platform',
    rules: [{ targets: [{ type: 'schedule', id: 'PSCHED1' }] }],
  });
  pd.addOnCall({
    userId: 'PALICE1',
    scheduleId: 'PSCHED1',
    escalationPolicyId: 'PPOLICY',
    level: 1,
    start: '2026-06-01T01:00:00Z',
    end: '2026-06-08T01:00:00Z',
  });
  // Slack stamps messages at the time the runs pretend to be (`--at`), so their look-ups, which are bounded by the
  // shift window, see them.
  slack = new FakeSlack(
    {
      users: [{ id: 'U0ALICE', name: 'alice', email: 'alice@example.com' }],
      channels: [{ id: CHANNEL, name: 'oncall' }],
    },
    { clock: new FakeClock('2026-06-05T01:07:00Z') },
  );
  await Promise.all([pd.start(), slack.start()]);
});
afterEach(async () => {
  await Promise.all([pd.stop(), slack.stop()]);
});

async function cli(argv: string[], env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main({
    argv: ['shift', ...argv],
    env,
    cwd: process.cwd(),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: Readable.from([]),
  });
  return { code, out: out.join(''), err: err.join('') };
}

const BASE = [
  '--schedule',
  'PSCHED1',
  '--channel',
  CHANNEL,
  '--timezone',
  'Asia/Tokyo',
  '--handover',
  '10:00',
];

describe('oncall shift (CLI)', () => {
  it('prints the exact Block Kit payload and a text preview on --dry-run, without calling Slack', async () => {
    const r = await cli([...BASE, '--dry-run', '--at', '2026-06-05T10:07'], {
      PAGERDUTY_TOKEN: pd.expectedToken,
      PAGERDUTY_API_URL: pd.url,
    });
    expect(r.err).not.toContain('error');
    expect(r.code).toBe(0);
    const [json, preview] = r.out.split('\n\n');
    const payload = JSON.parse(json!) as {
      channel: string;
      blocks: unknown[];
      metadata: { event_type: string };
    };
    expect(payload.channel).toBe(CHANNEL);
    expect(payload.metadata.event_type).toBe('oncall_shift_post');
    expect(preview).toContain('On call today · Fri 5 Jun');
    expect(r.out).toContain('• Alice Adams — whole shift');
    expect(slack.server.calls).toHaveLength(0);
    slack.assertNoUnexpectedMessages();
    expect(r.err).not.toContain(pd.expectedToken);
  });

  it('posts through the Slack fake with tokens and URLs from the environment', async () => {
    const r = await cli([...BASE, '--at', '2026-06-05T01:07:00Z'], {
      PAGERDUTY_TOKEN: pd.expectedToken,
      PAGERDUTY_API_URL: pd.url,
      SLACK_BOT_TOKEN: slack.token,
      SLACK_API_URL: slack.url,
    });
    expect(r.code).toBe(0);
    const post = slack.expectMessage(
      (m) => m.metadata?.payload.shift_date === '2026-06-05',
      'the shift post',
    );
    slack.assertNoUnexpectedMessages();
    expect(JSON.stringify(post.blocks)).toContain('<@U0ALICE> — whole shift');
  });

  it('several team channels in one run: one post in each, and a re-run posts nothing twice', async () => {
    const team = 'C0TEAMDB';
    slack.addChannel({ id: team, name: 'team-db' });
    const argv = BASE.map((a) => (a === CHANNEL ? `${CHANNEL}, ${team}` : a));
    const env = {
      PAGERDUTY_TOKEN: pd.expectedToken,
      PAGERDUTY_API_URL: pd.url,
      SLACK_BOT_TOKEN: slack.token,
      SLACK_API_URL: slack.url,
    };
    expect((await cli([...argv, '--at', '2026-06-05T01:07:00Z'], env)).code).toBe(0);
    expect((await cli([...argv, '--at', '2026-06-05T01:08:00Z'], env)).code).toBe(0);
    for (const channel of [CHANNEL, team]) {
      slack.expectMessage(
        (m) => m.channel === channel && m.metadata?.payload.shift_date === '2026-06-05',
        `the shift post in ${channel}`,
      );
    }
    slack.assertNoUnexpectedMessages();
  });

  it('names every channel that is not an ID', async () => {
    const argv = BASE.map((a) => (a === CHANNEL ? `${CHANNEL},#db,oncall` : a));
    const r = await cli([...argv, '--dry-run'], {
      PAGERDUTY_TOKEN: pd.expectedToken,
      PAGERDUTY_API_URL: pd.url,
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('Invalid --channel: expected a Slack channel ID such as "C0123ABCD", or several');
    expect(r.err).toContain('found "#db", "oncall"');
  });

  it('names the flag and suggests the zone for a misspelt --timezone (exit 2)', async () => {
    const r = await cli(
      ['--schedule', 'PSCHED1', '--channel', CHANNEL, '--timezone', 'Asia/Tokio', '--handover', '10:00'],
      {},
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'Invalid --timezone: "Asia/Tokio" is not an IANA time zone (e.g. "Asia/Tokyo"). Did you mean "Asia/Tokyo"?',
    );
  });

  it('reports every invalid option in one run (exit 2), a city alone suggesting its zone', async () => {
    const r = await cli(
      [
        '--schedule',
        'PSCHED1',
        '--channel',
        'oncall',
        '--timezone',
        'Tokyo',
        '--handover',
        '9am',
        '--language',
        'jp',
      ],
      { PAGERDUTY_TOKEN: pd.expectedToken },
    );
    expect(r.code).toBe(2);
    // The log indents the lines after the first.
    expect(r.err).toContain('5 configuration problems:\n');
    expect(r.err).toContain('\n  - Invalid --channel: expected a Slack channel ID such as "C0123ABCD"');
    expect(r.err).toContain(
      '\n  - Invalid --timezone: "Tokyo" is not an IANA time zone (e.g. "Asia/Tokyo"). Did you mean "Asia/Tokyo"?\n',
    );
    expect(r.err).toContain('\n  - Invalid --handover');
    expect(r.err).toContain('\n  - Invalid --language: expected one of');
    expect(r.err).toContain('\n  - Missing Slack bot token: set SLACK_BOT_TOKEN');
  });

  it('asks for the Slack token, or --dry-run, when it is missing', async () => {
    const r = await cli(BASE, { PAGERDUTY_TOKEN: pd.expectedToken });
    expect(r.code).toBe(2);
    expect(r.err).toContain('Missing Slack bot token: set SLACK_BOT_TOKEN');
  });

  it('does not accept tokens as flags (shell history)', async () => {
    const r = await cli([...BASE, '--slack-bot-token', 'xoxb-secret-1234'], {});
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('xoxb-secret-1234');
    expect(slack.server.calls).toHaveLength(0);
    slack.assertNoUnexpectedMessages();
  });
});

/** Runs `command: shift` as the action does, for the 10:30 JST run on 5 Jun, and records what it reported. */
async function runShiftAction() {
  const outputs: Record<string, string> = {};
  const secrets: string[] = [];
  const summary: string[] = [];
  const failed: string[] = [];
  const inputs: Record<string, string> = {
    command: 'shift',
    schedule: 'PSCHED1',
    channel: CHANNEL,
    timezone: 'Asia/Tokyo',
    handover: '10:00',
    at: '2026-06-05T10:30',
    'pagerduty-token': pd.expectedToken,
    'slack-bot-token': slack.token,
    'pagerduty-api-url': pd.url,
    'slack-api-url': slack.url,
  };
  const noop = () => undefined;
  const core: ActionCore = {
    getInput: (name) => inputs[name] ?? '',
    setSecret: (s) => void secrets.push(s),
    setOutput: (name, value) => void (outputs[name] = value),
    setFailed: (m) => void failed.push(m),
    debug: noop,
    info: noop,
    warning: noop,
    error: noop,
    summary: { addRaw: (t: string) => void summary.push(t), write: async () => undefined },
  };
  await runAction({ core, env: {}, cwd: process.cwd() });
  return { outputs, secrets, summary, failed };
}

describe('command: shift (action)', () => {
  it('reads inputs, masks the tokens, sets the outputs and writes the job summary', async () => {
    const { outputs, secrets, summary, failed } = await runShiftAction();
    expect(failed).toEqual([]);
    expect(secrets).toEqual(expect.arrayContaining([pd.expectedToken, slack.token]));
    const post = slack.expectMessage(
      (m) => m.metadata?.payload.shift_date === '2026-06-05',
      'the shift post',
    );
    slack.assertNoUnexpectedMessages();
    expect(outputs['message-ts']).toBe(post.ts);
    expect(outputs.permalink).toContain('/archives/C0SHIFT01/p');
    expect(outputs['oncall-user-ids']).toBe('U0ALICE');
    expect(summary.join('')).toContain('### On-call shift 2026-06-05 (Asia/Tokyo)');
  });
});

describe('command: shift (action), a failed Slack lookup', () => {
  it('posts with the name, fails the job and says why in the summary', async () => {
    slack.setScopes(['chat:write', 'channels:history', 'usergroups:write', 'usergroups:read']);
    const { summary, failed } = await runShiftAction();
    const post = slack.expectMessage(
      (m) => m.metadata?.payload.shift_date === '2026-06-05',
      'the shift post',
    );
    slack.assertNoUnexpectedMessages();
    expect(JSON.stringify(post.blocks)).toContain('Alice Adams — whole shift');
    expect(failed).toHaveLength(1);
    expect(summary.join('')).toContain(
      ':warning: Slack lookup failed for Alice Adams: shown by name, not notified; the user group kept its members',
    );
  });
});

describe('shift settings', () => {
  const ctx = { surface: 'action' as const };
  const args = (values: Record<string, string | boolean | string[]>) => ({
    values: { schedule: ['PSCHED1'], channel: CHANNEL, timezone: 'Asia/Tokyo', handover: '10:00', ...values },
    positionals: [],
  });

  it.each([
    [{ schedule: [] }, 'Missing input "schedule" or input "escalation-policy"'],
    [{ levels: ['1'] }, 'input "levels" applies to escalation policies'],
    [
      { 'escalation-policy': ['PPOLICY'], levels: ['x'] },
      'Invalid input "levels": expected escalation levels such as "1,2", found "x"',
    ],
    [{ channel: '#oncall' }, 'Invalid input "channel": expected a Slack channel ID'],
    [
      { handover: '25:00' },
      'Invalid input "handover": expected a 24-hour time HH:MM such as "10:00", found "25:00"',
    ],
    [{ language: 'fr' }, 'Invalid input "language": expected one of en, ja, found "fr"'],
    [{ holidays: 'us' }, 'Invalid input "holidays": expected one of jp, found "us"'],
    [{ 'user-group': 'oncall' }, 'Invalid input "user-group": expected a Slack user group ID'],
    [{ 'upcoming-within': 'soon' }, 'Invalid input "upcoming-within": expected a duration'],
    [{ at: 'tomorrow' }, 'Invalid input "at": expected an ISO date-time'],
  ])('rejects %j', (values, message) => {
    expect(() => readShiftSettings(args(values), ctx)).toThrow(ConfigError);
    expect(() => readShiftSettings(args(values), ctx)).toThrow(message);
  });

  it('turns --holidays jp into business days only', () => {
    const s = readShiftSettings(args({ holidays: 'JP' }), ctx);
    expect(s.businessDaysOnly).toBe(true);
    expect(s.holidays).toEqual(['jp']);
  });

  it.each([
    ['2026-06-05T09:59:59+09:00', '2026-06-05T00:59:59.000Z'],
    ['2026-06-05T00:59:59Z', '2026-06-05T00:59:59.000Z'],
    ['2026-06-05T09:59:59', '2026-06-05T00:59:59.000Z'],
    ['2026-06-05T09:59', '2026-06-05T00:59:00.000Z'],
    ['2026-06-06', '2026-06-06T01:00:00.000Z'],
  ])('reads --at %s as %s', (value, iso) => {
    expect(parseAt(value, 'Asia/Tokyo', '10:00').toISOString()).toBe(iso);
  });
});
