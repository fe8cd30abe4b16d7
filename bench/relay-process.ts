/**
 * A server in a process of its own, for the "relay" and "relay-direct" bench sections: its CPU time and memory are
 * then its own, not the fakes' that answer it, nor the load generator's. It is either the relay (settings as JSON in
 * ONCALL_BENCH_RELAY_SETTINGS) or, with ONCALL_BENCH_BARE_FORWARD (JSON `{ url, token }`), the baseline: a bare Node
 * http server that forwards a fixed dispatch to the same fake GitHub with one fetch and answers 200.
 *
 * The parent talks to it over the fork IPC channel: "mark" (after a GC) starts counting CPU time and peak RSS,
 * "report" returns them, "memory" returns RSS and heap after a GC, "stop" closes the server and exits.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock } from '../src/clock.js';
import type { Logger } from '../src/log.js';
import { startRelayServer } from '../src/relay/node-server.js';
import { createConfiguredHandler, type RelaySettings } from '../src/relay/web.js';

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
};

interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/** Reads the body, forwards a fixed dispatch to the fake GitHub, answers 200 (502 when GitHub refused). */
async function startBareForward(target: { url: string; token: string }): Promise<BenchServer> {
  const dispatch = JSON.stringify({ event_type: 'pagerduty.incident.triggered', client_payload: { v: 1 } });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void fetch(target.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
        body: dispatch,
      }).then(
        async (r) => {
          await r.arrayBuffer();
          res.writeHead(r.status === 204 ? 200 : 502, { 'content-type': 'application/json' });
          res.end('{"status":"forwarded"}');
        },
        () => {
          res.writeHead(502).end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function startRelay(): Promise<BenchServer> {
  const settings = JSON.parse(process.env.ONCALL_BENCH_RELAY_SETTINGS ?? '{}') as RelaySettings;
  const { handler } = createConfiguredHandler(settings, { clock: systemClock, log: quiet });
  return startRelayServer({ handler, port: 0, host: '127.0.0.1' });
}

const bare = process.env.ONCALL_BENCH_BARE_FORWARD;
const server = bare
  ? await startBareForward(JSON.parse(bare) as { url: string; token: string })
  : await startRelay();
let cpu = process.cpuUsage();
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
process.on('message', (message) => {
  if (message === 'mark') {
    globalThis.gc?.();
    cpu = process.cpuUsage();
    peakRss = process.memoryUsage().rss;
    process.send!({ marked: true });
  } else if (message === 'report') {
    const used = process.cpuUsage(cpu);
    const memory = process.memoryUsage();
    process.send!({
      cpuMs: (used.user + used.system) / 1000,
      rss: Math.max(peakRss, memory.rss),
      heapUsed: memory.heapUsed,
    });
  } else if (message === 'memory') {
    globalThis.gc?.();
    const memory = process.memoryUsage();
    process.send!({ rss: memory.rss, heapUsed: memory.heapUsed });
  } else if (message === 'stop') {
    clearInterval(sampler);
    void server.close().then(() => process.exit(0));
  }
});
process.send!({ url: server.url });
