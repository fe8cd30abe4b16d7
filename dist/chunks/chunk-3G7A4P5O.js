import {
  ConfigError
} from "./chunk-BYBTV2RS.js";

// src/slack/offline.ts
function offlineSlack(refusal) {
  const refuse = async () => {
    throw new ConfigError(refusal);
  };
  return {
    postMessage: refuse,
    updateMessage: refuse,
    findMessageByMetadata: async () => void 0,
    readHistory: async () => ({ messages: [] }),
    listReplies: async () => [],
    lookupUserIdByEmail: async () => void 0,
    getPermalink: refuse,
    setTopic: refuse,
    setUserGroupMembers: refuse
  };
}

export {
  offlineSlack
};
