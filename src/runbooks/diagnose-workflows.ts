/**
 * The pull-request check of the workflows runbooks name in `diagnose` (./diagnose.ts): each exists under the
 * workflows directory, declares `on: workflow_dispatch` with every input it will be sent, and never pastes an input
 * or event value into a `run:` script.
 */
import { ALWAYS_SENT_INPUTS, type DiagnoseEntryShape, type Placed } from './diagnose.js';
import { parseYaml, type Position, type YamlMapping, type YamlNode } from './yaml.js';

/** What the check needs from its caller: where the workflows are, how to read a file, and how to print a path. */
export interface WorkflowCheckContext {
  /** Absolute path of the workflows directory. */
  workflowsDir: string;
  /** True when the workflows are not at hand (the default directory does not exist): nothing is checked. */
  skip?: boolean;
  /** The path as problems print it (relative to the working directory). */
  relative(absolute: string): string;
  /** Reads a regular file as text (undefined when it does not exist); throws with a reason when it cannot. */
  readText(absolute: string): Promise<string | undefined>;
  /** Workflows read so far (several runbooks may name one). */
  cache: Map<string, Promise<WorkflowFacts>>;
  /** Problems inside workflow files already reported (each once, however many runbooks name the file). */
  reported: Set<string>;
}

export interface DeclaredInput {
  required: boolean;
  hasDefault: boolean;
  type?: string;
  options?: string[];
}

export type WorkflowFacts =
  | { kind: 'missing'; file: string }
  | { kind: 'unreadable'; file: string; reason: string }
  | {
      kind: 'workflow';
      file: string;
      /** Where `workflow_dispatch` is declared, or undefined when the workflow cannot be dispatched. */
      dispatch: boolean;
      inputs: Map<string, DeclaredInput>;
      /** `run:` scripts that paste an input or event value in: each with its place in the workflow file. */
      injections: (Position & { message: string })[];
    };

/** A problem found by the check: on the runbook (at an entry) or in the workflow file itself. */
export interface DiagnoseProblem extends Position {
  /** Set for a problem inside the workflow file; otherwise the problem is on the runbook file. */
  file?: string;
  path?: string;
  message: string;
}

/**
 * Checks each entry's workflow: it exists under the workflows directory, declares `on: workflow_dispatch`, declares
 * every input the dispatch sends (those of {@link ALWAYS_SENT_INPUTS} and the entry's own) with values its type
 * accepts, requires no input that is not sent, and pastes no input or event value into a `run:` script.
 */
export async function checkDiagnoseWorkflows(
  entries: readonly Placed<DiagnoseEntryShape>[],
  ctx: WorkflowCheckContext,
): Promise<DiagnoseProblem[]> {
  const problems: DiagnoseProblem[] = [];
  if (ctx.skip) return problems;
  for (const [index, entry] of entries.entries()) {
    const workflow = entry.value.workflow;
    if (!workflow) continue;
    const where = `diagnose[${index}]`;
    const at = { line: workflow.line, column: workflow.column, path: `${where}.workflow` };
    const facts = await readWorkflow(workflow.value, ctx);
    if (facts.kind === 'missing') {
      problems.push({
        ...at,
        message: `${where}.workflow: ${facts.file} not found. Add the diagnostic workflow there (see docs/diagnostics.md), or fix the file name.`,
      });
      continue;
    }
    if (facts.kind === 'unreadable') {
      problems.push({
        ...at,
        message: `${where}.workflow: ${facts.file} cannot be checked: ${facts.reason}`,
      });
      continue;
    }
    if (!facts.dispatch) {
      problems.push({
        ...at,
        message: `${where}.workflow: ${facts.file} does not declare "on: workflow_dispatch", so it cannot be dispatched. Add a workflow_dispatch trigger with the inputs ${ALWAYS_SENT_INPUTS.join(', ')}.`,
      });
      continue;
    }
    const sent = [...ALWAYS_SENT_INPUTS, ...entry.value.inputs.map((i) => i.name)];
    const undeclared = sent.filter((name) => !facts.inputs.has(name));
    if (undeclared.length > 0) {
      problems.push({
        ...at,
        message: `${where}.workflow: ${facts.file} does not declare the input${undeclared.length > 1 ? 's' : ''} ${undeclared.map((n) => `"${n}"`).join(', ')} under on.workflow_dispatch.inputs; GitHub refuses a dispatch with inputs the workflow does not declare.`,
      });
    }
    const unsent = [...facts.inputs].filter(
      ([name, input]) => input.required && !input.hasDefault && !sent.includes(name),
    );
    if (unsent.length > 0) {
      problems.push({
        ...at,
        message: `${where}.workflow: ${facts.file} requires ${unsent.map(([n]) => `"${n}"`).join(', ')}, which this runbook does not send. Add ${unsent.length > 1 ? 'them' : 'it'} under ${where}.inputs, or give ${unsent.length > 1 ? 'them' : 'it'} a default.`,
      });
    }
    for (const input of entry.value.inputs) {
      const declared = facts.inputs.get(input.name);
      const wrong = declared ? unacceptable(input.value.value, declared) : undefined;
      if (wrong) {
        problems.push({
          line: input.value.line,
          column: input.value.column,
          path: `${where}.inputs.${input.name}`,
          message: `${where}.inputs.${input.name}: ${facts.file} declares it as ${wrong}, found ${JSON.stringify(input.value.value)}.`,
        });
      }
    }
    for (const injection of facts.injections) {
      const key = `${facts.file}:${injection.line}:${injection.column}`;
      if (ctx.reported.has(key)) continue;
      ctx.reported.add(key);
      problems.push({
        file: facts.file,
        line: injection.line,
        column: injection.column,
        message: injection.message,
      });
    }
  }
  return problems;
}

