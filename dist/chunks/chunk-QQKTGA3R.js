import {
  remindIncident
} from "./chunk-PXUSXVQQ.js";
import {
  DEFAULT_HANDLED_EVENT_TYPES,
  InvalidWebhookError,
  readEventType,
  toDispatch
} from "./chunk-AYWKDYMB.js";
import {
  createChannelPacer,
  runAlert
} from "./chunk-FCN4TBIW.js";
import {
  createPagerDutyClient
} from "./chunk-KD3QOOVP.js";
import {
  createSlackClient
} from "./chunk-LSYF55D5.js";
import {
  UserDirectory
} from "./chunk-7VJA5HDZ.js";
import {
  createIncidentLock
} from "./chunk-O3TKNPUP.js";
import {
  loadedFromIndex
} from "./chunk-MRISRTQM.js";
import {
  openIndex
} from "./chunk-GUVNCUNR.js";
import {
  INDEX_VERSION
} from "./chunk-OSEZHEJR.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  AuthError,
  ConfigError,
  RateLimitedError,
  TransientError,
  describeError
} from "./chunk-BYBTV2RS.js";

// src/relay/index-cache.ts
var DEFAULT_INDEX_REVALIDATE_MS = 3e4;
var PublishedIndexCache = class {
  constructor(options) {
    this.options = options;
    this.revalidateAfterMs = options.revalidateAfterMs ?? DEFAULT_INDEX_REVALIDATE_MS;
    this.where = `${options.branch}:${options.path}`;
  }
  options;
  cached;
  checkedAt = Number.NEGATIVE_INFINITY;
  looking;
  revalidateAfterMs;
  where;
  /** The runbooks to match against; never rejects (see the module comment for what stands in for a missing index). */
  load() {
    const now = this.options.clock.now().getTime();
    if (this.cached && now - this.checkedAt < this.revalidateAfterMs) {
      return Promise.resolve(this.cached.loaded);
    }
    this.looking ??= this.look().finally(() => this.looking = void 0);
    return this.looking;
  }
  /** The ETag of the index held, for tests and the log. */
  get etag() {
    return this.cached?.etag;
  }
  async look() {
    const { github, branch, path, log, clock } = this.options;
    let problem;
    try {
      const answer = await github.getFileIfChanged(branch, path, this.cached?.etag);
      if (answer.kind === "not-modified" && this.cached) {
        this.checkedAt = clock.now().getTime();
        return this.cached.loaded;
      }
      if (answer.kind === "file") {
        const loaded = loadedFromIndex(
          openIndex(answer.file.content, this.where),
          `published index (${this.where})`
        );
        this.cached = { loaded, etag: answer.etag };
        this.checkedAt = clock.now().getTime();
        log.info(
          `relay: runbook index ${this.where} loaded: ${loaded.size} runbook(s)` + (loaded.source.commit ? ` from ${loaded.source.commit.slice(0, 7)}` : "")
        );
        return loaded;
      }
      problem = answer.kind === "missing" ? `no published index at ${this.where} (run the publish workflow)` : `GitHub answered 304 for ${this.where} but no index is cached`;
    } catch (error) {
      problem = describeError(error);
    }
    if (this.cached) {
      log.warning(`relay: could not refresh the runbook index (${problem}); using the cached one.`);
      return this.cached.loaded;
    }
    log.warning(`relay: no runbook index (${problem}); posting without runbooks.`);
    return noRunbooks(`runbook index unavailable (${this.where}); posted without runbooks`);
  }
};
function noRunbooks(origin) {
  return {
    size: 0,
    channels: [],
    groupingIds: () => /* @__PURE__ */ new Set(),
    runbook: () => void 0,
    runbooks: () => [],
    match: () => [],
    source: { repository: null, commit: null, dir: "" },
    version: INDEX_VERSION,
    origin
  };
}

