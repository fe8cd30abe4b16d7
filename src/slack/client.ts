/**
 * `@slack/web-api` behind `SlackApi`. The SDK does one attempt per call (no SDK retries: its default policy can run
 * for ~30 minutes); this adapter owns the retry loop so that every wait goes through the injected Clock, a
 * `Retry-After` beyond our budget fails fast, Slack's configuration errors fail at once with the fix, and a post
 * that may or may not have landed is looked up by its metadata before it is sent again.
 */
import type { WebAPICallResult, WebClient, WebClientOptions } from '@slack/web-api';
import type { Clock } from '../clock.js';
import {
  AuthError,
  ConfigError,
  OncallError,
  RateLimitedError,
  RemoteError,
  TransientError,
  describeError,
} from '../errors.js';
import type { Logger } from '../log.js';
import { watchResponse } from '../util/response-reads.js';
import { httpFetch } from '../util/http-fetch.js';
import type {
  Block,
  HistoryMessage,
  HistoryPage,
  HistoryRange,
  InteractionResponse,
  MessageMetadata,
  PostOptions,
  PostedMessage,
  ScheduledMessage,
  SlackApi,
  SlackMessage,
} from './types.js';

export interface SlackClientOptions {
  token: string;
  /** Web API base URL (default `https://slack.com/api/`); tests and the sandbox point it at the fake. */
  apiUrl?: string;
  clock: Clock;
  log: Logger;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
  /** Longest `Retry-After` we wait for; longer fails fast with RateLimitedError (default 30 s). */
  maxRetryAfterMs?: number;
  /** Retries after a 429, 5xx, network error or timeout (default 3). */
  maxRetries?: number;
  /** How far back a post's metadata is searched for after an uncertain failure (default 5 min). */
  recheckWindowMs?: number;
  /**
   * Also accept `http://127.0.0.1…` response URLs (the loopback fake in tests and the sandbox). Production accepts
   * only `https://hooks.slack.com/`.
   */
  allowLoopbackResponseUrl?: boolean;
}

/** How many history messages `findMessageByMetadata` reads at most. */
export const HISTORY_SCAN_LIMIT = 1000;
const PAGE_SIZE = 200;
/** Slack's largest `limit` for conversations.history. */
export const MAX_HISTORY_PAGE = 999;
/** Pages of scheduled messages read at most (a channel rarely has more than a few). */
const SCHEDULED_PAGES = 5;

type ApiResult = WebAPICallResult & Record<string, unknown>;

/** What a failed attempt means for the retry loop. */
type Failure =
  | { kind: 'fatal'; error: Error }
  | { kind: 'rate-limited'; retryAfterMs: number; error: Error }
  /** `uncertain`: the request may have been carried out (a response was lost, a 5xx, a timeout). */
  | { kind: 'transient'; uncertain: boolean; error: Error };

interface SdkError {
  code?: string;
  data?: { error?: unknown; needed?: unknown; provided?: unknown };
  statusCode?: number;
  retryAfter?: number;
  message?: string;
}

const AUTH_ERRORS = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'org_login_required',
  'ekm_access_denied',
  'not_allowed_token_type',
]);
const TRANSIENT_ERRORS = new Set([
  'internal_error',
  'fatal_error',
  'request_timeout',
  'service_unavailable',
  'ratelimited',
  'rate_limited',
]);

/** Builds the Slack adapter. Secrets: the token goes to the SDK only; no message this module builds contains it. */
export function createSlackClient(options: SlackClientOptions): SlackApi {
  return new SlackClient(options);
}

class SlackClient implements SlackApi {
  /** The SDK, loaded on the first call (see `sdk`). */
  private web: Promise<WebClient> | undefined;
  private readonly token: string;
  private readonly webOptions: WebClientOptions;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly maxRetryAfterMs: number;
  private readonly maxRetries: number;
  private readonly recheckWindowMs: number;
  private readonly emailCache = new Map<string, Promise<string | undefined>>();
  private readonly nameCache = new Map<string, Promise<string | undefined>>();
  private botName: Promise<string | undefined> | undefined;
  private readonly allowLoopbackResponseUrl: boolean;
  private ownUser: Promise<string> | undefined;
  private readonly timeoutMs: number;

