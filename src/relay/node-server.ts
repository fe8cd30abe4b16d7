/**
 * A plain Node `http` server around the web-API relay handler: the raw body bytes are passed on untouched (the
 * signature is over them), bodies above a size limit are refused with 413 before they are buffered, and `close()`
 * lets requests in flight finish before dropping idle connections.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_MAX_BODY_BYTES } from './handler.js';

export interface RelayServerOptions {
  handler: (request: Request) => Promise<Response>;
  port: number;
  host?: string;
  maxBodyBytes?: number;
  /** How long `close()` waits for requests in flight before cutting connections (default 5 s). */
  closeGraceMs?: number;
}

export interface RelayServer {
  /** e.g. `http://127.0.0.1:8080` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts listening; resolves once the port is bound. */
export async function startRelayServer(options: RelayServerOptions): Promise<RelayServer> {
  const host = options.host ?? '127.0.0.1';
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const state = { closing: false };
  const server: Server = createServer((req, res) => {
    serve(req, res, options.handler, maxBodyBytes, state).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    });
  });
  // Below typical load-balancer idle timeouts would cause spurious resets; above them keeps sockets for nothing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    close() {
      state.closing = true;
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? 5_000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  handler: (request: Request) => Promise<Response>,
  maxBodyBytes: number,
  state: { closing: boolean },
): Promise<void> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBodyBytes) return refuseTooLarge(req, res);
  const body = await readBody(req, maxBodyBytes);
  if (body === 'too-large') return refuseTooLarge(req, res);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // The Host header is the client's to choose; the handler only needs the path.
  const request = new Request(new URL(req.url ?? '/', 'http://relay'), {
    method,
    headers,
    body: hasBody ? new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length) : undefined,
  });
  const response = await handler(request);
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  const payload = Buffer.from(await response.arrayBuffer());
  out['content-length'] = String(payload.length);
  // Once closing, keep-alive sockets would hold `server.close()` open until the grace period ends.
  if (state.closing) out.connection = 'close';
  res.writeHead(response.status, out);
  res.end(method === 'HEAD' ? undefined : payload);
}

/** The whole body, or 'too-large' as soon as it passes the limit (without buffering the rest). */
function readBody(req: IncomingMessage, maxBodyBytes: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        req.off('data', onData);
        req.off('end', onEnd);
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  // Close the connection: draining an oversized body would let a client hold us busy.
  res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ error: 'body too large' }));
  req.resume();
  res.once('finish', () => req.socket.destroy());
}
