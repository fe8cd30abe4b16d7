/**
 * `oncall postmortem`, the story of one run: read the incident from PagerDuty (its timeline and notes), its Slack
 * thread and runbook, fill the repository's template, and keep ONE pull request per incident with the draft — then
 * post its link in the incident's thread, once.
 *
 * Idempotent from the data: the branch is named for the incident (`postmortem/<id>`), its pull request is found by
 * that branch, and the pull request body records the file and a fingerprint of the draft last written. A re-run
 * updates the file only while it is still that draft (people's edits are never overwritten), never opens a second
 * pull request, and never reopens one that people closed or merged. What cannot be read (the thread, the notes) is
 * said in the draft; it never stops the draft.
 */
import { ConflictError } from '../github/client.js';
import type { GitHubApi, GitHubPulls, PullRequest } from '../github/types.js';
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import { findTopMessage } from '../alert/lookup.js';
import type { PagerDutyApi, PdIncident } from '../pagerduty/types.js';
import { link } from '../slack/mrkdwn.js';
import type { HistoryMessage, SlackApi } from '../slack/types.js';
import {
  buildDraft,
  draftBranch,
  draftPath,
  draftTitle,
  fingerprint,
  pullBody,
  readPullMarker,
  type DraftFacts,
  type DraftRunbook,
  type ThreadMessage,
  type Unread,
} from './draft.js';
import { DEFAULT_TEMPLATE } from './template.js';
import { describeTrigger, shouldDraft, type PostmortemTrigger } from './policy.js';

/** Slack metadata event type of the reply that links the pull request; its payload names the incident. */
export const POSTMORTEM_EVENT_TYPE = 'oncall_postmortem';

/** Log pages read at most (100 entries each). */
const MAX_LOG_PAGES = 5;
/** Messages of the thread put in the draft at most. */
const MAX_THREAD_MESSAGES = 200;

export interface PostmortemDeps {
  pagerduty: PagerDutyApi;
  /** Absent: the draft says the thread was not read, and no link is posted. */
  slack?: SlackApi;
  github: Pick<GitHubApi, 'ensureBranch' | 'getFile' | 'putFile'> & GitHubPulls;
  log: Logger;
  /** The runbook the incident matched, with the index version; undefined when none or unknown. */
  runbook?(incident: PdIncident, runbookId: string | undefined): Promise<DraftRunbook | undefined>;
}

export interface PostmortemSettings {
  incidentId: string;
  /** The channel of the incident's thread. */
  channel?: string;
  /** Where drafts go; default `postmortems`. */
  dir?: string;
  /** The template's path in the repository; default `postmortems/TEMPLATE.md`. */
  templatePath?: string;
  /** Only draft when the incident meets this (the automatic draft on resolve); absent = always (on request). */
  when?: PostmortemTrigger;
  /** Build and print the draft; write nothing. */
  dryRun?: boolean;
}

export type PostmortemAction =
  /** A new pull request. */
  | 'created'
  /** The pull request (and the file, if it was still the draft) brought up to date. */
  | 'updated'
  /** Already up to date. */
  | 'unchanged'
  /** The pull request was merged or closed by people: nothing written. */
  | 'closed'
  /** The incident does not meet `when`. */
  | 'skipped'
  | 'dry-run';

export interface PostmortemResult {
  action: PostmortemAction;
  path?: string;
  branch?: string;
  pull?: PullRequest;
  markdown?: string;
  /** The file on the branch was edited by people and left as it is. */
  keptEdits?: boolean;
  /** The link reply in the incident's thread. */
  link: 'posted' | 'already-posted' | 'no-thread' | 'failed' | 'none';
}

