import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { ACTION_COMMANDS, commands, findCommand } from '../src/commands/registry.js';
import { Redactor } from '../src/log.js';
import { readInputs, run, type ActionCore } from '../src/main.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const actionYml = loadYaml(readFileSync('action.yml', 'utf8')) as ActionYml;

function fakeCore(inputs: Record<string, string>) {
  const record = {
    failed: [] as string[],
    secrets: [] as string[],
    outputs: {} as Record<string, string>,
    logs: [] as string[],
    annotations: [] as { level: string; message: string; file?: string; line?: number }[],
    summary: [] as string[],
    summaryWritten: 0,
  };
  const core: ActionCore = {
    getInput: (name) => inputs[name] ?? '',
    setSecret: (s) => void record.secrets.push(s),
    setOutput: (name, value) => void (record.outputs[name] = value),
    setFailed: (m) => void record.failed.push(m),
    debug: (m) => void record.logs.push(m),
    info: (m) => void record.logs.push(m),
    warning: (m, p) =>
      void record.annotations.push({ level: 'warning', message: m, file: p?.file, line: p?.startLine }),
    error: (m, p) =>
      void record.annotations.push({ level: 'error', message: m, file: p?.file, line: p?.startLine }),
    summary: {
      addRaw: (text) => void record.summary.push(text),
      write: async () => void (record.summaryWritten += 1),
    },
  };
  return { core, record };
}

describe('action.yml', () => {
  it('runs the bundled entry on node24', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the action commands read', async () => {
    const expected = new Set(['command', 'path']);
    for (const entry of commands.filter((c) => (ACTION_COMMANDS as readonly string[]).includes(c.name))) {
      const spec = await entry.load();
      for (const option of spec.options) if (!option.cliOnly) expected.add(option.name);
    }
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...expected].sort());
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      expect(`${name}: ${input.description}`.length).toBeGreaterThan(name.length + 10);
    }
  });
});

describe('README.md', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('shows the inputs table generated from the command specs', async () => {
    const { execFileSync } = await import('node:child_process');
    const prettier = await import('prettier');
    const generated = execFileSync(
      process.execPath,
      ['scripts/run-ts.mjs', 'scripts/describe-commands.ts', 'table'],
      { encoding: 'utf8' },
    );
    const options = (await prettier.resolveConfig('README.md')) ?? {};
    const expected = await prettier.format(generated, { ...options, filepath: 'README.md' });
    const start = readme.indexOf('<!-- inputs-table-start -->');
    const end = readme.indexOf('<!-- inputs-table-end -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start, end)).toContain(expected.trim());
  });

  it('lists every output action.yml declares, and no other', () => {
    const section = readme.slice(readme.indexOf('### Outputs'), readme.indexOf('## Runbook format'));
    const listed = [...section.matchAll(/^\| `([a-z-]+)` +\|/gm)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(actionYml.outputs));
  });
});

