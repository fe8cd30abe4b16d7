/**
 * Finding what a shift run left in a channel (the post, the topic change) without trusting the runner's clock and
 * without reading the whole channel. The search range comes from the shift window; the range is read from its
 * oldest end by halving, so the number of history calls grows with the logarithm of the range and the traffic
 * before the match, never with the traffic after it.
 */
import { RemoteError } from '../errors.js';
import type { HistoryMessage, HistoryPage } from '../slack/types.js';

/** Messages per history call. */
export const LOOKUP_PAGE_SIZE = 200;
/** History calls one lookup may make; beyond that it fails rather than guess. */
export const MAX_LOOKUP_CALLS = 60;

/** Reads one page of top-level history (the adapter's `readHistory`). */
export type ReadHistoryPage = (range: {
  oldest: string;
  latest: string;
  limit: number;
}) => Promise<HistoryPage>;

/**
 * The earliest top-level message in `[from, to]` (Slack `ts` strings, both inclusive) that `matches`, or undefined.
 * Each call reads the newest page of a range; when the range holds more, the part older than that page is halved
 * and searched older half first. Throws a RemoteError after `maxCalls` calls.
 */
export async function findEarliestMessage(
  read: ReadHistoryPage,
  from: string,
  to: string,
  matches: (m: HistoryMessage) => boolean,
  options: { maxCalls?: number; describe?: string } = {},
): Promise<HistoryMessage | undefined> {
  const maxCalls = options.maxCalls ?? MAX_LOOKUP_CALLS;
  let calls = 0;

  const earliestIn = async (a: bigint, b: bigint): Promise<HistoryMessage | undefined> => {
    if (a > b) return undefined;
    if (calls >= maxCalls) {
      throw new RemoteError(
        `Slack history: ${options.describe ?? 'the lookup'} read ${calls} pages of channel history between ` +
          `${formatMicros(BigInt(toMicros(from)))} and ${formatMicros(BigInt(toMicros(to)))} without finishing; ` +
          'nothing was written so as not to write twice. The channel is unusually busy: re-run later',
      );
    }
    calls += 1;
    const page = await read({ oldest: formatMicros(a), latest: formatMicros(b), limit: LOOKUP_PAGE_SIZE });
    const last = page.messages[page.messages.length - 1];
    const inPage = earliestMatch(page.messages, matches);
    if (!page.nextCursor || !last) return inPage;
    // The page holds the newest messages of [a, b]: an earlier match can only be older than its oldest message.
    const before = await halves(a, toMicros(last.ts) - 1n);
    return before ?? inPage;
  };
  const halves = async (a: bigint, b: bigint): Promise<HistoryMessage | undefined> => {
    if (a > b) return undefined;
    const mid = (a + b) / 2n;
    return (await earliestIn(a, mid)) ?? (await earliestIn(mid + 1n, b));
  };
  return earliestIn(toMicros(from), toMicros(to));
}

function earliestMatch(
  messages: HistoryMessage[],
  matches: (m: HistoryMessage) => boolean,
): HistoryMessage | undefined {
  let best: HistoryMessage | undefined;
  for (const m of messages) {
    if (m.threadTs !== undefined && m.threadTs !== m.ts) continue;
    if (matches(m) && (!best || toMicros(m.ts) < toMicros(best.ts))) best = m;
  }
  return best;
}

/** A Date as a Slack `ts` string. */
export function slackTs(date: Date): string {
  return formatMicros(BigInt(date.getTime()) * 1000n);
}

/** Slack `ts` ("1717550000.000100") as integer microseconds, exactly. */
export function toMicros(ts: string): bigint {
  const [seconds = '0', fraction = ''] = ts.split('.');
  return BigInt(seconds) * 1_000_000n + BigInt(fraction.padEnd(6, '0').slice(0, 6) || '0');
}

function formatMicros(micros: bigint): string {
  const seconds = micros / 1_000_000n;
  const fraction = micros % 1_000_000n;
  return `${seconds}.${fraction.toString().padStart(6, '0')}`;
}
