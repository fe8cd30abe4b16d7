/**
 * The container image without a container engine: the Dockerfile's runtime stage is read, dist/ is built the way its
 * build stage builds it, exactly the files its COPY lines take are copied to a scratch /app, and its ENTRYPOINT runs
 * from there as an unprivileged user with the image's ENV — so a file the bundle needs at run time but the image
 * leaves out fails here. The relay must answer /healthz, pass the image's own HEALTHCHECK command, and post an
 * incident in direct mode (which loads the alert path's code) against the loopback fakes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAlertWorld } from '../src/fakes/alert-world.js';
import type { FakePagerDuty } from '../src/fakes/pagerduty.js';
import type { FakeSlack } from '../src/fakes/slack.js';
import { signBody } from '../src/relay/signature.js';

const root = process.cwd();
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
/** Instructions with their continuation lines joined, comments left out. */
const instructions = dockerfile
  .replace(/\\\r?\n/g, ' ')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const lastFrom = instructions.map((line) => /^FROM\b/i.test(line)).lastIndexOf(true);
const runtime = instructions.slice(lastFrom);
const directive = (name: string) => runtime.filter((line) => line.toUpperCase().startsWith(`${name} `));
const execForm = (line: string) => JSON.parse(line.slice(line.indexOf('['))) as string[];

const SECRET = 'whsec_image_check_secret';
const CHANNEL = 'C0IMAGE01';
let work: string;
let app: string;
let relay: ChildProcess | undefined;
let stderr = '';
let url = '';
let pd: FakePagerDuty;
let slack: FakeSlack;

/** Paths in the image → paths in the scratch copy. */
const inScratch = (path: string) => path.replace(/^\/app(?=\/|$)/, app);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'oncall-image-'));
  chmodSync(work, 0o755);
  app = join(work, 'app');
  // The build stage's `node scripts/build.mjs`, writing to the scratch directory instead of the checkout.
  const built = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { build } from 'esbuild';
       import { writeFileSync } from 'node:fs';
       import { distBuildOptions } from './scripts/esbuild-options.mjs';
       await build({ ...distBuildOptions, absWorkingDir: process.cwd(), outdir: process.argv[1] });
       writeFileSync(process.argv[1] + '/package.json', '{\\n  "type": "module"\\n}\\n');`,
      join(work, 'build', 'dist'),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
  for (const line of directive('COPY')) {
    const [source, target] = line.split(/\s+/).slice(-2) as [string, string];
    expect(line).toMatch(/--from=build\b/);
    expect(source).toMatch(/^\/src\/dist\/?$/);
    cpSync(join(work, 'build', 'dist'), inScratch(target.replace(/\/$/, '')), { recursive: true });
  }

  ({ pd, slack } = createAlertWorld({
    channel: CHANNEL,
    policyId: 'PIMAGE1',
    incident: { id: 'PGR0VU2', title: 'Disk full on db-1' },
  }));
  await Promise.all([pd.start(), slack.start()]);

  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  for (const line of directive('ENV')) {
    for (const [, name, value] of line.slice(4).matchAll(/(\w+)=(\S+)/g)) env[name!] = value!;
  }
  Object.assign(env, {
    PORT: '0',
    PAGERDUTY_WEBHOOK_SECRET: SECRET,
    ONCALL_SLACK_CHANNEL: CHANNEL,
    SLACK_BOT_TOKEN: slack.token,
    SLACK_API_URL: slack.url,
    PAGERDUTY_TOKEN: pd.expectedToken,
    PAGERDUTY_API_URL: pd.url,
  });
  const [command, ...args] = execForm(directive('ENTRYPOINT')[0]!).map(inScratch);
  // As the image's unprivileged user would: drop root when the tests run as root.
  const [file, argv] =
    process.getuid?.() === 0
      ? [
          'setpriv',
          ['--reuid=65534', '--regid=65534', '--clear-groups', command!, ...args, '--host', '127.0.0.1'],
        ]
      : [command!, [...args, '--host', '127.0.0.1']];
  relay = spawn(file, argv, { cwd: app, env, stdio: ['ignore', 'ignore', 'pipe'] });
  relay.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 10_000;
  while (!/listening on (http:\/\/[\d.:]+)/.test(stderr)) {
    if (Date.now() > deadline || relay.exitCode !== null) throw new Error(`relay did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  url = /listening on (http:\/\/[\d.:]+)/.exec(stderr)![1]!;
}, 60_000);

afterAll(async () => {
  if (relay && relay.exitCode === null) {
    relay.kill('SIGKILL');
    await new Promise((resolve) => relay!.once('exit', resolve));
  }
  await Promise.all([pd?.stop(), slack?.stop()]);
  rmSync(work, { recursive: true, force: true });
});

describe('container image', () => {
  it('runtime stage: a small Node base, an unprivileged user, a health check, `oncall relay` as entry point', () => {
    expect(runtime[0]).toMatch(/^FROM node:\d+-(alpine|slim)\b/);
    expect(directive('USER')).toHaveLength(1);
    expect(directive('USER')[0]).not.toMatch(/\b(root|0)\b/);
    expect(directive('HEALTHCHECK')[0]).toContain('/healthz');
    expect(execForm(directive('ENTRYPOINT')[0]!)).toEqual(['node', '/app/dist/cli.js', 'relay']);
  });

  it('runs from exactly the copied files as a non-root user, answers /healthz and passes its HEALTHCHECK', async () => {
    expect(stderr).toContain('direct mode');
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok');
    const [command, ...args] = execForm(directive('HEALTHCHECK')[0]!);
    const port = new URL(url).port;
    const check = spawnSync(command!, args, { env: { PATH: process.env.PATH, PORT: port }, timeout: 5_000 });
    expect(check.status).toBe(0);
    const stopped = spawnSync(command!, args, { env: { PATH: process.env.PATH, PORT: '1' }, timeout: 5_000 });
    expect(stopped.status).toBe(1);
  });

  it('posts an incident in direct mode (the alert path loads from the copied bundle), then stops on SIGTERM', async () => {
    const body = JSON.stringify({
      event: {
        id: '01IMAGECHECK0000000000001',
        event_type: 'incident.triggered',
        resource_type: 'incident',
        occurred_at: new Date().toISOString(),
        agent: null,
        data: { id: 'PGR0VU2', type: 'incident', status: 'triggered', title: 'Disk full on db-1', number: 1 },
      },
    });
    const response = await fetch(`${url}/`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-pagerduty-signature': signBody(body, SECRET) },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'posted' });
    expect(slack.messages(CHANNEL)).toHaveLength(1);
    const exited = new Promise<number | null>((resolve) => relay!.once('exit', resolve));
    // setpriv execs the relay in place, so the signal reaches Node itself.
    relay!.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(slack.token);
    expect(stderr).toContain('relay: stopped');
  });
});
