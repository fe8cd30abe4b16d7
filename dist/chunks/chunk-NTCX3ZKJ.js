import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_BODY_BYTES,
  RequestRefusedError
} from "./chunk-RDIZ3Q4A.js";

// src/relay/node-server.ts
import { createServer } from "node:http";
var DEFAULT_MAX_CONNECTIONS = 256;
var DEFAULT_MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
var DEFAULT_HEADERS_TIMEOUT_MS = 5e3;
var DEFAULT_BODY_TIMEOUT_MS = 2e3;
var DEFAULT_SHED_AFTER_MS = 500;
var AT_CAPACITY_BODY = '{"error":"relay at capacity; retry"}';
var AT_CAPACITY = `HTTP/1.1 503 Service Unavailable\r
Content-Type: application/json; charset=utf-8\r
Retry-After: 1\r
Connection: close\r
Content-Length: ${AT_CAPACITY_BODY.length}\r
\r
${AT_CAPACITY_BODY}`;
async function startRelayServer(options) {
  const host = options.host ?? "127.0.0.1";
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const maxBufferedBytes = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  const headersTimeoutMs = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const answerTimeoutMs = options.answerTimeoutMs ?? DEFAULT_DEADLINE_MS + 500;
  const shedAfterMs = options.shedAfterMs ?? DEFAULT_SHED_AFTER_MS;
  const connections = /* @__PURE__ */ new Map();
  const stats = {
    connections: 0,
    peakConnections: 0,
    bufferedBytes: 0,
    peakBufferedBytes: 0,
    refusedConnections: 0,
    refusedOverBudget: 0,
    shed: 0,
    timedOut: 0,
    headerTimeouts: 0,
    tooLarge: 0
  };
  let closing = false;
  const armIdle = (connection) => {
    clearTimeout(connection.idleTimer);
    connection.idle = true;
    connection.idleTimer = setTimeout(() => {
      if (connection.upload) return;
      stats.headerTimeouts += 1;
      connection.socket.destroy();
    }, headersTimeoutMs);
    connection.idleTimer.unref();
  };
  const shedOne = (need, except) => {
    const now = Date.now();
    let victim;
    for (const connection of connections.values()) {
      if (connection === except) continue;
      const upload = connection.upload;
      if (upload === void 0) {
        if (need === "bytes" || !connection.idle) continue;
        victim = connection;
        break;
      }
      if (!upload.reading || now - upload.arrivedAt < shedAfterMs) continue;
      if (need === "bytes" && upload.buffered === 0) continue;
      if (!victim?.upload || upload.arrivedAt < victim.upload.arrivedAt) victim = connection;
    }
    if (!victim) return false;
    stats.shed += 1;
    connections.delete(victim.socket);
    stats.connections = connections.size;
    if (victim.upload)
      victim.upload.refuse(503, "shed: the body was still arriving when the relay needed room");
    else victim.socket.destroy();
    return true;
  };
  const server = createServer((req, res) => {
    const connection = connections.get(req.socket);
    if (!connection) {
      req.socket.destroy();
      return;
    }
    serve(req, res, connection);
  });
  server.on("connection", (socket) => {
    if (connections.size >= maxConnections && !shedOne("connection")) {
      stats.refusedConnections += 1;
      socket.end(AT_CAPACITY);
      socket.destroySoon();
      return;
    }
    const connection = { socket, upload: void 0, idle: true, idleTimer: void 0 };
    connections.set(socket, connection);
    stats.connections = connections.size;
    stats.peakConnections = Math.max(stats.peakConnections, connections.size);
    armIdle(connection);
    socket.once("close", () => {
      clearTimeout(connection.idleTimer);
      connection.upload?.refuse(503, "connection closed");
      connections.delete(socket);
      stats.connections = connections.size;
    });
  });
  server.keepAliveTimeout = headersTimeoutMs + 1e3;
  server.headersTimeout = headersTimeoutMs + 1e3;
  server.requestTimeout = Math.max(answerTimeoutMs, bodyTimeoutMs) + headersTimeoutMs + 2e3;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  function serve(req, res, connection) {
    clearTimeout(connection.idleTimer);
    connection.idle = false;
    const method = req.method ?? "GET";
    const hasBody = method !== "GET" && method !== "HEAD";
    let controller;
    let mustClose = false;
    const stream = hasBody ? new ReadableStream({
      start: (c) => void (controller = c),
      // The handler stopped reading (too large, past its deadline): stop buffering what still arrives.
      cancel: () => {
        if (!upload.reading) return;
        upload.reading = false;
        mustClose = true;
        req.removeAllListeners("data");
        req.resume();
      }
    }) : void 0;
    let answered = false;
    const timers = [];
    const release = () => {
      for (const timer of timers) clearTimeout(timer);
      stats.bufferedBytes -= upload.buffered;
      upload.buffered = 0;
      if (connection.upload === upload) connection.upload = void 0;
    };
    const upload = {
      arrivedAt: Date.now(),
      reading: hasBody,
      buffered: 0,
      refuse(status, reason) {
        if (upload.reading) {
          upload.reading = false;
          try {
            controller?.error(new RequestRefusedError(status, reason));
          } catch {
          }
        }
        release();
        if (!answered && !res.headersSent && !res.destroyed) {
          answered = true;
          res.writeHead(status, { "content-type": "application/json; charset=utf-8", connection: "close" });
          res.end(JSON.stringify({ error: reason }));
          res.once("finish", () => req.socket.destroy());
          setTimeout(() => req.socket.destroy(), 1e3).unref();
        } else req.socket.destroy();
        req.removeAllListeners("data");
        req.resume();
      }
    };
    connection.upload = upload;
    const declared = Number(req.headers["content-length"]);
    if (hasBody && Number.isFinite(declared) && declared > maxBodyBytes) {
      stats.tooLarge += 1;
      upload.refuse(413, "body too large");
      return;
    }
    timers.push(
      setTimeout(() => {
        stats.timedOut += 1;
        upload.refuse(503, `no answer within ${answerTimeoutMs} ms; retry`);
      }, answerTimeoutMs)
    );
    if (hasBody) {
      timers.push(
        setTimeout(() => {
          if (!upload.reading) return;
          stats.timedOut += 1;
          upload.refuse(503, `request body not received within ${bodyTimeoutMs} ms; retry`);
        }, bodyTimeoutMs)
      );
      req.on("data", (chunk) => {
        if (!upload.reading) return;
        if (upload.buffered + chunk.length > maxBodyBytes) {
          stats.tooLarge += 1;
          upload.refuse(413, "body too large");
          return;
        }
        while (stats.bufferedBytes + chunk.length > maxBufferedBytes) {
          if (shedOne("bytes", connection)) continue;
          stats.refusedOverBudget += 1;
          upload.refuse(503, "relay memory budget reached; retry");
          return;
        }
        upload.buffered += chunk.length;
        stats.bufferedBytes += chunk.length;
        stats.peakBufferedBytes = Math.max(stats.peakBufferedBytes, stats.bufferedBytes);
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
      });
      req.once("end", () => {
        if (!upload.reading) return;
        upload.reading = false;
        controller.close();
      });
    }
    req.once("error", () => upload.refuse(503, "request stream failed"));
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === void 0) continue;
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else headers.set(name, value);
    }
    const request = new Request(new URL(req.url ?? "/", "http://relay"), {
      method,
      headers,
      body: stream,
      duplex: "half"
    });
    void answer(
      request,
      method,
      res,
      () => answered,
      () => mustClose
    ).then((sent) => {
      if (sent) answered = true;
    }).catch(() => {
      if (answered || res.headersSent || res.destroyed) return;
      answered = true;
      res.writeHead(500, { "content-type": "text/plain" });
      res.end("internal error");
    }).finally(() => {
      release();
      if (!res.writableFinished) res.once("finish", () => armIdle(connection));
      else armIdle(connection);
    });
  }
  async function answer(request, method, res, alreadyAnswered, mustClose) {
    const response = await options.handler(request);
    const payload = Buffer.from(await response.arrayBuffer());
    if (alreadyAnswered() || res.headersSent || res.destroyed) return false;
    const out = {};
    response.headers.forEach((value, name) => {
      out[name] = value;
    });
    out["content-length"] = String(payload.length);
    if (closing || mustClose()) out.connection = "close";
    res.writeHead(response.status, out);
    res.end(method === "HEAD" ? void 0 : payload);
    if (mustClose()) res.once("finish", () => res.socket?.destroy());
    return true;
  }
  const address = server.address();
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closed;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    stats: () => ({ ...stats }),
    close() {
      closing = true;
      closed ??= new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? 5e3);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closed;
    }
  };
}

export {
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_BUFFERED_BYTES,
  startRelayServer
};
