/**
 * GitHub REST behind `GitHubApi`: repository_dispatch for the relay, the contents and refs APIs for publish.
 * Global fetch and nothing else: the relay is latency-sensitive and a serverless bundle should stay small, and the
 * four endpoints used here do not need Octokit's pagination or retry machinery.
 */
import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';
import { AuthError, ConfigError, RateLimitedError, RemoteError, TransientError } from '../errors.js';
import type { Logger } from '../log.js';
import { watchResponse } from '../util/response-reads.js';
import type {
  ConditionalFile,
  GitHubApi,
  GitHubFileReader,
  GitHubPulls,
  PullRequest,
  RepoFile,
  RepoRef,
  WorkflowDispatchResult,
} from './types.js';

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
const DEFAULT_TIMEOUT_MS = 10_000;

export interface GitHubClientOptions {
  token: string;
  /** `owner/repo`, as in `GITHUB_REPOSITORY`. */
  repository: string;
  /** Default https://api.github.com; `GITHUB_API_URL` on GitHub Enterprise Server. */
  apiUrl?: string;
  clock?: Clock;
  log: Logger;
  /** Per request; default 10 s. */
  timeoutMs?: number;
}

/** The file's blob SHA did not match (someone else wrote it since we read it): read again and retry. */
export class ConflictError extends RemoteError {}

/** Splits `owner/repo`, with an error that shows what a valid value looks like. */
export function parseRepository(repository: string): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
  if (!match) {
    throw new ConfigError(
      `Invalid repository ${JSON.stringify(repository)}: expected "owner/repo" (e.g. "acme/oncall"); set GITHUB_REPOSITORY or the repository option.`,
    );
  }
  return { owner: match[1]!, repo: match[2]! };
}

type Operation = 'dispatch' | 'read' | 'write' | 'comment' | 'pull' | 'workflow';

const PERMISSION: Record<Operation, string> = {
  dispatch: '`contents: write` (fine-grained token: Contents read and write)',
  write: '`contents: write` (fine-grained token: Contents read and write)',
  read: '`contents: read`',
  comment: '`pull-requests: write` (fine-grained token: Pull requests read and write)',
  pull: '`pull-requests: write` and `contents: write` (fine-grained token: Pull requests and Contents read and write)',
  workflow: '`actions: write` (fine-grained token: Actions read and write)',
};

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  body?: unknown;
  operation: Operation;
  /** Statuses the caller handles itself (e.g. 404 meaning "no such file"). */
  accept?: number[];
  signal?: AbortSignal;
  /** Replaces the default `application/vnd.github+json` Accept header (a custom media type). */
  mediaType?: string;
  /** Extra request headers (e.g. `if-none-match`). */
  headers?: Record<string, string>;
}

interface Reply {
  status: number;
  data: unknown;
  headers: Headers;
}

