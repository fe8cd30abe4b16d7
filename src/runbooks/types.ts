/**
 * Runbook format v1 (the YAML files under runbooks/) and the published index (format versions 1 to 3).
 * Both are public contracts: documented in the README, JSON Schema in runbooks/schema/.
 */

export interface MatchRule {
  /** At least one must appear. */
  any: string[];
  /** Every one must appear. */
  all: string[];
  /** None may appear. */
  none: string[];
  /** At least one must match (if given). */
  regex: string[];
  /** PagerDuty service names or IDs; empty = any service. */
  services: string[];
}

/** What the matcher is asked about. */
export interface AlertText {
  /** Title plus, when the caller has them, summary/description/custom details, newline-separated. */
  text: string;
  /** The incident's service (name and/or ID), for `match.services`. */
  service?: { id?: string; name?: string };
  /**
   * Match as if the incident's service were one each runbook lists (`match.services` is then no condition):
   * `oncall preview` uses it to name the runbooks a title would match given the right service.
   */
  anyService?: boolean;
}

export interface RunbookMatch {
  id: string;
  title: string;
  /** Higher is better; the ranking is priority, then evidence, then id. */
  score: number;
  /** The keywords and regexes that matched, as written in the runbook. */
  terms: string[];
}

/** Where `publish` writes the index and the alert path reads it, unless configured otherwise. */
export const DEFAULT_INDEX_BRANCH = 'oncall-runbooks-index';
export const DEFAULT_INDEX_PATH = 'index.json';

export const INDEX_FORMAT = 'oncall-runbooks/index';
/** The version `oncall build` writes (docs/index-format.md); readers also read versions 1 and 2. */
export const INDEX_VERSION = 3;
/**
 * Index versions: 1 (one object per runbook), 2 (one row per runbook, compact) and 3 (rows, plus the matcher's
 * trigger table so that a reader parses only the rows it needs).
 */
export type IndexVersion = 1 | 2 | 3;

/** One runbook inside the published index: everything the alert path needs, nothing it does not. */
export interface IndexedRunbook {
  id: string;
  title: string;
  /** Path of the Markdown document relative to the runbooks directory. */
  doc?: string;
  url?: string;
  owner?: string;
  priority: number;
  escalateTo?: number;
  /** Slack channel ID incidents matching this runbook are posted to (optional in index v1; older readers drop it). */
  slackChannel?: string;
  /** `remind_after` in seconds: remind the thread when nobody acknowledged this long after the trigger. */
  remindAfterSeconds?: number;
  /** `group_within` in seconds: later incidents of this runbook join an open one's thread (alert storms). */
  groupWithinSeconds?: number;
  match: MatchRule;
  /** Diagnostic workflows the alert path dispatches when an incident matching this runbook is triggered. */
  diagnose?: DiagnosticWorkflow[];
}

/** One `diagnose` entry: a workflow file under `.github/workflows/` and the fixed inputs it is dispatched with. */
export interface DiagnosticWorkflow {
  /** File name, e.g. `diagnose-mysql.yml` (never a path). */
  workflow: string;
  /** Input name → value, as written in the runbook (numbers and booleans as text). */
  inputs: Record<string, string>;
}

/** A runbook as read from `runbooks/<id>.yml`, after validation: the indexed part plus its tests and origin. */
export interface Runbook extends IndexedRunbook {
  tests: { match: string[]; noMatch: string[] };
  /** Where it was read from, relative to the working directory (for messages). */
  file: string;
}

export interface RunbookIndex {
  format: typeof INDEX_FORMAT;
  /** The version of the file it was read from; {@link INDEX_VERSION} when built here. */
  version: IndexVersion;
  /** Where the runbooks came from, so links to `doc` files can be built: `https://github.com/{repository}/blob/{commit}/{dir}/{doc}`. */
  source: { repository: string | null; commit: string | null; dir: string };
  runbooks: IndexedRunbook[];
}
