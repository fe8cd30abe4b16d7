/**
 * The `diagnose` field: its schema, the pull-request check of the workflows it names (with annotations on the diff),
 * the published index, and the fake GitHub's workflow dispatch, which refuses what GitHub refuses.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../src/fakes/github.js';
import { createGitHubClient } from '../src/github/client.js';
import { MemoryLogger } from '../src/log.js';
import { run, type ActionCore } from '../src/main.js';
import { buildIndex, parseIndex, serializeIndex } from '../src/runbooks/index-file.js';
import { validateRunbooks, type Problem } from '../src/runbooks/validate.js';

/** A diagnostic workflow that declares every input the dispatch sends, and a boolean and a choice. */
const GOOD_WORKFLOW = readFileSync(
  new URL('./fixtures/diagnose/diagnose-mysql.yml', import.meta.url),
  'utf8',
);

function runbook(diagnose: string): string {
  return [
    'id: mysql',
    'title: MySQL refuses connections',
    'url: https://wiki.example/mysql',
    diagnose,
    'match:',
    '  any: [MysqlTooManyConnections]',
    'tests:',
    '  match: [MysqlTooManyConnections on db-1]',
    '',
  ].join('\n');
}

let root: string;

function setUp(
  runbookText: string,
  workflows: Record<string, string> = { 'diagnose-mysql.yml': GOOD_WORKFLOW },
) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'runbooks'), { recursive: true });
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(root, 'runbooks', 'mysql.yml'), runbookText);
  for (const [name, text] of Object.entries(workflows))
    writeFileSync(join(root, '.github', 'workflows', name), text);
}

