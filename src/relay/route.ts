/**
 * What the relay's webhook handler (handler.ts) and the routes it serves beside the webhook (slack-routes.ts) agree
 * on: the log note of one request, the body reader the handler lends a route, and the refusal the server in front
 * throws into a body. Kept apart from both so neither imports the other.
 */

/**
 * Thrown into a request body stream by the server in front when it refuses the request itself (too large, too
 * slow, over the memory budget): the handler answers with the same status and logs the reason.
 */
export class RequestRefusedError extends Error {
  constructor(
    readonly status: 413 | 503,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'RequestRefusedError';
  }
}

/** How one request ended, for its log line. */
export type RelayOutcome =
  | 'dispatched'
  | 'handled'
  | 'ignored'
  | 'health'
  | 'not-found'
  | 'method-not-allowed'
  | 'too-large'
  | 'body-timeout'
  | 'body-refused'
  | 'stale'
  | 'duplicate'
  | 'duplicate-pending'
  | 'busy'
  | 'signature-missing'
  | 'signature-malformed'
  | 'signature-mismatch'
  | 'bad-json'
  | 'bad-event'
  | 'github-failed'
  | 'github-rate-limited'
  | 'github-error'
  | 'deadline'
  | 'internal-error'
  | `slack-${string}`;

/** What the log line of one request says; the Slack routes (slack-routes.ts) fill it too. */
export interface RelayNote {
  outcome: RelayOutcome;
  eventId?: string;
  eventType?: string;
  webhookId?: string | null;
  detail?: string;
  /** Overrides the level derived from the status (a 2xx that deserves attention). */
  level?: 'warning';
}

/** Reads the request body within the relay's size limit and deadline. */
export type BodyReader = () => Promise<Uint8Array | 'too-large' | 'deadline'>;

/** The Slack app's routes (`/slack/interactions`, `/slack/commands`), served by the handler beside the webhook. */
export interface SlackRoutes {
  handles(path: string): boolean;
  handle(request: Request, path: string, readBody: BodyReader): Promise<[Response, RelayNote]>;
  /** Resolves once every job started so far has finished (tests; a graceful shutdown). */
  settled(): Promise<void>;
  /** Jobs in progress now. */
  readonly jobs: number;
}