  constructor(options: SlackClientOptions) {
    this.clock = options.clock;
    this.log = options.log;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
    this.maxRetries = options.maxRetries ?? 3;
    this.recheckWindowMs = options.recheckWindowMs ?? 5 * 60_000;
    this.allowLoopbackResponseUrl = options.allowLoopbackResponseUrl ?? false;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    const log = options.log;
    this.token = options.token;
    this.webOptions = {
      slackApiUrl: options.apiUrl ?? 'https://slack.com/api/',
      timeout: options.timeoutMs ?? 10_000,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      // node:http rather than the global fetch, whose first call costs a fresh process tens of milliseconds.
      fetch: httpFetch as typeof fetch,
      // The SDK's own lines (request bodies, "http request failed") are debug detail: we log outcomes ourselves.
      logger: {
        debug: () => undefined,
        info: (...m: unknown[]) => log.debug(`slack sdk: ${m.map(String).join(' ')}`),
        warn: (...m: unknown[]) => log.debug(`slack sdk: ${m.map(String).join(' ')}`),
        error: (...m: unknown[]) => log.debug(`slack sdk: ${m.map(String).join(' ')}`),
        setLevel: () => undefined,
        getLevel: () => 'debug' as never,
        setName: () => undefined,
      },
    };
  }

  /**
   * The SDK is most of this module's weight: it is loaded on the first call, so that a fresh process (an alert run)
   * sends its PagerDuty reads while it loads.
   */
  private sdk(): Promise<WebClient> {
    // A CommonJS package: its exports are the import's `default`, in Node.js and in the bundle alike.
    return (this.web ??= import('@slack/web-api').then(
      ({ default: sdk }) => new sdk.WebClient(this.token, this.webOptions),
    ));
  }

  // ---- SlackApi ----------------------------------------------------------------------------------------------

  async postMessage(message: SlackMessage, options: PostOptions = {}): Promise<PostedMessage> {
    const args: Record<string, unknown> = { channel: message.channel, text: message.text };
    if (message.blocks) args.blocks = message.blocks;
    if (message.threadTs) args.thread_ts = message.threadTs;
    if (message.metadata) {
      args.metadata = { event_type: message.metadata.eventType, event_payload: message.metadata.payload };
    }
    const startedAt = this.clock.now();
    let uncertain = false;
    for (let attempt = 0; ; attempt++) {
      if (uncertain && message.metadata) {
        // The previous attempt may have posted: look before posting again (there is no idempotency key).
        try {
          const earlier = await this.findOwnPost(
            message,
            message.metadata,
            options.findAfter ?? new Date(startedAt.getTime() - this.recheckWindowMs),
          );
          if (earlier) {
            this.log.info(
              `Slack: found the message posted by an earlier attempt (ts ${earlier.ts}); not posting again`,
            );
            return { channel: message.channel, ts: earlier.ts };
          }
          uncertain = false;
        } catch (error) {
          const failure = this.classify(error, 'conversations.history', message.channel);
          if (failure.kind === 'fatal' || attempt >= this.maxRetries)
            throw await this.toError(failure, 'conversations.history', message.channel);
          await this.waitBeforeRetry(failure, attempt, 'conversations.history');
          continue;
        }
      }
      try {
        const result = await this.api('chat.postMessage', args);
        const ts = typeof result.ts === 'string' ? result.ts : undefined;
        if (!ts)
          throw new RemoteError(`Slack chat.postMessage to ${message.channel}: the answer had no "ts"`);
        const channel = typeof result.channel === 'string' ? result.channel : message.channel;
        return { channel, ts };
      } catch (error) {
        const failure = this.classify(error, 'chat.postMessage', message.channel);
        if (failure.kind === 'transient' && failure.uncertain && !message.metadata) {
          // Without metadata a retry could post twice; say so instead of guessing.
          throw new TransientError(
            `Slack chat.postMessage to ${message.channel} failed and may or may not have been posted ` +
              `(${describeError(failure.error)}); not retried because the message carries no metadata to find it by`,
            { cause: failure.error },
          );
        }
        if (failure.kind === 'fatal' || attempt >= this.maxRetries)
          throw await this.toError(failure, 'chat.postMessage', message.channel);
        if (failure.kind === 'transient' && failure.uncertain) uncertain = true;
        await this.waitBeforeRetry(failure, attempt, 'chat.postMessage');
      }
    }
  }