// src/relay/slots.ts
var Slots = class {
  /**
   * @param limit calls allowed at once
   * @param maxWaiting callers allowed to wait for a slot; more are refused at once
   */
  constructor(limit, maxWaiting) {
    this.limit = limit;
    this.maxWaiting = maxWaiting;
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`Slots: limit must be \u2265 1, found ${limit}.`);
    if (!Number.isInteger(maxWaiting) || maxWaiting < 0) {
      throw new Error(`Slots: maxWaiting must be \u2265 0, found ${maxWaiting}.`);
    }
  }
  limit;
  maxWaiting;
  active = 0;
  peak = 0;
  waiting = [];
  /**
   * A slot, 'busy' when the line is full, or 'aborted' when `signal` fires while waiting (the caller's deadline).
   */
  acquire(signal) {
    if (signal.aborted) return Promise.resolve("aborted");
    if (this.active < this.limit) return Promise.resolve(this.take());
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve("busy");
    return new Promise((resolve) => {
      const waiter = {
        grant: (release) => {
          signal.removeEventListener("abort", onAbort);
          resolve(release);
        }
      };
      const onAbort = () => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve("aborted");
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }
  /** Calls holding a slot now. */
  get inUse() {
    return this.active;
  }
  /** Most calls that held a slot at once. */
  get peakInUse() {
    return this.peak;
  }
  /** Callers waiting now. */
  get queued() {
    return this.waiting.length;
  }
  take() {
    this.active += 1;
    this.peak = Math.max(this.peak, this.active);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.waiting.shift()?.grant(this.take());
    };
  }
};

// src/relay/remind-timers.ts
var DEFAULT_MAX_WATCHED = 500;
var RETRY_MS = 6e4;
var MAX_FAILURES = 3;
function createReminderTimers(options) {
  const { deps, settings } = options;
  const max = options.maxWatched ?? DEFAULT_MAX_WATCHED;
  const loops = /* @__PURE__ */ new Map();
  const stopping = new AbortController();
  async function loop(incidentId) {
    let failures = 0;
    let waitMs = 0;
    while (!stopping.signal.aborted) {
      if (waitMs > 0) {
        try {
          await deps.clock.sleep(waitMs, stopping.signal);
        } catch {
          return;
        }
      }
      try {
        const outcome = await remindIncident(deps, settings, incidentId);
        failures = 0;
        if (outcome.kind === "done") return;
        waitMs = outcome.kind === "not-due" ? Math.max(1e3, outcome.dueAt.getTime() - deps.clock.now().getTime()) : 0;
      } catch (error) {
        failures += 1;
        const why = describeError(error);
        if (error instanceof AuthError || failures >= MAX_FAILURES) {
          deps.log.warning(
            `relay: reminders for incident ${incidentId} left to the scheduled sweep (${why}).`
          );
          return;
        }
        deps.log.warning(
          `relay: reminder step for incident ${incidentId} failed (${why}); trying again in a minute.`
        );
        waitMs = RETRY_MS;
      }
    }
  }
  return {
    watch(incidentId) {
      if (stopping.signal.aborted || loops.has(incidentId)) return;
      if (loops.size >= max) {
        deps.log.warning(
          `relay: ${max} incidents already have reminder timers; incident ${incidentId} is left to the scheduled sweep.`
        );
        return;
      }
      const running = loop(incidentId).finally(() => loops.delete(incidentId));
      loops.set(incidentId, running);
    },
    get watched() {
      return loops.size;
    },
    async idle() {
      while (loops.size > 0) await Promise.allSettled([...loops.values()]);
    },
    stop() {
      stopping.abort(new Error("reminder timers stopped"));
    }
  };
}

