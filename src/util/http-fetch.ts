/**
 * The HTTP transport of the PagerDuty and Slack SDKs: the part of `fetch` they use, over node:http and node:https.
 *
 * Node's global `fetch` loads undici the first time it is called: about 50 ms of CPU on Node.js 20 and 65 ms on
 * Node.js 24 before the first request leaves, paid by every alert run (each is a fresh process, and the responder
 * waits for it). The SDKs need little of fetch — a request with headers, a text body and an abort signal; a
 * response's status, headers and body as text, JSON or bytes — and node:http gives that for a few milliseconds.
 * Anything else (a stream or form body, another protocol) goes to the global fetch unchanged.
 *
 * Behaviour kept from fetch: network failures reject with `TypeError('fetch failed', { cause })`; an aborted signal
 * rejects with its reason, before or during the request, body included; redirects are followed (at most 5, the
 * `Authorization` header dropped when the origin changes) unless `redirect` is `error` or `manual`. The response body
 * is read whole, up to 32 MiB, and decompressed if the server compressed it unasked.
 */
import type * as Http from 'node:http';
import type * as Https from 'node:https';
import type { IncomingMessage } from 'node:http';
import type * as Zlib from 'node:zlib';

// Node's modules are taken as CommonJS does, when first needed: an ESM import of `node:http` builds a facade that
// reads every export, and on Node.js 24 one of them (`WebSocket`) loads undici — the cost this module avoids. (It
// also keeps test runners that link modules in parallel from seeing this module's imports twice.)
// Node.js before 20.16 and 22.3 has no getBuiltinModule: there the module is imported.
function builtin<T extends 'node:http' | 'node:https' | 'node:zlib'>(id: T): Promise<NodeModules[T]> {
  const get = process.getBuiltinModule as ((id: T) => NodeModules[T]) | undefined;
  return get ? Promise.resolve(get(id)) : (import(id) as Promise<NodeModules[T]>);
}

interface NodeModules {
  'node:http': typeof Http;
  'node:https': typeof Https;
  'node:zlib': typeof Zlib;
}

/** The largest response body read; an API answer is a few kilobytes. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
const MAX_REDIRECTS = 5;

/**
 * A response's status and headers as they arrive, before the body is read, with the request's headers: the shape
 * undici publishes on `undici:request:headers` (headers as flat name/value lists).
 */
export interface ResponseHeadersMessage {
  request: { headers: string[] };
  response: { statusCode: number; headers: string[] };
}

const responseWatchers = new Set<(message: ResponseHeadersMessage) => void>();

/**
 * Calls `watcher` with every response's status and headers the moment they arrive, before the SDK sees the response
 * (the PagerDuty adapter cancels pdjs's own retry of a 429 this way). Returns the function that stops it.
 */
export function watchResponses(watcher: (message: ResponseHeadersMessage) => void): () => void {
  responseWatchers.add(watcher);
  return () => responseWatchers.delete(watcher);
}

type HeadersInput = HttpHeaders | Iterable<readonly [string, string]> | Record<string, string | undefined>;

/** Request and response headers: names case-insensitive, as in fetch. */
export class HttpHeaders {
  private readonly map = new Map<string, { name: string; values: string[] }>();

  constructor(init?: HeadersInput | { forEach(cb: (value: string, name: string) => void): void }) {
    if (!init) return;
    if (
      init instanceof HttpHeaders ||
      (typeof init === 'object' && 'forEach' in init && !Array.isArray(init))
    ) {
      (init as { forEach(cb: (value: string, name: string) => void): void }).forEach((v, k) =>
        this.append(k, v),
      );
    } else if (Symbol.iterator in init) {
      for (const [k, v] of init as Iterable<readonly [string, string]>) this.append(k, v);
    } else {
      for (const [k, v] of Object.entries(init)) if (v !== undefined) this.append(k, String(v));
    }
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const entry = this.map.get(key);
    if (entry) entry.values.push(String(value));
    else this.map.set(key, { name, values: [String(value)] });
  }

  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), { name, values: [String(value)] });
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase())?.values.join(', ') ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }

  forEach(callback: (value: string, name: string, headers: HttpHeaders) => void): void {
    for (const [key, { values }] of this.map) callback(values.join(', '), key, this);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const [key, { values }] of this.map) yield [key, values.join(', ')];
  }

  *keys(): IterableIterator<string> {
    for (const key of this.map.keys()) yield key;
  }

  *values(): IterableIterator<string> {
    for (const { values } of this.map.values()) yield values.join(', ');
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  /** Name/value pairs for node:http, with the names as given. */
  toNodeHeaders(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const { name, values } of this.map.values()) out[name] = values.join(', ');
    return out;
  }
}

/** A response read whole: the fetch `Response` members the SDKs use. */
export class HttpResponse {
  bodyUsed = false;
  /** Whether a redirect was followed to get here. */
  redirected = false;
  readonly ok: boolean;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: HttpHeaders,
    readonly url: string,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
  }

  private take(): Buffer {
    if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
    this.bodyUsed = true;
    return this.body;
  }

  async text(): Promise<string> {
    return this.take().toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.take().toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.take();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }
}

/** What `httpFetch` accepts: fetch's `RequestInit`, of which the SDKs use these members. */
export interface HttpFetchInit {
  method?: string;
  headers?: HeadersInput;
  body?: unknown;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'error' | 'manual';
}

