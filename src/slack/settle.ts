/**
 * Settling simultaneous posts without a lock: each run that posted a message re-reads the channel, and every run
 * whose post is not the earliest (by Slack `ts`, Slack's own clock) removes its own. Exactly the earliest stays,
 * whichever run finishes first, because every run compares against the same server-assigned timestamps.
 */
import type { HistoryMessage, MessageMetadata, SlackApi } from './types.js';

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
