/**
 * Diagnostics that run themselves: when an incident is triggered and its runbook names diagnostic workflows
 * (`diagnose:`), the alert run dispatches each once (`workflow_dispatch`), after the incident's message is posted.
 *
 * Exactly once without a database: the run first posts a "starting diagnostics" reply in the incident's thread,
 * carrying Slack metadata, then reads the thread again. Of several runs that did so at once (a re-run, a redelivered
 * webhook), only the one whose reply is earliest by Slack's `ts` dispatches; the others delete their reply. A run
 * that finds such a reply already in the thread dispatches nothing. The reply is then edited to say what started,
 * with a link to each run, or why a workflow could not be started.
 *
 * A failed dispatch is shown in that reply and logged; it is not retried (a 5xx does not say whether the run
 * started) and it never changes or delays the incident's message. A dispatched workflow that never answers leaves
 * the thread without its output; nothing here waits for it.
 */
import { randomUUID } from 'node:crypto';
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { GitHubApi } from '../github/types.js';
import type { PagerDutyApi, PdAlertContext } from '../pagerduty/types.js';
import type { ALWAYS_SENT_INPUTS } from '../runbooks/diagnose.js';
import type { DiagnosticWorkflow, IndexedRunbook } from '../runbooks/types.js';
import { postReplyOnce } from '../slack/settle.js';
import { truncateText } from '../slack/limits.js';
import { escapeMrkdwn, link } from '../slack/mrkdwn.js';
import type { HistoryMessage, SlackApi, SlackMessage } from '../slack/types.js';
import { alertmanagerFiring } from './context.js';
import { readAlerts } from './incident-info.js';

/** `event_type` of the thread reply that records an incident's diagnostics. */
export const DIAGNOSTICS_EVENT_TYPE = 'oncall_diagnostics';

/** Labels sent in the `labels` input at most, and characters of one label value. */
export const MAX_LABELS = 50;
export const MAX_LABEL_VALUE_CHARS = 500;
/** Characters of the `labels` input's JSON at most (GitHub allows 65,535 for all inputs together). */
export const MAX_LABELS_JSON_CHARS = 8_000;

/** Where diagnostics are dispatched: the adapter call and the branch the reviewed workflow files are read from. */
export interface DiagnosticsDispatch {
  github: Required<Pick<GitHubApi, 'dispatchWorkflow'>>;
  /** Branch or tag the workflows run from: the default branch, where runbooks and workflows were reviewed. */
  ref: string;
}

/** What starting diagnostics needs of the alert run's dependencies (the run's `AlertDeps` fits). */
export interface DiagnoseDeps {
  slack: SlackApi;
  pagerduty: PagerDutyApi;
  log: Logger;
  runbooks(): Promise<{ runbook(id: string): IndexedRunbook | undefined }>;
  pacer?: { wait(channel: string): Promise<void> };
  /** Unset: runbooks' diagnostics are not started (and a warning says why). */
  diagnostics?: DiagnosticsDispatch;
}

export interface DiagnosticOutcome {
  workflow: string;
  outcome: 'started' | 'failed';
  /** The run's page and number, when GitHub named them. */
  runUrl?: string;
  runId?: number;
  reason?: string;
}

export interface DiagnoseRequest {
  channel: string;
  incidentId: string;
  /** The incident's top message (its metadata names the runbook it shows). */
  top: HistoryMessage;
  dryRun?: boolean;
}

/**
 * Starts the diagnostics of the runbook the incident's message shows, once per incident. Never throws: whatever
 * fails is logged as a warning and, for a dispatch, shown in the thread. Returns what was started now (empty when
 * there was nothing to start, or another run started them).
 */
export async function startDiagnostics(
  deps: DiagnoseDeps,
  request: DiagnoseRequest,
): Promise<DiagnosticOutcome[]> {
  try {
    return await start(deps, request);
  } catch (error) {
    deps.log.warning(
      `Could not start the diagnostics of incident ${request.incidentId} (${describeError(error)}); the incident's message is unaffected.`,
    );
    return [];
  }
}

