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
  url: string;
  action_id?: string;
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
}

/** One page of `conversations.history` (top-level messages, newest first) and the cursor to the next page. */
export interface HistoryPage {
  messages: HistoryMessage[];
  nextCursor?: string;
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
  postMessage(message: SlackMessage): Promise<PostedMessage>;
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
}
