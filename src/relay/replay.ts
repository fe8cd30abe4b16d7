/**
 * Replay protection for the relay: a signed webhook stays valid forever (the signature has no timestamp), so a
 * captured body could be re-posted years later. PagerDuty itself stops retrying 48 h after an event, so anything
 * older cannot be a delivery and is not forwarded; inside that horizon each event is forwarded at most once per relay
 * process. Pure except for the bounded memory it keeps.
 */

/** PagerDuty retries a failed delivery for up to 48 hours. */
export const PAGERDUTY_RETRY_HORIZON_MS = 48 * 60 * 60 * 1000;
/**
 * Added to the horizon before an event counts as too old: the first delivery attempt can start a little after
 * `occurred_at`, and the relay's clock and PagerDuty's may differ by a few seconds (or minutes without NTP).
 */
export const DEFAULT_AGE_ALLOWANCE_MS = 60 * 60 * 1000;
/** Events dated further ahead than this are still forwarded, but logged: one of the two clocks is wrong. */
export const FUTURE_SKEW_WARNING_MS = 5 * 60 * 1000;
/** Event ids remembered for deduplication (~100 bytes each): far above PagerDuty's volume for one account in 49 h. */
export const DEFAULT_MAX_REMEMBERED_EVENTS = 20_000;

export type AgeVerdict =
  | { kind: 'fresh'; ageMs: number }
  /** Older than the horizon plus allowance: not a delivery PagerDuty can still be making. */
  | { kind: 'too-old'; ageMs: number }
  /** Dated ahead of the relay's clock by more than the warning threshold (forwarded anyway). */
  | { kind: 'future'; aheadMs: number }
  /** `occurred_at` missing or not a date: the age cannot be judged, so the event is judged fresh. */
  | { kind: 'unknown' };

/**
 * Judges an event's age by its own `occurred_at` (inside the signed body, so it cannot be changed by whoever
 * replays it) against `now`. Future-dated events are forwarded: refusing them would lose real events whenever the
 * relay's clock runs behind, and a replay can only ever be older than the original.
 */
export function judgeAge(
  occurredAt: string | undefined,
  now: Date,
  horizonMs = PAGERDUTY_RETRY_HORIZON_MS,
  allowanceMs = DEFAULT_AGE_ALLOWANCE_MS,
): AgeVerdict {
  const at = occurredAt === undefined ? Number.NaN : Date.parse(occurredAt);
  if (!Number.isFinite(at)) return { kind: 'unknown' };
  const ageMs = now.getTime() - at;
  if (ageMs > horizonMs + allowanceMs) return { kind: 'too-old', ageMs };
  if (-ageMs > FUTURE_SKEW_WARNING_MS) return { kind: 'future', aheadMs: -ageMs };
  return { kind: 'fresh', ageMs };
}

/**
 * Event ids already forwarded, each kept until its event would be judged too old anyway (so the age check takes
 * over), at most `capacity` of them: past that the oldest entry is forgotten, which can only let an old duplicate
 * through to the alert command (which deduplicates again), never drop a new event.
 */
export class RecentEvents {
  /** id → time (ms) after which the entry is useless; Map order is insertion order, i.e. roughly expiry order. */
  private readonly expiries = new Map<string, number>();
  private evicted = 0;

  constructor(private readonly capacity = DEFAULT_MAX_REMEMBERED_EVENTS) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new Error(`RecentEvents: capacity must be a positive integer, found ${capacity}.`);
    }
  }

  /** True when `id` was forwarded and its entry has not expired at `nowMs`. */
  has(id: string, nowMs: number): boolean {
    const expiry = this.expiries.get(id);
    if (expiry === undefined) return false;
    if (expiry > nowMs) return true;
    this.expiries.delete(id);
    return false;
  }

  /** Records a forwarded event until `expiresAtMs`. */
  remember(id: string, expiresAtMs: number, nowMs: number): void {
    this.expiries.delete(id);
    this.expiries.set(id, expiresAtMs);
    this.sweep(nowMs);
  }

  /** Forgets `id` (its action failed, so a later delivery may act). */
  forget(id: string): void {
    this.expiries.delete(id);
  }

  /** Entries held now. */
  get size(): number {
    return this.expiries.size;
  }

  /** How many entries were forgotten before they expired because the set was full. */
  get evictedCount(): number {
    return this.evicted;
  }

  private sweep(nowMs: number): void {
    for (const [id, expiry] of this.expiries) {
      if (expiry > nowMs) break;
      this.expiries.delete(id);
    }
    while (this.expiries.size > this.capacity) {
      const oldest = this.expiries.keys().next().value as string;
      this.expiries.delete(oldest);
      this.evicted += 1;
    }
  }
}
