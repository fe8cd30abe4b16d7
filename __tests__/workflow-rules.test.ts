import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  RULES,
  checkAction,
  checkWorkflow,
  extractRunScripts,
  formatProblem,
  type Problem,
} from '../scripts/workflow-rules.mjs';

const CHECKOUT = 'actions/checkout@1af3b93b6815bc44a9784bd300feb67ff0d1eeb3 # v6.0.0';

/** A workflow that passes every rule; each bad case below changes one thing in it. */
const GOOD = `name: Good
on:
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      pull-requests: write
    steps:
      - name: Check out
        uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - name: Greet
        env:
          TITLE: \${{ github.event.pull_request.title }}
        run: |
          echo "PR: $TITLE"
          echo "\${{ github.sha }} \${{ matrix.node }}"
      - name: Local action
        uses: ./
        with:
          command: validate
`;

function rules(problems: Problem[]): string[] {
  return problems.map((p) => p.rule);
}

function lineOf(source: string, needle: string): number {
  const index = source.indexOf(needle);
  if (index === -1) throw new Error(`test bug: ${needle} not in source`);
  return source.slice(0, index).split('\n').length;
}

describe('checkWorkflow', () => {
  it('accepts a hardened workflow: pinned actions, read-only top level, values passed through env', () => {
    expect(checkWorkflow(GOOD, 'good.yml')).toEqual([]);
  });

  it.each([
    // [case, replace, with, rule, text that the problem must point at]
    [
      'X1: github.event in run',
      'echo "PR: $TITLE"',
      'echo "${{ github.event.pull_request.body }}"',
      RULES.untrustedInRun,
      '${{ github.event.pull_request.body }}',
    ],
    [
      'X1: inputs in run',
      'echo "PR: $TITLE"',
      'deploy --env ${{ inputs.environment }}',
      RULES.untrustedInRun,
      '${{ inputs.environment }}',
    ],
    [
      'X1: github.head_ref in run',
      'echo "PR: $TITLE"',
      'git switch "${{ github.head_ref }}"',
      RULES.untrustedInRun,
      '${{ github.head_ref }}',
    ],
    [
      'X1: client_payload in run',
      'echo "PR: $TITLE"',
      'echo ${{ github.event.client_payload.title }}',
      RULES.untrustedInRun,
      '${{ github.event.client_payload.title }}',
    ],
    [
      'X1: bracket syntax',
      'echo "PR: $TITLE"',
      "echo ${{ github['event'].issue.body }}",
      RULES.untrustedInRun,
      "${{ github['event'].issue.body }}",
    ],
    ['X2: tag instead of SHA', CHECKOUT, 'actions/checkout@v4', RULES.unpinned, 'actions/checkout@v4'],
    [
      'X2: short SHA',
      CHECKOUT,
      'actions/checkout@1af3b93 # v6.0.0',
      RULES.unpinned,
      'actions/checkout@1af3b93',
    ],
    ['X2: branch', CHECKOUT, 'actions/checkout@main', RULES.unpinned, 'actions/checkout@main'],
    [
      'X2: pinned without a version comment',
      CHECKOUT,
      'actions/checkout@1af3b93b6815bc44a9784bd300feb67ff0d1eeb3',
      RULES.pinComment,
      'actions/checkout@1af3b93b6815bc44a9784bd300feb67ff0d1eeb3',
    ],
    [
      'X3: no top-level permissions',
      'permissions:\n  contents: read\njobs:',
      'jobs:',
      RULES.permissionsMissing,
      'name: Good',
    ],
    [
      'X3: write-all at the top',
      'permissions:\n  contents: read\njobs:',
      'permissions: write-all\njobs:',
      RULES.permissionsBroad,
      'write-all',
    ],
    [
      'X3: read-all at the top',
      'permissions:\n  contents: read\njobs:',
      'permissions: read-all\njobs:',
      RULES.permissionsBroad,
      'read-all',
    ],
    [
      'X3: a write scope at the top',
      'permissions:\n  contents: read\njobs:',
      'permissions:\n  contents: write\njobs:',
      RULES.permissionsBroad,
      'write\njobs:',
    ],
    [
      'X3: write-all on a job',
      '    permissions:\n      contents: read\n      pull-requests: write\n',
      '    permissions: write-all\n',
      RULES.permissionsBroad,
      'write-all',
    ],
    [
      'X4: pull_request_target',
      'on:\n  pull_request:',
      'on:\n  pull_request_target:',
      RULES.pullRequestTarget,
      'pull_request_target',
    ],
    [
      'every step named',
      '      - name: Greet\n        env:',
      '      - env:',
      RULES.stepName,
      'env:\n          TITLE',
    ],
    [
      'checkout keeps no credentials',
      '        with:\n          persist-credentials: false\n',
      '',
      RULES.checkoutCredentials,
      'actions/checkout@',
    ],
  ])('%s fails with its rule, at its line', (_case, from, to, rule, pointAt) => {
    expect(GOOD).toContain(from);
    const bad = GOOD.replace(from, to);
    const problems = checkWorkflow(bad, 'bad.yml');
    expect(rules(problems)).toEqual([rule]);
    expect(problems[0]).toMatchObject({ file: 'bad.yml', line: lineOf(bad, pointAt) });
  });

  it.each([
    ['a list', 'on: [push, pull_request_target]'],
    ['a single event', 'on: pull_request_target'],
  ])('finds pull_request_target written as %s', (_form, on) => {
    const bad = GOOD.replace('on:\n  pull_request:', on);
    expect(rules(checkWorkflow(bad, 'bad.yml'))).toEqual([RULES.pullRequestTarget]);
  });

  it('points the X1 problem at the column of the expression inside a block script', () => {
    const bad = GOOD.replace('echo "PR: $TITLE"', 'echo "${{ github.event.issue.title }}"');
    const [problem] = checkWorkflow(bad, 'bad.yml');
    const line = bad.split('\n')[problem!.line - 1]!;
    expect(line.slice(problem!.column - 1)).toMatch(/^\$\{\{ github\.event\.issue\.title \}\}/);
    expect(problem!.message).toContain('env:');
  });

  it('allows safe contexts in run: github.sha, matrix, env, steps outputs', () => {
    const ok = GOOD.replace(
      'echo "PR: $TITLE"',
      'echo "${{ github.sha }} ${{ env.X }} ${{ steps.a.outputs.b }} ${{ github.event_name }}"',
    );
    expect(checkWorkflow(ok, 'ok.yml')).toEqual([]);
  });

  it('checks inline github-script like run', () => {
    const bad = GOOD.replace(
      '      - name: Local action\n',
      `      - name: Comment
        uses: actions/github-script@ed597411d8f924073f98dfc5c65a23a2325f34cd # v8.0.0
        with:
          script: console.log("\${{ github.event.comment.body }}")
      - name: Local action\n`,
    );
    expect(rules(checkWorkflow(bad, 'bad.yml'))).toEqual([RULES.untrustedInRun]);
  });

  it('pins reusable workflows and docker images too', () => {
    const bad = `${GOOD}  reuse:
    uses: org/shared/.github/workflows/ci.yml@main
  docker:
    runs-on: ubuntu-24.04
    steps:
      - name: In a container
        uses: docker://alpine:3.20
`;
    expect(rules(checkWorkflow(bad, 'bad.yml'))).toEqual([RULES.unpinned, RULES.unpinned]);
    const pinned = bad
      .replace('@main', '@0123456789abcdef0123456789abcdef01234567 # v1.0.0')
      .replace('alpine:3.20', `alpine@sha256:${'a'.repeat(64)}`);
    expect(checkWorkflow(pinned, 'ok.yml')).toEqual([]);
  });

  it('reports every problem of a file in one run', () => {
    const bad = GOOD.replace('on:\n  pull_request:', 'on: pull_request_target')
      .replace('permissions:\n  contents: read\njobs:', 'jobs:')
      .replace(CHECKOUT, 'actions/checkout@v4')
      .replace('echo "PR: $TITLE"', 'echo "${{ inputs.name }}"');
    expect(rules(checkWorkflow(bad, 'bad.yml')).sort()).toEqual(
      [RULES.pullRequestTarget, RULES.permissionsMissing, RULES.unpinned, RULES.untrustedInRun].sort(),
    );
  });

  it('reports broken YAML as a problem with a position instead of throwing', () => {
    const problems = checkWorkflow('on: [push\njobs: {', 'broken.yml');
    expect(rules(problems)).toEqual([RULES.syntax]);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(1);
    expect(formatProblem(problems[0]!)).toMatch(
      /^broken\.yml:\d+:\d+: error: not valid YAML: .+ \[yaml-syntax\]$/,
    );
  });

  it('passes on the repository workflows', () => {
    const dir = join(process.cwd(), '.github', 'workflows');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'publish-index.yml', 'runbook-check.yml']));
    for (const f of files) expect(checkWorkflow(readFileSync(join(dir, f), 'utf8'), f)).toEqual([]);
  });
});

