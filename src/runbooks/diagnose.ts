/**
 * A runbook's `diagnose` field: the diagnostic workflows the alert path dispatches (`workflow_dispatch`) when an
 * incident matching the runbook is triggered. Declared here once: the limits the runbook schema enforces, the
 * inputs every dispatch carries, and reading the field back from a published index. The pull-request check of the
 * named workflow files is in ./diagnose-workflows.ts.
 */
import type { DiagnosticWorkflow } from './types.js';
import type { Position } from './yaml.js';

/**
 * Inputs one dispatch may carry. GitHub.com allows 25 since December 2025; GitHub Enterprise Server still allows
 * 10. Staying within 10 lets a runbook work on both.
 */
export const DISPATCH_INPUT_LIMIT = 10;

/**
 * Inputs every dispatch carries, whatever the runbook says: the PagerDuty incident, the alert's labels (a JSON
 * object as text) and the Slack channel that holds the incident's message (where `oncall reply` posts).
 */
export const ALWAYS_SENT_INPUTS = ['incident_id', 'labels', 'channel'] as const;

/** Inputs a runbook entry may add to those. */
export const MAX_RUNBOOK_INPUTS = DISPATCH_INPUT_LIMIT - ALWAYS_SENT_INPUTS.length;

/** Workflows one runbook may name: each is a run on every matching incident. */
export const MAX_DIAGNOSE_WORKFLOWS = 5;

/** Characters in one input value written in a runbook. */
export const MAX_INPUT_VALUE_CHARS = 1000;

/** A file directly under `.github/workflows/` (GitHub reads no subdirectories there). */
export const WORKFLOW_FILE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._-]*\\.ya?ml$';

/** GitHub's rule for input ids: a letter or `_` first, then letters, digits, `-` and `_`. */
export const INPUT_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*$';

const WORKFLOW_FILE = new RegExp(WORKFLOW_FILE_PATTERN);
const INPUT_NAME = new RegExp(INPUT_NAME_PATTERN);

/** Where the check looks for workflow files unless told otherwise (relative to the working directory). */
export const DEFAULT_WORKFLOWS_DIR = '.github/workflows';

/** Workflow files are a few kilobytes; larger ones are not read. */
export const MAX_WORKFLOW_FILE_BYTES = 512 * 1024;

/**
 * The `diagnose` value of an index entry (a list, or null/absent for none), or a message saying what is wrong with
 * it. Checked as strictly as the runbook file: the index may have been edited by hand.
 */
export function readDiagnoseValue(value: unknown): DiagnosticWorkflow[] | undefined | string {
  if (value === null || value === undefined) return undefined;
  if (!Array.isArray(value)) return 'a list of {workflow, inputs} objects or null';
  if (value.length > MAX_DIAGNOSE_WORKFLOWS) return `at most ${MAX_DIAGNOSE_WORKFLOWS} entries`;
  const out: DiagnosticWorkflow[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'a list of objects';
    const entry = item as Record<string, unknown>;
    const workflow = Object.hasOwn(entry, 'workflow') ? entry.workflow : undefined;
    if (typeof workflow !== 'string' || !WORKFLOW_FILE.test(workflow))
      return 'entries whose "workflow" is a workflow file name such as "diagnose-mysql.yml"';
    const inputs = Object.hasOwn(entry, 'inputs') ? entry.inputs : {};
    if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs))
      return 'entries whose "inputs" is an object of strings';
    const names = Object.keys(inputs);
    if (names.length > MAX_RUNBOOK_INPUTS) return `entries with at most ${MAX_RUNBOOK_INPUTS} inputs`;
    const copy: Record<string, string> = {};
    for (const name of names) {
      const v = (inputs as Record<string, unknown>)[name];
      if (!INPUT_NAME.test(name) || isAlwaysSent(name) || typeof v !== 'string') {
        return 'entries whose "inputs" map input names to strings (not incident_id, labels or channel)';
      }
      copy[name] = v;
    }
    out.push({ workflow, inputs: copy });
  }
  return out;
}

/** True for an input name every dispatch sets itself. */
export function isAlwaysSent(name: string): boolean {
  return (ALWAYS_SENT_INPUTS as readonly string[]).includes(name);
}

/** A value read from the runbook file with where it was written. */
export interface Placed<T> extends Position {
  value: T;
}

/** One `diagnose` entry as the schema check read it. */
export interface DiagnoseEntryShape {
  workflow?: Placed<string>;
  inputs: { name: string; value: Placed<string> }[];
}
