/**
 * Direct mode: the relay runs the alert itself — the same `runAlert` as `oncall alert` — instead of dispatching a
 * workflow, so nothing waits for a GitHub runner to start.
 *
 * When is an event "accepted"? There is no database, so the only durable record is the Slack message itself. The
 * answer to PagerDuty is therefore 2xx only once the run finished (posted, replied, or found its earlier post);
 * a run still going at the handler's deadline keeps running here, and PagerDuty gets a 503 and retries. The retry
 * either joins the run still in progress (same event id) or, once it is over, finds the message through its Slack
 * metadata and posts nothing twice. A relay that crashes mid-run answered nothing (or a 503): PagerDuty retries for
 * up to 48 h, and the next run settles whatever the crashed one left (a half-done post is found and kept or
 * replaced, a pending escalation completed). A run that left something undone (a failed escalation) is answered 502
 * for the same reason: the retry completes it.
 *
 * Bounded: at most `maxConcurrentRuns` runs at once (each holds a few Slack and PagerDuty requests), at most
 * `maxWaitingRuns` waiting; beyond that the answer is 503 at once. Runs for one incident are serialised by one
 * per-incident lock for the whole relay, and posts to the channel are paced for Slack's per-channel limit.
 */
import {
  createChannelPacer,
  runAlert,
  type AlertDeps,
  type AlertResult,
  type AlertSettings,
  type PostPacer,
} from '../alert/run.js';
import { createIncidentLock, type IncidentLock } from '../alert/lookup.js';
import type { Clock } from '../clock.js';
import { ConfigError, describeError, RateLimitedError, TransientError } from '../errors.js';
import type { GitHubFileReader } from '../github/types.js';
import type { Logger } from '../log.js';
import { createPagerDutyClient } from '../pagerduty/client.js';
import { createSlackClient } from '../slack/client.js';
import { UserDirectory } from '../slack/user-directory.js';
import type { DeliveryReceipt, EventSink, RelayDispatch } from './handler.js';
import { noRunbooks, PublishedIndexCache } from './index-cache.js';
import { Slots } from './slots.js';
import { createReminderTimers, type ReminderTimers } from './remind-timers.js';
import type { RemindSettings } from '../alert/remind.js';

/** Alert runs at once; each makes a handful of sequential Slack and PagerDuty calls. */
export const DEFAULT_MAX_CONCURRENT_RUNS = 8;
/** Events that may wait for a run slot; more are answered 503 at once. */
export const DEFAULT_MAX_WAITING_RUNS = 32;
/** Slack allows about one message a second per channel. */
export const DEFAULT_POST_INTERVAL_MS = 1_000;

export interface DirectSinkOptions {
  /** The alert run's adapters, minus what the sink shares between runs (lock, pacer, user directory). */
  alert: Pick<AlertDeps, 'pagerduty' | 'slack' | 'runbooks' | 'clock' | 'log'>;
  settings: AlertSettings;
  maxConcurrentRuns?: number;
  maxWaitingRuns?: number;
  /** Space between posts to one channel (default 1 s). */
  postIntervalMs?: number;
  /** Default: one lock for this sink, so runs it starts never race each other for an incident. */
  incidentLock?: IncidentLock;
  /** Reminder timers: each incident this sink posts is watched (src/relay/remind-timers.ts). */
  reminders?: ReminderTimers;
}

/** The direct-mode sink, with what tests and shutdown need to see. */
export interface DirectSink extends EventSink {
  /** Runs in progress, including those that outlived their request. */
  readonly running: number;
  /** Resolves once every run in progress is over (graceful shutdown). */
  idle(): Promise<void>;
  /** The reminder timers, when the sink has them (stopped at shutdown). */
  readonly reminders?: ReminderTimers;
}

