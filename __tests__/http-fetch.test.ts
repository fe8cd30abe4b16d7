/**
 * The adapters' HTTP transport (src/util/http-fetch.ts) against loopback servers: what the SDKs read of a fetch
 * response, aborts and failures as fetch reports them, redirects, compression, the size limit, and the header watch.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeServer } from '../src/fakes/server.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import { createSlackClient } from '../src/slack/client.js';
import {
  HttpHeaders,
  MAX_RESPONSE_BYTES,
  httpFetch,
  watchResponses,
  type HttpResponse,
} from '../src/util/http-fetch.js';

let fake: FakeServer;

beforeEach(async () => {
  fake = new FakeServer('Echo', (call) => ({
    status: call.path === '/missing' ? 404 : 200,
    headers: { 'x-seen-method': call.method, 'set-cookie': 'a=1' },
    body: { path: call.path, query: call.query.toString(), body: call.body, headers: call.headers },
  }));
  await fake.start();
});

afterEach(async () => {
  await fake.stop();
});

/** A plain loopback server for what the fakes do not send: compressed bodies, redirects, oversized bodies. */
async function withServer(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
  run: (url: string) => Promise<void>,
): Promise<void> {
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const url = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  try {
    await run(url);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('httpFetch', () => {
  it('sends the method, headers and text body, and answers with status, headers and JSON', async () => {
    const response = (await httpFetch(`${fake.url}/api/chat.postMessage?x=1`, {
      method: 'post',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-1' },
      body: 'channel=C1&text=hi',
    })) as HttpResponse;
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('X-Seen-Method')).toBe('POST');
    expect(Object.fromEntries(response.headers.entries())).toMatchObject({ 'set-cookie': 'a=1' });
    const echoed = (await response.json()) as {
      path: string;
      query: string;
      body: string;
      headers: Record<string, string>;
    };
    expect(echoed).toMatchObject({ path: '/api/chat.postMessage', query: 'x=1', body: 'channel=C1&text=hi' });
    expect(echoed.headers).toMatchObject({
      authorization: 'Bearer xoxb-1',
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String('channel=C1&text=hi'.length),
    });
    await expect(response.text()).rejects.toThrow(/already been read/);
  });

  it('works on a Node.js without process.getBuiltinModule (before 20.16 and 22.3)', async () => {
    const getBuiltinModule = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule');
    Object.defineProperty(process, 'getBuiltinModule', { value: undefined, configurable: true });
    try {
      const response = await httpFetch(`${fake.url}/api/x`, { method: 'POST', body: 'a=1' });
      expect(((await response.json()) as { body: string }).body).toBe('a=1');
    } finally {
      if (getBuiltinModule) Object.defineProperty(process, 'getBuiltinModule', getBuiltinModule);
    }
  });

  it('a 404 is an answer, not a failure; a GET carries no body', async () => {
    const response = await httpFetch(`${fake.url}/missing`, { headers: new HttpHeaders({ Accept: 'x' }) });
    expect(response.status).toBe(404);
    expect(response.ok).toBe(false);
    expect(fake.calls[0]).toMatchObject({ method: 'GET', body: '' });
    expect(fake.calls[0]!.headers.accept).toBe('x');
  });

  it('a signal aborted before the call rejects with its reason and sends nothing', async () => {
    const controller = new AbortController();
    controller.abort(new Error('not wanted'));
    await expect(httpFetch(`${fake.url}/x`, { signal: controller.signal })).rejects.toThrow('not wanted');
    expect(fake.calls).toHaveLength(0);
  });

  it('a server that never answers is given up on when the signal times out', async () => {
    fake.inject({ path: '/slow' }, { kind: 'hang' });
    const started = Date.now();
    const failed = await httpFetch(`${fake.url}/slow`, { signal: AbortSignal.timeout(100) }).catch((e) => e);
    expect((failed as Error).name).toBe('TimeoutError');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a reset connection rejects as fetch does: TypeError "fetch failed" with the cause', async () => {
    fake.inject({ path: '/reset' }, { kind: 'reset' });
    const failed = (await httpFetch(`${fake.url}/reset`).catch((e) => e)) as TypeError;
    expect(failed).toBeInstanceOf(TypeError);
    expect(failed.message).toBe('fetch failed');
    expect(String(failed.cause)).toMatch(/ECONNRESET|socket hang up/);
  });

  it('decompresses a gzip body sent unasked', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        res.end(gzipSync(JSON.stringify({ ok: true })));
      },
      async (url) => {
        expect(await (await httpFetch(url)).json()).toEqual({ ok: true });
      },
    );
  });

  it('follows a redirect, dropping Authorization for another origin; redirect "error" refuses it', async () => {
    const seen: Record<string, string | undefined>[] = [];
    const note = (req: IncomingMessage) =>
      seen.push({ path: req.url, authorization: req.headers.authorization, method: req.method });
    await withServer(
      (req, res) => {
        note(req);
        res.end('{"here":true}');
      },
      async (elsewhere) =>
        withServer(
          (req, res) => {
            note(req);
            res.writeHead(302, { location: `${elsewhere}/here` }).end();
          },
          async (url) => {
            const response = await httpFetch(`${url}/moved`, {
              method: 'POST',
              headers: { authorization: 'Bearer secret' },
              body: 'x=1',
            });
            expect(response.redirected).toBe(true);
            expect(await response.json()).toEqual({ here: true });
            expect(seen).toEqual([
              { path: '/moved', authorization: 'Bearer secret', method: 'POST' },
              { path: '/here', authorization: undefined, method: 'GET' },
            ]);
            await expect(httpFetch(`${url}/moved`, { redirect: 'error' })).rejects.toThrow('fetch failed');
          },
        ),
    );
  });

  it(`stops reading a body larger than ${MAX_RESPONSE_BYTES} bytes`, async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    await withServer(
      (_req, res) => {
        res.writeHead(200);
        let sent = 0;
        const more = () => {
          while (sent <= MAX_RESPONSE_BYTES) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', more);
          }
          res.end();
        };
        more();
        res.on('error', () => undefined);
      },
      async (url) => {
        const failed = (await httpFetch(url).catch((e) => e)) as TypeError;
        expect(failed.message).toBe('fetch failed');
        expect(String((failed.cause as Error).message)).toContain('larger than');
      },
    );
  });

  it('shows watchers each response status and headers, with the request headers, before the body is read', async () => {
    const messages: unknown[] = [];
    const stop = watchResponses((message) => messages.push(message));
    try {
      await httpFetch(`${fake.url}/missing`, { headers: { 'x-oncall-request-id': 'r1' } });
    } finally {
      stop();
    }
    expect(messages).toHaveLength(1);
    const [message] = messages as {
      request: { headers: string[] };
      response: { statusCode: number; headers: string[] };
    }[];
    expect(message!.response.statusCode).toBe(404);
    expect(message!.request.headers).toEqual(expect.arrayContaining(['x-oncall-request-id', 'r1']));
    expect(message!.response.headers).toEqual(expect.arrayContaining(['x-seen-method', 'GET']));
  });
});

describe('the adapters use it, not the global fetch', () => {
  // The global fetch's first call loads undici: tens of milliseconds of CPU in every fresh alert process.
  it('PagerDuty and Slack calls never reach globalThis.fetch', async () => {
    const clock = new FakeClock('2026-11-26T01:00:00Z');
    const log = new MemoryLogger();
    const pd = new FakePagerDuty({ clock });
    const slack = new FakeSlack({ channels: [{ id: 'C0ONCALL', name: 'oncall' }] }, { clock });
    await Promise.all([pd.start(), slack.start()]);
    const original = globalThis.fetch;
    let globalCalls = 0;
    globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
      globalCalls++;
      return original(...args);
    }) as typeof fetch;
    try {
      const pagerduty = createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock, log });
      const slackApi = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log });
      await pagerduty.listOnCalls({ since: clock.now(), until: new Date(clock.now().getTime() + 60_000) });
      await slackApi.postMessage({ channel: 'C0ONCALL', text: 'hello' });
      expect(slack.messages()).toHaveLength(1);
      expect(globalCalls).toBe(0);
    } finally {
      globalThis.fetch = original;
      await Promise.all([pd.stop(), slack.stop()]);
    }
  });
});
