/**
 * A loopback fake of the GitHub REST endpoints the program uses: repository_dispatch (with GitHub's limits), the
 * contents API (base64, blob SHA checks), refs and the repository's default branch. One repository, one token.
 * Faults (502s, hangs, delays) come from `FakeServer.inject`.
 */
import { createHash } from 'node:crypto';
import { load as loadYaml } from 'js-yaml';
import { FakeServer, type FakeResponse, type RecordedCall } from './server.js';

export interface RecordedDispatch {
  event_type: string;
  client_payload: Record<string, unknown>;
  /** Size of the request body in bytes, as GitHub measured it. */
  bytes: number;
}

export interface FakeCommit {
  sha: string;
  branch: string;
  message: string;
  path: string;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** The only token accepted (`Authorization: Bearer …` or `token …`). */
  token?: string;
  defaultBranch?: string;
  /** Simulates a token with `contents: read` only: every write answers 403. */
  readOnly?: boolean;
  /**
   * Runs for each accepted dispatch after GitHub answered 204 (like a workflow run started by it); the sandbox
   * runs the alert command here. Errors are kept in `hookErrors`, never turned into a response.
   */
  onDispatch?: (dispatch: RecordedDispatch) => void | Promise<void>;
  /** A slow GitHub: every dispatch is answered this many ms after it arrived (default 0). */
  dispatchLatencyMs?: number;
  /**
   * Runs for each accepted workflow dispatch after GitHub answered (like the run it starts); errors are kept in
   * `hookErrors`. The sandbox runs the diagnostic's `oncall reply` here.
   */
  onWorkflowDispatch?: (dispatch: RecordedWorkflowDispatch) => void | Promise<void>;
  /** Inputs one workflow dispatch may carry: 25 on github.com (default), 10 on GitHub Enterprise Server. */
  workflowInputLimit?: number;
}

/** A pull request in the fake repository. */
export interface FakePullRequest {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  mergedAt: string | null;
}

/** An accepted `POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches`. */
export interface RecordedWorkflowDispatch {
  workflow: string;
  ref: string;
  inputs: Record<string, string>;
  /** The run it started (as GitHub numbers runs: one counter per repository). */
  runId: number;
  htmlUrl: string;
}

/** GitHub's limit on a workflow dispatch's inputs, in characters of their JSON. */
const WORKFLOW_INPUTS_MAX_CHARS = 65_535;

interface StoredFile {
  blobSha: string;
  content: string;
}

interface CommitState {
  sha: string;
  files: Map<string, StoredFile>;
}

/** GitHub's documented limits for `POST /repos/{owner}/{repo}/dispatches`. */
export const DISPATCH_LIMITS = { eventTypeChars: 100, payloadKeys: 10, bodyBytes: 64 * 1024 } as const;
/** The contents API stops inlining file content above 1 MB. */
const INLINE_CONTENT_LIMIT = 1024 * 1024;
/** Above 100 MB the contents API serves no media type at all. */
const LARGE_CONTENT_LIMIT = 100 * 1024 * 1024;