export async function runPostmortem(
  deps: PostmortemDeps,
  settings: PostmortemSettings,
): Promise<PostmortemResult> {
  const { log, github } = deps;
  // PagerDuty's state read now decides, not the event that started the run.
  const incident = await deps.pagerduty.getIncident(settings.incidentId);
  const top = await findThread(deps, settings, incident);
  const runbookId =
    typeof top.message?.metadata?.payload.runbook_id === 'string'
      ? top.message.metadata.payload.runbook_id
      : undefined;
  if (settings.when && !shouldDraft(settings.when, incident, runbookId)) {
    log.info(
      `Incident ${incident.id} does not call for a postmortem draft (${describeTrigger(settings.when)}).`,
    );
    return { action: 'skipped', link: 'none' };
  }
  const [timeline, notes, thread, runbook] = await Promise.all([
    readTimeline(deps, incident.id),
    readNotes(deps, incident.id),
    readThread(deps, settings, top),
    deps.runbook?.(incident, runbookId).catch((error: unknown) => {
      log.warning(`Could not read the runbook of incident ${incident.id} (${describeError(error)}).`);
      return undefined;
    }),
  ]);
  const facts: DraftFacts = {
    incident,
    timeline,
    notes,
    thread: thread.messages,
    names: thread.names,
    ...(runbook ? { runbook } : runbookId ? { runbook: { id: runbookId } } : {}),
  };

  const branch = draftBranch(incident.id);
  const existing = settings.dryRun ? undefined : await github.findPullRequest(branch);
  const marker = existing ? readPullMarker(existing.body) : undefined;
  const path = marker?.path ?? draftPath(incident, settings.dir ?? 'postmortems');
  if (existing && existing.state === 'closed') {
    log.info(
      `The postmortem pull request of incident ${incident.id} (#${existing.number}) was ${existing.merged ? 'merged' : 'closed'}; not writing it again.`,
    );
    const posted = await postLink(deps, settings, top, incident, existing);
    return { action: 'closed', path, branch, pull: existing, link: posted };
  }

  const templatePath = settings.templatePath ?? 'postmortems/TEMPLATE.md';
  if (settings.dryRun) {
    const markdown = buildDraft(DEFAULT_TEMPLATE, facts);
    return { action: 'dry-run', path, branch, markdown, link: 'none' };
  }
  await github.ensureBranch(branch);
  const template = (await github.getFile(branch, templatePath))?.content ?? DEFAULT_TEMPLATE;
  const markdown = buildDraft(template, facts);
  const file = await github.getFile(branch, path);
  let written = false;
  let keptEdits = false;
  let draftPrint = fingerprint(markdown);
  if (!file) {
    try {
      await github.putFile(branch, path, markdown, `Postmortem draft for incident ${incident.id}`);
      written = true;
    } catch (error) {
      // Another run wrote it between our read and our write: theirs stays, this run carries on with the pull request.
      if (!(error instanceof ConflictError)) throw error;
      log.info(`${path} on ${branch} was written by another run meanwhile; keeping that version.`);
    }
  } else if (file.content !== markdown) {
    // Ours while it is exactly the draft last written (the pull request says which); without a pull request, while
    // it still carries this incident's draft header and nobody could have reviewed an edit.
    const untouched = marker
      ? marker.draft === fingerprint(file.content)
      : file.content.includes(`Postmortem draft for ${incident.id},`);
    if (untouched) {
      await github.putFile(
        branch,
        path,
        markdown,
        `Update the postmortem draft for incident ${incident.id}`,
        file.sha,
      );
      written = true;
    } else {
      keptEdits = true;
      draftPrint = marker?.draft ?? fingerprint(file.content);
      log.info(`${path} on ${branch} was edited since it was drafted; leaving it as it is.`);
    }
  }
  const title = draftTitle(incident);
  const body = pullBody(facts, path, draftPrint);
  let pull = existing;
  let action: PostmortemAction;
  if (!pull) {
    try {
      pull = await github.createPullRequest({ branch, title, body });
      action = 'created';
    } catch (error) {
      // Another run opened it meanwhile: use that one.
      if (!(error instanceof ConflictError)) throw error;
      pull = await github.findPullRequest(branch);
      if (!pull) throw error;
      action = 'updated';
    }
  } else {
    action = written ? 'updated' : 'unchanged';
  }
  if (action !== 'created' && (pull.title !== title || pull.body !== body)) {
    pull = await github.updatePullRequest(pull.number, { title, body });
    action = 'updated';
  }
  log.info(`Postmortem draft of incident ${incident.id}: ${action} ${pull.htmlUrl} (${path}).`);
  const posted = await postLink(deps, settings, top, incident, pull);
  return { action, path, branch, pull, markdown, ...(keptEdits ? { keptEdits } : {}), link: posted };
}

interface Thread {
  message?: HistoryMessage;
  problem?: string;
}

async function findThread(
  deps: PostmortemDeps,
  settings: PostmortemSettings,
  incident: PdIncident,
): Promise<Thread> {
  if (!deps.slack || !settings.channel) return { problem: 'no Slack channel was given' };
  try {
    const message = await findTopMessage(deps.slack, {
      channel: settings.channel,
      incidentId: incident.id,
      createdAt: incident.createdAt,
    });
    return message ? { message } : {};
  } catch (error) {
    deps.log.warning(`Could not find the Slack thread of incident ${incident.id} (${describeError(error)}).`);
    return { problem: describeError(error) };
  }
}

