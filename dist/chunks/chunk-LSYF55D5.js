import {
  httpFetch
} from "./chunk-OOA45IWD.js";
import {
  watchResponse
} from "./chunk-R4RCMKVR.js";
import {
  AuthError,
  ConfigError,
  OncallError,
  RateLimitedError,
  RemoteError,
  TransientError,
  describeError
} from "./chunk-BYBTV2RS.js";

// src/slack/client.ts
var HISTORY_SCAN_LIMIT = 1e3;
var PAGE_SIZE = 200;
var MAX_HISTORY_PAGE = 999;
var SCHEDULED_PAGES = 5;
var AUTH_ERRORS = /* @__PURE__ */ new Set([
  "not_authed",
  "invalid_auth",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "no_permission",
  "org_login_required",
  "ekm_access_denied",
  "not_allowed_token_type"
]);
var TRANSIENT_ERRORS = /* @__PURE__ */ new Set([
  "internal_error",
  "fatal_error",
  "request_timeout",
  "service_unavailable",
  "ratelimited",
  "rate_limited"
]);
function createSlackClient(options) {
  return new SlackClient(options);
}
var SlackClient = class {
  /** The SDK, loaded on the first call (see `sdk`). */
  web;
  token;
  webOptions;
  clock;
  log;
  maxRetryAfterMs;
  maxRetries;
  recheckWindowMs;
  emailCache = /* @__PURE__ */ new Map();
  nameCache = /* @__PURE__ */ new Map();
  botName;
  allowLoopbackResponseUrl;
  ownUser;
  timeoutMs;
  constructor(options) {
    this.clock = options.clock;
    this.log = options.log;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 3e4;
    this.maxRetries = options.maxRetries ?? 3;
    this.recheckWindowMs = options.recheckWindowMs ?? 5 * 6e4;
    this.allowLoopbackResponseUrl = options.allowLoopbackResponseUrl ?? false;
    this.timeoutMs = options.timeoutMs ?? 1e4;
    const log = options.log;
    this.token = options.token;
    this.webOptions = {
      slackApiUrl: options.apiUrl ?? "https://slack.com/api/",
      timeout: options.timeoutMs ?? 1e4,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      // node:http rather than the global fetch, whose first call costs a fresh process tens of milliseconds.
      fetch: httpFetch,
      // The SDK's own lines (request bodies, "http request failed") are debug detail: we log outcomes ourselves.
      logger: {
        debug: () => void 0,
        info: (...m) => log.debug(`slack sdk: ${m.map(String).join(" ")}`),
        warn: (...m) => log.debug(`slack sdk: ${m.map(String).join(" ")}`),
        error: (...m) => log.debug(`slack sdk: ${m.map(String).join(" ")}`),
        setLevel: () => void 0,
        getLevel: () => "debug",
        setName: () => void 0
      }
    };
  }
  /**
   * The SDK is most of this module's weight: it is loaded on the first call, so that a fresh process (an alert run)
   * sends its PagerDuty reads while it loads.
   */
  sdk() {
    return this.web ??= import("./dist-WQBL3W6V.js").then(
      ({ default: sdk }) => new sdk.WebClient(this.token, this.webOptions)
    );
  }
  // ---- SlackApi ----------------------------------------------------------------------------------------------
  async postMessage(message, options = {}) {
    const args = { channel: message.channel, text: message.text };
    if (message.blocks) args.blocks = message.blocks;
    if (message.threadTs) args.thread_ts = message.threadTs;
    if (message.metadata) {
      args.metadata = { event_type: message.metadata.eventType, event_payload: message.metadata.payload };
    }
    const startedAt = this.clock.now();
    let uncertain = false;
    for (let attempt = 0; ; attempt++) {
      if (uncertain && message.metadata) {
        try {
          const earlier = await this.findOwnPost(
            message,
            message.metadata,
            options.findAfter ?? new Date(startedAt.getTime() - this.recheckWindowMs)
          );
          if (earlier) {
            this.log.info(
              `Slack: found the message posted by an earlier attempt (ts ${earlier.ts}); not posting again`
            );
            return { channel: message.channel, ts: earlier.ts };
          }
          uncertain = false;
        } catch (error) {
          const failure = this.classify(error, "conversations.history", message.channel);
          if (failure.kind === "fatal" || attempt >= this.maxRetries)
            throw await this.toError(failure, "conversations.history", message.channel);
          await this.waitBeforeRetry(failure, attempt, "conversations.history");
          continue;
        }
      }
      try {
        const result = await this.api("chat.postMessage", args);
        const ts = typeof result.ts === "string" ? result.ts : void 0;
        if (!ts)
          throw new RemoteError(`Slack chat.postMessage to ${message.channel}: the answer had no "ts"`);
        const channel = typeof result.channel === "string" ? result.channel : message.channel;
        return { channel, ts };
      } catch (error) {
        const failure = this.classify(error, "chat.postMessage", message.channel);
        if (failure.kind === "transient" && failure.uncertain && !message.metadata) {
          throw new TransientError(
            `Slack chat.postMessage to ${message.channel} failed and may or may not have been posted (${describeError(failure.error)}); not retried because the message carries no metadata to find it by`,
            { cause: failure.error }
          );
        }
        if (failure.kind === "fatal" || attempt >= this.maxRetries)
          throw await this.toError(failure, "chat.postMessage", message.channel);
        if (failure.kind === "transient" && failure.uncertain) uncertain = true;
        await this.waitBeforeRetry(failure, attempt, "chat.postMessage");
      }
    }
  }
  async updateMessage(channel, ts, message) {
    const args = { channel, ts, text: message.text };
    if (message.blocks) args.blocks = message.blocks;
    if (message.metadata) {
      args.metadata = { event_type: message.metadata.eventType, event_payload: message.metadata.payload };
    }
    await this.call("chat.update", args, channel);
  }
  /** Deletes one of the bot's own messages (chat.delete; covered by chat:write). */
  async deleteMessage(channel, ts) {
    await this.call("chat.delete", { channel, ts }, channel);
  }
  async findMessageByMetadata(channel, eventType, matches, options) {
    let cursor;
    let seen = 0;
    while (seen < HISTORY_SCAN_LIMIT) {
      const args = {
        channel,
        oldest: toSlackTs(options.oldest),
        include_all_metadata: true,
        limit: Math.min(PAGE_SIZE, HISTORY_SCAN_LIMIT - seen)
      };
      if (cursor) args.cursor = cursor;
      const result = await this.call("conversations.history", args, channel);
      const messages = readMessages(result, "conversations.history", channel);
      seen += messages.length;
      for (const m of messages) {
        const isReply = m.threadTs !== void 0 && m.threadTs !== m.ts;
        if (!isReply && m.metadata?.eventType === eventType && matches(m.metadata.payload)) return m;
      }
      cursor = nextCursor(result);
      if (!cursor || messages.length === 0) break;
    }
    if (seen >= HISTORY_SCAN_LIMIT) {
      this.log.debug(`Slack: stopped looking through ${channel} history after ${seen} messages`);
    }
    return void 0;
  }
  async readHistory(channel, range) {
    const args = {
      channel,
      include_all_metadata: true,
      limit: Math.min(Math.max(1, Math.floor(range.limit)), MAX_HISTORY_PAGE)
    };
    if (range.oldest !== void 0) args.oldest = range.oldest;
    if (range.latest !== void 0) args.latest = range.latest;
    if (range.inclusive) args.inclusive = true;
    if (range.cursor) args.cursor = range.cursor;
    const result = await this.call("conversations.history", args, channel);
    const messages = readMessages(result, "conversations.history", channel);
    const cursor = nextCursor(result);
    return { messages, ...cursor ? { nextCursor: cursor } : {} };
  }
  async listReplies(channel, threadTs) {
    const replies = [];
    let cursor;
    let seen = 0;
    while (seen < HISTORY_SCAN_LIMIT) {
      const args = {
        channel,
        ts: threadTs,
        include_all_metadata: true,
        limit: PAGE_SIZE
      };
      if (cursor) args.cursor = cursor;
      const result = await this.call("conversations.replies", args, channel);
      const messages = readMessages(result, "conversations.replies", channel);
      seen += messages.length;
      for (const m of messages) if (m.ts !== threadTs) replies.push(m);
      cursor = nextCursor(result);
      if (!cursor || messages.length === 0) break;
    }
    return replies.sort((a, b) => Number(a.ts) - Number(b.ts));
  }
  lookupUserIdByEmail(email) {
    const key = email.trim().toLowerCase();
    const cached = this.emailCache.get(key);
    if (cached) return cached;
    const pending = this.lookup(key);
    this.emailCache.set(key, pending);
    pending.catch(() => this.emailCache.delete(key));
    return pending;
  }
  async getPermalink(channel, ts) {
    const result = await this.call("chat.getPermalink", { channel, message_ts: ts }, channel);
    if (typeof result.permalink !== "string") {
      throw new RemoteError(`Slack chat.getPermalink for ${channel} ${ts}: the answer had no "permalink"`);
    }
    return result.permalink;
  }
  async setTopic(channel, topic) {
    const text = topic.length > 250 ? `${topic.slice(0, 249)}\u2026` : topic;
    await this.callOnce("conversations.setTopic", { channel, topic: text }, channel);
  }
  async setUserGroupMembers(userGroupId, userIds) {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) {
      throw new ConfigError(
        `Slack user group ${userGroupId}: refusing to set an empty member list (Slack cannot empty a group, and an empty on-call group would hide who is on call); the group was left unchanged`
      );
    }
    const bad = ids.filter((id) => !/^[UW][A-Z0-9]+$/.test(id));
    if (bad.length > 0) {
      throw new ConfigError(
        `Slack user group ${userGroupId}: expected Slack user IDs such as "U012AB3CD", found ${bad.map((b) => JSON.stringify(b)).join(", ")}`
      );
    }
    await this.call("usergroups.users.update", { usergroup: userGroupId, users: ids.join(",") });
  }
  async scheduleMessage(channel, text, postAt) {
    const result = await this.callOnce("chat.scheduleMessage", { channel, text, post_at: postAt }, channel);
    const id = result.scheduled_message_id;
    if (typeof id !== "string" && typeof id !== "number") {
      throw new RemoteError(
        `Slack chat.scheduleMessage in ${channel}: the answer had no "scheduled_message_id"`
      );
    }
    const listed = (await this.listScheduledMessages(channel)).find((m) => m.id === String(id));
    if (!listed) {
      throw new RemoteError(
        `Slack chat.scheduleMessage in ${channel}: the scheduled message ${String(id)} is not listed`
      );
    }
    return listed;
  }
  async listScheduledMessages(channel) {
    const out = [];
    let cursor;
    for (let page = 0; page < SCHEDULED_PAGES; page++) {
      const args = { channel, limit: PAGE_SIZE };
      if (cursor) args.cursor = cursor;
      const result = await this.call("chat.scheduledMessages.list", args, channel);
      const raw = result.scheduled_messages;
      if (!Array.isArray(raw)) {
        throw new RemoteError(
          `Slack chat.scheduledMessages.list for ${channel}: the answer had no "scheduled_messages"`
        );
      }
      for (const item of raw) {
        const id = item.id;
        if (typeof id !== "string" && typeof id !== "number") continue;
        if (typeof item.date_created !== "number" || typeof item.post_at !== "number") continue;
        out.push({
          id: String(id),
          channel: typeof item.channel_id === "string" ? item.channel_id : channel,
          postAt: item.post_at,
          dateCreated: item.date_created,
          text: typeof item.text === "string" ? item.text : ""
        });
      }
      cursor = nextCursor(result);
      if (!cursor) break;
    }
    return out;
  }
  async deleteScheduledMessage(channel, id) {
    try {
      await this.call("chat.deleteScheduledMessage", { channel, scheduled_message_id: id }, channel);
    } catch (error) {
      if (slackErrorCode(error) === "invalid_scheduled_message_id") return;
      throw error;
    }
  }
  async getUserGroupMembers(userGroupId) {
    const result = await this.call("usergroups.users.list", { usergroup: userGroupId });
    if (!Array.isArray(result.users)) {
      throw new RemoteError(`Slack usergroups.users.list for ${userGroupId}: the answer had no "users"`);
    }
    return result.users.filter((u) => typeof u === "string");
  }
  async getUserEmail(userId) {
    try {
      const result = await this.call("users.info", { user: userId });
      const user = result.user;
      if (!user) throw new RemoteError('Slack users.info: the answer had no "user"');
      if (user.deleted === true || user.is_bot === true) return void 0;
      const email = user.profile?.email;
      return typeof email === "string" && email.includes("@") ? email : void 0;
    } catch (error) {
      if (slackErrorCode(error) === "user_not_found") return void 0;
      throw error;
    }
  }
  getUserName(userId) {
    const cached = this.nameCache.get(userId);
    if (cached) return cached;
    const pending = this.call("users.info", { user: userId }).then(
      (result) => {
        const user = result.user;
        if (!user) throw new RemoteError('Slack users.info: the answer had no "user"');
        const names = [user.profile?.real_name, user.real_name, user.profile?.display_name, user.name];
        return names.find((n) => typeof n === "string" && n.trim() !== "");
      },
      (error) => {
        if (slackErrorCode(error) === "user_not_found") return void 0;
        throw error;
      }
    );
    this.nameCache.set(userId, pending);
    pending.catch(() => this.nameCache.delete(userId));
    return pending;
  }
  ownUserId() {
    this.ownUser ??= this.call("auth.test", {}).then((r) => {
      if (typeof r.user_id !== "string")
        throw new RemoteError('Slack auth.test: the answer had no "user_id"');
      return r.user_id;
    });
    this.ownUser.catch(() => this.ownUser = void 0);
    return this.ownUser;
  }
  async openView(triggerId, view) {
    await this.callOnce("views.open", { trigger_id: triggerId, view: JSON.stringify(view) });
  }
  async respond(responseUrl, message) {
    const url = checkResponseUrl(responseUrl, this.allowLoopbackResponseUrl);
    const body = JSON.stringify({ response_type: "ephemeral", replace_original: false, ...message });
    let response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8" },
        body,
        signal: AbortSignal.timeout(this.timeoutMs)
      });
    } catch (error) {
      throw new TransientError(`Slack response_url: ${describeError(error)}`, { cause: error });
    }
    const text = (await response.text().catch(() => "")).slice(0, 200);
    if (response.status >= 500) throw new TransientError(`Slack response_url: HTTP ${response.status}`);
    if (!response.ok) {
      throw new RemoteError(`Slack response_url: HTTP ${response.status} ${JSON.stringify(text)}`);
    }
  }
  // ---- internals ---------------------------------------------------------------------------------------------
  /** One SDK call, no retries; the answer's fields are read (and checked) by the caller. */
  async api(method, args) {
    const web = await this.sdk();
    return watchResponse("slack", method, await web.apiCall(method, args));
  }
  async lookup(email) {
    try {
      const result = await this.call("users.lookupByEmail", { email });
      const user = result.user;
      if (!user || typeof user.id !== "string") {
        throw new RemoteError('Slack users.lookupByEmail: the answer had no "user.id"');
      }
      return user.deleted === true ? void 0 : user.id;
    } catch (error) {
      if (slackErrorCode(error) === "users_not_found") return void 0;
      throw error;
    }
  }
  /** One Web API call that must not be repeated after an uncertain failure; rate limits are still waited out. */
  async callOnce(method, args, channel) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.api(method, args);
      } catch (error) {
        const failure = this.classify(error, method, channel);
        const repeatable = failure.kind === "rate-limited" || failure.kind === "transient" && !failure.uncertain;
        if (!repeatable || attempt >= this.maxRetries) throw await this.toError(failure, method, channel);
        await this.waitBeforeRetry(failure, attempt, method);
      }
    }
  }
  /** One Web API call with the retry loop (for calls that are safe to repeat). */
  async call(method, args, channel) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.api(method, args);
      } catch (error) {
        const failure = this.classify(error, method, channel);
        if (failure.kind === "fatal" || attempt >= this.maxRetries)
          throw await this.toError(failure, method, channel);
        await this.waitBeforeRetry(failure, attempt, method);
      }
    }
  }
  async waitBeforeRetry(failure, attempt, method) {
    if (failure.kind === "rate-limited") {
      this.log.info(`Slack ${method}: rate limited, waiting ${failure.retryAfterMs / 1e3} s as Slack asked`);
      await this.clock.sleep(failure.retryAfterMs);
      return;
    }
    const delay = Math.min(1e3 * 2 ** attempt, 8e3);
    this.log.warning(`Slack ${method}: ${describeError(failure.error)}; retrying in ${delay / 1e3} s`);
    await this.clock.sleep(delay);
  }
  /** Looks for a message this program already posted, after a failure that may have posted it. */
  async findOwnPost(message, metadata, after) {
    const same = (payload) => samePayload(payload, metadata.payload);
    const oldest = toSlackTs(after);
    if (message.threadTs) {
      const replies = await this.listRepliesOnce(message.channel, message.threadTs, oldest);
      return replies.reverse().find((r) => r.metadata?.eventType === metadata.eventType && same(r.metadata.payload));
    }
    const args = {
      channel: message.channel,
      oldest,
      include_all_metadata: true,
      limit: PAGE_SIZE
    };
    const result = await this.api("conversations.history", args);
    return readMessages(result, "conversations.history", message.channel).find(
      (m) => (m.threadTs === void 0 || m.threadTs === m.ts) && m.metadata?.eventType === metadata.eventType && same(m.metadata.payload)
    );
  }
  /** One page of a thread's recent replies (`oldest` keeps a long thread's newest replies on that page). */
  async listRepliesOnce(channel, threadTs, oldest) {
    const result = await this.api("conversations.replies", {
      channel,
      ts: threadTs,
      oldest,
      include_all_metadata: true,
      limit: PAGE_SIZE
    });
    return readMessages(result, "conversations.replies", channel).filter((m) => m.ts !== threadTs);
  }
  classify(error, method, channel) {
    if (error instanceof OwnError || error instanceof OncallError) return { kind: "fatal", error };
    const e = error ?? {};
    const asError = error instanceof Error ? error : new Error(describeError(error));
    switch (e.code) {
      case "slack_webapi_rate_limited_error": {
        const retryAfterMs = Math.max(0, (e.retryAfter ?? 1) * 1e3);
        if (retryAfterMs > this.maxRetryAfterMs) {
          return {
            kind: "fatal",
            error: new RateLimitedError(
              `Slack ${method}: rate limited with Retry-After ${retryAfterMs / 1e3} s, longer than the ${this.maxRetryAfterMs / 1e3} s this run waits; try again later or post less often to this channel`,
              retryAfterMs,
              { cause: error }
            )
          };
        }
        return { kind: "rate-limited", retryAfterMs, error: asError };
      }
      case "slack_webapi_http_error": {
        const status = e.statusCode ?? 0;
        if (status >= 500) return { kind: "transient", uncertain: true, error: asError };
        if (status === 401 || status === 403) {
          return {
            kind: "fatal",
            error: new AuthError(`Slack ${method}: HTTP ${status}; check SLACK_BOT_TOKEN`)
          };
        }
        return {
          kind: "fatal",
          error: new RemoteError(`Slack ${method}: unexpected HTTP ${status} from the Web API`, {
            cause: error
          })
        };
      }
      case "slack_webapi_request_error":
        return { kind: "transient", uncertain: true, error: asError };
      case "slack_webapi_platform_error": {
        const code = typeof e.data?.error === "string" ? e.data.error : "";
        if (!/^[a-z0-9_.]+$/.test(code)) {
          return {
            kind: "transient",
            uncertain: true,
            error: new Error(`Slack ${method}: the answer was not Slack's JSON (${code.slice(0, 80)})`)
          };
        }
        if (TRANSIENT_ERRORS.has(code))
          return { kind: "transient", uncertain: code !== "ratelimited", error: asError };
        const needed = typeof e.data?.needed === "string" ? e.data.needed : void 0;
        return { kind: "fatal", error: new SlackCallError(method, code, channel, needed, error) };
      }
      default:
        if (/retry header/i.test(asError.message))
          return { kind: "rate-limited", retryAfterMs: 1e3, error: asError };
        return { kind: "transient", uncertain: true, error: asError };
    }
  }
  async toError(failure, method, channel) {
    if (failure.kind === "fatal") {
      if (failure.error instanceof SlackCallError) return this.explain(failure.error, channel);
      return failure.error;
    }
    if (failure.kind === "rate-limited") {
      return new RateLimitedError(
        `Slack ${method}: still rate limited after ${this.maxRetries + 1} attempts; try again later`,
        failure.retryAfterMs,
        { cause: failure.error }
      );
    }
    return new TransientError(
      `Slack ${method}${channel ? ` in channel ${channel}` : ""}: ${describeError(failure.error)} (gave up after ${this.maxRetries + 1} attempts; Slack may be having trouble \u2014 see https://slack-status.com)`,
      { cause: failure.error }
    );
  }
  /** Turns a Slack error code into our typed error, with the fix in the message. */
  async explain(error, channel) {
    const where = `Slack ${error.method}${channel ? ` in channel ${channel}` : ""}`;
    const code = error.slackError;
    const options = { cause: error };
    if (AUTH_ERRORS.has(code)) {
      return new AuthError(
        `${where}: ${code} \u2014 the token was refused. Check SLACK_BOT_TOKEN (input "slack-bot-token"): it must be the app's Bot User OAuth Token (xoxb-\u2026) from the workspace the channel belongs to, and the app must be installed`,
        options
      );
    }
    switch (code) {
      case "not_in_channel": {
        const bot = await this.fetchBotName();
        return new ConfigError(
          `${where}: not_in_channel \u2014 the app's bot user is not a member of this channel. Invite it: open the channel and send "/invite @${bot ?? "<your app>"}"`,
          options
        );
      }
      case "channel_not_found":
        return new ConfigError(
          `${where}: channel_not_found \u2014 no channel with this ID is visible to the app. Use the channel ID (channel details \u2192 "Channel ID", e.g. C0123456789), not its name; for a private channel, invite the app first with "/invite @<your app>"`,
          options
        );
      case "missing_scope":
        return new ConfigError(
          `${where}: missing_scope \u2014 the app lacks the "${error.needed ?? "required"}" scope. Add ${error.needed ? `"${error.needed}"` : "it"} under OAuth & Permissions \u2192 Bot Token Scopes, reinstall the app to the workspace, and use the new bot token`,
          options
        );
      case "is_archived":
        return new ConfigError(
          `${where}: is_archived \u2014 the channel is archived. Unarchive it or configure another channel`,
          options
        );
      case "permission_denied":
        return new ConfigError(
          `${where}: permission_denied \u2014 the workspace does not let apps manage user groups. An admin can allow it under Workspace settings \u2192 Permissions \u2192 User Groups, or turn off user-group sync`,
          options
        );
      case "no_such_subteam":
        return new ConfigError(
          `${where}: no_such_subteam \u2014 no user group with this ID. Use the group's ID (S\u2026), not its @handle`,
          options
        );
      case "invalid_user":
      case "invalid_users":
        return new ConfigError(
          `${where}: ${code} \u2014 a user cannot be added to the group (deactivated, a guest or a bot)`,
          options
        );
      case "restricted_action":
      case "channel_is_archived":
        return new ConfigError(`${where}: ${code} \u2014 the workspace's settings forbid this action`, options);
      default:
        return new RemoteError(`${where}: Slack answered "${code}"`, options);
    }
  }
  fetchBotName() {
    this.botName ??= this.api("auth.test", {}).then((r) => typeof r.user === "string" ? r.user : void 0).catch(() => void 0);
    return this.botName;
  }
};
function slackErrorCode(error) {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof SlackCallError) return e.slackError;
  }
  return void 0;
}
function checkResponseUrl(raw, allowLoopback = false) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("Slack response_url is not a URL");
  }
  const slack = url.protocol === "https:" && url.hostname === "hooks.slack.com" && url.port === "";
  const loopback = allowLoopback && url.protocol === "http:" && (url.hostname === "127.0.0.1" || url.hostname === "localhost");
  if (!slack && !loopback || url.username !== "" || url.password !== "") {
    throw new ConfigError(
      `Slack response_url must be an https://hooks.slack.com/ URL, found one on ${JSON.stringify(url.host.slice(0, 100))}`
    );
  }
  return url;
}
var OwnError = class extends Error {
};
var SlackCallError = class extends OwnError {
  constructor(method, slackError, channel, needed, cause) {
    super(`Slack ${method}: ${slackError}`, { cause });
    this.method = method;
    this.slackError = slackError;
    this.channel = channel;
    this.needed = needed;
  }
  method;
  slackError;
  channel;
  needed;
};
function toSlackTs(date) {
  return (date.getTime() / 1e3).toFixed(6);
}
function nextCursor(result) {
  const cursor = result.response_metadata?.next_cursor;
  return typeof cursor === "string" && cursor !== "" ? cursor : void 0;
}
function readMessages(result, method, channel) {
  const raw = result.messages;
  if (!Array.isArray(raw))
    throw new RemoteError(`Slack ${method} for ${channel}: the answer had no "messages" list`);
  const out = [];
  for (const item of raw) {
    const m = item;
    if (typeof m.ts !== "string") continue;
    const message = { ts: m.ts, text: typeof m.text === "string" ? m.text : "" };
    if (typeof m.thread_ts === "string") message.threadTs = m.thread_ts;
    if (typeof m.subtype === "string") message.subtype = m.subtype;
    if (typeof m.user === "string") message.userId = m.user;
    if (typeof m.topic === "string") message.topic = m.topic;
    if (Array.isArray(m.blocks)) message.blocks = m.blocks;
    const metadata = readMetadata(m.metadata);
    if (metadata) message.metadata = metadata;
    out.push(message);
  }
  return out;
}
function readMetadata(raw) {
  if (!raw || typeof raw.event_type !== "string") return void 0;
  const payload = {};
  if (raw.event_payload !== null && typeof raw.event_payload === "object") {
    for (const [k, v] of Object.entries(raw.event_payload)) {
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") payload[k] = v;
    }
  }
  return { eventType: raw.event_type, payload };
}
function samePayload(a, b) {
  const keys = /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

export {
  HISTORY_SCAN_LIMIT,
  MAX_HISTORY_PAGE,
  createSlackClient,
  slackErrorCode,
  checkResponseUrl
};
