/**
 * A Slack that is never reached: for dry runs without a token and for previews. Reads find nothing (an empty
 * channel, nobody to look up), so the caller builds the message it would post; every write is refused.
 */
import { ConfigError } from '../errors.js';
import type { SlackApi } from './types.js';

/** @param refusal why writing is impossible here, shown if a write is attempted anyway. */
export function offlineSlack(refusal: string): SlackApi {
  const refuse = async (): Promise<never> => {
    throw new ConfigError(refusal);
  };
  return {
    postMessage: refuse,
    updateMessage: refuse,
    findMessageByMetadata: async () => undefined,
    readHistory: async () => ({ messages: [] }),
    listReplies: async () => [],
    lookupUserIdByEmail: async () => undefined,
    getPermalink: refuse,
    setTopic: refuse,
    setUserGroupMembers: refuse,
  };
}
