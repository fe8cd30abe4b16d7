
// src/util/http-fetch.ts
function builtin(id) {
  const get = process.getBuiltinModule;
  return get ? Promise.resolve(get(id)) : import(id);
}
var MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
var MAX_REDIRECTS = 5;
var responseWatchers = /* @__PURE__ */ new Set();
function watchResponses(watcher) {
  responseWatchers.add(watcher);
  return () => responseWatchers.delete(watcher);
}
var HttpHeaders = class _HttpHeaders {
  map = /* @__PURE__ */ new Map();
  constructor(init) {
    if (!init) return;
    if (init instanceof _HttpHeaders || typeof init === "object" && "forEach" in init && !Array.isArray(init)) {
      init.forEach(
        (v, k) => this.append(k, v)
      );
    } else if (Symbol.iterator in init) {
      for (const [k, v] of init) this.append(k, v);
    } else {
      for (const [k, v] of Object.entries(init)) if (v !== void 0) this.append(k, String(v));
    }
  }
  append(name, value) {
    const key = name.toLowerCase();
    const entry = this.map.get(key);
    if (entry) entry.values.push(String(value));
    else this.map.set(key, { name, values: [String(value)] });
  }
  set(name, value) {
    this.map.set(name.toLowerCase(), { name, values: [String(value)] });
  }
  get(name) {
    return this.map.get(name.toLowerCase())?.values.join(", ") ?? null;
  }
  has(name) {
    return this.map.has(name.toLowerCase());
  }
  delete(name) {
    this.map.delete(name.toLowerCase());
  }
  forEach(callback) {
    for (const [key, { values }] of this.map) callback(values.join(", "), key, this);
  }
  *entries() {
    for (const [key, { values }] of this.map) yield [key, values.join(", ")];
  }
  *keys() {
    for (const key of this.map.keys()) yield key;
  }
  *values() {
    for (const { values } of this.map.values()) yield values.join(", ");
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  /** Name/value pairs for node:http, with the names as given. */
  toNodeHeaders() {
    const out = {};
    for (const { name, values } of this.map.values()) out[name] = values.join(", ");
    return out;
  }
};
var HttpResponse = class {
  constructor(status, statusText, headers, url, body) {
    this.status = status;
    this.statusText = statusText;
    this.headers = headers;
    this.url = url;
    this.body = body;
    this.ok = status >= 200 && status < 300;
  }
  status;
  statusText;
  headers;
  url;
  body;
  bodyUsed = false;
  /** Whether a redirect was followed to get here. */
  redirected = false;
  ok;
  take() {
    if (this.bodyUsed) throw new TypeError("Body is unusable: Body has already been read");
    this.bodyUsed = true;
    return this.body;
  }
  async text() {
    return this.take().toString("utf8");
  }
  async json() {
    return JSON.parse(this.take().toString("utf8"));
  }
  async arrayBuffer() {
    const body = this.take();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength);
  }
};
function httpFetch(input, init = {}) {
  const url = new URL(String(input));
  const body = requestBody(init.body);
  if (url.protocol !== "http:" && url.protocol !== "https:" || body === void 0) {
    return globalThis.fetch(input, init);
  }
  const headers = new HttpHeaders(init.headers);
  if (body.contentType && !headers.has("content-type")) headers.set("content-type", body.contentType);
  return send(url, (init.method ?? "GET").toUpperCase(), headers, body.bytes, init, 0);
}
function requestBody(body) {
  if (body === void 0 || body === null) return { bytes: null };
  if (typeof body === "string") return { bytes: Buffer.from(body), contentType: "text/plain;charset=UTF-8" };
  if (body instanceof URLSearchParams) {
    return {
      bytes: Buffer.from(body.toString()),
      contentType: "application/x-www-form-urlencoded;charset=UTF-8"
    };
  }
  if (body instanceof Uint8Array)
    return { bytes: Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
  return void 0;
}
async function send(url, method, headers, body, init, redirects) {
  const client = await builtin(url.protocol === "https:" ? "node:https" : "node:http");
  const signal = init.signal ?? void 0;
  if (signal?.aborted) throw signal.reason;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error, response) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      if (response) resolve(response);
      else reject(error);
    };
    const onAbort = () => {
      request.destroy();
      finish(signal.reason);
    };
    const outgoing = headers.toNodeHeaders();
    if (body) outgoing["content-length"] = String(body.length);
    const request = client.request(url, { method, headers: outgoing });
    request.on("error", (error) => finish(new TypeError("fetch failed", { cause: error })));
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      if (responseWatchers.size > 0) {
        const message = {
          request: { headers: Object.entries(outgoing).flat() },
          response: { statusCode: status, headers: response.rawHeaders }
        };
        for (const watcher of responseWatchers) watcher(message);
      }
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location !== void 0 && init.redirect !== "manual") {
        response.resume();
        if (init.redirect === "error" || redirects >= MAX_REDIRECTS) {
          finish(new TypeError("fetch failed", { cause: new Error(`redirect to ${location} (${status})`) }));
          return;
        }
        const next = new URL(location, url);
        const nextHeaders = new HttpHeaders(headers);
        if (next.origin !== url.origin) nextHeaders.delete("authorization");
        const keepsBody = status === 307 || status === 308;
        if (!keepsBody) {
          nextHeaders.delete("content-type");
          nextHeaders.delete("content-length");
        }
        const nextMethod = keepsBody || method === "HEAD" ? method : "GET";
        send(next, nextMethod, nextHeaders, keepsBody ? body : null, init, redirects + 1).then(
          (r) => {
            r.redirected = true;
            finish(void 0, r);
          },
          (e) => finish(e)
        );
        return;
      }
      const chunks = [];
      let size = 0;
      response.on("data", (chunk) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          request.destroy();
          finish(
            new TypeError("fetch failed", {
              cause: new Error(`response larger than ${MAX_RESPONSE_BYTES} bytes`)
            })
          );
          return;
        }
        chunks.push(chunk);
      });
      response.on("error", (error) => finish(new TypeError("fetch failed", { cause: error })));
      response.on(
        "aborted",
        () => finish(new TypeError("fetch failed", { cause: new Error("response aborted") }))
      );
      response.on("end", () => {
        decode(Buffer.concat(chunks), response.headers["content-encoding"]).then(
          (bytes) => {
            const received = new HttpHeaders();
            const raw = response.rawHeaders;
            for (let i = 0; i + 1 < raw.length; i += 2) received.append(raw[i], raw[i + 1]);
            finish(
              void 0,
              new HttpResponse(status, response.statusMessage ?? "", received, url.href, bytes)
            );
          },
          (error) => finish(new TypeError("fetch failed", { cause: error }))
        );
      });
    });
    signal?.addEventListener("abort", onAbort, { once: true });
    request.end(body ?? void 0);
  });
}
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function decode(bytes, encoding) {
  const name = encoding?.trim().toLowerCase();
  if (name !== "gzip" && name !== "x-gzip" && name !== "deflate" && name !== "br") return bytes;
  const zlib = await builtin("node:zlib");
  const options = { maxOutputLength: MAX_RESPONSE_BYTES };
  return new Promise((resolve, reject) => {
    const done = (error, out) => error ? reject(error) : resolve(out);
    if (name === "br") zlib.brotliDecompress(bytes, options, done);
    else if (name === "deflate") zlib.inflate(bytes, options, done);
    else zlib.gunzip(bytes, options, done);
  });
}
function installForCrossFetch() {
  globalThis[/* @__PURE__ */ Symbol.for("oncall-runbooks.cross-fetch")] = {
    fetch: httpFetch,
    Headers: HttpHeaders
  };
}

export {
  watchResponses,
  httpFetch,
  installForCrossFetch
};
