/** The GitHub operations the program needs (repository_dispatch for the relay, contents API for publish). */

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface RepoFile {
  /** Blob SHA, needed to update the file. */
  sha: string;
  content: string;
}

export interface GitHubApi {
  /**
   * `POST /repos/{owner}/{repo}/dispatches`; resolves once GitHub answered 204. `signal` aborts the request (the
   * relay gives up at its deadline so nothing keeps running after it answered PagerDuty).
   */
  dispatch(
    eventType: string,
    clientPayload: Record<string, unknown>,
    options?: { signal?: AbortSignal },
  ): Promise<void>;
  /** A file on a branch, or undefined when the branch or file does not exist. */
  getFile(branch: string, path: string): Promise<RepoFile | undefined>;
  /** Creates the branch (from the default branch's head) if it is missing. */
  ensureBranch(branch: string): Promise<void>;
  /** Creates or updates a file with one commit; `sha` is the current blob (undefined to create). */
  putFile(
    branch: string,
    path: string,
    content: string,
    message: string,
    sha?: string,
  ): Promise<{ commitSha: string }>;
  /**
   * Keeps ONE comment on an issue or pull request: the first (of at most 1,000 read) whose body contains `marker` is
   * updated in place, else a comment is created. Optional: only the runbook coverage check needs it.
   */
  upsertIssueComment?(
    issueNumber: number,
    marker: string,
    body: string,
  ): Promise<{ id: number; action: 'created' | 'updated' }>;
  /**
   * `POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches`: starts the workflow file `workflow` on
   * `ref` with string `inputs`, asking GitHub for the run it started. Resolves with the run when GitHub names it
   * (older servers answer 204 without). Optional: only the alert path's diagnostics need it (`actions: write`).
   */
  dispatchWorkflow?(
    workflow: string,
    ref: string,
    inputs: Record<string, string>,
  ): Promise<WorkflowDispatchResult>;
}

/** The run a workflow dispatch started, when GitHub said which. */
export interface WorkflowDispatchResult {
  runId?: number;
  /** The run's page, e.g. `https://github.com/acme/oncall/actions/runs/1`. */
  htmlUrl?: string;
}

/** A pull request as the postmortem draft needs it. */
export interface PullRequest {
  number: number;
  htmlUrl: string;
  state: 'open' | 'closed';
  /** Merged (a closed pull request whose changes landed). */
  merged: boolean;
  title: string;
  body: string;
}

/** Pull requests: one per branch, found again by its head branch. Needs `pull-requests: write` to create or edit. */
export interface GitHubPulls {
  /** The newest pull request (open or closed) whose head is `branch` of this repository, or undefined. */
  findPullRequest(branch: string): Promise<PullRequest | undefined>;
  /** Opens a pull request from `branch` into `base` (default: the repository's default branch). */
  createPullRequest(request: {
    branch: string;
    base?: string;
    title: string;
    body: string;
  }): Promise<PullRequest>;
  /** Changes a pull request's title and body. */
  updatePullRequest(number: number, change: { title: string; body: string }): Promise<PullRequest>;
}

/** A conditional read of a file (`If-None-Match`): unchanged since the ETag given, the file with its ETag, or none. */
export type ConditionalFile =
  { kind: 'not-modified' } | { kind: 'file'; file: RepoFile; etag: string | undefined } | { kind: 'missing' };

/** Conditional reads, for a long-running process that caches a file (GitHub does not count a 304 against the rate limit). */
export interface GitHubFileReader {
  getFileIfChanged(branch: string, path: string, etag: string | undefined): Promise<ConditionalFile>;
}
