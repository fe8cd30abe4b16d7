/**
 * `oncall reply`: a diagnostic's output into its incident's Slack thread, once per job of a workflow run.
 *
 * The thread is found as every later event finds it: the incident's creation (read from PagerDuty) bounds the
 * look-up of its top message (./lookup.ts). The reply carries the run's id, attempt and job in its metadata, so a
 * step that runs again posts nothing twice, and a re-run of the job (the next attempt) replaces the earlier output
 * in place instead of adding a second reply.
 */
import { OncallError } from '../errors.js';
import type { Logger } from '../log.js';
import type { PagerDutyApi } from '../pagerduty/types.js';
import type { HistoryMessage, SlackApi } from '../slack/types.js';
import {
  buildDiagnosticReply,
  DIAGNOSTIC_OUTPUT_EVENT_TYPE,
  type DiagnosticRun,
} from './diagnostic-reply.js';
import { CREATION_MARGIN_MS, findTopMessage } from './lookup.js';

/** The incident, or its message in the channel, does not exist: nothing to reply to. */
export class UnknownIncidentError extends OncallError {}

export interface ReplyDeps {
  pagerduty: PagerDutyApi;
  slack: SlackApi;
  log: Logger;
}

export interface ReplyRequest {
  channel: string;
  incidentId: string;
  output: string;
  /** Characters of output there were, when `output` is only the start of it. */
  totalChars?: number;
  title: string;
  /** The workflow run replying; without one every call posts a new reply. */
  run?: DiagnosticRun;
}

export interface ReplyResult {
  action: 'posted' | 'updated' | 'duplicate';
  ts: string;
  threadTs: string;
  trimmed: boolean;
}

/**
 * Posts (or, for a later attempt of the same run and job, updates) the diagnostic's reply in the incident's thread.
 * Throws {@link UnknownIncidentError} when the channel holds no message for the incident.
 */
export async function replyWithDiagnostic(deps: ReplyDeps, request: ReplyRequest): Promise<ReplyResult> {
  const { slack, log } = deps;
  const { channel, incidentId } = request;
  const incident = await deps.pagerduty.getIncident(incidentId);
  const top = await findTopMessage(slack, { channel, incidentId, createdAt: incident.createdAt });
  if (!top) {
    const from = new Date(incident.createdAt.getTime() - CREATION_MARGIN_MS).toISOString();
    throw new UnknownIncidentError(
      `No message for incident ${incidentId} in channel ${channel} (looked from ${from}, the incident's creation): ` +
        `check that "channel" is the channel the alert run posted the incident to.`,
    );
  }
  const reply = buildDiagnosticReply({
    channel,
    threadTs: top.ts,
    incidentId,
    output: request.output,
    ...(request.totalChars !== undefined ? { totalChars: request.totalChars } : {}),
    title: request.title,
    ...(request.run ? { run: request.run } : {}),
  });
  if (reply.trimmed) {
    log.warning(
      `The output was trimmed to fit Slack: ${reply.shownLines} lines (${reply.shownChars} characters) are shown in the thread.`,
    );
  }
  const run = request.run;
  const earlier = run
    ? (await slack.listReplies(channel, top.ts)).find((m) => isReplyFor(m, incidentId, run))
    : undefined;
  if (earlier && run) {
    if (Number(earlier.metadata?.payload.run_attempt) === run.attempt) {
      log.info(
        `Run ${run.id} (job ${run.job}) already replied in the thread (ts ${earlier.ts}); not posting again.`,
      );
      return { action: 'duplicate', ts: earlier.ts, threadTs: top.ts, trimmed: reply.trimmed };
    }
    const { channel: _c, threadTs: _t, ...content } = reply.message;
    await slack.updateMessage(channel, earlier.ts, content);
    log.info(
      `Replaced the output of run ${run.id} (job ${run.job}) with attempt ${run.attempt}'s (ts ${earlier.ts}).`,
    );
    return { action: 'updated', ts: earlier.ts, threadTs: top.ts, trimmed: reply.trimmed };
  }
  const posted = await slack.postMessage(reply.message, { findAfter: new Date(Number(top.ts) * 1000) });
  log.info(`Posted the diagnostic's output in the thread of incident ${incidentId} (ts ${posted.ts}).`);
  return { action: 'posted', ts: posted.ts, threadTs: top.ts, trimmed: reply.trimmed };
}

function isReplyFor(message: HistoryMessage, incidentId: string, run: DiagnosticRun): boolean {
  const p = message.metadata?.payload;
  return (
    message.metadata?.eventType === DIAGNOSTIC_OUTPUT_EVENT_TYPE &&
    p?.incident_id === incidentId &&
    String(p.run_id) === run.id &&
    p.job === run.job
  );
}
