import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportProblems } from '../src/commands/build.js';
import { publishCommand } from '../src/commands/publish.js';
import type { CommandContext } from '../src/commands/command.js';
import { ConfigError, ValidationFailedError } from '../src/errors.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { createGitHubClient } from '../src/github/client.js';
import type { GitHubApi } from '../src/github/types.js';
import { MemoryLogger, Redactor } from '../src/log.js';
import { resolveSource } from '../src/runbooks/index-file.js';
import {
  loadPublishedIndex,
  publishRunbooks,
  type PublishDeps,
  type PublishOptions,
} from '../src/publish/publish.js';
import { validateRunbooks } from '../src/runbooks/validate.js';

const SHA_1 = 'a'.repeat(40);
const SHA_2 = 'b'.repeat(40);

let gh: FakeGitHub;
let log: MemoryLogger;
let cwd: string;

function runbook(id: string, keyword: string): string {
  return [
    `id: ${id}`,
    `title: ${id} runbook`,
    `url: https://wiki.example.com/${id}`,
    'match:',
    `  any: [${keyword}]`,
    'tests:',
    `  match: ["[FIRING:1] ${keyword} (db-1 critical)"]`,
    '  no_match: ["[FIRING:1] SomethingElse (db-1 critical)"]',
    '',
  ].join('\n');
}

function github(): GitHubApi {
  return createGitHubClient({ token: gh.token, repository: gh.repository, apiUrl: gh.url, log });
}

function deps(api: GitHubApi | null = github()): PublishDeps {
  return {
    ...(api ? { github: api } : {}),
    log,
    validate: validateRunbooks,
    resolveSource,
    report: (problems) => reportProblems(problems, log),
  };
}

function options(overrides: Partial<PublishOptions> = {}): PublishOptions {
  return {
    dir: 'runbooks',
    cwd,
    env: { GITHUB_SHA: SHA_1, GITHUB_REPOSITORY: gh.repository },
    branch: 'oncall-runbooks-index',
    path: 'index.json',
    dryRun: false,
    ...overrides,
  };
}

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
  log = new MemoryLogger();
  cwd = mkdtempSync(join(tmpdir(), 'oncall-publish-'));
  const dir = join(cwd, 'runbooks');
  mkdirSync(dir);
  writeFileSync(join(dir, 'mysql-connections.yml'), runbook('mysql-connections', 'MysqlTooManyConnections'));
  writeFileSync(join(dir, 'disk-full.yml'), runbook('disk-full', 'NodeFilesystemAlmostOutOfSpace'));
});

afterEach(async () => {
  await gh.stop();
  rmSync(cwd, { recursive: true, force: true });
});

