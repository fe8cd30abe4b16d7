import {
  alertmanagerFiring,
  readAlerts
} from "./chunk-KOCSSIJL.js";
import {
  postReplyOnce
} from "./chunk-T7MTKLHV.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  truncateText
} from "./chunk-EA5KP37Y.js";
import {
  escapeMrkdwn,
  link
} from "./chunk-IA4VIC32.js";
import {
  describeError
} from "./chunk-BYBTV2RS.js";

// node-builtin:node:crypto#src/alert/diagnose.ts
var m = builtin("node:crypto");
var randomUUID = m.randomUUID;

// src/alert/diagnose.ts
var DIAGNOSTICS_EVENT_TYPE = "oncall_diagnostics";
var MAX_LABELS = 50;
var MAX_LABEL_VALUE_CHARS = 500;
var MAX_LABELS_JSON_CHARS = 8e3;
async function startDiagnostics(deps, request) {
  try {
    return await start(deps, request);
  } catch (error) {
    deps.log.warning(
      `Could not start the diagnostics of incident ${request.incidentId} (${describeError(error)}); the incident's message is unaffected.`
    );
    return [];
  }
}
async function start(deps, request) {
  const { log, slack } = deps;
  const { channel, incidentId, top } = request;
  const runbookId = top.metadata?.payload.runbook_id;
  if (typeof runbookId !== "string" || runbookId === "") return [];
  const runbook = (await deps.runbooks()).runbook(runbookId);
  const workflows = runbook?.diagnose ?? [];
  if (workflows.length === 0) return [];
  const names = workflows.map((w) => w.workflow).join(", ");
  if (request.dryRun) {
    log.info(`Dry run: would start the diagnostics of runbook "${runbookId}": ${names}.`);
    return [];
  }
  const dispatch = deps.diagnostics;
  if (!dispatch) {
    log.warning(
      `Runbook "${runbookId}" names diagnostic workflows (${names}), but dispatching is not set up (a token with actions: write in diagnose-token or github-token, the repository, and diagnose-ref outside Actions); not starting them.`
    );
    return [];
  }
  const isClaim = (m2) => m2.metadata?.eventType === DIAGNOSTICS_EVENT_TYPE && m2.metadata.payload.incident_id === incidentId;
  if ((await slack.listReplies(channel, top.ts)).some(isClaim)) {
    log.info(`The diagnostics of incident ${incidentId} were started before; not starting them again.`);
    return [];
  }
  const run = randomUUID();
  const claim = {
    channel,
    threadTs: top.ts,
    text: `:mag: Starting diagnostics: ${workflows.map((w) => `\`${w.workflow}\``).join(", ")}\u2026`,
    metadata: {
      eventType: DIAGNOSTICS_EVENT_TYPE,
      payload: { incident_id: incidentId, run, state: "starting" }
    }
  };
  await deps.pacer?.wait(channel);
  const { posted, earlier } = await postReplyOnce(
    slack,
    { ...claim, threadTs: top.ts },
    (m2) => isClaim(m2) && m2.metadata?.payload.run !== run
  );
  if (earlier) {
    log.info(`Another run is starting the diagnostics of incident ${incidentId}; leaving them to it.`);
    return [];
  }
  const alerts = await readAlerts(deps, incidentId);
  const labels = alertLabels(alerts.alerts);
  if (labels.omitted > 0) {
    log.warning(
      `Incident ${incidentId}: the labels input carries ${labels.kept} of ${labels.kept + labels.omitted} labels (GitHub limits input sizes); "_omitted" says how many are left out.`
    );
  }
  const outcomes = [];
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
          state: "done",
          started: outcomes.filter((o) => o.outcome === "started").length,
          failed: outcomes.filter((o) => o.outcome === "failed").length
        }
      }
    });
  } catch (error) {
    log.warning(
      `Could not show the diagnostics' outcome in the thread of incident ${incidentId} (${describeError(error)}).`
    );
  }
  return outcomes;
}
function dispatchInputs(workflow, facts) {
  const always = {
    incident_id: facts.incidentId,
    labels: facts.labels,
    channel: facts.channel
  };
  return { ...workflow.inputs, ...always };
}
async function dispatchOne(deps, dispatch, workflow, facts) {
  try {
    const run = await dispatch.github.dispatchWorkflow(
      workflow.workflow,
      dispatch.ref,
      dispatchInputs(workflow, facts)
    );
    deps.log.info(
      `Started diagnostic ${workflow.workflow} for incident ${facts.incidentId}${run.htmlUrl ? ` (${run.htmlUrl})` : ""}.`
    );
    return {
      workflow: workflow.workflow,
      outcome: "started",
      ...run.htmlUrl ? { runUrl: run.htmlUrl } : {},
      ...run.runId !== void 0 ? { runId: run.runId } : {}
    };
  } catch (error) {
    const reason = describeError(error);
    deps.log.warning(
      `Could not start diagnostic ${workflow.workflow} for incident ${facts.incidentId}: ${reason}`
    );
    return { workflow: workflow.workflow, outcome: "failed", reason };
  }
}
function outcomeText(outcomes, labelsOmitted = 0) {
  const lines = outcomes.map((o) => {
    const name = `\`${o.workflow}\``;
    if (o.outcome === "started") {
      const run = o.runUrl ? `: ${link(o.runUrl, o.runId !== void 0 ? `run ${o.runId}` : "its run")}` : "";
      return `:mag: Diagnostic ${name} started${run}. Its output will be posted in this thread.`;
    }
    return `:warning: Could not start diagnostic ${name}: ${escapeMrkdwn(truncateText(o.reason ?? "unknown error", 300))}`;
  });
  if (labelsOmitted > 0)
    lines.push(`_${labelsOmitted} alert labels were left out of its inputs (size limit)._`);
  return lines.join("\n");
}
function alertLabels(alerts) {
  let pairs = [];
  for (const alert of alerts) {
    const firing = alert.details.find((d) => /^firing$/i.test(d.key));
    pairs = firing ? alertmanagerFiring(firing.value).filter((d) => d.label) : alert.details.filter((d) => !SKIPPED_DETAILS.test(d.key));
    if (pairs.length > 0) break;
  }
  const labels = {};
  let kept = 0;
  let size = 2;
  for (const { key, value } of pairs) {
    if (Object.hasOwn(labels, key)) continue;
    const text = value.length > MAX_LABEL_VALUE_CHARS ? `${value.slice(0, MAX_LABEL_VALUE_CHARS - 1)}\u2026` : value;
    const cost = JSON.stringify(key).length + JSON.stringify(text).length + 2;
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
var SKIPPED_DETAILS = /^(firing|resolved|num_firing|num_resolved)$/i;

export {
  DIAGNOSTICS_EVENT_TYPE,
  MAX_LABELS,
  MAX_LABEL_VALUE_CHARS,
  MAX_LABELS_JSON_CHARS,
  startDiagnostics,
  dispatchInputs,
  outcomeText,
  alertLabels
};