/** Creates the sink that runs each accepted event through `runAlert`. */
export function createDirectSink(options: DirectSinkOptions): DirectSink {
  const { alert, settings } = options;
  const lock = options.incidentLock ?? createIncidentLock();
  const pacer: PostPacer | undefined =
    (options.postIntervalMs ?? DEFAULT_POST_INTERVAL_MS) > 0
      ? createChannelPacer(alert.clock, options.postIntervalMs ?? DEFAULT_POST_INTERVAL_MS)
      : undefined;
  const limit = options.maxConcurrentRuns ?? DEFAULT_MAX_CONCURRENT_RUNS;
  const waiting = options.maxWaitingRuns ?? DEFAULT_MAX_WAITING_RUNS;
  const slots = new Slots(limit, waiting);
  /** Runs by event id: a redelivery that arrives while its event is still running waits for that run. */
  const runs = new Map<string, Promise<AlertResult>>();

  function start(dispatch: RelayDispatch, signal: AbortSignal): Promise<AlertResult> {
    const eventId = dispatch.payload.event_id;
    const run = (async () => {
      const slot = await slots.acquire(signal);
      if (slot === 'busy') {
        throw new RateLimitedError(`${limit} alert runs in progress and ${waiting} waiting`, 5_000);
      }
      if (slot === 'aborted') throw new TransientError('no alert run slot free before the deadline');
      try {
        const users = new UserDirectory({ slack: alert.slack, log: alert.log });
        const result = await runAlert(
          { ...alert, users, incidentLock: lock, ...(pacer ? { pacer } : {}) },
          settings,
          dispatch.payload,
        );
        if (dispatch.payload.event_type === 'incident.triggered' && result.action !== 'dry-run') {
          options.reminders?.watch(dispatch.payload.incident.id);
        }
        // The request may have been answered 503 meanwhile: say how the run ended.
        if (signal.aborted) {
          alert.log.info(
            `relay: event ${JSON.stringify(eventId)} finished after its answer: ${result.action}` +
              (result.undone.length > 0 ? ` (left undone: ${result.undone.join('; ')})` : ''),
          );
        }
        return result;
      } catch (error) {
        if (signal.aborted) {
          alert.log.error(
            `relay: event ${JSON.stringify(eventId)} failed after its answer (PagerDuty retries it): ${describeError(error)}`,
          );
        }
        throw error;
      } finally {
        slot();
      }
    })();
    const tracked = run.finally(() => runs.delete(eventId));
    // Its outcome reaches the request that waits for it; a run that outlives its request has logged above.
    tracked.catch(() => undefined);
    runs.set(eventId, tracked);
    return tracked;
  }

  return {
    name: 'Slack',
    ...(options.reminders ? { reminders: options.reminders } : {}),
    get running() {
      return runs.size;
    },
    async idle() {
      while (runs.size > 0) await Promise.allSettled([...runs.values()]);
    },
    async deliver(dispatch, signal): Promise<DeliveryReceipt> {
      const result = await (runs.get(dispatch.payload.event_id) ?? start(dispatch, signal));
      if (result.undone.length > 0) {
        throw new TransientError(`posted, but left undone: ${result.undone.join('; ')}`);
      }
      return {
        status: result.action,
        detail: result.messageTs ? `${result.action} ts=${result.messageTs}` : result.action,
      };
    },
  };
}

/** What direct mode needs besides the webhook settings. */
export interface DirectModeConfig {
  slackToken: string;
  pagerdutyToken: string;
  channel: string;
  slackApiUrl?: string;
  pagerdutyApiUrl?: string;
  /** PagerDuty user email sent as `From:` for a runbook's `escalate_to`. */
  fromEmail?: string;
  /** GitHub web URL for links to runbook documents. */
  serverUrl?: string;
  /** Where the published index is read; without it, incidents are posted without runbooks. */
  index?: { github: GitHubFileReader; branch: string; path: string };
  maxConcurrentRuns?: number;
  postIntervalMs?: number;
  /** Reminders on time (timers); absent: none from the relay (a scheduled `oncall remind` may still send them). */
  remind?: Omit<RemindSettings, 'channel' | 'dryRun'>;
}

/** A Slack channel ID, or a ConfigError that says where to find one. */
export function checkChannelId(channel: string, label: string): string {
  if (!/^[CGD][A-Z0-9]{2,}$/.test(channel)) {
    throw new ConfigError(
      `Invalid ${label}: expected a Slack channel ID such as "C0123ABCD" (channel details → ` +
        `About → Channel ID), found ${JSON.stringify(channel)}. Channel names change; IDs do not.`,
    );
  }
  return channel;
}

/** Builds the adapters and the sink for direct mode. */
export function createDirectMode(config: DirectModeConfig, deps: { clock: Clock; log: Logger }): DirectSink {
  const { clock, log } = deps;
  const pagerduty = createPagerDutyClient({
    token: config.pagerdutyToken,
    ...(config.pagerdutyApiUrl ? { apiUrl: config.pagerdutyApiUrl } : {}),
    clock,
    log,
  });
  const slack = createSlackClient({
    token: config.slackToken,
    ...(config.slackApiUrl ? { apiUrl: config.slackApiUrl } : {}),
    clock,
    log,
  });
  const index = config.index ? new PublishedIndexCache({ ...config.index, clock, log }) : undefined;
  if (!index) {
    log.warning(
      'relay: direct mode without GITHUB_TOKEN and GITHUB_REPOSITORY: incidents are posted without runbooks.',
    );
  }
  const none = noRunbooks('no runbook index configured (GITHUB_TOKEN, GITHUB_REPOSITORY)');
  const runbooks = index ? () => index.load() : () => Promise.resolve(none);
  const reminders = config.remind
    ? createReminderTimers({
        deps: { pagerduty, slack, runbooks, clock, log, users: new UserDirectory({ slack, log }) },
        settings: { channel: config.channel, ...config.remind },
      })
    : undefined;
  return createDirectSink({
    alert: { pagerduty, slack, runbooks, clock, log },
    ...(reminders ? { reminders } : {}),
    settings: {
      channel: config.channel,
      ...(config.fromEmail ? { fromEmail: config.fromEmail } : {}),
      ...(config.serverUrl ? { serverUrl: config.serverUrl } : {}),
    },
    ...(config.maxConcurrentRuns ? { maxConcurrentRuns: config.maxConcurrentRuns } : {}),
    ...(config.postIntervalMs !== undefined ? { postIntervalMs: config.postIntervalMs } : {}),
  });
}
