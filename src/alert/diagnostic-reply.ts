/**
 * The thread reply that carries a diagnostic workflow's output (`oncall reply`). Pure: text in, Slack message out.
 *
 * The output is outside text (whatever the diagnostic printed, often including alert text), so it is escaped for
 * mrkdwn and shown in code blocks: it can never mention anyone or form a link, and a "```" inside it cannot end the
 * block. It is cut to Slack's limits (section text ≤ 3,000 characters, all block text well under what Slack accepts)
 * at line ends where possible, and the reply then says how much is shown and where the full output is.
 */
import { fitMessage, SLACK_LIMITS } from '../slack/limits.js';
import { escapeMrkdwn, escapeName, link } from '../slack/mrkdwn.js';
import type { Block, SlackMessage } from '../slack/types.js';

/** `event_type` of a diagnostic's output reply. */
export const DIAGNOSTIC_OUTPUT_EVENT_TYPE = 'oncall_diagnostic_output';

/** Code blocks one reply holds at most, and characters of output (after escaping) in each. */
export const OUTPUT_BLOCKS = 3;
export const OUTPUT_BLOCK_CHARS = SLACK_LIMITS.sectionText - 100;

/** The workflow run that produced the output (from the Actions environment), when there is one. */
export interface DiagnosticRun {
  /** `GITHUB_RUN_ID`. */
  id: string;
  /** `GITHUB_RUN_ATTEMPT`; a re-run of the job has the next attempt. */
  attempt: number;
  /** `GITHUB_JOB`: one reply per job of a run. */
  job: string;
  /** The run's page, when the server and repository are known. */
  url?: string;
}

export interface DiagnosticReplyInput {
  channel: string;
  threadTs: string;
  incidentId: string;
  /** What the diagnostic printed. */
  output: string;
  /** Characters of output there were, when `output` is already only the start of it (a large file). */
  totalChars?: number;
  /** Shown in the heading: the workflow's name, e.g. "Diagnose MySQL". */
  title: string;
  run?: DiagnosticRun;
}

export interface DiagnosticReply {
  message: SlackMessage;
  /** True when the output was cut. */
  trimmed: boolean;
  /** Characters and lines of output shown. */
  shownChars: number;
  shownLines: number;
}

/** The reply for a diagnostic's output: a heading with the run's link, the output in code blocks, a note if cut. */
export function buildDiagnosticReply(input: DiagnosticReplyInput): DiagnosticReply {
  const output = input.output.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  const lines = output === '' ? [] : output.split('\n');
  const chunks: string[] = [];
  let current: string[] = [];
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
      if (current.length > 0) chunks.push(current.join('\n'));
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
        // One line longer than a block: its start fills the block, the rest is not shown.
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
  if (current.length > 0 && chunks.length < OUTPUT_BLOCKS) chunks.push(current.join('\n'));
  const total = input.totalChars ?? output.length;
  const trimmed = cut || shownLines < lines.length || total > output.length;

  const runLink = input.run?.url ? link(input.run.url, runLabel(input.run)) : undefined;
  const heading = `:clipboard: *Output of ${escapeName(input.title)}*` + (runLink ? ` · ${runLink}` : '');
  const blocks: Block[] = [{ type: 'section', text: { type: 'mrkdwn', text: heading } }];
  for (const chunk of chunks)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `\`\`\`\n${chunk}\n\`\`\`` } });
  if (chunks.length === 0) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '_The diagnostic printed nothing._' }],
    });
  }
  if (trimmed) {
    const where = runLink ? ` The full output is in the ${link(input.run!.url!, "run's log")}.` : '';
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `_Trimmed to fit Slack: showing the first ${shownLines} of ${lines.length} lines (${shownChars.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} characters).${where}_`,
        },
      ],
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
        ...(input.run ? { run_id: input.run.id, run_attempt: input.run.attempt, job: input.run.job } : {}),
      },
    },
  });
  return { message, trimmed, shownChars, shownLines };
}

/** "run 123" or "run 123, attempt 2". */
function runLabel(run: DiagnosticRun): string {
  return run.attempt > 1 ? `run ${run.id}, attempt ${run.attempt}` : `run ${run.id}`;
}

/**
 * One line of output for a code block: escaped for mrkdwn, with runs of three or more backticks (which would end the
 * block) turned into look-alikes, and tabs kept.
 */
function codeText(line: string): string {
  return escapeMrkdwn(line).replace(/`{3,}/g, (run) => '\u02CB'.repeat(run.length));
}

/** The start of a raw line whose escaped form fits `max`, never splitting a surrogate pair. */
function cutLine(line: string, max: number): string {
  let low = 0;
  let high = line.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (codeText(line.slice(0, mid)).length <= max) low = mid;
    else high = mid - 1;
  }
  const code = line.charCodeAt(low - 1);
  return line.slice(0, code >= 0xd800 && code <= 0xdbff ? low - 1 : low);
}
