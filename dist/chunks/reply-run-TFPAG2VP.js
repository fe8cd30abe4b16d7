import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  DIAGNOSTIC_OUTPUT_EVENT_TYPE,
  buildDiagnosticReply
} from "./chunk-NV3CBLE5.js";
import {
  CREATION_MARGIN_MS,
  findTopMessage
} from "./chunk-EKRTJYNU.js";
import "./chunk-6RWEAGYR.js";
import "./chunk-3V7YR3NY.js";
import "./chunk-SMKC6UQW.js";
import "./chunk-7QIX2LZI.js";
import {
  OncallError
} from "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";

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
