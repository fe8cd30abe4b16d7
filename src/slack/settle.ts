/**
 * Settling simultaneous posts without a lock: each run that posted a message re-reads the channel, and every run
 * whose post is not the earliest (by Slack `ts`, Slack's own clock) removes its own. Exactly the earliest stays,
 * whichever run finishes first, because every run compares against the same server-assigned timestamps.
 */
import type { HistoryMessage, MessageMetadata, PostedMessage, SlackApi, SlackMessage } from './types.js';

/** How many concurrent duplicates are looked at after posting; more than a couple means something else is wrong. */
export const MAX_DUPLICATES = 5;

/**
 * After our post: the earliest other post (same `eventType`, `isOurs` payload, a `run` id other than ours) made by a
 * concurrent run, if it is earlier than ours. Each history read returns the newest match not seen yet, so every other
 * post is found; concurrent posts are seconds apart, so they are among the newest messages of the channel.
 */
export async function earlierDuplicate(
  slack: SlackApi,
  channel: string,
  eventType: string,
  isOurs: (p: MessageMetadata['payload']) => boolean,
  runId: string,
  ownTs: string,
  oldest: Date,
): Promise<HistoryMessage | undefined> {
  const seen = new Set<string>([runId]);
  let earliest: HistoryMessage | undefined;
  for (let i = 0; i < MAX_DUPLICATES; i++) {
    const other = await slack.findMessageByMetadata(
      channel,
      eventType,
      (p) => isOurs(p) && !seen.has(String(p.run)),
      { oldest },
    );
    if (!other) break;
    seen.add(String(other.metadata?.payload.run));
    if (compareTs(other.ts, ownTs) < 0 && (!earliest || compareTs(other.ts, earliest.ts) < 0))
      earliest = other;
  }
  return earliest;
}

/**
 * Posts a thread reply that simultaneous runs may also post, and settles on one: after posting, the thread is read
 * again and, when a reply `isSame` is earlier than ours, ours is removed and `earlier` is that reply. Exactly the
 * earliest stays, as for top-level posts (see the top of this file).
 */
export async function postReplyOnce(
  slack: SlackApi,
  message: SlackMessage & { threadTs: string },
  isSame: (reply: HistoryMessage) => boolean,
): Promise<{ posted: PostedMessage; earlier?: HistoryMessage }> {
  const posted = await slack.postMessage(message, { findAfter: new Date(Number(message.threadTs) * 1000) });
  const earlier = (await slack.listReplies(message.channel, message.threadTs))
    .filter((r) => r.ts !== posted.ts && isSame(r))
    .reduce<HistoryMessage | undefined>((a, m) => (!a || compareTs(m.ts, a.ts) < 0 ? m : a), undefined);
  if (!earlier || compareTs(earlier.ts, posted.ts) > 0) return { posted };
  await slack.deleteMessage?.(message.channel, posted.ts);
  return { posted, earlier };
}

/** Slack `ts` values ("1717550000.000100") compared as numbers without float rounding. */
export function compareTs(a: string, b: string): number {
  const [as = '0', af = ''] = a.split('.');
  const [bs = '0', bf = ''] = b.split('.');
  const seconds = BigInt(as) - BigInt(bs);
  if (seconds !== 0n) return seconds < 0n ? -1 : 1;
  const fa = af.padEnd(6, '0');
  const fb = bf.padEnd(6, '0');
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