async function start(deps: DiagnoseDeps, request: DiagnoseRequest): Promise<DiagnosticOutcome[]> {
  const { log, slack } = deps;
  const { channel, incidentId, top } = request;
  const runbookId = top.metadata?.payload.runbook_id;
  if (typeof runbookId !== 'string' || runbookId === '') return [];
  const runbook = (await deps.runbooks()).runbook(runbookId);
  const workflows = runbook?.diagnose ?? [];
  if (workflows.length === 0) return [];
  const names = workflows.map((w) => w.workflow).join(', ');
  if (request.dryRun) {
    log.info(`Dry run: would start the diagnostics of runbook "${runbookId}": ${names}.`);
    return [];
  }
  const dispatch = deps.diagnostics;
  if (!dispatch) {
    log.warning(
      `Runbook "${runbookId}" names diagnostic workflows (${names}), but dispatching is not set up (a token with ` +
        `actions: write in diagnose-token or github-token, the repository, and diagnose-ref outside Actions); ` +
        `not starting them.`,
    );
    return [];
  }
  const isClaim = (m: HistoryMessage) =>
    m.metadata?.eventType === DIAGNOSTICS_EVENT_TYPE && m.metadata.payload.incident_id === incidentId;
  if ((await slack.listReplies(channel, top.ts)).some(isClaim)) {
    log.info(`The diagnostics of incident ${incidentId} were started before; not starting them again.`);
    return [];
  }
  const run = randomUUID();
  const claim: SlackMessage = {
    channel,
    threadTs: top.ts,
    text: `:mag: Starting diagnostics: ${workflows.map((w) => `\`${w.workflow}\``).join(', ')}…`,
    metadata: {
      eventType: DIAGNOSTICS_EVENT_TYPE,
      payload: { incident_id: incidentId, run, state: 'starting' },
    },
  };
  await deps.pacer?.wait(channel);
  // Runs that claimed at the same time settle on the earliest claim; the others take theirs back.
  const { posted, earlier } = await postReplyOnce(
    slack,
    { ...claim, threadTs: top.ts },
    (m) => isClaim(m) && m.metadata?.payload.run !== run,
  );
  if (earlier) {
    log.info(`Another run is starting the diagnostics of incident ${incidentId}; leaving them to it.`);
    return [];
  }

  const alerts = await readAlerts(deps, incidentId);
  const labels = alertLabels(alerts.alerts);
  if (labels.omitted > 0) {
    log.warning(
      `Incident ${incidentId}: the labels input carries ${labels.kept} of ${labels.kept + labels.omitted} labels (GitHub limits input sizes); "_omitted" says how many are left out.`,
    );
  }
  const outcomes: DiagnosticOutcome[] = [];
  for (const workflow of workflows) {
    outcomes.push(await dispatchOne(deps, dispatch, workflow, { incidentId, channel, labels: labels.json }));
  }
  try {
    await slack.updateMessage(channel, posted.ts, {
      text: outcomeText(outcomes, labels.omitted),
      metadata: {
        eventType: DIAGNOSTICS_EVENT_TYPE,
        payload: {
          incident_id: incidentId,
          run,
          state: 'done',
          started: outcomes.filter((o) => o.outcome === 'started').length,
          failed: outcomes.filter((o) => o.outcome === 'failed').length,
        },
      },
    });
  } catch (error) {
    log.warning(
      `Could not show the diagnostics' outcome in the thread of incident ${incidentId} (${describeError(error)}).`,
    );
  }
  return outcomes;
}

/** The inputs of one dispatch: the fixed ones first, then the runbook's own (the schema keeps them apart). */
export function dispatchInputs(
  workflow: DiagnosticWorkflow,
  facts: { incidentId: string; channel: string; labels: string },
): Record<string, string> {
  const always: Record<(typeof ALWAYS_SENT_INPUTS)[number], string> = {
    incident_id: facts.incidentId,
    labels: facts.labels,
    channel: facts.channel,
  };
  return { ...workflow.inputs, ...always };
}

