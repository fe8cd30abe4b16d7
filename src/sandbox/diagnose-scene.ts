/**
 * The sandbox's diagnostics scene: the MySQL runbook names the example diagnostic workflow
 * (.github/workflows/diagnose-example.yml), so the alert run that posts the MySQL incident dispatches it. The fake
 * GitHub checks the dispatch against the workflow file as GitHub would (declared inputs, workflow_dispatch), then
 * "runs" it: the example's collect step, played here, and its reply step, which is the real `oncall reply`. The step
 * is then run again, as a retried step would be, and must post nothing more.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DIAGNOSTICS_EVENT_TYPE } from '../alert/diagnose.js';
import { DIAGNOSTIC_OUTPUT_EVENT_TYPE } from '../alert/diagnostic-reply.js';
import type { FakeGitHub, RecordedWorkflowDispatch } from '../fakes/github.js';
import type { FakeSlack, TranscriptMessage } from '../fakes/slack.js';

/** The example workflow, as the repository ships it. */
const EXAMPLE_WORKFLOW = 'diagnose-example.yml';
const WORKFLOW_NAME = 'Diagnose (example)';

export interface DiagnoseSceneContext {
  github: FakeGitHub;
  slack: FakeSlack;
  workDir: string;
  /** Runs one `oncall` command line with extra environment, as the sandbox runs every command. */
  oncall(argv: string[], env: Record<string, string>): Promise<number>;
  fail(message: string): void;
  print(line: string): void;
}

/**
 * Puts the repository's workflows directory's example on the fake repository's default branch, where GitHub reads
 * a dispatched workflow from. Returns false when the working directory has no such file (then the dispatch is
 * refused with 404, and the thread says so).
 */
export function installExampleWorkflow(github: FakeGitHub, cwd: string): boolean {
  const file = path.join('.github', 'workflows', EXAMPLE_WORKFLOW);
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    return false;
  }
  github.setFile(github.defaultBranch, file.split(path.sep).join('/'), text);
  return true;
}

/**
 * One run of the example workflow for a dispatch: its collect step (what the example's script prints, from the
 * inputs the dispatch carried) and its reply step (`oncall reply`), twice — the second time must post nothing.
 */
export async function runExampleWorkflow(
  ctx: DiagnoseSceneContext,
  dispatch: RecordedWorkflowDispatch,
): Promise<void> {
  if (dispatch.workflow !== EXAMPLE_WORKFLOW) return;
  const { inputs } = dispatch;
  const output = path.join(ctx.workDir, `diagnostics-${dispatch.runId}.txt`);
  await writeFile(output, collect(inputs));
  const env = {
    GITHUB_RUN_ID: String(dispatch.runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'diagnose',
    GITHUB_WORKFLOW: WORKFLOW_NAME,
    GITHUB_SERVER_URL: 'https://github.com',
  };
  const argv = [
    'reply',
    '--incident',
    inputs.incident_id ?? '',
    '--channel',
    inputs.channel ?? '',
    '--file',
    output,
  ];
  ctx.print(`   │ ${WORKFLOW_NAME} run ${dispatch.runId}: oncall reply --incident ${inputs.incident_id}`);
  const code = await ctx.oncall(argv, env);
  if (code !== 0) return ctx.fail(`oncall reply exited ${code} in the diagnostic run ${dispatch.runId}`);
  const before = outputReplies(ctx.slack, inputs.channel ?? '').length;
  const again = await ctx.oncall(argv, env);
  if (again !== 0) return ctx.fail(`the repeated oncall reply exited ${again}`);
  if (outputReplies(ctx.slack, inputs.channel ?? '').length !== before)
    ctx.fail('a repeated reply step posted the diagnostic output twice');
}

/** What the example's "Collect diagnostics" step writes to diagnostics.txt for these inputs. */
function collect(inputs: Record<string, string>): string {
  let labels: string[];
  try {
    const parsed = JSON.parse(inputs.labels ?? '{}') as Record<string, unknown>;
    labels = Object.entries(parsed).map(([k, v]) => `  ${k} = ${String(v)}`);
  } catch {
    labels = ['  (not a JSON object)'];
  }
  return [
    `Incident: ${inputs.incident_id ?? ''}`,
    `Database: ${inputs.database || '(not named)'}`,
    'Labels:',
    ...labels,
    '',
  ].join('\n');
}

function outputReplies(slack: FakeSlack, channel: string): TranscriptMessage[] {
  return slack
    .channelTranscript(channel)
    .flatMap((m) => m.replies)
    .filter((r) => r.metadata?.eventType === DIAGNOSTIC_OUTPUT_EVENT_TYPE);
}

/**
 * At the end of the day: the incident was diagnosed exactly once (one dispatch with its id, labels and channel),
 * its thread says the diagnostic started with a link to the run, and holds the output once, linked to the run.
 */
export function checkDiagnostics(ctx: {
  github: FakeGitHub;
  slack: FakeSlack;
  channel: string;
  incidentId: string | undefined;
  fail(message: string): void;
}): void {
  const { github, slack, channel, incidentId, fail } = ctx;
  if (!incidentId) return;
  const dispatches = github.workflowDispatches.filter((d) => d.inputs.incident_id === incidentId);
  if (dispatches.length !== 1) {
    return fail(`expected one diagnostic dispatch for the MySQL incident, found ${dispatches.length}`);
  }
  const dispatch = dispatches[0]!;
  if (dispatch.inputs.channel !== channel || dispatch.inputs.database !== 'checkout-db')
    fail(`the diagnostic was dispatched with unexpected inputs ${JSON.stringify(dispatch.inputs)}`);
  const thread = slack.channelTranscript(channel).find((m) => m.metadata?.payload.incident_id === incidentId);
  if (!thread) return fail('no thread for the diagnosed incident');
  const notices = thread.replies.filter((r) => r.metadata?.eventType === DIAGNOSTICS_EVENT_TYPE);
  if (notices.length !== 1 || !notices[0]!.text.includes(dispatch.htmlUrl))
    fail('the thread does not say once that the diagnostic started, with a link to its run');
  const outputs = thread.replies.filter((r) => r.metadata?.eventType === DIAGNOSTIC_OUTPUT_EVENT_TYPE);
  const shown = JSON.stringify(outputs.map((o) => o.blocks ?? []));
  if (outputs.length !== 1)
    fail(`expected the diagnostic's output once in the thread, found ${outputs.length}`);
  else if (!shown.includes(`Incident: ${incidentId}`) || !shown.includes(dispatch.htmlUrl))
    fail("the diagnostic's output reply lacks the output or the link to its run");
}
