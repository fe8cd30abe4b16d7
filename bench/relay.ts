/**
 * Section "relay": signed webhook → relay → fake GitHub dispatch accepted → answer, over loopback, at 1, 10 and 50
 * requests at once. The relay runs in a process of its own (bench/relay-process.ts), so its CPU time and memory are
 * its own. The baseline is a bare Node http server in a process of its own that forwards a fixed body to the same
 * fake with one fetch, loaded the same way and in turns with the relay (so that a change of load on the machine hits
 * both): the difference is the relay's own work (signature check, parsing, payload building, the web
 * Request/Response conversion, the dispatch line).
 *
 * The relay gets 40,000 requests in all, each a new event, which is twice the event ids it remembers: its memory
 * after them shows that what it keeps is bounded.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeGitHub } from '../src/fakes/github.js';
import { signBody } from '../src/relay/signature.js';
import { formatMb, formatMs, percentile, type BenchRow, type BenchSection } from './harness.js';
import { ask, startServerProcess, stopServerProcess, type Memory, type Report } from './relay-child.js';

const SECTION = 'relay';
const SECRET = 'bench-webhook-secret';
/** The relay's own time at p99, one request at a time. */
const TARGET_OWN_P99_MS = 20;
/**
 * p99 under concurrency: a quarter of the relay's 4 s answer deadline (PagerDuty waits 5 s for an answer), leaving
 * the rest for the network and the GitHub API's own time.
 */
const TARGET_P99_MS = 1_000;
/** What docs/deploy.md tells people to give the relay. */
const TARGET_RSS_BYTES = 256 * 1024 * 1024;
const WARMUP = 500;
/** Requests to the relay (40,000 in all with the warm-up) and to the baseline, at each concurrency. */
const PHASES = [
  { concurrency: 1, relay: 2_500, bare: 1_000 },
  { concurrency: 10, relay: 12_000, bare: 1_000 },
  { concurrency: 50, relay: 25_000, bare: 1_000 },
];
/** Each phase alternates between the relay and the baseline this many times. */
const TURNS = 5;
const TOTAL = WARMUP + PHASES.reduce((n, p) => n + p.relay, 0);

function webhookFixture(): string {
  const root = process.env.ONCALL_ROOT ?? process.cwd();
  return readFileSync(join(root, '__tests__', 'fixtures', 'webhooks', 'incident.triggered.json'), 'utf8');
}

interface Server {
  child: ChildProcess;
  url: URL;
  agent: Agent;
}

interface Load {
  times: number[];
  refused: number;
  cpuMs: number;
  requests: number;
}