async function dispatchOne(
  deps: DiagnoseDeps,
  dispatch: DiagnosticsDispatch,
  workflow: DiagnosticWorkflow,
  facts: { incidentId: string; channel: string; labels: string },
): Promise<DiagnosticOutcome> {
  try {
    const run = await dispatch.github.dispatchWorkflow(
      workflow.workflow,
      dispatch.ref,
      dispatchInputs(workflow, facts),
    );
    deps.log.info(
      `Started diagnostic ${workflow.workflow} for incident ${facts.incidentId}${run.htmlUrl ? ` (${run.htmlUrl})` : ''}.`,
    );
    return {
      workflow: workflow.workflow,
      outcome: 'started',
      ...(run.htmlUrl ? { runUrl: run.htmlUrl } : {}),
      ...(run.runId !== undefined ? { runId: run.runId } : {}),
    };
  } catch (error) {
    const reason = describeError(error);
    deps.log.warning(
      `Could not start diagnostic ${workflow.workflow} for incident ${facts.incidentId}: ${reason}`,
    );
    return { workflow: workflow.workflow, outcome: 'failed', reason };
  }
}

/** The thread reply once the dispatches are done: one line per workflow. */
export function outcomeText(outcomes: readonly DiagnosticOutcome[], labelsOmitted = 0): string {
  const lines = outcomes.map((o) => {
    const name = `\`${o.workflow}\``;
    if (o.outcome === 'started') {
      const run = o.runUrl ? `: ${link(o.runUrl, o.runId !== undefined ? `run ${o.runId}` : 'its run')}` : '';
      return `:mag: Diagnostic ${name} started${run}. Its output will be posted in this thread.`;
    }
    return `:warning: Could not start diagnostic ${name}: ${escapeMrkdwn(truncateText(o.reason ?? 'unknown error', 300))}`;
  });
  if (labelsOmitted > 0)
    lines.push(`_${labelsOmitted} alert labels were left out of its inputs (size limit)._`);
  return lines.join('\n');
}

/**
 * The alert's labels as the `labels` input: a JSON object of text values. Alertmanager's labels when the alert
 * carries its `firing` text, else the custom details the monitoring tool sent (of the first alert that has any).
 * Cut to {@link MAX_LABELS} labels, values to {@link MAX_LABEL_VALUE_CHARS} characters and the JSON to
 * {@link MAX_LABELS_JSON_CHARS}; what was left out is counted in an `_omitted` key, so the JSON always parses.
 */
export function alertLabels(alerts: readonly PdAlertContext[]): {
  json: string;
  kept: number;
  omitted: number;
} {
  let pairs: { key: string; value: string }[] = [];
  for (const alert of alerts) {
    const firing = alert.details.find((d) => /^firing$/i.test(d.key));
    pairs = firing
      ? alertmanagerFiring(firing.value).filter((d) => d.label)
      : alert.details.filter((d) => !SKIPPED_DETAILS.test(d.key));
    if (pairs.length > 0) break;
  }
  const labels: Record<string, string> = {};
  let kept = 0;
  let size = 2;
  for (const { key, value } of pairs) {
    if (Object.hasOwn(labels, key)) continue;
    const text =
      value.length > MAX_LABEL_VALUE_CHARS ? `${value.slice(0, MAX_LABEL_VALUE_CHARS - 1)}…` : value;
    const cost = JSON.stringify(key).length + JSON.stringify(text).length + 2;
    // Room is kept for the `_omitted` entry itself.
    if (kept >= MAX_LABELS || size + cost > MAX_LABELS_JSON_CHARS - 32) break;
    labels[key] = text;
    kept += 1;
    size += cost;
  }
  const distinct = new Set(pairs.map((p) => p.key)).size;
  const omitted = distinct - kept;
  if (omitted > 0) labels._omitted = String(omitted);
  return { json: JSON.stringify(labels), kept, omitted };
}

/** Alertmanager's bookkeeping details say nothing about the alert itself. */
const SKIPPED_DETAILS = /^(firing|resolved|num_firing|num_resolved)$/i;