const errors = (problems: Problem[]) =>
  problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'oncall-diagnose-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the diagnose field', () => {
  it('accepts workflows that declare what they are sent, and carries them into the runbook', async () => {
    setUp(
      runbook(
        'diagnose:\n  - workflow: diagnose-mysql.yml\n    inputs:\n      database: checkout-db\n      verbose: true\n      mode: full',
      ),
    );
    const result = await validateRunbooks('runbooks', { cwd: root });
    expect(errors(result.problems)).toEqual([]);
    expect(result.runbooks[0]!.diagnose).toEqual([
      { workflow: 'diagnose-mysql.yml', inputs: { database: 'checkout-db', verbose: 'true', mode: 'full' } },
    ]);
  });

  it.each([
    [
      'diagnose: diagnose-mysql.yml',
      'runbooks/mysql.yml:4:11: diagnose should be a list of mappings (each "- workflow: …" with workflow, inputs), found "diagnose-mysql.yml" (a string).',
    ],
    [
      'diagnose:\n  - workflow: .github/workflows/diagnose-mysql.yml',
      'runbooks/mysql.yml:5:15: diagnose[0].workflow should be a workflow file name under .github/workflows/ such as "diagnose-mysql.yml" (no directory), found ".github/workflows/diagnose-mysql.yml" (a string).',
    ],
    [
      'diagnose:\n  - workflw: diagnose-mysql.yml',
      'runbooks/mysql.yml:5:5: unknown key "workflw" in "diagnose[0]". Did you mean "diagnose[0].workflow"? Allowed keys: workflow, inputs.',
    ],
    [
      'diagnose:\n  - workflow: diagnose-mysql.yml\n    inputs:\n      incident_id: P1',
      'runbooks/mysql.yml:7:7: diagnose[0].inputs.incident_id: "incident_id" is sent with every dispatch (from the incident) and cannot be set in a runbook. Remove it.',
    ],
    [
      'diagnose:\n  - workflow: diagnose-mysql.yml\n    inputs: {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}',
      'runbooks/mysql.yml:6:13: diagnose[0].inputs has 8 inputs; at most 7 are allowed (a dispatch carries at most 10, and incident_id, labels and channel are always sent).',
    ],
    [
      'diagnose:\n  - workflow: diagnose-mysql.yml\n    inputs:\n      "bad name": x',
      'runbooks/mysql.yml:7:7: diagnose[0].inputs.bad name: "bad name" is not an input name: a letter or "_" first, then letters, digits, "-" or "_".',
    ],
  ])('%j → a precise error', async (field, expected) => {
    setUp(runbook(field));
    const result = await validateRunbooks('runbooks', { cwd: root });
    expect(errors(result.problems)).toContain(expected);
  });

  it('reports a missing workflow, one without workflow_dispatch, undeclared and unsent inputs and wrong values', async () => {
    setUp(
      runbook(
        [
          'diagnose:',
          '  - workflow: diagnose-missing.yml',
          '  - workflow: push-only.yml',
          '  - workflow: old.yml',
          '  - workflow: diagnose-mysql.yml',
          '    inputs:',
          '      verbose: maybe',
          '      mode: deep',
        ].join('\n'),
      ),
      {
        'diagnose-mysql.yml': GOOD_WORKFLOW,
        'push-only.yml': 'on: push\njobs: {}\n',
        'old.yml':
          'on:\n  workflow_dispatch:\n    inputs:\n      incident_id: {required: true}\n      host: {required: true}\njobs: {}\n',
      },
    );
    const result = await validateRunbooks('runbooks', { cwd: root });
    expect(errors(result.problems)).toEqual([
      'runbooks/mysql.yml:5:15: diagnose[0].workflow: .github/workflows/diagnose-missing.yml not found. Add the diagnostic workflow there (see docs/diagnostics.md), or fix the file name.',
      'runbooks/mysql.yml:6:15: diagnose[1].workflow: .github/workflows/push-only.yml does not declare "on: workflow_dispatch", so it cannot be dispatched. Add a workflow_dispatch trigger with the inputs incident_id, labels, channel.',
      'runbooks/mysql.yml:7:15: diagnose[2].workflow: .github/workflows/old.yml does not declare the inputs "labels", "channel" under on.workflow_dispatch.inputs; GitHub refuses a dispatch with inputs the workflow does not declare.',
      'runbooks/mysql.yml:7:15: diagnose[2].workflow: .github/workflows/old.yml requires "host", which this runbook does not send. Add it under diagnose[2].inputs, or give it a default.',
      'runbooks/mysql.yml:10:16: diagnose[3].inputs.verbose: .github/workflows/diagnose-mysql.yml declares it as a boolean (true or false), found "maybe".',
      'runbooks/mysql.yml:11:13: diagnose[3].inputs.mode: .github/workflows/diagnose-mysql.yml declares it as a choice of "quick", "full", found "deep".',
    ]);
  });

  it('reports a workflow that pastes an input into run:, at the line in the workflow file, once', async () => {
    const unsafe = GOOD_WORKFLOW.replace('run: echo "$LABELS"', 'run: echo "${{ inputs.labels }}"');
    setUp(runbook('diagnose:\n  - workflow: diagnose-mysql.yml\n  - workflow: diagnose-mysql.yml'), {
      'diagnose-mysql.yml': unsafe,
    });
    const result = await validateRunbooks('runbooks', { cwd: root });
    expect(errors(result.problems)).toEqual([
      '.github/workflows/diagnose-mysql.yml:20:14: jobs.diagnose.steps[0].run pastes ${{ inputs.labels }} into the script, where alert text would run as code. Pass it through env: (e.g. env: LABELS: ${{ inputs.labels }}) and use "$LABELS" in the script.',
    ]);
  });

  it('checks against an explicit workflows directory, which must exist; skips when the default one is absent', async () => {
    setUp(runbook('diagnose:\n  - workflow: diagnose-mysql.yml'));
    rmSync(join(root, '.github'), { recursive: true, force: true });
    expect(errors((await validateRunbooks('runbooks', { cwd: root })).problems)).toEqual([]);
    const explicit = await validateRunbooks('runbooks', { cwd: root, workflowsDir: 'ci/workflows' });
    expect(errors(explicit.problems)).toEqual([
      'runbooks/mysql.yml:5:15: diagnose[0].workflow: ci/workflows/diagnose-mysql.yml not found. Add the diagnostic workflow there (see docs/diagnostics.md), or fix the file name.',
    ]);
  });

  it('shows each problem as an annotation on the diff in the pull-request check', async () => {
    setUp(runbook('diagnose:\n  - workflow: diagnose-missing.yml'));
    const annotations: { level: string; message: string; file?: string; line?: number }[] = [];
    const failed: string[] = [];
    const inputs: Record<string, string> = { command: 'validate', path: 'runbooks' };
    const core: ActionCore = {
      getInput: (name) => inputs[name] ?? '',
      setSecret: () => undefined,
      setOutput: () => undefined,
      setFailed: (m) => void failed.push(m),
      debug: () => undefined,
      info: () => undefined,
      warning: (m, p) =>
        void annotations.push({ level: 'warning', message: m, file: p?.file, line: p?.startLine }),
      error: (m, p) =>
        void annotations.push({ level: 'error', message: m, file: p?.file, line: p?.startLine }),
      summary: { addRaw: () => undefined, write: async () => undefined },
    };
    await run({ core, env: {}, cwd: root });
    process.exitCode = undefined;
    expect(annotations).toContainEqual({
      level: 'error',
      file: 'runbooks/mysql.yml',
      line: 5,
      message: expect.stringContaining(
        'diagnose[0].workflow: .github/workflows/diagnose-missing.yml not found',
      ),
    });
    expect(failed.length).toBeGreaterThan(0);
  });
});

