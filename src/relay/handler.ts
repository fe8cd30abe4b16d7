/**
 * The relay's request handler on the web Request/Response API, so the same code runs behind `oncall relay`'s Node
 * server and in serverless runtimes. The alert command deduplicates (via Slack message metadata); the relay adds
 * its own guard against replays: events older than PagerDuty's retry horizon are answered 2xx and not forwarded,
 * and one handler forwards each event id at most once (bounded memory, see replay.ts).
 *
 * Time: the answer deadline runs from the moment the handler is called — before the body is read, so a slow body
 * uses up its own budget — and every wait (body, a free dispatch slot, GitHub) ends at that one deadline.
 *
 * Accepted events go to an EventSink: a GitHub `repository_dispatch` (Actions mode) or the alert run itself (direct
 * mode, src/relay/direct.ts); "GitHub" below stands for either.
 *
 * Status codes are chosen for PagerDuty's delivery rules: a 2xx only once GitHub accepted the dispatch; 5xx (retried
 * for up to 48 h) for anything a retry can fix, including our own misconfiguration; 4xx (dropped) only for requests
 * that can never succeed — bad signature, not JSON, not a V3 incident event.
 */
import type { Clock } from '../clock.js';
import { describeError, RateLimitedError, TransientError } from '../errors.js';
import type { GitHubApi } from '../github/types.js';
import type { Logger } from '../log.js';
import {
  DEFAULT_HANDLED_EVENT_TYPES,
  InvalidWebhookError,
  readEventType,
  toDispatch,
} from '../dispatch/from-webhook.js';
import {
  DEFAULT_AGE_ALLOWANCE_MS,
  DEFAULT_MAX_REMEMBERED_EVENTS,
  judgeAge,
  PAGERDUTY_RETRY_HORIZON_MS,
  RecentEvents,
} from './replay.js';
import { verifySignature } from './signature.js';
import { RequestRefusedError, type RelayNote, type SlackRoutes } from './route.js';
import { Slots } from './slots.js';

/** PagerDuty waits 5 s for an answer; leave a margin for the network on both sides. */
export const DEFAULT_DEADLINE_MS = 4_000;
/**
 * PagerDuty guarantees payloads up to 55 KB. The limit leaves room for a few times that (a 200 KB body with a
 * huge custom-details block is still forwarded, trimmed) while keeping what one request can hold small.
 */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
/** Dispatches in flight at once; GitHub answers one in ~0.3 s, so this serves ~50 webhooks a second. */
export const DEFAULT_MAX_CONCURRENT_DISPATCHES = 16;
/** Requests allowed to wait for a dispatch slot; beyond that the answer is an immediate 503. */
export const DEFAULT_MAX_WAITING_DISPATCHES = 64;

/**
 * Where an accepted event goes: by default a `repository_dispatch` to GitHub; in direct mode the alert run itself
 * (src/relay/direct.ts). `deliver` resolves once the event is accepted for good — the answer to PagerDuty is 2xx
 * only then — and throws the adapters' typed errors otherwise (rate limit → 503, transient → 502, else 500).
 */
export interface EventSink {
  /** Named in answers and logs: "GitHub", "Slack". */
  name: string;
  deliver(dispatch: RelayDispatch, signal: AbortSignal): Promise<DeliveryReceipt | void>;
}

/** What a sink did, for the answer body (`status`, default "dispatched") and the log line. */
export interface DeliveryReceipt {
  status: string;
  detail?: string;
}

export type RelayDispatch = ReturnType<typeof toDispatch>;

