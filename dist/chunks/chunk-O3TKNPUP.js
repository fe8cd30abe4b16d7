import {
  TOP_EVENT_TYPE
} from "./chunk-MENKK2CK.js";
import {
  compareTs
} from "./chunk-T7MTKLHV.js";

// src/alert/lookup.ts
var CREATION_MARGIN_MS = 5 * 6e4;
var PAGE = 999;
var FIRST_SLICE_MS = 10 * 6e4;
var PAGES_PER_SLICE = 2;
var MIN_SLICE_MS = 1e3;
var MAX_LOOKUP_CALLS = 60;
async function findTopMessage(slack, query) {
  const isTop = (m) => (m.threadTs === void 0 || m.threadTs === m.ts) && m.metadata?.eventType === TOP_EVENT_TYPE && m.metadata.payload.incident_id === query.incidentId;
  const startMs = query.createdAt.getTime() - CREATION_MARGIN_MS;
  let calls = 1;
  const head = await slack.readHistory(query.channel, { oldest: slackTs(startMs), limit: PAGE });
  const inHead = earliest(head.messages.filter(isTop));
  if (!head.nextCursor || head.messages.length === 0) return inHead;
  const horizon = head.messages.reduce((a, m) => compareTs(m.ts, a) < 0 ? m.ts : a, head.messages[0].ts);
  const horizonMs = Number(horizon) * 1e3;
  let from = startMs;
  let width = FIRST_SLICE_MS;
  let widest = Number.POSITIVE_INFINITY;
  while (from < horizonMs && calls < MAX_LOOKUP_CALLS) {
    const to = Math.min(from + width, horizonMs);
    const latest = to >= horizonMs ? horizon : slackTs(to);
    const slice = await readSlice(slack, query.channel, slackTs(from), latest, MAX_LOOKUP_CALLS - calls);
    calls += slice.calls;
    if (!slice.complete && width > MIN_SLICE_MS) {
      width = Math.max(MIN_SLICE_MS, Math.floor(width / 2));
      widest = width;
      continue;
    }
    const found = earliest(slice.messages.filter(isTop));
    if (found) return found;
    from = to;
    width = Math.min(width * 2, widest);
  }
  return inHead;
}
async function readSlice(slack, channel, oldest, latest, callsLeft) {
  const messages = [];
  let cursor;
  let calls = 0;
  do {
    if (calls >= Math.min(PAGES_PER_SLICE, callsLeft)) return { messages, complete: false, calls };
    const page = await slack.readHistory(channel, {
      oldest,
      latest,
      limit: PAGE,
      ...cursor ? { cursor } : {}
    });
    calls += 1;
    messages.push(...page.messages);
    cursor = page.messages.length > 0 ? page.nextCursor : void 0;
  } while (cursor);
  return { messages, complete: true, calls };
}
async function readMessage(slack, channel, ts) {
  const page = await slack.readHistory(channel, { oldest: ts, latest: ts, inclusive: true, limit: 1 });
  return page.messages.find((m) => m.ts === ts);
}
function createIncidentLock() {
  const tails = /* @__PURE__ */ new Map();
  return (key, work) => {
    const result = (tails.get(key) ?? Promise.resolve()).then(work, work);
    const tail = result.then(
      () => void 0,
      () => void 0
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
var processIncidentLock = createIncidentLock();
function earliest(messages) {
  return messages.reduce(
    (a, m) => !a || compareTs(m.ts, a.ts) < 0 ? m : a,
    void 0
  );
}
function slackTs(ms) {
  return (ms / 1e3).toFixed(6);
}

export {
  CREATION_MARGIN_MS,
  findTopMessage,
  readMessage,
  createIncidentLock,
  processIncidentLock
};
