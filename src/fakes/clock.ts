/** A clock the test moves. `sleep` resolves when the clock is advanced past its deadline (or at once with `autoAdvance`). */
import type { Clock } from '../clock.js';

export class FakeClock implements Clock {
  private current: number;
  private readonly sleepers: { until: number; resolve: () => void }[] = [];
  /** Every sleep requested, in ms — tests assert waits honoured `Retry-After`/`ratelimit-reset`. */
  readonly sleeps: number[] = [];

  /** @param autoAdvance when true, `sleep` moves the clock forward itself and resolves on the next tick. */
  constructor(
    start: Date | string,
    private readonly autoAdvance = true,
  ) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(time: Date | string): void {
    this.current = new Date(time).getTime();
    this.wake();
  }

  advance(ms: number): void {
    this.current += ms;
    this.wake();
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.autoAdvance) {
      this.current += ms;
      return new Promise((resolve) => setImmediate(resolve));
    }
    return new Promise((resolve, reject) => {
      const sleeper = { until: this.current + ms, resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener(
        'abort',
        () => {
          this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  private wake(): void {
    for (const s of [...this.sleepers]) {
      if (s.until <= this.current) {
        this.sleepers.splice(this.sleepers.indexOf(s), 1);
        s.resolve();
      }
    }
  }
}
