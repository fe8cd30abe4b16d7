/**
 * A fake Slack Web API on 127.0.0.1 for tests and the sandbox. The real `@slack/web-api` client talks to it
 * (`slackApiUrl: fake.url`). It keeps a seeded workspace (users, channels, bot membership, user groups, the token and
 * its scopes), answers with Slack's response and error bodies, validates Block Kit limits like Slack, and records
 * every posted message so a test can assert "exactly one" — and fails on any message it did not expect.
 *
 * @example
 * ```ts
 * const slack = new FakeSlack({
 *   users: [{ id: 'U0ALICE', name: 'alice', email: 'alice@example.com' }],
 *   channels: [{ id: 'C0ONCALL', name: 'oncall' }],
 * });
 * await slack.start();
 * const api = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log });
 * await runTheThing(api);
 * slack.expectMessage((m) => m.channel === 'C0ONCALL' && m.text.includes('<@U0ALICE>'), 'the shift post');
 * slack.assertNoUnexpectedMessages();
 * await slack.stop();
 * ```
 */
import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { parseMrkdwn } from '../slack/mrkdwn.js';
import type { Block, MessageMetadata } from '../slack/types.js';
import type { Fault, RecordedCall } from './server.js';
import { FakeServer, type FakeResponse } from './server.js';

export interface FakeSlackUser {
  id: string;
  name: string;
  realName?: string;
  email?: string;
  deleted?: boolean;
  isBot?: boolean;
}

export interface FakeSlackChannel {
  id: string;
  name: string;
  /** Whether the bot is a member (default true). */
  member?: boolean;
  private?: boolean;
  archived?: boolean;
  topic?: string;
}

export interface FakeSlackUserGroup {
  id: string;
  handle: string;
  name?: string;
  users?: string[];
}

export interface FakeSlackSeed {
  /** The bot token the fake accepts (default `xoxb-fake-token`). */
  token?: string;
  /** Scopes granted to the token (default: every scope the program uses). */
  scopes?: string[];
  botUserId?: string;
  /** The bot user's name, shown in `auth.test` (default `oncall-bot`). */
  botName?: string;
  teamId?: string;
  teamName?: string;
  users?: FakeSlackUser[];
  channels?: FakeSlackChannel[];
  userGroups?: FakeSlackUserGroup[];
}

/** Every scope the program asks for; the fake grants them all unless a test says otherwise. */
export const ALL_SCOPES = [
  'chat:write',
  'channels:history',
  'groups:history',
  'users:read',
  'users:read.email',
  'usergroups:write',
  'usergroups:read',
  'channels:manage',
  'groups:write',
  'commands',
] as const;

/** A message as the fake holds it: current (possibly updated) text, blocks and metadata. */
export interface FakeMessage {
  channel: string;
  ts: string;
  /** The parent's ts for a thread reply. */
  threadTs?: string;
  text: string;
  blocks?: Block[];
  metadata?: MessageMetadata;
  /** How many times chat.update changed it. */
  updates: number;
  /** Every version, oldest first (the first is what was posted). */
  history: { text: string; blocks?: Block[]; metadata?: MessageMetadata }[];
  /** Slack's subtype for a system message (`channel_topic`); such messages are history only, never "posted". */
  subtype?: string;
  /** The topic a `channel_topic` message set. */
  topic?: string;
  /** Who posted a seeded message when it was not this app's bot: a person, or another app's bot user. */
  postedBy?: { userId: string; botId?: string };
}

/** A body posted to a response URL. */
export interface FakeInteractionResponse {
  path: string;
  body: Record<string, unknown>;
}

/** A pending `chat.scheduleMessage` message as the fake holds it. */
export interface FakeScheduledMessage {
  id: string;
  channel: string;
  /** Unix seconds. */
  postAt: number;
  /** Unix seconds on the fake's clock, like Slack's `date_created`. */
  dateCreated: number;
  text: string;
}

/** One top-level message with its thread, as `channelTranscript` returns it. */
export interface TranscriptMessage {
  ts: string;
  text: string;
  blocks?: Block[];
  metadata?: MessageMetadata;
  edited: boolean;
  /** User IDs mentioned live (`<@U…>`) anywhere in text or blocks. */
  mentions: string[];
  /** Live `<!channel>`, `<!here>`, `<!everyone>` — a correct program never produces one. */
  broadcasts: string[];
  replies: TranscriptMessage[];
}

interface Expectation {
  description: string;
  message: FakeMessage;
}

const DEFAULT_TOKEN = 'xoxb-fake-token';

/** Scopes a method needs; for history/topic the scope depends on whether the channel is private. */
const METHOD_SCOPES: Record<string, (privateChannel: boolean) => string[]> = {
  'chat.postMessage': () => ['chat:write'],
  'chat.update': () => ['chat:write'],
  'chat.delete': () => ['chat:write'],
  'chat.scheduleMessage': () => ['chat:write'],
  'chat.deleteScheduledMessage': () => ['chat:write'],
  'chat.scheduledMessages.list': () => [],
  'conversations.history': (p) => [p ? 'groups:history' : 'channels:history'],
  'conversations.replies': (p) => [p ? 'groups:history' : 'channels:history'],
  'conversations.setTopic': (p) => [p ? 'groups:write' : 'channels:manage'],
  'users.lookupByEmail': () => ['users:read.email'],
  'usergroups.users.update': () => ['usergroups:write'],
  'usergroups.users.list': () => ['usergroups:read'],
  'chat.getPermalink': () => [],
  'auth.test': () => [],
  'users.info': () => ['users:read', 'users:read.email'],
  'views.open': () => [],
};

