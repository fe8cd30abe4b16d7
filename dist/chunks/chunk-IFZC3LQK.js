import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  DEFAULT_HANDLED_EVENT_TYPES,
  InvalidWebhookError,
  readEventType,
  toDispatch
} from "./chunk-ZHBK2G4Z.js";
import {
  RateLimitedError,
  TransientError,
  describeError
} from "./chunk-GQNV3XG6.js";

// src/relay/signature.ts
import { createHmac, timingSafeEqual } from "node:crypto";
var V1 = /^v1=([0-9a-fA-F]{64})$/;
function parseSecrets(value) {
  return (value ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
}
function signBody(body, secret) {
  return `v1=${createHmac("sha256", secret).update(body).digest("hex")}`;
}
function verifySignature(rawBody, header, secrets) {
  if (header === null || header === void 0 || header.trim() === "") return "missing";
  const provided = [];
  for (const part of header.split(",")) {
    const item = part.trim();
    if (item === "") continue;
    const match = V1.exec(item);
    if (match) provided.push(Buffer.from(match[1], "hex"));
    else if (!/^v\d+=/.test(item)) return "malformed";
  }
  if (provided.length === 0) return "malformed";
  let ok = false;
  for (const secret of secrets) {
    const expected = createHmac("sha256", secret).update(rawBody).digest();
    for (const candidate of provided) {
      if (timingSafeEqual(expected, candidate)) ok = true;
    }
  }
  return ok ? "valid" : "mismatch";
}

// src/relay/handler.ts
var DEFAULT_DEADLINE_MS = 4e3;
var DEFAULT_MAX_BODY_BYTES = 512 * 1024;
function createRelayHandler(deps) {
  if (deps.secrets.length === 0) {
    throw new Error("createRelayHandler: at least one webhook signing secret is required.");
  }
  const handled = new Set(deps.handledEventTypes ?? DEFAULT_HANDLED_EVENT_TYPES);
  const deadlineMs = deps.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const webhookPath = normalisePath(deps.path ?? "/");
  return async (request) => {
    const started = deps.clock.now().getTime();
    let response;
    let note;
    try {
      [response, note] = await handle(request, started);
    } catch (error) {
      note = { outcome: "internal-error", detail: describeError(error) };
      response = json(500, { error: "internal error" });
    }
    logRequest(deps.log, request, response.status, note, deps.clock.now().getTime() - started);
    return response;
  };
  async function handle(request, started) {
    const path = normalisePath(new URL(request.url, "http://relay").pathname);
    if (path === "/healthz" && (request.method === "GET" || request.method === "HEAD")) {
      return [new Response(request.method === "HEAD" ? null : "ok", { status: 200 }), { outcome: "health" }];
    }
    if (path !== webhookPath) return [json(404, { error: "not found" }), { outcome: "not-found" }];
    if (request.method !== "POST") {
      return [json(405, { error: "use POST" }, { allow: "POST" }), { outcome: "method-not-allowed" }];
    }
    const declared = Number(request.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      return [json(413, { error: "body too large" }), { outcome: "too-large" }];
    }
    const raw = new Uint8Array(await request.arrayBuffer());
    if (raw.byteLength > maxBodyBytes)
      return [json(413, { error: "body too large" }), { outcome: "too-large" }];
    const webhookId = request.headers.get("x-webhook-id");
    const check = verifySignature(raw, request.headers.get("x-pagerduty-signature"), deps.secrets);
    if (check !== "valid") {
      return [json(401, { error: "invalid signature" }), { outcome: `signature-${check}`, webhookId }];
    }
    let body;
    try {
      body = JSON.parse(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("utf8"));
    } catch {
      return [json(400, { error: "body is not JSON" }), { outcome: "bad-json", webhookId }];
    }
    const eventType = readEventType(body);
    const eventId = readEventId(body);
    if (eventType === void 0 || !handled.has(eventType)) {
      return [
        json(202, { status: "ignored", event_type: eventType ?? null }),
        { outcome: "ignored", eventType, eventId, webhookId }
      ];
    }
    let dispatch;
    try {
      dispatch = toDispatch(body, webhookId, deps.clock.now());
    } catch (error) {
      if (!(error instanceof InvalidWebhookError)) throw error;
      return [
        json(400, { error: error.message }),
        { outcome: "bad-event", eventType, eventId, webhookId, detail: error.message }
      ];
    }
    const base = { eventType, eventId, webhookId };
    const remaining = Math.max(0, deadlineMs - (deps.clock.now().getTime() - started));
    const result = await withDeadline(
      (signal) => deps.github.dispatch(dispatch.eventType, { ...dispatch.payload }, { signal }),
      remaining,
      deps.clock
    );
    if (result === "deadline") {
      return [
        json(503, { error: `GitHub did not accept the dispatch within ${deadlineMs} ms; retry` }),
        { ...base, outcome: "deadline" }
      ];
    }
    if (result !== void 0) {
      const detail = describeError(result);
      if (result instanceof RateLimitedError) {
        return [
          json(
            503,
            { error: "GitHub rate limit; retry" },
            { "retry-after": String(Math.ceil(result.retryAfterMs / 1e3)) }
          ),
          { ...base, outcome: "github-rate-limited", detail }
        ];
      }
      if (result instanceof TransientError) {
        return [
          json(502, { error: "GitHub is unavailable; retry" }),
          { ...base, outcome: "github-failed", detail }
        ];
      }
      return [
        json(500, { error: "GitHub refused the dispatch; retry" }),
        { ...base, outcome: "github-error", detail }
      ];
    }
    return [
      json(200, { status: "dispatched", event_type: dispatch.eventType }),
      { ...base, outcome: "dispatched", detail: `${dispatch.bytes} bytes` }
    ];
  }
}
async function withDeadline(task, ms, clock) {
  const controller = new AbortController();
  const timer = new AbortController();
  let finished = false;
  try {
    return await Promise.race([
      task(controller.signal).then(
        () => {
          finished = true;
          return void 0;
        },
        (error) => {
          finished = true;
          return error ?? new Error("dispatch failed");
        }
      ),
      clock.sleep(ms, timer.signal).then(
        () => "deadline",
        // Cancelled because the task finished first: never wins the race.
        () => new Promise(() => void 0)
      )
    ]);
  } finally {
    timer.abort();
    if (!finished) controller.abort(new TransientError(`deadline of ${ms} ms reached`));
  }
}
function readEventId(body) {
  const event = body !== null && typeof body === "object" ? body.event : void 0;
  const id = event !== null && typeof event === "object" ? event.id : void 0;
  return typeof id === "string" ? id.slice(0, 128) : void 0;
}
function normalisePath(path) {
  const p = path.startsWith("/") ? path : `/${path}`;
  return p.length > 1 ? p.replace(/\/+$/, "") : p;
}
function json(status, body, headers = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers }
  });
}
function logRequest(log, request, status, note, ms) {
  if (note.outcome === "health") {
    log.debug(`relay: ${request.method} /healthz ${status}`);
    return;
  }
  const parts = [
    `relay: ${note.outcome}`,
    `status=${status}`,
    `event=${note.eventId === void 0 ? "-" : JSON.stringify(note.eventId)}`,
    `type=${note.eventType === void 0 ? "-" : JSON.stringify(note.eventType.slice(0, 100))}`,
    `webhook=${note.webhookId ? JSON.stringify(note.webhookId.slice(0, 128)) : "-"}`,
    `ms=${ms}`
  ];
  if (note.detail) parts.push(`detail=${JSON.stringify(note.detail)}`);
  const line = parts.join(" ");
  if (status >= 500) log.error(line);
  else if (status >= 400) log.warning(line);
  else log.info(line);
}

