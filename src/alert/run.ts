/**
 * One alert run: a PagerDuty incident event in, at most one Slack post out (plus a status update), exactly once.
 *
 * The story of one event:
 * 1. Find the incident's top message (src/alert/lookup.ts: bounded by the incident's creation, not the local clock).
 * 2. `incident.triggered` and none found → post it (matched runbook, current on-call mentioned), settle with any run
 *    that posted at the same time (the earliest stays), and — in the run whose message stays — apply the runbook's
 *    `escalate_to` from PagerDuty's state read just then. A failed escalation is shown, logged and reported in
 *    `undone`; it never stops the message.
 * 3. A later event → a reply in the thread (once per event), and the status line set to PagerDuty's current state,
 *    re-checked after writing. When the triggered event was lost, this run posts the top message first (step 2).
 * 4. A run that finds an escalation still to do (a failed or crashed earlier run) completes it.
 *
 * There is no database: the top message carries its incident and state in Slack metadata, replies carry the
 * `event_id`/`webhook_id` they were posted for. A re-run or a redelivered webhook therefore finds its earlier post and
 * posts nothing twice (W4, W10). A later event whose run starts before the top message exists (W5) waits briefly for
 * it, then creates it.
 */
import type { Clock } from '../clock.js';
import { AuthError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type {
  PagerDutyApi,
  PdIncident,
  PdIncidentAlerts,
  PdOnCall,
  PdReference,
} from '../pagerduty/types.js';
import { isHandled, type DispatchPayload } from '../dispatch/types.js';
import type { AlertText, IndexedRunbook, RunbookIndex, RunbookMatch } from '../runbooks/types.js';
import type { HistoryMessage, PostedMessage, SlackApi, SlackMessage } from '../slack/types.js';
import { earlierDuplicate } from '../slack/settle.js';
import type { UserDirectory } from '../slack/user-directory.js';
import { incidentInfo, readAlerts, readIncident } from './incident-info.js';
import { currentOnCalls, levelOf, lookUp, peopleAt } from './people.js';
import { defaultAddUrl, runbookLink } from './runbook-link.js';
import {
  CREATION_MARGIN_MS,
  findTopMessage,
  processIncidentLock,
  readMessage,
  type IncidentLock,
} from './lookup.js';
import {
  TOP_EVENT_TYPE,
  applyEvent,
  isGroupedReply,
  buildReply,
  buildTopMessage,
  initialState,
  isPostFor,
  sameState,
  stateFromMetadata,
  updatedTopMessage,
  withCurrentStatus,
  withThreadEvents,
  type EscalationState,
  type IncidentInfo,
  type IncidentState,
  type IndexInfo,
  type Person,
  type RunbookLink,
} from './message.js';
import { readAlert } from '../runbooks/titles.js';
import { alertContext, type AlertContext } from './context.js';
import type { AlertLanguage } from './strings.js';
import type * as LastTime from './last-time.js';
import type { LastTimeCache, LastTimeSettings } from './last-time.js';
import { routeChannels, routeIncident, type AlertRoutes, type RouteFacts } from './routing.js';
import type * as Storm from './storm.js';
import type * as Diagnose from './diagnose.js';
import type { DiagnosticsDispatch } from './diagnose.js';

// The "last time" reply and the diagnostics (after the post, when set up) and alert storms (runbooks with
// `group_within`) are loaded by the runs that need them, so that a message (and `oncall preview`) does not wait for
// their code. One shared promise each, so that concurrent runs in one process import a module once.
let lastTimeModule: Promise<typeof LastTime> | undefined;
let diagnoseModule: Promise<typeof Diagnose> | undefined;
let stormModule: Promise<typeof Storm> | undefined;
const lastTimeCode = () => (lastTimeModule ??= import('./last-time.js'));
const diagnoseCode = () => (diagnoseModule ??= import('./diagnose.js'));
const storms = () => (stormModule ??= import('./storm.js'));

/** PagerDuty user → Slack user (src/slack/user-directory.ts): a looked-up ID, or the name with a warning. */
export type SlackUserLookup = Pick<UserDirectory, 'resolve'>;

/** The runbooks to match against, loaded only when a message needs them. */
export interface LoadedRunbooks {
  /** How many runbooks there are. */
  size: number;
  /** Each Slack channel a runbook routes its incidents to (`slack_channel`), once. */
  channels: readonly string[];
  /** The runbook with this id, or undefined. */
  runbook(id: string): IndexedRunbook | undefined;
  /** The ids of the runbooks that group alert storms (`group_within`); of an index, read from its header. */
  groupingIds(): ReadonlySet<string>;
  /** Every runbook. Of a large version 3 index this reads every row: the alert path uses the members above. */
  runbooks(): readonly IndexedRunbook[];
  match(alert: AlertText): RunbookMatch[];
  source: RunbookIndex['source'];
  version: number;
  /** Shown in the message: "published index", "runbooks/", a file. */
  origin: string;
}

/** Keeps posts to one channel about a second apart (Slack allows ~1 message/s per channel). */
export interface PostPacer {
  wait(channel: string): Promise<void>;
}

export interface AlertDeps {
  pagerduty: PagerDutyApi;
  slack: SlackApi;
  users: SlackUserLookup;
  runbooks(): Promise<LoadedRunbooks>;
  clock: Clock;
  log: Logger;
  /** Shared by runs in one process (tests, batch replays); a single run posts at most twice. */
  pacer?: PostPacer;
  /** Serialises runs for one incident; default: one lock for the whole process. */
  incidentLock?: IncidentLock;
  /** Shares the "last time" look-back between runs of one process; default: one cache per run. */
  lastTimeCache?: LastTimeCache;
  /** Dispatches runbooks' diagnostic workflows (src/alert/diagnose.ts); unset, none are started. */
  diagnostics?: DiagnosticsDispatch;
  /**
   * A new id for this run, written into its posts so that it tells its own from another run's. Default: a random
   * UUID. A dry run that posts nothing (`oncall preview`) may pass a constant and skip loading `node:crypto`.
   */
  newRunId?: () => string;
}

export interface AlertSettings {
  channel: string;
  /** PagerDuty user email sent as `From:` when escalating (`escalate_to`). Without it, no escalation. */
  fromEmail?: string;
  /** Build and print the message; post, update and escalate nothing. */
  dryRun?: boolean;
  /** GitHub web URL for links to runbook documents. */
  serverUrl?: string;
  /** Where "no runbook matches" sends people to add one. */
  addRunbookUrl?: string;
  /**
   * How long a later event waits for the triggered run to post the top message, and a run that finds an escalation
   * pending waits for the run that posted it to decide. Default 20 s.
   */
  waitForTopMs?: number;
  /** Pause between looks while waiting. Default 2 s. */
  waitIntervalMs?: number;
  /** Language of the message and the replies (`en` by default). */
  language?: AlertLanguage;
  /** Channels for PagerDuty services and teams (src/alert/routing.ts); a runbook's `slack_channel` comes first. */
  routes?: AlertRoutes;
  /** The "last time" reply under a new incident message (src/alert/last-time.ts); absent = none. */
  lastTime?: Partial<LastTimeSettings>;
}

export type AlertAction =
  /** A new top-level message. */
  | 'posted'
  /** A thread reply (and a status update). */
  | 'replied'
  /** Already posted by an earlier run or delivery: nothing posted. */
  | 'duplicate'
  /** An event type the alert path does not post about. */
  | 'ignored'
  | 'dry-run';

export interface AlertResult {
  action: AlertAction;
  /** The message this run posted, or found already posted. */
  messageTs?: string;
  /** The incident's top-level message. */
  threadTs?: string;
  permalink?: string;
  runbookId?: string;
  /** Slack IDs of the people mentioned as on call. */
  onCallUserIds: string[];
  /** The messages this run built: posted, or only printed in a dry run. */
  messages: SlackMessage[];
  /** What this run had to leave undone (a failed escalation); a re-run completes it. Empty when all is done. */
  undone: string[];
}

/** When PagerDuty cannot say when the incident began: how far before the event's own time the look-up starts. */
const UNKNOWN_CREATION_LOOKBACK_MS = 14 * 24 * 60 * 60 * 1000;
/** Pages of an incident's timeline read to find the escalations made already (100 entries a page). */
const TIMELINE_PAGES = 2;

/** How many times a run re-reads and repairs the status line after writing it. */
const MAX_STATUS_ROUNDS = 3;

/**
 * Handles one incident event. Throws typed errors from the adapters when the message cannot be posted; a failed
 * escalation never stops the message: it is shown in it, logged, and listed in `undone`.
 */
export async function runAlert(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
): Promise<AlertResult> {
  const { log } = deps;
  if (!isHandled(event.event_type)) {
    log.info(
      `Ignoring ${event.event_type} (event ${event.event_id}): the alert path does not post about it.`,
    );
    return { action: 'ignored', onCallUserIds: [], messages: [], undone: [] };
  }
  const incidentId = event.incident.id;
  const withIncidentLock = deps.incidentLock ?? processIncidentLock;

  if (event.event_type === 'incident.triggered') {
    // The triggered event marks the incident's creation: its time bounds the look-up. The message almost always
    // gets posted, so what it needs is read while looking for an earlier post.
    const prepared = prepareTop(deps, settings, event);
    prepared.catch(() => undefined);
    const createdAt = eventTime(event);
    // The incident's message, once posted or found: its diagnostics start after the lock, never before the post.
    let thread: HistoryMessage | undefined;
    const result = await withIncidentLock(incidentId, async () => {
      // The proof that nothing is posted yet is read beside the reads above, in the workflow's channel: routing
      // rarely moves an incident elsewhere, and when it does the routed channel is read instead. Read under the
      // lock, it cannot miss a post by another run of this process.
      const storm = () => ownStormRunbook(prepared);
      const inWorkflowChannel = findTop(deps, settings, incidentId, createdAt, storm);
      inWorkflowChannel.catch(() => undefined);
      const workflowChannel = settings.channel;
      settings = await routeNew(deps, settings, event, prepared);
      const top =
        settings.channel === workflowChannel
          ? await inWorkflowChannel
          : await findTop(deps, settings, incidentId, createdAt, storm);
      if (!top) {
        const { top: posted, ...created } = await createTop(deps, settings, event, prepared, createdAt);
        thread = posted;
        return created;
      }
      thread = top;
      log.info(`Incident ${incidentId} already has its message (ts ${top.ts}); nothing to post.`);
      const result: AlertResult = {
        action: 'duplicate',
        messageTs: top.ts,
        threadTs: top.threadTs ?? top.ts,
        onCallUserIds: [],
        messages: [],
        undone: [],
        ...(metaString(top, 'runbook_id') ? { runbookId: metaString(top, 'runbook_id') } : {}),
      };
      await finishEscalation(deps, settings, incidentId, top, result);
      // A run that stopped after posting left the reply undone: the look-up in the thread keeps it to one.
      await addLastTime(deps, settings, top.ts, prepared, createdAt);
      return { ...result, permalink: await permalink(deps, settings, top.ts) };
    });
    if (thread && (await namesDiagnostics(deps, thread))) {
      const { startDiagnostics } = await diagnoseCode();
      await startDiagnostics(deps, {
        channel: settings.channel,
        incidentId,
        top: thread,
        ...(settings.dryRun ? { dryRun: true } : {}),
      });
    }
    return result;
  }

  // A later event: PagerDuty's current state decides the status line, and its creation time bounds the look-up.
  const incident = await readIncident(deps, incidentId);
  const createdAt =
    incident?.createdAt ?? new Date(eventTime(event).getTime() - UNKNOWN_CREATION_LOOKBACK_MS);
  const routed = await routeLater(deps, settings, event, incident, createdAt);
  settings = routed.settings;
  const lockKey = incidentId;
  const found = routed.top;
  // A dry run shows what this event would add to the thread: there is no triggered run to wait for.
  if (!found && settings.dryRun) return dryRunReply(deps, settings, event, incident);
  let thread = found ?? (await waitForTop(deps, settings, incidentId, createdAt));
  let created: AlertResult | undefined;
  if (!thread) {
    const made = await withIncidentLock<{ thread?: HistoryMessage; created?: AlertResult }>(
      lockKey,
      async () => {
        const found = await findTop(deps, settings, incidentId, createdAt);
        if (found) return { thread: found };
        log.warning(
          `No message for incident ${incidentId} in the channel (its triggered event was lost); posting one now.`,
        );
        const prepared = prepareTop(deps, settings, event, incident);
        const result = await createTop(deps, settings, event, prepared, createdAt);
        return { created: result, ...(result.top ? { thread: result.top } : {}) };
      },
    );
    created = made.created;
    if (!made.thread) return created!;
    thread = made.thread;
  }
  if (isGroupedReply(thread)) return groupedReply(deps, settings, event, thread, incident, created);
  const result = await reply(deps, settings, event, thread, incident, created);
  if (!created) {
    await withIncidentLock(lockKey, () => finishEscalation(deps, settings, incidentId, thread, result));
  }
  return result;
}

/**
 * The settings with the channel this new incident is routed to. Routing waits for the match only when it can route
 * (routes are set, or a runbook names a channel); otherwise the look-up starts at once in the workflow's channel.
 */
async function routeNew(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  prepared: Promise<Prepared>,
): Promise<AlertSettings> {
  let facts: RouteFacts;
  try {
    if (!settings.routes && (await deps.runbooks()).channels.length === 0) return settings;
    const { incident, links } = await prepared;
    // Later events read the incident's teams from PagerDuty; so does this one when a team can route it.
    const teams =
      incident.teams ??
      (settings.routes && settings.routes.teams.size > 0
        ? (await readIncident(deps, incident.info.id))?.teams
        : undefined);
    facts = {
      ...(links[0] ? { runbook: links[0] } : {}),
      ...(incident.info.service ? { service: incident.info.service } : {}),
      ...(teams ? { teams } : {}),
    };
  } catch {
    // What failed fails the post too, with its own error; routing adds nothing to it.
    return settings;
  }
  return withRoute(deps, settings, facts, event);
}

/**
 * A later event's channel, derived as the incident's first event derived it (its runbook match, service and teams
 * read again), and its message there. If the message is not there (the route changed since), the other channels a
 * route can name are looked at, the workflow's channel first; not found anywhere, the routed channel is used.
 */
async function routeLater(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  incident: PdIncident | undefined,
  createdAt: Date,
): Promise<{ settings: AlertSettings; top?: HistoryMessage }> {
  const incidentId = event.incident.id;
  let loaded: LoadedRunbooks | undefined;
  try {
    loaded = await deps.runbooks();
  } catch (error) {
    if (settings.routes || error instanceof AuthError) {
      deps.log.warning(
        `Could not load the runbooks to find the channel of incident ${incidentId} (${describeError(error)}); ` +
          `looking in every channel a route names.`,
      );
    }
  }
  const canRoute = !!settings.routes || (loaded?.channels.length ?? 0) > 0;
  if (!canRoute) {
    const top = await findTop(deps, settings, incidentId, createdAt);
    return { settings, ...(top ? { top } : {}) };
  }
  let routed = settings;
  try {
    const info = await incidentInfo(deps, event, incident);
    const best = loaded
      ? matchIncident(settings, info.info, loaded, await readAlerts(deps, incidentId))[0]
      : undefined;
    routed = withRoute(
      deps,
      settings,
      {
        ...(best ? { runbook: best } : {}),
        ...(info.info.service ? { service: info.info.service } : {}),
        ...(incident?.teams ? { teams: incident.teams } : {}),
      },
      event,
    );
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(`Could not work out the channel of incident ${incidentId} (${describeError(error)}).`);
  }
  const candidates = [
    routed.channel,
    ...routeChannels(settings.routes, loaded?.channels ?? [], settings.channel).filter(
      (c) => c !== routed.channel,
    ),
  ];
  for (const channel of candidates.slice(0, MAX_ROUTE_CHANNELS)) {
    const language = settings.routes?.languages?.get(channel);
    const here =
      channel === routed.channel ? routed : { ...settings, channel, ...(language ? { language } : {}) };
    const top = await findTop(deps, here, incidentId, createdAt);
    if (top) {
      if (channel !== routed.channel) {
        deps.log.info(
          `Incident ${incidentId} has its message in ${channel} (its route has changed since); replying there.`,
        );
      }
      return { settings: here, top };
    }
  }
  return { settings: routed };
}

/** How many channels a later event looks in for its message when its route has changed. */
const MAX_ROUTE_CHANNELS = 20;

function withRoute(
  deps: AlertDeps,
  settings: AlertSettings,
  facts: RouteFacts,
  event: DispatchPayload,
): AlertSettings {
  const route = routeIncident(facts, settings.routes, settings.channel);
  const language = route.language ? { language: route.language } : {};
  if (route.channel === settings.channel) return { ...settings, ...language };
  deps.log.info(
    `Incident ${event.incident.id} goes to ${route.channel} (${route.reason}) instead of ${settings.channel}.`,
  );
  return { ...settings, channel: route.channel, ...language };
}

/** Placeholder `thread_ts` of a dry-run reply whose incident message is not in the channel. */
export const DRY_RUN_THREAD_TS = '(the incident message)';

/** A dry run of a later event without the incident's message in the channel: the reply it would post, at once. */
async function dryRunReply(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  incident: PdIncident | undefined,
): Promise<AlertResult> {
  deps.log.info(
    `Dry run: no message for incident ${event.incident.id} in ${settings.channel}; showing the reply this event ` +
      `would post in its thread.`,
  );
  const { level, people } = await peopleForReply(deps, event, incident);
  const message = buildReply({
    channel: settings.channel,
    threadTs: DRY_RUN_THREAD_TS,
    event,
    ...(settings.language ? { language: settings.language } : {}),
    ...(people ? { people } : {}),
    ...(level !== undefined ? { level } : {}),
  });
  return {
    action: 'dry-run',
    onCallUserIds: (people ?? []).flatMap((p) => (p.slackId ? [p.slackId] : [])),
    messages: message ? [message] : [],
    undone: [],
  };
}

/** Who an escalation, reassignment or delegation put on the incident; the webhook's names when PagerDuty cannot say. */
async function peopleForReply(
  deps: AlertDeps,
  event: DispatchPayload,
  incident: PdIncident | undefined,
): Promise<{ level?: number; levelNow?: number; people?: Person[]; unread?: true }> {
  if (!CHANGES_WHO.has(event.event_type)) return {};
  try {
    return await whoNow(deps, event, incident);
  } catch (error) {
    // The reply matters more than the mention: post it with the names the webhook carried.
    if (error instanceof AuthError) throw error;
    deps.log.warning(
      `Could not read who is on incident ${event.incident.id} now (${describeError(error)}); replying without mentions.`,
    );
    return { unread: true };
  }
}

/** Events after which someone else is on the incident. */
const CHANGES_WHO = new Set(['incident.escalated', 'incident.reassigned', 'incident.delegated']);

async function reply(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  thread: HistoryMessage,
  incident: PdIncident | undefined,
  created: AlertResult | undefined,
): Promise<AlertResult> {
  const { slack, log } = deps;
  const { channel } = settings;
  const base: AlertResult = {
    action: 'duplicate',
    threadTs: thread.ts,
    onCallUserIds: created?.onCallUserIds ?? [],
    messages: created?.messages ?? [],
    undone: created?.undone ?? [],
    ...(created?.runbookId ? { runbookId: created.runbookId } : {}),
  };
  const replies = await slack.listReplies(channel, thread.ts);
  const earlier = replies.find((r) => isPostFor(r, event));

  // A re-run whose reply already landed still needs the level an escalation reached, for the status line.
  const { level, levelNow, people, unread } =
    earlier && event.event_type !== 'incident.escalated' ? {} : await peopleForReply(deps, event, incident);
  // Without the level an escalation reached, the status line cannot show it: a re-run completes it.
  if (unread && event.event_type === 'incident.escalated')
    base.undone.push(
      `show the level incident ${event.incident.id} was escalated to (PagerDuty could not be read)`,
    );

  let messageTs = earlier?.ts;
  let action: AlertAction = earlier ? 'duplicate' : 'replied';
  if (earlier) {
    log.info(`Event ${event.event_id} is already in the thread (ts ${earlier.ts}); not posting it again.`);
  } else {
    const message = buildReply({
      channel,
      threadTs: thread.ts,
      event,
      ...(settings.language ? { language: settings.language } : {}),
      ...(people ? { people } : {}),
      ...(level !== undefined ? { level } : {}),
    });
    if (message) {
      if (settings.dryRun) {
        base.messages.push(message);
        action = 'dry-run';
      } else {
        messageTs = (await post(deps, message, new Date(Number(thread.ts) * 1000))).ts;
      }
      base.onCallUserIds = (people ?? []).flatMap((p) => (p.slackId ? [p.slackId] : []));
    }
  }
  await showStatus(deps, settings, event, thread, incident, { level, levelNow }, people);
  return {
    ...base,
    action: created && action === 'duplicate' ? 'posted' : action,
    ...(messageTs ? { messageTs } : {}),
    permalink: await permalink(deps, settings, messageTs ?? thread.ts),
  };
}

/** Brings the status line up to date with this event and PagerDuty's current state. */
async function showStatus(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  thread: HistoryMessage,
  incident: PdIncident | undefined,
  { level, levelNow }: { level: number | undefined; levelNow: number | undefined },
  people: Person[] | undefined,
): Promise<void> {
  const change = (shown: IncidentState) =>
    withOnCall(applyEvent(shown, event, level, levelNow), event, level, people);
  if (settings.dryRun) {
    const next = change(stateFromMetadata(thread.metadata?.payload ?? {}));
    deps.log.info(`Dry run: would update the status line to ${next.status}.`);
    return;
  }
  await writeState(deps, settings, event.incident.id, thread, change, incident);
}

/**
 * Writes the top message's state: `change` applied to the state the message shows, with every event the thread's
 * replies record and the status as PagerDuty has it now. Runs for one incident can write in any order and
 * `chat.update` has no compare-and-set, so after writing, the message, the incident and the thread are read again and
 * the line repaired (at most a few rounds) until it shows PagerDuty's latest state and every event in the thread: the
 * run that writes last puts back what a simultaneous write overwrote.
 * A run that could not read PagerDuty before reads it once more here; when even that fails, the change is written
 * once: it is all this run knows.
 */
async function writeState(
  deps: AlertDeps,
  settings: AlertSettings,
  incidentId: string,
  message: HistoryMessage,
  change: (shown: IncidentState) => IncidentState,
  incident: PdIncident | undefined,
): Promise<void> {
  const stateOf = (m: HistoryMessage) => stateFromMetadata(m.metadata?.payload ?? {});
  const wanted = (shown: IncidentState, pd: PdIncident | undefined, replies: readonly HistoryMessage[]) =>
    pd
      ? withCurrentStatus(withThreadEvents(change(shown), replies), pd.status, pd.escalationLevel)
      : change(shown);
  // Every run posts its reply before it writes the line, so the run that writes last finds every event in the thread
  // when it reads it after its write: what a simultaneous write overwrote is put back from there.
  const threadEvents = async (): Promise<HistoryMessage[]> =>
    message.threadTs && message.threadTs !== message.ts
      ? []
      : deps.slack.listReplies(settings.channel, message.ts).catch(() => []);
  const afterWrite = async () => {
    for (let attempt = 0; attempt < MAX_STATUS_ROUNDS; attempt++) {
      const [again, now, replies] = await Promise.all([
        readMessage(deps.slack, settings.channel, message.ts).catch(() => undefined),
        readIncident(deps, incidentId),
        threadEvents(),
      ]);
      if (again && now) return { message: again, incident: now, replies };
    }
    return undefined;
  };
  // A run that could not read PagerDuty earlier tries once more: without it the line can only follow the event.
  incident ??= await readIncident(deps, incidentId);
  // Start from what the message shows now, not from when this run first read it: another run may have written since.
  let shown = (await readMessage(deps.slack, settings.channel, message.ts)) ?? message;
  let next = wanted(stateOf(shown), incident, incident ? await threadEvents() : []);
  for (let round = 0; round < MAX_STATUS_ROUNDS && !sameState(stateOf(shown), next); round++) {
    if (round > 0)
      deps.log.info(`The message of incident ${incidentId} changed meanwhile; bringing it up to date.`);
    await deps.slack.updateMessage(
      settings.channel,
      message.ts,
      updatedTopMessage(shown, next, settings.language),
    );
    if (!incident) return;
    // Checked against the message, PagerDuty and the thread as they are after the write; a read that fails is tried
    // again (bounded) rather than taken as agreement.
    const after = await afterWrite();
    if (!after) return;
    shown = after.message;
    next = wanted(stateOf(after.message), after.incident, after.replies);
  }
}

/**
 * The escalation level and the people an escalation or reassignment put on the incident. PagerDuty's incident does
 * not always carry its level: it is then read off the on-call list, as the level at which an assignee is on call.
 * `levelNow` is the level read the same way off the people on the incident now, which orders escalations that
 * happened in the same instant.
 */
async function whoNow(
  deps: AlertDeps,
  event: DispatchPayload,
  fresh: PdIncident | undefined,
): Promise<{ level?: number; levelNow?: number; people: Person[] }> {
  const read = fresh ?? (await deps.pagerduty.getIncident(event.incident.id));
  // Who an escalation reached is what the event itself says: by the time this run reads PagerDuty the incident may
  // have been reassigned or resolved since. The level is read off those people; nothing here acts on PagerDuty.
  const incident =
    event.event_type === 'incident.escalated' && event.incident.assignees?.length
      ? { ...read, assignees: event.incident.assignees.map((a) => ({ id: a.id, name: a.name ?? a.id })) }
      : read;
  // The on-call list carries the users' emails (assignees are bare references) and their levels.
  const onCalls = await currentOnCalls(deps, incident.escalationPolicy.id);
  const byId = new Map(onCalls.map((o) => [o.user.id, o]));
  const assignees = incident.assignees.map((a) => byId.get(a.id)?.user ?? a);
  if (event.event_type !== 'incident.escalated') return { people: await lookUp(deps, assignees) };
  const level = levelOf(incident, onCalls);
  const levelNow = levelOf(read, onCalls);
  const people =
    assignees.length > 0
      ? await lookUp(deps, assignees)
      : level !== undefined
        ? await peopleAt(deps, onCalls, level)
        : [];
  return {
    ...(level !== undefined ? { level } : {}),
    ...(levelNow !== undefined ? { levelNow } : {}),
    people,
  };
}

/**
 * The state with the top message's "On call" set to who an escalation, reassignment or delegation put on the incident
 * (looked up now, or else the assignees the event names). An older event does not overwrite a newer one's people.
 */
function withOnCall(
  state: IncidentState,
  event: DispatchPayload,
  level: number | undefined,
  people: Person[] | undefined,
): IncidentState {
  if (!CHANGES_WHO.has(event.event_type)) return state;
  const named = (event.incident.assignees ?? []).map((a) => ({ name: a.name ?? a.id }));
  const onCall = people && people.length > 0 ? people : named;
  if (onCall.length === 0) return state;
  const next: IncidentState = { ...state, onCall };
  if (level !== undefined) next.onCallLevel = level;
  else delete next.onCallLevel;
  return next;
}

/** What the top message needs, read (not written) ahead of knowing whether the message exists yet. */
interface Prepared {
  incident: { info: IncidentInfo; level: number; status: string; teams?: PdReference[] };
  loaded: LoadedRunbooks;
  links: RunbookLink[];
  /** On-call segments of the incident's policy covering now (every level), or none without a policy. */
  onCalls: PdOnCall[];
  context?: AlertContext;
  /** The incident's teams, when PagerDuty was read (for routing by team). */
  teams?: PdReference[];
}

/**
 * Reads everything the top message needs, in parallel: the incident (when the payload is short of it), its alert
 * texts, the runbooks and the policy's on-call list; the Slack look-up of the level-1 on-call starts as soon as the
 * list arrives. Nothing here writes, so a run that then finds the message already posted has changed nothing.
 */
async function prepareTop(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  fresh?: PdIncident,
): Promise<Prepared> {
  const incident = await incidentInfo(deps, event, fresh);
  const policyId = incident.info.escalationPolicy?.id;
  const onCallsPromise = policyId ? currentOnCalls(deps, policyId) : Promise.resolve([]);
  onCallsPromise
    .then((list) => {
      for (const o of list)
        if (o.escalationLevel === incident.level) void deps.users.resolve(o.user).catch(() => undefined);
    })
    .catch(() => undefined);
  const [loaded, onCalls, alerts] = await Promise.all([
    deps.runbooks(),
    onCallsPromise,
    readAlerts(deps, incident.info.id),
  ]);
  const links = matchIncident(settings, incident.info, loaded, alerts);
  const context = alertContext(alerts.alerts, incident.info.title);
  const teams = incident.teams;
  return {
    incident,
    loaded,
    links,
    onCalls,
    ...(context ? { context } : {}),
    ...(teams ? { teams } : {}),
  };
}

/** The runbooks matching the incident's title and alert texts, best first. */
function matchIncident(
  settings: AlertSettings,
  info: IncidentInfo,
  loaded: LoadedRunbooks,
  alerts: PdIncidentAlerts,
): RunbookLink[] {
  const service = info.service;
  const matches = loaded.match({
    text: readAlert(info.title, alerts.texts).text,
    ...(service
      ? {
          service: {
            ...(service.id ? { id: service.id } : {}),
            ...(service.name ? { name: service.name } : {}),
          },
        }
      : {}),
  });
  return matches.map((m) => runbookLink(m, loaded.runbook(m.id), loaded, settings));
}

/**
 * Posts the incident's top message, then settles with any run that posted one at the same time (the earliest stays,
 * the others delete their own), and — only in the run whose message stays — applies the runbook's `escalate_to`.
 * The escalation comes after the post, so nothing it does can delay or stop the message.
 */
async function createTop(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  preparing: Promise<Prepared>,
  createdAt: Date,
): Promise<AlertResult & { top?: HistoryMessage }> {
  const { slack, log } = deps;
  const { incident, loaded, links, onCalls, context } = await preparing;
  const best = links[0];
  const escalation = plannedEscalation(deps, settings, best, incident.info.id);
  // A planned escalation mentions the level it is about to page, as PagerDuty will.
  const level =
    escalation?.outcome === 'pending' && incident.status === 'triggered'
      ? Math.max(escalation.wanted, incident.level)
      : incident.level;
  const onCall = await peopleAt(deps, onCalls, level);
  if (onCall.length === 0)
    log.warning(`Nobody is on call for incident ${incident.info.id} at level ${level}.`);
  const index: IndexInfo = { version: loaded.version, commit: loaded.source.commit, origin: loaded.origin };
  const state: IncidentState = {
    ...initialState(incident.status, event.event_type === 'incident.triggered' ? event.occurred_at : ''),
    ...(incident.level > 1 ? { level: incident.level } : {}),
    ...(escalation ? { escalation } : {}),
  };
  const addRunbookUrl = settings.addRunbookUrl ?? defaultAddUrl(loaded.source, settings.serverUrl);
  const runId = deps.newRunId ? deps.newRunId() : globalThis.crypto.randomUUID();
  const storm = stormWindow(loaded, best);
  /** Joins the storm of an earlier open message of this runbook, if any; `ownTs`: ours, posted, then removed. */
  const joinStormIfAny = async (ownTs?: string) => {
    if (!storm || !best || (ownTs && !slack.deleteMessage)) return undefined;
    const { findStormLeader } = await storms();
    const leader = await findStormLeader(deps, {
      channel: settings.channel,
      runbookId: best.id,
      incidentId: incident.info.id,
      createdAt,
      windowSeconds: storm,
      ...(ownTs ? { before: ownTs } : {}),
    });
    if (!leader) return undefined;
    if (ownTs) await slack.deleteMessage!(settings.channel, ownTs);
    return joinedStorm(deps, settings, event, incident, best.id, runId, leader);
  };
  const joined = await joinStormIfAny();
  if (joined) return joined;
  const message = buildTopMessage({
    channel: settings.channel,
    incident: incident.info,
    onCall,
    onCallLevel: level,
    runbooks: links,
    index,
    ...(addRunbookUrl ? { addRunbookUrl } : {}),
    state,
    eventId: event.event_id,
    webhookId: event.webhook_id,
    runId,
    ...(context ? { context } : {}),
    ...(settings.language ? { language: settings.language } : {}),
  });
  const result: AlertResult = {
    action: settings.dryRun ? 'dry-run' : 'posted',
    onCallUserIds: onCall.flatMap((p) => (p.slackId ? [p.slackId] : [])),
    messages: [message],
    undone: [],
    ...(best ? { runbookId: best.id } : {}),
  };
  if (settings.dryRun) return result;
  const posted = await post(deps, message, new Date(createdAt.getTime() - CREATION_MARGIN_MS));
  // Read beside the settling look-up: without a simultaneous run (the usual case) it is the link returned.
  const ownLink = permalink(deps, settings, posted.ts);
  const earlier = await earlierDuplicate(
    slack,
    settings.channel,
    TOP_EVENT_TYPE,
    (p) => p.incident_id === incident.info.id,
    runId,
    posted.ts,
    new Date(createdAt.getTime() - CREATION_MARGIN_MS),
  );
  if (earlier) return yieldTo(deps, settings, incident.info.id, posted.ts, earlier, result);
  // Incidents of one storm that fired together all posted: every one but the earliest moves into its thread.
  const regrouped = await joinStormIfAny(posted.ts);
  if (regrouped) return regrouped;
  log.info(
    `Posted incident ${incident.info.id} to ${settings.channel} (ts ${posted.ts}; runbook ${best?.id ?? 'none'}).`,
  );
  const top: HistoryMessage = {
    ts: posted.ts,
    text: message.text,
    ...(message.metadata ? { metadata: message.metadata } : {}),
    ...(message.blocks ? { blocks: message.blocks } : {}),
  };
  if (escalation?.outcome === 'pending') {
    await escalate(deps, settings, incident.info.id, top, escalation.wanted, result);
  }
  await addLastTime(deps, settings, posted.ts, preparing, createdAt);
  return {
    ...result,
    messageTs: posted.ts,
    threadTs: posted.ts,
    top,
    permalink: await ownLink,
  };
}

/**
 * True when the runbook of the incident's message names diagnostic workflows (src/alert/diagnose.ts starts them, or
 * says why not). A failed runbook look-up counts as yes: the diagnostics module reports it.
 */
async function namesDiagnostics(deps: AlertDeps, top: HistoryMessage): Promise<boolean> {
  const runbookId = top.metadata?.payload.runbook_id;
  if (typeof runbookId !== 'string' || runbookId === '') return false;
  try {
    return ((await deps.runbooks()).runbook(runbookId)?.diagnose?.length ?? 0) > 0;
  } catch {
    return true;
  }
}

/** The "last time" reply under the incident message, when set; never throws (src/alert/last-time.ts). */
async function addLastTime(
  deps: AlertDeps,
  settings: AlertSettings,
  threadTs: string,
  preparing: Promise<Prepared>,
  createdAt: Date,
): Promise<void> {
  if (!settings.lastTime || settings.dryRun) return;
  const prepared = await preparing.catch(() => undefined);
  if (!prepared) return;
  const { info } = prepared.incident;
  const runbookId = prepared.links[0]?.id;
  const { replyLastTime } = await lastTimeCode();
  await replyLastTime(
    { ...deps, ...(deps.lastTimeCache ? { cache: deps.lastTimeCache } : {}) },
    {
      channel: settings.channel,
      threadTs,
      incident: {
        id: info.id,
        title: info.title,
        createdAt,
        ...(runbookId ? { runbookId } : {}),
      },
      match: (alert) => prepared.loaded.match(alert),
      settings: settings.lastTime,
      ...(settings.language ? { language: settings.language } : {}),
    },
  );
}

/** Another run's message for the incident came first: remove ours, so exactly one stays, and carry on with theirs. */
async function yieldTo(
  deps: AlertDeps,
  settings: AlertSettings,
  incidentId: string,
  ownTs: string,
  earlier: HistoryMessage,
  result: AlertResult,
): Promise<AlertResult & { top: HistoryMessage }> {
  const { slack, log } = deps;
  if (slack.deleteMessage) {
    await slack.deleteMessage(settings.channel, ownTs);
    log.info(
      `Incident ${incidentId}: another run posted its message first (ts ${earlier.ts}); removed this run's copy.`,
    );
  } else {
    log.warning(
      `Incident ${incidentId}: another run posted its message first (ts ${earlier.ts}) and this Slack client cannot ` +
        `delete messages; remove the later copy (ts ${ownTs}) by hand.`,
    );
  }
  return {
    ...result,
    action: 'duplicate',
    messageTs: earlier.ts,
    threadTs: earlier.ts,
    top: earlier,
    permalink: await permalink(deps, settings, earlier.ts),
  };
}

/** What the message says about the best runbook's `escalate_to` before anything is tried. */
function plannedEscalation(
  deps: AlertDeps,
  settings: AlertSettings,
  best: RunbookLink | undefined,
  incidentId: string,
): EscalationState | undefined {
  const wanted = best?.escalateTo;
  // Every incident starts at level 1: `escalate_to: 1` asks for nothing.
  if (wanted === undefined || wanted <= 1) return undefined;
  if (!settings.fromEmail) {
    deps.log.warning(
      `Runbook "${best!.id}" asks to escalate to level ${wanted}, but no PagerDuty user email is set for the ` +
        `escalation (from-email): not escalating.`,
    );
    return {
      wanted,
      outcome: 'skipped',
      reason: 'no PagerDuty user email (from-email) is set to escalate as',
    };
  }
  if (settings.dryRun) deps.log.info(`Dry run: would escalate incident ${incidentId} to level ${wanted}.`);
  return { wanted, outcome: 'pending' };
}

/**
 * A run that finds the message with its escalation still to do completes it: at once when an earlier try failed;
 * when it is pending, only after its creator had time to decide (it normally does within seconds; a crashed run
 * never does), so simultaneous runs do not both escalate.
 */
async function finishEscalation(
  deps: AlertDeps,
  settings: AlertSettings,
  incidentId: string,
  found: HistoryMessage,
  result: AlertResult,
): Promise<void> {
  let top = found;
  let e = stateFromMetadata(top.metadata?.payload ?? {}).escalation;
  if (!e || e.outcome === 'done' || e.outcome === 'skipped' || settings.dryRun) return;
  if (e.outcome === 'pending') {
    const budget = settings.waitForTopMs ?? 20_000;
    const interval = Math.max(1, settings.waitIntervalMs ?? 2_000);
    const deadline = deps.clock.now().getTime() + budget;
    for (;;) {
      top = (await readMessage(deps.slack, settings.channel, top.ts)) ?? top;
      e = stateFromMetadata(top.metadata?.payload ?? {}).escalation;
      const left = deadline - deps.clock.now().getTime();
      if (e?.outcome !== 'pending' || left <= 0) break;
      await deps.clock.sleep(Math.min(interval, left));
    }
    if (!e || e.outcome === 'done' || e.outcome === 'skipped') return;
    deps.log.info(`The escalation of incident ${incidentId} is still pending: completing it.`);
  } else {
    deps.log.info(`The escalation of incident ${incidentId} failed before: trying again.`);
  }
  await escalate(deps, settings, incidentId, top, e.wanted, result);
}

/**
 * Escalates to `wanted` if PagerDuty's current state still calls for it, and shows the outcome in the message. A
 * failure is a warning in the message and the log and an entry in `result.undone`, never an exception.
 */
async function escalate(
  deps: AlertDeps,
  settings: AlertSettings,
  incidentId: string,
  top: HistoryMessage,
  wanted: number,
  result: AlertResult,
): Promise<void> {
  // The levels the message has recorded from PagerDuty's escalation events: PagerDuty's incident does not always say
  // its level, and an assignee's on-call level understates it after a reassignment.
  const recorded = stateFromMetadata(top.metadata?.payload ?? {}).level;
  const outcome = await escalateIfStillNeeded(deps, settings, incidentId, wanted, recorded);
  if (outcome.outcome === 'failed') {
    result.undone.push(`escalate incident ${incidentId} to level ${wanted} (${outcome.reason})`);
  }
  const change = (shown: IncidentState): IncidentState => ({
    ...shown,
    escalation: outcome,
    ...(outcome.outcome === 'done' ? { level: Math.max(wanted, shown.level ?? 1) } : {}),
  });
  try {
    await writeState(deps, settings, incidentId, top, change, await readIncident(deps, incidentId));
  } catch (error) {
    if (error instanceof AuthError) throw error;
    deps.log.warning(
      `Could not show the escalation outcome in the message of incident ${incidentId} (${describeError(error)}).`,
    );
    result.undone.push(`show the escalation outcome in the message of incident ${incidentId}`);
  }
}

/** Decides from PagerDuty's state read just now: never escalates an acknowledged or resolved incident, or down. */
async function escalateIfStillNeeded(
  deps: AlertDeps,
  settings: AlertSettings,
  incidentId: string,
  wanted: number,
  recordedLevel?: number,
): Promise<EscalationState> {
  const { log } = deps;
  if (!settings.fromEmail) {
    return {
      wanted,
      outcome: 'skipped',
      reason: 'no PagerDuty user email (from-email) is set to escalate as',
    };
  }
  const unnecessary = async (): Promise<EscalationState | undefined> => {
    const now = await deps.pagerduty.getIncident(incidentId);
    if (now.status !== 'triggered') {
      return { wanted, outcome: 'skipped', reason: `the incident is ${now.status} in PagerDuty` };
    }
    const read = now.escalationLevel ?? levelOf(now, await currentOnCalls(deps, now.escalationPolicy.id));
    const level =
      Math.max(read ?? 0, recordedLevel ?? 0, await levelFromTimeline(deps, incidentId)) || undefined;
    if (level !== undefined && level >= wanted) {
      return { wanted, outcome: 'skipped', reason: `PagerDuty has it at level ${level} already` };
    }
    return undefined;
  };
  try {
    const skip = await unnecessary();
    if (skip) {
      log.info(`Not escalating incident ${incidentId} to level ${wanted}: ${skip.reason}.`);
      return skip;
    }
    await deps.pagerduty.escalateIncident(incidentId, wanted, settings.fromEmail);
    log.info(`Escalated incident ${incidentId} to level ${wanted}.`);
    return { wanted, outcome: 'done' };
  } catch (error) {
    // A refusal can mean the incident moved on meanwhile ("Incident Already Resolved"): PagerDuty's state decides.
    const skip = await unnecessary().catch(() => undefined);
    if (skip) {
      log.info(`Not escalating incident ${incidentId} to level ${wanted}: ${skip.reason}.`);
      return skip;
    }
    const reason = describeError(error);
    log.warning(`Could not escalate incident ${incidentId} to level ${wanted}: ${reason}`);
    return { wanted, outcome: 'failed', reason };
  }
}

/**
 * The least level the incident's timeline shows it escalated to: one past its first level for each escalation
 * (PagerDuty's timeouts, people, or an earlier run), 0 when none. The people on the incident cannot say this once it
 * has been reassigned since, and the escalation's own event may not have reached the message yet; without the
 * timeline an escalation made already would be sent again and page people twice.
 */
async function levelFromTimeline(deps: AlertDeps, incidentId: string): Promise<number> {
  if (!deps.pagerduty.listIncidentLogEntries) return 0;
  const { entries } = await deps.pagerduty.listIncidentLogEntries(incidentId, { maxPages: TIMELINE_PAGES });
  const escalations = entries.filter((e) => e.type === 'escalate_log_entry').length;
  return escalations > 0 ? escalations + 1 : 0;
}

/** When the event happened; the event's own time, not the runner's clock. */
function eventTime(event: DispatchPayload): Date {
  const ms = Date.parse(event.occurred_at);
  // occurred_at is checked at the boundary; an unreadable one bounds the look-up by the widest margin we use.
  return new Date(Number.isNaN(ms) ? 0 : ms);
}

/**
 * The incident's top message or, when a storm grouped it, its reply in the storm's thread (see ./storm.ts).
 * `stormRunbooks`: the runbooks whose storms may hold it; default, every runbook that groups storms.
 */
async function findTop(
  deps: AlertDeps,
  settings: AlertSettings,
  incidentId: string,
  createdAt: Date,
  stormRunbooks: () => Promise<ReadonlySet<string>> = () => groupingRunbooks(deps),
): Promise<HistoryMessage | undefined> {
  const query = { channel: settings.channel, incidentId, createdAt };
  const top = await findTopMessage(deps.slack, query);
  if (top) return top;
  const runbookIds = await stormRunbooks();
  if (runbookIds.size === 0) return undefined;
  const { findGroupedReply } = await storms();
  return findGroupedReply(deps.slack, { ...query, runbookIds });
}

/**
 * The storm a new incident may already be in: an earlier run of its triggered event groups it only into a storm of
 * its own best runbook, and only when that runbook groups storms. So an incident whose runbook does not group (most
 * of them) reads no storm thread before its post. Waits for what the post needs anyway (the match).
 */
async function ownStormRunbook(prepared: Promise<Prepared>): Promise<ReadonlySet<string>> {
  const ready = await prepared.catch(() => undefined);
  const best = ready?.links[0];
  if (!ready || !best) return new Set();
  return stormWindow(ready.loaded, best) !== undefined ? new Set([best.id]) : new Set();
}

/**
 * The runbooks that group storms: only when there are some is a missing message looked for in storm threads. Every
 * new incident asks (its message is not found yet), so this reads the index's header, not its rows.
 */
async function groupingRunbooks(deps: AlertDeps): Promise<ReadonlySet<string>> {
  try {
    return (await deps.runbooks()).groupingIds();
  } catch {
    return new Set();
  }
}

/** The best runbook's `group_within` in seconds, when it groups storms. */
function stormWindow(loaded: LoadedRunbooks, best: RunbookLink | undefined): number | undefined {
  return best ? loaded.runbook(best.id)?.groupWithinSeconds : undefined;
}

/** A new incident posted into its storm's thread instead of a message of its own. */
async function joinedStorm(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  incident: Prepared['incident'],
  runbookId: string,
  runId: string,
  leader: HistoryMessage,
): Promise<AlertResult & { top?: HistoryMessage }> {
  const { joinStorm } = await storms();
  const { message, reply } = await joinStorm(deps, {
    channel: settings.channel,
    leader,
    event,
    incident: incident.info,
    status: incident.status,
    runbookId,
    runId,
    ...(settings.dryRun ? { dryRun: true } : {}),
    ...(settings.language ? { language: settings.language } : {}),
  });
  const result: AlertResult = {
    action: settings.dryRun
      ? 'dry-run'
      : reply && reply.metadata?.payload.run !== runId
        ? 'duplicate'
        : 'posted',
    threadTs: leader.ts,
    onCallUserIds: [],
    messages: [message],
    undone: [],
    runbookId,
  };
  if (!reply) return result;
  return { ...result, messageTs: reply.ts, top: reply, permalink: await permalink(deps, settings, reply.ts) };
}

/** A later event of an incident grouped into a storm: its reply updated, and a named reply when it pages people. */
async function groupedReply(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  grouped: HistoryMessage,
  incident: PdIncident | undefined,
  created: AlertResult | undefined,
): Promise<AlertResult> {
  const { replyForGrouped } = await storms();
  const done = await replyForGrouped(deps, {
    channel: settings.channel,
    event,
    grouped,
    incident,
    ...(settings.dryRun ? { dryRun: true } : {}),
    ...(settings.language ? { language: settings.language } : {}),
  });
  return {
    action: created ? 'posted' : done.action,
    threadTs: done.threadTs,
    ...(done.messageTs ? { messageTs: done.messageTs } : {}),
    onCallUserIds: [],
    messages: [...(created?.messages ?? []), ...done.messages],
    undone: created?.undone ?? [],
    ...(metaString(grouped, 'runbook_id') ? { runbookId: metaString(grouped, 'runbook_id') } : {}),
    permalink: await permalink(deps, settings, done.messageTs ?? grouped.ts),
  };
}

async function waitForTop(
  deps: AlertDeps,
  settings: AlertSettings,
  incidentId: string,
  createdAt: Date,
): Promise<HistoryMessage | undefined> {
  const budget = settings.waitForTopMs ?? 20_000;
  const interval = Math.max(1, settings.waitIntervalMs ?? 2_000);
  const deadline = deps.clock.now().getTime() + budget;
  while (deps.clock.now().getTime() < deadline) {
    deps.log.info(
      `Waiting for the message of incident ${incidentId} (its triggered run may still be posting)…`,
    );
    await deps.clock.sleep(Math.min(interval, deadline - deps.clock.now().getTime()));
    const found = await findTop(deps, settings, incidentId, createdAt);
    if (found) return found;
  }
  return undefined;
}

/**
 * Posts once. `findAfter` bounds the look-up that follows an uncertain failure (did the first attempt land?) by what
 * the message itself knows — the incident's creation for its top message, the top message for a reply — never by
 * this runner's clock, which may be minutes off Slack's.
 */
async function post(deps: AlertDeps, message: SlackMessage, findAfter: Date): Promise<PostedMessage> {
  await deps.pacer?.wait(message.channel);
  return deps.slack.postMessage(message, { findAfter });
}

async function permalink(deps: AlertDeps, settings: AlertSettings, ts: string): Promise<string | undefined> {
  if (settings.dryRun) return undefined;
  try {
    return await deps.slack.getPermalink(settings.channel, ts);
  } catch (error) {
    deps.log.warning(`Could not read the message's permalink (${describeError(error)}).`);
    return undefined;
  }
}

function metaString(message: HistoryMessage, key: string): string | undefined {
  const v = message.metadata?.payload[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/**
 * A pacer that spaces posts to each channel at least `intervalMs` apart on `clock` (callers queue in order).
 * Slack allows about one message a second per channel, with short bursts.
 */
export function createChannelPacer(clock: Clock, intervalMs = 1000): PostPacer {
  const tails = new Map<string, Promise<number>>();
  return {
    wait(channel) {
      const previous = tails.get(channel) ?? Promise.resolve(Number.NEGATIVE_INFINITY);
      const next = previous.then(async (last) => {
        const due = last + intervalMs - clock.now().getTime();
        if (due > 0) await clock.sleep(due);
        return clock.now().getTime();
      });
      tails.set(channel, next);
      return next.then(() => undefined);
    },
  };
}