async function readTimeline(deps: PostmortemDeps, incidentId: string): Promise<DraftFacts['timeline']> {
  if (!deps.pagerduty.listIncidentLogEntries)
    return { problem: 'this PagerDuty client cannot read timelines' };
  try {
    return await deps.pagerduty.listIncidentLogEntries(incidentId, { maxPages: MAX_LOG_PAGES });
  } catch (error) {
    deps.log.warning(`Could not read the timeline of incident ${incidentId} (${describeError(error)}).`);
    return { problem: describeError(error) };
  }
}

async function readNotes(deps: PostmortemDeps, incidentId: string): Promise<DraftFacts['notes']> {
  if (!deps.pagerduty.listIncidentNotes) return { problem: 'this PagerDuty client cannot read notes' };
  try {
    return await deps.pagerduty.listIncidentNotes(incidentId);
  } catch (error) {
    deps.log.warning(`Could not read the notes of incident ${incidentId} (${describeError(error)}).`);
    return { problem: describeError(error) };
  }
}

/** The thread's messages with their authors by name; a failed read is a note in the draft, not an error. */
async function readThread(
  deps: PostmortemDeps,
  settings: PostmortemSettings,
  top: Thread,
): Promise<{ messages: ThreadMessage[] | Unread; names: Map<string, string> }> {
  const names = new Map<string, string>();
  if (top.problem) return { messages: { problem: top.problem }, names };
  if (!top.message || !deps.slack || !settings.channel) return { messages: [], names };
  const slack = deps.slack;
  try {
    const replies = await slack.listReplies(settings.channel, top.message.ts);
    // The link to the draft is not part of the incident's story (and would change the draft on every re-run).
    const messages = [top.message, ...replies]
      .filter((m) => m.metadata?.eventType !== POSTMORTEM_EVENT_TYPE)
      .slice(0, MAX_THREAD_MESSAGES);
    const ids = new Set<string>();
    for (const m of messages) {
      if (m.userId) ids.add(m.userId);
      for (const match of m.text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g)) ids.add(match[1]!);
    }
    const own = await slack.ownUserId?.().catch(() => undefined);
    await Promise.all(
      [...ids].map(async (id) => {
        const name = await slack.getUserName?.(id).catch(() => undefined);
        if (name) names.set(id, name);
        else if (id === own) names.set(id, 'oncall-runbooks');
      }),
    );
    return {
      messages: messages.map((m) => ({
        ts: m.ts,
        author: (m.userId && names.get(m.userId)) || (m.userId ?? 'unknown'),
        text: m.text,
      })),
      names,
    };
  } catch (error) {
    deps.log.warning(`Could not read the Slack thread (${describeError(error)}); the draft says so.`);
    return { messages: { problem: describeError(error) }, names };
  }
}

/** Posts the pull request's link in the incident's thread, unless a reply with this incident's metadata is there. */
async function postLink(
  deps: PostmortemDeps,
  settings: PostmortemSettings,
  top: Thread,
  incident: PdIncident,
  pull: PullRequest,
): Promise<PostmortemResult['link']> {
  if (!deps.slack || !settings.channel || !top.message) return 'no-thread';
  const slack = deps.slack;
  try {
    const replies = await slack.listReplies(settings.channel, top.message.ts);
    if (
      replies.some(
        (m) =>
          m.metadata?.eventType === POSTMORTEM_EVENT_TYPE && m.metadata.payload.incident_id === incident.id,
      )
    ) {
      return 'already-posted';
    }
    await slack.postMessage(
      {
        channel: settings.channel,
        threadTs: top.message.ts,
        text: `:memo: Postmortem draft: ${link(pull.htmlUrl, `#${pull.number} ${pull.title}`)}`,
        metadata: {
          eventType: POSTMORTEM_EVENT_TYPE,
          payload: { incident_id: incident.id, pull: pull.number },
        },
      },
      { findAfter: new Date(Number(top.message.ts) * 1000) },
    );
    return 'posted';
  } catch (error) {
    deps.log.warning(
      `Could not post the postmortem link in the thread of incident ${incident.id} (${describeError(error)}).`,
    );
    return 'failed';
  }
}
