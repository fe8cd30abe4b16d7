/**
 * Reminders on time in direct mode: after the relay posts an incident, a timer per incident wakes when its next
 * reminder falls due and runs the same step as the scheduled sweep (`remindIncident`, src/alert/remind.ts). The
 * thread's reminder metadata, not the timer, decides what is sent, so a timer racing the scheduled sweep, a relay
 * restart (timers lost; the sweep covers them) or a second relay instance sends each reminder once.
 *
 * Bounded: at most `maxWatched` incidents have a timer; beyond that the scheduled sweep reminds them. A failed step is
 * retried a few times a minute apart, then left to the sweep.
 */
import { remindIncident, type RemindDeps, type RemindSettings } from '../alert/remind.js';
import { AuthError, describeError } from '../errors.js';

/** Incidents watched at once unless configured. */
export const DEFAULT_MAX_WATCHED = 500;
/** Wait after a failed step before it is tried again. */
const RETRY_MS = 60_000;
/** Failed steps in a row before an incident is left to the scheduled sweep. */
const MAX_FAILURES = 3;

export interface ReminderTimers {
  /** Starts watching an incident just posted (a no-op when already watched, or when full). */
  watch(incidentId: string): void;
  /** Incidents with a timer. */
  readonly watched: number;
  /** Resolves when no timer step is running (tests; shutdown after `stop`). */
  idle(): Promise<void>;
  /** Stops every timer; nothing runs afterwards. */
  stop(): void;
}

export function createReminderTimers(options: {
  deps: RemindDeps;
  settings: RemindSettings;
  maxWatched?: number;
}): ReminderTimers {
  const { deps, settings } = options;
  const max = options.maxWatched ?? DEFAULT_MAX_WATCHED;
  const loops = new Map<string, Promise<void>>();
  const stopping = new AbortController();

  async function loop(incidentId: string): Promise<void> {
    let failures = 0;
    let waitMs = 0;
    while (!stopping.signal.aborted) {
      if (waitMs > 0) {
        try {
          await deps.clock.sleep(waitMs, stopping.signal);
        } catch {
          return;
        }
      }
      try {
        const outcome = await remindIncident(deps, settings, incidentId);
        failures = 0;
        if (outcome.kind === 'done') return;
        // After a reminder, the next step reads when the following one is due.
        waitMs =
          outcome.kind === 'not-due'
            ? Math.max(1_000, outcome.dueAt.getTime() - deps.clock.now().getTime())
            : 0;
      } catch (error) {
        failures += 1;
        const why = describeError(error);
        if (error instanceof AuthError || failures >= MAX_FAILURES) {
          deps.log.warning(
            `relay: reminders for incident ${incidentId} left to the scheduled sweep (${why}).`,
          );
          return;
        }
        deps.log.warning(
          `relay: reminder step for incident ${incidentId} failed (${why}); trying again in a minute.`,
        );
        waitMs = RETRY_MS;
      }
    }
  }

  return {
    watch(incidentId) {
      if (stopping.signal.aborted || loops.has(incidentId)) return;
      if (loops.size >= max) {
        deps.log.warning(
          `relay: ${max} incidents already have reminder timers; incident ${incidentId} is left to the scheduled sweep.`,
        );
        return;
      }
      const running = loop(incidentId).finally(() => loops.delete(incidentId));
      loops.set(incidentId, running);
    },
    get watched() {
      return loops.size;
    },
    async idle() {
      while (loops.size > 0) await Promise.allSettled([...loops.values()]);
    },
    stop() {
      stopping.abort(new Error('reminder timers stopped'));
    },
  };
}