export interface RelayHandlerDeps {
  /** Signing secrets of the webhook subscription(s); several during a rotation. */
  secrets: readonly string[];
  /** The repository to dispatch to, unless `sink` is given. */
  github?: GitHubApi;
  /** Where accepted events go instead of a GitHub dispatch (direct mode). */
  sink?: EventSink;
  log: Logger;
  clock: Clock;
  /** Event types forwarded to GitHub; others are answered 202 and ignored. */
  handledEventTypes?: readonly string[];
  /** Time budget for GitHub to accept the dispatch, from the request's arrival (default 4,000 ms). */
  deadlineMs?: number;
  /** Path that receives webhooks (default `/`). */
  path?: string;
  maxBodyBytes?: number;
  /** GitHub dispatches in flight at once (default 16). */
  maxConcurrentDispatches?: number;
  /** Requests that may wait for a dispatch slot (default 64); more are answered 503 at once. */
  maxWaitingDispatches?: number;
  replay?: ReplayOptions;
  /** Serves `POST /slack/interactions` and `/slack/commands` when Slack interactivity is configured. */
  slack?: SlackRoutes;
}

/** Replay protection settings; the defaults follow PagerDuty's 48 h retry horizon. */
export interface ReplayOptions {
  /** Events older than this (plus `allowanceMs`) are answered 202 and not forwarded (default 48 h). */
  horizonMs?: number;
  /** Slack for delivery delay and clock skew (default 1 h). */
  allowanceMs?: number;
  /** Event ids remembered to forward each event once (default 20,000). */
  maxRememberedEvents?: number;
  /** The time event ages are judged against (default the handler's clock). */
  now?: () => Date;
}

