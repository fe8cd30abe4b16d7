import {
  DIAGNOSTIC_OUTPUT_EVENT_TYPE,
  buildDiagnosticReply
} from "./chunk-K27MDWFB.js";
import {
  CREATION_MARGIN_MS,
  findTopMessage
} from "./chunk-O3TKNPUP.js";
import "./chunk-MENKK2CK.js";
import "./chunk-T7MTKLHV.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import {
  OncallError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// src/alert/reply-run.ts
var UnknownIncidentError = class extends OncallError {
};
async function replyWithDiagnostic(deps, request) {
  const { slack, log } = deps;
  const { channel, incidentId } = request;
  const incident = await deps.pagerduty.getIncident(incidentId);
  const top = await findTopMessage(slack, { channel, incidentId, createdAt: incident.createdAt });
  if (!top) {
    const from = new Date(incident.createdAt.getTime() - CREATION_MARGIN_MS).toISOString();
    throw new UnknownIncidentError(
      `No message for incident ${incidentId} in channel ${channel} (looked from ${from}, the incident's creation): check that "channel" is the channel the alert run posted the incident to.`
    );
  }
  const reply = buildDiagnosticReply({
    channel,
    threadTs: top.ts,
    incidentId,
    output: request.output,
    ...request.totalChars !== void 0 ? { totalChars: request.totalChars } : {},
    title: request.title,
    ...request.run ? { run: request.run } : {}
  });
  if (reply.trimmed) {
    log.warning(
      `The output was trimmed to fit Slack: ${reply.shownLines} lines (${reply.shownChars} characters) are shown in the thread.`
    );
  }
  const run = request.run;
  const earlier = run ? (await slack.listReplies(channel, top.ts)).find((m) => isReplyFor(m, incidentId, run)) : void 0;
  if (earlier && run) {
    if (Number(earlier.metadata?.payload.run_attempt) === run.attempt) {
      log.info(
        `Run ${run.id} (job ${run.job}) already replied in the thread (ts ${earlier.ts}); not posting again.`
      );
      return { action: "duplicate", ts: earlier.ts, threadTs: top.ts, trimmed: reply.trimmed };
    }
    const { channel: _c, threadTs: _t, ...content } = reply.message;
    await slack.updateMessage(channel, earlier.ts, content);
    log.info(
      `Replaced the output of run ${run.id} (job ${run.job}) with attempt ${run.attempt}'s (ts ${earlier.ts}).`
    );
    return { action: "updated", ts: earlier.ts, threadTs: top.ts, trimmed: reply.trimmed };
  }
  const posted = await slack.postMessage(reply.message, { findAfter: new Date(Number(top.ts) * 1e3) });
  log.info(`Posted the diagnostic's output in the thread of incident ${incidentId} (ts ${posted.ts}).`);
  return { action: "posted", ts: posted.ts, threadTs: top.ts, trimmed: reply.trimmed };
}
function isReplyFor(message, incidentId, run) {
  const p = message.metadata?.payload;
  return message.metadata?.eventType === DIAGNOSTIC_OUTPUT_EVENT_TYPE && p?.incident_id === incidentId && String(p.run_id) === run.id && p.job === run.job;
}
export {
  UnknownIncidentError,
  replyWithDiagnostic
};