export class FakeGitHub {
  readonly server: FakeServer;
  readonly dispatches: RecordedDispatch[] = [];
  readonly commits: FakeCommit[] = [];
  readonly hookErrors: unknown[] = [];
  readonly workflowDispatches: RecordedWorkflowDispatch[] = [];
  private nextRunId = 7_000_001;
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  readonly defaultBranch: string;
  readOnly: boolean;
  /** Dispatch calls being answered now. */
  dispatchesInFlight = 0;
  /** Most dispatch calls being answered at once. */
  peakDispatchesInFlight = 0;
  private readonly branches = new Map<string, CommitState>();
  private readonly blobs = new Map<string, string>();
  private readonly pending = new Set<Promise<void>>();
  private counter = 0;
  private readonly issueComments: { id: number; issue: number; body: string }[] = [];
  /** Pull requests, oldest first (`GET/POST /pulls`, `PATCH /pulls/{n}`). */
  readonly pulls: FakePullRequest[] = [];

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? 'acme';
    this.repo = options.repo ?? 'oncall';
    this.token = options.token ?? 'ghp_fake_token_0123456789';
    this.defaultBranch = options.defaultBranch ?? 'main';
    this.readOnly = options.readOnly ?? false;
    this.branches.set(this.defaultBranch, { sha: this.nextSha('initial'), files: new Map() });
    this.server = new FakeServer('GitHub', (call) => this.handle(call));
  }

  get url(): string {
    return this.server.url;
  }

  get calls(): RecordedCall[] {
    return this.server.calls;
  }

  /** Calls to a path (exact string or pattern), optionally of one method. */
  callsTo(path: string | RegExp, method?: string): RecordedCall[] {
    return this.server.callsTo(path, method);
  }

  /** `owner/repo` of the fake repository. */
  get repository(): string {
    return `${this.owner}/${this.repo}`;
  }

  start(): Promise<string> {
    return this.server.start();
  }

  async stop(): Promise<void> {
    await this.idle();
    await this.server.stop();
  }

  /** Resolves once every `onDispatch` run started so far has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Content of a file on a branch, or undefined. */
  file(branch: string, path: string): string | undefined {
    return this.branches.get(branch)?.files.get(path)?.content;
  }

  branchHead(branch: string): string | undefined {
    return this.branches.get(branch)?.sha;
  }

  /** Writes a file directly (test setup), as one commit. */
  setFile(branch: string, path: string, content: string): void {
    this.commit(branch, path, content, `setup ${path}`);
  }

  private nextSha(seed: string): string {
    this.counter += 1;
    return createHash('sha1').update(`${seed}\0${this.counter}`).digest('hex');
  }

  private commit(
    branch: string,
    path: string,
    content: string,
    message: string,
  ): { commit: string; blob: string } {
    const previous = this.branches.get(branch) ?? this.branches.get(this.defaultBranch)!;
    const blobSha = createHash('sha1')
      .update(`blob ${Buffer.byteLength(content)}\0${content}`)
      .digest('hex');
    this.blobs.set(blobSha, content);
    const files = new Map(previous.files);
    files.set(path, { blobSha, content });
    const sha = this.nextSha(`${previous.sha}${message}`);
    this.branches.set(branch, { sha, files });
    this.commits.push({ sha, branch, message, path });
    return { commit: sha, blob: blobSha };
  }

  private handle(call: RecordedCall): FakeResponse | Promise<FakeResponse> {
    const auth = call.headers.authorization ?? '';
    const presented = auth.replace(/^(Bearer|token)\s+/i, '');
    if (presented !== this.token) {
      return {
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
      };
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const path = decodeURIComponent(call.path);
    if (path !== prefix && !path.startsWith(`${prefix}/`)) return notFound();
    const rest = path.slice(prefix.length);
    const isWrite = call.method !== 'GET';
    if (isWrite && this.readOnly) {
      return {
        status: 403,
        body: {
          message: 'Resource not accessible by personal access token',
          documentation_url: 'https://docs.github.com/rest',
        },
      };
    }
    if (rest === '' && call.method === 'GET') {
      return { body: { full_name: this.repository, default_branch: this.defaultBranch, private: true } };
    }
    if (rest === '/dispatches' && call.method === 'POST') return this.dispatchCounted(call);
    const workflowDispatch = /^\/actions\/workflows\/([^/]+)\/dispatches$/.exec(rest);
    if (workflowDispatch && call.method === 'POST') return this.dispatchWorkflow(workflowDispatch[1]!, call);
    if (rest.startsWith('/contents/')) {
      const filePath = rest.slice('/contents/'.length);
      if (call.method === 'GET')
        return this.getContents(
          filePath,
          call.query.get('ref') ?? this.defaultBranch,
          call.headers.accept,
          call.headers['if-none-match'],
        );
      if (call.method === 'PUT') return this.putContents(filePath, call.params);
    }
    if (rest.startsWith('/git/ref/heads/') && call.method === 'GET') {
      const state = this.branches.get(rest.slice('/git/ref/heads/'.length));
      if (!state) return notFound();
      return {
        body: {
          ref: `refs/heads/${rest.slice('/git/ref/heads/'.length)}`,
          object: { sha: state.sha, type: 'commit' },
        },
      };
    }
    if (rest === '/git/refs' && call.method === 'POST') return this.createRef(call.params);
    const issueComments = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (issueComments && call.method === 'GET')
      return this.listComments(Number(issueComments[1]), call.query);
    if (issueComments && call.method === 'POST')
      return this.createComment(Number(issueComments[1]), call.params);
    if (rest === '/pulls' && call.method === 'GET') return this.listPulls(call.query);
    if (rest === '/pulls' && call.method === 'POST') return this.createPull(call.params);
    const onePull = /^\/pulls\/(\d+)$/.exec(rest);
    if (onePull && call.method === 'PATCH') return this.updatePull(Number(onePull[1]), call.params);
    const oneComment = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (oneComment && call.method === 'PATCH') return this.updateComment(Number(oneComment[1]), call.params);
    if (rest.startsWith('/git/blobs/') && call.method === 'GET') {
      const sha = rest.slice('/git/blobs/'.length);
      const content = this.blobs.get(sha);
      if (content === undefined) return notFound();
      return {
        body: {
          sha,
          encoding: 'base64',
          content: Buffer.from(content).toString('base64'),
          size: content.length,
        },
      };
    }
    return notFound();
  }

  /** Opens a pull request directly (test setup), as if someone had opened it. */
  addPull(seed: { head: string; title: string; body?: string; state?: 'open' | 'closed' }): FakePullRequest {
    const pull: FakePullRequest = {
      number: this.nextPullNumber(),
      head: seed.head,
      base: this.defaultBranch,
      title: seed.title,
      body: seed.body ?? '',
      state: seed.state ?? 'open',
      mergedAt: null,
    };
    this.pulls.push(pull);
    return pull;
  }

  private nextPullNumber(): number {
    // Issues and pull requests share numbers; comments use their own ids.
    return 100 + this.pulls.length + 1;
  }

  /** `GET /pulls?head=owner:branch&state=open|closed|all`, newest first with `direction=desc`. */
  private listPulls(query: URLSearchParams): FakeResponse {
    const state = query.get('state') ?? 'open';
    const head = query.get('head');
    const perPage = Math.min(100, Number(query.get('per_page') ?? 30));
    const page = Math.max(1, Number(query.get('page') ?? 1));
    let matched = this.pulls.filter(
      (p) =>
        (state === 'all' || p.state === state) &&
        (head === null || head === `${this.owner}:${p.head}` || head === p.head),
    );
    if (query.get('direction') === 'desc') matched = [...matched].reverse();
    return { body: matched.slice((page - 1) * perPage, page * perPage).map((p) => this.pullBody(p)) };
  }

  private createPull(params: Record<string, unknown>): FakeResponse {
    const { title, head, base } = params;
    if (typeof title !== 'string' || typeof head !== 'string' || typeof base !== 'string' || title === '') {
      return invalid('title, head and base are required.');
    }
    const headState = this.branches.get(head);
    const baseState = this.branches.get(base);
    if (!headState || !baseState) return invalid(`head or base branch not found (${head} → ${base}).`);
    if (this.pulls.some((p) => p.head === head && p.base === base && p.state === 'open')) {
      return invalid(`A pull request already exists for ${this.owner}:${head}.`);
    }
    if (headState.sha === baseState.sha) return invalid(`No commits between ${base} and ${head}`);
    const pull: FakePullRequest = {
      number: this.nextPullNumber(),
      head,
      base,
      title,
      body: typeof params.body === 'string' ? params.body : '',
      state: 'open',
      mergedAt: null,
    };
    this.pulls.push(pull);
    return { status: 201, body: this.pullBody(pull) };
  }

  private updatePull(number: number, params: Record<string, unknown>): FakeResponse {
    const pull = this.pulls.find((p) => p.number === number);
    if (!pull) return notFound();
    if (typeof params.title === 'string') pull.title = params.title;
    if (typeof params.body === 'string') pull.body = params.body;
    if (params.state === 'open' || params.state === 'closed') pull.state = params.state;
    return { body: this.pullBody(pull) };
  }

  /** A pull request as GitHub returns it (`pull-request` / `pull-request-simple`, the fields this project reads and a few more). */
  private pullBody(p: FakePullRequest): Record<string, unknown> {
    const web = `https://github.com/${this.repository}`;
    return {
      url: `https://api.github.com/repos/${this.repository}/pulls/${p.number}`,
      id: 5000 + p.number,
      node_id: `PR_${p.number}`,
      html_url: `${web}/pull/${p.number}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      body: p.body,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      draft: false,
      merged_at: p.mergedAt,
      head: { ref: p.head, sha: this.branches.get(p.head)?.sha ?? null, label: `${this.owner}:${p.head}` },
      base: { ref: p.base, sha: this.branches.get(p.base)?.sha ?? null, label: `${this.owner}:${p.base}` },
    };
  }

  /**
   * Starts a workflow as GitHub does: the file `.github/workflows/<id>` on `ref` must declare `workflow_dispatch`
   * (else 422), every input sent must be declared (else 422 "Unexpected inputs provided"), every required input
   * without a default must be sent, at most `workflowInputLimit` inputs and 65,535 characters of them. A missing
   * workflow is 404. With `return_run_details` the answer is 200 with the run; otherwise 204.
   */
  private dispatchWorkflow(id: string, call: RecordedCall): FakeResponse {
    const params = call.params;
    const ref = typeof params.ref === 'string' ? params.ref : '';
    if (ref === '') return invalid('"ref" wasn\'t supplied.');
    const branch = this.branches.get(ref.replace(/^refs\/heads\//, ''));
    if (!branch) return invalid(`No ref found for: ${ref}`);
    const source = branch.files.get(`.github/workflows/${id}`)?.content;
    if (source === undefined) return notFound();
    const inputs = params.inputs ?? {};
    if (inputs === null || typeof inputs !== 'object' || Array.isArray(inputs)) {
      return invalid("For 'properties/inputs', it is not an object.");
    }
    const sent = inputs as Record<string, unknown>;
    const limit = this.options.workflowInputLimit ?? 25;
    if (Object.keys(sent).length > limit) {
      return invalid(
        `No more than ${limit} properties are allowed; ${Object.keys(sent).length} were supplied.`,
      );
    }
    if (JSON.stringify(sent).length > WORKFLOW_INPUTS_MAX_CHARS) {
      return { status: 422, body: { message: 'inputs are too large.', status: '422' } };
    }
    const declared = declaredInputs(source);
    if (!declared) {
      return { status: 422, body: { message: "Workflow does not have 'workflow_dispatch' trigger" } };
    }
    const unexpected = Object.keys(sent).filter((k) => !declared.has(k));
    if (unexpected.length > 0) {
      return { status: 422, body: { message: `Unexpected inputs provided: ${JSON.stringify(unexpected)}` } };
    }
    for (const [name, spec] of declared) {
      if (spec.required && !spec.hasDefault && !(name in sent)) {
        return { status: 422, body: { message: `Required input '${name}' not provided` } };
      }
    }
    const runId = this.nextRunId++;
    const recorded: RecordedWorkflowDispatch = {
      workflow: id,
      ref,
      inputs: Object.fromEntries(Object.entries(sent).map(([k, v]) => [k, String(v)])),
      runId,
      htmlUrl: `https://github.com/${this.repository}/actions/runs/${runId}`,
    };
    this.workflowDispatches.push(recorded);
    const hook = this.options.onWorkflowDispatch;
    if (hook) this.runAfterAnswer(() => hook(recorded));
    if (params.return_run_details !== true) return { status: 204, body: '' };
    return {
      status: 200,
      body: {
        workflow_run_id: runId,
        run_url: `https://api.github.com/repos/${this.repository}/actions/runs/${runId}`,
        html_url: recorded.htmlUrl,
      },
    };
  }

  /** Comments on an issue or pull request, oldest first (what `upsertIssueComment` wrote). */
  comments(issueNumber: number): { id: number; body: string }[] {
    return this.issueComments.filter((c) => c.issue === issueNumber).map(({ id, body }) => ({ id, body }));
  }

  private listComments(issue: number, query: URLSearchParams): FakeResponse {
    const perPage = Math.min(100, Number(query.get('per_page') ?? 30));
    const page = Math.max(1, Number(query.get('page') ?? 1));
    const all = this.issueComments.filter((c) => c.issue === issue);
    return { body: all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentBody(c)) };
  }

  private createComment(issue: number, params: Record<string, unknown>): FakeResponse {
    if (typeof params.body !== 'string') return { status: 422, body: { message: 'Invalid request: body' } };
    const comment = { id: 1000 + this.issueComments.length, issue, body: params.body };
    this.issueComments.push(comment);
    return { status: 201, body: this.commentBody(comment) };
  }

  private updateComment(id: number, params: Record<string, unknown>): FakeResponse {
    const comment = this.issueComments.find((c) => c.id === id);
    if (!comment) return notFound();
    if (typeof params.body !== 'string') return { status: 422, body: { message: 'Invalid request: body' } };
    comment.body = params.body;
    return { body: this.commentBody(comment) };
  }

  private commentBody(c: { id: number; issue: number; body: string }): Record<string, unknown> {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      html_url: `https://github.com/${this.repository}/pull/${c.issue}#issuecomment-${c.id}`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    };
  }

  /** Counts the dispatches answered at once and applies `dispatchLatencyMs`. */
  private async dispatchCounted(call: RecordedCall): Promise<FakeResponse> {
    this.dispatchesInFlight += 1;
    this.peakDispatchesInFlight = Math.max(this.peakDispatchesInFlight, this.dispatchesInFlight);
    try {
      const latency = this.options.dispatchLatencyMs ?? 0;
      if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
      return this.dispatch(call);
    } finally {
      this.dispatchesInFlight -= 1;
    }
  }

  private dispatch(call: RecordedCall): FakeResponse {
    const bytes = Buffer.byteLength(call.body);
    const eventType = call.params.event_type;
    const payload = call.params.client_payload ?? {};
    if (bytes >= DISPATCH_LIMITS.bodyBytes) return invalid(`Request body is too large (${bytes} bytes).`);
    if (typeof eventType !== 'string' || eventType === '') return invalid("event_type wasn't supplied.");
    if (eventType.length > DISPATCH_LIMITS.eventTypeChars) {
      return invalid(`event_type is too long (maximum is ${DISPATCH_LIMITS.eventTypeChars} characters)`);
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
      return invalid("For 'properties/client_payload', it is not an object.");
    }
    const keys = Object.keys(payload).length;
    if (keys > DISPATCH_LIMITS.payloadKeys) {
      return invalid(
        `No more than ${DISPATCH_LIMITS.payloadKeys} properties are allowed; ${keys} were supplied.`,
      );
    }
    const recorded: RecordedDispatch = {
      event_type: eventType,
      client_payload: payload as Record<string, unknown>,
      bytes,
    };
    this.dispatches.push(recorded);
    const hook = this.options.onDispatch;
    if (hook) this.runAfterAnswer(() => hook(recorded));
    return { status: 204, body: '' };
  }

  /** Like GitHub: the answer goes out first, the workflow runs afterwards (tracked by `idle`, errors kept). */
  private runAfterAnswer(work: () => void | Promise<void>): void {
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch((error: unknown) => void this.hookErrors.push(error))
      .finally(() => this.pending.delete(run));
    this.pending.add(run);
  }

  /**
   * Answers as GitHub's REST description says for each media type: up to 1 MB everything works; 1–100 MB only
   * the raw media type (the bytes) and the object media type (content "", encoding "none"); above 100 MB nothing.
   * The description promises nothing for the default media type above 1 MB, so the fake refuses it the way
   * GitHub refuses blobs it will not serve (403 too_large). Like GitHub, a weak ETag per version of the file, and
   * 304 with no body when `If-None-Match` names it.
   */
  private getContents(path: string, ref: string, accept = '', ifNoneMatch?: string): FakeResponse {
    const state = this.branches.get(ref);
    if (!state) return { status: 404, body: { message: `No commit found for the ref ${ref}` } };
    const file = state.files.get(path);
    if (!file) return notFound();
    const etag = `W/"${file.blobSha}"`;
    if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim() === etag)) {
      return { status: 304, headers: { etag }, body: '' };
    }
    const size = Buffer.byteLength(file.content);
    const raw = accept.includes('application/vnd.github.raw');
    const object = accept.includes('application/vnd.github.object');
    if (size > LARGE_CONTENT_LIMIT || (size > INLINE_CONTENT_LIMIT && !raw && !object)) return tooLarge();
    if (raw) {
      return {
        headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8', etag },
        body: file.content,
      };
    }
    const inline = size <= INLINE_CONTENT_LIMIT;
    return {
      headers: { etag },
      body: {
        type: 'file',
        name: path.split('/').pop(),
        path,
        sha: file.blobSha,
        size,
        encoding: inline ? 'base64' : 'none',
        // GitHub wraps base64 at 60 characters.
        content: inline
          ? (
              Buffer.from(file.content)
                .toString('base64')
                .match(/.{1,60}/g) ?? []
            ).join('\n')
          : '',
      },
    };
  }

  private putContents(path: string, params: Record<string, unknown>): FakeResponse {
    const branch = typeof params.branch === 'string' ? params.branch : this.defaultBranch;
    const state = this.branches.get(branch);
    if (!state) return { status: 404, body: { message: `Branch ${branch} not found` } };
    if (typeof params.message !== 'string' || typeof params.content !== 'string') {
      return invalid('message and content are required.');
    }
    const existing = state.files.get(path);
    const sha = typeof params.sha === 'string' ? params.sha : undefined;
    if (existing && sha === undefined) return invalid('"sha" wasn\'t supplied.');
    if (sha !== undefined && sha !== existing?.blobSha) {
      return { status: 409, body: { message: `${path} does not match ${sha}` } };
    }
    const content = Buffer.from(params.content, 'base64').toString('utf8');
    const written = this.commit(branch, path, content, params.message);
    return {
      status: existing ? 200 : 201,
      body: {
        content: { name: path.split('/').pop(), path, sha: written.blob },
        commit: { sha: written.commit, message: params.message },
      },
    };
  }

  private createRef(params: Record<string, unknown>): FakeResponse {
    const ref = typeof params.ref === 'string' ? params.ref : '';
    const sha = typeof params.sha === 'string' ? params.sha : '';
    if (!ref.startsWith('refs/heads/')) return invalid('Reference name must start with refs/heads/.');
    const branch = ref.slice('refs/heads/'.length);
    if (this.branches.has(branch)) return invalid('Reference already exists');
    const source = [...this.branches.values()].find((s) => s.sha === sha);
    if (!source) return invalid('Object does not exist');
    this.branches.set(branch, { sha, files: new Map(source.files) });
    return { status: 201, body: { ref, object: { sha, type: 'commit' } } };
  }
}

