/**
 * Finding an incident's top message again, without a database and without trusting the runner's clock.
 *
 * The search is bounded by what the incident itself knows: its creation time. The top message cannot be older than
 * the incident (less a margin for the clocks of PagerDuty and Slack), so history is read from there:
 *
 * 1. One page of up to 999 messages newer than the incident's creation (newest first). In a channel with fewer
 *    messages since then, that page is all of it: one call.
 * 2. In a busier channel, the rest — from the creation up to the oldest message of that page — is read in time
 *    slices that start at the creation and double in width (10 min, 20 min, 40 min, …). The top message is posted
 *    within seconds of the run that creates it, so it is found in the first slices however many messages came
 *    later: 10,000 newer messages cost 2–3 calls, not 11. A slice with more messages than a few pages hold is
 *    narrowed, so the oldest part of every slice is always read.
 *
 * When several top messages exist for one incident (simultaneous runs before they settle), the earliest by Slack
 * `ts` is the one: the same rule every run applies when it settles (src/slack/settle.ts).
 */
import type { HistoryMessage, SlackApi } from '../slack/types.js';
import { compareTs } from '../slack/settle.js';
import { TOP_EVENT_TYPE } from './message.js';

/** How long before the incident's creation history is read (PagerDuty's and Slack's clocks, rounding). */
export const CREATION_MARGIN_MS = 5 * 60_000;
/** Slack's largest history page. */
const PAGE = 999;
const FIRST_SLICE_MS = 10 * 60_000;
/** Pages read in one slice before it is narrowed. */
const PAGES_PER_SLICE = 2;
/** Narrowing stops here: Slack posts about one message a second per channel, so no real slice is this dense. */
const MIN_SLICE_MS = 1_000;
/** A hard stop on calls for one look-up, whatever the channel holds. */
export const MAX_LOOKUP_CALLS = 60;

/** Where to look: the channel, the incident, and the earliest moment its message can exist. */
export interface TopQuery {
  channel: string;
  incidentId: string;
  /** The incident's creation (PagerDuty's `created_at`; a triggered event's `occurred_at`). */
  createdAt: Date;
}

/** The incident's top message (the earliest, if simultaneous runs left more than one), or undefined. */
export async function findTopMessage(slack: SlackApi, query: TopQuery): Promise<HistoryMessage | undefined> {
  const isTop = (m: HistoryMessage) =>
    (m.threadTs === undefined || m.threadTs === m.ts) &&
    m.metadata?.eventType === TOP_EVENT_TYPE &&
    m.metadata.payload.incident_id === query.incidentId;
  const startMs = query.createdAt.getTime() - CREATION_MARGIN_MS;
  let calls = 1;
  const head = await slack.readHistory(query.channel, { oldest: slackTs(startMs), limit: PAGE });
  const inHead = earliest(head.messages.filter(isTop));
  if (!head.nextCursor || head.messages.length === 0) return inHead;

  // Everything from the oldest message of the head page on was seen: read the older rest from the creation forward.
  const horizon = head.messages.reduce((a, m) => (compareTs(m.ts, a) < 0 ? m.ts : a), head.messages[0]!.ts);
  const horizonMs = Number(horizon) * 1000;
  let from = startMs;
  let width = FIRST_SLICE_MS;
  // Once a slice proved too dense, later ones stay no wider: the channel is that busy.
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

/** Reads [oldest, latest) page by page; `complete` is false when more pages remained than allowed. */
async function readSlice(
  slack: SlackApi,
  channel: string,
  oldest: string,
  latest: string,
  callsLeft: number,
): Promise<{ messages: HistoryMessage[]; complete: boolean; calls: number }> {
  const messages: HistoryMessage[] = [];
  let cursor: string | undefined;
  let calls = 0;
  do {
    if (calls >= Math.min(PAGES_PER_SLICE, callsLeft)) return { messages, complete: false, calls };
    const page = await slack.readHistory(channel, {
      oldest,
      latest,
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    calls += 1;
    messages.push(...page.messages);
    cursor = page.messages.length > 0 ? page.nextCursor : undefined;
  } while (cursor);
  return { messages, complete: true, calls };
}

/** Re-reads one message by its `ts` (one call), e.g. to see the status line another run may have just written. */
export async function readMessage(
  slack: SlackApi,
  channel: string,
  ts: string,
): Promise<HistoryMessage | undefined> {
  const page = await slack.readHistory(channel, { oldest: ts, latest: ts, inclusive: true, limit: 1 });
  return page.messages.find((m) => m.ts === ts);
}

/** Runs `work` after every earlier `work` for the same key (the alert path uses the incident ID) has finished. */
export type IncidentLock = <T>(key: string, work: () => Promise<T>) => Promise<T>;

/**
 * A per-incident lock: runs that share it (a batch, a relay that runs alerts itself, one process) never race each
 * other for one incident; runs in separate processes settle through Slack instead.
 */
export function createIncidentLock(): IncidentLock {
  const tails = new Map<string, Promise<void>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const result = (tails.get(key) ?? Promise.resolve()).then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}

/** The lock shared by every run in this process. */
export const processIncidentLock: IncidentLock = createIncidentLock();

function earliest(messages: HistoryMessage[]): HistoryMessage | undefined {
  return messages.reduce<HistoryMessage | undefined>(
    (a, m) => (!a || compareTs(m.ts, a.ts) < 0 ? m : a),
    undefined,
  );
}

/** Slack timestamps are seconds with microseconds: `1700000000.000100`. */
function slackTs(ms: number): string {
  return (ms / 1000).toFixed(6);
}
