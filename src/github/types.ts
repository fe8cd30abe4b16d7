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
}

/** A conditional read of a file (`If-None-Match`): unchanged since the ETag given, the file with its ETag, or none. */
export type ConditionalFile =
  { kind: 'not-modified' } | { kind: 'file'; file: RepoFile; etag: string | undefined } | { kind: 'missing' };

/** Conditional reads, for a long-running process that caches a file (GitHub does not count a 304 against the rate limit). */
export interface GitHubFileReader {
  getFileIfChanged(branch: string, path: string, etag: string | undefined): Promise<ConditionalFile>;
}