describe('diagnose in the published index', () => {
  it('round-trips, inputs sorted; an index without diagnostics has no diagnose column', async () => {
    setUp(runbook('diagnose:\n  - workflow: diagnose-mysql.yml\n    inputs: {mode: quick, database: db}'));
    const { runbooks } = await validateRunbooks('runbooks', { cwd: root });
    const source = { repository: 'acme/oncall', commit: null, dir: 'runbooks' };
    const text = serializeIndex(buildIndex(runbooks, source));
    expect(text).toContain(
      '"columns":["id","title","doc","url","owner","priority","escalateTo","any","all","none","regex","services","slackChannel","remindAfterSeconds","groupWithinSeconds","diagnose"]',
    );
    expect(text).toContain('[{"workflow":"diagnose-mysql.yml","inputs":{"database":"db","mode":"quick"}}]');
    expect(parseIndex(text, 'index.json').runbooks[0]!.diagnose).toEqual([
      { workflow: 'diagnose-mysql.yml', inputs: { database: 'db', mode: 'quick' } },
    ]);
    const without = serializeIndex(buildIndex([{ ...runbooks[0]!, diagnose: undefined } as never], source));
    expect(without).not.toContain('diagnose');
  });

  it('refuses a malformed diagnose cell with its place', () => {
    const header =
      '{"format":"oncall-runbooks/index","version":2,"source":{"repository":null,"commit":null,"dir":"runbooks"},' +
      '"columns":["id","title","doc","url","owner","priority","escalateTo","any","all","none","regex","services","slackChannel","diagnose"],\n"runbooks":[\n';
    const row = (cell: string) => `["a","A",null,null,null,0,null,["x"],[],[],[],[],null,${cell}]`;
    expect(parseIndex(`${header}${row('null')}\n]}\n`, 'i.json').runbooks[0]!.diagnose).toBeUndefined();
    expect(() => parseIndex(`${header}${row('[{"workflow":"../evil.yml"}]')}\n]}\n`, 'i.json')).toThrow(
      'i.json: runbooks[0].diagnose should be entries whose "workflow" is a workflow file name such as "diagnose-mysql.yml"',
    );
    expect(() =>
      parseIndex(`${header}${row('[{"workflow":"d.yml","inputs":{"labels":"x"}}]')}\n]}\n`, 'i.json'),
    ).toThrow('not incident_id, labels or channel');
  });
});

describe('the fake GitHub workflow dispatch', () => {
  let github: FakeGitHub;
  const log = new MemoryLogger();
  const client = () =>
    createGitHubClient({ token: github.token, repository: github.repository, apiUrl: github.url, log });

  beforeEach(async () => {
    github = new FakeGitHub();
    github.setFile('main', '.github/workflows/diagnose-mysql.yml', GOOD_WORKFLOW);
    await github.start();
  });
  afterEach(() => github.stop());

  const inputs = { incident_id: 'P1', channel: 'C1', labels: '{}' };

  it('starts the run and names it (200 with run details)', async () => {
    const run = await client().dispatchWorkflow!('diagnose-mysql.yml', 'main', inputs);
    expect(run).toEqual({
      runId: github.workflowDispatches[0]!.runId,
      htmlUrl: `https://github.com/acme/oncall/actions/runs/${github.workflowDispatches[0]!.runId}`,
    });
    expect(JSON.parse(github.callsTo(/\/dispatches$/)[0]!.body)).toEqual({
      ref: 'main',
      inputs,
      return_run_details: true,
    });
  });

  it('a workflow that is not there: 404, a clear error', async () => {
    await expect(client().dispatchWorkflow!('diagnose-nope.yml', 'main', inputs)).rejects.toThrow(
      'workflow diagnose-nope.yml not found on "main" (404)',
    );
  });

  it('an input the workflow does not declare: 422', async () => {
    await expect(
      client().dispatchWorkflow!('diagnose-mysql.yml', 'main', { ...inputs, host: 'db-1' }),
    ).rejects.toThrow('Unexpected inputs provided: ["host"]');
    expect(github.workflowDispatches).toHaveLength(0);
  });

  it('more inputs than the server allows: 422 (10 on GitHub Enterprise Server, 25 on github.com)', async () => {
    await github.stop();
    github = new FakeGitHub({ workflowInputLimit: 10 });
    github.setFile('main', '.github/workflows/diagnose-mysql.yml', GOOD_WORKFLOW);
    await github.start();
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`in_${i}`, 'x']));
    await expect(client().dispatchWorkflow!('diagnose-mysql.yml', 'main', eleven)).rejects.toThrow(
      'No more than 10 properties are allowed; 11 were supplied.',
    );
  });

  it('a workflow without workflow_dispatch, and a missing required input: 422', async () => {
    github.setFile('main', '.github/workflows/push.yml', 'on: push\njobs: {}\n');
    await expect(client().dispatchWorkflow!('push.yml', 'main', inputs)).rejects.toThrow(
      "Workflow does not have 'workflow_dispatch' trigger",
    );
    await expect(client().dispatchWorkflow!('diagnose-mysql.yml', 'main', { labels: '{}' })).rejects.toThrow(
      "Required input 'incident_id' not provided",
    );
  });

  it('a server that does not know return_run_details: dispatched again without it, 204', async () => {
    github.server.inject(
      { path: /\/dispatches$/, when: (c) => c.params.return_run_details === true },
      {
        kind: 'status',
        status: 422,
        body: { message: 'Invalid request.\n\n"return_run_details" is not a permitted key.' },
      },
    );
    expect(await client().dispatchWorkflow!('diagnose-mysql.yml', 'main', inputs)).toEqual({});
    expect(github.workflowDispatches).toHaveLength(1);
  });
});