/** `fetch` for http(s) URLs and text or byte bodies; anything else is passed to the global fetch. */
export function httpFetch(input: string | URL, init: HttpFetchInit = {}): Promise<HttpResponse | Response> {
  const url = new URL(String(input));
  const body = requestBody(init.body);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || body === undefined) {
    return globalThis.fetch(input, init as RequestInit);
  }
  const headers = new HttpHeaders(init.headers);
  if (body.contentType && !headers.has('content-type')) headers.set('content-type', body.contentType);
  return send(url, (init.method ?? 'GET').toUpperCase(), headers, body.bytes, init, 0);
}

/** The body as bytes (`null` for none), or undefined for a kind this transport leaves to the global fetch. */
function requestBody(body: unknown): { bytes: Buffer | null; contentType?: string } | undefined {
  if (body === undefined || body === null) return { bytes: null };
  if (typeof body === 'string') return { bytes: Buffer.from(body), contentType: 'text/plain;charset=UTF-8' };
  if (body instanceof URLSearchParams) {
    return {
      bytes: Buffer.from(body.toString()),
      contentType: 'application/x-www-form-urlencoded;charset=UTF-8',
    };
  }
  if (body instanceof Uint8Array)
    return { bytes: Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
  return undefined;
}

/** One request and its response, read whole; a redirect is followed by calling this again. */
async function send(
  url: URL,
  method: string,
  headers: HttpHeaders,
  body: Buffer | null,
  init: HttpFetchInit,
  redirects: number,
): Promise<HttpResponse> {
  const client = await builtin(url.protocol === 'https:' ? 'node:https' : 'node:http');
  const signal = init.signal ?? undefined;
  if (signal?.aborted) throw signal.reason;
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    const finish = (error: unknown, response?: HttpResponse) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (response) resolve(response);
      else reject(error);
    };
    const onAbort = () => {
      request.destroy();
      finish(signal!.reason);
    };
    const outgoing = headers.toNodeHeaders();
    if (body) outgoing['content-length'] = String(body.length);
    const request = client.request(url, { method, headers: outgoing });
    request.on('error', (error) => finish(new TypeError('fetch failed', { cause: error })));
    request.on('response', (response: IncomingMessage) => {
      const status = response.statusCode ?? 0;
      if (responseWatchers.size > 0) {
        const message: ResponseHeadersMessage = {
          request: { headers: Object.entries(outgoing).flat() },
          response: { statusCode: status, headers: response.rawHeaders },
        };
        for (const watcher of responseWatchers) watcher(message);
      }
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location !== undefined && init.redirect !== 'manual') {
        response.resume();
        if (init.redirect === 'error' || redirects >= MAX_REDIRECTS) {
          finish(new TypeError('fetch failed', { cause: new Error(`redirect to ${location} (${status})`) }));
          return;
        }
        const next = new URL(location, url);
        const nextHeaders = new HttpHeaders(headers);
        if (next.origin !== url.origin) nextHeaders.delete('authorization');
        const keepsBody = status === 307 || status === 308;
        if (!keepsBody) {
          nextHeaders.delete('content-type');
          nextHeaders.delete('content-length');
        }
        const nextMethod = keepsBody || method === 'HEAD' ? method : 'GET';
        send(next, nextMethod, nextHeaders, keepsBody ? body : null, init, redirects + 1).then(
          (r) => {
            r.redirected = true;
            finish(undefined, r);
          },
          (e) => finish(e),
        );
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          request.destroy();
          finish(
            new TypeError('fetch failed', {
              cause: new Error(`response larger than ${MAX_RESPONSE_BYTES} bytes`),
            }),
          );
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', (error) => finish(new TypeError('fetch failed', { cause: error })));
      response.on('aborted', () =>
        finish(new TypeError('fetch failed', { cause: new Error('response aborted') })),
      );
      response.on('end', () => {
        decode(Buffer.concat(chunks), response.headers['content-encoding']).then(
          (bytes) => {
            const received = new HttpHeaders();
            const raw = response.rawHeaders;
            for (let i = 0; i + 1 < raw.length; i += 2) received.append(raw[i]!, raw[i + 1]!);
            finish(
              undefined,
              new HttpResponse(status, response.statusMessage ?? '', received, url.href, bytes),
            );
          },
          (error: unknown) => finish(new TypeError('fetch failed', { cause: error })),
        );
      });
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    request.end(body ?? undefined);
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The body as sent before compression (fetch undoes `gzip`, `deflate` and `br` itself), within the size limit. */
async function decode(bytes: Buffer, encoding: string | undefined): Promise<Buffer> {
  const name = encoding?.trim().toLowerCase();
  if (name !== 'gzip' && name !== 'x-gzip' && name !== 'deflate' && name !== 'br') return bytes;
  const zlib = await builtin('node:zlib');
  const options = { maxOutputLength: MAX_RESPONSE_BYTES };
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, out: Buffer) => (error ? reject(error) : resolve(out));
    if (name === 'br') zlib.brotliDecompress(bytes, options, done);
    else if (name === 'deflate') zlib.inflate(bytes, options, done);
    else zlib.gunzip(bytes, options, done);
  });
}

/**
 * Makes `httpFetch` the `fetch` (and `HttpHeaders` the `Headers`) that @pagerduty/pdjs gets from `cross-fetch`
 * (src/pagerduty/cross-fetch-shim.cjs, which pdjs can `require`), for every pdjs call in this process.
 */
export function installForCrossFetch(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('oncall-runbooks.cross-fetch')] = {
    fetch: httpFetch,
    Headers: HttpHeaders,
  };
}
