import {
  SLACK_LIMITS,
  fitMessage
} from "./chunk-EA5KP37Y.js";
import {
  escapeMrkdwn,
  escapeName,
  link
} from "./chunk-IA4VIC32.js";

// src/alert/diagnostic-reply.ts
var DIAGNOSTIC_OUTPUT_EVENT_TYPE = "oncall_diagnostic_output";
var OUTPUT_BLOCKS = 3;
var OUTPUT_BLOCK_CHARS = SLACK_LIMITS.sectionText - 100;
function buildDiagnosticReply(input) {
  const output = input.output.replace(/\r\n?/g, "\n").replace(/\s+$/, "");
  const lines = output === "" ? [] : output.split("\n");
  const chunks = [];
  let current = [];
  let used = 0;
  let shownChars = 0;
  let shownLines = 0;
  let cut = false;
  for (const line of lines) {
    const escaped = codeText(line);
    const cost = escaped.length + (current.length > 0 ? 1 : 0);
    if (used + cost <= OUTPUT_BLOCK_CHARS) {
      current.push(escaped);
      used += cost;
    } else {
      if (current.length > 0) chunks.push(current.join("\n"));
      current = [];
      used = 0;
      if (chunks.length >= OUTPUT_BLOCKS) {
        cut = true;
        break;
      }
      if (escaped.length <= OUTPUT_BLOCK_CHARS) {
        current.push(escaped);
        used = escaped.length;
      } else {
        const head = cutLine(line, OUTPUT_BLOCK_CHARS);
        chunks.push(codeText(head));
        shownChars += head.length;
        shownLines += 1;
        cut = true;
        if (chunks.length >= OUTPUT_BLOCKS) break;
        continue;
      }
    }
    shownChars += line.length + (shownLines > 0 ? 1 : 0);
    shownLines += 1;
  }
  if (current.length > 0 && chunks.length < OUTPUT_BLOCKS) chunks.push(current.join("\n"));
  const total = input.totalChars ?? output.length;
  const trimmed = cut || shownLines < lines.length || total > output.length;
  const runLink = input.run?.url ? link(input.run.url, runLabel(input.run)) : void 0;
  const heading = `:clipboard: *Output of ${escapeName(input.title)}*` + (runLink ? ` \xB7 ${runLink}` : "");
  const blocks = [{ type: "section", text: { type: "mrkdwn", text: heading } }];
  for (const chunk of chunks)
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `\`\`\`
${chunk}
\`\`\`` } });
  if (chunks.length === 0) {
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: "_The diagnostic printed nothing._" }]
    });
  }
  if (trimmed) {
    const where = runLink ? ` The full output is in the ${link(input.run.url, "run's log")}.` : "";
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `_Trimmed to fit Slack: showing the first ${shownLines} of ${lines.length} lines (${shownChars.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} characters).${where}_`
        }
      ]
    });
  }
  const message = fitMessage({
    channel: input.channel,
    threadTs: input.threadTs,
    text: `Output of ${escapeMrkdwn(input.title)} for incident ${escapeMrkdwn(input.incidentId)}`,
    blocks,
    metadata: {
      eventType: DIAGNOSTIC_OUTPUT_EVENT_TYPE,
      payload: {
        incident_id: input.incidentId,
        ...input.run ? { run_id: input.run.id, run_attempt: input.run.attempt, job: input.run.job } : {}
      }
    }
  });
  return { message, trimmed, shownChars, shownLines };
}
function runLabel(run) {
  return run.attempt > 1 ? `run ${run.id}, attempt ${run.attempt}` : `run ${run.id}`;
}
function codeText(line) {
  return escapeMrkdwn(line).replace(/`{3,}/g, (run) => "\u02CB".repeat(run.length));
}
function cutLine(line, max) {
  let low = 0;
  let high = line.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (codeText(line.slice(0, mid)).length <= max) low = mid;
    else high = mid - 1;
  }
  const code = line.charCodeAt(low - 1);
  return line.slice(0, code >= 55296 && code <= 56319 ? low - 1 : low);
}

export {
  DIAGNOSTIC_OUTPUT_EVENT_TYPE,
  buildDiagnosticReply
};
