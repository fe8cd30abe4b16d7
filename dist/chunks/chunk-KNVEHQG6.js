import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-GQNV3XG6.js";

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