describe('the action entry', () => {
  it('validates the example runbooks and writes a job summary', async () => {
    const { core, record } = fakeCore({ command: 'validate', path: 'runbooks' });
    await run({ core, env: {}, cwd: process.cwd() });
    expect(record.failed).toEqual([]);
    expect(record.summary.join('\n')).toContain('kube-pod-crash-looping');
    expect(record.summaryWritten).toBe(1);
  });

  it('fails with the list of commands for an unknown command', async () => {
    const { core, record } = fakeCore({ command: 'launch' });
    await run({ core, env: {}, cwd: process.cwd() });
    expect(record.failed).toEqual([
      'Invalid input "command": expected one of validate, publish, shift, alert, report, remind, postmortem, reply, found "launch".',
    ]);
  });

  it('reports every invalid input in one run, with did-you-mean for the command and the time zone', async () => {
    const { core, record } = fakeCore({
      command: 'shfit',
      schedule: 'PSCHED1',
      channel: '#oncall',
      timezone: 'Tokyo',
      handover: '25:00',
      'dry-run': 'maybe',
      'pagerduty-token': 'pd-token',
      'slack-bot-token': 'xoxb-token',
    });
    await run({ core, env: {}, cwd: process.cwd() });
    expect(record.failed).toHaveLength(1);
    const lines = record.failed[0]!.split('\n');
    expect(lines[0]).toBe('5 configuration problems:');
    expect(lines.slice(1)).toEqual([
      '- Invalid input "command": expected one of validate, publish, shift, alert, report, remind, postmortem, reply, found "shfit". Did you mean "shift"?',
      '- input "dry-run" must be true or false, found "maybe".',
      expect.stringContaining('- Invalid input "channel": expected a Slack channel ID such as "C0123ABCD"'),
      '- Invalid input "timezone": "Tokyo" is not an IANA time zone (e.g. "Asia/Tokyo"). Did you mean "Asia/Tokyo"?',
      expect.stringContaining('- Invalid input "handover"'),
    ]);
  });

  it("reports a bad boolean input together with the command's own problems", async () => {
    const { core, record } = fakeCore({
      command: 'shift',
      schedule: 'PSCHED1',
      channel: 'C0123ABCD',
      timezone: 'Asia/Tokyo',
      handover: '10:00',
      'update-topic': 'yes please',
    });
    await run({ core, env: {}, cwd: process.cwd() });
    expect(record.failed).toEqual([
      [
        '3 configuration problems:',
        '- input "update-topic" must be true or false, found "yes please".',
        '- Missing PagerDuty API token: set input "pagerduty-token" (a read-only REST API key is enough).',
        '- Missing Slack bot token: set input "slack-bot-token" (xoxb-…), or use --dry-run to preview without Slack.',
      ].join('\n'),
    ]);
  });

  it("reports the alert command's invalid channel and missing tokens together", async () => {
    const { core, record } = fakeCore({ command: 'alert', channel: '#incidents', 'dry-run': 'false' });
    await run({ core, env: {}, cwd: process.cwd() });
    expect(record.failed).toHaveLength(1);
    const lines = record.failed[0]!.split('\n');
    expect(lines[0]).toBe('2 configuration problems:');
    expect(lines[1]).toMatch(/^- Invalid input "channel": expected a Slack channel ID such as "C0123ABCD"/);
    expect(lines[2]).toMatch(
      /^- Missing PAGERDUTY_TOKEN \(input "pagerduty-token"\) and SLACK_BOT_TOKEN \(input "slack-bot-token"\)/,
    );
  });

  it('tells a user that a CLI-only command is run with npx', async () => {
    const { core, record } = fakeCore({ command: 'relay' });
    await run({ core, env: {}, cwd: process.cwd() });
    expect(record.failed[0]).toContain(
      '"relay" is a CLI command: run it with the CLI, "node dist/cli.js relay"',
    );
  });

  it('masks a token the moment it is read and never prints it', async () => {
    const token = 'u+SECRET-pagerduty-token-1234';
    const { core, record } = fakeCore({
      command: 'shift',
      'pagerduty-token': token,
      'slack-bot-token': 'xoxb-secret-slack-token',
      // An unreachable API makes the run fail after the tokens were read.
      'pagerduty-api-url': 'http://127.0.0.1:9/',
      schedule: 'PABC123',
      channel: 'C0123ABCD',
      timezone: 'Asia/Tokio',
      handover: '10:00',
    });
    await run({ core, env: {}, cwd: process.cwd() });
    expect(record.secrets).toEqual(expect.arrayContaining([token, 'xoxb-secret-slack-token']));
    expect(record.failed).toHaveLength(1);
    expect(record.failed[0]).toContain('Asia/Tokio');
    const everything = JSON.stringify(record);
    expect(everything.split(token).length - 1).toBe(1); // only in the list of secrets handed to setSecret
  });
});

describe('secrets read from inputs', () => {
  it('uses a token with a trailing newline trimmed, and masks and redacts it in every form', async () => {
    const token = 'xoxb-1234-5678-secret';
    const { core, record } = fakeCore({ 'slack-bot-token': `${token}\n` });
    const redactor = new Redactor();
    const spec = await findCommand('shift')!.load();
    const args = readInputs(spec, { core, env: {}, cwd: process.cwd() }, redactor);
    expect(args.values['slack-bot-token']).toBe(token);
    expect(record.secrets).toEqual(expect.arrayContaining([`${token}\n`, token]));
    // A server echoing the token it was sent (the trimmed one) must not get it into the log.
    expect(redactor.redact(`invalid_auth for ${token}.`)).toBe('invalid_auth for ***.');
    expect(redactor.redact(`raw ${token}\n`)).toBe('raw ***');
  });
});

describe('secrets in the job summary', () => {
  it('are scrubbed even after Markdown escaping changed how they are written', async () => {
    const token = 'ghp_under_score_secret_42';
    const work = mkdtempSync(join(tmpdir(), 'oncall-action-secret-'));
    try {
      mkdirSync(join(work, 'runbooks'));
      writeFileSync(
        join(work, 'runbooks', 'echo.yml'),
        `id: echo\ntitle: Token ${token} echoed\nurl: https://wiki.example.com/x\nmatch:\n  any: [EchoAlertName]\n`,
      );
      const { core, record } = fakeCore({
        command: 'validate',
        path: 'runbooks',
        'base-dir': 'runbooks',
        'github-token': `${token}\n`,
      });
      await run({ core, env: {}, cwd: work });
      const summary = record.summary.join('\n');
      expect(summary).toContain('Token *** echoed');
      expect(summary).not.toContain('ghp&#95;under');
      expect(summary).not.toContain(token);
      const printed = [...record.logs, ...record.annotations.map((a) => a.message)].join('\n');
      expect(printed).not.toContain(token);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
