/**
 * An invisible claim on a shift, so that of several runs at once exactly one writes. Each run schedules a
 * placeholder message far in the future (`chat.scheduleMessage`), waits until every claim made before its own is
 * visible, and lists the channel's pending scheduled messages: the claim with the earliest `date_created` (Slack's
 * clock, whole seconds), then the smallest id, wins. Every run sees the same list, so every run picks the same
 * winner. Claims are deleted when their run is done; one left behind by a crashed run is ignored and deleted once it
 * is older, by Slack's clock, than any run can last.
 */
import type { Clock } from '../clock.js';
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { ScheduledMessage, SlackApi } from '../slack/types.js';

/** First word of every claim's text. */
export const CLAIM_MARKER = 'oncall-shift-claim';
/** How long a run waits after its claim exists before it compares claims (claims made up to then are visible). */
export const CLAIM_SETTLE_MS = 3_000;
/** A claim older than this (Slack's clock, relative to the newest claim) belongs to a run that died. */
export const CLAIM_STALE_S = 15 * 60;
/** Tries to make a claim before writing without one. */
const CLAIM_ATTEMPTS = 3;
/** When a claim would be posted if nothing deleted it: far ahead, inside Slack's 120-day limit. */
const CLAIM_POST_AFTER_S = 90 * 86_400;

export type ClaimApi = Required<
  Pick<SlackApi, 'scheduleMessage' | 'listScheduledMessages' | 'deleteScheduledMessage'>
>;

export interface ClaimTarget {
  channel: string;
  key: string;
  shiftDate: string;
  runId: string;
}

export type ClaimOutcome =
  | { kind: 'won'; claim: ScheduledMessage }
  | { kind: 'lost'; claim: ScheduledMessage; winner: ScheduledMessage }
  /** Claims cannot be made (no API, or Slack refused): the caller falls back to post-then-settle. */
  | { kind: 'unavailable'; reason: string };

/** The adapter's claim operations, when it has them. */
export function claimApi(slack: SlackApi): ClaimApi | undefined {
  const { scheduleMessage, listScheduledMessages, deleteScheduledMessage } = slack;
  if (!scheduleMessage || !listScheduledMessages || !deleteScheduledMessage) return undefined;
  return {
    scheduleMessage: scheduleMessage.bind(slack),
    listScheduledMessages: listScheduledMessages.bind(slack),
    deleteScheduledMessage: deleteScheduledMessage.bind(slack),
  };
}

/** The claim's text: the marker, the shift's key and date, and the run. Never shown unless nothing deletes it. */
export function claimText(target: ClaimTarget): string {
  return (
    `${CLAIM_MARKER} ${target.key} ${target.shiftDate} ${target.runId} ` +
    '(placeholder that keeps two runs from posting the same on-call shift; it is removed automatically)'
  );
}

/** The key, shift date and run of a claim's text; undefined for any other scheduled message. */
export function readClaim(text: string): { key: string; shiftDate: string; runId: string } | undefined {
  const m = /^oncall-shift-claim (\S+) (\d{4}-\d{2}-\d{2}) (\S+) /.exec(text);
  return m ? { key: m[1]!, shiftDate: m[2]!, runId: m[3]! } : undefined;
}

/** Earliest `date_created` first, then the smaller id: the same order in every run. */
export function claimOrder(a: ScheduledMessage, b: ScheduledMessage): number {
  if (a.dateCreated !== b.dateCreated) return a.dateCreated - b.dateCreated;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Makes a claim, waits for concurrent ones to be visible, and says who won. Deletes stale claims it sees. */
export async function claimShift(
  api: ClaimApi,
  clock: Clock,
  log: Logger,
  target: ClaimTarget,
): Promise<ClaimOutcome> {
  let mine: ScheduledMessage | undefined;
  for (let attempt = 1; !mine; attempt++) {
    try {
      const postAt = Math.floor(clock.now().getTime() / 1000) + CLAIM_POST_AFTER_S;
      mine = await api.scheduleMessage(target.channel, claimText(target), postAt);
    } catch (error) {
      // The claim may exist although its answer was lost; a second claim of the same run would be harmless.
      mine = await api
        .listScheduledMessages(target.channel)
        .then((list) => list.find((m) => readClaim(m.text)?.runId === target.runId))
        .catch(() => undefined);
      if (!mine && attempt >= CLAIM_ATTEMPTS) return { kind: 'unavailable', reason: describeError(error) };
    }
  }
  await clock.sleep(CLAIM_SETTLE_MS);
  let pending: ScheduledMessage[];
  try {
    pending = await api.listScheduledMessages(target.channel);
  } catch (error) {
    return { kind: 'unavailable', reason: describeError(error) };
  }
  const rivals: ScheduledMessage[] = [];
  for (const m of pending) {
    const claim = readClaim(m.text);
    if (!claim) continue;
    if (m.dateCreated < mine.dateCreated - CLAIM_STALE_S) {
      await api.deleteScheduledMessage(target.channel, m.id).then(
        () =>
          log.info(
            `Removed a claim left by a run that did not finish (${claim.shiftDate}, run ${claim.runId}).`,
          ),
        (error: unknown) => log.debug(`Could not remove the stale claim ${m.id}: ${describeError(error)}`),
      );
      continue;
    }
    if (claim.key === target.key && claim.shiftDate === target.shiftDate) rivals.push(m);
  }
  if (!rivals.some((m) => m.id === mine.id)) rivals.push(mine);
  const winner = [...rivals].sort(claimOrder)[0]!;
  // Any claim of this run counts as this run's (one made by an attempt whose answer was lost).
  return readClaim(winner.text)?.runId === target.runId
    ? { kind: 'won', claim: winner }
    : { kind: 'lost', claim: mine, winner };
}

/** Whether a claim is still pending (its run has not finished). */
export async function claimPending(api: ClaimApi, channel: string, id: string): Promise<boolean> {
  return (await api.listScheduledMessages(channel)).some((m) => m.id === id);
}

/** Deletes this run's claims (also one whose creation answer was lost). Never throws: a leftover goes stale. */
export async function releaseClaims(
  api: ClaimApi,
  log: Logger,
  target: ClaimTarget,
  known?: ScheduledMessage,
): Promise<void> {
  try {
    const ids = new Set(known ? [known.id] : []);
    for (const m of await api.listScheduledMessages(target.channel)) {
      if (readClaim(m.text)?.runId === target.runId) ids.add(m.id);
    }
    for (const id of ids) await api.deleteScheduledMessage(target.channel, id);
  } catch (error) {
    log.warning(
      `Could not remove this run's claim in ${target.channel} (${describeError(error)}); a later run removes it ` +
        `once it is ${CLAIM_STALE_S / 60} min old`,
    );
  }
}