export class FakeSlack {
  readonly server: FakeServer;
  readonly token: string;
  readonly botUserId: string;
  readonly botName: string;
  readonly teamId: string;
  readonly teamName: string;
  private scopes: Set<string>;
  private readonly users = new Map<string, FakeSlackUser>();
  private readonly channels = new Map<string, FakeSlackChannel & { member: boolean; topic: string }>();
  private readonly userGroups = new Map<string, FakeSlackUserGroup & { users: string[] }>();
  /** Every message ever posted, in posting order. */
  private readonly posted: FakeMessage[] = [];
  private readonly consumed = new Set<FakeMessage>();
  /** Messages removed with chat.delete, oldest first. */
  readonly deleted: FakeMessage[] = [];
  private readonly expectations: Expectation[] = [];
  private lastTsMicros = 0;
  private readonly clock: Clock;
  /** System messages (`channel_topic`) in channel history; kept apart so "posted" stays what the program sent. */
  private readonly systemMessages: FakeMessage[] = [];
  private readonly scheduled: FakeScheduledMessage[] = [];
  private scheduledCounter = 0;
  /** Bodies posted to response URLs (`/hooks/…`), oldest first. */
  readonly responses: FakeInteractionResponse[] = [];
  /** Modals opened with `views.open`, oldest first. */
  readonly openedViews: { triggerId: string; view: Record<string, unknown> }[] = [];
  private responseUrlCounter = 0;

  /**
   * @param options.clock where message timestamps come from. Pass the clock the code under test uses: the client
   * looks its own posts up by time (`oldest`), so a fake on another clock can hide them.
   */
  constructor(seed: FakeSlackSeed = {}, options: { clock?: Clock } = {}) {
    this.token = seed.token ?? DEFAULT_TOKEN;
    this.scopes = new Set(seed.scopes ?? ALL_SCOPES);
    this.botUserId = seed.botUserId ?? 'U0BOT00001';
    this.botName = seed.botName ?? 'oncall-bot';
    this.teamId = seed.teamId ?? 'T0FAKE0001';
    this.teamName = seed.teamName ?? 'Fake Workspace';
    this.clock = options.clock ?? systemClock;
    for (const u of seed.users ?? []) this.addUser(u);
    for (const c of seed.channels ?? []) this.addChannel(c);
    for (const g of seed.userGroups ?? []) this.addUserGroup(g);
    this.server = new FakeServer('Slack', (call) => this.handle(call));
  }

  // ---- lifecycle ---------------------------------------------------------------------------------------------

  async start(port = 0): Promise<string> {
    await this.server.start(port);
    return this.url;
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }

  /** The API base URL to give the client (`slackApiUrl`), e.g. `http://127.0.0.1:41234/api/`. */
  get url(): string {
    return `${this.server.url}/api/`;
  }

  // ---- seeding -----------------------------------------------------------------------------------------------

  addUser(user: FakeSlackUser): void {
    this.users.set(user.id, { ...user });
  }

  addChannel(channel: FakeSlackChannel): void {
    this.channels.set(channel.id, { ...channel, member: channel.member ?? true, topic: channel.topic ?? '' });
  }

  addUserGroup(group: FakeSlackUserGroup): void {
    this.userGroups.set(group.id, { ...group, users: [...(group.users ?? [])] });
  }

  /**
   * Puts a message into a channel's history without an API call — yesterday's post, another app's chatter. It
   * counts as expected: `assertNoUnexpectedMessages` only reports what the code under test posted.
   */
  seedMessage(message: {
    channel: string;
    text: string;
    blocks?: Block[];
    metadata?: MessageMetadata;
    threadTs?: string;
    at?: Date;
    postedBy?: { userId: string; botId?: string };
  }): FakeMessage {
    if (!this.channels.has(message.channel))
      throw new Error(`FakeSlack: no channel ${message.channel} seeded`);
    const seeded: FakeMessage = {
      channel: message.channel,
      ts: message.at ? this.tsAt(message.at) : this.nextTs(),
      text: message.text,
      updates: 0,
      history: [],
    };
    if (message.threadTs) seeded.threadTs = message.threadTs;
    if (message.blocks) seeded.blocks = message.blocks;
    if (message.metadata) seeded.metadata = message.metadata;
    if (message.postedBy) seeded.postedBy = message.postedBy;
    seeded.history.push(snapshot(seeded));
    this.posted.push(seeded);
    this.posted.sort((a, b) => Number(a.ts) - Number(b.ts));
    this.consumed.add(seeded);
    return seeded;
  }

  /**
   * Puts many messages into a channel's history at once (a busy channel), each `at` its own time or, without one,
   * a moment after the previous. Cheaper than `seedMessage` in a loop: the history is sorted once.
   */
  seedMessages(channel: string, messages: { text: string; at?: Date; metadata?: MessageMetadata }[]): void {
    if (!this.channels.has(channel)) throw new Error(`FakeSlack: no channel ${channel} seeded`);
    const taken = new Set(this.posted.map((m) => m.ts));
    for (const message of messages) {
      let micros = message.at ? message.at.getTime() * 1000 : this.lastTsMicros + 1;
      while (taken.has(formatTs(micros))) micros += 1;
      taken.add(formatTs(micros));
      this.lastTsMicros = Math.max(this.lastTsMicros, micros);
      const seeded: FakeMessage = {
        channel,
        ts: formatTs(micros),
        text: message.text,
        updates: 0,
        history: [],
      };
      if (message.metadata) seeded.metadata = message.metadata;
      seeded.history.push(snapshot(seeded));
      this.posted.push(seeded);
      this.consumed.add(seeded);
    }
    this.posted.sort((a, b) => Number(a.ts) - Number(b.ts));
  }

