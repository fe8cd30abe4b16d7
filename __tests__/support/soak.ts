/**
 * Shared pieces of the randomized fault-injection soaks (alert and shift): a seeded generator, the size read from
 * the environment, a runner clock skewed against Slack's, a "process killed here" wrapper for crashed runs, and the
 * tally the soaks print and assert on.
 */
import type { Clock } from '../../src/clock.js';
import { seededRandom } from '../../src/fakes/random.js';

/** A seeded generator with the helpers the soaks draw with. */
export class Random {
  /** The same sequence as every other seeded test (mulberry32, src/fakes/random.ts). */
  readonly next: () => number;

  constructor(readonly seed: number) {
    this.next = seededRandom(seed);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: nothing to pick from');
    return items[Math.floor(this.next() * items.length)]!;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

/** A positive integer from the environment, or `fallback`. */
export function envInt(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name}=${JSON.stringify(text)}: expected a non-negative integer.`);
  }
  return value;
}

/** Soaks assert "no violations" unless SOAK_STRICT=0 (then they only report them). */
export function soakStrict(): boolean {
  return process.env.SOAK_STRICT !== '0';
}

/** A runner whose clock is `skewMs` ahead of (or behind) the shared clock Slack and PagerDuty use; waits are shared. */
export function skewedClock(base: Clock, skewMs: number): Clock {
  return {
    now: () => new Date(base.now().getTime() + skewMs),
    sleep: (ms, signal) => base.sleep(ms, signal),
  };
}

/**
 * A process killed at its `crashAt`-th call to an adapter: from then on nothing it does reaches the world (every
 * call and every wait hangs forever, like code after SIGKILL). `sent` says whether the fatal call itself went out
 * (the process died waiting for its answer) or not.
 */
export class Crash {
  private calls = 0;
  private dead = false;
  private killed!: () => void;
  /** Resolves when the process is killed. */
  readonly died: Promise<'crashed'>;

  constructor(
    private readonly crashAt: number,
    private readonly sent: boolean,
  ) {
    this.died = new Promise((resolve) => {
      this.killed = () => resolve('crashed');
    });
  }

  get crashed(): boolean {
    return this.dead;
  }

  /** Wraps every method of an adapter object (methods added later included). */
  wrap<T extends object>(target: T): T {
    return aroundCalls(target, (invoke) => this.call(invoke));
  }

  /** The clock as a killed process sees it: time goes on, its waits never end. */
  wrapClock(clock: Clock): Clock {
    return {
      now: () => clock.now(),
      sleep: (ms, signal) => (this.dead ? never() : clock.sleep(ms, signal)),
    };
  }

  private call(invoke: () => unknown): unknown {
    if (this.dead) return never();
    this.calls += 1;
    if (this.calls < this.crashAt) return invoke();
    this.dead = true;
    this.killed();
    if (this.sent) {
      const result = invoke();
      if (result instanceof Promise) result.catch(() => undefined);
    }
    return never();
  }
}

function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}

/**
 * Lets runs that start together take turns, so that how they interleave depends on the seed alone — not on loopback
 * timing, the machine's load or the Node.js version. Each adapter call (with the retries and waits inside it) and each
 * wait of a run is one turn; one turn is under way at a time. When it ends and every run has reached its next call or
 * wait, the seeded generator picks which goes next. Between turns the runs only compute, so everything they see —
 * answers, injected faults, the shared fake clock — follows from the order of the turns.
 */
export class Turns {
  private readonly waiting: (() => void)[] = [];
  private readonly whenIdle: (() => void)[] = [];
  private busy = false;
  private choosing = false;

  constructor(private readonly random: Random) {}

  /** Runs `step` in its turn. */
  async take<T>(step: () => Promise<T>): Promise<T> {
    await new Promise<void>((go) => {
      this.waiting.push(go);
      this.next();
    });
    try {
      return await step();
    } finally {
      this.busy = false;
      this.next();
    }
  }

  /** `api` with every method call taken as a turn (`synchronous` names the methods that return no promise). */
  wrap<T extends object>(api: T, synchronous: readonly string[] = []): T {
    return aroundCalls(api, (invoke) => this.take(() => Promise.resolve(invoke())), synchronous);
  }

  /** `clock` with every wait taken as a turn. */
  clock(clock: Clock): Clock {
    return {
      now: () => clock.now(),
      sleep: (ms, signal) => this.take(() => clock.sleep(ms, signal)),
    };
  }

  /** Resolves when no turn is under way or waiting (what a killed run had already sent has been carried out). */
  drained(): Promise<void> {
    return new Promise((resolve) => {
      this.whenIdle.push(resolve);
      this.next();
    });
  }

  private next(): void {
    if (this.busy || this.choosing) return;
    this.choosing = true;
    void settled().then(() => {
      this.choosing = false;
      if (this.busy) return;
      if (this.waiting.length === 0) {
        for (const resolve of this.whenIdle.splice(0)) resolve();
        return;
      }
      const [go] = this.waiting.splice(Math.floor(this.random.next() * this.waiting.length), 1);
      this.busy = true;
      go!();
    });
  }
}

/**
 * `api` with a real delay of 0 to `maxMs` ms (drawn from `random`) before each call: timing noise, to show that it
 * changes nothing a soak reports.
 */
export function withLatency<T extends object>(api: T, random: Random, maxMs: number): T {
  return aroundCalls(
    api,
    async (invoke) => {
      await new Promise((resolve) => setTimeout(resolve, random.int(0, maxMs)));
      return invoke();
    },
    ['requestCount'],
  );
}

/** `api` with every method call (methods added later included) made through `around`, except those in `skip`. */
function aroundCalls<T extends object>(
  api: T,
  around: (invoke: () => unknown) => unknown,
  skip: readonly string[] = [],
): T {
  return new Proxy(api, {
    get: (object, property, receiver) => {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || skip.includes(String(property))) return value;
      return (...args: unknown[]) =>
        around(() => (value as (...a: unknown[]) => unknown).apply(object, args));
    },
  });
}

/** After every continuation that is ready has run: promise callbacks, and the immediates they queue. */
async function settled(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** One broken promise, with what it was about, for the report. */
export interface Violation {
  invariant: string;
  /** The incident id or the shift date. */
  subject: string;
  detail: string;
}

/** Counts and violations of one soak, printed at the end (and with the seed when something fails). */
export class Tally {
  readonly counts = new Map<string, number>();
  readonly faults = new Map<string, number>();
  readonly violations: Violation[] = [];

  constructor(
    readonly name: string,
    readonly seed: number,
  ) {}

  count(name: string, by = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + by);
  }

  fault(kind: string, by = 1): void {
    this.faults.set(kind, (this.faults.get(kind) ?? 0) + by);
  }

  violate(invariant: string, subject: string, detail: string): void {
    this.violations.push({ invariant, subject, detail });
  }

  faultTotal(): number {
    return [...this.faults.values()].reduce((a, b) => a + b, 0);
  }

  /** Violations per invariant. */
  byInvariant(): Map<string, Violation[]> {
    const out = new Map<string, Violation[]>();
    for (const v of this.violations) out.set(v.invariant, [...(out.get(v.invariant) ?? []), v]);
    return out;
  }

  /** The report: seed, counts, faults by kind, violations by invariant with a few examples each. */
  report(examples = 3): string {
    const lines = [`${this.name} soak, seed ${this.seed}`];
    lines.push(`  counts: ${[...this.counts].map(([k, v]) => `${k}=${v}`).join(', ')}`);
    lines.push(
      `  faults injected: ${this.faultTotal()} (${[...this.faults]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')})`,
    );
    lines.push(`  violations: ${this.violations.length}`);
    for (const [invariant, list] of this.byInvariant()) {
      const subjects = new Set(list.map((v) => v.subject));
      lines.push(`    ${invariant}: ${list.length} (${subjects.size} distinct)`);
      for (const v of list.slice(0, examples)) lines.push(`      - ${v.subject}: ${v.detail}`);
    }
    if (this.violations.length > 0) {
      lines.push(`  reproduce with SOAK_SEED=${this.seed} (and the same SOAK_* sizes)`);
    }
    return lines.join('\n');
  }
}
