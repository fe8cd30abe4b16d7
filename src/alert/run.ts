/**
 * One alert run: a PagerDuty incident event in, at most one Slack post out (plus a status update), exactly once.
 *
 * - `incident.triggered` → the incident's top-level message: matched runbook, current on-call mentioned. A runbook
 *   with `escalate_to: N` escalates the incident to level N at once and mentions that level's on-call.
 * - later events → a reply in the incident's thread and a new status line on the top message.
 *
 * There is no database: the top message is found again through its Slack metadata (`incident_id`), replies carry the
 * `event_id`/`webhook_id` they were posted for. A re-run or a redelivered webhook therefore finds its earlier post and
 * posts nothing twice (W4, W10). A later event whose run starts before the top message exists (W5) waits briefly for
 * it, then creates it.
 */
import type { Clock } from '../clock.js';
import { AuthError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { PagerDutyApi, PdIncident, PdOnCall, PdUser } from '../pagerduty/types.js';
import type { DispatchPayload } from '../relay/types.js';
import type { AlertText, IndexedRunbook, RunbookIndex, RunbookMatch } from '../runbooks/types.js';
import type { HistoryMessage, PostedMessage, SlackApi, SlackMessage } from '../slack/types.js';
import type { UserDirectory } from '../slack/user-directory.js';
import { isHandled } from './event.js';
import {
  TOP_EVENT_TYPE,
  applyEvent,
  buildReply,
  buildTopMessage,
  docUrl,
  initialState,
  isPostFor,
  stateFromMetadata,
  updatedTopMessage,
  type IncidentInfo,
  type IncidentState,
  type IndexInfo,
  type Person,
  type RunbookLink,
} from './message.js';
import { readAlert } from '../runbooks/titles.js';

/** PagerDuty user → Slack user (src/slack/user-directory.ts): a looked-up ID, or the name with a warning. */
export type SlackUserLookup = Pick<UserDirectory, 'resolve'>;

/** The runbooks to match against, loaded only when a message needs them. */
export interface LoadedRunbooks {
  runbooks: readonly IndexedRunbook[];
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
  /** How far back to look for the incident's top message. Default 14 days. */
  lookbackMs?: number;
  /** How long a later event waits for the triggered run to post the top message. Default 20 s. */
  waitForTopMs?: number;
  /** Pause between looks while waiting. Default 2 s. */
  waitIntervalMs?: number;
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
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Handles one incident event. Throws typed errors from the adapters; posts nothing partial. */
export async function runAlert(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
): Promise<AlertResult> {
  const { log } = deps;
  const result: AlertResult = { action: 'ignored', onCallUserIds: [], messages: [] };
  if (!isHandled(event.event_type)) {
    log.info(
      `Ignoring ${event.event_type} (event ${event.event_id}): the alert path does not post about it.`,
    );
    return result;
  }
  const incidentId = event.incident.id;
  // A triggered event almost always posts: read what the message needs while looking for an earlier post.
  const prepared = event.event_type === 'incident.triggered' ? prepareTop(deps, settings, event) : undefined;
  prepared?.catch(() => undefined);
  const top = await findTop(deps, settings, incidentId);

  if (event.event_type === 'incident.triggered') {
    if (top) {
      log.info(`Incident ${incidentId} already has its message (ts ${top.ts}); nothing to post.`);
      return {
        ...result,
        action: 'duplicate',
        messageTs: top.ts,
        threadTs: top.ts,
        runbookId: metaString(top, 'runbook_id'),
        permalink: await permalink(deps, settings, top.ts),
      };
    }
    return createTop(deps, settings, event, { escalate: true, ...(prepared ? { prepared } : {}) });
  }

  let thread = top ?? (await waitForTop(deps, settings, incidentId));
  let created: AlertResult | undefined;
  if (!thread) {
    log.warning(
      `No message for incident ${incidentId} in the channel (its triggered event was lost or is older than the ` +
        `look-back); posting one now.`,
    );
    created = await createTop(deps, settings, event, { escalate: false });
    if (settings.dryRun || !created.messageTs) return created;
    thread = await findTop(deps, settings, incidentId);
    if (!thread) {
      // Slack's history can lag a moment behind a post: carry on with what we posted.
      const sent = created.messages[0];
      thread = {
        ts: created.messageTs,
        text: sent?.text ?? '',
        ...(sent?.metadata ? { metadata: sent.metadata } : {}),
        ...(sent?.blocks ? { blocks: sent.blocks } : {}),
      };
    }
  }
  return reply(deps, settings, event, thread, created);
}

async function reply(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  thread: HistoryMessage,
  created: AlertResult | undefined,
): Promise<AlertResult> {
  const { slack, log } = deps;
  const { channel } = settings;
  const base: AlertResult = {
    action: 'duplicate',
    threadTs: thread.ts,
    onCallUserIds: created?.onCallUserIds ?? [],
    messages: created?.messages ?? [],
    ...(created?.runbookId ? { runbookId: created.runbookId } : {}),
  };
  const replies = await slack.listReplies(channel, thread.ts);
  const earlier = replies.find((r) => isPostFor(r, event));

  let level: number | undefined;
  let people: Person[] | undefined;
  if (!earlier && (event.event_type === 'incident.escalated' || event.event_type === 'incident.reassigned')) {
    try {
      ({ level, people } = await whoNow(deps, event));
    } catch (error) {
      // The reply matters more than the mention: post it with the names the webhook carried.
      if (error instanceof AuthError) throw error;
      log.warning(
        `Could not read who is on incident ${event.incident.id} now (${describeError(error)}); replying without mentions.`,
      );
    }
  }

  const current = stateFromMetadata(thread.metadata?.payload ?? {});
  const next = applyEvent(current, event, level);
  let messageTs = earlier?.ts;
  let action: AlertAction = earlier ? 'duplicate' : 'replied';
  if (earlier) {
    log.info(`Event ${event.event_id} is already in the thread (ts ${earlier.ts}); not posting it again.`);
  } else {
    const message = buildReply({
      channel,
      threadTs: thread.ts,
      event,
      ...(people ? { people } : {}),
      ...(level !== undefined ? { level } : {}),
    });
    if (message) {
      if (settings.dryRun) {
        base.messages.push(message);
        action = 'dry-run';
      } else {
        messageTs = (await post(deps, message)).ts;
      }
      base.onCallUserIds = (people ?? []).flatMap((p) => (p.slackId ? [p.slackId] : []));
    }
  }
  if (!sameState(current, next)) {
    if (settings.dryRun) {
      log.info(`Dry run: would update the status line to ${next.status}.`);
    } else {
      await slack.updateMessage(channel, thread.ts, updatedTopMessage(thread, next));
    }
  }
  return {
    ...base,
    action: created && action === 'duplicate' ? 'posted' : action,
    ...(messageTs ? { messageTs } : {}),
    permalink: await permalink(deps, settings, messageTs ?? thread.ts),
  };
}

/**
 * The escalation level and the people an escalation or reassignment put on the incident. PagerDuty's incident does
 * not always carry its level: it is then read off the on-call list, as the level at which an assignee is on call.
 */
async function whoNow(
  deps: AlertDeps,
  event: DispatchPayload,
): Promise<{ level?: number; people: Person[] }> {
  const incident = await deps.pagerduty.getIncident(event.incident.id);
  // The on-call list carries the users' emails (assignees are bare references) and their levels.
  const onCalls = await currentOnCalls(deps, incident.escalationPolicy.id);
  const byId = new Map(onCalls.map((o) => [o.user.id, o]));
  const assignees = incident.assignees.map((a) => byId.get(a.id)?.user ?? a);
  if (event.event_type !== 'incident.escalated') return { people: await lookUp(deps, assignees) };
  let level = incident.escalationLevel;
  if (level === undefined) {
    const assigned = new Set(incident.assignees.map((a) => a.id));
    const levels = onCalls.filter((o) => assigned.has(o.user.id)).map((o) => o.escalationLevel);
    if (levels.length > 0) level = Math.max(...levels);
  }
  const people =
    assignees.length > 0
      ? await lookUp(deps, assignees)
      : level !== undefined
        ? await peopleAt(deps, onCalls, level)
        : [];
  return { ...(level !== undefined ? { level } : {}), people };
}

/** What the top message needs, read (not written) ahead of knowing whether the message exists yet. */
interface Prepared {
  incident: { info: IncidentInfo; level: number; status: string };
  loaded: LoadedRunbooks;
  links: RunbookLink[];
  /** On-call segments of the incident's policy covering now (every level), or none without a policy. */
  onCalls: PdOnCall[];
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
): Promise<Prepared> {
  const incident = await incidentInfo(deps, event);
  const policyId = incident.info.escalationPolicy?.id;
  const onCallsPromise = policyId ? currentOnCalls(deps, policyId) : Promise.resolve([]);
  onCallsPromise
    .then((list) => {
      for (const o of list)
        if (o.escalationLevel === incident.level) void deps.users.resolve(o.user).catch(() => undefined);
    })
    .catch(() => undefined);
  const [details, loaded, onCalls] = await Promise.all([
    alertTexts(deps, incident.info.id),
    deps.runbooks(),
    onCallsPromise,
  ]);
  const service = incident.info.service;
  const matches = loaded.match({
    text: readAlert(incident.info.title, details).text,
    ...(service
      ? {
          service: {
            ...(service.id ? { id: service.id } : {}),
            ...(service.name ? { name: service.name } : {}),
          },
        }
      : {}),
  });
  const byId = new Map(loaded.runbooks.map((r) => [r.id, r]));
  const links = matches.map((m) => runbookLink(m, byId.get(m.id), loaded, settings));
  return { incident, loaded, links, onCalls };
}

async function createTop(
  deps: AlertDeps,
  settings: AlertSettings,
  event: DispatchPayload,
  options: { escalate: boolean; prepared?: Promise<Prepared> },
): Promise<AlertResult> {
  const { pagerduty, log } = deps;
  const { incident, loaded, links, onCalls } = await (options.prepared ?? prepareTop(deps, settings, event));
  const best = links[0];

  let level = incident.level;
  let escalatedTo: number | undefined;
  const wanted = best?.escalateTo;
  if (options.escalate && wanted !== undefined && wanted > level && incident.status === 'triggered') {
    if (!settings.fromEmail) {
      log.warning(
        `Runbook "${best!.id}" asks to escalate to level ${wanted}, but no PagerDuty user email is set for the ` +
          `escalation (from-email): not escalating.`,
      );
    } else if (settings.dryRun) {
      log.info(`Dry run: would escalate incident ${incident.info.id} to level ${wanted}.`);
      level = wanted;
      escalatedTo = wanted;
    } else {
      await pagerduty.escalateIncident(incident.info.id, wanted, settings.fromEmail);
      log.info(`Escalated incident ${incident.info.id} to level ${wanted} (runbook "${best!.id}").`);
      level = wanted;
      escalatedTo = wanted;
    }
  }

  const onCall = await peopleAt(deps, onCalls, level);
  if (onCall.length === 0)
    log.warning(`Nobody is on call for incident ${incident.info.id} at level ${level}.`);
  const index: IndexInfo = { version: loaded.version, commit: loaded.source.commit, origin: loaded.origin };
  const state: IncidentState = {
    ...initialState(incident.status, event.event_type === 'incident.triggered' ? event.occurred_at : ''),
    ...(level > 1 ? { level } : {}),
  };
  const addRunbookUrl = settings.addRunbookUrl ?? defaultAddUrl(loaded.source, settings.serverUrl);
  const message = buildTopMessage({
    channel: settings.channel,
    incident: incident.info,
    onCall,
    onCallLevel: level,
    runbooks: links,
    index,
    ...(addRunbookUrl ? { addRunbookUrl } : {}),
    ...(escalatedTo !== undefined ? { escalatedTo } : {}),
    state,
    eventId: event.event_id,
    webhookId: event.webhook_id,
  });
  const onCallUserIds = onCall.flatMap((p) => (p.slackId ? [p.slackId] : []));
  const result: AlertResult = {
    action: settings.dryRun ? 'dry-run' : 'posted',
    onCallUserIds,
    messages: [message],
    ...(best ? { runbookId: best.id } : {}),
  };
  if (settings.dryRun) return result;
  const posted = await post(deps, message);
  log.info(
    `Posted incident ${incident.info.id} to ${settings.channel} (ts ${posted.ts}; runbook ${best?.id ?? 'none'}).`,
  );
  return {
    ...result,
    messageTs: posted.ts,
    threadTs: posted.ts,
    permalink: await permalink(deps, settings, posted.ts),
  };
}

/** The incident as the message needs it: from the payload, completed from PagerDuty when something is missing. */
async function incidentInfo(
  deps: AlertDeps,
  event: DispatchPayload,
): Promise<{ info: IncidentInfo; level: number; status: string }> {
  const p = event.incident;
  const complete =
    !p.partial &&
    p.title !== '' &&
    p.html_url &&
    p.service &&
    p.escalation_policy &&
    event.event_type === 'incident.triggered';
  let pd: PdIncident | undefined;
  if (!complete) pd = await deps.pagerduty.getIncident(p.id);
  if (pd) {
    return {
      info: {
        id: pd.id,
        ...(pd.number !== undefined ? { number: pd.number } : {}),
        title: pd.title,
        htmlUrl: pd.htmlUrl,
        service: { id: pd.service.id, name: pd.service.name },
        urgency: pd.urgency,
        priority: pd.priority?.name ?? null,
        escalationPolicy: { id: pd.escalationPolicy.id, name: pd.escalationPolicy.name },
      },
      level: pd.escalationLevel ?? 1,
      status: pd.status,
    };
  }
  return {
    info: {
      id: p.id,
      ...(p.number !== undefined ? { number: p.number } : {}),
      title: p.title,
      ...(p.html_url ? { htmlUrl: p.html_url } : {}),
      ...(p.service ? { service: p.service } : {}),
      ...(p.urgency ? { urgency: p.urgency } : {}),
      ...(p.priority !== undefined ? { priority: p.priority } : {}),
      ...(p.escalation_policy ? { escalationPolicy: p.escalation_policy } : {}),
    },
    // A new incident starts at level 1; PagerDuty has not escalated it yet when the triggered webhook leaves.
    level: 1,
    status: p.status || 'triggered',
  };
}

/** Alert summaries/descriptions/custom details for matching; the title alone when PagerDuty cannot say. */
async function alertTexts(deps: AlertDeps, incidentId: string): Promise<string[]> {
  try {
    return await deps.pagerduty.listIncidentAlertTexts(incidentId);
  } catch (error) {
    deps.log.warning(
      `Could not read the alerts of incident ${incidentId} (${describeError(error)}); matching on the title only.`,
    );
    return [];
  }
}

/** On-call segments of `policyId` covering now. */
async function currentOnCalls(deps: AlertDeps, policyId: string): Promise<PdOnCall[]> {
  const now = deps.clock.now().getTime();
  const onCalls = await deps.pagerduty.listOnCalls({
    since: new Date(now),
    until: new Date(now + 60_000),
    escalationPolicyIds: [policyId],
  });
  // Segments overlapping the next minute: only the ones covering now.
  return onCalls.filter((o) => (!o.start || o.start.getTime() <= now) && (!o.end || o.end.getTime() > now));
}

/** Who is on call at `level`, one entry per person, Slack IDs looked up. */
async function peopleAt(deps: AlertDeps, onCalls: readonly PdOnCall[], level: number): Promise<Person[]> {
  const users: PdUser[] = [];
  const seen = new Set<string>();
  for (const o of onCalls) {
    if (o.escalationLevel !== level || seen.has(o.user.id)) continue;
    seen.add(o.user.id);
    users.push(o.user);
  }
  return lookUp(deps, users);
}

/** Slack users for PagerDuty users; the directory warns about (and names) anyone it cannot find. */
async function lookUp(deps: AlertDeps, users: readonly PdUser[]): Promise<Person[]> {
  return Promise.all(
    users.map(async (user) => {
      const found = await deps.users.resolve(user);
      return found.kind === 'user' ? { name: user.name, slackId: found.userId } : { name: user.name };
    }),
  );
}

function runbookLink(
  match: RunbookMatch,
  runbook: IndexedRunbook | undefined,
  loaded: LoadedRunbooks,
  settings: AlertSettings,
): RunbookLink {
  const href =
    runbook?.url ?? (runbook?.doc ? docUrl(loaded.source, runbook.doc, settings.serverUrl) : undefined);
  return {
    id: match.id,
    title: match.title,
    terms: match.terms,
    ...(href ? { href } : {}),
    ...(runbook?.owner ? { owner: runbook.owner } : {}),
    ...(runbook?.escalateTo !== undefined ? { escalateTo: runbook.escalateTo } : {}),
  };
}

function defaultAddUrl(source: RunbookIndex['source'], serverUrl = 'https://github.com'): string | undefined {
  if (!source.repository) return undefined;
  const dir = source.dir === '.' || source.dir === '' ? '' : `/${source.dir}`;
  return `${serverUrl.replace(/\/+$/, '')}/${source.repository}/tree/HEAD${dir}`;
}

async function findTop(
  deps: AlertDeps,
  settings: AlertSettings,
  incidentId: string,
): Promise<HistoryMessage | undefined> {
  const oldest = new Date(deps.clock.now().getTime() - (settings.lookbackMs ?? 14 * DAY_MS));
  return deps.slack.findMessageByMetadata(
    settings.channel,
    TOP_EVENT_TYPE,
    (p) => p.incident_id === incidentId,
    {
      oldest,
    },
  );
}

async function waitForTop(
  deps: AlertDeps,
  settings: AlertSettings,
  incidentId: string,
): Promise<HistoryMessage | undefined> {
  const budget = settings.waitForTopMs ?? 20_000;
  const interval = Math.max(1, settings.waitIntervalMs ?? 2_000);
  const deadline = deps.clock.now().getTime() + budget;
  while (deps.clock.now().getTime() < deadline) {
    deps.log.info(
      `Waiting for the message of incident ${incidentId} (its triggered run may still be posting)…`,
    );
    await deps.clock.sleep(Math.min(interval, deadline - deps.clock.now().getTime()));
    const found = await findTop(deps, settings, incidentId);
    if (found) return found;
  }
  return undefined;
}

async function post(deps: AlertDeps, message: SlackMessage): Promise<PostedMessage> {
  await deps.pacer?.wait(message.channel);
  return deps.slack.postMessage(message);
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

function sameState(a: IncidentState, b: IncidentState): boolean {
  const keys: (keyof IncidentState)[] = [
    'status',
    'statusAt',
    'acknowledgedAt',
    'acknowledgedBy',
    'resolvedAt',
    'resolvedBy',
    'level',
  ];
  return keys.every((k) => a[k] === b[k]);
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