/** Creates the handler. `secrets` must not be empty (an unsigned relay would dispatch anything anyone posts). */
export function createRelayHandler(deps: RelayHandlerDeps): (request: Request) => Promise<Response> {
  if (deps.secrets.length === 0) {
    throw new Error('createRelayHandler: at least one webhook signing secret is required.');
  }
  const chosen = deps.sink ?? (deps.github ? githubSink(deps.github) : undefined);
  if (!chosen) throw new Error('createRelayHandler: give `github` (to dispatch) or `sink` (direct mode).');
  const sink: EventSink = chosen;
  const handled = new Set(deps.handledEventTypes ?? DEFAULT_HANDLED_EVENT_TYPES);
  const deadlineMs = deps.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const webhookPath = normalisePath(deps.path ?? '/');
  const slots = new Slots(
    deps.maxConcurrentDispatches ?? DEFAULT_MAX_CONCURRENT_DISPATCHES,
    deps.maxWaitingDispatches ?? DEFAULT_MAX_WAITING_DISPATCHES,
  );
  const horizonMs = deps.replay?.horizonMs ?? PAGERDUTY_RETRY_HORIZON_MS;
  const allowanceMs = deps.replay?.allowanceMs ?? DEFAULT_AGE_ALLOWANCE_MS;
  // The relay's own clock: a long-running server on an NTP-synced host is off by milliseconds, and the horizon
  // is two days — no unsigned header (Date, a proxy's timestamp) would be a better reference.
  const eventNow = deps.replay?.now ?? (() => deps.clock.now());
  const forwarded = new RecentEvents(deps.replay?.maxRememberedEvents ?? DEFAULT_MAX_REMEMBERED_EVENTS);
  /** Dispatches in flight by event id: a duplicate arriving meanwhile waits for the first one's outcome. */
  const inFlight = new Map<string, Promise<boolean>>();

  return async (request) => {
    const started = deps.clock.now().getTime();
    const deadline = startDeadline(deps.clock, deadlineMs);
    let response: Response;
    let note: RelayNote;
    try {
      [response, note] = await handle(request, deadline.signal);
    } catch (error) {
      // Anything unexpected is our bug: answer 5xx so PagerDuty keeps the event and retries.
      note = { outcome: 'internal-error', detail: describeError(error) };
      response = json(500, { error: 'internal error' });
    } finally {
      deadline.stop();
    }
    logRequest(deps.log, request, response.status, note, deps.clock.now().getTime() - started);
    return response;
  };

  async function handle(request: Request, deadline: AbortSignal): Promise<[Response, RelayNote]> {
    const path = normalisePath(new URL(request.url, 'http://relay').pathname);
    if (path === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
      return [new Response(request.method === 'HEAD' ? null : 'ok', { status: 200 }), { outcome: 'health' }];
    }
    if (deps.slack?.handles(path) && path !== webhookPath) {
      return deps.slack.handle(request, path, () => readBodyWithin(request, maxBodyBytes, deadline));
    }
    if (path !== webhookPath) return [json(404, { error: 'not found' }), { outcome: 'not-found' }];
    if (request.method !== 'POST') {
      return [json(405, { error: 'use POST' }, { allow: 'POST' }), { outcome: 'method-not-allowed' }];
    }
    const declared = Number(request.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      return [json(413, { error: 'body too large' }), { outcome: 'too-large' }];
    }
    const webhookId = request.headers.get('x-webhook-id');
    let raw: Uint8Array;
    try {
      const read = await readBodyWithin(request, maxBodyBytes, deadline);
      if (read === 'too-large') return [json(413, { error: 'body too large' }), { outcome: 'too-large' }];
      if (read === 'deadline') {
        return [
          json(503, { error: `request body not received within ${deadlineMs} ms; retry` }),
          { outcome: 'body-timeout', webhookId },
        ];
      }
      raw = read;
    } catch (error) {
      if (!(error instanceof RequestRefusedError)) throw error;
      return [
        json(error.status, { error: error.reason }),
        { outcome: error.status === 413 ? 'too-large' : 'body-refused', webhookId, detail: error.reason },
      ];
    }

    const check = verifySignature(raw, request.headers.get('x-pagerduty-signature'), deps.secrets);
    if (check !== 'valid') {
      return [json(401, { error: 'invalid signature' }), { outcome: `signature-${check}`, webhookId }];
    }

    let body: unknown;
    try {
      body = JSON.parse(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8'));
    } catch {
      return [json(400, { error: 'body is not JSON' }), { outcome: 'bad-json', webhookId }];
    }
    const eventType = readEventType(body);
    const eventId = readEventId(body);
    if (eventType === undefined || !handled.has(eventType)) {
      return [
        json(202, { status: 'ignored', event_type: eventType ?? null }),
        { outcome: 'ignored', eventType, eventId, webhookId },
      ];
    }

    let dispatch;
    try {
      dispatch = toDispatch(body, webhookId, deps.clock.now());
    } catch (error) {
      if (!(error instanceof InvalidWebhookError)) throw error;
      return [
        json(400, { error: error.message }),
        { outcome: 'bad-event', eventType, eventId, webhookId, detail: error.message },
      ];
    }
    const base = { eventType, eventId, webhookId };

    const now = eventNow();
    const age = judgeAge(dispatch.payload.occurred_at, now, horizonMs, allowanceMs);
    if (age.kind === 'too-old') {
      const hours = Math.floor(age.ageMs / 3_600_000);
      return [
        json(202, { status: 'stale', event_type: eventType }),
        {
          ...base,
          outcome: 'stale',
          level: 'warning',
          detail: `occurred_at is ${hours} h old, past PagerDuty's ${Math.round(horizonMs / 3_600_000)} h retry horizon: not forwarded (a replay or a very late retry)`,
        },
      ];
    }
    const eventKey = dispatch.payload.event_id;
    if (forwarded.has(eventKey, now.getTime())) {
      return [
        json(200, { status: 'duplicate', event_type: dispatch.eventType }),
        { ...base, outcome: 'duplicate', detail: 'already forwarded by this relay' },
      ];
    }
    const earlier = inFlight.get(eventKey);
    if (earlier) {
      const outcome = await untilAborted(earlier, deadline);
      if (outcome === true) {
        return [
          json(200, { status: 'duplicate', event_type: dispatch.eventType }),
          { ...base, outcome: 'duplicate', detail: 'forwarded by a delivery that arrived meanwhile' },
        ];
      }
      return [
        json(503, { error: 'the same event is being forwarded by another delivery; retry' }),
        { ...base, outcome: 'duplicate-pending' },
      ];
    }

    let settle!: (dispatched: boolean) => void;
    inFlight.set(eventKey, new Promise<boolean>((resolve) => (settle = resolve)));
    let dispatched = false;
    try {
      const [response, note] = await forward(dispatch, base, deadline);
      dispatched = note.outcome === 'dispatched' || note.outcome === 'handled';
      if (dispatched) {
        const occurred = age.kind === 'unknown' ? now.getTime() : Date.parse(dispatch.payload.occurred_at);
        const expiry = Math.max(occurred, now.getTime()) + horizonMs + allowanceMs;
        forwarded.remember(eventKey, expiry, now.getTime());
      }
      if (age.kind === 'future') {
        note.detail = `${note.detail ?? ''}; occurred_at is ${Math.round(age.aheadMs / 1000)} s ahead of this relay's clock — check the host's time`;
        note.level = 'warning';
      }
      return [response, note];
    } finally {
      inFlight.delete(eventKey);
      settle(dispatched);
    }
  }

  /** One delivery to the sink, waiting for a free slot first; every wait ends at the request's deadline. */
  async function forward(
    dispatch: RelayDispatch,
    base: Pick<RelayNote, 'eventType' | 'eventId' | 'webhookId'>,
    deadline: AbortSignal,
  ): Promise<[Response, RelayNote]> {
    const slot = await slots.acquire(deadline);
    if (slot === 'busy') {
      return [
        json(503, { error: `too many webhooks waiting for ${sink.name}; retry` }),
        {
          ...base,
          outcome: 'busy',
          detail: `${slots.inUse} dispatches in flight, ${slots.queued} waiting`,
        },
      ];
    }
    if (slot !== 'aborted' && deadline.aborted) slot();
    if (slot === 'aborted' || deadline.aborted) {
      return [
        json(503, { error: `no dispatch slot free within ${deadlineMs} ms; retry` }),
        { ...base, outcome: 'deadline', detail: 'waited for a free dispatch slot' },
      ];
    }
    let result: unknown;
    let receipt: DeliveryReceipt | void = undefined;
    try {
      result = await withDeadline(
        async (signal) => void (receipt = await sink.deliver(dispatch, signal)),
        deadline,
        deadlineMs,
      );
    } finally {
      slot();
    }
    if (result === 'deadline') {
      return [
        json(503, { error: `${sink.name} did not accept the event within ${deadlineMs} ms; retry` }),
        { ...base, outcome: 'deadline' },
      ];
    }
    if (result !== undefined) {
      const detail = describeError(result);
      if (result instanceof RateLimitedError) {
        return [
          json(
            503,
            { error: `${sink.name} rate limit; retry` },
            { 'retry-after': String(Math.ceil(result.retryAfterMs / 1000)) },
          ),
          { ...base, outcome: 'github-rate-limited', detail },
        ];
      }
      if (result instanceof TransientError) {
        return [
          json(502, { error: `${sink.name} is unavailable; retry` }),
          { ...base, outcome: 'github-failed', detail },
        ];
      }
      // Auth, configuration or a rejected payload: a retry after the fix can still deliver it, so 5xx, not 4xx.
      return [
        json(500, { error: `${sink.name} refused the event; retry` }),
        { ...base, outcome: 'github-error', detail },
      ];
    }
    const done = receipt as DeliveryReceipt | void;
    if (done) {
      return [
        json(200, { status: done.status, event_type: dispatch.eventType }),
        { ...base, outcome: 'handled', ...(done.detail ? { detail: done.detail } : {}) },
      ];
    }
    return [
      json(200, { status: 'dispatched', event_type: dispatch.eventType }),
      { ...base, outcome: 'dispatched', detail: `${dispatch.bytes} bytes` },
    ];
  }
}

/** The Actions mode: a `repository_dispatch` that starts the alert workflow. */
function githubSink(github: GitHubApi): EventSink {
  return {
    name: 'GitHub',
    deliver: (dispatch, signal) => github.dispatch(dispatch.eventType, { ...dispatch.payload }, { signal }),
  };
}

/** A signal that fires `ms` after now on `clock`; `stop()` cancels the timer once the answer is ready. */
function startDeadline(clock: Clock, ms: number): { signal: AbortSignal; stop(): void } {
  const deadline = new AbortController();
  const timer = new AbortController();
  clock.sleep(ms, timer.signal).then(
    () => deadline.abort(new TransientError(`deadline of ${ms} ms reached`)),
    () => undefined,
  );
  return { signal: deadline.signal, stop: () => timer.abort() };
}

/** `promise`'s value, or 'aborted' once `signal` fires first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | 'aborted'> {
  if (signal.aborted) return Promise.resolve('aborted');
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The body, read as it arrives: 'too-large' as soon as it passes `max` (the rest is not buffered), 'deadline' when
 * `deadline` fires first (a body sent byte by byte cannot hold the handler past its answer time).
 */
async function readBodyWithin(
  request: Request,
  max: number,
  deadline: AbortSignal,
): Promise<Uint8Array | 'too-large' | 'deadline'> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stop = () => void reader.cancel().catch(() => undefined);
  if (deadline.aborted) stop();
  deadline.addEventListener('abort', stop, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (deadline.aborted) return 'deadline';
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        stop();
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch (error) {
    if (deadline.aborted && !(error instanceof RequestRefusedError)) return 'deadline';
    throw error;
  } finally {
    deadline.removeEventListener('abort', stop);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Runs `task` until `deadline`; resolves with undefined (done), the error it threw, or 'deadline'. Aborts the loser. */
async function withDeadline(
  task: (signal: AbortSignal) => Promise<void>,
  deadline: AbortSignal,
  deadlineMs: number,
): Promise<undefined | unknown | 'deadline'> {
  const controller = new AbortController();
  let finished = false;
  try {
    return await untilAborted(
      task(controller.signal).then(
        () => {
          finished = true;
          return undefined;
        },
        (error: unknown) => {
          finished = true;
          return error ?? new Error('dispatch failed');
        },
      ),
      deadline,
    ).then((result) => (result === 'aborted' ? ('deadline' as const) : result));
  } finally {
    // Only a request still in flight is aborted: aborting a finished fetch would drop its keep-alive connection.
    if (!finished) controller.abort(new TransientError(`deadline of ${deadlineMs} ms reached`));
  }
}

function readEventId(body: unknown): string | undefined {
  const event = body !== null && typeof body === 'object' ? (body as { event?: unknown }).event : undefined;
  const id = event !== null && typeof event === 'object' ? (event as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, 128) : undefined;
}

function normalisePath(path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** One line per request. Values from the request are quoted with JSON.stringify, so a crafted id cannot forge a line. */
function logRequest(log: Logger, request: Request, status: number, note: RelayNote, ms: number): void {
  if (note.outcome === 'health') {
    log.debug(`relay: ${request.method} /healthz ${status}`);
    return;
  }
  const parts = [
    `relay: ${note.outcome}`,
    `status=${status}`,
    `event=${note.eventId === undefined ? '-' : JSON.stringify(note.eventId)}`,
    `type=${note.eventType === undefined ? '-' : JSON.stringify(note.eventType.slice(0, 100))}`,
    `webhook=${note.webhookId ? JSON.stringify(note.webhookId.slice(0, 128)) : '-'}`,
    `ms=${ms}`,
  ];
  if (note.detail) parts.push(`detail=${JSON.stringify(note.detail)}`);
  const line = parts.join(' ');
  if (note.level === 'warning') log.warning(line);
  else if (status >= 500) log.error(line);
  else if (status >= 400) log.warning(line);
  else log.info(line);
}