// src/relay/direct.ts
var DEFAULT_MAX_CONCURRENT_RUNS = 8;
var DEFAULT_MAX_WAITING_RUNS = 32;
var DEFAULT_POST_INTERVAL_MS = 1e3;
function createDirectSink(options) {
  const { alert, settings } = options;
  const lock = options.incidentLock ?? createIncidentLock();
  const pacer = (options.postIntervalMs ?? DEFAULT_POST_INTERVAL_MS) > 0 ? createChannelPacer(alert.clock, options.postIntervalMs ?? DEFAULT_POST_INTERVAL_MS) : void 0;
  const limit = options.maxConcurrentRuns ?? DEFAULT_MAX_CONCURRENT_RUNS;
  const waiting = options.maxWaitingRuns ?? DEFAULT_MAX_WAITING_RUNS;
  const slots = new Slots(limit, waiting);
  const runs = /* @__PURE__ */ new Map();
  function start(dispatch, signal) {
    const eventId = dispatch.payload.event_id;
    const run = (async () => {
      const slot = await slots.acquire(signal);
      if (slot === "busy") {
        throw new RateLimitedError(`${limit} alert runs in progress and ${waiting} waiting`, 5e3);
      }
      if (slot === "aborted") throw new TransientError("no alert run slot free before the deadline");
      try {
        const users = new UserDirectory({ slack: alert.slack, log: alert.log });
        const result = await runAlert(
          { ...alert, users, incidentLock: lock, ...pacer ? { pacer } : {} },
          settings,
          dispatch.payload
        );
        if (dispatch.payload.event_type === "incident.triggered" && result.action !== "dry-run") {
          options.reminders?.watch(dispatch.payload.incident.id);
        }
        if (signal.aborted) {
          alert.log.info(
            `relay: event ${JSON.stringify(eventId)} finished after its answer: ${result.action}` + (result.undone.length > 0 ? ` (left undone: ${result.undone.join("; ")})` : "")
          );
        }
        return result;
      } catch (error) {
        if (signal.aborted) {
          alert.log.error(
            `relay: event ${JSON.stringify(eventId)} failed after its answer (PagerDuty retries it): ${describeError(error)}`
          );
        }
        throw error;
      } finally {
        slot();
      }
    })();
    const tracked = run.finally(() => runs.delete(eventId));
    tracked.catch(() => void 0);
    runs.set(eventId, tracked);
    return tracked;
  }
  return {
    name: "Slack",
    ...options.reminders ? { reminders: options.reminders } : {},
    get running() {
      return runs.size;
    },
    async idle() {
      while (runs.size > 0) await Promise.allSettled([...runs.values()]);
    },
    async deliver(dispatch, signal) {
      const result = await (runs.get(dispatch.payload.event_id) ?? start(dispatch, signal));
      if (result.undone.length > 0) {
        throw new TransientError(`posted, but left undone: ${result.undone.join("; ")}`);
      }
      return {
        status: result.action,
        detail: result.messageTs ? `${result.action} ts=${result.messageTs}` : result.action
      };
    }
  };
}
function checkChannelId(channel, label) {
  if (!/^[CGD][A-Z0-9]{2,}$/.test(channel)) {
    throw new ConfigError(
      `Invalid ${label}: expected a Slack channel ID such as "C0123ABCD" (channel details \u2192 About \u2192 Channel ID), found ${JSON.stringify(channel)}. Channel names change; IDs do not.`
    );
  }
  return channel;
}
function createDirectMode(config, deps) {
  const { clock, log } = deps;
  const pagerduty = createPagerDutyClient({
    token: config.pagerdutyToken,
    ...config.pagerdutyApiUrl ? { apiUrl: config.pagerdutyApiUrl } : {},
    clock,
    log
  });
  const slack = createSlackClient({
    token: config.slackToken,
    ...config.slackApiUrl ? { apiUrl: config.slackApiUrl } : {},
    clock,
    log
  });
  const index = config.index ? new PublishedIndexCache({ ...config.index, clock, log }) : void 0;
  if (!index) {
    log.warning(
      "relay: direct mode without GITHUB_TOKEN and GITHUB_REPOSITORY: incidents are posted without runbooks."
    );
  }
  const none = noRunbooks("no runbook index configured (GITHUB_TOKEN, GITHUB_REPOSITORY)");
  const runbooks = index ? () => index.load() : () => Promise.resolve(none);
  const reminders = config.remind ? createReminderTimers({
    deps: { pagerduty, slack, runbooks, clock, log, users: new UserDirectory({ slack, log }) },
    settings: { channel: config.channel, ...config.remind }
  }) : void 0;
  return createDirectSink({
    alert: { pagerduty, slack, runbooks, clock, log },
    ...reminders ? { reminders } : {},
    settings: {
      channel: config.channel,
      ...config.fromEmail ? { fromEmail: config.fromEmail } : {},
      ...config.serverUrl ? { serverUrl: config.serverUrl } : {}
    },
    ...config.maxConcurrentRuns ? { maxConcurrentRuns: config.maxConcurrentRuns } : {},
    ...config.postIntervalMs !== void 0 ? { postIntervalMs: config.postIntervalMs } : {}
  });
}

// node-builtin:node:crypto#src/relay/signature.ts
var m = builtin("node:crypto");
var createHmac = m.createHmac;
var timingSafeEqual = m.timingSafeEqual;

// src/relay/signature.ts
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

