/**
 * What the rest of the program knows of Slack: Block Kit shapes it builds and the operations it calls.
 * Nothing outside src/slack imports @slack/web-api; the pure cores build `SlackMessage` values.
 */

export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  emoji?: boolean;
}

export type Block =
  | { type: 'header'; text: TextObject & { type: 'plain_text' }; block_id?: string }
  | {
      type: 'section';
      text?: TextObject;
      fields?: TextObject[];
      accessory?: ButtonElement;
      block_id?: string;
    }
  | { type: 'context'; elements: TextObject[]; block_id?: string }
  | { type: 'divider'; block_id?: string }
  | { type: 'actions'; elements: ButtonElement[]; block_id?: string };

export interface ButtonElement {
  type: 'button';
  text: TextObject & { type: 'plain_text' };
  /** A link button opens this URL; an interactive button has none and sends `action_id` + `value` to the app. */
  url?: string;
  action_id?: string;
  /** Sent back with the click (at most 2,000 characters). */
  value?: string;
  style?: 'primary' | 'danger';
}

/** Slack message metadata: how the program finds its own earlier posts without a database. */
export interface MessageMetadata {
  eventType: string;
  payload: Record<string, string | number | boolean>;
}

export interface SlackMessage {
  channel: string;
  /** Fallback text for notifications and screen readers (already mrkdwn-escaped). */
  text: string;
  blocks?: Block[];
  threadTs?: string;
  metadata?: MessageMetadata;
}

export interface PostedMessage {
  channel: string;
  ts: string;
}

export interface HistoryMessage {
  ts: string;
  text: string;
  threadTs?: string;
  metadata?: MessageMetadata;
  blocks?: Block[];
  /** Slack's subtype for system messages, e.g. `channel_topic` when someone set the topic. */
  subtype?: string;
  /** The topic a `channel_topic` message set. */
  topic?: string;
  /** Who posted it (Slack's `user`): for this app's posts, its bot user. */
  userId?: string;
}

/** One page of `conversations.history`, newest first. */
export interface HistoryPage {
  messages: HistoryMessage[];
  /** Set when older messages in the requested range remain. */
  nextCursor?: string;
}

/** A pending scheduled message (`chat.scheduledMessages.list`); `dateCreated` is Slack's clock, in seconds. */
export interface ScheduledMessage {
  id: string;
  channel: string;
  postAt: number;
  dateCreated: number;
  text: string;
}

/** Where the lookup after an uncertain post failure starts (the message's own knowledge, never the local clock). */
export interface PostOptions {
  findAfter?: Date;
}

/** A `conversations.history` read of one time range (Slack `ts` strings; both ends exclusive unless `inclusive`). */
export interface HistoryRange {
  oldest?: string;
  latest?: string;
  inclusive?: boolean;
  /** Messages per page; Slack allows at most 999. */
  limit: number;
  cursor?: string;
}

export interface SlackApi {
  /**
   * Posts once. After a failure that may have posted (lost response, 5xx), a message with metadata is looked up
   * before it is sent again: from `options.findAfter` when given, otherwise from shortly before the call started.
   */
  postMessage(message: SlackMessage, options?: PostOptions): Promise<PostedMessage>;
  updateMessage(
    channel: string,
    ts: string,
    message: Omit<SlackMessage, 'channel' | 'threadTs'>,
  ): Promise<void>;
  /**
   * The newest message in the channel (top level, posted at or after `oldest`) whose metadata has `eventType` and
   * satisfies `matches`. Pages through history up to a bounded number of messages.
   */
  findMessageByMetadata(
    channel: string,
    eventType: string,
    matches: (payload: MessageMetadata['payload']) => boolean,
    options: { oldest: Date },
  ): Promise<HistoryMessage | undefined>;
  /** One page of channel history in a time range, with metadata: the primitive bounded look-ups are built on. */
  readHistory(channel: string, range: HistoryRange): Promise<HistoryPage>;
  /** Replies in a thread (excluding the parent), oldest first. */
  listReplies(channel: string, threadTs: string): Promise<HistoryMessage[]>;
  /** Slack user ID for an email, or undefined when no Slack account has it. Cached for the adapter's lifetime. */
  lookupUserIdByEmail(email: string): Promise<string | undefined>;
  getPermalink(channel: string, ts: string): Promise<string>;
  setTopic(channel: string, topic: string): Promise<void>;
  /**
   * Deletes one of the bot's own messages (`chat.delete`, scope `chat:write`). Optional: the shift post uses it to
   * remove its copy when a concurrent run posted the same shift first, so exactly one post stays.
   */
  deleteMessage?(channel: string, ts: string): Promise<void>;
  /** Replaces the members of a user group. Rejects an empty list (Slack would refuse it anyway). */
  setUserGroupMembers(userGroupId: string, userIds: string[]): Promise<void>;
  /** Schedules a message (`chat.scheduleMessage`, scope `chat:write`); `postAt` in Unix seconds. */
  scheduleMessage?(channel: string, text: string, postAt: number): Promise<ScheduledMessage>;
  /** Pending scheduled messages of the channel (bounded paging). */
  listScheduledMessages?(channel: string): Promise<ScheduledMessage[]>;
  /** Removes a pending scheduled message; one that is already gone counts as removed. */
  deleteScheduledMessage?(channel: string, id: string): Promise<void>;
  /** Current members of a user group (`usergroups.users.list`, scope `usergroups:read`). */
  getUserGroupMembers?(userGroupId: string): Promise<string[]>;
  /**
   * The email of a Slack user (`users.info`, scopes `users:read` and `users:read.email`); undefined when the user
   * does not exist, is deactivated, or has no email (a bot).
   */
  getUserEmail?(userId: string): Promise<string | undefined>;
  /**
   * A person's name (`users.info`, scope `users:read`): the full name, else the display name, else the user
   * name; undefined when the user does not exist. Cached for the adapter's lifetime.
   */
  getUserName?(userId: string): Promise<string | undefined>;
  /** Opens a modal (`views.open`); `triggerId` comes from the interaction and is valid for 3 s, once. */
  openView?(triggerId: string, view: Record<string, unknown>): Promise<void>;
  /**
   * Answers an interaction through its `response_url` (no scope needed; valid 30 min, 5 uses). Only
   * `https://hooks.slack.com/` URLs are accepted, so a forged URL cannot make the relay post elsewhere.
   */
  respond?(responseUrl: string, message: InteractionResponse): Promise<void>;
  /** This app's bot user ID (`auth.test`, no scope), cached: tells its own messages from anyone else's. */
  ownUserId?(): Promise<string>;
}

/** A message sent to an interaction's `response_url`. */
export interface InteractionResponse {
  text: string;
  blocks?: Block[];
  /** Default `ephemeral`: only the person who clicked or typed sees it. */
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
}