/** What a declared input type refuses in `value`, as "a boolean (true or false)"; undefined when it is accepted. */
function unacceptable(value: string, input: DeclaredInput): string | undefined {
  switch (input.type) {
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : 'a boolean (true or false)';
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value)) ? undefined : 'a number';
    case 'choice':
      return input.options && !input.options.includes(value)
        ? `a choice of ${input.options.map((o) => JSON.stringify(o)).join(', ')}`
        : undefined;
    default:
      return undefined;
  }
}

function readWorkflow(name: string, ctx: WorkflowCheckContext): Promise<WorkflowFacts> {
  let facts = ctx.cache.get(name);
  if (!facts) {
    facts = readWorkflowOnce(name, ctx);
    ctx.cache.set(name, facts);
  }
  return facts;
}

async function readWorkflowOnce(name: string, ctx: WorkflowCheckContext): Promise<WorkflowFacts> {
  const absolute = `${ctx.workflowsDir.replace(/[/\\]+$/, '')}/${name}`;
  const file = ctx.relative(absolute);
  let text: string | undefined;
  try {
    text = await ctx.readText(absolute);
  } catch (error) {
    return { kind: 'unreadable', file, reason: error instanceof Error ? error.message : String(error) };
  }
  if (text === undefined) return { kind: 'missing', file };
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''));
  const root = parsed.root;
  if (parsed.problems.length > 0 || root?.kind !== 'mapping') {
    const first = parsed.problems[0];
    return {
      kind: 'unreadable',
      file,
      reason: first
        ? `line ${first.line}: ${first.message}`
        : 'it is not a YAML mapping of keys (name:, on:, jobs: …).',
    };
  }
  const on = root.entries.get('on')?.value;
  const dispatchNode = on ? dispatchTrigger(on) : undefined;
  const inputs = new Map<string, DeclaredInput>();
  const inputsNode = dispatchNode?.kind === 'mapping' ? dispatchNode.entries.get('inputs')?.value : undefined;
  if (inputsNode?.kind === 'mapping') {
    for (const [key, entry] of inputsNode.entries) inputs.set(key, declaredInput(entry.value));
  }
  return {
    kind: 'workflow',
    file,
    dispatch: dispatchNode !== undefined,
    inputs,
    injections: runInjections(root),
  };
}

/** The `workflow_dispatch` trigger's node (a null scalar when it has no settings), or undefined. */
function dispatchTrigger(on: YamlNode): YamlNode | undefined {
  if (on.kind === 'scalar') return on.value === 'workflow_dispatch' ? on : undefined;
  if (on.kind === 'sequence')
    return on.items.find((i) => i.kind === 'scalar' && i.value === 'workflow_dispatch');
  if (on.kind === 'mapping') return on.entries.get('workflow_dispatch')?.value;
  return undefined;
}

function declaredInput(node: YamlNode): DeclaredInput {
  if (node.kind !== 'mapping') return { required: false, hasDefault: false };
  const scalar = (key: string) => {
    const v = node.entries.get(key)?.value;
    return v?.kind === 'scalar' ? v.value : undefined;
  };
  const options = node.entries.get('options')?.value;
  const type = scalar('type');
  return {
    required: scalar('required') === true,
    hasDefault: node.entries.has('default'),
    ...(typeof type === 'string' ? { type } : {}),
    ...(options?.kind === 'sequence'
      ? {
          options: options.items.flatMap((o) =>
            o.kind === 'scalar' && o.value !== null ? [String(o.value)] : [],
          ),
        }
      : {}),
  };
}

/** Expressions in a script that an outsider can write: the dispatch's inputs and the event's payload. */
const UNTRUSTED_EXPRESSION = /\$\{\{[^}]*?\b(inputs\s*[.[]|github\s*\.\s*event\b)[^}]*\}\}/;

/**
 * `run:` scripts of every job's steps that paste `${{ inputs.… }}` or `${{ github.event.… }}` in: the runner
 * substitutes them into the script before the shell reads it, so alert text would run as code.
 */
function runInjections(root: YamlMapping): (Position & { message: string })[] {
  const out: (Position & { message: string })[] = [];
  const jobs = root.entries.get('jobs')?.value;
  if (jobs?.kind !== 'mapping') return out;
  for (const [jobName, job] of jobs.entries) {
    if (job.value.kind !== 'mapping') continue;
    const steps = job.value.entries.get('steps')?.value;
    if (steps?.kind !== 'sequence') continue;
    steps.items.forEach((step, index) => {
      if (step.kind !== 'mapping') return;
      const run = step.entries.get('run')?.value;
      if (run?.kind !== 'scalar' || typeof run.value !== 'string') return;
      const found = UNTRUSTED_EXPRESSION.exec(run.value);
      if (!found) return;
      out.push({
        line: run.line,
        column: run.column,
        message: `jobs.${jobName}.steps[${index}].run pastes ${found[0]} into the script, where alert text would run as code. Pass it through env: (e.g. env: LABELS: \${{ inputs.labels }}) and use "$LABELS" in the script.`,
      });
    });
  }
  return out;
}