  async updateMessage(
    channel: string,
    ts: string,
    message: Omit<SlackMessage, 'channel' | 'threadTs'>,
  ): Promise<void> {
    const args: Record<string, unknown> = { channel, ts, text: message.text };
    if (message.blocks) args.blocks = message.blocks;
    if (message.metadata) {
      args.metadata = { event_type: message.metadata.eventType, event_payload: message.metadata.payload };
    }
    await this.call('chat.update', args, channel);
  }

  /** Deletes one of the bot's own messages (chat.delete; covered by chat:write). */
  async deleteMessage(channel: string, ts: string): Promise<void> {
    await this.call('chat.delete', { channel, ts }, channel);
  }

  async findMessageByMetadata(
    channel: string,
    eventType: string,
    matches: (payload: MessageMetadata['payload']) => boolean,
    options: { oldest: Date },
  ): Promise<HistoryMessage | undefined> {
    let cursor: string | undefined;
    let seen = 0;
    while (seen < HISTORY_SCAN_LIMIT) {
      const args: Record<string, unknown> = {
        channel,
        oldest: toSlackTs(options.oldest),
        include_all_metadata: true,
        limit: Math.min(PAGE_SIZE, HISTORY_SCAN_LIMIT - seen),
      };
      if (cursor) args.cursor = cursor;
      const result = await this.call('conversations.history', args, channel);
      const messages = readMessages(result, 'conversations.history', channel);
      seen += messages.length;
      // History comes newest first: the first match is the newest.
      for (const m of messages) {
        const isReply = m.threadTs !== undefined && m.threadTs !== m.ts;
        if (!isReply && m.metadata?.eventType === eventType && matches(m.metadata.payload)) return m;
      }
      cursor = nextCursor(result);
      if (!cursor || messages.length === 0) break;
    }
    if (seen >= HISTORY_SCAN_LIMIT) {
      this.log.debug(`Slack: stopped looking through ${channel} history after ${seen} messages`);
    }
    return undefined;
  }

  async readHistory(channel: string, range: HistoryRange): Promise<HistoryPage> {
    const args: Record<string, unknown> = {
      channel,
      include_all_metadata: true,
      limit: Math.min(Math.max(1, Math.floor(range.limit)), MAX_HISTORY_PAGE),
    };
    if (range.oldest !== undefined) args.oldest = range.oldest;
    if (range.latest !== undefined) args.latest = range.latest;
    if (range.inclusive) args.inclusive = true;
    if (range.cursor) args.cursor = range.cursor;
    const result = await this.call('conversations.history', args, channel);
    const messages = readMessages(result, 'conversations.history', channel);
    const cursor = nextCursor(result);
    return { messages, ...(cursor ? { nextCursor: cursor } : {}) };
  }

  async listReplies(channel: string, threadTs: string): Promise<HistoryMessage[]> {
    const replies: HistoryMessage[] = [];
    let cursor: string | undefined;
    let seen = 0;
    while (seen < HISTORY_SCAN_LIMIT) {
      const args: Record<string, unknown> = {
        channel,
        ts: threadTs,
        include_all_metadata: true,
        limit: PAGE_SIZE,
      };
      if (cursor) args.cursor = cursor;
      const result = await this.call('conversations.replies', args, channel);
      const messages = readMessages(result, 'conversations.replies', channel);
      seen += messages.length;
      for (const m of messages) if (m.ts !== threadTs) replies.push(m);
      cursor = nextCursor(result);
      if (!cursor || messages.length === 0) break;
    }
    return replies.sort((a, b) => Number(a.ts) - Number(b.ts));
  }

  lookupUserIdByEmail(email: string): Promise<string | undefined> {
    const key = email.trim().toLowerCase();
    const cached = this.emailCache.get(key);
    if (cached) return cached;
    const pending = this.lookup(key);
    this.emailCache.set(key, pending);
    // A failed lookup is not a miss: forget it so a later call can try again.
    pending.catch(() => this.emailCache.delete(key));
    return pending;
  }

  async getPermalink(channel: string, ts: string): Promise<string> {
    const result = await this.call('chat.getPermalink', { channel, message_ts: ts }, channel);
    if (typeof result.permalink !== 'string') {
      throw new RemoteError(`Slack chat.getPermalink for ${channel} ${ts}: the answer had no "permalink"`);
    }
    return result.permalink;
  }