export const section: BenchSection = {
  name: SECTION,
  async run(): Promise<BenchRow[]> {
    const github = new FakeGitHub();
    await github.start();
    // Every request is a new event that just happened: the relay forwards each event once, and only recent ones.
    const fixture = webhookFixture();
    let sequence = 0;
    const nextEvent = () => {
      sequence += 1;
      const body = Buffer.from(
        fixture
          .replace('"2020-10-02T18:40:02.114Z"', JSON.stringify(new Date().toISOString()))
          .replace('"01DEN9P6Q1XV2K7M3ZB0A8C4TR"', `"01BENCH${String(sequence).padStart(8, '0')}"`),
      );
      return {
        body,
        headers: {
          'content-type': 'application/json',
          'content-length': String(body.length),
          'x-pagerduty-signature': signBody(new Uint8Array(body), SECRET),
          'x-webhook-id': `bench-${sequence}`,
        },
      };
    };
    /** One request; resolves with its time in ms, or -1 when it was not answered 200. */
    const once = (server: Server): Promise<number> => {
      const { body, headers } = nextEvent();
      return new Promise((resolve, reject) => {
        const start = performance.now();
        const req = request(server.url, { method: 'POST', headers, agent: server.agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode === 200 ? performance.now() - start : -1));
        });
        req.on('error', reject);
        req.end(body);
      });
    };
    const load = async (server: Server, requests: number, concurrency: number, into: Load) => {
      await ask(server.child, 'mark');
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < requests) {
            next += 1;
            const ms = await once(server);
            if (ms < 0) into.refused += 1;
            else into.times.push(ms);
          }
        }),
      );
      into.cpuMs += (await ask<Report>(server.child, 'report')).cpuMs;
      into.requests += requests;
    };
    const open = async (kind: Parameters<typeof startServerProcess>[0], sockets: number) => {
      const { child, url } = await startServerProcess(kind);
      return { child, url: new URL(`${url}/`), agent: new Agent({ keepAlive: true, maxSockets: sockets }) };
    };

    let relay: Server | undefined;
    let bare: Server | undefined;
    const results: { concurrency: number; relay: Load; bare: Load }[] = [];
    let warm: Memory;
    let after: Memory;
    try {
      relay = await open(
        {
          relay: {
            secrets: ['an-old-secret-still-configured', SECRET],
            path: '/',
            events: ['incident.triggered'],
            github: { token: github.token, repository: github.repository, apiUrl: github.url },
          },
        },
        50,
      );
      bare = await open(
        { bareForward: { url: `${github.url}/repos/${github.repository}/dispatches`, token: github.token } },
        50,
      );
      const scratch = (): Load => ({ times: [], refused: 0, cpuMs: 0, requests: 0 });
      await load(relay, WARMUP, 10, scratch());
      await load(bare, WARMUP, 10, scratch());
      warm = await ask<Memory>(relay.child, 'memory');
      for (const phase of PHASES) {
        const result = { concurrency: phase.concurrency, relay: scratch(), bare: scratch() };
        for (let turn = 0; turn < TURNS; turn++) {
          await load(relay, phase.relay / TURNS, phase.concurrency, result.relay);
          await load(bare, phase.bare / TURNS, phase.concurrency, result.bare);
        }
        results.push(result);
      }
      after = await ask<Memory>(relay.child, 'memory');
    } finally {
      for (const server of [relay, bare]) {
        if (!server) continue;
        server.agent.destroy();
        await stopServerProcess(server.child);
      }
      await github.stop();
    }

    const rows: BenchRow[] = [];
    for (const { concurrency, relay: r, bare: b } of results) {
      r.times.sort((x, y) => x - y);
      b.times.sort((x, y) => x - y);
      const p50 = percentile(r.times, 50);
      const p99 = percentile(r.times, 99);
      const b99 = percentile(b.times, 99);
      const own99 = p99 - b99;
      const refused = r.refused > 0 ? `; ${r.refused} not answered 200` : '';
      const value = `p50 ${formatMs(p50)}, p99 ${formatMs(p99)}; CPU ${formatMs(r.cpuMs / r.requests)} a request${refused}`;
      const baseline = `bare forward: p50 ${formatMs(percentile(b.times, 50))}, p99 ${formatMs(b99)}; CPU ${formatMs(b.cpuMs / b.requests)} a request`;
      const kase = `signed webhook → dispatch accepted, ${concurrency} at a time (${r.requests} requests)`;
      rows.push(
        concurrency === 1
          ? {
              section: SECTION,
              case: kase,
              value,
              baseline,
              target: `own p99 (value − baseline) ≤ ${TARGET_OWN_P99_MS} ms, every answer 200: ${formatMs(Math.max(0, own99))}`,
              pass: own99 <= TARGET_OWN_P99_MS && r.refused === 0,
            }
          : {
              section: SECTION,
              case: kase,
              value,
              baseline,
              target: `p99 ≤ ${formatMs(TARGET_P99_MS)} (a quarter of the 4 s answer deadline), every answer 200`,
              pass: p99 <= TARGET_P99_MS && r.refused === 0,
            },
      );
    }
    rows.push({
      section: SECTION,
      case: `relay process memory after ${TOTAL.toLocaleString('en-US')} requests (twice the event ids it remembers)`,
      value: `RSS ${formatMb(after.rss)}, heap ${formatMb(after.heapUsed)} after GC`,
      baseline: `after ${WARMUP}: RSS ${formatMb(warm.rss)}, heap ${formatMb(warm.heapUsed)}`,
      target: `RSS ≤ ${formatMb(TARGET_RSS_BYTES)} (docs/deploy.md)`,
      pass: after.rss <= TARGET_RSS_BYTES,
    });
    // An answer 200 means GitHub accepted the dispatch: the fake must hold at least that many.
    const answered = results.reduce((n, r) => n + r.relay.times.length + r.bare.times.length, 0);
    if (github.dispatches.length < answered) {
      throw new Error(`bench relay: ${github.dispatches.length} dispatches for ${answered} answers 200`);
    }
    return rows;
  },
};
