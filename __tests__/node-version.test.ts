import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MINIMUM_NODE_MAJOR, nodeSupport } from '../src/cli/node-version.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('nodeSupport', () => {
  it('supports Node.js 22 and newer', () => {
    expect(MINIMUM_NODE_MAJOR).toBe(22);
    expect(nodeSupport('22.0.0', '/usr/bin/node')).toEqual({ kind: 'supported' });
    expect(nodeSupport('24.22.3', '/usr/bin/node')).toEqual({ kind: 'supported' });
    expect(nodeSupport('26.1.0', '/usr/bin/node')).toEqual({ kind: 'supported' });
  });

  it('starts Node.js 20 and 21 with a warning naming the version found, the binary and what to install', () => {
    expect(nodeSupport('20.20.2', '/usr/local/bin/node')).toEqual({
      kind: 'unsupported',
      message:
        'warning: oncall supports Node.js 22 or newer; Node.js 20.20.2 (/usr/local/bin/node) is past its end of ' +
        'life and is not tested. Continuing.\n' +
        'Install Node.js 22 or 24 (see https://nodejs.org/en/about/previous-releases), or put it first on PATH.\n',
    });
    expect(nodeSupport('21.7.3', 'node')).toMatchObject({ kind: 'unsupported' });
  });

  it('refuses Node.js 19 and older, and a version it cannot read rather than guessing', () => {
    expect(nodeSupport('18.20.0', 'node')).toEqual({
      kind: 'too-old',
      message:
        'oncall needs Node.js 22 or newer, but it was started with Node.js 18.20.0 (node).\n' +
        'Install Node.js 22 or 24 (see https://nodejs.org/en/about/previous-releases), or put it first on PATH.\n',
    });
    expect(nodeSupport('', 'node').kind).toBe('too-old');
    expect(nodeSupport('v24.0.0', 'node').kind).toBe('too-old');
  });
});

describe('the CLI entry point', () => {
  let dir: string;
  let preload: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oncall-node-version-'));
    preload = join(dir, 'pretend-node.mjs');
    // The real runtime of this test may be any supported version; the preload makes the CLI see another one.
    await writeFile(
      preload,
      "Object.defineProperty(process.versions, 'node', { value: process.env.PRETEND_NODE_VERSION });\n",
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Bundles src/cli.ts the way dist/ is bundled and runs `oncall --version` on a pretended Node.js version. */
  function runVersion(pretend: string) {
    return spawnSync(process.execPath, [join(ROOT, 'scripts/run-ts.mjs'), 'src/cli.ts', '--version'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NODE_OPTIONS: `--import=${preload}`, PRETEND_NODE_VERSION: pretend },
    });
  }

  it('stops on Node.js 18 with the message and exit code 2, before the CLI runs', () => {
    const run = runVersion('18.20.0');
    expect(run.stderr).toContain('oncall needs Node.js 22 or newer, but it was started with Node.js 18.20.0');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
  });

  it('runs on Node.js 20 after a warning on stderr', async () => {
    const run = runVersion('20.20.2');
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run.stderr).toContain('warning: oncall supports Node.js 22 or newer; Node.js 20.20.2');
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.status).toBe(0);
  });

  it('runs on Node.js 22', async () => {
    const run = runVersion('22.0.0');
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.status).toBe(0);
  });

  it('loads nothing but the version check before checking', async () => {
    // A static import is evaluated before the check; the CLI must come in through the dynamic import instead.
    const entry = await readFile(join(ROOT, 'src/cli.ts'), 'utf8');
    const staticImports = [...entry.matchAll(/^import\s.*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    expect(staticImports).toEqual(['./cli/node-version.js']);
    const check = await readFile(join(ROOT, 'src/cli/node-version.ts'), 'utf8');
    expect(check).not.toMatch(/^\s*import\s/m);
  });
});