  async setTopic(channel: string, topic: string): Promise<void> {
    // Slack caps topics at 250 characters.
    const text = topic.length > 250 ? `${topic.slice(0, 249)}…` : topic;
    // Not repeated after an uncertain failure: every change adds a line to the channel, so the caller looks first.
    await this.callOnce('conversations.setTopic', { channel, topic: text }, channel);
  }

  async setUserGroupMembers(userGroupId: string, userIds: string[]): Promise<void> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) {
      throw new ConfigError(
        `Slack user group ${userGroupId}: refusing to set an empty member list (Slack cannot empty a group, and an ` +
          'empty on-call group would hide who is on call); the group was left unchanged',
      );
    }
    const bad = ids.filter((id) => !/^[UW][A-Z0-9]+$/.test(id));
    if (bad.length > 0) {
      throw new ConfigError(
        `Slack user group ${userGroupId}: expected Slack user IDs such as "U012AB3CD", found ${bad.map((b) => JSON.stringify(b)).join(', ')}`,
      );
    }
    await this.call('usergroups.users.update', { usergroup: userGroupId, users: ids.join(',') });
  }

  async scheduleMessage(channel: string, text: string, postAt: number): Promise<ScheduledMessage> {
    // Not retried after an uncertain failure: a lost claim is only an orphan that later runs clean up.
    const result = await this.callOnce('chat.scheduleMessage', { channel, text, post_at: postAt }, channel);
    const id = result.scheduled_message_id;
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw new RemoteError(
        `Slack chat.scheduleMessage in ${channel}: the answer had no "scheduled_message_id"`,
      );
    }
    const listed = (await this.listScheduledMessages(channel)).find((m) => m.id === String(id));
    if (!listed) {
      throw new RemoteError(
        `Slack chat.scheduleMessage in ${channel}: the scheduled message ${String(id)} is not listed`,
      );
    }
    return listed;
  }

  async listScheduledMessages(channel: string): Promise<ScheduledMessage[]> {
    const out: ScheduledMessage[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < SCHEDULED_PAGES; page++) {
      const args: Record<string, unknown> = { channel, limit: PAGE_SIZE };
      if (cursor) args.cursor = cursor;
      const result = await this.call('chat.scheduledMessages.list', args, channel);
      const raw = result.scheduled_messages;
      if (!Array.isArray(raw)) {
        throw new RemoteError(
          `Slack chat.scheduledMessages.list for ${channel}: the answer had no "scheduled_messages"`,
        );
      }
      for (const item of raw as Record<string, unknown>[]) {
        const id = item.id;
        if (typeof id !== 'string' && typeof id !== 'number') continue;
        if (typeof item.date_created !== 'number' || typeof item.post_at !== 'number') continue;
        out.push({
          id: String(id),
          channel: typeof item.channel_id === 'string' ? item.channel_id : channel,
          postAt: item.post_at,
          dateCreated: item.date_created,
          text: typeof item.text === 'string' ? item.text : '',
        });
      }
      cursor = nextCursor(result);
      if (!cursor) break;
    }
    return out;
  }

  async deleteScheduledMessage(channel: string, id: string): Promise<void> {
    try {
      await this.call('chat.deleteScheduledMessage', { channel, scheduled_message_id: id }, channel);
    } catch (error) {
      if (slackErrorCode(error) === 'invalid_scheduled_message_id') return;
      throw error;
    }
  }

  async getUserGroupMembers(userGroupId: string): Promise<string[]> {
    const result = await this.call('usergroups.users.list', { usergroup: userGroupId });
    if (!Array.isArray(result.users)) {
      throw new RemoteError(`Slack usergroups.users.list for ${userGroupId}: the answer had no "users"`);
    }
    return (result.users as unknown[]).filter((u): u is string => typeof u === 'string');
  }

  async getUserEmail(userId: string): Promise<string | undefined> {
    try {
      const result = await this.call('users.info', { user: userId });
      const user = result.user as
        { deleted?: unknown; is_bot?: unknown; profile?: { email?: unknown } } | undefined;
      if (!user) throw new RemoteError('Slack users.info: the answer had no "user"');
      if (user.deleted === true || user.is_bot === true) return undefined;
      const email = user.profile?.email;
      return typeof email === 'string' && email.includes('@') ? email : undefined;
    } catch (error) {
      if (slackErrorCode(error) === 'user_not_found') return undefined;
      throw error;
    }
  }

  getUserName(userId: string): Promise<string | undefined> {
    const cached = this.nameCache.get(userId);
    if (cached) return cached;
    const pending = this.call('users.info', { user: userId }).then(
      (result) => {
        const user = result.user as
          | { name?: unknown; real_name?: unknown; profile?: { display_name?: unknown; real_name?: unknown } }
          | undefined;
        if (!user) throw new RemoteError('Slack users.info: the answer had no "user"');
        const names = [user.profile?.real_name, user.real_name, user.profile?.display_name, user.name];
        return names.find((n): n is string => typeof n === 'string' && n.trim() !== '');
      },
      (error: unknown) => {
        if (slackErrorCode(error) === 'user_not_found') return undefined;
        throw error;
      },
    );
    this.nameCache.set(userId, pending);
    // A failed look-up is not a miss: forget it so a later call can try again.
    pending.catch(() => this.nameCache.delete(userId));
    return pending;
  }

  ownUserId(): Promise<string> {
    this.ownUser ??= this.call('auth.test', {}).then((r) => {
      if (typeof r.user_id !== 'string')
        throw new RemoteError('Slack auth.test: the answer had no "user_id"');
      return r.user_id;
    });
    // A failed look-up is not remembered: the next call asks again.
    this.ownUser.catch(() => (this.ownUser = undefined));
    return this.ownUser;
  }

  async openView(triggerId: string, view: Record<string, unknown>): Promise<void> {
    // A trigger can be used once, within 3 s: never repeated after a failure that may have opened the modal.
    await this.callOnce('views.open', { trigger_id: triggerId, view: JSON.stringify(view) });
  }

  async respond(responseUrl: string, message: InteractionResponse): Promise<void> {
    const url = checkResponseUrl(responseUrl, this.allowLoopbackResponseUrl);
    const body = JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...message });
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new TransientError(`Slack response_url: ${describeError(error)}`, { cause: error });
    }
    const text = (await response.text().catch(() => '')).slice(0, 200);
    if (response.status >= 500) throw new TransientError(`Slack response_url: HTTP ${response.status}`);
    if (!response.ok) {
      // Slack answers 404 "expired_url" / "used_url" once the URL is 30 minutes old or used 5 times.
      throw new RemoteError(`Slack response_url: HTTP ${response.status} ${JSON.stringify(text)}`);
    }
  }

  // ---- internals ---------------------------------------------------------------------------------------------

  /** One SDK call, no retries; the answer's fields are read (and checked) by the caller. */
  private async api(method: string, args: Record<string, unknown>): Promise<ApiResult> {
    const web = await this.sdk();
    return watchResponse('slack', method, (await web.apiCall(method, args)) as ApiResult);
  }

  private async lookup(email: string): Promise<string | undefined> {
    try {
      const result = await this.call('users.lookupByEmail', { email });
      const user = result.user as { id?: unknown; deleted?: unknown } | undefined;
      if (!user || typeof user.id !== 'string') {
        throw new RemoteError('Slack users.lookupByEmail: the answer had no "user.id"');
      }
      return user.deleted === true ? undefined : user.id;
    } catch (error) {
      if (slackErrorCode(error) === 'users_not_found') return undefined;
      throw error;
    }
  }

  /** One Web API call that must not be repeated after an uncertain failure; rate limits are still waited out. */
  private async callOnce(
    method: string,
    args: Record<string, unknown>,
    channel?: string,
  ): Promise<ApiResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.api(method, args);
      } catch (error) {
        const failure = this.classify(error, method, channel);
        const repeatable =
          failure.kind === 'rate-limited' || (failure.kind === 'transient' && !failure.uncertain);
        if (!repeatable || attempt >= this.maxRetries) throw await this.toError(failure, method, channel);
        await this.waitBeforeRetry(failure, attempt, method);
      }
    }
  }

  /** One Web API call with the retry loop (for calls that are safe to repeat). */
  private async call(method: string, args: Record<string, unknown>, channel?: string): Promise<ApiResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.api(method, args);
      } catch (error) {
        const failure = this.classify(error, method, channel);
        if (failure.kind === 'fatal' || attempt >= this.maxRetries)
          throw await this.toError(failure, method, channel);
        await this.waitBeforeRetry(failure, attempt, method);
      }
    }
  }

  private async waitBeforeRetry(failure: Failure, attempt: number, method: string): Promise<void> {
    if (failure.kind === 'rate-limited') {
      this.log.info(`Slack ${method}: rate limited, waiting ${failure.retryAfterMs / 1000} s as Slack asked`);
      await this.clock.sleep(failure.retryAfterMs);
      return;
    }
    const delay = Math.min(1000 * 2 ** attempt, 8000);
    this.log.warning(`Slack ${method}: ${describeError(failure.error)}; retrying in ${delay / 1000} s`);
    await this.clock.sleep(delay);
  }

  /** Looks for a message this program already posted, after a failure that may have posted it. */
  private async findOwnPost(
    message: SlackMessage,
    metadata: MessageMetadata,
    after: Date,
  ): Promise<HistoryMessage | undefined> {
    const same = (payload: MessageMetadata['payload']) => samePayload(payload, metadata.payload);
    const oldest = toSlackTs(after);
    if (message.threadTs) {
      const replies = await this.listRepliesOnce(message.channel, message.threadTs, oldest);
      return replies
        .reverse()
        .find((r) => r.metadata?.eventType === metadata.eventType && same(r.metadata.payload));
    }
    const args = {
      channel: message.channel,
      oldest,
      include_all_metadata: true,
      limit: PAGE_SIZE,
    };
    // One attempt, one page: the post is seconds old, so it is on the first page if it exists.
    const result = await this.api('conversations.history', args);
    return readMessages(result, 'conversations.history', message.channel).find(
      (m) =>
        (m.threadTs === undefined || m.threadTs === m.ts) &&
        m.metadata?.eventType === metadata.eventType &&
        same(m.metadata.payload),
    );
  }

  /** One page of a thread's recent replies (`oldest` keeps a long thread's newest replies on that page). */
  private async listRepliesOnce(
    channel: string,
    threadTs: string,
    oldest: string,
  ): Promise<HistoryMessage[]> {
    const result = await this.api('conversations.replies', {
      channel,
      ts: threadTs,
      oldest,
      include_all_metadata: true,
      limit: PAGE_SIZE,
    });
    return readMessages(result, 'conversations.replies', channel).filter((m) => m.ts !== threadTs);
  }

  private classify(error: unknown, method: string, channel: string | undefined): Failure {
    if (error instanceof OwnError || error instanceof OncallError) return { kind: 'fatal', error };
    const e = (error ?? {}) as SdkError;
    const asError = error instanceof Error ? error : new Error(describeError(error));
    switch (e.code) {
      case 'slack_webapi_rate_limited_error': {
        const retryAfterMs = Math.max(0, (e.retryAfter ?? 1) * 1000);
        if (retryAfterMs > this.maxRetryAfterMs) {
          return {
            kind: 'fatal',
            error: new RateLimitedError(
              `Slack ${method}: rate limited with Retry-After ${retryAfterMs / 1000} s, longer than the ` +
                `${this.maxRetryAfterMs / 1000} s this run waits; try again later or post less often to this channel`,
              retryAfterMs,
              { cause: error },
            ),
          };
        }
        return { kind: 'rate-limited', retryAfterMs, error: asError };
      }
      case 'slack_webapi_http_error': {
        const status = e.statusCode ?? 0;
        if (status >= 500) return { kind: 'transient', uncertain: true, error: asError };
        if (status === 401 || status === 403) {
          return {
            kind: 'fatal',
            error: new AuthError(`Slack ${method}: HTTP ${status}; check SLACK_BOT_TOKEN`),
          };
        }
        return {
          kind: 'fatal',
          error: new RemoteError(`Slack ${method}: unexpected HTTP ${status} from the Web API`, {
            cause: error,
          }),
        };
      }
      case 'slack_webapi_request_error':
        // Network error or our timeout: the request may have reached Slack.
        return { kind: 'transient', uncertain: true, error: asError };
      case 'slack_webapi_platform_error': {
        const code = typeof e.data?.error === 'string' ? e.data.error : '';
        if (!/^[a-z0-9_.]+$/.test(code)) {
          // Not a Slack error code: an HTML page from a proxy or load balancer answering 200.
          return {
            kind: 'transient',
            uncertain: true,
            error: new Error(`Slack ${method}: the answer was not Slack's JSON (${code.slice(0, 80)})`),
          };
        }
        if (TRANSIENT_ERRORS.has(code))
          return { kind: 'transient', uncertain: code !== 'ratelimited', error: asError };
        const needed = typeof e.data?.needed === 'string' ? e.data.needed : undefined;
        return { kind: 'fatal', error: new SlackCallError(method, code, channel, needed, error) };
      }
      default:
        // A 429 without a usable Retry-After reaches us as the SDK's plain Error (no code): nothing was posted, so
        // wait a second and retry like any rate limit.
        if (/retry header/i.test(asError.message))
          return { kind: 'rate-limited', retryAfterMs: 1000, error: asError };
        return { kind: 'transient', uncertain: true, error: asError };
    }
  }

  private async toError(failure: Failure, method: string, channel: string | undefined): Promise<Error> {
    if (failure.kind === 'fatal') {
      if (failure.error instanceof SlackCallError) return this.explain(failure.error, channel);
      return failure.error;
    }
    if (failure.kind === 'rate-limited') {
      return new RateLimitedError(
        `Slack ${method}: still rate limited after ${this.maxRetries + 1} attempts; try again later`,
        failure.retryAfterMs,
        { cause: failure.error },
      );
    }
    return new TransientError(
      `Slack ${method}${channel ? ` in channel ${channel}` : ''}: ${describeError(failure.error)} (gave up after ${this.maxRetries + 1} attempts; Slack may be having ` +
        'trouble — see https://slack-status.com)',
      { cause: failure.error },
    );
  }

  /** Turns a Slack error code into our typed error, with the fix in the message. */
  private async explain(error: SlackCallError, channel: string | undefined): Promise<Error> {
    const where = `Slack ${error.method}${channel ? ` in channel ${channel}` : ''}`;
    const code = error.slackError;
    const options = { cause: error };
    if (AUTH_ERRORS.has(code)) {
      return new AuthError(
        `${where}: ${code} — the token was refused. Check SLACK_BOT_TOKEN (input "slack-bot-token"): it must be the ` +
          "app's Bot User OAuth Token (xoxb-…) from the workspace the channel belongs to, and the app must be installed",
        options,
      );
    }
    switch (code) {
      case 'not_in_channel': {
        const bot = await this.fetchBotName();
        return new ConfigError(
          `${where}: not_in_channel — the app's bot user is not a member of this channel. Invite it: open the ` +
            `channel and send "/invite @${bot ?? '<your app>'}"`,
          options,
        );
      }
      case 'channel_not_found':
        return new ConfigError(
          `${where}: channel_not_found — no channel with this ID is visible to the app. Use the channel ID ` +
            '(channel details → "Channel ID", e.g. C0123456789), not its name; for a private channel, invite the ' +
            'app first with "/invite @<your app>"',
          options,
        );
      case 'missing_scope':
        return new ConfigError(
          `${where}: missing_scope — the app lacks the "${error.needed ?? 'required'}" scope. Add ` +
            `${error.needed ? `"${error.needed}"` : 'it'} under OAuth & Permissions → Bot Token Scopes, reinstall ` +
            'the app to the workspace, and use the new bot token',
          options,
        );
      case 'is_archived':
        return new ConfigError(
          `${where}: is_archived — the channel is archived. Unarchive it or configure another channel`,
          options,
        );
      case 'permission_denied':
        return new ConfigError(
          `${where}: permission_denied — the workspace does not let apps manage user groups. An admin can allow it ` +
            'under Workspace settings → Permissions → User Groups, or turn off user-group sync',
          options,
        );
      case 'no_such_subteam':
        return new ConfigError(
          `${where}: no_such_subteam — no user group with this ID. Use the group's ID (S…), not its @handle`,
          options,
        );
      case 'invalid_user':
      case 'invalid_users':
        return new ConfigError(
          `${where}: ${code} — a user cannot be added to the group (deactivated, a guest or a bot)`,
          options,
        );
      case 'restricted_action':
      case 'channel_is_archived':
        return new ConfigError(`${where}: ${code} — the workspace's settings forbid this action`, options);
      default:
        return new RemoteError(`${where}: Slack answered "${code}"`, options);
    }
  }

  private fetchBotName(): Promise<string | undefined> {
    this.botName ??= this.api('auth.test', {})
      .then((r) => (typeof r.user === 'string' ? r.user : undefined))
      .catch(() => undefined);
    return this.botName;
  }
}