/** Creates the fetch-based GitHub client. The token is only ever placed in the Authorization header. */
export function createGitHubClient(options: GitHubClientOptions): GitHubApi & GitHubFileReader & GitHubPulls {
  const { owner, repo } = parseRepository(options.repository);
  const apiUrl = (options.apiUrl?.trim() || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  const where = `GitHub repository ${owner}/${repo}`;
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${options.token}`,
    'x-github-api-version': '2022-11-28',
    'user-agent': 'oncall-runbooks',
  };

  async function call(c: Call): Promise<Reply> {
    const url = `${apiUrl}${c.path}`;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = c.signal ? AbortSignal.any([timeout, c.signal]) : timeout;
    let response: Response;
    const sent = c.mediaType === undefined ? headers : { ...headers, accept: c.mediaType };
    try {
      response = await fetch(url, {
        method: c.method,
        headers: {
          ...sent,
          ...(c.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...c.headers,
        },
        body: c.body === undefined ? undefined : JSON.stringify(c.body),
        signal,
      });
    } catch (error) {
      if (timeout.aborted) {
        throw new TransientError(`${c.method} ${c.path} on ${apiUrl} timed out after ${timeoutMs} ms.`, {
          cause: error,
        });
      }
      if (c.signal?.aborted) throw c.signal.reason ?? error;
      throw new TransientError(
        `${c.method} ${c.path} on ${apiUrl} failed: ${networkReason(error)}. Check the network and GITHUB_API_URL.`,
        { cause: error },
      );
    }
    const text = await response.text().catch(() => '');
    const data = parseJson(text);
    const status = response.status;
    if ((status >= 200 && status < 300) || c.accept?.includes(status))
      return {
        status,
        data: watchResponse('github', `${c.method} ${c.path}`, data),
        headers: response.headers,
      };
    const message = githubMessage(data, text);
    options.log.debug(`github: ${c.method} ${c.path} → ${status} ${message}`);
    const retryAfterMs = rateLimitWait(response.headers, clock);
    if (status === 429 || (status === 403 && retryAfterMs !== undefined)) {
      const wait = retryAfterMs ?? 60_000;
      throw new RateLimitedError(
        `${where}: GitHub rate limit hit on ${c.method} ${c.path} (retry in ${Math.ceil(wait / 1000)} s): ${message}`,
        wait,
      );
    }
    if (status === 401) {
      throw new AuthError(
        `${where}: GitHub refused the token (401 ${message}). Check that GITHUB_TOKEN is set, not expired, and has ${PERMISSION[c.operation]}.`,
      );
    }
    if (status === 403) {
      throw new AuthError(
        `${where}: the token may not ${c.operation === 'read' ? 'read' : 'write to'} this repository (403 ${message}). It needs ${PERMISSION[c.operation]} on ${owner}/${repo}.`,
      );
    }
    if (status === 404) {
      throw new ConfigError(
        `${where}: repository not found or token cannot see it (404 on ${c.method} ${c.path}). Check GITHUB_REPOSITORY and that the token has access to ${owner}/${repo}.`,
      );
    }
    if (status === 409)
      throw new ConflictError(`${where}: conflict on ${c.method} ${c.path} (409 ${message}).`);
    if (status >= 500) {
      throw new TransientError(`${where}: GitHub answered ${status} on ${c.method} ${c.path}: ${message}`);
    }
    throw new RemoteError(`${where}: GitHub rejected ${c.method} ${c.path} (${status}): ${message}`);
  }

  const contentsPath = (path: string) =>
    `${repoPath}/contents/${path
      .replace(/^\/+/, '')
      .split('/')
      .map((p) => encodeURIComponent(p))
      .join('/')}`;
  const refPath = (branch: string) =>
    `${repoPath}/git/ref/heads/${branch.split('/').map(encodeURIComponent).join('/')}`;

  async function branchHead(branch: string): Promise<string | undefined> {
    const reply = await call({ method: 'GET', path: refPath(branch), operation: 'read', accept: [404] });
    if (reply.status === 404) return undefined;
    const sha = field(field(reply.data, 'object'), 'sha');
    if (typeof sha !== 'string')
      throw new RemoteError(`${where}: unexpected answer for branch "${branch}": no object.sha.`);
    return sha;
  }

  /** A contents-API answer's file, read through the blob API when GitHub left the content out (over 1 MB). */
  async function fileContent(data: unknown, branch: string, path: string): Promise<RepoFile> {
    const sha = field(data, 'sha');
    const type = field(data, 'type');
    if (typeof sha !== 'string' || (type !== undefined && type !== 'file')) {
      throw new RemoteError(`${where}: ${path} on branch "${branch}" is not a file (type ${String(type)}).`);
    }
    const encoding = field(data, 'encoding');
    const content = field(data, 'content');
    if (encoding === 'base64' && typeof content === 'string') {
      return { sha, content: Buffer.from(content, 'base64').toString('utf8') };
    }
    // Read the rest by blob sha (described up to 100 MB): the blob is exactly the version whose sha a later
    // write will name, even if the branch moves between the two reads.
    const blob = await call({ method: 'GET', path: `${repoPath}/git/blobs/${sha}`, operation: 'read' });
    const blobContent = field(blob.data, 'content');
    if (field(blob.data, 'encoding') !== 'base64' || typeof blobContent !== 'string')
      throw new RemoteError(`${where}: blob ${sha} of ${path} has no base64 content.`);
    return { sha, content: Buffer.from(blobContent, 'base64').toString('utf8') };
  }

  // Read once per client: a run that creates a branch and then its pull request needs it twice. A failed read is
  // not kept, so a retry reads again.
  let defaultBranch: Promise<string> | undefined;
  function defaultBranchName(): Promise<string> {
    defaultBranch ??= (async () => {
      const repoInfo = await call({ method: 'GET', path: repoPath, operation: 'read' });
      const name = field(repoInfo.data, 'default_branch');
      if (typeof name !== 'string')
        throw new RemoteError(`${where}: no default_branch in the repository data.`);
      return name;
    })().catch((error: unknown) => {
      defaultBranch = undefined;
      throw error;
    });
    return defaultBranch;
  }

  function pullRequest(data: unknown, what: string): PullRequest {
    const number = field(data, 'number');
    const htmlUrl = field(data, 'html_url');
    const state = field(data, 'state');
    if (
      typeof number !== 'number' ||
      typeof htmlUrl !== 'string' ||
      (state !== 'open' && state !== 'closed')
    ) {
      throw new RemoteError(`${where}: unexpected answer for ${what}: no number, html_url or state.`);
    }
    const title = field(data, 'title');
    const body = field(data, 'body');
    const mergedAt = field(data, 'merged_at');
    return {
      number,
      htmlUrl,
      state,
      merged: typeof mergedAt === 'string' && mergedAt !== '',
      title: typeof title === 'string' ? title : '',
      body: typeof body === 'string' ? body : '',
    };
  }

  const pulls: GitHubPulls = {
    async findPullRequest(branch) {
      // One page: a branch named for one incident has one pull request, or a few if people reopened it by hand.
      const head = encodeURIComponent(`${owner}:${branch}`);
      const reply = await call({
        method: 'GET',
        path: `${repoPath}/pulls?head=${head}&state=all&sort=created&direction=desc&per_page=10`,
        operation: 'read',
      });
      const list = Array.isArray(reply.data) ? (reply.data as unknown[]) : [];
      const all = list.map((p, i) => pullRequest(p, `pull request ${i + 1} of branch "${branch}"`));
      // An open one wins over closed ones; then the newest.
      return all.find((p) => p.state === 'open') ?? all[0];
    },

    async createPullRequest(request) {
      const base = request.base ?? (await defaultBranchName());
      const reply = await call({
        method: 'POST',
        path: `${repoPath}/pulls`,
        body: { title: request.title, body: request.body, head: request.branch, base },
        operation: 'pull',
        accept: [422],
      });
      if (reply.status === 422) {
        const text = githubMessage(reply.data, '');
        // Another run opened it between our look-up and this write.
        if (/already exists/i.test(text))
          throw new ConflictError(`${where}: a pull request for "${request.branch}" already exists: ${text}`);
        throw new RemoteError(
          `${where}: GitHub refused to open a pull request from "${request.branch}": ${text}`,
        );
      }
      return pullRequest(reply.data, `the new pull request from "${request.branch}"`);
    },

    async updatePullRequest(number, change) {
      if (!Number.isInteger(number) || number < 1) {
        throw new ConfigError(`${where}: a pull request number is a whole number ≥ 1, found ${number}.`);
      }
      const reply = await call({
        method: 'PATCH',
        path: `${repoPath}/pulls/${number}`,
        body: { title: change.title, body: change.body },
        operation: 'pull',
      });
      return pullRequest(reply.data, `pull request #${number}`);
    },
  };

  return {
    ...pulls,
    async dispatch(eventType, clientPayload, dispatchOptions) {
      await call({
        method: 'POST',
        path: `${repoPath}/dispatches`,
        body: { event_type: eventType, client_payload: clientPayload },
        operation: 'dispatch',
        signal: dispatchOptions?.signal,
      });
    },

    async dispatchWorkflow(workflow, ref, inputs): Promise<WorkflowDispatchResult> {
      const path = `${repoPath}/actions/workflows/${encodeURIComponent(workflow)}/dispatches`;
      const send = (details: boolean) =>
        call({
          method: 'POST',
          path,
          body: { ref, inputs, ...(details ? { return_run_details: true } : {}) },
          operation: 'workflow',
          accept: [404, 422],
        });
      let reply = await send(true);
      // A server that predates run details refuses the parameter itself: ask again without it.
      if (reply.status === 422 && /return_run_details/.test(githubMessage(reply.data, ''))) {
        reply = await send(false);
      }
      if (reply.status === 404) {
        throw new ConfigError(
          `${where}: workflow ${workflow} not found on "${ref}" (404). It must be a file under .github/workflows/ on that branch, and the token must be able to see ${owner}/${repo}.`,
        );
      }
      if (reply.status === 422) {
        throw new ConfigError(
          `${where}: GitHub refused to dispatch ${workflow} on "${ref}" (422 ${githubMessage(reply.data, '')}). Check that it declares on: workflow_dispatch with the inputs sent (oncall validate checks this).`,
        );
      }
      const runId = field(reply.data, 'workflow_run_id');
      const htmlUrl = field(reply.data, 'html_url');
      return {
        ...(typeof runId === 'number' ? { runId } : {}),
        ...(typeof htmlUrl === 'string' ? { htmlUrl } : {}),
      };
    },

    async getFile(branch, path): Promise<RepoFile | undefined> {
      // The default media type supports files up to 1 MB only; the object media type is described for files up
      // to 100 MB and leaves larger ones without content (content "", encoding "none").
      const reply = await call({
        method: 'GET',
        path: `${contentsPath(path)}?ref=${encodeURIComponent(branch)}`,
        operation: 'read',
        accept: [404],
        mediaType: 'application/vnd.github.object+json',
      });
      if (reply.status === 404) return undefined;
      return fileContent(reply.data, branch, path);
    },

    async getFileIfChanged(branch, path, etag): Promise<ConditionalFile> {
      const reply = await call({
        method: 'GET',
        path: `${contentsPath(path)}?ref=${encodeURIComponent(branch)}`,
        operation: 'read',
        accept: [304, 404],
        mediaType: 'application/vnd.github.object+json',
        ...(etag ? { headers: { 'if-none-match': etag } } : {}),
      });
      if (reply.status === 304) return { kind: 'not-modified' };
      if (reply.status === 404) return { kind: 'missing' };
      return {
        kind: 'file',
        file: await fileContent(reply.data, branch, path),
        etag: reply.headers.get('etag') ?? undefined,
      };
    },

    async ensureBranch(branch) {
      if ((await branchHead(branch)) !== undefined) return;
      const defaultBranch = await defaultBranchName();
      const base = await branchHead(defaultBranch);
      if (base === undefined) {
        throw new ConfigError(
          `${where}: cannot create branch "${branch}": the default branch "${defaultBranch}" has no commits yet. Push a first commit.`,
        );
      }
      const created = await call({
        method: 'POST',
        path: `${repoPath}/git/refs`,
        body: { ref: `refs/heads/${branch}`, sha: base },
        operation: 'write',
        accept: [422],
      });
      // 422 "Reference already exists": another run created it between our read and our write — that is fine.
      if (created.status === 422 && (await branchHead(branch)) === undefined) {
        throw new RemoteError(
          `${where}: GitHub refused to create branch "${branch}": ${githubMessage(created.data, '')}`,
        );
      }
    },

    async upsertIssueComment(issueNumber, marker, body) {
      if (!Number.isInteger(issueNumber) || issueNumber < 1) {
        throw new ConfigError(`${where}: a pull request number is a whole number ≥ 1, found ${issueNumber}.`);
      }
      const commentsPath = `${repoPath}/issues/${issueNumber}/comments`;
      // Bounded: 10 pages of 100; a thread longer than that gets a new comment rather than an endless read.
      for (let page = 1; page <= 10; page++) {
        const reply = await call({
          method: 'GET',
          path: `${commentsPath}?per_page=100&page=${page}`,
          operation: 'read',
        });
        const comments = Array.isArray(reply.data) ? (reply.data as unknown[]) : [];
        for (const comment of comments) {
          const id = field(comment, 'id');
          const text = field(comment, 'body');
          if (typeof id === 'number' && typeof text === 'string' && text.includes(marker)) {
            await call({
              method: 'PATCH',
              path: `${repoPath}/issues/comments/${id}`,
              body: { body },
              operation: 'comment',
            });
            return { id, action: 'updated' as const };
          }
        }
        if (comments.length < 100) break;
      }
      const created = await call({
        method: 'POST',
        path: commentsPath,
        body: { body },
        operation: 'comment',
      });
      const id = field(created.data, 'id');
      if (typeof id !== 'number') throw new RemoteError(`${where}: GitHub created a comment without an id.`);
      return { id, action: 'created' as const };
    },

    async putFile(branch, path, content, message, sha) {
      const reply = await call({
        method: 'PUT',
        path: contentsPath(path),
        body: {
          message,
          content: Buffer.from(content, 'utf8').toString('base64'),
          branch,
          ...(sha ? { sha } : {}),
        },
        operation: 'write',
        accept: [422],
      });
      if (reply.status === 422) {
        const text = githubMessage(reply.data, '');
        // GitHub says 422 "sha wasn't supplied" / "does not match" when the file changed under us.
        if (/sha/i.test(text))
          throw new ConflictError(`${where}: ${path} on "${branch}" changed meanwhile: ${text}`);
        throw new RemoteError(`${where}: GitHub rejected the write of ${path} on "${branch}": ${text}`);
      }
      const commitSha = field(field(reply.data, 'commit'), 'sha');
      if (typeof commitSha !== 'string')
        throw new RemoteError(`${where}: the write of ${path} returned no commit.sha.`);
      return { commitSha };
    },
  };
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** GitHub's own words (`message` plus the first error detail), or the start of a non-JSON body (HTML from a proxy). */
function githubMessage(data: unknown, text: string): string {
  const message = field(data, 'message');
  if (typeof message === 'string') {
    const errors = field(data, 'errors');
    const first = Array.isArray(errors) ? (errors[0] as unknown) : undefined;
    const detail = typeof first === 'string' ? first : field(first, 'message');
    return typeof detail === 'string' && detail !== '' ? `${message} (${detail})` : message;
  }
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain === '' ? 'empty body' : plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}

/** `retry-after` seconds, or `x-ratelimit-reset` (epoch seconds) when `x-ratelimit-remaining` is 0. */
function rateLimitWait(headers: Headers, clock: Clock): number | undefined {
  const retryAfter = Number(headers.get('retry-after'));
  if (headers.has('retry-after') && Number.isFinite(retryAfter)) return Math.max(0, retryAfter * 1000);
  if (headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - clock.now().getTime());
  }
  return undefined;
}

function networkReason(error: unknown): string {
  const cause = field(error, 'cause');
  const code = field(cause, 'code');
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
