import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { systemClock } from '../src/clock.js';
import { relayCommand, runRelay } from '../src/commands/relay.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { createGitHubClient } from '../src/github/client.js';
import { MemoryLogger, Redactor } from '../src/log.js';
import { createRelayHandler } from '../src/relay/handler.js';
import { startRelayServer, type RelayServer } from '../src/relay/node-server.js';
import { signBody } from '../src/relay/signature.js';

const SECRET = 'whsec_server_test_secret';
const fixture = readFileSync(
  join(process.cwd(), '__tests__', 'fixtures', 'webhooks', 'incident.triggered.json'),
).toString('utf8');
let sequence = 0;
/** The fixture as a new event that just happened (the relay forwards each event once, and only recent ones). */
function freshEvent(): Buffer {
  sequence += 1;
  return Buffer.from(
    fixture
      .replace('"2020-10-02T18:40:02.114Z"', JSON.stringify(new Date().toISOString()))
      .replace('"01DEN9P6Q1XV2K7M3ZB0A8C4TR"', `"01SERVERTEST${String(sequence).padStart(6, '0')}"`),
  );
}

let gh: FakeGitHub;
let log: MemoryLogger;
let server: RelayServer | undefined;

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
  log = new MemoryLogger();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await gh.stop();
});

async function startServer(maxBodyBytes?: number): Promise<RelayServer> {
  const handler = createRelayHandler({
    secrets: [SECRET],
    github: createGitHubClient({ token: gh.token, repository: gh.repository, apiUrl: gh.url, log }),
    log,
    clock: systemClock,
  });
  server = await startRelayServer({ handler, port: 0, host: '127.0.0.1', maxBodyBytes, closeGraceMs: 1_000 });
  return server;
}

function deliver(url: string, raw: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    body: new Uint8Array(raw),
    headers: {
      'content-type': 'application/json',
      'x-pagerduty-signature': signBody(raw, SECRET),
      ...headers,
    },
  });
}

describe('relay node server over loopback', () => {
  it('forwards a signed webhook to the fake GitHub and answers 200 only after the dispatch', async () => {
    const { url } = await startServer();
    const response = await deliver(`${url}/`, freshEvent(), { 'x-webhook-id': 'wh-e2e' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'dispatched',
      event_type: 'pagerduty.incident.triggered',
    });
    expect(gh.dispatches).toHaveLength(1);
    expect(gh.dispatches[0]!.client_payload).toMatchObject({
      webhook_id: 'wh-e2e',
      event_type: 'incident.triggered',
    });
  });

  it('keeps the raw bytes (odd whitespace, non-ASCII, chunked) so the signature still verifies', async () => {
    const { url } = await startServer();
    const raw = Buffer.from(
      freshEvent()
        .toString('utf8')
        .replace('"status": "triggered"', '"status"  :\t"triggered"')
        .replace('KubePodCrashLooping', 'KubePodCrashLooping 決済エラー'),
    );
    const response = await fetch(`${url}/`, {
      method: 'POST',
      // A stream body is sent chunked, without content-length.
      body: Readable.toWeb(Readable.from([raw.subarray(0, 100), raw.subarray(100)])) as ReadableStream,
      duplex: 'half',
      headers: { 'x-pagerduty-signature': signBody(raw, SECRET) },
    } as RequestInit);
    expect(response.status).toBe(200);
    expect((gh.dispatches[0]!.client_payload.incident as { title: string }).title).toContain('決済エラー');
  });

  it('answers 413 to a body over the limit, declared or streamed', async () => {
    const { url } = await startServer(1_000);
    const declared = await deliver(`${url}/`, Buffer.alloc(2_000, 'a'));
    expect(declared.status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${url}/`,
        { method: 'POST', headers: { 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(Buffer.alloc(800, 'a'));
      req.end(Buffer.alloc(800, 'a'));
    });
    expect(streamed).toBe(413);
    expect(gh.calls).toHaveLength(0);
  });

  it('serves the health check', async () => {
    const { url } = await startServer();
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it('lets a request in flight finish when closed', async () => {
    gh.server.inject({ path: /dispatches$/ }, { kind: 'delay', ms: 150 });
    const { url } = await startServer();
    const pending = deliver(`${url}/`, freshEvent());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = server!.close();
    expect((await pending).status).toBe(200);
    await closed;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});

describe('oncall relay', () => {
  it('runs until its signal aborts, then stops listening', async () => {
    const controller = new AbortController();
    let bound: RelayServer | undefined;
    const running = runRelay(
      {
        port: 0,
        host: '127.0.0.1',
        path: '/hook',
        secrets: [SECRET],
        github: { token: gh.token, repository: gh.repository, apiUrl: gh.url },
        events: ['incident.triggered'],
      },
      { log, clock: systemClock, signal: controller.signal, onListening: (s) => (bound = s) },
    );
    while (!bound) await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await deliver(`${bound.url}/hook`, freshEvent())).status).toBe(200);
    controller.abort();
    await running;
    expect(log.text()).toContain('relay: stopped');
    expect(log.text()).not.toContain(SECRET);
    expect(log.text()).not.toContain(gh.token);
  });

  it('names every missing setting and exits 2', async () => {
    const err: string[] = [];
    const code = await main({
      argv: ['relay', '--port', '0'],
      env: { GITHUB_REPOSITORY: 'acme/oncall' },
      cwd: process.cwd(),
      stdout: () => undefined,
      stderr: (t) => void err.push(t),
      stdin: Readable.from([]),
    });
    expect(code).toBe(2);
    expect(err.join('')).toContain('PAGERDUTY_WEBHOOK_SECRET');
    expect(err.join('')).toContain('GITHUB_TOKEN');
    expect(err.join('')).not.toContain('GITHUB_REPOSITORY (');
  });

  it('runs from the CLI with the settings from the environment and stops on SIGTERM', async () => {
    const err: string[] = [];
    const running = main({
      argv: ['relay', '--port', '0', '--host', '127.0.0.1'],
      env: {
        PAGERDUTY_WEBHOOK_SECRET: `old-secret-xyz, ${SECRET}`,
        GITHUB_TOKEN: gh.token,
        GITHUB_REPOSITORY: gh.repository,
        GITHUB_API_URL: gh.url,
      },
      cwd: process.cwd(),
      stdout: () => undefined,
      stderr: (t) => void err.push(t),
      stdin: Readable.from([]),
    });
    let url: string | undefined;
    while (!url) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      url = /listening on (http:\/\/[^ ]+?)\/ /.exec(err.join(''))?.[1];
    }
    expect((await deliver(`${url}/`, freshEvent())).status).toBe(200);
    process.emit('SIGTERM');
    expect(await running).toBe(0);
    const output = err.join('');
    expect(output).toContain('2 signing secret(s)');
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(gh.token);
  });

  it('refuses to run inside the action', async () => {
    await expect(
      relayCommand.run(
        { values: {}, positionals: [] },
        {
          surface: 'action',
          cwd: process.cwd(),
          env: {},
          clock: systemClock,
          log,
          redactor: new Redactor(),
          stdout: () => undefined,
          stdinLines: async function* () {},
          setOutput: () => undefined,
        },
      ),
    ).rejects.toThrow('long-running HTTP server');
  });
});