/**
 * The Slack error code (`message_not_found`, `channel_not_found`, …) behind an error this adapter threw, when Slack
 * answered `{ ok: false, error }`; undefined for network errors, timeouts and rate limits.
 */
export function slackErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof SlackCallError) return e.slackError;
  }
  return undefined;
}

/**
 * The response URL as a URL, when it is Slack's: `https://hooks.slack.com/…` (or, when allowed, a loopback `http`
 * URL for the fake). Anything else is refused with a ConfigError, so a forged payload cannot aim the relay's posts.
 */
export function checkResponseUrl(raw: string, allowLoopback = false): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('Slack response_url is not a URL');
  }
  const slack = url.protocol === 'https:' && url.hostname === 'hooks.slack.com' && url.port === '';
  const loopback =
    allowLoopback &&
    url.protocol === 'http:' &&
    (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  if ((!slack && !loopback) || url.username !== '' || url.password !== '') {
    throw new ConfigError(
      `Slack response_url must be an https://hooks.slack.com/ URL, found one on ${JSON.stringify(url.host.slice(0, 100))}`,
    );
  }
  return url;
}

/** Errors this module raises itself are final: the retry loop never retries them. */
class OwnError extends Error {}

/** A Slack `{ ok: false, error }` answer, kept until it is explained as a ConfigError/AuthError/RemoteError. */
class SlackCallError extends OwnError {
  constructor(
    readonly method: string,
    readonly slackError: string,
    readonly channel: string | undefined,
    readonly needed: string | undefined,
    cause: unknown,
  ) {
    super(`Slack ${method}: ${slackError}`, { cause });
  }
}

