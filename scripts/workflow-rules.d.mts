/** Types for scripts/workflow-rules.mjs (static workflow checks), so TypeScript tests can import it. */

export declare const RULES: Readonly<{
  syntax: 'yaml-syntax';
  untrustedInRun: 'untrusted-expression-in-run';
  unpinned: 'unpinned-action';
  pinComment: 'pin-version-comment';
  permissionsMissing: 'permissions-missing';
  permissionsBroad: 'permissions-too-broad';
  pullRequestTarget: 'pull-request-target';
  stepName: 'step-name';
  checkoutCredentials: 'checkout-persist-credentials';
}>;

export type RuleId = (typeof RULES)[keyof typeof RULES];

export interface Problem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export interface RunScript {
  file: string;
  line: number;
  column: number;
  /** The script with every `${{ }}` expression replaced by underscores of the same length. */
  script: string;
  shell: string;
  /** Where the script's first character is in the file (1-based). */
  contentLine: number;
  contentColumn: number;
  /** e.g. `jobs.test.steps[2]` */
  where: string;
}

export type Node =
  | { kind: 'scalar'; value: string; offset: number; end: number; style: number; indent: number }
  | { kind: 'map'; offset: number; entries: { key: string; keyNode: Node; value: Node }[] }
  | { kind: 'seq'; offset: number; items: Node[] }
  | { kind: 'alias'; offset: number };

export declare function parseYamlWithOffsets(source: string): Node | null;
export declare function position(source: string, offset: number): { line: number; column: number };
export declare function checkWorkflow(source: string, file: string): Problem[];
export declare function checkAction(source: string, file: string): Problem[];
export declare function extractRunScripts(source: string, file: string): RunScript[];
export declare function formatProblem(problem: Problem): string;
