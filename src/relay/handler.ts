/**
 * The relay's request handler on the web Request/Response API, so the same code runs behind `oncall relay`'s Node
 * server and in serverless runtimes. Stateless: deduplication is the alert command's job (via Slack message
 * metadata); the relay only passes `X-Webhook-Id` through.
 *
 * Status codes are chosen for PagerDuty's delivery rules: a 2xx only once GitHub accepted the dispatch; 5xx (retried
 * for up to 48 h) for anything a retry can fix, including our own misconfiguration; 4xx (dropped) only for requests
 * that can never succeed — bad signature, not JSON, not a V3 incident event.
 */
import type { Clock } from '../clock.js';
import { describeError, RateLimitedError, TransientError } from '../errors.js';
import type { GitHubApi } from '../github/types.js';
import type { Logger } from '../log.js';
import { DEFAULT_HANDLED_EVENT_TYPES, InvalidWebhookError, readEventType, toDispatch } from './payload.js';
import { verifySignature } from './signature.js';

/** PagerDuty waits 5 s for an answer; leave a margin for the network on both sides. */
export const DEFAULT_DEADLINE_MS = 4_000;
/** PagerDuty guarantees payloads up to 55 KB; anything far above is not a webhook. */
export const DEFAULT_MAX_BODY_BYTES = 512 * 1024;

export interface RelayHandlerDeps {
  /** Signing secrets of the webhook subscription(s); several during a rotation. */
  secrets: readonly string[];
  github: GitHubApi;
  log: Logger;
  clock: Clock;
  /** Event types forwarded to GitHub; others are answered 202 and ignored. */
  handledEventTypes?: readonly string[];
  /** Time budget for GitHub to accept the dispatch, from the request's arrival (default 4,000 ms). */
  deadlineMs?: number;
  /** Path that receives webhooks (default `/`). */
  path?: string;
  maxBodyBytes?: number;
}

type Outcome =
  | 'dispatched'
  | 'ignored'
  | 'health'
  | 'not-found'
  | 'method-not-allowed'
  | 'too-large'
  | 'signature-missing'
  | 'signature-malformed'
  | 'signature-mismatch'
  | 'bad-json'
  | 'bad-event'
  | 'github-failed'
  | 'github-rate-limited'
  | 'github-error'
  | 'deadline'
  | 'internal-error';

interface Note {
  outcome: Outcome;
  eventId?: string;
  eventType?: string;
  webhookId?: string | null;
  detail?: string;
}

/** Creates the handler. `secrets` must not be empty (an unsigned relay would dispatch anything anyone posts). */
export function createRelayHandler(deps: RelayHandlerDeps): (request: Request) => Promise<Response> {
  if (deps.secrets.length === 0) {
    throw new Error('createRelayHandler: at least one webhook signing secret is required.');
  }
  const handled = new Set(deps.handledEventTypes ?? DEFAULT_HANDLED_EVENT_TYPES);
  const deadlineMs = deps.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const webhookPath = normalisePath(deps.path ?? '/');

  return async (request) => {
    const started = deps.clock.now().getTime();
    let response: Response;
    let note: Note;
    try {
      [response, note] = await handle(request, started);
    } catch (error) {
      // Anything unexpected is our bug: answer 5xx so PagerDuty keeps the event and retries.
      note = { outcome: 'internal-error', detail: describeError(error) };
      response = json(500, { error: 'internal error' });
    }
    logRequest(deps.log, request, response.status, note, deps.clock.now().getTime() - started);
    return response;
  };

  async function handle(request: Request, started: number): Promise<[Response, Note]> {
    const path = normalisePath(new URL(request.url, 'http://relay').pathname);
    if (path === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
      return [new Response(request.method === 'HEAD' ? null : 'ok', { status: 200 }), { outcome: 'health' }];
    }
    if (path !== webhookPath) return [json(404, { error: 'not found' }), { outcome: 'not-found' }];
    if (request.method !== 'POST') {
      return [json(405, { error: 'use POST' }, { allow: 'POST' }), { outcome: 'method-not-allowed' }];
    }
    const declared = Number(request.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      return [json(413, { error: 'body too large' }), { outcome: 'too-large' }];
    }
    const raw = new Uint8Array(await request.arrayBuffer());
    if (raw.byteLength > maxBodyBytes)
      return [json(413, { error: 'body too large' }), { outcome: 'too-large' }];
    const webhookId = request.headers.get('x-webhook-id');

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

    const remaining = Math.max(0, deadlineMs - (deps.clock.now().getTime() - started));
    const result = await withDeadline(
      (signal) => deps.github.dispatch(dispatch.eventType, { ...dispatch.payload }, { signal }),
      remaining,
      deps.clock,
    );
    if (result === 'deadline') {
      return [
        json(503, { error: `GitHub did not accept the dispatch within ${deadlineMs} ms; retry` }),
        { ...base, outcome: 'deadline' },
      ];
    }
    if (result !== undefined) {
      const detail = describeError(result);
      if (result instanceof RateLimitedError) {
        return [
          json(
            503,
            { error: 'GitHub rate limit; retry' },
            { 'retry-after': String(Math.ceil(result.retryAfterMs / 1000)) },
          ),
          { ...base, outcome: 'github-rate-limited', detail },
        ];
      }
      if (result instanceof TransientError) {
        return [
          json(502, { error: 'GitHub is unavailable; retry' }),
          { ...base, outcome: 'github-failed', detail },
        ];
      }
      // Auth, configuration or a rejected payload: a retry after the fix can still deliver it, so 5xx, not 4xx.
      return [
        json(500, { error: 'GitHub refused the dispatch; retry' }),
        { ...base, outcome: 'github-error', detail },
      ];
    }
    return [
      json(200, { status: 'dispatched', event_type: dispatch.eventType }),
      { ...base, outcome: 'dispatched', detail: `${dispatch.bytes} bytes` },
    ];
  }
}

/** Runs `task` with a budget; resolves with undefined (done), the error it threw, or 'deadline'. Aborts the loser. */
async function withDeadline(
  task: (signal: AbortSignal) => Promise<void>,
  ms: number,
  clock: Clock,
): Promise<undefined | unknown | 'deadline'> {
  const controller = new AbortController();
  const timer = new AbortController();
  let finished = false;
  try {
    return await Promise.race([
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
      clock.sleep(ms, timer.signal).then(
        () => 'deadline' as const,
        // Cancelled because the task finished first: never wins the race.
        () => new Promise<never>(() => undefined),
      ),
    ]);
  } finally {
    timer.abort();
    // Only a request still in flight is aborted: aborting a finished fetch would drop its keep-alive connection.
    if (!finished) controller.abort(new TransientError(`deadline of ${ms} ms reached`));
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
function logRequest(log: Logger, request: Request, status: number, note: Note, ms: number): void {
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
  if (status >= 500) log.error(line);
  else if (status >= 400) log.warning(line);
  else log.info(line);
}