/** Slack timestamps are seconds with microseconds: `1700000000.000100`. */
function toSlackTs(date: Date): string {
  return (date.getTime() / 1000).toFixed(6);
}

function nextCursor(result: ApiResult): string | undefined {
  const cursor = result.response_metadata?.next_cursor;
  return typeof cursor === 'string' && cursor !== '' ? cursor : undefined;
}

/** Checks the shape of history/replies messages at the boundary. */
function readMessages(result: ApiResult, method: string, channel: string): HistoryMessage[] {
  const raw = result.messages;
  if (!Array.isArray(raw))
    throw new RemoteError(`Slack ${method} for ${channel}: the answer had no "messages" list`);
  const out: HistoryMessage[] = [];
  for (const item of raw as unknown[]) {
    const m = item as {
      ts?: unknown;
      text?: unknown;
      thread_ts?: unknown;
      subtype?: unknown;
      user?: unknown;
      topic?: unknown;
      blocks?: unknown;
      metadata?: { event_type?: unknown; event_payload?: unknown };
    };
    if (typeof m.ts !== 'string') continue;
    const message: HistoryMessage = { ts: m.ts, text: typeof m.text === 'string' ? m.text : '' };
    if (typeof m.thread_ts === 'string') message.threadTs = m.thread_ts;
    if (typeof m.subtype === 'string') message.subtype = m.subtype;
    if (typeof m.user === 'string') message.userId = m.user;
    if (typeof m.topic === 'string') message.topic = m.topic;
    if (Array.isArray(m.blocks)) message.blocks = m.blocks as Block[];
    const metadata = readMetadata(m.metadata);
    if (metadata) message.metadata = metadata;
    out.push(message);
  }
  return out;
}

function readMetadata(
  raw: { event_type?: unknown; event_payload?: unknown } | undefined,
): MessageMetadata | undefined {
  if (!raw || typeof raw.event_type !== 'string') return undefined;
  const payload: MessageMetadata['payload'] = {};
  if (raw.event_payload !== null && typeof raw.event_payload === 'object') {
    for (const [k, v] of Object.entries(raw.event_payload)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') payload[k] = v;
    }
  }
  return { eventType: raw.event_type, payload };
}

function samePayload(a: MessageMetadata['payload'], b: MessageMetadata['payload']): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}
