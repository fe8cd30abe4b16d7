/**
 * `oncall remind` as the CLI and the action run it: options → adapters → the sweep, against the loopback fakes.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAlert } from '../src/alert/run.js';
import type { CommandContext, OptionValue } from '../src/commands/command.js';
import { findCommand } from '../src/commands/registry.js';
import { remindCommand } from '../src/commands/remind.js';
import { ConfigError } from '../src/errors.js';
import { Redactor } from '../src/log.js';
import { buildIndex, serializeIndex } from '../src/runbooks/index-file.js';
import { CHANNEL, RUNBOOKS, makeAssistWorld, type AssistWorld } from './support/assist-world.js';

let world: AssistWorld;
let work: string;
let outputs: Record<string, string>;
let stdout: string;

beforeEach(async () => {
  world = await makeAssistWorld();
  work = mkdtempSync(join(tmpdir(), 'oncall-remind-cmd-'));
  outputs = {};
  stdout = '';
  const index = buildIndex(
    RUNBOOKS.map((r) => ({ ...r, tests: { match: [], noMatch: [] }, file: `runbooks/${r.id}.yml` })),
    { repository: 'acme/ops', commit: null, dir: 'runbooks' },
  );
  writeFileSync(join(work, 'index.json'), serializeIndex(index));
});

afterEach(async () => {
  await world.stop();
  rmSync(work, { recursive: true, force: true });
});

function ctx(surface: 'cli' | 'action'): CommandContext {
  return {
    surface,
    cwd: work,
    env: {},
    clock: world.clock,
    log: world.log,
    redactor: new Redactor(),
    stdout: (t) => (stdout += t),
    stdinLines: async function* () {},
    setOutput: (name, value) => (outputs[name] = value),
  };
}

function args(values: Record<string, OptionValue>) {
  return {
    values: {
      'pagerduty-token': world.pd.expectedToken,
      'pagerduty-api-url': world.pd.url,
      'slack-bot-token': world.slack.token,
      'slack-api-url': world.slack.url,
      channel: CHANNEL,
      index: 'index.json',
      ...values,
    },
    positionals: [],
  };
}

describe('oncall remind', () => {
  it('is registered and an action command', async () => {
    expect(await findCommand('remind')!.load()).toBe(remindCommand);
  });

  it('reminds through the published index fields and reports what it did', async () => {
    const incident = world.incident('DiskFull on db-1');
    await runAlert(world.deps, world.settings, world.dispatch(incident, 'incident.triggered'));
    world.clock.advance(5 * 60_000);
    const result = await remindCommand.run(args({ 'remind-user-group': 'S0ONCALL' }), ctx('cli'));
    expect(result.exitCode).toBe(0);
    expect(outputs.reminded).toBe('1');
    expect(stdout).toContain('reminded 1 of 1 open incident(s)');
  });

  it('exits 1 (work left undone) and posts nothing when PagerDuty cannot be read', async () => {
    const incident = world.incident('DiskFull on db-1');
    await runAlert(world.deps, world.settings, world.dispatch(incident, 'incident.triggered'));
    world.clock.advance(5 * 60_000);
    const before = world.slack.messages().length;
    world.pd.server.inject(
      { method: 'GET', path: '/incidents', times: Infinity },
      { kind: 'status', status: 503, body: { error: { message: 'down' } } },
    );
    const result = await remindCommand.run(args({}), ctx('action'));
    expect(result.exitCode).toBe(1);
    expect(world.slack.messages()).toHaveLength(before);
    expect(
      world.log.lines.some(
        (l) => l.level === 'error' && l.message.includes('Left undone: list the open incidents'),
      ),
    ).toBe(true);
  });

  it('prints the reminders of a dry run without a Slack token and posts nothing', async () => {
    const result = await remindCommand.run(
      args({ 'dry-run': true, 'slack-bot-token': undefined }),
      ctx('cli'),
    );
    expect(result.exitCode).toBe(0);
    expect(stdout).toContain('would remind 0 of 0 open incident(s)');
  });

  it('reports every bad option at once, naming the input and the expected form', () => {
    const check = () =>
      remindCommand.check!(
        args({
          channel: '#oncall',
          'remind-after': '5 minutes',
          'max-reminders': '0',
          'remind-user-group': '@oncall',
        }),
        { surface: 'action' },
      );
    expect(check).toThrow(ConfigError);
    let message = '';
    try {
      check();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Invalid input "channel"');
    expect(message).toContain(
      'Invalid input "remind-after": expected a duration from 1m to 24h such as "10m"',
    );
    expect(message).toContain(
      'Invalid input "max-reminders": expected a whole number from 1 to 10, found "0"',
    );
    expect(message).toContain('Invalid input "remind-user-group": expected a Slack user group ID');
  });
});