// src/relay/node-server.ts
import { createServer } from "node:http";
async function startRelayServer(options) {
  const host = options.host ?? "127.0.0.1";
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const state = { closing: false };
  const server = createServer((req, res) => {
    serve(req, res, options.handler, maxBodyBytes, state).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("internal error");
    });
  });
  server.keepAliveTimeout = 65e3;
  server.headersTimeout = 1e4;
  server.requestTimeout = 3e4;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    close() {
      state.closing = true;
      closing ??= new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? 5e3);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    }
  };
}
async function serve(req, res, handler, maxBodyBytes, state) {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBodyBytes) return refuseTooLarge(req, res);
  const body = await readBody(req, maxBodyBytes);
  if (body === "too-large") return refuseTooLarge(req, res);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === void 0) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  const request = new Request(new URL(req.url ?? "/", "http://relay"), {
    method,
    headers,
    body: hasBody ? new Uint8Array(body.buffer, body.byteOffset, body.length) : void 0
  });
  const response = await handler(request);
  const out = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  const payload = Buffer.from(await response.arrayBuffer());
  out["content-length"] = String(payload.length);
  if (state.closing) out.connection = "close";
  res.writeHead(response.status, out);
  res.end(method === "HEAD" ? void 0 : payload);
}
function readBody(req, maxBodyBytes) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        req.off("data", onData);
        req.off("end", onEnd);
        resolve("too-large");
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", reject);
  });
}
function refuseTooLarge(req, res) {
  res.writeHead(413, { "content-type": "application/json; charset=utf-8", connection: "close" });
  res.end(JSON.stringify({ error: "body too large" }));
  req.resume();
  res.once("finish", () => req.socket.destroy());
}

export {
  parseSecrets,
  signBody,
  createRelayHandler,
  startRelayServer
};
