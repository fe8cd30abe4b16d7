/** A channel as a person reads it: top-level messages with their thread replies, in posting order. */
import type { Block } from '../slack/types.js';

export interface TranscriptMessage {
  ts: string;
  /** Display name of the poster (the bot's name for our posts). */
  author: string;
  /** mrkdwn fallback text, as posted (Slack-escaped). */
  text: string;
  blocks?: Block[];
  /** True when the message was changed after posting (chat.update). */
  edited?: boolean;
  replies: TranscriptMessage[];
}

export interface ChannelTranscript {
  channelId: string;
  channelName: string;
  /** Slack user id → display name, for rendering mentions. */
  users: Record<string, string>;
  /** IANA zone used to show message times. */
  timeZone: string;
  messages: TranscriptMessage[];
}