// src/relay/replay.ts
var PAGERDUTY_RETRY_HORIZON_MS = 48 * 60 * 60 * 1e3;
var DEFAULT_AGE_ALLOWANCE_MS = 60 * 60 * 1e3;
var FUTURE_SKEW_WARNING_MS = 5 * 60 * 1e3;
var DEFAULT_MAX_REMEMBERED_EVENTS = 2e4;
function judgeAge(occurredAt, now, horizonMs = PAGERDUTY_RETRY_HORIZON_MS, allowanceMs = DEFAULT_AGE_ALLOWANCE_MS) {
  const at = occurredAt === void 0 ? Number.NaN : Date.parse(occurredAt);
  if (!Number.isFinite(at)) return { kind: "unknown" };
  const ageMs = now.getTime() - at;
  if (ageMs > horizonMs + allowanceMs) return { kind: "too-old", ageMs };
  if (-ageMs > FUTURE_SKEW_WARNING_MS) return { kind: "future", aheadMs: -ageMs };
  return { kind: "fresh", ageMs };
}
var RecentEvents = class {
  constructor(capacity = DEFAULT_MAX_REMEMBERED_EVENTS) {
    this.capacity = capacity;
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new Error(`RecentEvents: capacity must be a positive integer, found ${capacity}.`);
    }
  }
  capacity;
  /** id → time (ms) after which the entry is useless; Map order is insertion order, i.e. roughly expiry order. */
  expiries = /* @__PURE__ */ new Map();
  evicted = 0;
  /** True when `id` was forwarded and its entry has not expired at `nowMs`. */
  has(id, nowMs) {
    const expiry = this.expiries.get(id);
    if (expiry === void 0) return false;
    if (expiry > nowMs) return true;
    this.expiries.delete(id);
    return false;
  }
  /** Records a forwarded event until `expiresAtMs`. */
  remember(id, expiresAtMs, nowMs) {
    this.expiries.delete(id);
    this.expiries.set(id, expiresAtMs);
    this.sweep(nowMs);
  }
  /** Forgets `id` (its action failed, so a later delivery may act). */
  forget(id) {
    this.expiries.delete(id);
  }
  /** Entries held now. */
  get size() {
    return this.expiries.size;
  }
  /** How many entries were forgotten before they expired because the set was full. */
  get evictedCount() {
    return this.evicted;
  }
  sweep(nowMs) {
    for (const [id, expiry] of this.expiries) {
      if (expiry > nowMs) break;
      this.expiries.delete(id);
    }
    while (this.expiries.size > this.capacity) {
      const oldest = this.expiries.keys().next().value;
      this.expiries.delete(oldest);
      this.evicted += 1;
    }
  }
};

// src/relay/route.ts
var RequestRefusedError = class extends Error {
  constructor(status, reason) {
    super(reason);
    this.status = status;
    this.reason = reason;
    this.name = "RequestRefusedError";
  }
  status;
  reason;
};

