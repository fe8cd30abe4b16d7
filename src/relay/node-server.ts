/**
 * A plain Node `http` server around the web-API relay handler. The raw body bytes are passed on untouched (the
 * signature is over them) as they arrive, so the handler's deadline runs from the request's arrival.
 *
 * Everything an unauthenticated client can make it hold is bounded, because nobody is known to be PagerDuty until
 * the whole body has arrived and its signature checked:
 * - connections (`maxConnections`); at the cap, an idle keep-alive connection or the longest-running slow upload is
 *   closed to make room, and only when neither exists is the newcomer answered 503;
 * - body bytes held across all requests (`maxBufferedBytes`, a global budget) and per request (`maxBodyBytes`);
 *   over the budget, the longest-running slow upload is shed first, the newcomer only when none exists;
 * - time: headers must arrive within `headersTimeoutMs` of the connection opening (or of the previous answer on a
 *   keep-alive connection), the body within `bodyTimeoutMs` of the headers, and an answer is sent within
 *   `answerTimeoutMs` of the headers whatever the handler does.
 * Refusals that a retry can fix are 503 (PagerDuty retries them); only a body over the size limit, which PagerDuty
 * never sends, is 413.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { DEFAULT_DEADLINE_MS, DEFAULT_MAX_BODY_BYTES } from './handler.js';
import { RequestRefusedError } from './route.js';

/** Connections held at once (each costs a socket, ≤ 16 KB of headers and its share of the byte budget). */
export const DEFAULT_MAX_CONNECTIONS = 256;
/** Request body bytes held across all requests: ~280 PagerDuty payloads of 55 KB at once. */
export const DEFAULT_MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
/** For the headers of a request, from the connection opening or the previous answer (also the keep-alive idle time). */
export const DEFAULT_HEADERS_TIMEOUT_MS = 5_000;
/** For the whole body, from the headers: PagerDuty sends ≤ 55 KB at once, so this only ever stops slow uploads. */
export const DEFAULT_BODY_TIMEOUT_MS = 2_000;
/** An upload running longer than this may be shed to make room for a newcomer. */
export const DEFAULT_SHED_AFTER_MS = 500;

export interface RelayServerOptions {
  handler: (request: Request) => Promise<Response>;
  port: number;
  host?: string;
  maxBodyBytes?: number;
  /** Open connections at once (default 256). */
  maxConnections?: number;
  /** Request body bytes held across all requests (default 16 MiB). */
  maxBufferedBytes?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  /** An answer goes out this long after the headers arrived, at the latest (default the handler's 4 s + 500 ms). */
  answerTimeoutMs?: number;
  /** Uploads running at least this long may be shed for a newcomer (default 500 ms). */
  shedAfterMs?: number;
  /** How long `close()` waits for requests in flight before cutting connections (default 5 s). */
  closeGraceMs?: number;
}

/** What the server holds and has refused; tests assert the bounds on these. */
export interface RelayServerStats {
  connections: number;
  peakConnections: number;
  bufferedBytes: number;
  peakBufferedBytes: number;
  /** Connections answered 503 at once because the cap was reached and nothing could be shed. */
  refusedConnections: number;
  /** Requests answered 503 because the byte budget was spent and nothing could be shed. */
  refusedOverBudget: number;
  /** Slow uploads (or idle connections) closed to make room for a newcomer. */
  shed: number;
  /** Requests answered 503 because their body or the handler's answer did not arrive in time. */
  timedOut: number;
  /** Connections closed because no complete headers arrived in time. */
  headerTimeouts: number;
  tooLarge: number;
}

export interface RelayServer {
  /** e.g. `http://127.0.0.1:8080` */
  url: string;
  port: number;
  stats(): RelayServerStats;
  close(): Promise<void>;
}

interface Upload {
  arrivedAt: number;
  reading: boolean;
  buffered: number;
  /** Answers the request with `status` (unless an answer went out) and closes the connection. */
  refuse(status: 413 | 503, reason: string): void;
}

interface Connection {
  socket: Socket;
  upload: Upload | undefined;
  /** True while waiting for headers (new or keep-alive); false from a request's arrival until its answer is sent. */
  idle: boolean;
  idleTimer: NodeJS.Timeout | undefined;
}

