/**
 * Section "relay": signed webhook → relay (node server) → fake GitHub dispatch accepted → answer, over loopback.
 * The baseline is a bare Node http server that forwards the same body to the same fake with one fetch, measured
 * interleaved in the same run: the difference is the relay's own time (signature check, parsing, payload building,
 * the web Request/Response conversion).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../src/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { createGitHubClient } from '../src/github/client.js';
import type { Logger } from '../src/log.js';
import { createRelayHandler } from '../src/relay/handler.js';
import { startRelayServer } from '../src/relay/node-server.js';
import { signBody } from '../src/relay/signature.js';
import { formatMs, percentile, type BenchRow, type BenchSection } from './harness.js';

const REQUESTS = 1_000;
const SECRET = 'bench-webhook-secret';
const TARGET_OWN_P99_MS = 20;

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
};

function webhookFixture(): string {
  const root = process.env.ONCALL_ROOT ?? process.cwd();
  return readFileSync(join(root, '__tests__', 'fixtures', 'webhooks', 'incident.triggered.json'), 'utf8');
}

export const section: BenchSection = {
  name: 'relay',
  async run(): Promise<BenchRow[]> {
    const github = new FakeGitHub();
    await github.start();
    const handler = createRelayHandler({
      secrets: ['an-old-secret-still-configured', SECRET],
      github: createGitHubClient({
        token: github.token,
        repository: github.repository,
        apiUrl: github.url,
        log: quiet,
      }),
      log: quiet,
      clock: systemClock,
    });
    const relay = await startRelayServer({ handler, port: 0, host: '127.0.0.1' });

    // Baseline: read the body, forward a fixed dispatch to the same fake, answer 200.
    const dispatchUrl = `${github.url}/repos/${github.repository}/dispatches`;
    const fixedDispatch = JSON.stringify({
      event_type: 'pagerduty.incident.triggered',
      client_payload: { v: 1 },
    });
    const bare = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void fetch(dispatchUrl, {
          method: 'POST',
          headers: { authorization: `Bearer ${github.token}`, 'content-type': 'application/json' },
          body: fixedDispatch,
        }).then(async (r) => {
          await r.arrayBuffer();
          res.writeHead(r.status === 204 ? 200 : 502, { 'content-type': 'application/json' });
          res.end('{"status":"forwarded"}');
        });
      });
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

    // Every request is a new event that just happened: the relay forwards each event once, and only recent ones.
    const fixture = webhookFixture();
    let sequence = 0;
    const nextEvent = () => {
      sequence += 1;
      const body = new Uint8Array(
        Buffer.from(
          fixture
            .replace('"2020-10-02T18:40:02.114Z"', JSON.stringify(new Date().toISOString()))
            .replace('"01DEN9P6Q1XV2K7M3ZB0A8C4TR"', `"01BENCH${String(sequence).padStart(8, '0')}"`),
        ),
      );
      const headers = {
        'content-type': 'application/json',
        'x-pagerduty-signature': signBody(body, SECRET),
        'x-webhook-id': `bench-${sequence}`,
      };
      return { body, headers };
    };
    const once = async (url: string, expected: number) => {
      const { body, headers } = nextEvent();
      const start = performance.now();
      const response = await fetch(url, { method: 'POST', body, headers });
      await response.arrayBuffer();
      const ms = performance.now() - start;
      if (response.status !== expected) throw new Error(`bench relay: ${url} answered ${response.status}`);
      return ms;
    };

    const relayTimes: number[] = [];
    const bareTimes: number[] = [];
    try {
      for (let i = 0; i < 100; i++) {
        await once(`${relay.url}/`, 200);
        await once(bareUrl, 200);
      }
      // Interleaved so that machine noise hits both series alike.
      for (let i = 0; i < REQUESTS; i++) {
        relayTimes.push(await once(`${relay.url}/`, 200));
        bareTimes.push(await once(bareUrl, 200));
      }
    } finally {
      await relay.close();
      await new Promise<void>((resolve) => bare.close(() => resolve()));
      bare.closeAllConnections();
      await github.stop();
    }
    if (github.dispatches.length < 2 * REQUESTS) throw new Error('bench relay: dispatches missing');
    relayTimes.sort((a, b) => a - b);
    bareTimes.sort((a, b) => a - b);
    const p50 = percentile(relayTimes, 50);
    const p99 = percentile(relayTimes, 99);
    const b50 = percentile(bareTimes, 50);
    const b99 = percentile(bareTimes, 99);
    const own99 = p99 - b99;
    return [
      {
        section: 'relay',
        case: `signed webhook → dispatch accepted, p50 (${REQUESTS} requests)`,
        value: formatMs(p50),
        baseline: `${formatMs(b50)} bare forward`,
        target: 'informational',
        pass: true,
      },
      {
        section: 'relay',
        case: `signed webhook → dispatch accepted, p99 (${REQUESTS} requests)`,
        value: formatMs(p99),
        baseline: `${formatMs(b99)} bare forward`,
        target: `own time p99 (value − baseline) ≤ ${TARGET_OWN_P99_MS} ms: ${formatMs(Math.max(0, own99))}`,
        pass: own99 <= TARGET_OWN_P99_MS,
      },
    ];
  },
};