// src/relay/handler.ts
var DEFAULT_DEADLINE_MS = 4e3;
var DEFAULT_MAX_BODY_BYTES = 256 * 1024;
var DEFAULT_MAX_CONCURRENT_DISPATCHES = 16;
var DEFAULT_MAX_WAITING_DISPATCHES = 64;
function createRelayHandler(deps) {
  if (deps.secrets.length === 0) {
    throw new Error("createRelayHandler: at least one webhook signing secret is required.");
  }
  const chosen = deps.sink ?? (deps.github ? githubSink(deps.github) : void 0);
  if (!chosen) throw new Error("createRelayHandler: give `github` (to dispatch) or `sink` (direct mode).");
  const sink = chosen;
  const handled = new Set(deps.handledEventTypes ?? DEFAULT_HANDLED_EVENT_TYPES);
  const deadlineMs = deps.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const webhookPath = normalisePath(deps.path ?? "/");
  const slots = new Slots(
    deps.maxConcurrentDispatches ?? DEFAULT_MAX_CONCURRENT_DISPATCHES,
    deps.maxWaitingDispatches ?? DEFAULT_MAX_WAITING_DISPATCHES
  );
  const horizonMs = deps.replay?.horizonMs ?? PAGERDUTY_RETRY_HORIZON_MS;
  const allowanceMs = deps.replay?.allowanceMs ?? DEFAULT_AGE_ALLOWANCE_MS;
  const eventNow = deps.replay?.now ?? (() => deps.clock.now());
  const forwarded = new RecentEvents(deps.replay?.maxRememberedEvents ?? DEFAULT_MAX_REMEMBERED_EVENTS);
  const inFlight = /* @__PURE__ */ new Map();
  return async (request) => {
    const started = deps.clock.now().getTime();
    const deadline = startDeadline(deps.clock, deadlineMs);
    let response;
    let note;
    try {
      [response, note] = await handle(request, deadline.signal);
    } catch (error) {
      note = { outcome: "internal-error", detail: describeError(error) };
      response = json(500, { error: "internal error" });
    } finally {
      deadline.stop();
    }
    logRequest(deps.log, request, response.status, note, deps.clock.now().getTime() - started);
    return response;
  };
  async function handle(request, deadline) {
    const path = normalisePath(new URL(request.url, "http://relay").pathname);
    if (path === "/healthz" && (request.method === "GET" || request.method === "HEAD")) {
      return [new Response(request.method === "HEAD" ? null : "ok", { status: 200 }), { outcome: "health" }];
    }
    if (deps.slack?.handles(path) && path !== webhookPath) {
      return deps.slack.handle(request, path, () => readBodyWithin(request, maxBodyBytes, deadline));
    }
    if (path !== webhookPath) return [json(404, { error: "not found" }), { outcome: "not-found" }];
    if (request.method !== "POST") {
      return [json(405, { error: "use POST" }, { allow: "POST" }), { outcome: "method-not-allowed" }];
    }
    const declared = Number(request.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      return [json(413, { error: "body too large" }), { outcome: "too-large" }];
    }
    const webhookId = request.headers.get("x-webhook-id");
    let raw;
    try {
      const read = await readBodyWithin(request, maxBodyBytes, deadline);
      if (read === "too-large") return [json(413, { error: "body too large" }), { outcome: "too-large" }];
      if (read === "deadline") {
        return [
          json(503, { error: `request body not received within ${deadlineMs} ms; retry` }),
          { outcome: "body-timeout", webhookId }
        ];
      }
      raw = read;
    } catch (error) {
      if (!(error instanceof RequestRefusedError)) throw error;
      return [
        json(error.status, { error: error.reason }),
        { outcome: error.status === 413 ? "too-large" : "body-refused", webhookId, detail: error.reason }
      ];
    }
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
    const now = eventNow();
    const age = judgeAge(dispatch.payload.occurred_at, now, horizonMs, allowanceMs);
    if (age.kind === "too-old") {
      const hours = Math.floor(age.ageMs / 36e5);
      return [
        json(202, { status: "stale", event_type: eventType }),
        {
          ...base,
          outcome: "stale",
          level: "warning",
          detail: `occurred_at is ${hours} h old, past PagerDuty's ${Math.round(horizonMs / 36e5)} h retry horizon: not forwarded (a replay or a very late retry)`
        }
      ];
    }
    const eventKey = dispatch.payload.event_id;
    if (forwarded.has(eventKey, now.getTime())) {
      return [
        json(200, { status: "duplicate", event_type: dispatch.eventType }),
        { ...base, outcome: "duplicate", detail: "already forwarded by this relay" }
      ];
    }
    const earlier = inFlight.get(eventKey);
    if (earlier) {
      const outcome = await untilAborted(earlier, deadline);
      if (outcome === true) {
        return [
          json(200, { status: "duplicate", event_type: dispatch.eventType }),
          { ...base, outcome: "duplicate", detail: "forwarded by a delivery that arrived meanwhile" }
        ];
      }
      return [
        json(503, { error: "the same event is being forwarded by another delivery; retry" }),
        { ...base, outcome: "duplicate-pending" }
      ];
    }
    let settle;
    inFlight.set(eventKey, new Promise((resolve) => settle = resolve));
    let dispatched = false;
    try {
      const [response, note] = await forward(dispatch, base, deadline);
      dispatched = note.outcome === "dispatched" || note.outcome === "handled";
      if (dispatched) {
        const occurred = age.kind === "unknown" ? now.getTime() : Date.parse(dispatch.payload.occurred_at);
        const expiry = Math.max(occurred, now.getTime()) + horizonMs + allowanceMs;
        forwarded.remember(eventKey, expiry, now.getTime());
      }
      if (age.kind === "future") {
        note.detail = `${note.detail ?? ""}; occurred_at is ${Math.round(age.aheadMs / 1e3)} s ahead of this relay's clock \u2014 check the host's time`;
        note.level = "warning";
      }
      return [response, note];
    } finally {
      inFlight.delete(eventKey);
      settle(dispatched);
    }
  }
  async function forward(dispatch, base, deadline) {
    const slot = await slots.acquire(deadline);
    if (slot === "busy") {
      return [
        json(503, { error: `too many webhooks waiting for ${sink.name}; retry` }),
        {
          ...base,
          outcome: "busy",
          detail: `${slots.inUse} dispatches in flight, ${slots.queued} waiting`
        }
      ];
    }
    if (slot !== "aborted" && deadline.aborted) slot();
    if (slot === "aborted" || deadline.aborted) {
      return [
        json(503, { error: `no dispatch slot free within ${deadlineMs} ms; retry` }),
        { ...base, outcome: "deadline", detail: "waited for a free dispatch slot" }
      ];
    }
    let result;
    let receipt = void 0;
    try {
      result = await withDeadline(
        async (signal) => void (receipt = await sink.deliver(dispatch, signal)),
        deadline,
        deadlineMs
      );
    } finally {
      slot();
    }
    if (result === "deadline") {
      return [
        json(503, { error: `${sink.name} did not accept the event within ${deadlineMs} ms; retry` }),
        { ...base, outcome: "deadline" }
      ];
    }
    if (result !== void 0) {
      const detail = describeError(result);
      if (result instanceof RateLimitedError) {
        return [
          json(
            503,
            { error: `${sink.name} rate limit; retry` },
            { "retry-after": String(Math.ceil(result.retryAfterMs / 1e3)) }
          ),
          { ...base, outcome: "github-rate-limited", detail }
        ];
      }
      if (result instanceof TransientError) {
        return [
          json(502, { error: `${sink.name} is unavailable; retry` }),
          { ...base, outcome: "github-failed", detail }
        ];
      }
      return [
        json(500, { error: `${sink.name} refused the event; retry` }),
        { ...base, outcome: "github-error", detail }
      ];
    }
    const done = receipt;
    if (done) {
      return [
        json(200, { status: done.status, event_type: dispatch.eventType }),
        { ...base, outcome: "handled", ...done.detail ? { detail: done.detail } : {} }
      ];
    }
    return [
      json(200, { status: "dispatched", event_type: dispatch.eventType }),
      { ...base, outcome: "dispatched", detail: `${dispatch.bytes} bytes` }
    ];
  }
}
function githubSink(github) {
  return {
    name: "GitHub",
    deliver: (dispatch, signal) => github.dispatch(dispatch.eventType, { ...dispatch.payload }, { signal })
  };
}
function startDeadline(clock, ms) {
  const deadline = new AbortController();
  const timer = new AbortController();
  clock.sleep(ms, timer.signal).then(
    () => deadline.abort(new TransientError(`deadline of ${ms} ms reached`)),
    () => void 0
  );
  return { signal: deadline.signal, stop: () => timer.abort() };
}
function untilAborted(promise, signal) {
  if (signal.aborted) return Promise.resolve("aborted");
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve("aborted");
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      }
    );
  });
}
async function readBodyWithin(request, max, deadline) {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks = [];
  let size = 0;
  const stop = () => void reader.cancel().catch(() => void 0);
  if (deadline.aborted) stop();
  deadline.addEventListener("abort", stop, { once: true });
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (deadline.aborted) return "deadline";
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        stop();
        return "too-large";
      }
      chunks.push(value);
    }
  } catch (error) {
    if (deadline.aborted && !(error instanceof RequestRefusedError)) return "deadline";
    throw error;
  } finally {
    deadline.removeEventListener("abort", stop);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
async function withDeadline(task, deadline, deadlineMs) {
  const controller = new AbortController();
  let finished = false;
  try {
    return await untilAborted(
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
      deadline
    ).then((result) => result === "aborted" ? "deadline" : result);
  } finally {
    if (!finished) controller.abort(new TransientError(`deadline of ${deadlineMs} ms reached`));
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
  if (note.level === "warning") log.warning(line);
  else if (status >= 500) log.error(line);
  else if (status >= 400) log.warning(line);
  else log.info(line);
}

export {
  DEFAULT_MAX_CONCURRENT_RUNS,
  checkChannelId,
  createDirectMode,
  RecentEvents,
  parseSecrets,
  signBody,
  RequestRefusedError,
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_CONCURRENT_DISPATCHES,
  createRelayHandler
};
