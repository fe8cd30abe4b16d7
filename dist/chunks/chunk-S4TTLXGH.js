import {
  watchResponse
} from "./chunk-R4RCMKVR.js";
import {
  systemClock
} from "./chunk-LEF5IGAI.js";
import {
  AuthError,
  ConfigError,
  RateLimitedError,
  RemoteError,
  TransientError
} from "./chunk-BYBTV2RS.js";

// src/github/client.ts
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
var DEFAULT_TIMEOUT_MS = 1e4;
var ConflictError = class extends RemoteError {
};
function parseRepository(repository) {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
  if (!match) {
    throw new ConfigError(
      `Invalid repository ${JSON.stringify(repository)}: expected "owner/repo" (e.g. "acme/oncall"); set GITHUB_REPOSITORY or the repository option.`
    );
  }
  return { owner: match[1], repo: match[2] };
}
var PERMISSION = {
  dispatch: "`contents: write` (fine-grained token: Contents read and write)",
  write: "`contents: write` (fine-grained token: Contents read and write)",
  read: "`contents: read`",
  comment: "`pull-requests: write` (fine-grained token: Pull requests read and write)",
  pull: "`pull-requests: write` and `contents: write` (fine-grained token: Pull requests and Contents read and write)",
  workflow: "`actions: write` (fine-grained token: Actions read and write)"
};
function createGitHubClient(options) {
  const { owner, repo } = parseRepository(options.repository);
  const apiUrl = (options.apiUrl?.trim() || DEFAULT_GITHUB_API_URL).replace(/\/+$/, "");
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  const where = `GitHub repository ${owner}/${repo}`;
  const headers = {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${options.token}`,
    "x-github-api-version": "2022-11-28",
    "user-agent": "oncall-runbooks"
  };
  async function call(c) {
    const url = `${apiUrl}${c.path}`;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = c.signal ? AbortSignal.any([timeout, c.signal]) : timeout;
    let response;
    const sent = c.mediaType === void 0 ? headers : { ...headers, accept: c.mediaType };
    try {
      response = await fetch(url, {
        method: c.method,
        headers: {
          ...sent,
          ...c.body === void 0 ? {} : { "content-type": "application/json" },
          ...c.headers
        },
        body: c.body === void 0 ? void 0 : JSON.stringify(c.body),
        signal
      });
    } catch (error) {
      if (timeout.aborted) {
        throw new TransientError(`${c.method} ${c.path} on ${apiUrl} timed out after ${timeoutMs} ms.`, {
          cause: error
        });
      }
      if (c.signal?.aborted) throw c.signal.reason ?? error;
      throw new TransientError(
        `${c.method} ${c.path} on ${apiUrl} failed: ${networkReason(error)}. Check the network and GITHUB_API_URL.`,
        { cause: error }
      );
    }
    const text = await response.text().catch(() => "");
    const data = parseJson(text);
    const status = response.status;
    if (status >= 200 && status < 300 || c.accept?.includes(status))
      return {
        status,
        data: watchResponse("github", `${c.method} ${c.path}`, data),
        headers: response.headers
      };
    const message = githubMessage(data, text);
    options.log.debug(`github: ${c.method} ${c.path} \u2192 ${status} ${message}`);
    const retryAfterMs = rateLimitWait(response.headers, clock);
    if (status === 429 || status === 403 && retryAfterMs !== void 0) {
      const wait = retryAfterMs ?? 6e4;
      throw new RateLimitedError(
        `${where}: GitHub rate limit hit on ${c.method} ${c.path} (retry in ${Math.ceil(wait / 1e3)} s): ${message}`,
        wait
      );
    }
    if (status === 401) {
      throw new AuthError(
        `${where}: GitHub refused the token (401 ${message}). Check that GITHUB_TOKEN is set, not expired, and has ${PERMISSION[c.operation]}.`
      );
    }
    if (status === 403) {
      throw new AuthError(
        `${where}: the token may not ${c.operation === "read" ? "read" : "write to"} this repository (403 ${message}). It needs ${PERMISSION[c.operation]} on ${owner}/${repo}.`
      );
    }
    if (status === 404) {
      throw new ConfigError(
        `${where}: repository not found or token cannot see it (404 on ${c.method} ${c.path}). Check GITHUB_REPOSITORY and that the token has access to ${owner}/${repo}.`
      );
    }
    if (status === 409)
      throw new ConflictError(`${where}: conflict on ${c.method} ${c.path} (409 ${message}).`);
    if (status >= 500) {
      throw new TransientError(`${where}: GitHub answered ${status} on ${c.method} ${c.path}: ${message}`);
    }
    throw new RemoteError(`${where}: GitHub rejected ${c.method} ${c.path} (${status}): ${message}`);
  }
  const contentsPath = (path) => `${repoPath}/contents/${path.replace(/^\/+/, "").split("/").map((p) => encodeURIComponent(p)).join("/")}`;
  const refPath = (branch) => `${repoPath}/git/ref/heads/${branch.split("/").map(encodeURIComponent).join("/")}`;
  async function branchHead(branch) {
    const reply = await call({ method: "GET", path: refPath(branch), operation: "read", accept: [404] });
    if (reply.status === 404) return void 0;
    const sha = field(field(reply.data, "object"), "sha");
    if (typeof sha !== "string")
      throw new RemoteError(`${where}: unexpected answer for branch "${branch}": no object.sha.`);
    return sha;
  }
  async function fileContent(data, branch, path) {
    const sha = field(data, "sha");
    const type = field(data, "type");
    if (typeof sha !== "string" || type !== void 0 && type !== "file") {
      throw new RemoteError(`${where}: ${path} on branch "${branch}" is not a file (type ${String(type)}).`);
    }
    const encoding = field(data, "encoding");
    const content = field(data, "content");
    if (encoding === "base64" && typeof content === "string") {
      return { sha, content: Buffer.from(content, "base64").toString("utf8") };
    }
    const blob = await call({ method: "GET", path: `${repoPath}/git/blobs/${sha}`, operation: "read" });
    const blobContent = field(blob.data, "content");
    if (field(blob.data, "encoding") !== "base64" || typeof blobContent !== "string")
      throw new RemoteError(`${where}: blob ${sha} of ${path} has no base64 content.`);
    return { sha, content: Buffer.from(blobContent, "base64").toString("utf8") };
  }
  let defaultBranch;
  function defaultBranchName() {
    defaultBranch ??= (async () => {
      const repoInfo = await call({ method: "GET", path: repoPath, operation: "read" });
      const name = field(repoInfo.data, "default_branch");
      if (typeof name !== "string")
        throw new RemoteError(`${where}: no default_branch in the repository data.`);
      return name;
    })().catch((error) => {
      defaultBranch = void 0;
      throw error;
    });
    return defaultBranch;
  }
  function pullRequest(data, what) {
    const number = field(data, "number");
    const htmlUrl = field(data, "html_url");
    const state = field(data, "state");
    if (typeof number !== "number" || typeof htmlUrl !== "string" || state !== "open" && state !== "closed") {
      throw new RemoteError(`${where}: unexpected answer for ${what}: no number, html_url or state.`);
    }
    const title = field(data, "title");
    const body = field(data, "body");
    const mergedAt = field(data, "merged_at");
    return {
      number,
      htmlUrl,
      state,
      merged: typeof mergedAt === "string" && mergedAt !== "",
      title: typeof title === "string" ? title : "",
      body: typeof body === "string" ? body : ""
    };
  }
  const pulls = {
    async findPullRequest(branch) {
      const head = encodeURIComponent(`${owner}:${branch}`);
      const reply = await call({
        method: "GET",
        path: `${repoPath}/pulls?head=${head}&state=all&sort=created&direction=desc&per_page=10`,
        operation: "read"
      });
      const list = Array.isArray(reply.data) ? reply.data : [];
      const all = list.map((p, i) => pullRequest(p, `pull request ${i + 1} of branch "${branch}"`));
      return all.find((p) => p.state === "open") ?? all[0];
    },
    async createPullRequest(request) {
      const base = request.base ?? await defaultBranchName();
      const reply = await call({
        method: "POST",
        path: `${repoPath}/pulls`,
        body: { title: request.title, body: request.body, head: request.branch, base },
        operation: "pull",
        accept: [422]
      });
      if (reply.status === 422) {
        const text = githubMessage(reply.data, "");
        if (/already exists/i.test(text))
          throw new ConflictError(`${where}: a pull request for "${request.branch}" already exists: ${text}`);
        throw new RemoteError(
          `${where}: GitHub refused to open a pull request from "${request.branch}": ${text}`
        );
      }
      return pullRequest(reply.data, `the new pull request from "${request.branch}"`);
    },
    async updatePullRequest(number, change) {
      if (!Number.isInteger(number) || number < 1) {
        throw new ConfigError(`${where}: a pull request number is a whole number \u2265 1, found ${number}.`);
      }
      const reply = await call({
        method: "PATCH",
        path: `${repoPath}/pulls/${number}`,
        body: { title: change.title, body: change.body },
        operation: "pull"
      });
      return pullRequest(reply.data, `pull request #${number}`);
    }
  };
  return {
    ...pulls,
    async dispatch(eventType, clientPayload, dispatchOptions) {
      await call({
        method: "POST",
        path: `${repoPath}/dispatches`,
        body: { event_type: eventType, client_payload: clientPayload },
        operation: "dispatch",
        signal: dispatchOptions?.signal
      });
    },
    async dispatchWorkflow(workflow, ref, inputs) {
      const path = `${repoPath}/actions/workflows/${encodeURIComponent(workflow)}/dispatches`;
      const send = (details) => call({
        method: "POST",
        path,
        body: { ref, inputs, ...details ? { return_run_details: true } : {} },
        operation: "workflow",
        accept: [404, 422]
      });
      let reply = await send(true);
      if (reply.status === 422 && /return_run_details/.test(githubMessage(reply.data, ""))) {
        reply = await send(false);
      }
      if (reply.status === 404) {
        throw new ConfigError(
          `${where}: workflow ${workflow} not found on "${ref}" (404). It must be a file under .github/workflows/ on that branch, and the token must be able to see ${owner}/${repo}.`
        );
      }
      if (reply.status === 422) {
        throw new ConfigError(
          `${where}: GitHub refused to dispatch ${workflow} on "${ref}" (422 ${githubMessage(reply.data, "")}). Check that it declares on: workflow_dispatch with the inputs sent (oncall validate checks this).`
        );
      }
      const runId = field(reply.data, "workflow_run_id");
      const htmlUrl = field(reply.data, "html_url");
      return {
        ...typeof runId === "number" ? { runId } : {},
        ...typeof htmlUrl === "string" ? { htmlUrl } : {}
      };
    },
    async getFile(branch, path) {
      const reply = await call({
        method: "GET",
        path: `${contentsPath(path)}?ref=${encodeURIComponent(branch)}`,
        operation: "read",
        accept: [404],
        mediaType: "application/vnd.github.object+json"
      });
      if (reply.status === 404) return void 0;
      return fileContent(reply.data, branch, path);
    },
    async getFileIfChanged(branch, path, etag) {
      const reply = await call({
        method: "GET",
        path: `${contentsPath(path)}?ref=${encodeURIComponent(branch)}`,
        operation: "read",
        accept: [304, 404],
        mediaType: "application/vnd.github.object+json",
        ...etag ? { headers: { "if-none-match": etag } } : {}
      });
      if (reply.status === 304) return { kind: "not-modified" };
      if (reply.status === 404) return { kind: "missing" };
      return {
        kind: "file",
        file: await fileContent(reply.data, branch, path),
        etag: reply.headers.get("etag") ?? void 0
      };
    },
    async ensureBranch(branch) {
      if (await branchHead(branch) !== void 0) return;
      const defaultBranch2 = await defaultBranchName();
      const base = await branchHead(defaultBranch2);
      if (base === void 0) {
        throw new ConfigError(
          `${where}: cannot create branch "${branch}": the default branch "${defaultBranch2}" has no commits yet. Push a first commit.`
        );
      }
      const created = await call({
        method: "POST",
        path: `${repoPath}/git/refs`,
        body: { ref: `refs/heads/${branch}`, sha: base },
        operation: "write",
        accept: [422]
      });
      if (created.status === 422 && await branchHead(branch) === void 0) {
        throw new RemoteError(
          `${where}: GitHub refused to create branch "${branch}": ${githubMessage(created.data, "")}`
        );
      }
    },
    async upsertIssueComment(issueNumber, marker, body) {
      if (!Number.isInteger(issueNumber) || issueNumber < 1) {
        throw new ConfigError(`${where}: a pull request number is a whole number \u2265 1, found ${issueNumber}.`);
      }
      const commentsPath = `${repoPath}/issues/${issueNumber}/comments`;
      for (let page = 1; page <= 10; page++) {
        const reply = await call({
          method: "GET",
          path: `${commentsPath}?per_page=100&page=${page}`,
          operation: "read"
        });
        const comments = Array.isArray(reply.data) ? reply.data : [];
        for (const comment of comments) {
          const id2 = field(comment, "id");
          const text = field(comment, "body");
          if (typeof id2 === "number" && typeof text === "string" && text.includes(marker)) {
            await call({
              method: "PATCH",
              path: `${repoPath}/issues/comments/${id2}`,
              body: { body },
              operation: "comment"
            });
            return { id: id2, action: "updated" };
          }
        }
        if (comments.length < 100) break;
      }
      const created = await call({
        method: "POST",
        path: commentsPath,
        body: { body },
        operation: "comment"
      });
      const id = field(created.data, "id");
      if (typeof id !== "number") throw new RemoteError(`${where}: GitHub created a comment without an id.`);
      return { id, action: "created" };
    },
    async putFile(branch, path, content, message, sha) {
      const reply = await call({
        method: "PUT",
        path: contentsPath(path),
        body: {
          message,
          content: Buffer.from(content, "utf8").toString("base64"),
          branch,
          ...sha ? { sha } : {}
        },
        operation: "write",
        accept: [422]
      });
      if (reply.status === 422) {
        const text = githubMessage(reply.data, "");
        if (/sha/i.test(text))
          throw new ConflictError(`${where}: ${path} on "${branch}" changed meanwhile: ${text}`);
        throw new RemoteError(`${where}: GitHub rejected the write of ${path} on "${branch}": ${text}`);
      }
      const commitSha = field(field(reply.data, "commit"), "sha");
      if (typeof commitSha !== "string")
        throw new RemoteError(`${where}: the write of ${path} returned no commit.sha.`);
      return { commitSha };
    }
  };
}
function field(value, key) {
  return value !== null && typeof value === "object" ? value[key] : void 0;
}
function parseJson(text) {
  if (text === "") return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function githubMessage(data, text) {
  const message = field(data, "message");
  if (typeof message === "string") {
    const errors = field(data, "errors");
    const first = Array.isArray(errors) ? errors[0] : void 0;
    const detail = typeof first === "string" ? first : field(first, "message");
    return typeof detail === "string" && detail !== "" ? `${message} (${detail})` : message;
  }
  const plain = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  return plain === "" ? "empty body" : plain.length > 200 ? `${plain.slice(0, 200)}\u2026` : plain;
}
function rateLimitWait(headers, clock) {
  const retryAfter = Number(headers.get("retry-after"));
  if (headers.has("retry-after") && Number.isFinite(retryAfter)) return Math.max(0, retryAfter * 1e3);
  if (headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(headers.get("x-ratelimit-reset"));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1e3 - clock.now().getTime());
  }
  return void 0;
}
function networkReason(error) {
  const cause = field(error, "cause");
  const code = field(cause, "code");
  if (typeof code === "string") return code;
  return error instanceof Error ? error.message : String(error);
}

export {
  DEFAULT_GITHUB_API_URL,
  ConflictError,
  parseRepository,
  createGitHubClient
};
