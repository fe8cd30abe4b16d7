/**
 * A counting semaphore with a bounded waiting line, for the relay's calls to GitHub: a burst of webhooks must not
 * open hundreds of simultaneous dispatches (GitHub's secondary rate limits punish that, and every one of them would
 * then miss its deadline together). A caller that cannot even join the line is told so at once, so it can answer 503
 * while PagerDuty still waits.
 */

/** Releases the slot; calling it twice is harmless. */
export type Release = () => void;

interface Waiter {
  grant: (release: Release) => void;
}

export class Slots {
  private active = 0;
  private peak = 0;
  private readonly waiting: Waiter[] = [];

  /**
   * @param limit calls allowed at once
   * @param maxWaiting callers allowed to wait for a slot; more are refused at once
   */
  constructor(
    readonly limit: number,
    readonly maxWaiting: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`Slots: limit must be ≥ 1, found ${limit}.`);
    if (!Number.isInteger(maxWaiting) || maxWaiting < 0) {
      throw new Error(`Slots: maxWaiting must be ≥ 0, found ${maxWaiting}.`);
    }
  }

  /**
   * A slot, 'busy' when the line is full, or 'aborted' when `signal` fires while waiting (the caller's deadline).
   */
  acquire(signal: AbortSignal): Promise<Release | 'busy' | 'aborted'> {
    if (signal.aborted) return Promise.resolve('aborted');
    if (this.active < this.limit) return Promise.resolve(this.take());
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve('busy');
    return new Promise((resolve) => {
      const waiter: Waiter = {
        grant: (release) => {
          signal.removeEventListener('abort', onAbort);
          resolve(release);
        },
      };
      const onAbort = () => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve('aborted');
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  /** Calls holding a slot now. */
  get inUse(): number {
    return this.active;
  }

  /** Most calls that held a slot at once. */
  get peakInUse(): number {
    return this.peak;
  }

  /** Callers waiting now. */
  get queued(): number {
    return this.waiting.length;
  }

  private take(): Release {
    this.active += 1;
    this.peak = Math.max(this.peak, this.active);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      // Hand the slot straight to the next caller in line, so a newcomer cannot overtake it.
      this.waiting.shift()?.grant(this.take());
    };
  }
}