describe('publish', () => {
  it('creates the branch and the index file on the first run', async () => {
    expect(gh.branchHead('oncall-runbooks-index')).toBeUndefined();
    const result = await publishRunbooks(deps(), options());
    expect(result.changed).toBe(true);
    expect(result.runbooks).toBe(2);
    expect(result.commitSha).toBe(gh.branchHead('oncall-runbooks-index'));
    expect(gh.commits).toHaveLength(1);
    const published = gh.file('oncall-runbooks-index', 'index.json')!;
    expect(published).toBe(result.content);
    expect(JSON.parse(published)).toMatchObject({
      format: 'oncall-runbooks/index',
      version: 3,
      source: { repository: gh.repository, commit: SHA_1, dir: 'runbooks' },
    });
    // Version 2 rows: the id is the first cell.
    expect((JSON.parse(published) as { runbooks: unknown[][] }).runbooks.map((row) => row[0])).toEqual([
      'disk-full',
      'mysql-connections',
    ]);
    expect(gh.commits[0]!.message).toBe('Publish runbook index: 2 runbook(s) from aaaaaaaaaaaa');
  });

  it('makes no commit on a second run with the same runbooks', async () => {
    await publishRunbooks(deps(), options());
    const head = gh.branchHead('oncall-runbooks-index');
    const result = await publishRunbooks(deps(), options());
    expect(result).toMatchObject({ changed: false, commitSha: null });
    expect(gh.commits).toHaveLength(1);
    expect(gh.branchHead('oncall-runbooks-index')).toBe(head);
    expect(gh.callsTo(/\/contents\//, 'PUT')).toHaveLength(1);
    expect(log.text()).toContain('is up to date');
  });

  it('makes exactly one new commit when a runbook changed', async () => {
    await publishRunbooks(deps(), options());
    writeFileSync(
      join(cwd, 'runbooks', 'queue-backlog.yml'),
      runbook('queue-backlog', 'RabbitmqTooManyMessagesInQueue'),
    );
    const result = await publishRunbooks(
      deps(),
      options({ env: { GITHUB_SHA: SHA_2, GITHUB_REPOSITORY: gh.repository } }),
    );
    expect(result.changed).toBe(true);
    expect(gh.commits).toHaveLength(2);
    expect(result.commitSha).toBe(gh.branchHead('oncall-runbooks-index'));
    const index = JSON.parse(gh.file('oncall-runbooks-index', 'index.json')!) as {
      runbooks: unknown[][];
    };
    expect(index.runbooks.map((row) => row[0])).toEqual(['disk-full', 'mysql-connections', 'queue-backlog']);
  });

  it('R7: writes nothing when validation finds an error', async () => {
    writeFileSync(
      join(cwd, 'runbooks', 'broken.yml'),
      'id: broken\nmatch:\n  any: [BrokenThing]\n  anyy: [typo]\n',
    );
    const error = await publishRunbooks(deps(), options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect(String(error)).toContain('nothing was published');
    expect(gh.calls).toHaveLength(0);
    expect(log.lines.some((l) => l.level === 'error' && l.annotation?.file?.endsWith('broken.yml'))).toBe(
      true,
    );
  });

  it('compares but writes nothing in a dry run', async () => {
    const result = await publishRunbooks(deps(), options({ dryRun: true }));
    expect(result).toMatchObject({ changed: true, commitSha: null, compared: true });
    expect(gh.calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
    const offline = await publishRunbooks(deps(null), options({ dryRun: true }));
    expect(offline.compared).toBe(false);
  });

  it('reads again and retries once when another run wrote the file in between', async () => {
    await publishRunbooks(deps(), options());
    writeFileSync(
      join(cwd, 'runbooks', 'queue-backlog.yml'),
      runbook('queue-backlog', 'RabbitmqTooManyMessagesInQueue'),
    );
    const api = github();
    let raced = false;
    const racing: GitHubApi = {
      ...api,
      putFile: async (...args) => {
        if (!raced) {
          raced = true;
          gh.setFile('oncall-runbooks-index', 'index.json', '{"written":"by another run"}\n');
        }
        return api.putFile(...args);
      },
    };
    const result = await publishRunbooks(deps(racing), options());
    expect(result.changed).toBe(true);
    expect(JSON.parse(gh.file('oncall-runbooks-index', 'index.json')!)).toHaveProperty('runbooks');
    expect(gh.callsTo(/\/contents\//, 'PUT').map((c) => c.status)).toEqual([201, 409, 200]);
  });
});

describe('loadPublishedIndex', () => {
  it('reads back what publish wrote', async () => {
    await publishRunbooks(deps(), options());
    const index = await loadPublishedIndex(github(), { branch: 'oncall-runbooks-index', path: 'index.json' });
    expect(index.runbooks.map((r) => r.id)).toEqual(['disk-full', 'mysql-connections']);
    expect(index.source.commit).toBe(SHA_1);
  });

  it('says to run the publish workflow first when nothing was published', async () => {
    const error = await loadPublishedIndex(github()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain('run the publish workflow first');
    expect(String(error)).toContain('index.json on branch "oncall-runbooks-index"');
  });
});

describe('oncall publish (command)', () => {
  function context(
    surface: 'cli' | 'action',
    outputs: Record<string, string>,
    summary: string[],
  ): CommandContext {
    return {
      surface,
      cwd,
      env: { GITHUB_SHA: SHA_1 },
      clock: new FakeClock('2026-03-02T01:00:00Z'),
      log,
      redactor: new Redactor(),
      stdout: () => undefined,
      stdinLines: async function* () {},
      summary: { addMarkdown: (m) => void summary.push(m) },
      setOutput: (name, value) => void (outputs[name] = value),
    };
  }

  it('sets index-changed and index-commit, then false and empty on a re-run', async () => {
    const values = {
      'github-token': gh.token,
      repository: gh.repository,
      'github-api-url': gh.url,
    };
    const outputs: Record<string, string> = {};
    const summary: string[] = [];
    const first = await publishCommand.run(
      { values, positionals: ['runbooks'] },
      context('action', outputs, summary),
    );
    expect(first.exitCode).toBe(0);
    expect(outputs['index-changed']).toBe('true');
    expect(outputs['index-commit']).toBe(gh.branchHead('oncall-runbooks-index'));
    expect(summary.join('')).toContain('published in');
    await publishCommand.run({ values, positionals: [] }, context('action', outputs, summary));
    expect(outputs).toEqual({ 'index-changed': 'false', 'index-commit': '' });
    expect(gh.commits).toHaveLength(1);
  });

  it('asks for a token unless it is a dry run', async () => {
    await expect(
      publishCommand.run({ values: { repository: 'acme/oncall' }, positionals: [] }, context('cli', {}, [])),
    ).rejects.toThrow('env GITHUB_TOKEN');
  });
});