  /** Pending scheduled messages (all channels), oldest first. */
  scheduledMessages(channel?: string): FakeScheduledMessage[] {
    return this.scheduled.filter((m) => !channel || m.channel === channel).map((m) => ({ ...m }));
  }

  /** Every `channel_topic` system message of a channel, oldest first (one per `conversations.setTopic`). */
  topicChanges(channel: string): FakeMessage[] {
    return this.systemMessages.filter((m) => m.channel === channel && m.subtype === 'channel_topic');
  }

  /** Replaces the token's scopes (e.g. to test `missing_scope`). */
  setScopes(scopes: readonly string[]): void {
    this.scopes = new Set(scopes);
  }

  /** Adds the bot to a channel (`/invite @bot`) or removes it. */
  setBotMember(channelId: string, member: boolean): void {
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`FakeSlack: no channel ${channelId} seeded`);
    channel.member = member;
  }

  /**
   * Injects a fault into the next `times` calls of a Web API method (e.g. `chat.postMessage`).
   * Shortcuts: `rateLimit` and `failWith`.
   */
  inject(method: string, fault: Fault, times = 1): void {
    this.server.inject({ path: `/api/${method}`, times }, fault);
  }

  /** Injects a fault into the next `times` calls of `method` whose parameters satisfy `match`. */
  injectWhen(
    method: string,
    match: (params: Record<string, unknown>) => boolean,
    fault: Fault,
    times = 1,
  ): void {
    this.server.inject({ path: `/api/${method}`, times, when: (call) => match(call.params) }, fault);
  }

  /** The next `times` calls of `method` answer 429 with `Retry-After: seconds`, as Slack does. */
  rateLimit(method: string, retryAfterSeconds: number, times = 1): void {
    this.inject(
      method,
      {
        kind: 'status',
        status: 429,
        headers: { 'retry-after': String(retryAfterSeconds) },
        body: { ok: false, error: 'ratelimited' },
      },
      times,
    );
  }

  /** The next `times` calls of `method` answer HTTP 200 `{ ok: false, error }` (plus `extra` fields). */
  failWith(method: string, error: string, times = 1, extra: Record<string, unknown> = {}): void {
    this.inject(method, { kind: 'status', status: 200, body: { ok: false, error, ...extra } }, times);
  }

  // ---- inspection --------------------------------------------------------------------------------------------

  /** Every recorded HTTP call to a Web API method (including failed and faulted ones). */
  callsTo(method: string): RecordedCall[] {
    return this.server.callsTo(`/api/${method}`);
  }

  /** Every message posted so far (all channels, replies included), in posting order. */
  messages(channel?: string): FakeMessage[] {
    return this.posted.filter((m) => !channel || m.channel === channel);
  }

  /** Members of a user group, as Slack holds them now. */
  userGroupMembers(groupId: string): string[] {
    return [...(this.userGroups.get(groupId)?.users ?? [])];
  }

  channelTopic(channelId: string): string | undefined {
    return this.channels.get(channelId)?.topic;
  }

  /** The seeded user with this ID (for rendering mentions in previews). */
  user(id: string): FakeSlackUser | undefined {
    return this.users.get(id);
  }

  /**
   * Consumes the first posted message that satisfies `predicate` and no earlier expectation consumed; throws,
   * listing every posted message, when there is none.
   */
  expectMessage(predicate: (message: FakeMessage) => boolean, description: string): FakeMessage {
    const found = this.posted.find((m) => !this.consumed.has(m) && predicate(m));
    if (!found) {
      throw new Error(
        `FakeSlack: expected ${description}, but no unconsumed message matched.\n${this.describeMessages()}`,
      );
    }
    this.consumed.add(found);
    this.expectations.push({ description, message: found });
    return found;
  }

  /** Throws, listing them, when any posted message was not consumed by `expectMessage`. */
  assertNoUnexpectedMessages(): void {
    const unexpected = this.posted.filter((m) => !this.consumed.has(m));
    if (unexpected.length === 0) return;
    throw new Error(
      `FakeSlack: ${unexpected.length} unexpected message(s):\n` +
        unexpected.map((m) => `  - ${describeMessage(m)}`).join('\n') +
        (this.expectations.length > 0
          ? `\nexpected and seen:\n${this.expectations.map((e) => `  - ${e.description}: ${describeMessage(e.message)}`).join('\n')}`
          : ''),
    );
  }

  /** The channel as a person reads it: top-level messages oldest first, each with its thread replies. */
  channelTranscript(channel: string): TranscriptMessage[] {
    const inChannel = this.posted.filter((m) => m.channel === channel);
    const toEntry = (m: FakeMessage): TranscriptMessage => {
      const tokens = messageTexts(m).flatMap((t) => parseMrkdwn(t));
      const entry: TranscriptMessage = {
        ts: m.ts,
        text: m.text,
        edited: m.updates > 0,
        mentions: unique(tokens.flatMap((t) => (t.kind === 'user' ? [t.userId] : []))),
        broadcasts: unique(tokens.flatMap((t) => (t.kind === 'broadcast' ? [t.name] : []))),
        replies: [],
      };
      if (m.blocks) entry.blocks = m.blocks;
      if (m.metadata) entry.metadata = m.metadata;
      return entry;
    };
    return inChannel
      .filter((m) => m.threadTs === undefined)
      .map((parent) => ({
        ...toEntry(parent),
        replies: inChannel.filter((r) => r.threadTs === parent.ts).map(toEntry),
      }));
  }

  private describeMessages(): string {
    if (this.posted.length === 0) return 'No message was posted.';
    return (
      'Posted messages:\n' +
      this.posted
        .map((m) => `  - ${this.consumed.has(m) ? '(consumed) ' : ''}${describeMessage(m)}`)
        .join('\n')
    );
  }

  /**
   * A response URL served by this fake, as Slack puts one in each interaction payload (Slack's are
   * `https://hooks.slack.com/actions/…`; the client accepts this loopback one only when told to).
   */
  newResponseUrl(): string {
    this.responseUrlCounter += 1;
    return `${this.server.url}/hooks/actions/${this.teamId}/${this.responseUrlCounter}/fake${this.responseUrlCounter}`;
  }

  /** What was posted to `responseUrl`, oldest first. */
  responsesTo(responseUrl: string): FakeInteractionResponse[] {
    const path = new URL(responseUrl).pathname;
    return this.responses.filter((r) => r.path === path);
  }

  // ---- the API -----------------------------------------------------------------------------------------------

  private handle(call: RecordedCall): FakeResponse {
    if (call.path.startsWith('/hooks/')) {
      // Response URLs need no token: the URL itself is the credential.
      this.responses.push({ path: call.path, body: call.params });
      return { status: 200, body: 'ok' };
    }
    const method = call.path.replace(/^\/api\//, '');
    const params = call.params;
    const auth = call.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ')
      ? auth.slice(7)
      : typeof params.token === 'string'
        ? params.token
        : '';
    if (token === '') return slackError('not_authed');
    if (token !== this.token) return slackError('invalid_auth');

    const scopeHeaders = { 'x-oauth-scopes': [...this.scopes].join(',') };
    const channelParam = str(params.channel);
    const channel = channelParam !== undefined ? this.findChannel(channelParam) : undefined;
    const needed = METHOD_SCOPES[method]?.(channel?.private ?? false);
    if (needed === undefined) return slackError('unknown_method');
    const missing = needed.filter((s) => !this.scopes.has(s));
    if (missing.length > 0) {
      return {
        headers: { ...scopeHeaders, 'x-accepted-oauth-scopes': needed.join(',') },
        body: {
          ok: false,
          error: 'missing_scope',
          needed: missing.join(','),
          provided: [...this.scopes].join(','),
        },
      };
    }
    const response = this.dispatch(method, params, channelParam, channel);
    return { ...response, headers: { ...scopeHeaders, ...response.headers } };
  }

  private dispatch(
    method: string,
    params: Record<string, unknown>,
    channelParam: string | undefined,
    channel: (FakeSlackChannel & { member: boolean; topic: string }) | undefined,
  ): FakeResponse {
    switch (method) {
      case 'auth.test':
        return ok({
          url: `https://fake-workspace.slack.com/`,
          team: this.teamName,
          user: this.botName,
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: 'B0BOT00001',
          is_enterprise_install: false,
        });
      case 'users.lookupByEmail':
        return this.lookupByEmail(str(params.email));
      case 'users.info': {
        const user = this.users.get(str(params.user) ?? '');
        return user ? ok({ user: this.apiUser(user) }) : slackError('user_not_found');
      }
      case 'views.open': {
        const triggerId = str(params.trigger_id) ?? '';
        if (triggerId === '') return slackError('invalid_arguments');
        let view: unknown = params.view;
        if (typeof view === 'string') {
          try {
            view = JSON.parse(view);
          } catch {
            return slackError('invalid_arguments');
          }
        }
        if (view === null || typeof view !== 'object') return slackError('invalid_arguments');
        if (this.openedViews.some((v) => v.triggerId === triggerId)) return slackError('expired_trigger_id');
        this.openedViews.push({ triggerId, view: view as Record<string, unknown> });
        return ok({ view: { id: `V${String(this.openedViews.length).padStart(9, '0')}`, ...view } });
      }
      case 'usergroups.users.update':
        return this.updateUserGroup(str(params.usergroup), params.users);
      case 'usergroups.users.list': {
        const group = this.userGroups.get(str(params.usergroup) ?? '');
        return group ? ok({ users: group.users }) : slackError('no_such_subteam');
      }
    }
    // Everything else acts on a channel.
    if (channelParam === undefined || channelParam === '') return slackError('channel_not_found');
    if (!channel) return slackError('channel_not_found');
    const canPostWithoutMembership = !channel.private && this.scopes.has('chat:write.public');
    switch (method) {
      case 'chat.postMessage':
        if (channel.archived) return slackError('is_archived');
        if (!channel.member && !canPostWithoutMembership) return slackError('not_in_channel');
        return this.postMessage(channel.id, params);
      case 'chat.update':
        if (channel.archived) return slackError('is_archived');
        return this.updateMessage(channel.id, params);
      case 'chat.delete': {
        // A bot token may delete the bot's own messages; the message (and what it expected) is gone.
        const ts = str(params.ts) ?? '';
        const index = this.posted.findIndex((m) => m.channel === channel.id && m.ts === ts);
        if (index < 0) return slackError('message_not_found');
        const [removed] = this.posted.splice(index, 1);
        if (removed) {
          this.deleted.push(removed);
          this.consumed.delete(removed);
        }
        return ok({ channel: channel.id, ts });
      }
      case 'chat.scheduleMessage':
        if (channel.archived) return slackError('is_archived');
        if (!channel.member && !canPostWithoutMembership) return slackError('not_in_channel');
        return this.scheduleMessage(channel.id, params);
      case 'chat.scheduledMessages.list':
        return this.listScheduled(channel.id, params);
      case 'chat.deleteScheduledMessage': {
        const id = str(params.scheduled_message_id) ?? '';
        const index = this.scheduled.findIndex((m) => m.channel === channel.id && m.id === id);
        if (index < 0) return slackError('invalid_scheduled_message_id');
        this.scheduled.splice(index, 1);
        return ok({});
      }
      case 'conversations.history':
        if (!channel.member) return slackError('not_in_channel');
        return this.history(channel.id, params);
      case 'conversations.replies':
        if (!channel.member) return slackError('not_in_channel');
        return this.replies(channel.id, params);
      case 'chat.getPermalink': {
        const ts = str(params.message_ts) ?? '';
        const message = this.posted.find((m) => m.channel === channel.id && m.ts === ts);
        if (!message) return slackError('message_not_found');
        const thread = message.threadTs ? `?thread_ts=${message.threadTs}&cid=${channel.id}` : '';
        return ok({
          channel: channel.id,
          permalink: `https://fake-workspace.slack.com/archives/${channel.id}/p${ts.replace('.', '')}${thread}`,
        });
      }
      case 'conversations.setTopic': {
        if (channel.archived) return slackError('is_archived');
        if (!channel.member) return slackError('not_in_channel');
        const topic = str(params.topic) ?? '';
        if (topic.length > 250) return slackError('too_long');
        channel.topic = topic;
        // Slack records every topic change as a `channel_topic` message in the channel's history.
        this.systemMessages.push({
          channel: channel.id,
          ts: this.nextTs(),
          text: `<@${this.botUserId}> set the channel topic: ${topic}`,
          subtype: 'channel_topic',
          topic,
          updates: 0,
          history: [],
        });
        return ok({ channel: { id: channel.id, name: channel.name, topic: { value: topic } } });
      }
      default:
        return slackError('unknown_method');
    }
  }

  private findChannel(idOrName: string) {
    const byId = this.channels.get(idOrName);
    if (byId) return byId;
    const name = idOrName.replace(/^#/, '');
    return [...this.channels.values()].find((c) => c.name === name);
  }

  private lookupByEmail(email: string | undefined): FakeResponse {
    if (!email) return slackError('invalid_arguments');
    const user = [...this.users.values()].find(
      (u) => u.email !== undefined && u.email.toLowerCase() === email.toLowerCase(),
    );
    if (!user) return slackError('users_not_found');
    return ok({ user: this.apiUser(user) });
  }

  /** A user as `users.info` and `users.lookupByEmail` return it. */
  private apiUser(user: FakeSlackUser): Record<string, unknown> {
    return {
      id: user.id,
      team_id: this.teamId,
      name: user.name,
      deleted: user.deleted ?? false,
      real_name: user.realName ?? user.name,
      is_bot: user.isBot ?? false,
      profile: {
        ...(user.email ? { email: user.email } : {}),
        real_name: user.realName ?? user.name,
        display_name: user.name,
      },
    };
  }

  private updateUserGroup(groupId: string | undefined, usersParam: unknown): FakeResponse {
    const group = this.userGroups.get(groupId ?? '');
    if (!group) return slackError('no_such_subteam');
    const ids = (Array.isArray(usersParam) ? usersParam.map(String) : String(usersParam ?? '').split(','))
      .map((s) => s.trim())
      .filter((s) => s !== '');
    // Slack refuses to empty a group (usergroups.disable is the way); the exact code is not documented.
    if (ids.length === 0) return slackError('invalid_users');
    for (const id of ids) {
      const user = this.users.get(id);
      if (!user || user.deleted || user.isBot || id === this.botUserId) return slackError('invalid_user');
    }
    group.users = unique(ids);
    return ok({
      usergroup: {
        id: group.id,
        team_id: this.teamId,
        is_usergroup: true,
        name: group.name ?? group.handle,
        handle: group.handle,
        users: group.users,
        user_count: group.users.length,
      },
    });
  }

  /** Slack-style ts from the fake's clock, strictly increasing even when the clock stands still. */
  private nextTs(): string {
    const micros = Math.max(this.clock.now().getTime() * 1000, this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    return formatTs(micros);
  }

  /** A ts at a given (past) time for seeded messages, unique among existing ones. */
  private tsAt(at: Date): string {
    let micros = at.getTime() * 1000;
    const taken = new Set(this.posted.map((m) => m.ts));
    while (taken.has(formatTs(micros))) micros += 1;
    this.lastTsMicros = Math.max(this.lastTsMicros, micros);
    return formatTs(micros);
  }

  private postMessage(channelId: string, params: Record<string, unknown>): FakeResponse {
    const parsed = parseContent(params);
    if ('error' in parsed) return parsed.error;
    const threadTs = str(params.thread_ts);
    if (threadTs !== undefined && threadTs !== '') {
      const parent = this.posted.find((m) => m.channel === channelId && m.ts === threadTs);
      if (!parent) return slackError('thread_not_found');
      if (parent.threadTs !== undefined) return slackError('thread_not_found');
    }
    const message: FakeMessage = {
      channel: channelId,
      ts: this.nextTs(),
      text: parsed.text,
      updates: 0,
      history: [],
    };
    if (threadTs) message.threadTs = threadTs;
    if (parsed.blocks) message.blocks = parsed.blocks;
    if (parsed.metadata) message.metadata = parsed.metadata;
    message.history.push(snapshot(message));
    this.posted.push(message);
    return ok({ channel: channelId, ts: message.ts, message: this.toApiMessage(message, true) });
  }

  /** `chat.scheduleMessage`: `post_at` must be in the future and at most 120 days ahead, as Slack documents. */
  private scheduleMessage(channelId: string, params: Record<string, unknown>): FakeResponse {
    const postAt = num(params.post_at);
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1000);
    if (postAt === undefined) return slackError('invalid_time');
    if (postAt <= nowSeconds) return slackError('time_in_past');
    if (postAt > nowSeconds + 120 * 86_400) return slackError('time_too_far');
    const text = str(params.text) ?? '';
    if (text === '') return slackError('no_text');
    this.scheduledCounter += 1;
    const message: FakeScheduledMessage = {
      id: `Q${String(1_000_000 + this.scheduledCounter)}`,
      channel: channelId,
      postAt: Math.floor(postAt),
      dateCreated: nowSeconds,
      text,
    };
    this.scheduled.push(message);
    return ok({
      channel: channelId,
      scheduled_message_id: message.id,
      post_at: message.postAt,
      message: { type: 'delayed_message', text, user: this.botUserId, bot_id: 'B0BOT00001' },
    });
  }

  /** `chat.scheduledMessages.list`: the documented fields (`id`, `channel_id`, `post_at`, `date_created`, `text`). */
  private listScheduled(channelId: string, params: Record<string, unknown>): FakeResponse {
    const limit = Math.min(Math.max(num(params.limit) ?? 100, 1), 1000);
    const start = cursorIndex(str(params.cursor));
    if (start === undefined) return slackError('invalid_cursor');
    const all = this.scheduled.filter((m) => m.channel === channelId);
    const hasMore = start + limit < all.length;
    return ok({
      scheduled_messages: all.slice(start, start + limit).map((m) => ({
        id: m.id,
        channel_id: m.channel,
        post_at: m.postAt,
        date_created: m.dateCreated,
        text: m.text,
      })),
      response_metadata: { next_cursor: hasMore ? cursorFor(start + limit) : '' },
    });
  }

  private updateMessage(channelId: string, params: Record<string, unknown>): FakeResponse {
    const ts = str(params.ts) ?? '';
    const message = this.posted.find((m) => m.channel === channelId && m.ts === ts);
    if (!message) return slackError('message_not_found');
    const parsed = parseContent(params);
    if ('error' in parsed) return parsed.error;
    message.text = parsed.text;
    if (params.blocks !== undefined) {
      if (parsed.blocks) message.blocks = parsed.blocks;
      else delete message.blocks;
    }
    if (parsed.metadata) message.metadata = parsed.metadata;
    message.updates += 1;
    message.history.push(snapshot(message));
    return ok({ channel: channelId, ts, text: message.text, message: this.toApiMessage(message, true) });
  }

  private toApiMessage(m: FakeMessage, withMetadata: boolean): Record<string, unknown> {
    const replies = this.posted.filter((r) => r.channel === m.channel && r.threadTs === m.ts);
    const out: Record<string, unknown> = {
      type: 'message',
      subtype: 'bot_message',
      text: m.text,
      ts: m.ts,
      user: this.botUserId,
      bot_id: 'B0BOT00001',
      app_id: 'A0APP00001',
    };
    if (m.blocks) out.blocks = m.blocks;
    if (m.threadTs) {
      out.thread_ts = m.threadTs;
      out.parent_user_id = this.botUserId;
    } else if (replies.length > 0) {
      out.thread_ts = m.ts;
      out.reply_count = replies.length;
      out.latest_reply = replies[replies.length - 1]!.ts;
    }
    if (m.updates > 0) out.edited = { user: this.botUserId, ts: m.ts };
    if (m.postedBy) {
      out.user = m.postedBy.userId;
      if (m.postedBy.botId) out.bot_id = m.postedBy.botId;
      else {
        delete out.bot_id;
        delete out.app_id;
        delete out.subtype;
      }
    }
    if (m.subtype) out.subtype = m.subtype;
    if (m.topic !== undefined) out.topic = m.topic;
    if (withMetadata && m.metadata) {
      out.metadata = { event_type: m.metadata.eventType, event_payload: m.metadata.payload };
    }
    return out;
  }

  private history(channelId: string, params: Record<string, unknown>): FakeResponse {
    const inclusive = bool(params.inclusive);
    const oldest = num(params.oldest);
    const latest = num(params.latest);
    const withMetadata = bool(params.include_all_metadata);
    const system = this.systemMessages.filter((m) => m.channel === channelId);
    const all = (system.length > 0 ? [...this.posted, ...system].sort(byTs) : this.posted)
      .filter((m) => m.channel === channelId && m.threadTs === undefined)
      .filter((m) => inRange(Number(m.ts), oldest, latest, inclusive))
      .reverse();
    return this.page(all, params, (m) => this.toApiMessage(m, withMetadata), 100);
  }

  private replies(channelId: string, params: Record<string, unknown>): FakeResponse {
    const ts = str(params.ts) ?? '';
    const target = this.posted.find((m) => m.channel === channelId && m.ts === ts);
    if (!target) return slackError('thread_not_found');
    const parentTs = target.threadTs ?? target.ts;
    const parent = this.posted.find((m) => m.channel === channelId && m.ts === parentTs)!;
    const withMetadata = bool(params.include_all_metadata);
    const oldest = num(params.oldest);
    const latest = num(params.latest);
    const inclusive = bool(params.inclusive);
    const thread = [
      parent,
      ...this.posted.filter((m) => m.channel === channelId && m.threadTs === parentTs),
    ].filter((m) => m === parent || inRange(Number(m.ts), oldest, latest, inclusive));
    return this.page(thread, params, (m) => this.toApiMessage(m, withMetadata), 1000);
  }

  /** Cursor pagination as Slack does it: an opaque cursor, `has_more`, `response_metadata.next_cursor`. */
  private page(
    items: FakeMessage[],
    params: Record<string, unknown>,
    render: (m: FakeMessage) => Record<string, unknown>,
    defaultLimit: number,
  ): FakeResponse {
    const limit = Math.min(Math.max(num(params.limit) ?? defaultLimit, 1), 999);
    const cursor = str(params.cursor);
    let start = 0;
    if (cursor) {
      const decoded = /^next_index:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
      if (!decoded) return slackError('invalid_cursor');
      start = Number(decoded[1]);
    }
    const slice = items.slice(start, start + limit);
    const hasMore = start + limit < items.length;
    return ok({
      messages: slice.map(render),
      has_more: hasMore,
      pin_count: 0,
      response_metadata: {
        next_cursor: hasMore ? Buffer.from(`next_index:${start + limit}`).toString('base64') : '',
      },
    });
  }
}

// ---- helpers -------------------------------------------------------------------------------------------------

function ok(body: Record<string, unknown>): FakeResponse {
  return { body: { ok: true, ...body } };
}

function slackError(error: string, extra: Record<string, unknown> = {}): FakeResponse {
  return { body: { ok: false, error, ...extra } };
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function num(value: unknown): number | undefined {
  const s = str(value);
  if (s === undefined || s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function bool(value: unknown): boolean {
  return value === true || value === 'true' || value === '1' || value === 1;
}

function inRange(
  ts: number,
  oldest: number | undefined,
  latest: number | undefined,
  inclusive: boolean,
): boolean {
  if (oldest !== undefined && (inclusive ? ts < oldest : ts <= oldest)) return false;
  if (latest !== undefined && (inclusive ? ts > latest : ts >= latest)) return false;
  return true;
}

/** The position an opaque cursor stands for: 0 without one, undefined for a cursor the fake did not issue. */
function cursorIndex(cursor: string | undefined): number | undefined {
  if (!cursor) return 0;
  const decoded = /^next_index:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return decoded ? Number(decoded[1]) : undefined;
}

function cursorFor(index: number): string {
  return Buffer.from(`next_index:${index}`).toString('base64');
}

function byTs(a: FakeMessage, b: FakeMessage): number {
  return Number(a.ts) - Number(b.ts);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function snapshot(m: FakeMessage): FakeMessage['history'][number] {
  const s: FakeMessage['history'][number] = { text: m.text };
  if (m.blocks) s.blocks = m.blocks;
  if (m.metadata) s.metadata = m.metadata;
  return s;
}

function describeMessage(m: FakeMessage): string {
  const where = m.threadTs ? `${m.channel} thread ${m.threadTs}` : m.channel;
  const text = m.text.length > 160 ? `${m.text.slice(0, 160)}…` : m.text;
  const meta = m.metadata ? ` [${m.metadata.eventType} ${JSON.stringify(m.metadata.payload)}]` : '';
  return `${where} ts=${m.ts}: ${JSON.stringify(text)}${meta}${m.blocks ? ` (${m.blocks.length} blocks)` : ''}`;
}

/** All mrkdwn text of a message (fallback text and every mrkdwn text object; plain_text is never parsed). */
function messageTexts(m: FakeMessage): string[] {
  const texts = [m.text];
  const add = (t: unknown) => {
    const obj = t as { type?: unknown; text?: unknown } | undefined;
    if (obj?.type === 'mrkdwn' && typeof obj.text === 'string') texts.push(obj.text);
  };
  for (const b of m.blocks ?? []) {
    const anyBlock = b as { text?: unknown; fields?: unknown[]; elements?: unknown[] };
    add(anyBlock.text);
    for (const f of anyBlock.fields ?? []) add(f);
    for (const e of anyBlock.elements ?? []) add(e);
  }
  return texts;
}

type Parsed = { text: string; blocks?: Block[]; metadata?: MessageMetadata } | { error: FakeResponse };

/** Reads text, blocks and metadata from a post/update like Slack does, including Block Kit validation. */
function parseContent(params: Record<string, unknown>): Parsed {
  const text = str(params.text) ?? '';
  let blocks: Block[] | undefined;
  if (params.blocks !== undefined && params.blocks !== '') {
    let raw: unknown = params.blocks;
    if (typeof raw === 'string') {
      try {
        raw = JSON.parse(raw);
      } catch {
        return { error: slackError('invalid_blocks_format') };
      }
    }
    if (!Array.isArray(raw)) return { error: slackError('invalid_blocks_format') };
    const problems = validateBlocks(raw);
    if (problems.length > 0) {
      return {
        error: slackError('invalid_blocks', {
          errors: problems,
          response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) },
        }),
      };
    }
    if (blockTextTotal(raw) > 12_000) return { error: slackError('msg_blocks_too_long') };
    blocks = raw as Block[];
  }
  if (text === '' && !blocks) return { error: slackError('no_text') };
  const out: { text: string; blocks?: Block[]; metadata?: MessageMetadata } = {
    // Slack truncates, rather than rejects, very long fallback text.
    text: text.length > 40_000 ? text.slice(0, 40_000) : text,
  };
  if (blocks) out.blocks = blocks;
  if (params.metadata !== undefined && params.metadata !== '') {
    let raw: unknown = params.metadata;
    if (typeof raw === 'string') {
      try {
        raw = JSON.parse(raw);
      } catch {
        return { error: slackError('invalid_metadata_format') };
      }
    }
    const m = raw as { event_type?: unknown; event_payload?: unknown };
    if (typeof m.event_type !== 'string' || m.event_payload === null || typeof m.event_payload !== 'object') {
      return { error: slackError('invalid_metadata_schema') };
    }
    out.metadata = { eventType: m.event_type, payload: m.event_payload as MessageMetadata['payload'] };
  }
  return out;
}

/**
 * Slack's Block Kit limits, stated independently of src/slack/limits.ts so a test of `fitMessage` against the
 * fake checks one against the other. Messages mimic Slack's `[json-pointer:…]` style.
 */
export function validateBlocks(blocks: unknown[]): string[] {
  const problems: string[] = [];
  const at = (p: string) => `[json-pointer:${p}]`;
  const checkText = (t: unknown, path: string, max: number, plainOnly = false) => {
    const obj = t as { type?: unknown; text?: unknown } | undefined;
    if (!obj || typeof obj.text !== 'string' || (obj.type !== 'plain_text' && obj.type !== 'mrkdwn')) {
      problems.push(`must provide an object ${at(path)}`);
      return;
    }
    if (plainOnly && obj.type !== 'plain_text') problems.push(`must be plain_text ${at(`${path}/type`)}`);
    if (obj.text.length === 0) problems.push(`must be more than 0 characters ${at(`${path}/text`)}`);
    if (obj.text.length > max) problems.push(`must be less than ${max + 1} characters ${at(`${path}/text`)}`);
  };
  if (blocks.length > 50) problems.push(`no more than 50 items allowed ${at('/blocks')}`);
  blocks.forEach((b, i) => {
    const block = b as Record<string, unknown>;
    const path = `/blocks/${i}`;
    if (typeof block.block_id === 'string' && block.block_id.length > 255) {
      problems.push(`must be less than 256 characters ${at(`${path}/block_id`)}`);
    }
    switch (block.type) {
      case 'header':
        checkText(block.text, `${path}/text`, 150, true);
        break;
      case 'section': {
        const fields = block.fields as unknown[] | undefined;
        if (block.text === undefined && (fields === undefined || fields.length === 0)) {
          problems.push(`must provide either text or fields ${at(path)}`);
        }
        if (block.text !== undefined) checkText(block.text, `${path}/text`, 3000);
        if (fields !== undefined) {
          if (fields.length > 10) problems.push(`no more than 10 items allowed ${at(`${path}/fields`)}`);
          fields.forEach((f, j) => checkText(f, `${path}/fields/${j}`, 2000));
        }
        if (block.accessory !== undefined) checkButton(block.accessory, `${path}/accessory`);
        break;
      }
      case 'context': {
        const elements = (block.elements as unknown[] | undefined) ?? [];
        if (elements.length === 0) problems.push(`must provide at least 1 item ${at(`${path}/elements`)}`);
        if (elements.length > 10) problems.push(`no more than 10 items allowed ${at(`${path}/elements`)}`);
        elements.forEach((e, j) => checkText(e, `${path}/elements/${j}`, 3000));
        break;
      }
      case 'actions': {
        const elements = (block.elements as unknown[] | undefined) ?? [];
        if (elements.length === 0) problems.push(`must provide at least 1 item ${at(`${path}/elements`)}`);
        if (elements.length > 25) problems.push(`no more than 25 items allowed ${at(`${path}/elements`)}`);
        elements.forEach((e, j) => checkButton(e, `${path}/elements/${j}`));
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`unsupported type ${JSON.stringify(block.type)} ${at(`${path}/type`)}`);
    }
  });
  return problems;

  function checkButton(e: unknown, path: string) {
    const button = e as { type?: unknown; text?: unknown; url?: unknown };
    if (button.type !== 'button') {
      problems.push(`unsupported element ${at(`${path}/type`)}`);
      return;
    }
    checkText(button.text, `${path}/text`, 75, true);
    if (typeof button.url === 'string' && button.url.length > 3000) {
      problems.push(`must be less than 3001 characters ${at(`${path}/url`)}`);
    }
  }
}

/** All text characters in the blocks, as the fake counts them towards `msg_blocks_too_long`. */
function blockTextTotal(blocks: unknown[]): number {
  let total = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'text' && typeof v === 'string') total += v.length;
        else visit(v);
      }
    }
  };
  visit(blocks);
  return total;
}

function formatTs(micros: number): string {
  return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
}