/** The inputs a workflow file declares under `on.workflow_dispatch`, or undefined when it has no such trigger. */
function declaredInputs(source: string): Map<string, { required: boolean; hasDefault: boolean }> | undefined {
  let doc: unknown;
  try {
    doc = loadYaml(source);
  } catch {
    return undefined;
  }
  const on = (doc as Record<string, unknown> | null)?.on;
  const inList = Array.isArray(on) && on.includes('workflow_dispatch');
  if (on !== 'workflow_dispatch' && !inList) {
    if (on === null || typeof on !== 'object' || Array.isArray(on) || !('workflow_dispatch' in on))
      return undefined;
  }
  const trigger =
    on !== null && typeof on === 'object' && !Array.isArray(on) ? on.workflow_dispatch : undefined;
  const inputs = (trigger as { inputs?: unknown } | null | undefined)?.inputs;
  const out = new Map<string, { required: boolean; hasDefault: boolean }>();
  if (inputs !== null && typeof inputs === 'object') {
    for (const [name, spec] of Object.entries(inputs as Record<string, unknown>)) {
      const s = (spec ?? {}) as Record<string, unknown>;
      out.set(name, { required: s.required === true, hasDefault: 'default' in s });
    }
  }
  return out;
}

function notFound(): FakeResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}

function invalid(detail: string): FakeResponse {
  return {
    status: 422,
    body: { message: `Invalid request.\n\n${detail}`, documentation_url: 'https://docs.github.com/rest' },
  };
}

/** GitHub's answer for content it will not serve through this API or media type. */
function tooLarge(): FakeResponse {
  return {
    status: 403,
    body: {
      message:
        'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
      errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
      documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
    },
  };
}