const AT_CAPACITY_BODY = '{"error":"relay at capacity; retry"}';
/** Written straight to a connection over the cap, before its request is even parsed. */
const AT_CAPACITY =
  'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\nRetry-After: 1\r\n' +
  `Connection: close\r\nContent-Length: ${AT_CAPACITY_BODY.length}\r\n\r\n${AT_CAPACITY_BODY}`;

/** Starts listening; resolves once the port is bound. */
export async function startRelayServer(options: RelayServerOptions): Promise<RelayServer> {
  const host = options.host ?? '127.0.0.1';
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const maxBufferedBytes = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  const headersTimeoutMs = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const answerTimeoutMs = options.answerTimeoutMs ?? DEFAULT_DEADLINE_MS + 500;
  const shedAfterMs = options.shedAfterMs ?? DEFAULT_SHED_AFTER_MS;
  const connections = new Map<Socket, Connection>();
  const stats: RelayServerStats = {
    connections: 0,
    peakConnections: 0,
    bufferedBytes: 0,
    peakBufferedBytes: 0,
    refusedConnections: 0,
    refusedOverBudget: 0,
    shed: 0,
    timedOut: 0,
    headerTimeouts: 0,
    tooLarge: 0,
  };
  let closing = false;

  const armIdle = (connection: Connection) => {
    clearTimeout(connection.idleTimer);
    connection.idle = true;
    connection.idleTimer = setTimeout(() => {
      if (connection.upload) return;
      stats.headerTimeouts += 1;
      connection.socket.destroy();
    }, headersTimeoutMs);
    connection.idleTimer.unref();
  };

  /**
   * Closes one connection to make room: an idle one (unless bytes are needed), else the upload that has been
   * running longest, if it has run for `shedAfterMs`. False when there is none.
   */
  const shedOne = (need: 'connection' | 'bytes', except?: Connection): boolean => {
    const now = Date.now();
    let victim: Connection | undefined;
    for (const connection of connections.values()) {
      if (connection === except) continue;
      const upload = connection.upload;
      if (upload === undefined) {
        // Not idle: its answer is still being written.
        if (need === 'bytes' || !connection.idle) continue;
        victim = connection;
        break;
      }
      if (!upload.reading || now - upload.arrivedAt < shedAfterMs) continue;
      if (need === 'bytes' && upload.buffered === 0) continue;
      if (!victim?.upload || upload.arrivedAt < victim.upload.arrivedAt) victim = connection;
    }
    if (!victim) return false;
    stats.shed += 1;
    // Out of the count at once: its socket closes asynchronously, and it must not be picked twice.
    connections.delete(victim.socket);
    stats.connections = connections.size;
    if (victim.upload)
      victim.upload.refuse(503, 'shed: the body was still arriving when the relay needed room');
    else victim.socket.destroy();
    return true;
  };

  const server: Server = createServer((req, res) => {
    const connection = connections.get(req.socket);
    if (!connection) {
      req.socket.destroy();
      return;
    }
    serve(req, res, connection);
  });
  server.on('connection', (socket: Socket) => {
    if (connections.size >= maxConnections && !shedOne('connection')) {
      stats.refusedConnections += 1;
      socket.end(AT_CAPACITY);
      socket.destroySoon();
      return;
    }
    const connection: Connection = { socket, upload: undefined, idle: true, idleTimer: undefined };
    connections.set(socket, connection);
    stats.connections = connections.size;
    stats.peakConnections = Math.max(stats.peakConnections, connections.size);
    armIdle(connection);
    socket.once('close', () => {
      clearTimeout(connection.idleTimer);
      connection.upload?.refuse(503, 'connection closed');
      connections.delete(socket);
      stats.connections = connections.size;
    });
  });
  // Node's own timers are backstops behind ours (they answer 408, which PagerDuty would count as a drop).
  server.keepAliveTimeout = headersTimeoutMs + 1_000;
  server.headersTimeout = headersTimeoutMs + 1_000;
  server.requestTimeout = Math.max(answerTimeoutMs, bodyTimeoutMs) + headersTimeoutMs + 2_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  function serve(req: IncomingMessage, res: ServerResponse, connection: Connection): void {
    clearTimeout(connection.idleTimer);
    connection.idle = false;
    const method = req.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
    /** Set when the body was not read to its end: the connection cannot carry another request. */
    let mustClose = false;
    const stream = hasBody
      ? new ReadableStream<Uint8Array>({
          start: (c) => void (controller = c),
          // The handler stopped reading (too large, past its deadline): stop buffering what still arrives.
          cancel: () => {
            if (!upload.reading) return;
            upload.reading = false;
            mustClose = true;
            req.removeAllListeners('data');
            req.resume();
          },
        })
      : undefined;
    let answered = false;
    const timers: NodeJS.Timeout[] = [];
    const release = () => {
      for (const timer of timers) clearTimeout(timer);
      stats.bufferedBytes -= upload.buffered;
      upload.buffered = 0;
      if (connection.upload === upload) connection.upload = undefined;
    };
    const upload: Upload = {
      arrivedAt: Date.now(),
      reading: hasBody,
      buffered: 0,
      refuse(status, reason) {
        if (upload.reading) {
          upload.reading = false;
          try {
            controller?.error(new RequestRefusedError(status, reason));
          } catch {
            // The stream was already closed or cancelled by the handler.
          }
        }
        release();
        if (!answered && !res.headersSent && !res.destroyed) {
          answered = true;
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
          res.end(JSON.stringify({ error: reason }));
          res.once('finish', () => req.socket.destroy());
          // A client that never reads its answer must not keep the socket either.
          setTimeout(() => req.socket.destroy(), 1_000).unref();
        } else req.socket.destroy();
        req.removeAllListeners('data');
        req.resume();
      },
    };
    connection.upload = upload;

    const declared = Number(req.headers['content-length']);
    if (hasBody && Number.isFinite(declared) && declared > maxBodyBytes) {
      stats.tooLarge += 1;
      upload.refuse(413, 'body too large');
      return;
    }
    timers.push(
      setTimeout(() => {
        stats.timedOut += 1;
        upload.refuse(503, `no answer within ${answerTimeoutMs} ms; retry`);
      }, answerTimeoutMs),
    );
    if (hasBody) {
      timers.push(
        setTimeout(() => {
          if (!upload.reading) return;
          stats.timedOut += 1;
          upload.refuse(503, `request body not received within ${bodyTimeoutMs} ms; retry`);
        }, bodyTimeoutMs),
      );
      req.on('data', (chunk: Buffer) => {
        if (!upload.reading) return;
        if (upload.buffered + chunk.length > maxBodyBytes) {
          stats.tooLarge += 1;
          upload.refuse(413, 'body too large');
          return;
        }
        while (stats.bufferedBytes + chunk.length > maxBufferedBytes) {
          if (shedOne('bytes', connection)) continue;
          stats.refusedOverBudget += 1;
          upload.refuse(503, 'relay memory budget reached; retry');
          return;
        }
        upload.buffered += chunk.length;
        stats.bufferedBytes += chunk.length;
        stats.peakBufferedBytes = Math.max(stats.peakBufferedBytes, stats.bufferedBytes);
        controller!.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
      });
      req.once('end', () => {
        if (!upload.reading) return;
        upload.reading = false;
        controller!.close();
      });
    }
    req.once('error', () => upload.refuse(503, 'request stream failed'));

    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else headers.set(name, value);
    }
    // The Host header is the client's to choose; the handler only needs the path.
    const request = new Request(new URL(req.url ?? '/', 'http://relay'), {
      method,
      headers,
      body: stream,
      duplex: 'half',
    } as RequestInit);
    void answer(
      request,
      method,
      res,
      () => answered,
      () => mustClose,
    )
      .then((sent) => {
        if (sent) answered = true;
      })
      .catch(() => {
        if (answered || res.headersSent || res.destroyed) return;
        answered = true;
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
      })
      .finally(() => {
        release();
        if (!res.writableFinished) res.once('finish', () => armIdle(connection));
        else armIdle(connection);
      });
  }

  async function answer(
    request: Request,
    method: string,
    res: ServerResponse,
    alreadyAnswered: () => boolean,
    mustClose: () => boolean,
  ): Promise<boolean> {
    const response = await options.handler(request);
    const payload = Buffer.from(await response.arrayBuffer());
    if (alreadyAnswered() || res.headersSent || res.destroyed) return false;
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      out[name] = value;
    });
    out['content-length'] = String(payload.length);
    // Once closing, keep-alive sockets would hold `server.close()` open until the grace period ends.
    if (closing || mustClose()) out.connection = 'close';
    res.writeHead(response.status, out);
    res.end(method === 'HEAD' ? undefined : payload);
    if (mustClose()) res.once('finish', () => res.socket?.destroy());
    return true;
  }

  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    stats: () => ({ ...stats }),
    close() {
      closing = true;
      closed ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? 5_000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closed;
    },
  };
}