describe('checkAction', () => {
  it('applies the step rules to composite actions', () => {
    const action = `name: x
runs:
  using: composite
  steps:
    - name: Say
      shell: bash
      run: echo "\${{ inputs.who }}"
    - uses: actions/cache@v4
`;
    expect(rules(checkAction(action, 'action.yml'))).toEqual([
      RULES.untrustedInRun,
      RULES.stepName,
      RULES.unpinned,
    ]);
  });

  it('has nothing to say about a node action', () => {
    expect(checkAction('name: x\nruns:\n  using: node24\n  main: dist/index.js\n', 'action.yml')).toEqual([]);
  });
});

describe('extractRunScripts', () => {
  it('returns bash scripts with expressions masked, where their text starts, and skips other shells', () => {
    const source = GOOD.replace(
      '      - name: Local action\n',
      `      - name: Python
        shell: python
        run: print(1)
      - name: One line
        run: npm test
      - name: Local action\n`,
    );
    const scripts = extractRunScripts(source, 'good.yml');
    expect(scripts.map((s) => [s.where, s.shell])).toEqual([
      ['jobs.test.steps[1]', 'bash'],
      ['jobs.test.steps[3]', 'bash'],
    ]);
    const [block, line] = scripts;
    expect(block!.script).toBe(`echo "PR: $TITLE"\necho "${'_'.repeat(17)} ${'_'.repeat(18)}"\n`);
    expect(block!.contentLine).toBe(lineOf(source, 'echo "PR: $TITLE"'));
    expect(block!.contentColumn).toBe(11);
    expect(line).toMatchObject({
      script: 'npm test',
      contentLine: lineOf(source, 'run: npm test'),
      contentColumn: 14,
    });
  });

  it('follows defaults.run.shell', () => {
    const source = GOOD.replace('jobs:\n', 'defaults:\n  run:\n    shell: pwsh\njobs:\n');
    expect(extractRunScripts(source, 'x.yml')).toEqual([]);
  });
});
