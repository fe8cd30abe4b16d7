
// src/slack/settle.ts
var MAX_DUPLICATES = 5;
async function earlierDuplicate(slack, channel, eventType, isOurs, runId, ownTs, oldest) {
  const seen = /* @__PURE__ */ new Set([runId]);
  let earliest;
  for (let i = 0; i < MAX_DUPLICATES; i++) {
    const other = await slack.findMessageByMetadata(
      channel,
      eventType,
      (p) => isOurs(p) && !seen.has(String(p.run)),
      { oldest }
    );
    if (!other) break;
    seen.add(String(other.metadata?.payload.run));
    if (compareTs(other.ts, ownTs) < 0 && (!earliest || compareTs(other.ts, earliest.ts) < 0))
      earliest = other;
  }
  return earliest;
}
async function postReplyOnce(slack, message, isSame) {
  const posted = await slack.postMessage(message, { findAfter: new Date(Number(message.threadTs) * 1e3) });
  const earlier = (await slack.listReplies(message.channel, message.threadTs)).filter((r) => r.ts !== posted.ts && isSame(r)).reduce((a, m) => !a || compareTs(m.ts, a.ts) < 0 ? m : a, void 0);
  if (!earlier || compareTs(earlier.ts, posted.ts) > 0) return { posted };
  await slack.deleteMessage?.(message.channel, posted.ts);
  return { posted, earlier };
}
function compareTs(a, b) {
  const [as = "0", af = ""] = a.split(".");
  const [bs = "0", bf = ""] = b.split(".");
  const seconds = BigInt(as) - BigInt(bs);
  if (seconds !== 0n) return seconds < 0n ? -1 : 1;
  const fa = af.padEnd(6, "0");
  const fb = bf.padEnd(6, "0");
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

export {
  earlierDuplicate,
  postReplyOnce,
  compareTs
};
