import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { systemClock } from '../src/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { createGitHubClient } from '../src/github/client.js';
import { MemoryLogger } from '../src/log.js';
import { createRelayHandler } from '../src/relay/handler.js';
import { startRelayServer, type RelayServer, type RelayServerOptions } from '../src/relay/node-server.js';
import { signBody } from '../src/relay/signature.js';

/**
 * Unsigned clients that send a large body slowly must not be able to fill the relay's memory or connections, and a
 * signed webhook must still get through while they try. Real sockets on 127.0.0.1, at a scale that runs in seconds.
 */
const SECRET = 'whsec_limits_test';
const LIMITS = {
  maxConnections: 100,
  maxBufferedBytes: 1024 * 1024,
  maxBodyBytes: 64 * 1024,
  headersTimeoutMs: 400,
  bodyTimeoutMs: 3_000,
  answerTimeoutMs: 3_500,
  shedAfterMs: 300,
} satisfies Partial<RelayServerOptions>;
const fixture = readFileSync(
  join(process.cwd(), '__tests__', 'fixtures', 'webhooks', 'incident.triggered.json'),
  'utf8',
);

let gh: FakeGitHub;
let log: MemoryLogger;
let server: RelayServer | undefined;
const sockets: Socket[] = [];
const timers: NodeJS.Timeout[] = [];

beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
  log = new MemoryLogger();
});

afterEach(async () => {
  for (const timer of timers.splice(0)) clearInterval(timer);
  for (const socket of sockets.splice(0)) socket.destroy();
  await server?.close();
  server = undefined;
  await gh.stop();
});

async function startServer(limits: Partial<RelayServerOptions> = LIMITS): Promise<RelayServer> {
  const handler = createRelayHandler({
    secrets: [SECRET],
    github: createGitHubClient({ token: gh.token, repository: gh.repository, apiUrl: gh.url, log }),
    log,
    clock: systemClock,
  });
  server = await startRelayServer({ handler, port: 0, host: '127.0.0.1', closeGraceMs: 200, ...limits });
  return server;
}

interface RawClient {
  socket: Socket;
  /** What the server sent back (empty while it says nothing). */
  received(): string;
  closed(): boolean;
}

/** A raw connection that writes `first` and then one more byte every `trickleMs`, never finishing. */
function slowClient(port: number, first: string | Buffer, trickleMs?: number): RawClient {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  let answer = '';
  let closed = false;
  socket.on('data', (chunk: Buffer) => void (answer += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  socket.on('close', () => void (closed = true));
  socket.write(first);
  if (trickleMs !== undefined) {
    const timer = setInterval(() => {
      if (!socket.destroyed) socket.write('a');
    }, trickleMs);
    timers.push(timer);
  }
  return { socket, received: () => answer, closed: () => closed };
}

function slowBodyHeaders(declared: number): string {
  return (
    `POST / HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n` +
    `X-PagerDuty-Signature: v1=${'0'.repeat(64)}\r\n\r\n`
  );
}

function signedEvent(id: string): { body: Buffer; signature: string } {
  const body = Buffer.from(
    fixture
      .replace('"2020-10-02T18:40:02.114Z"', JSON.stringify(new Date().toISOString()))
      .replace('"01DEN9P6Q1XV2K7M3ZB0A8C4TR"', JSON.stringify(id)),
  );
  return { body, signature: signBody(body, SECRET) };
}

function deliver(url: string, id: string): Promise<Response> {
  const { body, signature } = signedEvent(id);
  return fetch(`${url}/`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { 'content-type': 'application/json', 'x-pagerduty-signature': signature },
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('relay server limits', () => {
  it('holds at most its connection and byte limits against 300 slow 40 KB uploads, and still forwards a signed webhook', async () => {
    const relay = await startServer();
    const attackers: RawClient[] = [];
    for (let i = 0; i < 300; i++) {
      attackers.push(
        slowClient(
          relay.port,
          Buffer.concat([Buffer.from(slowBodyHeaders(60_000)), Buffer.alloc(40_000, 'x')]),
          100,
        ),
      );
      if (i % 50 === 49) await pause(20);
    }
    await pause(500);

    const response = await deliver(relay.url, '01LIMITS000001');
    expect(response.status).toBe(200);
    expect(gh.dispatches).toHaveLength(1);

    await pause(200);
    const stillOpen = attackers.filter((a) => !a.closed()).length;
    expect(stillOpen).toBeLessThanOrEqual(LIMITS.maxConnections);
    // Every attacker the relay let go was told to retry (503), none was answered 2xx or dropped as a 4xx.
    const answered = attackers.map((a) => a.received()).filter((text) => text !== '');
    expect(answered.length).toBeGreaterThanOrEqual(300 - LIMITS.maxConnections);
    for (const text of answered) expect(text).toMatch(/^HTTP\/1\.1 503 /);
    const stats = relay.stats();
    expect(stats.peakConnections).toBeLessThanOrEqual(LIMITS.maxConnections);
    expect(stats.peakBufferedBytes).toBeLessThanOrEqual(LIMITS.maxBufferedBytes);
    expect(stats.bufferedBytes).toBeLessThanOrEqual(LIMITS.maxBufferedBytes);
  });

  it('answers 503 to a body still arriving at its deadline, counted from its arrival', async () => {
    const relay = await startServer({ ...LIMITS, bodyTimeoutMs: 300 });
    const started = performance.now();
    const client = slowClient(relay.port, `${slowBodyHeaders(100)}{"event":`, 50);
    while (!client.closed() && performance.now() - started < 3_000) await pause(20);
    expect(client.received()).toMatch(/^HTTP\/1\.1 503 /);
    expect(client.received()).toContain('not received within 300 ms');
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(relay.stats().bufferedBytes).toBe(0);
  });

  it('closes a connection whose headers trickle in, and an idle keep-alive connection, after the headers timeout', async () => {
    const relay = await startServer();
    const started = performance.now();
    const slowloris = slowClient(relay.port, 'POST / HTTP/1.1\r\nHost: relay\r\n', 50);
    const idle = slowClient(relay.port, '');
    while ((!slowloris.closed() || !idle.closed()) && performance.now() - started < 3_000) await pause(20);
    expect(slowloris.closed()).toBe(true);
    expect(idle.closed()).toBe(true);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(relay.stats().connections).toBe(0);
  });

  it('answers 413 at once to a body over the size limit, declared or streamed, and holds none of it', async () => {
    const relay = await startServer();
    const declared = slowClient(relay.port, slowBodyHeaders(LIMITS.maxBodyBytes + 1));
    const streamed = slowClient(
      relay.port,
      `POST / HTTP/1.1\r\nHost: relay\r\nTransfer-Encoding: chunked\r\n\r\n${(70_000).toString(16)}\r\n${'x'.repeat(70_000)}\r\n`,
    );
    const started = performance.now();
    while ((!declared.closed() || !streamed.closed()) && performance.now() - started < 3_000) await pause(20);
    expect(declared.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(streamed.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(relay.stats().bufferedBytes).toBe(0);
  });
});
