import {
  renderChannelHtml,
  renderChannelText
} from "./chunk-ZEWWJXCN.js";
import {
  createSlackRoutes,
  signSlackRequest,
  startRelayServer
} from "./chunk-VDGLXVNS.js";
import {
  DIAGNOSTIC_OUTPUT_EVENT_TYPE
} from "./chunk-K27MDWFB.js";
import {
  POSTMORTEM_EVENT_TYPE,
  draftBranch,
  readPullMarker
} from "./chunk-HDTIQCTV.js";
import "./chunk-KBAOC47E.js";
import "./chunk-63RUTUG4.js";
import {
  load
} from "./chunk-55ZDFV63.js";
import "./chunk-JN6JRQFA.js";
import {
  createDirectMode,
  createRelayHandler,
  signBody
} from "./chunk-QQKTGA3R.js";
import {
  REMINDER_EVENT_TYPE
} from "./chunk-PXUSXVQQ.js";
import "./chunk-AYWKDYMB.js";
import "./chunk-FCN4TBIW.js";
import "./chunk-7K76UV3Z.js";
import {
  createPagerDutyClient
} from "./chunk-KD3QOOVP.js";
import {
  createSlackClient
} from "./chunk-LSYF55D5.js";
import "./chunk-OOA45IWD.js";
import "./chunk-7VJA5HDZ.js";
import {
  createGitHubClient
} from "./chunk-S4TTLXGH.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-O3TKNPUP.js";
import "./chunk-MRISRTQM.js";
import "./chunk-GUVNCUNR.js";
import {
  parseIndex
} from "./chunk-DTQ542JL.js";
import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH
} from "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import {
  Redactor,
  streamLogger
} from "./chunk-BIIUCKQH.js";
import "./chunk-TVETWU2K.js";
import {
  systemClock
} from "./chunk-LEF5IGAI.js";
import "./chunk-LWJ5VQNM.js";
import {
  ACTION_IDS,
  REPLY_EVENT_TYPE
} from "./chunk-MENKK2CK.js";
import "./chunk-UOT3AM2W.js";
import {
  LAST_TIME_EVENT_TYPE
} from "./chunk-Q2OCF4Q3.js";
import "./chunk-RIV4JU6R.js";
import "./chunk-KR57FXBU.js";
import "./chunk-GCNY4AAF.js";
import "./chunk-QB6QIQAD.js";
import {
  DIAGNOSTICS_EVENT_TYPE
} from "./chunk-U26KMNYB.js";
import "./chunk-KOCSSIJL.js";
import "./chunk-T7MTKLHV.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import "./chunk-EA5KP37Y.js";
import {
  parseMrkdwn
} from "./chunk-IA4VIC32.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:fs/promises#src/sandbox/run.ts
var m = builtin("node:fs/promises");
var mkdir = m.mkdir;
var writeFile = m.writeFile;

// node-builtin:node:path#src/sandbox/run.ts
var m2 = builtin("node:path");
var run_default = m2;

// node-builtin:node:stream#src/sandbox/run.ts
var m3 = builtin("node:stream");
var Readable = m3.Readable;

// src/fakes/clock.ts
var FakeClock = class {
  /** @param autoAdvance when true, `sleep` moves the clock forward itself and resolves on the next tick. */
  constructor(start, autoAdvance = true) {
    this.autoAdvance = autoAdvance;
    this.current = new Date(start).getTime();
  }
  autoAdvance;
  current;
  sleepers = [];
  /** Every sleep requested, in ms — tests assert waits honoured `Retry-After`/`ratelimit-reset`. */
  sleeps = [];
  now() {
    return new Date(this.current);
  }
  set(time) {
    this.current = new Date(time).getTime();
    this.wake();
  }
  advance(ms) {
    this.current += ms;
    this.wake();
  }
  sleep(ms, signal) {
    this.sleeps.push(ms);
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.autoAdvance) {
      this.current += ms;
      return new Promise((resolve) => setImmediate(resolve));
    }
    return new Promise((resolve, reject) => {
      const sleeper = { until: this.current + ms, resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener(
        "abort",
        () => {
          this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
          reject(signal.reason);
        },
        { once: true }
      );
    });
  }
  wake() {
    for (const s of [...this.sleepers]) {
      if (s.until <= this.current) {
        this.sleepers.splice(this.sleepers.indexOf(s), 1);
        s.resolve();
      }
    }
  }
};

// node-builtin:node:crypto#src/fakes/github.ts
var m4 = builtin("node:crypto");
var createHash = m4.createHash;

// node-builtin:node:http#src/fakes/server.ts
var m5 = builtin("node:http");
var createServer = m5.createServer;

// src/fakes/server.ts
var FakeServer = class {
  constructor(name, handler) {
    this.name = name;
    this.handler = handler;
  }
  name;
  handler;
  calls = [];
  faults = [];
  sockets = /* @__PURE__ */ new Set();
  server;
  baseUrl = "";
  /** Base URL such as `http://127.0.0.1:41234`. */
  get url() {
    if (!this.baseUrl) throw new Error(`${this.name} fake is not started`);
    return this.baseUrl;
  }
  async start(port = 0) {
    const server = createServer((req, res) => void this.serve(req, res));
    server.keepAliveTimeout = 1e3;
    server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("unexpected server address");
    this.baseUrl = `http://127.0.0.1:${address.port}`;
    return this.baseUrl;
  }
  async stop() {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = void 0;
    if (server) await new Promise((resolve) => server.close(() => resolve()));
  }
  /** Injects `fault` into the next `times` calls that match `method` and `path`. */
  inject(rule, fault) {
    this.faults.push({ ...rule, fault, times: rule.times ?? 1 });
  }
  clearFaults() {
    this.faults.length = 0;
  }
  /** Calls to a path (exact string or pattern). */
  callsTo(path, method) {
    return this.calls.filter((c) => matchesPath(c.path, path) && (!method || c.method === method));
  }
  takeFault(call) {
    const index = this.faults.findIndex(
      (r) => r.times > 0 && (!r.method || r.method === call.method) && (!r.path || matchesPath(call.path, r.path)) && (!r.when || r.when(call))
    );
    if (index < 0) return void 0;
    const rule = this.faults[index];
    rule.times -= 1;
    if (rule.times <= 0) this.faults.splice(index, 1);
    return rule.fault;
  }
  async serve(req, res) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://fake");
    const headers = {};
    for (const [k, v] of Object.entries(req.headers))
      headers[k] = Array.isArray(v) ? v.join(", ") : v ?? "";
    const call = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers,
      body,
      params: parseBody(body, headers["content-type"] ?? ""),
      status: 0
    };
    this.calls.push(call);
    const fault = this.takeFault(call);
    if (fault) call.fault = fault.kind;
    try {
      switch (fault?.kind) {
        case "hang":
          return;
        case "reset":
          req.socket.destroy();
          return;
        case "status":
          call.status = fault.status;
          return send(res, { status: fault.status, headers: fault.headers, body: fault.body ?? "" });
        case "reset-after-handling":
          await this.handler(call);
          req.socket.destroy();
          return;
        case "delay":
          await new Promise((resolve) => setTimeout(resolve, fault.ms));
          break;
        default:
          break;
      }
      const response = await this.handler(call);
      call.status = response.status ?? 200;
      send(res, response);
    } catch (error) {
      call.status = 500;
      send(res, { status: 500, body: { error: `${this.name} fake failed: ${String(error)}` } });
    }
  }
};
function matchesPath(path, pattern) {
  return typeof pattern === "string" ? path === pattern : pattern.test(path);
}
function parseBody(body, contentType) {
  if (body === "") return {};
  if (contentType.includes("application/x-www-form-urlencoded")) {
    const out = {};
    for (const [k, v] of new URLSearchParams(body)) out[k] = v;
    return out;
  }
  try {
    const parsed = JSON.parse(body);
    return parsed !== null && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}
function send(res, response) {
  const isText = typeof response.body === "string";
  const payload = isText ? response.body : JSON.stringify(response.body ?? {});
  res.writeHead(response.status ?? 200, {
    "content-type": isText ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
    ...response.headers
  });
  res.end(payload);
}

// src/fakes/github.ts
var WORKFLOW_INPUTS_MAX_CHARS = 65535;
var DISPATCH_LIMITS = { eventTypeChars: 100, payloadKeys: 10, bodyBytes: 64 * 1024 };
var INLINE_CONTENT_LIMIT = 1024 * 1024;
var LARGE_CONTENT_LIMIT = 100 * 1024 * 1024;
var FakeGitHub = class {
  constructor(options = {}) {
    this.options = options;
    this.owner = options.owner ?? "acme";
    this.repo = options.repo ?? "oncall";
    this.token = options.token ?? "ghp_fake_token_0123456789";
    this.defaultBranch = options.defaultBranch ?? "main";
    this.readOnly = options.readOnly ?? false;
    this.branches.set(this.defaultBranch, { sha: this.nextSha("initial"), files: /* @__PURE__ */ new Map() });
    this.server = new FakeServer("GitHub", (call) => this.handle(call));
  }
  options;
  server;
  dispatches = [];
  commits = [];
  hookErrors = [];
  workflowDispatches = [];
  nextRunId = 7000001;
  owner;
  repo;
  token;
  defaultBranch;
  readOnly;
  /** Dispatch calls being answered now. */
  dispatchesInFlight = 0;
  /** Most dispatch calls being answered at once. */
  peakDispatchesInFlight = 0;
  branches = /* @__PURE__ */ new Map();
  blobs = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Set();
  counter = 0;
  issueComments = [];
  /** Pull requests, oldest first (`GET/POST /pulls`, `PATCH /pulls/{n}`). */
  pulls = [];
  get url() {
    return this.server.url;
  }
  get calls() {
    return this.server.calls;
  }
  /** Calls to a path (exact string or pattern), optionally of one method. */
  callsTo(path, method) {
    return this.server.callsTo(path, method);
  }
  /** `owner/repo` of the fake repository. */
  get repository() {
    return `${this.owner}/${this.repo}`;
  }
  start() {
    return this.server.start();
  }
  async stop() {
    await this.idle();
    await this.server.stop();
  }
  /** Resolves once every `onDispatch` run started so far has finished. */
  async idle() {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
  /** Content of a file on a branch, or undefined. */
  file(branch, path) {
    return this.branches.get(branch)?.files.get(path)?.content;
  }
  branchHead(branch) {
    return this.branches.get(branch)?.sha;
  }
  /** Writes a file directly (test setup), as one commit. */
  setFile(branch, path, content) {
    this.commit(branch, path, content, `setup ${path}`);
  }
  nextSha(seed) {
    this.counter += 1;
    return createHash("sha1").update(`${seed}\0${this.counter}`).digest("hex");
  }
  commit(branch, path, content, message) {
    const previous = this.branches.get(branch) ?? this.branches.get(this.defaultBranch);
    const blobSha = createHash("sha1").update(`blob ${Buffer.byteLength(content)}\0${content}`).digest("hex");
    this.blobs.set(blobSha, content);
    const files = new Map(previous.files);
    files.set(path, { blobSha, content });
    const sha = this.nextSha(`${previous.sha}${message}`);
    this.branches.set(branch, { sha, files });
    this.commits.push({ sha, branch, message, path });
    return { commit: sha, blob: blobSha };
  }
  handle(call) {
    const auth = call.headers.authorization ?? "";
    const presented = auth.replace(/^(Bearer|token)\s+/i, "");
    if (presented !== this.token) {
      return {
        status: 401,
        body: { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" }
      };
    }
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const path = decodeURIComponent(call.path);
    if (path !== prefix && !path.startsWith(`${prefix}/`)) return notFound();
    const rest = path.slice(prefix.length);
    const isWrite = call.method !== "GET";
    if (isWrite && this.readOnly) {
      return {
        status: 403,
        body: {
          message: "Resource not accessible by personal access token",
          documentation_url: "https://docs.github.com/rest"
        }
      };
    }
    if (rest === "" && call.method === "GET") {
      return { body: { full_name: this.repository, default_branch: this.defaultBranch, private: true } };
    }
    if (rest === "/dispatches" && call.method === "POST") return this.dispatchCounted(call);
    const workflowDispatch = /^\/actions\/workflows\/([^/]+)\/dispatches$/.exec(rest);
    if (workflowDispatch && call.method === "POST") return this.dispatchWorkflow(workflowDispatch[1], call);
    if (rest.startsWith("/contents/")) {
      const filePath = rest.slice("/contents/".length);
      if (call.method === "GET")
        return this.getContents(
          filePath,
          call.query.get("ref") ?? this.defaultBranch,
          call.headers.accept,
          call.headers["if-none-match"]
        );
      if (call.method === "PUT") return this.putContents(filePath, call.params);
    }
    if (rest.startsWith("/git/ref/heads/") && call.method === "GET") {
      const state = this.branches.get(rest.slice("/git/ref/heads/".length));
      if (!state) return notFound();
      return {
        body: {
          ref: `refs/heads/${rest.slice("/git/ref/heads/".length)}`,
          object: { sha: state.sha, type: "commit" }
        }
      };
    }
    if (rest === "/git/refs" && call.method === "POST") return this.createRef(call.params);
    const issueComments = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (issueComments && call.method === "GET")
      return this.listComments(Number(issueComments[1]), call.query);
    if (issueComments && call.method === "POST")
      return this.createComment(Number(issueComments[1]), call.params);
    if (rest === "/pulls" && call.method === "GET") return this.listPulls(call.query);
    if (rest === "/pulls" && call.method === "POST") return this.createPull(call.params);
    const onePull = /^\/pulls\/(\d+)$/.exec(rest);
    if (onePull && call.method === "PATCH") return this.updatePull(Number(onePull[1]), call.params);
    const oneComment = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (oneComment && call.method === "PATCH") return this.updateComment(Number(oneComment[1]), call.params);
    if (rest.startsWith("/git/blobs/") && call.method === "GET") {
      const sha = rest.slice("/git/blobs/".length);
      const content = this.blobs.get(sha);
      if (content === void 0) return notFound();
      return {
        body: {
          sha,
          encoding: "base64",
          content: Buffer.from(content).toString("base64"),
          size: content.length
        }
      };
    }
    return notFound();
  }
  /** Opens a pull request directly (test setup), as if someone had opened it. */
  addPull(seed) {
    const pull = {
      number: this.nextPullNumber(),
      head: seed.head,
      base: this.defaultBranch,
      title: seed.title,
      body: seed.body ?? "",
      state: seed.state ?? "open",
      mergedAt: null
    };
    this.pulls.push(pull);
    return pull;
  }
  nextPullNumber() {
    return 100 + this.pulls.length + 1;
  }
  /** `GET /pulls?head=owner:branch&state=open|closed|all`, newest first with `direction=desc`. */
  listPulls(query) {
    const state = query.get("state") ?? "open";
    const head = query.get("head");
    const perPage = Math.min(100, Number(query.get("per_page") ?? 30));
    const page = Math.max(1, Number(query.get("page") ?? 1));
    let matched = this.pulls.filter(
      (p) => (state === "all" || p.state === state) && (head === null || head === `${this.owner}:${p.head}` || head === p.head)
    );
    if (query.get("direction") === "desc") matched = [...matched].reverse();
    return { body: matched.slice((page - 1) * perPage, page * perPage).map((p) => this.pullBody(p)) };
  }
  createPull(params) {
    const { title, head, base } = params;
    if (typeof title !== "string" || typeof head !== "string" || typeof base !== "string" || title === "") {
      return invalid("title, head and base are required.");
    }
    const headState = this.branches.get(head);
    const baseState = this.branches.get(base);
    if (!headState || !baseState) return invalid(`head or base branch not found (${head} \u2192 ${base}).`);
    if (this.pulls.some((p) => p.head === head && p.base === base && p.state === "open")) {
      return invalid(`A pull request already exists for ${this.owner}:${head}.`);
    }
    if (headState.sha === baseState.sha) return invalid(`No commits between ${base} and ${head}`);
    const pull = {
      number: this.nextPullNumber(),
      head,
      base,
      title,
      body: typeof params.body === "string" ? params.body : "",
      state: "open",
      mergedAt: null
    };
    this.pulls.push(pull);
    return { status: 201, body: this.pullBody(pull) };
  }
  updatePull(number, params) {
    const pull = this.pulls.find((p) => p.number === number);
    if (!pull) return notFound();
    if (typeof params.title === "string") pull.title = params.title;
    if (typeof params.body === "string") pull.body = params.body;
    if (params.state === "open" || params.state === "closed") pull.state = params.state;
    return { body: this.pullBody(pull) };
  }
  /** A pull request as GitHub returns it (`pull-request` / `pull-request-simple`, the fields this project reads and a few more). */
  pullBody(p) {
    const web = `https://github.com/${this.repository}`;
    return {
      url: `https://api.github.com/repos/${this.repository}/pulls/${p.number}`,
      id: 5e3 + p.number,
      node_id: `PR_${p.number}`,
      html_url: `${web}/pull/${p.number}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      body: p.body,
      user: { login: "github-actions[bot]", type: "Bot" },
      draft: false,
      merged_at: p.mergedAt,
      head: { ref: p.head, sha: this.branches.get(p.head)?.sha ?? null, label: `${this.owner}:${p.head}` },
      base: { ref: p.base, sha: this.branches.get(p.base)?.sha ?? null, label: `${this.owner}:${p.base}` }
    };
  }
  /**
   * Starts a workflow as GitHub does: the file `.github/workflows/<id>` on `ref` must declare `workflow_dispatch`
   * (else 422), every input sent must be declared (else 422 "Unexpected inputs provided"), every required input
   * without a default must be sent, at most `workflowInputLimit` inputs and 65,535 characters of them. A missing
   * workflow is 404. With `return_run_details` the answer is 200 with the run; otherwise 204.
   */
  dispatchWorkflow(id, call) {
    const params = call.params;
    const ref = typeof params.ref === "string" ? params.ref : "";
    if (ref === "") return invalid(`"ref" wasn't supplied.`);
    const branch = this.branches.get(ref.replace(/^refs\/heads\//, ""));
    if (!branch) return invalid(`No ref found for: ${ref}`);
    const source = branch.files.get(`.github/workflows/${id}`)?.content;
    if (source === void 0) return notFound();
    const inputs = params.inputs ?? {};
    if (inputs === null || typeof inputs !== "object" || Array.isArray(inputs)) {
      return invalid("For 'properties/inputs', it is not an object.");
    }
    const sent = inputs;
    const limit = this.options.workflowInputLimit ?? 25;
    if (Object.keys(sent).length > limit) {
      return invalid(
        `No more than ${limit} properties are allowed; ${Object.keys(sent).length} were supplied.`
      );
    }
    if (JSON.stringify(sent).length > WORKFLOW_INPUTS_MAX_CHARS) {
      return { status: 422, body: { message: "inputs are too large.", status: "422" } };
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
    const recorded = {
      workflow: id,
      ref,
      inputs: Object.fromEntries(Object.entries(sent).map(([k, v]) => [k, String(v)])),
      runId,
      htmlUrl: `https://github.com/${this.repository}/actions/runs/${runId}`
    };
    this.workflowDispatches.push(recorded);
    const hook = this.options.onWorkflowDispatch;
    if (hook) this.runAfterAnswer(() => hook(recorded));
    if (params.return_run_details !== true) return { status: 204, body: "" };
    return {
      status: 200,
      body: {
        workflow_run_id: runId,
        run_url: `https://api.github.com/repos/${this.repository}/actions/runs/${runId}`,
        html_url: recorded.htmlUrl
      }
    };
  }
  /** Comments on an issue or pull request, oldest first (what `upsertIssueComment` wrote). */
  comments(issueNumber) {
    return this.issueComments.filter((c) => c.issue === issueNumber).map(({ id, body }) => ({ id, body }));
  }
  listComments(issue, query) {
    const perPage = Math.min(100, Number(query.get("per_page") ?? 30));
    const page = Math.max(1, Number(query.get("page") ?? 1));
    const all = this.issueComments.filter((c) => c.issue === issue);
    return { body: all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentBody(c)) };
  }
  createComment(issue, params) {
    if (typeof params.body !== "string") return { status: 422, body: { message: "Invalid request: body" } };
    const comment = { id: 1e3 + this.issueComments.length, issue, body: params.body };
    this.issueComments.push(comment);
    return { status: 201, body: this.commentBody(comment) };
  }
  updateComment(id, params) {
    const comment = this.issueComments.find((c) => c.id === id);
    if (!comment) return notFound();
    if (typeof params.body !== "string") return { status: 422, body: { message: "Invalid request: body" } };
    comment.body = params.body;
    return { body: this.commentBody(comment) };
  }
  commentBody(c) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      html_url: `https://github.com/${this.repository}/pull/${c.issue}#issuecomment-${c.id}`,
      user: { login: "github-actions[bot]", type: "Bot" }
    };
  }
  /** Counts the dispatches answered at once and applies `dispatchLatencyMs`. */
  async dispatchCounted(call) {
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
  dispatch(call) {
    const bytes = Buffer.byteLength(call.body);
    const eventType = call.params.event_type;
    const payload = call.params.client_payload ?? {};
    if (bytes >= DISPATCH_LIMITS.bodyBytes) return invalid(`Request body is too large (${bytes} bytes).`);
    if (typeof eventType !== "string" || eventType === "") return invalid("event_type wasn't supplied.");
    if (eventType.length > DISPATCH_LIMITS.eventTypeChars) {
      return invalid(`event_type is too long (maximum is ${DISPATCH_LIMITS.eventTypeChars} characters)`);
    }
    if (payload === null || typeof payload !== "object" || Array.isArray(payload)) {
      return invalid("For 'properties/client_payload', it is not an object.");
    }
    const keys = Object.keys(payload).length;
    if (keys > DISPATCH_LIMITS.payloadKeys) {
      return invalid(
        `No more than ${DISPATCH_LIMITS.payloadKeys} properties are allowed; ${keys} were supplied.`
      );
    }
    const recorded = {
      event_type: eventType,
      client_payload: payload,
      bytes
    };
    this.dispatches.push(recorded);
    const hook = this.options.onDispatch;
    if (hook) this.runAfterAnswer(() => hook(recorded));
    return { status: 204, body: "" };
  }
  /** Like GitHub: the answer goes out first, the workflow runs afterwards (tracked by `idle`, errors kept). */
  runAfterAnswer(work) {
    const run = new Promise((resolve) => setImmediate(resolve)).then(work).catch((error) => void this.hookErrors.push(error)).finally(() => this.pending.delete(run));
    this.pending.add(run);
  }
  /**
   * Answers as GitHub's REST description says for each media type: up to 1 MB everything works; 1–100 MB only
   * the raw media type (the bytes) and the object media type (content "", encoding "none"); above 100 MB nothing.
   * The description promises nothing for the default media type above 1 MB, so the fake refuses it the way
   * GitHub refuses blobs it will not serve (403 too_large). Like GitHub, a weak ETag per version of the file, and
   * 304 with no body when `If-None-Match` names it.
   */
  getContents(path, ref, accept = "", ifNoneMatch) {
    const state = this.branches.get(ref);
    if (!state) return { status: 404, body: { message: `No commit found for the ref ${ref}` } };
    const file = state.files.get(path);
    if (!file) return notFound();
    const etag = `W/"${file.blobSha}"`;
    if (ifNoneMatch !== void 0 && ifNoneMatch.split(",").some((tag) => tag.trim() === etag)) {
      return { status: 304, headers: { etag }, body: "" };
    }
    const size = Buffer.byteLength(file.content);
    const raw = accept.includes("application/vnd.github.raw");
    const object = accept.includes("application/vnd.github.object");
    if (size > LARGE_CONTENT_LIMIT || size > INLINE_CONTENT_LIMIT && !raw && !object) return tooLarge();
    if (raw) {
      return {
        headers: { "content-type": "application/vnd.github.raw; charset=utf-8", etag },
        body: file.content
      };
    }
    const inline = size <= INLINE_CONTENT_LIMIT;
    return {
      headers: { etag },
      body: {
        type: "file",
        name: path.split("/").pop(),
        path,
        sha: file.blobSha,
        size,
        encoding: inline ? "base64" : "none",
        // GitHub wraps base64 at 60 characters.
        content: inline ? (Buffer.from(file.content).toString("base64").match(/.{1,60}/g) ?? []).join("\n") : ""
      }
    };
  }
  putContents(path, params) {
    const branch = typeof params.branch === "string" ? params.branch : this.defaultBranch;
    const state = this.branches.get(branch);
    if (!state) return { status: 404, body: { message: `Branch ${branch} not found` } };
    if (typeof params.message !== "string" || typeof params.content !== "string") {
      return invalid("message and content are required.");
    }
    const existing = state.files.get(path);
    const sha = typeof params.sha === "string" ? params.sha : void 0;
    if (existing && sha === void 0) return invalid(`"sha" wasn't supplied.`);
    if (sha !== void 0 && sha !== existing?.blobSha) {
      return { status: 409, body: { message: `${path} does not match ${sha}` } };
    }
    const content = Buffer.from(params.content, "base64").toString("utf8");
    const written = this.commit(branch, path, content, params.message);
    return {
      status: existing ? 200 : 201,
      body: {
        content: { name: path.split("/").pop(), path, sha: written.blob },
        commit: { sha: written.commit, message: params.message }
      }
    };
  }
  createRef(params) {
    const ref = typeof params.ref === "string" ? params.ref : "";
    const sha = typeof params.sha === "string" ? params.sha : "";
    if (!ref.startsWith("refs/heads/")) return invalid("Reference name must start with refs/heads/.");
    const branch = ref.slice("refs/heads/".length);
    if (this.branches.has(branch)) return invalid("Reference already exists");
    const source = [...this.branches.values()].find((s) => s.sha === sha);
    if (!source) return invalid("Object does not exist");
    this.branches.set(branch, { sha, files: new Map(source.files) });
    return { status: 201, body: { ref, object: { sha, type: "commit" } } };
  }
};
function declaredInputs(source) {
  let doc;
  try {
    doc = load(source);
  } catch {
    return void 0;
  }
  const on = doc?.on;
  const inList = Array.isArray(on) && on.includes("workflow_dispatch");
  if (on !== "workflow_dispatch" && !inList) {
    if (on === null || typeof on !== "object" || Array.isArray(on) || !("workflow_dispatch" in on))
      return void 0;
  }
  const trigger = on !== null && typeof on === "object" && !Array.isArray(on) ? on.workflow_dispatch : void 0;
  const inputs = trigger?.inputs;
  const out = /* @__PURE__ */ new Map();
  if (inputs !== null && typeof inputs === "object") {
    for (const [name, spec] of Object.entries(inputs)) {
      const s = spec ?? {};
      out.set(name, { required: s.required === true, hasDefault: "default" in s });
    }
  }
  return out;
}
function notFound() {
  return { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
}
function invalid(detail) {
  return {
    status: 422,
    body: { message: `Invalid request.

${detail}`, documentation_url: "https://docs.github.com/rest" }
  };
}
function tooLarge() {
  return {
    status: 403,
    body: {
      message: "This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.",
      errors: [{ resource: "Blob", field: "data", code: "too_large" }],
      documentation_url: "https://docs.github.com/rest/repos/contents#get-repository-content"
    }
  };
}

// src/fakes/pagerduty.ts
var MAX_LIMIT = 100;
var DEFAULT_LIMIT = 25;
var MAX_OFFSET_PLUS_LIMIT = 1e4;
var MAX_WINDOW_MS = 90 * 24 * 36e5;
var API_HOST = "https://api.pagerduty.com";
var FakePagerDuty = class {
  server;
  expectedToken;
  escalations = [];
  statusChanges = [];
  notes = [];
  /** When true, writes answer 403 like a read-only API key. */
  readOnly = false;
  /** Every `PUT /incidents/{id}` that reached the fake, oldest first. */
  incidentUpdates = [];
  clock;
  timeZone;
  web;
  users = /* @__PURE__ */ new Map();
  schedules = /* @__PURE__ */ new Map();
  policies = /* @__PURE__ */ new Map();
  incidents = /* @__PURE__ */ new Map();
  services = /* @__PURE__ */ new Map();
  priorities = /* @__PURE__ */ new Map();
  onCalls = [];
  counters = /* @__PURE__ */ new Map();
  interceptors = [];
  logEntries = [];
  /** When each note was written (served by `GET /incidents/{id}/notes`). */
  noteTimes = /* @__PURE__ */ new Map();
  /** Whether `POST /analytics/raw/incidents` answers (see {@link FakePagerDutyOptions.analytics}). */
  analyticsAvailable;
  /** The status an account without Analytics answers with. */
  analyticsRefusal = 402;
  analyticsDelayMs;
  constructor(options = {}) {
    this.analyticsAvailable = options.analytics ?? false;
    this.analyticsDelayMs = options.analyticsDelayMs ?? 864e5;
    this.expectedToken = options.token ?? "u+pdFakeToken0123456789";
    this.clock = options.clock ?? systemClock;
    this.timeZone = options.timeZone ?? "UTC";
    this.web = `https://${options.subdomain ?? "acme"}.pagerduty.com`;
    this.server = new FakeServer("PagerDuty", (call) => this.handle(call));
  }
  /** Starts listening on 127.0.0.1 (a free port unless given); returns the base URL to pass as `apiUrl`. */
  start(port = 0) {
    return this.server.start(port);
  }
  stop() {
    return this.server.stop();
  }
  get url() {
    return this.server.url;
  }
  // ---- seeding --------------------------------------------------------------------------------------------------
  addUser(seed) {
    const user = {
      id: seed.id ?? this.nextId("U"),
      name: seed.name,
      email: seed.email,
      timeZone: seed.timeZone ?? this.timeZone
    };
    this.users.set(user.id, user);
    return user;
  }
  addSchedule(seed) {
    const schedule = {
      id: seed.id ?? this.nextId("S"),
      name: seed.name,
      timeZone: seed.timeZone ?? this.timeZone,
      description: seed.description ?? ""
    };
    this.schedules.set(schedule.id, schedule);
    return schedule;
  }
  addEscalationPolicy(seed) {
    for (const rule of seed.rules) {
      for (const target of rule.targets) {
        const known = target.type === "user" ? this.users.has(target.id) : this.schedules.has(target.id);
        if (!known)
          throw new Error(`FakePagerDuty.addEscalationPolicy: unknown ${target.type} "${target.id}"`);
      }
    }
    const policy = {
      id: seed.id ?? this.nextId("E"),
      name: seed.name,
      numLoops: seed.numLoops ?? 0,
      rules: seed.rules.map((rule) => ({
        id: this.nextId("R"),
        delayMinutes: rule.delayMinutes ?? 30,
        targets: rule.targets.map((t) => ({ ...t }))
      }))
    };
    this.policies.set(policy.id, policy);
    return policy;
  }
  /**
   * One on-call segment as `GET /oncalls` reports it (overrides are simply segments: PagerDuty has already applied
   * them). The same user may have several segments.
   */
  addOnCall(seed) {
    if (!this.users.has(seed.userId))
      throw new Error(`FakePagerDuty.addOnCall: unknown user "${seed.userId}"`);
    if (!this.policies.has(seed.escalationPolicyId)) {
      throw new Error(`FakePagerDuty.addOnCall: unknown escalation policy "${seed.escalationPolicyId}"`);
    }
    if (seed.scheduleId != null && !this.schedules.has(seed.scheduleId)) {
      throw new Error(`FakePagerDuty.addOnCall: unknown schedule "${seed.scheduleId}"`);
    }
    if (!Number.isInteger(seed.level) || seed.level < 1) {
      throw new Error(`FakePagerDuty.addOnCall: level must be an integer \u2265 1, got ${seed.level}`);
    }
    const onCall = {
      userId: seed.userId,
      escalationPolicyId: seed.escalationPolicyId,
      level: seed.level,
      scheduleId: seed.scheduleId ?? null,
      start: seed.start === null ? null : new Date(seed.start),
      end: seed.end === null ? null : new Date(seed.end)
    };
    this.onCalls.push(onCall);
    return onCall;
  }
  /** Several segments at once (a rotation with overrides, say). */
  addOnCalls(seeds) {
    return seeds.map((s) => this.addOnCall(s));
  }
  addIncident(seed) {
    const policy = this.policies.get(seed.escalationPolicyId);
    if (!policy)
      throw new Error(`FakePagerDuty.addIncident: unknown escalation policy "${seed.escalationPolicyId}"`);
    const createdAt = seed.createdAt ? new Date(seed.createdAt) : this.clock.now();
    const level = seed.escalationLevel ?? 1;
    const serviceName = seed.service?.name ?? "Default Service";
    const service = [...this.services.values()].find(
      (s) => s.name === serviceName && (!seed.service?.id || s.id === seed.service.id)
    ) ?? this.remember(this.services, { id: seed.service?.id ?? this.nextId("V"), name: serviceName });
    const priority = seed.priority == null ? null : [...this.priorities.values()].find((p) => p.name === seed.priority) ?? this.remember(this.priorities, { id: this.nextId("Q"), name: seed.priority });
    const number = seed.number ?? this.bump("incident-number");
    const incident = {
      id: seed.id ?? this.nextId("I"),
      number,
      title: seed.title,
      status: seed.status ?? "triggered",
      urgency: seed.urgency ?? "high",
      priority,
      service,
      escalationPolicyId: policy.id,
      createdAt,
      updatedAt: createdAt,
      escalationLevel: level,
      assigneeIds: seed.assigneeIds ?? this.onCallAt(policy, level, createdAt),
      alerts: [],
      ...seed.resolvedAt ? { resolvedAt: new Date(seed.resolvedAt), updatedAt: new Date(seed.resolvedAt) } : {},
      ...seed.resolvedBy ? { resolvedBy: seed.resolvedBy } : {}
    };
    for (const id of incident.assigneeIds) {
      if (!this.users.has(id)) throw new Error(`FakePagerDuty.addIncident: unknown assignee "${id}"`);
    }
    this.incidents.set(incident.id, incident);
    return incident;
  }
  addAlert(incidentId, seed) {
    const incident = this.incidents.get(incidentId);
    if (!incident) throw new Error(`FakePagerDuty.addAlert: unknown incident "${incidentId}"`);
    const alert = {
      id: seed.id ?? this.nextId("A"),
      summary: seed.summary,
      details: seed.details ?? {},
      severity: seed.severity ?? "critical",
      status: seed.status ?? "triggered",
      createdAt: seed.createdAt ? new Date(seed.createdAt) : incident.createdAt,
      ...seed.contexts ? { contexts: seed.contexts } : {},
      ...seed.cefDetails ? { cefDetails: seed.cefDetails } : {}
    };
    incident.alerts.push(alert);
    return alert;
  }
  /**
   * Adds a timeline entry to an incident (served by `GET /log_entries`). Entries are kept in the order added; the
   * list is served sorted by time, as PagerDuty does.
   */
  addLogEntry(incidentId, seed) {
    if (!this.incidents.has(incidentId))
      throw new Error(`FakePagerDuty.addLogEntry: unknown incident "${incidentId}"`);
    const entry = {
      id: seed.id ?? this.nextId("R"),
      incidentId,
      type: seed.type,
      createdAt: new Date(seed.at),
      ...seed.summary !== void 0 ? { summary: seed.summary } : {},
      ...seed.agent ? { agent: seed.agent } : {},
      ...seed.channelType !== void 0 ? { channelType: seed.channelType } : {}
    };
    this.logEntries.push(entry);
    return entry;
  }
  /** A note written on an incident by `userId` at `at` (as if posted through the web app); served by `GET /incidents/{id}/notes`. */
  addNoteSeed(incidentId, seed) {
    this.requireIncident(incidentId, "addNoteSeed");
    const user = this.users.get(seed.userId);
    if (!user) throw new Error(`FakePagerDuty.addNoteSeed: unknown user "${seed.userId}"`);
    const note = { incidentId, content: seed.content, from: user.email };
    this.notes.push(note);
    this.noteTimes.set(note, new Date(seed.at));
    return note;
  }
  /** The stored incident (for assertions after an escalation), or undefined. */
  getIncident(id) {
    return this.incidents.get(id);
  }
  /**
   * Acknowledges the incident as `userId` would in PagerDuty (only a triggered incident can be acknowledged).
   * Returns the transition for `webhookBody`, or undefined when PagerDuty would refuse it.
   */
  acknowledge(incidentId, userId) {
    const incident = this.requireIncident(incidentId, "acknowledge");
    return incident.status === "triggered" ? this.settle(incident, "acknowledged", userId) : void 0;
  }
  /**
   * Escalates the incident to `level` as a user (or, with `userId` null, PagerDuty's timer) would: the level's
   * on-call become the assignees and the incident is triggered again. Refused (undefined) when resolved or when
   * the policy has no such level.
   */
  escalate(incidentId, level, userId) {
    const incident = this.requireIncident(incidentId, "escalate");
    const policy = this.policies.get(incident.escalationPolicyId);
    if (incident.status === "resolved" || level < 1 || level > policy.rules.length) return void 0;
    const now = this.clock.now();
    incident.escalationLevel = level;
    incident.assigneeIds = this.onCallAt(policy, level, now);
    this.retrigger(incident, now);
    const by = userId === null ? void 0 : this.users.get(userId);
    this.addLogEntry(incidentId, {
      type: "escalate_log_entry",
      at: now,
      summary: `Escalated to level ${level}`,
      ...by ? { agent: { id: by.id, type: "user_reference", name: by.name } } : {},
      channelType: by ? "web_ui" : "timeout"
    });
    return { incidentId, eventType: "incident.escalated", at: now, agentId: userId };
  }
  /** Reassigns the incident to `assigneeIds` (it is triggered again for them); refused when resolved. */
  reassign(incidentId, assigneeIds, userId) {
    const incident = this.requireIncident(incidentId, "reassign");
    if (incident.status === "resolved") return void 0;
    for (const id of assigneeIds) {
      if (!this.users.has(id)) throw new Error(`FakePagerDuty.reassign: unknown assignee "${id}"`);
    }
    const now = this.clock.now();
    incident.assigneeIds = [...assigneeIds];
    this.retrigger(incident, now);
    return { incidentId, eventType: "incident.reassigned", at: now, agentId: userId };
  }
  /** Resolves the incident as `userId`; refused (undefined) when it is already resolved. */
  resolve(incidentId, userId) {
    const incident = this.requireIncident(incidentId, "resolve");
    return incident.status === "resolved" ? void 0 : this.settle(incident, "resolved", userId);
  }
  /**
   * The V3 webhook body PagerDuty sends for a transition (`event.data` is the incident as it is now), with a given
   * event id and `occurred_at` text (PagerDuty sends milliseconds; tests vary the form).
   */
  webhookBody(transition, options) {
    const incident = this.requireIncident(transition.incidentId, "webhookBody");
    const body = this.incidentBody(incident, "UTC");
    const data = {
      id: body.id,
      type: "incident",
      self: body.self,
      html_url: body.html_url,
      number: body.incident_number,
      status: body.status,
      incident_key: body.incident_key,
      created_at: body.created_at,
      title: body.title,
      service: { ...body.service, type: "service_reference" },
      assignees: incident.assigneeIds.map((id) => this.userRef(id)),
      escalation_policy: body.escalation_policy,
      teams: [],
      priority: body.priority,
      urgency: body.urgency,
      conference_bridge: null,
      resolve_reason: null
    };
    return {
      event: {
        id: options.eventId,
        event_type: transition.eventType,
        resource_type: "incident",
        occurred_at: options.occurredAt ?? transition.at.toISOString(),
        agent: transition.agentId === null ? null : this.userRef(transition.agentId),
        client: { name: "PagerDuty" },
        data
      }
    };
  }
  /**
   * Answers matching calls with a hand-made response (after the token check), for faults `server.inject` cannot
   * target, e.g. only the page at `offset=100`, or a malformed body. Return undefined to let the fake answer.
   */
  intercept(handler) {
    this.interceptors.push(handler);
  }
  // ---- serving --------------------------------------------------------------------------------------------------
  handle(call) {
    if (call.headers.authorization !== `Token token=${this.expectedToken}`) {
      return pdError(401, 2006, "Authentication failed");
    }
    for (const intercept of this.interceptors) {
      const response = intercept(call);
      if (response) return response;
    }
    const parts = call.path.split("/").filter(Boolean).map(decodeURIComponent);
    const [collection, id, sub] = parts;
    if (call.method === "GET") {
      if (collection === "oncalls" && parts.length === 1) return this.listOnCalls(call.query);
      if (collection === "schedules" && id && parts.length === 2) return this.getSchedule(id, call.query);
      if (collection === "escalation_policies" && id && parts.length === 2) return this.getPolicy(id);
      if (collection === "users" && id && parts.length === 2) return this.getUser(id, call.query);
      if (collection === "users" && parts.length === 1) return this.listUsers(call.query);
      if (collection === "incidents" && id && parts.length === 2)
        return this.getIncidentResponse(id, call.query);
      if (collection === "incidents" && id && sub === "alerts" && parts.length === 3)
        return this.listAlerts(id, call.query);
      if (collection === "incidents" && id && sub === "notes" && parts.length === 3)
        return this.listNotes(id, call.query);
      if (collection === "incidents" && id && sub === "log_entries" && parts.length === 3)
        return this.listIncidentLogEntries(id, call.query);
      if (collection === "incidents" && parts.length === 1) return this.listIncidents(call.query);
      if (collection === "log_entries" && parts.length === 1) return this.listLogEntries(call.query);
    }
    if (call.method !== "GET" && this.readOnly) {
      return pdError(403, 2010, "Access Denied", ["This API key is read-only"]);
    }
    if (call.method === "PUT" && collection === "incidents" && id && parts.length === 2)
      return this.recordUpdate(id, call);
    if (call.method === "POST" && call.path === "/analytics/raw/incidents")
      return this.listAnalyticsIncidents(call.params);
    if (call.method === "POST" && collection === "incidents" && id && sub === "notes" && parts.length === 3)
      return this.addNote(id, call);
    return pdError(404, 2100, "Not Found");
  }
  /**
   * `POST /analytics/raw/incidents`: incidents created in [created_at_start, created_at_end) and older than the
   * analytics delay, oldest first, cursor pages (`starting_after` → `last`, `more`). Figures are derived from each
   * incident's log entries; times are UTC without an offset, as with `time_zone: Etc/UTC`.
   */
  listAnalyticsIncidents(body) {
    if (!this.analyticsAvailable) {
      return pdError(this.analyticsRefusal, 2012, "Analytics is not available on this account");
    }
    const filters = body.filters ?? {};
    const start = parseTime(typeof filters.created_at_start === "string" ? filters.created_at_start : null);
    const end = parseTime(typeof filters.created_at_end === "string" ? filters.created_at_end : null);
    if (!start || !end) return invalid2(["filters.created_at_start and created_at_end must be ISO 8601"]);
    const limit = typeof body.limit === "number" ? body.limit : 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1e3) return invalid2(["limit must be 1 to 1000"]);
    const serviceIds = Array.isArray(filters.service_ids) ? filters.service_ids : [];
    const visibleBefore = this.clock.now().getTime() - this.analyticsDelayMs;
    const matched = [...this.incidents.values()].filter(
      (i) => i.createdAt.getTime() >= start.getTime() && i.createdAt.getTime() < end.getTime() && i.createdAt.getTime() < visibleBefore && (serviceIds.length === 0 || serviceIds.includes(i.service.id))
    ).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.number - b.number);
    const after = typeof body.starting_after === "string" ? body.starting_after : void 0;
    const from = after ? matched.findIndex((i) => i.id === after) + 1 : 0;
    if (after && from === 0) return invalid2(["starting_after is not a known cursor"]);
    const rows = matched.slice(from, from + limit);
    const utc = (d) => d.toISOString().slice(0, 19);
    const pageIds = new Set(rows.map((i) => i.id));
    const timelines = /* @__PURE__ */ new Map();
    for (const entry of this.logEntries) {
      if (!pageIds.has(entry.incidentId)) continue;
      const list = timelines.get(entry.incidentId);
      if (list) list.push(entry);
      else timelines.set(entry.incidentId, [entry]);
    }
    return ok({
      data: rows.map((incident) => {
        const entries = [...timelines.get(incident.id) ?? []].sort(
          (a, b) => a.createdAt.getTime() - b.createdAt.getTime()
        );
        const acks = entries.filter((e) => e.type === "acknowledge_log_entry");
        const resolves = entries.filter((e) => e.type === "resolve_log_entry");
        const resolve = resolves[resolves.length - 1];
        const ackers = [
          ...new Map(
            acks.filter((e) => e.agent?.type === "user_reference").map((e) => [e.agent.id, e.agent])
          ).values()
        ];
        const seconds = (d) => Math.round((d.getTime() - incident.createdAt.getTime()) / 1e3);
        return {
          id: incident.id,
          incident_number: incident.number,
          description: incident.title,
          created_at: utc(incident.createdAt),
          updated_at: utc(incident.updatedAt),
          resolved_at: resolve ? utc(resolve.createdAt) : null,
          status: incident.status,
          urgency: incident.urgency,
          service_id: incident.service.id,
          service_name: incident.service.name,
          escalation_policy_id: incident.escalationPolicyId,
          seconds_to_first_ack: acks[0] ? seconds(acks[0].createdAt) : null,
          seconds_to_resolve: resolve ? seconds(resolve.createdAt) : null,
          escalation_count: entries.filter((e) => e.type === "escalate_log_entry").length,
          acknowledgement_count: acks.length,
          auto_resolved: resolve !== void 0 && acks.length === 0 && resolve.agent?.type !== "user_reference",
          acknowledged_user_ids: ackers.map((a) => a.id),
          acknowledged_user_names: ackers.map((a) => a.name ?? a.id)
        };
      }),
      first: rows[0]?.id ?? null,
      last: rows[rows.length - 1]?.id ?? null,
      limit,
      more: from + limit < matched.length,
      order: "asc",
      order_by: "created_at",
      time_zone: "Etc/UTC",
      filters
    });
  }
  /** `GET /incidents`: created in [since, until), optional `service_ids[]` and `statuses[]`, oldest first, offset pages. */
  listIncidents(query) {
    const window = timeWindow(query, this.clock.now());
    if ("error" in window) return window.error;
    const page = pageParams(query);
    if ("error" in page) return page.error;
    const serviceIds = query.getAll("service_ids[]");
    const statuses = query.getAll("statuses[]");
    const tz = query.get("time_zone") ?? this.timeZone;
    const matched = [...this.incidents.values()].filter(
      (i) => i.createdAt.getTime() >= window.since && i.createdAt.getTime() < window.until && (serviceIds.length === 0 || serviceIds.includes(i.service.id)) && (statuses.length === 0 || statuses.includes(i.status))
    ).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.number - b.number);
    if (query.get("sort_by") === "created_at:desc") matched.reverse();
    return ok({
      incidents: matched.slice(page.offset, page.offset + page.limit).map((i) => this.incidentBody(i, tz)),
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < matched.length,
      total: query.get("total") === "true" ? matched.length : null
    });
  }
  /** `GET /incidents/{id}/notes`: every note of the incident, oldest first, in one answer (not paginated). */
  listNotes(id, query) {
    const incident = this.incidents.get(id);
    if (!incident) return pdError(404, 2100, "Not Found");
    const tz = query.get("time_zone") ?? this.timeZone;
    return ok({
      notes: this.notes.filter((n) => n.incidentId === id).map((n, i) => {
        const user = [...this.users.values()].find((u) => u.email.toLowerCase() === n.from.toLowerCase());
        return {
          id: `N${id}${i + 1}`,
          user: user ? this.userRef(user.id) : null,
          channel: { summary: "The PagerDuty website or APIs" },
          content: n.content,
          created_at: formatTime(this.noteTimes.get(n) ?? incident.createdAt, tz)
        };
      })
    });
  }
  /** `GET /incidents/{id}/log_entries`: the incident's entries, oldest first, offset pages, no `incident` field needed. */
  listIncidentLogEntries(id, query) {
    if (!this.incidents.has(id)) return pdError(404, 2100, "Not Found");
    const page = pageParams(query);
    if ("error" in page) return page.error;
    const all = this.logEntryBodies(
      this.logEntries.filter((e) => e.incidentId === id),
      query.get("time_zone") ?? this.timeZone
    );
    return ok({
      log_entries: all.slice(page.offset, page.offset + page.limit),
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < all.length,
      total: query.get("total") === "true" ? all.length : null
    });
  }
  /** `GET /log_entries`: every incident's entries created in [since, until), oldest first, offset pages. */
  listLogEntries(query) {
    const window = timeWindow(query, this.clock.now());
    if ("error" in window) return window.error;
    const page = pageParams(query);
    if ("error" in page) return page.error;
    const tz = query.get("time_zone") ?? this.timeZone;
    const matched = this.logEntries.filter((e) => e.createdAt.getTime() >= window.since && e.createdAt.getTime() < window.until).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    return ok({
      log_entries: this.logEntryBodies(matched.slice(page.offset, page.offset + page.limit), tz),
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < matched.length,
      total: query.get("total") === "true" ? matched.length : null
    });
  }
  /** Log entries as PagerDuty serves them, oldest first. */
  logEntryBodies(entries, tz) {
    return [...entries].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((e) => {
      const incident = this.incidents.get(e.incidentId);
      return {
        id: e.id,
        type: e.type,
        summary: e.summary ?? e.type.replace(/_log_entry$/, "").replace(/_/g, " "),
        self: `${API_HOST}/log_entries/${e.id}`,
        html_url: `${this.web}/incidents/${incident.id}/log_entries/${e.id}`,
        created_at: formatTime(e.createdAt, tz),
        agent: e.agent ? {
          id: e.agent.id,
          type: e.agent.type,
          summary: e.agent.name ?? e.agent.id,
          self: `${API_HOST}/${e.agent.type === "user_reference" ? "users" : "services"}/${e.agent.id}`
        } : this.serviceRef(incident.service),
        channel: { type: e.channelType ?? (e.type === "trigger_log_entry" ? "api" : "web_ui") },
        incident: {
          id: incident.id,
          type: "incident_reference",
          summary: `[#${incident.number}] ${incident.title}`,
          self: `${API_HOST}/incidents/${incident.id}`,
          html_url: `${this.web}/incidents/${incident.id}`
        },
        service: this.serviceRef(incident.service),
        teams: [],
        contexts: []
      };
    });
  }
  listOnCalls(query) {
    const now = this.clock.now();
    const since = parseTime(query.get("since")) ?? (query.has("since") ? void 0 : now);
    const until = parseTime(query.get("until")) ?? (query.has("until") ? void 0 : now);
    if (since === void 0 || until === void 0) {
      return invalid2(["Since and until must be ISO 8601 date-times"]);
    }
    if (until.getTime() < since.getTime()) return invalid2(["Until must be after since"]);
    if (until.getTime() - since.getTime() > MAX_WINDOW_MS) {
      return invalid2(["The time range between since and until cannot exceed 90 days"]);
    }
    const page = pageParams(query);
    if ("error" in page) return page.error;
    const scheduleIds = query.getAll("schedule_ids[]");
    const policyIds = query.getAll("escalation_policy_ids[]");
    const userIds = query.getAll("user_ids[]");
    const include = new Set(query.getAll("include[]"));
    const tz = query.get("time_zone") ?? this.timeZone;
    const windowEnd = until.getTime() === since.getTime() ? since.getTime() + 1 : until.getTime();
    let matched = this.onCalls.filter(
      (o) => (o.start === null || o.start.getTime() < windowEnd) && (o.end === null || o.end.getTime() > since.getTime()) && (scheduleIds.length === 0 || scheduleIds.includes(o.scheduleId ?? "null")) && (policyIds.length === 0 || policyIds.includes(o.escalationPolicyId)) && (userIds.length === 0 || userIds.includes(o.userId))
    );
    matched = [...matched].sort(
      (a, b) => a.escalationPolicyId.localeCompare(b.escalationPolicyId) || a.level - b.level || (a.start?.getTime() ?? -Infinity) - (b.start?.getTime() ?? -Infinity) || a.userId.localeCompare(b.userId)
    );
    if (query.get("earliest") === "true") {
      const seen = /* @__PURE__ */ new Set();
      matched = matched.filter((o) => {
        const key = `${o.escalationPolicyId}/${o.level}/${o.userId}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    const slice = matched.slice(page.offset, page.offset + page.limit);
    return ok({
      oncalls: slice.map((o) => ({
        escalation_policy: include.has("escalation_policies") ? this.policyBody(this.policies.get(o.escalationPolicyId)) : this.policyRef(o.escalationPolicyId),
        escalation_level: o.level,
        schedule: o.scheduleId === null ? null : include.has("schedules") ? this.scheduleBody(this.schedules.get(o.scheduleId), tz) : this.scheduleRef(o.scheduleId),
        user: include.has("users") ? this.userBody(this.users.get(o.userId)) : this.userRef(o.userId),
        start: o.start === null ? null : formatTime(o.start, tz),
        end: o.end === null ? null : formatTime(o.end, tz)
      })),
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < matched.length,
      total: query.get("total") === "true" ? matched.length : null
    });
  }
  getSchedule(id, query) {
    const schedule = this.schedules.get(id);
    if (!schedule) return pdError(404, 2100, "Not Found");
    const tz = query.get("time_zone") ?? schedule.timeZone;
    const body = this.scheduleBody(schedule, tz);
    const since = parseTime(query.get("since"));
    const until = parseTime(query.get("until"));
    if (since && until) {
      const entries = /* @__PURE__ */ new Map();
      for (const o of this.onCalls) {
        if (o.scheduleId !== id || !o.start || !o.end) continue;
        if (o.start >= until || o.end <= since) continue;
        const start = new Date(Math.max(o.start.getTime(), since.getTime()));
        const end = new Date(Math.min(o.end.getTime(), until.getTime()));
        const key = `${o.userId}/${start.toISOString()}/${end.toISOString()}`;
        entries.set(key, {
          start: formatTime(start, tz),
          end: formatTime(end, tz),
          user: this.userRef(o.userId)
        });
      }
      const rendered = [...entries.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      body.final_schedule = { name: "Final Schedule", rendered_schedule_entries: rendered };
    }
    return ok({ schedule: body });
  }
  getPolicy(id) {
    const policy = this.policies.get(id);
    if (!policy) return pdError(404, 2100, "Not Found");
    return ok({ escalation_policy: this.policyBody(policy) });
  }
  getUser(id, _query) {
    const user = this.users.get(id);
    if (!user) return pdError(404, 2100, "Not Found");
    return ok({ user: this.userBody(user) });
  }
  /** `GET /users?query=`: PagerDuty matches the query against names and emails, case-insensitively, in part. */
  listUsers(query) {
    const page = pageParams(query);
    if ("error" in page) return page.error;
    const q = (query.get("query") ?? "").toLowerCase();
    const matched = [...this.users.values()].filter(
      (u) => q === "" || u.name.toLowerCase().includes(q) || u.email.toLowerCase().includes(q)
    );
    return ok({
      users: matched.slice(page.offset, page.offset + page.limit).map((u) => this.userBody(u)),
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < matched.length,
      total: null
    });
  }
  addNote(id, call) {
    const incident = this.incidents.get(id);
    if (!incident) return pdError(404, 2100, "Not Found");
    const from = call.headers.from ?? "";
    const user = [...this.users.values()].find((u) => u.email.toLowerCase() === from.toLowerCase());
    if (!user) {
      return pdError(400, 2001, "Invalid Input Provided", [
        'The email address in the "From" header is not a valid user'
      ]);
    }
    const note = call.params.note;
    if (typeof note?.content !== "string" || note.content.trim() === "")
      return invalid2(["Note content is required"]);
    if (note.content.length > 25e3) return invalid2(["Note content is too long"]);
    const recorded = { incidentId: id, content: note.content, from };
    this.notes.push(recorded);
    this.noteTimes.set(recorded, this.clock.now());
    return {
      status: 201,
      body: {
        note: {
          id: this.nextId("N"),
          user: this.userRef(user.id),
          channel: { summary: "The PagerDuty website or APIs" },
          content: note.content,
          created_at: formatTime(this.clock.now(), this.timeZone)
        }
      }
    };
  }
  getIncidentResponse(id, query) {
    const incident = this.incidents.get(id);
    if (!incident) return pdError(404, 2100, "Not Found");
    return ok({ incident: this.incidentBody(incident, query.get("time_zone") ?? this.timeZone) });
  }
  listAlerts(id, query) {
    const incident = this.incidents.get(id);
    if (!incident) return pdError(404, 2100, "Not Found");
    const page = pageParams(query);
    if ("error" in page) return page.error;
    const tz = query.get("time_zone") ?? this.timeZone;
    const alerts = incident.alerts.slice(page.offset, page.offset + page.limit).map((a) => ({
      id: a.id,
      type: "alert",
      summary: a.summary,
      self: `${API_HOST}/incidents/${incident.id}/alerts/${a.id}`,
      html_url: `${this.web}/alerts/${a.id}`,
      created_at: formatTime(a.createdAt, tz),
      status: a.status,
      alert_key: `${a.id.toLowerCase()}-key`,
      service: this.serviceRef(incident.service),
      body: {
        type: "alert_body",
        contexts: a.contexts ?? [],
        details: a.details,
        ...a.cefDetails ? { cef_details: a.cefDetails } : {}
      },
      incident: { id: incident.id, type: "incident_reference" },
      suppressed: false,
      severity: a.severity,
      integration: {
        id: "PINTEG1",
        type: "events_api_v2_inbound_integration_reference",
        summary: "Events API V2",
        self: `${API_HOST}/services/${incident.service.id}/integrations/PINTEG1`,
        html_url: `${this.web}/services/${incident.service.id}/integrations/PINTEG1`
      }
    }));
    return ok({
      alerts,
      limit: page.limit,
      offset: page.offset,
      more: page.offset + page.limit < incident.alerts.length,
      total: query.get("total") === "true" ? incident.alerts.length : null
    });
  }
  updateIncident(id, call) {
    const incident = this.incidents.get(id);
    if (!incident) return pdError(404, 2100, "Not Found");
    const from = call.headers.from ?? "";
    if (!from) {
      return pdError(400, 2001, "Invalid Input Provided", [
        `You must specify a user's email address in the "From" header to perform this action`
      ]);
    }
    if (![...this.users.values()].some((u) => u.email.toLowerCase() === from.toLowerCase())) {
      return pdError(400, 2001, "Invalid Input Provided", [
        'The email address in the "From" header is not a valid user'
      ]);
    }
    const body = call.params.incident;
    if (body === null || typeof body !== "object") return invalid2(["incident is required"]);
    const update = body;
    if (update.type !== "incident_reference" && update.type !== "incident") {
      return invalid2(['incident.type must be "incident_reference"']);
    }
    if (incident.status === "resolved") return pdError(400, 2001, "Incident Already Resolved");
    const policy = this.policies.get(incident.escalationPolicyId);
    const now = this.clock.now();
    if (update.escalation_level !== void 0) {
      const level = update.escalation_level;
      if (typeof level !== "number" || !Number.isInteger(level) || level < 1 || level > policy.rules.length) {
        return invalid2([`Escalation level must be between 1 and ${policy.rules.length}`]);
      }
      incident.escalationLevel = level;
      incident.assigneeIds = this.onCallAt(policy, level, now);
      incident.status = "triggered";
      this.escalations.push({ incidentId: id, level, from });
      const by = [...this.users.values()].find((u) => u.email.toLowerCase() === from.toLowerCase());
      this.addLogEntry(id, {
        type: "escalate_log_entry",
        at: now,
        summary: `Escalated to level ${level} by ${by.name}`,
        agent: { id: by.id, type: "user_reference", name: by.name },
        channelType: "api"
      });
    }
    if (update.status !== void 0) {
      if (update.status !== "acknowledged" && update.status !== "resolved") {
        return invalid2(["Status must be one of acknowledged, resolved"]);
      }
      incident.status = update.status;
      this.statusChanges.push({ incidentId: id, status: update.status, from });
    }
    incident.updatedAt = now;
    return ok({ incident: this.incidentBody(incident, this.timeZone) });
  }
  recordUpdate(id, call) {
    const incident = this.incidents.get(id);
    const update = call.params.incident;
    const fields = update !== null && typeof update === "object" ? update : {};
    const entry = {
      incidentId: id,
      at: this.clock.now(),
      requested: {
        ...fields.escalation_level !== void 0 ? { escalationLevel: fields.escalation_level } : {},
        ...fields.status !== void 0 ? { status: fields.status } : {}
      },
      ...incident ? { before: { status: incident.status, escalationLevel: incident.escalationLevel } } : {},
      status: 0
    };
    const response = this.updateIncident(id, call);
    entry.status = response.status ?? 200;
    if (incident && entry.status === 200 && fields.escalation_level !== void 0) {
      delete incident.acknowledgedBy;
      delete incident.acknowledgedAt;
    }
    this.incidentUpdates.push(entry);
    return response;
  }
  /** An acknowledgement or resolution by `userId`, now. */
  settle(incident, status, userId) {
    const now = this.clock.now();
    incident.status = status;
    if (status === "acknowledged") {
      incident.acknowledgedBy = userId;
      incident.acknowledgedAt = now;
    } else {
      incident.resolvedBy = userId;
      incident.resolvedAt = now;
    }
    incident.updatedAt = now;
    return { incidentId: incident.id, eventType: `incident.${status}`, at: now, agentId: userId };
  }
  /** An escalation or reassignment pages someone again: the incident is triggered, its acknowledgement gone. */
  retrigger(incident, now) {
    incident.status = "triggered";
    delete incident.acknowledgedBy;
    delete incident.acknowledgedAt;
    incident.updatedAt = now;
  }
  requireIncident(id, method) {
    const incident = this.incidents.get(id);
    if (!incident) throw new Error(`FakePagerDuty.${method}: unknown incident "${id}"`);
    return incident;
  }
  // ---- bodies ---------------------------------------------------------------------------------------------------
  /** Users on call at `level` of `policy` at `at`: the on-call segments, else the rule's direct user targets. */
  onCallAt(policy, level, at) {
    const t = at.getTime();
    const ids = this.onCalls.filter(
      (o) => o.escalationPolicyId === policy.id && o.level === level && (o.start === null || o.start.getTime() <= t) && (o.end === null || o.end.getTime() > t)
    ).map((o) => o.userId);
    if (ids.length === 0) {
      ids.push(...policy.rules[level - 1]?.targets.filter((x) => x.type === "user").map((x) => x.id) ?? []);
    }
    return [...new Set(ids)];
  }
  userRef(id) {
    const user = this.users.get(id);
    return {
      id,
      type: "user_reference",
      summary: user.name,
      self: `${API_HOST}/users/${id}`,
      html_url: `${this.web}/users/${id}`
    };
  }
  userBody(user) {
    return {
      id: user.id,
      type: "user",
      summary: user.name,
      self: `${API_HOST}/users/${user.id}`,
      html_url: `${this.web}/users/${user.id}`,
      name: user.name,
      email: user.email,
      time_zone: user.timeZone,
      color: "green",
      role: "user",
      avatar_url: "https://pd-static-assets.pagerduty.com/users/blank-avatar.png",
      description: null,
      invitation_sent: false,
      job_title: null,
      teams: [],
      contact_methods: [],
      notification_rules: []
    };
  }
  scheduleRef(id) {
    const schedule = this.schedules.get(id);
    return {
      id,
      type: "schedule_reference",
      summary: schedule.name,
      self: `${API_HOST}/schedules/${id}`,
      html_url: `${this.web}/schedules/${id}`
    };
  }
  scheduleBody(schedule, _tz) {
    const policies = [...this.policies.values()].filter(
      (p) => p.rules.some((r) => r.targets.some((t) => t.type === "schedule" && t.id === schedule.id))
    );
    const userIds = [
      ...new Set(this.onCalls.filter((o) => o.scheduleId === schedule.id).map((o) => o.userId))
    ];
    return {
      id: schedule.id,
      type: "schedule",
      summary: schedule.name,
      self: `${API_HOST}/schedules/${schedule.id}`,
      html_url: `${this.web}/schedules/${schedule.id}`,
      name: schedule.name,
      time_zone: schedule.timeZone,
      description: schedule.description,
      escalation_policies: policies.map((p) => this.policyRef(p.id)),
      users: userIds.map((id) => this.userRef(id)),
      teams: [],
      schedule_layers: []
    };
  }
  policyRef(id) {
    const policy = this.policies.get(id);
    return {
      id,
      type: "escalation_policy_reference",
      summary: policy.name,
      self: `${API_HOST}/escalation_policies/${id}`,
      html_url: `${this.web}/escalation_policies/${id}`
    };
  }
  policyBody(policy) {
    return {
      id: policy.id,
      type: "escalation_policy",
      summary: policy.name,
      on_call_handoff_notifications: "if_has_services",
      self: `${API_HOST}/escalation_policies/${policy.id}`,
      html_url: `${this.web}/escalation_policies/${policy.id}`,
      name: policy.name,
      escalation_rules: policy.rules.map((rule) => ({
        id: rule.id,
        escalation_delay_in_minutes: rule.delayMinutes,
        targets: rule.targets.map((t) => t.type === "user" ? this.userRef(t.id) : this.scheduleRef(t.id))
      })),
      services: [...this.incidents.values()].filter((i) => i.escalationPolicyId === policy.id).map((i) => this.serviceRef(i.service)).filter((s, index, all) => all.findIndex((x) => x.id === s.id) === index),
      num_loops: policy.numLoops,
      teams: [],
      description: ""
    };
  }
  serviceRef(service) {
    return {
      id: service.id,
      type: "service_reference",
      summary: service.name,
      self: `${API_HOST}/services/${service.id}`,
      html_url: `${this.web}/service-directory/${service.id}`
    };
  }
  incidentBody(incident, tz) {
    const created = formatTime(incident.createdAt, tz);
    const updated = formatTime(incident.updatedAt, tz);
    const counts = {
      all: incident.alerts.length,
      triggered: incident.alerts.filter((a) => a.status === "triggered").length,
      resolved: incident.alerts.filter((a) => a.status === "resolved").length
    };
    return {
      id: incident.id,
      type: "incident",
      summary: `[#${incident.number}] ${incident.title}`,
      self: `${API_HOST}/incidents/${incident.id}`,
      html_url: `${this.web}/incidents/${incident.id}`,
      incident_number: incident.number,
      title: incident.title,
      created_at: created,
      updated_at: updated,
      status: incident.status,
      incident_key: `${incident.id.toLowerCase()}-key`,
      service: this.serviceRef(incident.service),
      assignments: incident.status === "resolved" ? [] : incident.assigneeIds.map((id) => ({ at: updated, assignee: this.userRef(id) })),
      assigned_via: "escalation_policy",
      last_status_change_at: updated,
      resolved_at: incident.status === "resolved" ? formatTime(incident.resolvedAt ?? incident.updatedAt, tz) : null,
      alert_counts: counts,
      is_mergeable: true,
      incident_type: { name: "incident_default" },
      escalation_policy: this.policyRef(incident.escalationPolicyId),
      teams: [],
      pending_actions: [],
      acknowledgements: incident.status === "acknowledged" ? incident.assigneeIds.map((id) => ({ at: updated, acknowledger: this.userRef(id) })) : [],
      alert_grouping: null,
      last_status_change_by: incident.status === "resolved" && incident.resolvedBy && this.users.has(incident.resolvedBy) ? this.userRef(incident.resolvedBy) : this.serviceRef(incident.service),
      priority: incident.priority ? {
        id: incident.priority.id,
        type: "priority_reference",
        summary: incident.priority.name,
        self: `${API_HOST}/priorities/${incident.priority.id}`
      } : null,
      urgency: incident.urgency,
      resolve_reason: null,
      conference_bridge: null,
      incidents_responders: [],
      responder_requests: []
    };
  }
  // ---- ids ------------------------------------------------------------------------------------------------------
  bump(kind) {
    const next = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, next);
    return next;
  }
  /** PagerDuty-looking ids: `P` + kind letter + 5 digits, e.g. `PU00001`. */
  nextId(kind) {
    return `P${kind}${String(this.bump(kind)).padStart(5, "0")}`;
  }
  remember(map, value) {
    map.set(value.id, value);
    return value;
  }
};
function ok(body) {
  return { status: 200, body };
}
function pdError(status, code, message, errors) {
  return { status, body: { error: { message, code, ...errors ? { errors } : {} } } };
}
function invalid2(errors) {
  return pdError(400, 2001, "Invalid Input Provided", errors);
}
function timeWindow(query, now) {
  const until = query.has("until") ? parseTime(query.get("until")) : now;
  const since = query.has("since") ? parseTime(query.get("since")) : new Date(now.getTime() - 30 * 864e5);
  if (since === void 0 || until === void 0) {
    return { error: invalid2(["Since and until must be ISO 8601 date-times"]) };
  }
  if (until.getTime() < since.getTime()) return { error: invalid2(["Until must be after since"]) };
  return { since: since.getTime(), until: until.getTime() };
}
function pageParams(query) {
  const limitText = query.get("limit");
  const offsetText = query.get("offset");
  const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
  const offset = offsetText === null ? 0 : Number(offsetText);
  if (!Number.isInteger(limit) || limit < 1) return { error: invalid2(["Limit must be a positive integer"]) };
  if (!Number.isInteger(offset) || offset < 0)
    return { error: invalid2(["Offset must be a non-negative integer"]) };
  const capped = Math.min(limit, MAX_LIMIT);
  if (offset + capped > MAX_OFFSET_PLUS_LIMIT) {
    return { error: invalid2([`Offset + limit must not exceed ${MAX_OFFSET_PLUS_LIMIT}`]) };
  }
  return { limit: capped, offset };
}
function parseTime(text) {
  if (text === null || text === "") return void 0;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? void 0 : new Date(ms);
}
function formatTime(date, timeZone) {
  const seconds = Math.floor(date.getTime() / 1e3) * 1e3;
  if (timeZone === "UTC" || timeZone === "Etc/UTC")
    return new Date(seconds).toISOString().replace(".000Z", "Z");
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit"
  }).formatToParts(new Date(seconds));
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "00";
  const local = Date.UTC(
    +get("year"),
    +get("month") - 1,
    +get("day"),
    +get("hour"),
    +get("minute"),
    +get("second")
  );
  const offsetMinutes = Math.round((local - seconds) / 6e4);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}${offset}`;
}

// src/fakes/slack.ts
var ALL_SCOPES = [
  "chat:write",
  "channels:history",
  "groups:history",
  "users:read",
  "users:read.email",
  "usergroups:write",
  "usergroups:read",
  "channels:manage",
  "groups:write",
  "commands"
];
var DEFAULT_TOKEN = "xoxb-fake-token";
var METHOD_SCOPES = {
  "chat.postMessage": () => ["chat:write"],
  "chat.update": () => ["chat:write"],
  "chat.delete": () => ["chat:write"],
  "chat.scheduleMessage": () => ["chat:write"],
  "chat.deleteScheduledMessage": () => ["chat:write"],
  "chat.scheduledMessages.list": () => [],
  "conversations.history": (p) => [p ? "groups:history" : "channels:history"],
  "conversations.replies": (p) => [p ? "groups:history" : "channels:history"],
  "conversations.setTopic": (p) => [p ? "groups:write" : "channels:manage"],
  "users.lookupByEmail": () => ["users:read.email"],
  "usergroups.users.update": () => ["usergroups:write"],
  "usergroups.users.list": () => ["usergroups:read"],
  "chat.getPermalink": () => [],
  "auth.test": () => [],
  "users.info": () => ["users:read", "users:read.email"],
  "views.open": () => []
};
var FakeSlack = class {
  server;
  token;
  botUserId;
  botName;
  teamId;
  teamName;
  scopes;
  users = /* @__PURE__ */ new Map();
  channels = /* @__PURE__ */ new Map();
  userGroups = /* @__PURE__ */ new Map();
  /** Every message ever posted, in posting order. */
  posted = [];
  consumed = /* @__PURE__ */ new Set();
  /** Messages removed with chat.delete, oldest first. */
  deleted = [];
  expectations = [];
  lastTsMicros = 0;
  clock;
  /** System messages (`channel_topic`) in channel history; kept apart so "posted" stays what the program sent. */
  systemMessages = [];
  scheduled = [];
  scheduledCounter = 0;
  /** Bodies posted to response URLs (`/hooks/…`), oldest first. */
  responses = [];
  /** Modals opened with `views.open`, oldest first. */
  openedViews = [];
  responseUrlCounter = 0;
  /**
   * @param options.clock where message timestamps come from. Pass the clock the code under test uses: the client
   * looks its own posts up by time (`oldest`), so a fake on another clock can hide them.
   */
  constructor(seed = {}, options = {}) {
    this.token = seed.token ?? DEFAULT_TOKEN;
    this.scopes = new Set(seed.scopes ?? ALL_SCOPES);
    this.botUserId = seed.botUserId ?? "U0BOT00001";
    this.botName = seed.botName ?? "oncall-bot";
    this.teamId = seed.teamId ?? "T0FAKE0001";
    this.teamName = seed.teamName ?? "Fake Workspace";
    this.clock = options.clock ?? systemClock;
    for (const u of seed.users ?? []) this.addUser(u);
    for (const c of seed.channels ?? []) this.addChannel(c);
    for (const g of seed.userGroups ?? []) this.addUserGroup(g);
    this.server = new FakeServer("Slack", (call) => this.handle(call));
  }
  // ---- lifecycle ---------------------------------------------------------------------------------------------
  async start(port = 0) {
    await this.server.start(port);
    return this.url;
  }
  async stop() {
    await this.server.stop();
  }
  /** The API base URL to give the client (`slackApiUrl`), e.g. `http://127.0.0.1:41234/api/`. */
  get url() {
    return `${this.server.url}/api/`;
  }
  // ---- seeding -----------------------------------------------------------------------------------------------
  addUser(user) {
    this.users.set(user.id, { ...user });
  }
  addChannel(channel) {
    this.channels.set(channel.id, { ...channel, member: channel.member ?? true, topic: channel.topic ?? "" });
  }
  addUserGroup(group) {
    this.userGroups.set(group.id, { ...group, users: [...group.users ?? []] });
  }
  /**
   * Puts a message into a channel's history without an API call — yesterday's post, another app's chatter. It
   * counts as expected: `assertNoUnexpectedMessages` only reports what the code under test posted.
   */
  seedMessage(message) {
    if (!this.channels.has(message.channel))
      throw new Error(`FakeSlack: no channel ${message.channel} seeded`);
    const seeded = {
      channel: message.channel,
      ts: message.at ? this.tsAt(message.at) : this.nextTs(),
      text: message.text,
      updates: 0,
      history: []
    };
    if (message.threadTs) seeded.threadTs = message.threadTs;
    if (message.blocks) seeded.blocks = message.blocks;
    if (message.metadata) seeded.metadata = message.metadata;
    if (message.postedBy) seeded.postedBy = message.postedBy;
    seeded.history.push(snapshot(seeded));
    this.posted.push(seeded);
    this.posted.sort((a, b) => Number(a.ts) - Number(b.ts));
    this.consumed.add(seeded);
    return seeded;
  }
  /**
   * Puts many messages into a channel's history at once (a busy channel), each `at` its own time or, without one,
   * a moment after the previous. Cheaper than `seedMessage` in a loop: the history is sorted once.
   */
  seedMessages(channel, messages) {
    if (!this.channels.has(channel)) throw new Error(`FakeSlack: no channel ${channel} seeded`);
    const taken = new Set(this.posted.map((m13) => m13.ts));
    for (const message of messages) {
      let micros = message.at ? message.at.getTime() * 1e3 : this.lastTsMicros + 1;
      while (taken.has(formatTs(micros))) micros += 1;
      taken.add(formatTs(micros));
      this.lastTsMicros = Math.max(this.lastTsMicros, micros);
      const seeded = {
        channel,
        ts: formatTs(micros),
        text: message.text,
        updates: 0,
        history: []
      };
      if (message.metadata) seeded.metadata = message.metadata;
      seeded.history.push(snapshot(seeded));
      this.posted.push(seeded);
      this.consumed.add(seeded);
    }
    this.posted.sort((a, b) => Number(a.ts) - Number(b.ts));
  }
  /** Pending scheduled messages (all channels), oldest first. */
  scheduledMessages(channel) {
    return this.scheduled.filter((m13) => !channel || m13.channel === channel).map((m13) => ({ ...m13 }));
  }
  /** Every `channel_topic` system message of a channel, oldest first (one per `conversations.setTopic`). */
  topicChanges(channel) {
    return this.systemMessages.filter((m13) => m13.channel === channel && m13.subtype === "channel_topic");
  }
  /** Replaces the token's scopes (e.g. to test `missing_scope`). */
  setScopes(scopes) {
    this.scopes = new Set(scopes);
  }
  /** Adds the bot to a channel (`/invite @bot`) or removes it. */
  setBotMember(channelId, member) {
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`FakeSlack: no channel ${channelId} seeded`);
    channel.member = member;
  }
  /**
   * Injects a fault into the next `times` calls of a Web API method (e.g. `chat.postMessage`).
   * Shortcuts: `rateLimit` and `failWith`.
   */
  inject(method, fault, times = 1) {
    this.server.inject({ path: `/api/${method}`, times }, fault);
  }
  /** Injects a fault into the next `times` calls of `method` whose parameters satisfy `match`. */
  injectWhen(method, match, fault, times = 1) {
    this.server.inject({ path: `/api/${method}`, times, when: (call) => match(call.params) }, fault);
  }
  /** The next `times` calls of `method` answer 429 with `Retry-After: seconds`, as Slack does. */
  rateLimit(method, retryAfterSeconds, times = 1) {
    this.inject(
      method,
      {
        kind: "status",
        status: 429,
        headers: { "retry-after": String(retryAfterSeconds) },
        body: { ok: false, error: "ratelimited" }
      },
      times
    );
  }
  /** The next `times` calls of `method` answer HTTP 200 `{ ok: false, error }` (plus `extra` fields). */
  failWith(method, error, times = 1, extra = {}) {
    this.inject(method, { kind: "status", status: 200, body: { ok: false, error, ...extra } }, times);
  }
  // ---- inspection --------------------------------------------------------------------------------------------
  /** Every recorded HTTP call to a Web API method (including failed and faulted ones). */
  callsTo(method) {
    return this.server.callsTo(`/api/${method}`);
  }
  /** Every message posted so far (all channels, replies included), in posting order. */
  messages(channel) {
    return this.posted.filter((m13) => !channel || m13.channel === channel);
  }
  /** Members of a user group, as Slack holds them now. */
  userGroupMembers(groupId) {
    return [...this.userGroups.get(groupId)?.users ?? []];
  }
  channelTopic(channelId) {
    return this.channels.get(channelId)?.topic;
  }
  /** The seeded user with this ID (for rendering mentions in previews). */
  user(id) {
    return this.users.get(id);
  }
  /**
   * Consumes the first posted message that satisfies `predicate` and no earlier expectation consumed; throws,
   * listing every posted message, when there is none.
   */
  expectMessage(predicate, description) {
    const found = this.posted.find((m13) => !this.consumed.has(m13) && predicate(m13));
    if (!found) {
      throw new Error(
        `FakeSlack: expected ${description}, but no unconsumed message matched.
${this.describeMessages()}`
      );
    }
    this.consumed.add(found);
    this.expectations.push({ description, message: found });
    return found;
  }
  /** Throws, listing them, when any posted message was not consumed by `expectMessage`. */
  assertNoUnexpectedMessages() {
    const unexpected = this.posted.filter((m13) => !this.consumed.has(m13));
    if (unexpected.length === 0) return;
    throw new Error(
      `FakeSlack: ${unexpected.length} unexpected message(s):
` + unexpected.map((m13) => `  - ${describeMessage(m13)}`).join("\n") + (this.expectations.length > 0 ? `
expected and seen:
${this.expectations.map((e) => `  - ${e.description}: ${describeMessage(e.message)}`).join("\n")}` : "")
    );
  }
  /** The channel as a person reads it: top-level messages oldest first, each with its thread replies. */
  channelTranscript(channel) {
    const inChannel = this.posted.filter((m13) => m13.channel === channel);
    const toEntry = (m13) => {
      const tokens = messageTexts(m13).flatMap((t) => parseMrkdwn(t));
      const entry = {
        ts: m13.ts,
        text: m13.text,
        edited: m13.updates > 0,
        mentions: unique(tokens.flatMap((t) => t.kind === "user" ? [t.userId] : [])),
        broadcasts: unique(tokens.flatMap((t) => t.kind === "broadcast" ? [t.name] : [])),
        replies: []
      };
      if (m13.blocks) entry.blocks = m13.blocks;
      if (m13.metadata) entry.metadata = m13.metadata;
      return entry;
    };
    return inChannel.filter((m13) => m13.threadTs === void 0).map((parent) => ({
      ...toEntry(parent),
      replies: inChannel.filter((r) => r.threadTs === parent.ts).map(toEntry)
    }));
  }
  describeMessages() {
    if (this.posted.length === 0) return "No message was posted.";
    return "Posted messages:\n" + this.posted.map((m13) => `  - ${this.consumed.has(m13) ? "(consumed) " : ""}${describeMessage(m13)}`).join("\n");
  }
  /**
   * A response URL served by this fake, as Slack puts one in each interaction payload (Slack's are
   * `https://hooks.slack.com/actions/…`; the client accepts this loopback one only when told to).
   */
  newResponseUrl() {
    this.responseUrlCounter += 1;
    return `${this.server.url}/hooks/actions/${this.teamId}/${this.responseUrlCounter}/fake${this.responseUrlCounter}`;
  }
  /** What was posted to `responseUrl`, oldest first. */
  responsesTo(responseUrl) {
    const path = new URL(responseUrl).pathname;
    return this.responses.filter((r) => r.path === path);
  }
  // ---- the API -----------------------------------------------------------------------------------------------
  handle(call) {
    if (call.path.startsWith("/hooks/")) {
      this.responses.push({ path: call.path, body: call.params });
      return { status: 200, body: "ok" };
    }
    const method = call.path.replace(/^\/api\//, "");
    const params = call.params;
    const auth = call.headers.authorization ?? "";
    const token = auth.startsWith("Bearer ") ? auth.slice(7) : typeof params.token === "string" ? params.token : "";
    if (token === "") return slackError("not_authed");
    if (token !== this.token) return slackError("invalid_auth");
    const scopeHeaders = { "x-oauth-scopes": [...this.scopes].join(",") };
    const channelParam = str(params.channel);
    const channel = channelParam !== void 0 ? this.findChannel(channelParam) : void 0;
    const needed = METHOD_SCOPES[method]?.(channel?.private ?? false);
    if (needed === void 0) return slackError("unknown_method");
    const missing = needed.filter((s) => !this.scopes.has(s));
    if (missing.length > 0) {
      return {
        headers: { ...scopeHeaders, "x-accepted-oauth-scopes": needed.join(",") },
        body: {
          ok: false,
          error: "missing_scope",
          needed: missing.join(","),
          provided: [...this.scopes].join(",")
        }
      };
    }
    const response = this.dispatch(method, params, channelParam, channel);
    return { ...response, headers: { ...scopeHeaders, ...response.headers } };
  }
  dispatch(method, params, channelParam, channel) {
    switch (method) {
      case "auth.test":
        return ok2({
          url: `https://fake-workspace.slack.com/`,
          team: this.teamName,
          user: this.botName,
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: "B0BOT00001",
          is_enterprise_install: false
        });
      case "users.lookupByEmail":
        return this.lookupByEmail(str(params.email));
      case "users.info": {
        const user = this.users.get(str(params.user) ?? "");
        return user ? ok2({ user: this.apiUser(user) }) : slackError("user_not_found");
      }
      case "views.open": {
        const triggerId = str(params.trigger_id) ?? "";
        if (triggerId === "") return slackError("invalid_arguments");
        let view = params.view;
        if (typeof view === "string") {
          try {
            view = JSON.parse(view);
          } catch {
            return slackError("invalid_arguments");
          }
        }
        if (view === null || typeof view !== "object") return slackError("invalid_arguments");
        if (this.openedViews.some((v) => v.triggerId === triggerId)) return slackError("expired_trigger_id");
        this.openedViews.push({ triggerId, view });
        return ok2({ view: { id: `V${String(this.openedViews.length).padStart(9, "0")}`, ...view } });
      }
      case "usergroups.users.update":
        return this.updateUserGroup(str(params.usergroup), params.users);
      case "usergroups.users.list": {
        const group = this.userGroups.get(str(params.usergroup) ?? "");
        return group ? ok2({ users: group.users }) : slackError("no_such_subteam");
      }
    }
    if (channelParam === void 0 || channelParam === "") return slackError("channel_not_found");
    if (!channel) return slackError("channel_not_found");
    const canPostWithoutMembership = !channel.private && this.scopes.has("chat:write.public");
    switch (method) {
      case "chat.postMessage":
        if (channel.archived) return slackError("is_archived");
        if (!channel.member && !canPostWithoutMembership) return slackError("not_in_channel");
        return this.postMessage(channel.id, params);
      case "chat.update":
        if (channel.archived) return slackError("is_archived");
        return this.updateMessage(channel.id, params);
      case "chat.delete": {
        const ts = str(params.ts) ?? "";
        const index = this.posted.findIndex((m13) => m13.channel === channel.id && m13.ts === ts);
        if (index < 0) return slackError("message_not_found");
        const [removed] = this.posted.splice(index, 1);
        if (removed) {
          this.deleted.push(removed);
          this.consumed.delete(removed);
        }
        return ok2({ channel: channel.id, ts });
      }
      case "chat.scheduleMessage":
        if (channel.archived) return slackError("is_archived");
        if (!channel.member && !canPostWithoutMembership) return slackError("not_in_channel");
        return this.scheduleMessage(channel.id, params);
      case "chat.scheduledMessages.list":
        return this.listScheduled(channel.id, params);
      case "chat.deleteScheduledMessage": {
        const id = str(params.scheduled_message_id) ?? "";
        const index = this.scheduled.findIndex((m13) => m13.channel === channel.id && m13.id === id);
        if (index < 0) return slackError("invalid_scheduled_message_id");
        this.scheduled.splice(index, 1);
        return ok2({});
      }
      case "conversations.history":
        if (!channel.member) return slackError("not_in_channel");
        return this.history(channel.id, params);
      case "conversations.replies":
        if (!channel.member) return slackError("not_in_channel");
        return this.replies(channel.id, params);
      case "chat.getPermalink": {
        const ts = str(params.message_ts) ?? "";
        const message = this.posted.find((m13) => m13.channel === channel.id && m13.ts === ts);
        if (!message) return slackError("message_not_found");
        const thread = message.threadTs ? `?thread_ts=${message.threadTs}&cid=${channel.id}` : "";
        return ok2({
          channel: channel.id,
          permalink: `https://fake-workspace.slack.com/archives/${channel.id}/p${ts.replace(".", "")}${thread}`
        });
      }
      case "conversations.setTopic": {
        if (channel.archived) return slackError("is_archived");
        if (!channel.member) return slackError("not_in_channel");
        const topic = str(params.topic) ?? "";
        if (topic.length > 250) return slackError("too_long");
        channel.topic = topic;
        this.systemMessages.push({
          channel: channel.id,
          ts: this.nextTs(),
          text: `<@${this.botUserId}> set the channel topic: ${topic}`,
          subtype: "channel_topic",
          topic,
          updates: 0,
          history: []
        });
        return ok2({ channel: { id: channel.id, name: channel.name, topic: { value: topic } } });
      }
      default:
        return slackError("unknown_method");
    }
  }
  findChannel(idOrName) {
    const byId = this.channels.get(idOrName);
    if (byId) return byId;
    const name = idOrName.replace(/^#/, "");
    return [...this.channels.values()].find((c) => c.name === name);
  }
  lookupByEmail(email) {
    if (!email) return slackError("invalid_arguments");
    const user = [...this.users.values()].find(
      (u) => u.email !== void 0 && u.email.toLowerCase() === email.toLowerCase()
    );
    if (!user) return slackError("users_not_found");
    return ok2({ user: this.apiUser(user) });
  }
  /** A user as `users.info` and `users.lookupByEmail` return it. */
  apiUser(user) {
    return {
      id: user.id,
      team_id: this.teamId,
      name: user.name,
      deleted: user.deleted ?? false,
      real_name: user.realName ?? user.name,
      is_bot: user.isBot ?? false,
      profile: {
        ...user.email ? { email: user.email } : {},
        real_name: user.realName ?? user.name,
        display_name: user.name
      }
    };
  }
  updateUserGroup(groupId, usersParam) {
    const group = this.userGroups.get(groupId ?? "");
    if (!group) return slackError("no_such_subteam");
    const ids = (Array.isArray(usersParam) ? usersParam.map(String) : String(usersParam ?? "").split(",")).map((s) => s.trim()).filter((s) => s !== "");
    if (ids.length === 0) return slackError("invalid_users");
    for (const id of ids) {
      const user = this.users.get(id);
      if (!user || user.deleted || user.isBot || id === this.botUserId) return slackError("invalid_user");
    }
    group.users = unique(ids);
    return ok2({
      usergroup: {
        id: group.id,
        team_id: this.teamId,
        is_usergroup: true,
        name: group.name ?? group.handle,
        handle: group.handle,
        users: group.users,
        user_count: group.users.length
      }
    });
  }
  /** Slack-style ts from the fake's clock, strictly increasing even when the clock stands still. */
  nextTs() {
    const micros = Math.max(this.clock.now().getTime() * 1e3, this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    return formatTs(micros);
  }
  /** A ts at a given (past) time for seeded messages, unique among existing ones. */
  tsAt(at) {
    let micros = at.getTime() * 1e3;
    const taken = new Set(this.posted.map((m13) => m13.ts));
    while (taken.has(formatTs(micros))) micros += 1;
    this.lastTsMicros = Math.max(this.lastTsMicros, micros);
    return formatTs(micros);
  }
  postMessage(channelId, params) {
    const parsed = parseContent(params);
    if ("error" in parsed) return parsed.error;
    const threadTs = str(params.thread_ts);
    if (threadTs !== void 0 && threadTs !== "") {
      const parent = this.posted.find((m13) => m13.channel === channelId && m13.ts === threadTs);
      if (!parent) return slackError("thread_not_found");
      if (parent.threadTs !== void 0) return slackError("thread_not_found");
    }
    const message = {
      channel: channelId,
      ts: this.nextTs(),
      text: parsed.text,
      updates: 0,
      history: []
    };
    if (threadTs) message.threadTs = threadTs;
    if (parsed.blocks) message.blocks = parsed.blocks;
    if (parsed.metadata) message.metadata = parsed.metadata;
    message.history.push(snapshot(message));
    this.posted.push(message);
    return ok2({ channel: channelId, ts: message.ts, message: this.toApiMessage(message, true) });
  }
  /** `chat.scheduleMessage`: `post_at` must be in the future and at most 120 days ahead, as Slack documents. */
  scheduleMessage(channelId, params) {
    const postAt = num(params.post_at);
    const nowSeconds = Math.floor(this.clock.now().getTime() / 1e3);
    if (postAt === void 0) return slackError("invalid_time");
    if (postAt <= nowSeconds) return slackError("time_in_past");
    if (postAt > nowSeconds + 120 * 86400) return slackError("time_too_far");
    const text = str(params.text) ?? "";
    if (text === "") return slackError("no_text");
    this.scheduledCounter += 1;
    const message = {
      id: `Q${String(1e6 + this.scheduledCounter)}`,
      channel: channelId,
      postAt: Math.floor(postAt),
      dateCreated: nowSeconds,
      text
    };
    this.scheduled.push(message);
    return ok2({
      channel: channelId,
      scheduled_message_id: message.id,
      post_at: message.postAt,
      message: { type: "delayed_message", text, user: this.botUserId, bot_id: "B0BOT00001" }
    });
  }
  /** `chat.scheduledMessages.list`: the documented fields (`id`, `channel_id`, `post_at`, `date_created`, `text`). */
  listScheduled(channelId, params) {
    const limit = Math.min(Math.max(num(params.limit) ?? 100, 1), 1e3);
    const start = cursorIndex(str(params.cursor));
    if (start === void 0) return slackError("invalid_cursor");
    const all = this.scheduled.filter((m13) => m13.channel === channelId);
    const hasMore = start + limit < all.length;
    return ok2({
      scheduled_messages: all.slice(start, start + limit).map((m13) => ({
        id: m13.id,
        channel_id: m13.channel,
        post_at: m13.postAt,
        date_created: m13.dateCreated,
        text: m13.text
      })),
      response_metadata: { next_cursor: hasMore ? cursorFor(start + limit) : "" }
    });
  }
  updateMessage(channelId, params) {
    const ts = str(params.ts) ?? "";
    const message = this.posted.find((m13) => m13.channel === channelId && m13.ts === ts);
    if (!message) return slackError("message_not_found");
    const parsed = parseContent(params);
    if ("error" in parsed) return parsed.error;
    message.text = parsed.text;
    if (params.blocks !== void 0) {
      if (parsed.blocks) message.blocks = parsed.blocks;
      else delete message.blocks;
    }
    if (parsed.metadata) message.metadata = parsed.metadata;
    message.updates += 1;
    message.history.push(snapshot(message));
    return ok2({ channel: channelId, ts, text: message.text, message: this.toApiMessage(message, true) });
  }
  toApiMessage(m13, withMetadata) {
    const replies = this.posted.filter((r) => r.channel === m13.channel && r.threadTs === m13.ts);
    const out = {
      type: "message",
      subtype: "bot_message",
      text: m13.text,
      ts: m13.ts,
      user: this.botUserId,
      bot_id: "B0BOT00001",
      app_id: "A0APP00001"
    };
    if (m13.blocks) out.blocks = m13.blocks;
    if (m13.threadTs) {
      out.thread_ts = m13.threadTs;
      out.parent_user_id = this.botUserId;
    } else if (replies.length > 0) {
      out.thread_ts = m13.ts;
      out.reply_count = replies.length;
      out.latest_reply = replies[replies.length - 1].ts;
    }
    if (m13.updates > 0) out.edited = { user: this.botUserId, ts: m13.ts };
    if (m13.postedBy) {
      out.user = m13.postedBy.userId;
      if (m13.postedBy.botId) out.bot_id = m13.postedBy.botId;
      else {
        delete out.bot_id;
        delete out.app_id;
        delete out.subtype;
      }
    }
    if (m13.subtype) out.subtype = m13.subtype;
    if (m13.topic !== void 0) out.topic = m13.topic;
    if (withMetadata && m13.metadata) {
      out.metadata = { event_type: m13.metadata.eventType, event_payload: m13.metadata.payload };
    }
    return out;
  }
  history(channelId, params) {
    const inclusive = bool(params.inclusive);
    const oldest = num(params.oldest);
    const latest = num(params.latest);
    const withMetadata = bool(params.include_all_metadata);
    const system = this.systemMessages.filter((m13) => m13.channel === channelId);
    const all = (system.length > 0 ? [...this.posted, ...system].sort(byTs) : this.posted).filter((m13) => m13.channel === channelId && m13.threadTs === void 0).filter((m13) => inRange(Number(m13.ts), oldest, latest, inclusive)).reverse();
    return this.page(all, params, (m13) => this.toApiMessage(m13, withMetadata), 100);
  }
  replies(channelId, params) {
    const ts = str(params.ts) ?? "";
    const target = this.posted.find((m13) => m13.channel === channelId && m13.ts === ts);
    if (!target) return slackError("thread_not_found");
    const parentTs = target.threadTs ?? target.ts;
    const parent = this.posted.find((m13) => m13.channel === channelId && m13.ts === parentTs);
    const withMetadata = bool(params.include_all_metadata);
    const oldest = num(params.oldest);
    const latest = num(params.latest);
    const inclusive = bool(params.inclusive);
    const thread = [
      parent,
      ...this.posted.filter((m13) => m13.channel === channelId && m13.threadTs === parentTs)
    ].filter((m13) => m13 === parent || inRange(Number(m13.ts), oldest, latest, inclusive));
    return this.page(thread, params, (m13) => this.toApiMessage(m13, withMetadata), 1e3);
  }
  /** Cursor pagination as Slack does it: an opaque cursor, `has_more`, `response_metadata.next_cursor`. */
  page(items, params, render, defaultLimit) {
    const limit = Math.min(Math.max(num(params.limit) ?? defaultLimit, 1), 999);
    const cursor = str(params.cursor);
    let start = 0;
    if (cursor) {
      const decoded = /^next_index:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
      if (!decoded) return slackError("invalid_cursor");
      start = Number(decoded[1]);
    }
    const slice = items.slice(start, start + limit);
    const hasMore = start + limit < items.length;
    return ok2({
      messages: slice.map(render),
      has_more: hasMore,
      pin_count: 0,
      response_metadata: {
        next_cursor: hasMore ? Buffer.from(`next_index:${start + limit}`).toString("base64") : ""
      }
    });
  }
};
function ok2(body) {
  return { body: { ok: true, ...body } };
}
function slackError(error, extra = {}) {
  return { body: { ok: false, error, ...extra } };
}
function str(value) {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
}
function num(value) {
  const s = str(value);
  if (s === void 0 || s === "") return void 0;
  const n = Number(s);
  return Number.isFinite(n) ? n : void 0;
}
function bool(value) {
  return value === true || value === "true" || value === "1" || value === 1;
}
function inRange(ts, oldest, latest, inclusive) {
  if (oldest !== void 0 && (inclusive ? ts < oldest : ts <= oldest)) return false;
  if (latest !== void 0 && (inclusive ? ts > latest : ts >= latest)) return false;
  return true;
}
function cursorIndex(cursor) {
  if (!cursor) return 0;
  const decoded = /^next_index:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  return decoded ? Number(decoded[1]) : void 0;
}
function cursorFor(index) {
  return Buffer.from(`next_index:${index}`).toString("base64");
}
function byTs(a, b) {
  return Number(a.ts) - Number(b.ts);
}
function unique(items) {
  return [...new Set(items)];
}
function snapshot(m13) {
  const s = { text: m13.text };
  if (m13.blocks) s.blocks = m13.blocks;
  if (m13.metadata) s.metadata = m13.metadata;
  return s;
}
function describeMessage(m13) {
  const where = m13.threadTs ? `${m13.channel} thread ${m13.threadTs}` : m13.channel;
  const text = m13.text.length > 160 ? `${m13.text.slice(0, 160)}\u2026` : m13.text;
  const meta = m13.metadata ? ` [${m13.metadata.eventType} ${JSON.stringify(m13.metadata.payload)}]` : "";
  return `${where} ts=${m13.ts}: ${JSON.stringify(text)}${meta}${m13.blocks ? ` (${m13.blocks.length} blocks)` : ""}`;
}
function messageTexts(m13) {
  const texts = [m13.text];
  const add = (t) => {
    const obj = t;
    if (obj?.type === "mrkdwn" && typeof obj.text === "string") texts.push(obj.text);
  };
  for (const b of m13.blocks ?? []) {
    const anyBlock = b;
    add(anyBlock.text);
    for (const f of anyBlock.fields ?? []) add(f);
    for (const e of anyBlock.elements ?? []) add(e);
  }
  return texts;
}
function parseContent(params) {
  const text = str(params.text) ?? "";
  let blocks;
  if (params.blocks !== void 0 && params.blocks !== "") {
    let raw = params.blocks;
    if (typeof raw === "string") {
      try {
        raw = JSON.parse(raw);
      } catch {
        return { error: slackError("invalid_blocks_format") };
      }
    }
    if (!Array.isArray(raw)) return { error: slackError("invalid_blocks_format") };
    const problems = validateBlocks(raw);
    if (problems.length > 0) {
      return {
        error: slackError("invalid_blocks", {
          errors: problems,
          response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) }
        })
      };
    }
    if (blockTextTotal(raw) > 12e3) return { error: slackError("msg_blocks_too_long") };
    blocks = raw;
  }
  if (text === "" && !blocks) return { error: slackError("no_text") };
  const out = {
    // Slack truncates, rather than rejects, very long fallback text.
    text: text.length > 4e4 ? text.slice(0, 4e4) : text
  };
  if (blocks) out.blocks = blocks;
  if (params.metadata !== void 0 && params.metadata !== "") {
    let raw = params.metadata;
    if (typeof raw === "string") {
      try {
        raw = JSON.parse(raw);
      } catch {
        return { error: slackError("invalid_metadata_format") };
      }
    }
    const m13 = raw;
    if (typeof m13.event_type !== "string" || m13.event_payload === null || typeof m13.event_payload !== "object") {
      return { error: slackError("invalid_metadata_schema") };
    }
    out.metadata = { eventType: m13.event_type, payload: m13.event_payload };
  }
  return out;
}
function validateBlocks(blocks) {
  const problems = [];
  const at = (p) => `[json-pointer:${p}]`;
  const checkText = (t, path, max, plainOnly = false) => {
    const obj = t;
    if (!obj || typeof obj.text !== "string" || obj.type !== "plain_text" && obj.type !== "mrkdwn") {
      problems.push(`must provide an object ${at(path)}`);
      return;
    }
    if (plainOnly && obj.type !== "plain_text") problems.push(`must be plain_text ${at(`${path}/type`)}`);
    if (obj.text.length === 0) problems.push(`must be more than 0 characters ${at(`${path}/text`)}`);
    if (obj.text.length > max) problems.push(`must be less than ${max + 1} characters ${at(`${path}/text`)}`);
  };
  if (blocks.length > 50) problems.push(`no more than 50 items allowed ${at("/blocks")}`);
  blocks.forEach((b, i) => {
    const block = b;
    const path = `/blocks/${i}`;
    if (typeof block.block_id === "string" && block.block_id.length > 255) {
      problems.push(`must be less than 256 characters ${at(`${path}/block_id`)}`);
    }
    switch (block.type) {
      case "header":
        checkText(block.text, `${path}/text`, 150, true);
        break;
      case "section": {
        const fields = block.fields;
        if (block.text === void 0 && (fields === void 0 || fields.length === 0)) {
          problems.push(`must provide either text or fields ${at(path)}`);
        }
        if (block.text !== void 0) checkText(block.text, `${path}/text`, 3e3);
        if (fields !== void 0) {
          if (fields.length > 10) problems.push(`no more than 10 items allowed ${at(`${path}/fields`)}`);
          fields.forEach((f, j) => checkText(f, `${path}/fields/${j}`, 2e3));
        }
        if (block.accessory !== void 0) checkButton(block.accessory, `${path}/accessory`);
        break;
      }
      case "context": {
        const elements = block.elements ?? [];
        if (elements.length === 0) problems.push(`must provide at least 1 item ${at(`${path}/elements`)}`);
        if (elements.length > 10) problems.push(`no more than 10 items allowed ${at(`${path}/elements`)}`);
        elements.forEach((e, j) => checkText(e, `${path}/elements/${j}`, 3e3));
        break;
      }
      case "actions": {
        const elements = block.elements ?? [];
        if (elements.length === 0) problems.push(`must provide at least 1 item ${at(`${path}/elements`)}`);
        if (elements.length > 25) problems.push(`no more than 25 items allowed ${at(`${path}/elements`)}`);
        elements.forEach((e, j) => checkButton(e, `${path}/elements/${j}`));
        break;
      }
      case "divider":
        break;
      default:
        problems.push(`unsupported type ${JSON.stringify(block.type)} ${at(`${path}/type`)}`);
    }
  });
  return problems;
  function checkButton(e, path) {
    const button = e;
    if (button.type !== "button") {
      problems.push(`unsupported element ${at(`${path}/type`)}`);
      return;
    }
    checkText(button.text, `${path}/text`, 75, true);
    if (typeof button.url === "string" && button.url.length > 3e3) {
      problems.push(`must be less than 3001 characters ${at(`${path}/url`)}`);
    }
  }
}
function blockTextTotal(blocks) {
  let total = 0;
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "text" && typeof v === "string") total += v.length;
        else visit(v);
      }
    }
  };
  visit(blocks);
  return total;
}
function formatTs(micros) {
  return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, "0")}`;
}

// src/sandbox/direct-scene.ts
async function postDirectly(ctx, incidentId, webhook) {
  const { slack, pd, github, clock, log } = ctx;
  const dispatchesFor = () => github.dispatches.filter(
    (d) => d.client_payload.incident?.id === incidentId
  ).length;
  const dispatchesBefore = dispatchesFor();
  const sink = createDirectMode(
    {
      slackToken: slack.token,
      slackApiUrl: slack.url,
      pagerdutyToken: pd.expectedToken,
      pagerdutyApiUrl: pd.url,
      channel: ctx.channel,
      index: {
        github: createGitHubClient({
          token: github.token,
          repository: github.repository,
          apiUrl: github.url,
          clock,
          log
        }),
        ...ctx.index
      },
      // One post in the scene: no pacing needed, and the simulated clock does not advance by itself.
      postIntervalMs: 0
    },
    { clock, log }
  );
  const handler = createRelayHandler({
    secrets: [ctx.webhookSecret],
    sink,
    log,
    // The answer deadline is wall-clock time; the event's age is judged on the simulated day.
    clock: systemClock,
    replay: { now: () => clock.now() }
  });
  const response = await handler(
    new Request("http://relay.sandbox/", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-webhook-id": webhook.webhookId,
        "x-pagerduty-signature": signBody(webhook.body, ctx.webhookSecret)
      },
      body: webhook.body
    })
  );
  await sink.idle();
  if (response.status >= 300)
    ctx.fail(`the direct-mode relay answered ${response.status}: ${await response.text()}`);
  const dispatched = dispatchesFor() - dispatchesBefore;
  if (dispatched !== 0) ctx.fail(`the direct-mode relay dispatched ${dispatched} workflow run(s)`);
  const posts = slack.messages(ctx.channel).filter((m13) => m13.threadTs === void 0 && m13.metadata?.payload.incident_id === incidentId);
  if (posts.length !== 1)
    ctx.fail(`the direct-mode relay left ${posts.length} top-level message(s) for ${incidentId}, expected 1`);
  ctx.print(
    `   \u2502 relay answered ${response.status}; posted ${posts.length}, repository_dispatch ${dispatched}`
  );
}

// src/sandbox/team.ts
var TEAM_TIME_ZONE = "Asia/Tokyo";
var CHANNEL_ID = "C0ONCALL01";
var CHANNEL_NAME = "oncall";
var PAYMENTS_CHANNEL_ID = "C0PAYMENT1";
var PAYMENTS_CHANNEL_NAME = "payments-oncall";
var USER_GROUP_ID = "S0ONCALL01";
var PRIMARY_SCHEDULE = "PSPRIM1";
var SECONDARY_SCHEDULE = "PSSECO1";
var PAYMENTS_SCHEDULE = "PSPAYM1";
var PLATFORM_POLICY = "PEPLAT1";
var PAYMENTS_POLICY = "PEPAYM1";
var PAYMENTS_SERVICE = { id: "PX3K9QZ", name: "payment-api" };
var USER_MAP = { "carol.sato@corp.example": "carol@example.com" };
var slackWorkspace = {
  botName: "oncall",
  users: [
    { id: "U01ALICE00", name: "alice", realName: "Alice Tanaka", email: "alice@example.com" },
    { id: "U01BOB0000", name: "bob", realName: "Bob Suzuki", email: "bob@example.com" },
    { id: "U01CAROL00", name: "carol", realName: "Carol Sato", email: "carol@example.com" },
    { id: "U01ERIN000", name: "erin", realName: "Erin Kobayashi", email: "erin@example.com" }
  ],
  channels: [
    { id: CHANNEL_ID, name: CHANNEL_NAME, member: true, topic: "" },
    { id: PAYMENTS_CHANNEL_ID, name: PAYMENTS_CHANNEL_NAME, member: true, topic: "" }
  ],
  userGroups: [{ id: USER_GROUP_ID, handle: "oncall", name: "On call", users: ["U01BOB0000"] }]
};
function tokyo(day, time) {
  return /* @__PURE__ */ new Date(`${day}T${time}:00+09:00`);
}
function addDays(day, days) {
  const d = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function seedPagerDuty(pd, day) {
  const yesterday = addDays(day, -1);
  const tomorrow = addDays(day, 1);
  pd.addUser({ id: "PUALICE", name: "Alice Tanaka", email: "alice@example.com", timeZone: TEAM_TIME_ZONE });
  pd.addUser({ id: "PUBOB00", name: "Bob Suzuki", email: "bob@example.com", timeZone: TEAM_TIME_ZONE });
  pd.addUser({
    id: "PUCAROL",
    name: "Carol Sato",
    email: "carol.sato@corp.example",
    timeZone: TEAM_TIME_ZONE
  });
  pd.addUser({
    id: "PUDAVE0",
    name: "Dave Moreau",
    email: "dave@contractor.example",
    timeZone: "Europe/Paris"
  });
  pd.addUser({ id: "PUERIN0", name: "Erin Kobayashi", email: "erin@example.com", timeZone: TEAM_TIME_ZONE });
  pd.addSchedule({ id: PRIMARY_SCHEDULE, name: "Platform primary", timeZone: TEAM_TIME_ZONE });
  pd.addSchedule({ id: SECONDARY_SCHEDULE, name: "Platform secondary", timeZone: TEAM_TIME_ZONE });
  pd.addSchedule({ id: PAYMENTS_SCHEDULE, name: "Payments primary", timeZone: TEAM_TIME_ZONE });
  pd.addEscalationPolicy({
    id: PLATFORM_POLICY,
    name: "Platform",
    rules: [
      { delayMinutes: 15, targets: [{ type: "schedule", id: PRIMARY_SCHEDULE }] },
      { delayMinutes: 30, targets: [{ type: "schedule", id: SECONDARY_SCHEDULE }] }
    ]
  });
  pd.addEscalationPolicy({
    id: PAYMENTS_POLICY,
    name: "Payments",
    rules: [
      { delayMinutes: 10, targets: [{ type: "schedule", id: PAYMENTS_SCHEDULE }] },
      { delayMinutes: 30, targets: [{ type: "user", id: "PUERIN0" }] }
    ]
  });
  const handoverYesterday = tokyo(yesterday, "10:00");
  const handover = tokyo(day, "10:00");
  const handoverTomorrow = tokyo(tomorrow, "10:00");
  const platform = (userId, level, scheduleId, start, end) => ({
    userId,
    escalationPolicyId: PLATFORM_POLICY,
    level,
    scheduleId,
    start,
    end
  });
  pd.addOnCalls([
    // Primary: Bob hands over to Alice at 10:00; Dave covers Alice 14:00–18:00 with an override.
    platform("PUBOB00", 1, PRIMARY_SCHEDULE, handoverYesterday, handover),
    platform("PUALICE", 1, PRIMARY_SCHEDULE, handover, tokyo(day, "14:00")),
    platform("PUDAVE0", 1, PRIMARY_SCHEDULE, tokyo(day, "14:00"), tokyo(day, "18:00")),
    platform("PUALICE", 1, PRIMARY_SCHEDULE, tokyo(day, "18:00"), handoverTomorrow),
    // Secondary: Erin hands over to Carol.
    platform("PUERIN0", 2, SECONDARY_SCHEDULE, handoverYesterday, handover),
    platform("PUCAROL", 2, SECONDARY_SCHEDULE, handover, handoverTomorrow),
    // Payments: Bob all day at level 1; Erin is always level 2 (targeted directly: a permanent on-call).
    {
      userId: "PUBOB00",
      escalationPolicyId: PAYMENTS_POLICY,
      level: 1,
      scheduleId: PAYMENTS_SCHEDULE,
      start: handoverYesterday,
      end: handoverTomorrow
    },
    {
      userId: "PUERIN0",
      escalationPolicyId: PAYMENTS_POLICY,
      level: 2,
      scheduleId: null,
      start: null,
      end: null
    }
  ]);
}
var incidents = [
  {
    key: "crashloop",
    tool: "Alertmanager",
    title: "[FIRING:1] KubePodCrashLooping (checkout-api-6d8f9c7b5-x2lqk checkout production critical)",
    service: { id: "PSVCHK1", name: "checkout-api" },
    policyId: PLATFORM_POLICY,
    at: "11:05",
    urgency: "high",
    priority: "P2",
    alertSummary: 'Pod checkout/checkout-api-6d8f9c7b5-x2lqk (api) is in waiting state (reason: "CrashLoopBackOff").',
    alertDetails: { namespace: "checkout", container: "api", restarts: 14 },
    expectedRunbook: "kube-pod-crash-looping"
  },
  {
    key: "payments",
    tool: "Datadog",
    title: "[Triggered on {service:payment-api}] \u6C7A\u6E08\u30A8\u30E9\u30FC\u304C\u6025\u5897\u3057\u3066\u3044\u307E\u3059 (PaymentErrorRateHigh)",
    service: PAYMENTS_SERVICE,
    policyId: PAYMENTS_POLICY,
    at: "11:40",
    urgency: "high",
    priority: "P1",
    alertSummary: "\u6C7A\u6E08 API \u306E\u30A8\u30E9\u30FC\u7387\u304C 5 \u5206\u9593\u3067 12.4% (\u3057\u304D\u3044\u5024 2%)",
    alertDetails: { error_rate: "12.4%", gateway: "acquirer-b", env: "production" },
    expectedRunbook: "payment-errors-spike"
  },
  {
    key: "mysql",
    tool: "CloudWatch",
    title: 'ALARM: "checkout-db-MysqlTooManyConnections" in Asia Pacific (Tokyo)',
    service: { id: "PSVDB01", name: "checkout-db" },
    policyId: PLATFORM_POLICY,
    at: "13:10",
    urgency: "high",
    priority: "P2",
    alertSummary: "Threshold Crossed: 1 datapoint [951.0] was greater than or equal to the threshold (900.0).",
    alertDetails: { AlarmName: "checkout-db-MysqlTooManyConnections", Region: "Asia Pacific (Tokyo)" },
    expectedRunbook: "mysql-too-many-connections"
  },
  {
    key: "unknown",
    tool: "Alertmanager",
    title: "[FIRING:1] LegacyBatchJobRunningLong (nightly-billing batch warning)",
    service: { id: "PSVBAT1", name: "billing-batch" },
    policyId: PLATFORM_POLICY,
    at: "15:30",
    urgency: "low",
    priority: null,
    alertSummary: "Job nightly-billing has been running for 3h12m (usual: 40m).",
    alertDetails: { job: "nightly-billing" },
    expectedRunbook: null
  }
];

// src/sandbox/assist-scenes.ts
var ASSIST_TOP_LEVEL_MESSAGES = 1;
var ASSIST_EXPECTED_TEXTS = ["Also firing", "more incidents", "Reminder 1 of 3"];
var disk = (key, at, node, ip) => ({
  key,
  tool: "Alertmanager",
  title: `[FIRING:1] NodeFilesystemAlmostOutOfSpace (nvme0n1 ${ip}:9100 node-exporter /var/lib/docker ${node} critical)`,
  service: { id: "PSVNODE", name: "k8s-nodes" },
  policyId: PLATFORM_POLICY,
  at,
  urgency: "high",
  priority: "P3",
  alertSummary: `Filesystem /var/lib/docker on ${node} has 3% space left.`,
  alertDetails: { node, mountpoint: "/var/lib/docker" },
  expectedRunbook: "node-disk-almost-full"
});
var stormIncidents = [
  disk("disk-1", "14:20", "node-3", "10.0.3.17"),
  disk("disk-2", "14:22", "node-4", "10.0.3.18"),
  disk("disk-3", "14:23", "node-5", "10.0.3.19")
];
function stormSteps(ctx) {
  const [first, second, third] = stormIncidents;
  const messagesOf = (key) => {
    const id = ctx.idOf(key);
    return ctx.slack.messages(CHANNEL_ID).filter((m13) => m13.metadata?.payload.incident_id === id);
  };
  return [
    ctx.open(first),
    {
      ...ctx.open(second),
      title: `A second disk alert 2 minutes later joins the first one's thread (group_within: 10m)`
    },
    {
      ...ctx.open(third),
      title: "A third one a minute later: one more reply, and the first message counts 2 more incidents"
    },
    {
      at: "14:24",
      title: 'Check: one top-level message for the storm, two "also firing" replies in its thread',
      act: async () => {
        const top = messagesOf(first.key).filter((m13) => m13.threadTs === void 0);
        if (top.length !== 1)
          ctx.fail(`the storm's first incident has ${top.length} top-level messages, expected 1`);
        for (const key of [second.key, third.key]) {
          const own = messagesOf(key);
          if (own.length !== 1 || own[0].threadTs !== top[0]?.ts)
            ctx.fail(`incident ${key} is not one reply in the storm's thread`);
        }
        if (top[0] && top[0].metadata?.payload.grouped_count !== 2)
          ctx.fail(
            `the storm's first message counts ${String(top[0].metadata?.payload.grouped_count)}, expected 2`
          );
        ctx.print(
          `   \u2502 storm: 1 message, ${messagesOf(second.key).length + messagesOf(third.key).length} replies`
        );
      }
    },
    ctx.change(
      second.key,
      "14:35",
      "Alice resolves the second disk incident: its own reply shows it",
      "resolved",
      "PUALICE"
    ),
    ctx.change(first.key, "14:50", "Alice resolves the first disk incident", "resolved", "PUALICE"),
    ctx.change(
      third.key,
      "14:51",
      "Alice resolves the third disk incident: its reply in the storm thread shows it",
      "resolved",
      "PUALICE"
    ),
    {
      at: "14:52",
      title: "Check: every grouped incident shows its own status in its reply",
      act: async () => {
        for (const key of [second.key, third.key]) {
          const own = messagesOf(key)[0];
          if (own?.metadata?.payload.status !== "resolved")
            ctx.fail(`incident ${key}'s reply does not show it resolved`);
        }
      }
    }
  ];
}
function reminderSteps(ctx, incidentKey) {
  const sweep = [
    "remind",
    "--channel",
    CHANNEL_ID,
    "--remind-after",
    "10m",
    "--remind-user-group",
    USER_GROUP_ID,
    "--user-map",
    ctx.userMapFile
  ];
  const reminders = () => {
    const id = ctx.idOf(incidentKey);
    return ctx.slack.messages(CHANNEL_ID).filter((m13) => m13.metadata?.eventType === REMINDER_EVENT_TYPE && m13.metadata.payload.incident_id === id);
  };
  return [
    {
      at: "15:47",
      title: "The scheduled reminder sweep (oncall remind), 7 minutes late: one reminder for the incident nobody acknowledged",
      act: async () => {
        const code = await ctx.oncall(sweep);
        if (code !== 0) ctx.fail(`oncall remind exited ${code}`);
        const sent = reminders();
        if (sent.length !== 1) ctx.fail(`the late sweep sent ${sent.length} reminders, expected 1`);
        ctx.print(`   \u2502 reminders in the thread: ${sent.length}`);
      }
    },
    {
      at: "15:50",
      title: "The next sweep 3 minutes later sends nothing: the second reminder is due 10 minutes after the first",
      act: async () => {
        const code = await ctx.oncall(sweep);
        if (code !== 0) ctx.fail(`oncall remind exited ${code}`);
        if (reminders().length !== 1) ctx.fail("a second sweep sent a reminder before it was due");
      }
    }
  ];
}

// node-builtin:node:fs/promises#src/sandbox/postmortem-scene.ts
var m6 = builtin("node:fs/promises");
var writeFile2 = m6.writeFile;

// node-builtin:node:path#src/sandbox/postmortem-scene.ts
var m7 = builtin("node:path");
var postmortem_scene_default = m7;

// src/sandbox/postmortem-scene.ts
var MINUTE = 6e4;
var DAY = 864e5;
function seedEarlierIncidents(pd, day) {
  const earlier = [
    {
      daysAgo: 12,
      by: "PUALICE",
      minutes: 38,
      note: "Killed the runaway report query (reporting-batch); raised max_connections to 500 until the pool fix ships."
    },
    {
      daysAgo: 41,
      by: "PUBOB00",
      minutes: 95,
      note: "Connection leak in checkout-api 2.14: rolled back to 2.13. See the incident review in #checkout."
    }
  ];
  for (const e of earlier) {
    const createdAt = new Date(tokyo(day, "03:20").getTime() - e.daysAgo * DAY);
    const resolvedAt = new Date(createdAt.getTime() + e.minutes * MINUTE);
    const incident = pd.addIncident({
      title: "[Triggered on {host:db-2,env:prod}] MySQL too many connections",
      service: { id: "PSVDB01", name: "checkout-db" },
      escalationPolicyId: PLATFORM_POLICY,
      status: "resolved",
      createdAt,
      resolvedAt,
      resolvedBy: e.by,
      assigneeIds: []
    });
    pd.addNoteSeed(incident.id, {
      userId: e.by,
      content: e.note,
      at: new Date(resolvedAt.getTime() - MINUTE)
    });
  }
}
function recordTimeline(pd, incidentId, day) {
  const alice = { id: "PUALICE", type: "user_reference", name: "Alice Tanaka" };
  const entries = [
    ["13:10", "trigger_log_entry", "Triggered through the API (CloudWatch)"],
    ["13:10", "notify_log_entry", "Notified Alice Tanaka by push and SMS"],
    ["13:14", "acknowledge_log_entry", "Acknowledged by Alice Tanaka"],
    ["13:31", "annotate_log_entry", "Note added by Alice Tanaka"],
    ["13:52", "resolve_log_entry", "Resolved by Alice Tanaka"]
  ];
  for (const [time, type, summary] of entries) {
    pd.addLogEntry(incidentId, {
      type,
      at: tokyo(day, time),
      ...summary ? { summary } : {},
      ...type === "trigger_log_entry" || type === "notify_log_entry" ? {} : { agent: alice }
    });
  }
  pd.addNoteSeed(incidentId, {
    userId: "PUALICE",
    content: "The reporting batch again: killed it; opening a ticket to move it to the replica.",
    at: tokyo(day, "13:31")
  });
}
async function draftPostmortem(ctx, incidentId, day) {
  recordTimeline(ctx.pd, incidentId, day);
  const argv = ["postmortem", "--incident", incidentId, "--channel", ctx.channel, "--dir", ctx.runbooksDir];
  for (const run of [1, 2]) {
    const code = await ctx.oncall(argv);
    if (code !== 0) ctx.fail(`oncall postmortem exited ${code} (run ${run})`);
  }
  const pulls = ctx.github.pulls.filter((p) => p.head === draftBranch(incidentId));
  if (pulls.length !== 1) return ctx.fail(`expected one postmortem pull request, found ${pulls.length}`);
  const pull = pulls[0];
  const marker = readPullMarker(pull.body)?.path;
  const draft = marker ? ctx.github.file(pull.head, marker) : void 0;
  if (!marker || !draft) return ctx.fail("the postmortem pull request has no draft file");
  ctx.print(`   \u2502 pull request #${pull.number} \u201C${pull.title}\u201D`);
  ctx.print(`   \u2502 https://github.com/${ctx.github.repository}/pull/${pull.number} adds ${marker}`);
  await writeFile2(postmortem_scene_default.join(ctx.outDir, "postmortem.md"), draft);
  for (const wanted of [
    "## Timeline (from PagerDuty)",
    "Acknowledged",
    "The reporting batch again",
    "## Action items"
  ]) {
    if (!draft.includes(wanted)) ctx.fail(`the postmortem draft lacks "${wanted}"`);
  }
  const links = ctx.slack.messages(ctx.channel).filter(
    (m13) => m13.metadata?.eventType === POSTMORTEM_EVENT_TYPE && m13.metadata.payload.incident_id === incidentId
  );
  if (links.length !== 1) ctx.fail(`expected one postmortem link in the thread, found ${links.length}`);
}
function checkLastTime(ctx, incidentId) {
  const replies = ctx.slack.messages(ctx.channel).filter(
    (m13) => m13.metadata?.eventType === LAST_TIME_EVENT_TYPE && m13.metadata.payload.incident_id === incidentId
  );
  if (replies.length !== 1) return ctx.fail(`expected one "last time" reply, found ${replies.length}`);
  const text = JSON.stringify(replies[0].blocks ?? []);
  if (!text.includes("resolved by Alice Tanaka") || !text.includes("raised max_connections to 500")) {
    ctx.fail('the "last time" reply does not show who resolved the earlier incident and their note');
  }
  ctx.print('   \u2502 "last time": 2 earlier MySQL incidents listed in the thread');
}

// node-builtin:node:fs#src/sandbox/diagnose-scene.ts
var m8 = builtin("node:fs");
var readFileSync = m8.readFileSync;

// node-builtin:node:fs/promises#src/sandbox/diagnose-scene.ts
var m9 = builtin("node:fs/promises");
var writeFile3 = m9.writeFile;

// node-builtin:node:path#src/sandbox/diagnose-scene.ts
var m10 = builtin("node:path");
var diagnose_scene_default = m10;

// src/sandbox/diagnose-scene.ts
var EXAMPLE_WORKFLOW = "diagnose-example.yml";
var WORKFLOW_NAME = "Diagnose (example)";
function installExampleWorkflow(github, cwd) {
  const file = diagnose_scene_default.join(".github", "workflows", EXAMPLE_WORKFLOW);
  let text;
  try {
    text = readFileSync(diagnose_scene_default.resolve(cwd, file), "utf8");
  } catch {
    return false;
  }
  github.setFile(github.defaultBranch, file.split(diagnose_scene_default.sep).join("/"), text);
  return true;
}
async function runExampleWorkflow(ctx, dispatch) {
  if (dispatch.workflow !== EXAMPLE_WORKFLOW) return;
  const { inputs } = dispatch;
  const output = diagnose_scene_default.join(ctx.workDir, `diagnostics-${dispatch.runId}.txt`);
  await writeFile3(output, collect(inputs));
  const env = {
    GITHUB_RUN_ID: String(dispatch.runId),
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "diagnose",
    GITHUB_WORKFLOW: WORKFLOW_NAME,
    GITHUB_SERVER_URL: "https://github.com"
  };
  const argv = [
    "reply",
    "--incident",
    inputs.incident_id ?? "",
    "--channel",
    inputs.channel ?? "",
    "--file",
    output
  ];
  ctx.print(`   \u2502 ${WORKFLOW_NAME} run ${dispatch.runId}: oncall reply --incident ${inputs.incident_id}`);
  const code = await ctx.oncall(argv, env);
  if (code !== 0) return ctx.fail(`oncall reply exited ${code} in the diagnostic run ${dispatch.runId}`);
  const before = outputReplies(ctx.slack, inputs.channel ?? "").length;
  const again = await ctx.oncall(argv, env);
  if (again !== 0) return ctx.fail(`the repeated oncall reply exited ${again}`);
  if (outputReplies(ctx.slack, inputs.channel ?? "").length !== before)
    ctx.fail("a repeated reply step posted the diagnostic output twice");
}
function collect(inputs) {
  let labels;
  try {
    const parsed = JSON.parse(inputs.labels ?? "{}");
    labels = Object.entries(parsed).map(([k, v]) => `  ${k} = ${String(v)}`);
  } catch {
    labels = ["  (not a JSON object)"];
  }
  return [
    `Incident: ${inputs.incident_id ?? ""}`,
    `Database: ${inputs.database || "(not named)"}`,
    "Labels:",
    ...labels,
    ""
  ].join("\n");
}
function outputReplies(slack, channel) {
  return slack.channelTranscript(channel).flatMap((m13) => m13.replies).filter((r) => r.metadata?.eventType === DIAGNOSTIC_OUTPUT_EVENT_TYPE);
}
function checkDiagnostics(ctx) {
  const { github, slack, channel, incidentId, fail } = ctx;
  if (!incidentId) return;
  const dispatches = github.workflowDispatches.filter((d) => d.inputs.incident_id === incidentId);
  if (dispatches.length !== 1) {
    return fail(`expected one diagnostic dispatch for the MySQL incident, found ${dispatches.length}`);
  }
  const dispatch = dispatches[0];
  if (dispatch.inputs.channel !== channel || dispatch.inputs.database !== "checkout-db")
    fail(`the diagnostic was dispatched with unexpected inputs ${JSON.stringify(dispatch.inputs)}`);
  const thread = slack.channelTranscript(channel).find((m13) => m13.metadata?.payload.incident_id === incidentId);
  if (!thread) return fail("no thread for the diagnosed incident");
  const notices = thread.replies.filter((r) => r.metadata?.eventType === DIAGNOSTICS_EVENT_TYPE);
  if (notices.length !== 1 || !notices[0].text.includes(dispatch.htmlUrl))
    fail("the thread does not say once that the diagnostic started, with a link to its run");
  const outputs = thread.replies.filter((r) => r.metadata?.eventType === DIAGNOSTIC_OUTPUT_EVENT_TYPE);
  const shown = JSON.stringify(outputs.map((o) => o.blocks ?? []));
  if (outputs.length !== 1)
    fail(`expected the diagnostic's output once in the thread, found ${outputs.length}`);
  else if (!shown.includes(`Incident: ${incidentId}`) || !shown.includes(dispatch.htmlUrl))
    fail("the diagnostic's output reply lacks the output or the link to its run");
}

// node-builtin:node:fs/promises#src/sandbox/history.ts
var m11 = builtin("node:fs/promises");
var readFile = m11.readFile;
var writeFile4 = m11.writeFile;

// node-builtin:node:path#src/sandbox/history.ts
var m12 = builtin("node:path");
var history_default = m12;

// src/fakes/random.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/sandbox/history.ts
var HISTORY_DAYS = 90;
var REPORT_PAGE = "report.html";
var MINUTE2 = 6e4;
var TITLES = [
  {
    title: "[FIRING:1] KubePodCrashLooping (api payments checkout-api-7d9f8b6c5-x2k4p warning)",
    service: { id: "PPLATF1", name: "platform" },
    policy: PLATFORM_POLICY,
    weight: 5
  },
  {
    title: "[FIRING:1] NodeFilesystemAlmostOutOfSpace (node-exporter 10.0.3.17:9100 warning)",
    service: { id: "PPLATF1", name: "platform" },
    policy: PLATFORM_POLICY,
    weight: 4
  },
  {
    title: "[FIRING:1] KubeContainerOOMKilled (api payments checkout-api warning)",
    service: { id: "PPLATF1", name: "platform" },
    policy: PLATFORM_POLICY,
    weight: 3
  },
  {
    title: "[Triggered on {host:db-2,env:prod}] MySQL too many connections",
    service: { id: "PDBASE1", name: "database" },
    policy: PLATFORM_POLICY,
    weight: 2
  },
  {
    title: "[Triggered on {host:db-3,env:prod}] Replication lag high",
    service: { id: "PDBASE1", name: "database" },
    policy: PLATFORM_POLICY,
    weight: 3
  },
  {
    title: 'ALARM: "sqs-orders-backlog-age" in Asia Pacific (Tokyo)',
    service: { id: "PPLATF1", name: "platform" },
    policy: PLATFORM_POLICY,
    weight: 2
  },
  {
    title: "[FIRING:1] BatchJobFailed (nightly-export warning)",
    service: { id: "PPLATF1", name: "platform" },
    policy: PLATFORM_POLICY,
    weight: 3
  },
  {
    title: "Critical: Payment error rate above 2%",
    service: PAYMENTS_SERVICE,
    policy: PAYMENTS_POLICY,
    weight: 2
  }
];
var RESPONDERS = [
  { id: "PUALICE", name: "Alice Tanaka" },
  { id: "PUBOB00", name: "Bob Suzuki" },
  { id: "PUERIN0", name: "Erin Kobayashi" }
];
function addDays2(day, days) {
  const d = /* @__PURE__ */ new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function seedHistory(pd, day) {
  const random = seededRandom(20261126);
  const totalWeight = TITLES.reduce((s, t) => s + t.weight, 0);
  let count = 0;
  for (let d = HISTORY_DAYS; d >= 1; d--) {
    const date = addDays2(day, -d);
    const perDay = 3 + Math.floor(random() * 6);
    for (let n = 0; n < perDay; n++) {
      let pick = random() * totalWeight;
      const spec = TITLES.find((t) => (pick -= t.weight) < 0) ?? TITLES[0];
      const minuteOfDay = Math.floor(random() * 24 * 60);
      const created = new Date(tokyo(date, "00:00").getTime() + minuteOfDay * MINUTE2);
      const responder = RESPONDERS[Math.floor(random() * RESPONDERS.length)];
      count++;
      const incident = pd.addIncident({
        id: `QHIST${String(count).padStart(4, "0")}`,
        title: spec.title,
        service: spec.service,
        escalationPolicyId: spec.policy,
        createdAt: created,
        status: "resolved",
        assigneeIds: [responder.id]
      });
      const at = (minutes) => new Date(created.getTime() + minutes * MINUTE2);
      pd.addLogEntry(incident.id, { type: "trigger_log_entry", at: created });
      const autoResolved = random() < 0.12;
      if (autoResolved) {
        pd.addLogEntry(incident.id, { type: "resolve_log_entry", at: at(5 + Math.floor(random() * 20)) });
        continue;
      }
      const ackMinutes = Math.max(0.5, d / HISTORY_DAYS * 12 * random() + 0.5);
      if (ackMinutes > 8) pd.addLogEntry(incident.id, { type: "escalate_log_entry", at: at(5) });
      pd.addLogEntry(incident.id, {
        type: "acknowledge_log_entry",
        at: at(ackMinutes),
        agent: { id: responder.id, type: "user_reference", name: responder.name }
      });
      pd.addLogEntry(incident.id, {
        type: "resolve_log_entry",
        at: at(ackMinutes + 10 + Math.floor(random() * 120)),
        agent: { id: responder.id, type: "user_reference", name: responder.name }
      });
    }
  }
  return count;
}
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
async function writeReportPage(outDir, reportDir) {
  const markdown = await readFile(history_default.join(reportDir, "report.md"), "utf8");
  const page = history_default.join(outDir, REPORT_PAGE);
  await writeFile4(
    page,
    [
      "<!doctype html>",
      '<html lang="en"><head><meta charset="utf-8"><title>On-call report \u2014 oncall-runbooks sandbox</title>',
      "<style>body{font:14px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}",
      "pre{white-space:pre-wrap;background:#f6f8fa;padding:1rem;border-radius:6px}</style></head><body>",
      `<p>The last ${HISTORY_DAYS} days in ${TEAM_TIME_ZONE}, as <code>oncall report</code> wrote them (report.md beside this page).</p>`,
      `<pre>${escapeHtml(markdown)}</pre>`,
      "</body></html>",
      ""
    ].join("\n")
  );
  return page;
}

// src/sandbox/slack-scenes.ts
var SIGNING_SECRET = "sandbox-slack-signing-secret";
function sandboxSlackRoutes(ctx) {
  const slackApi = createSlackClient({
    token: ctx.slack.token,
    apiUrl: ctx.slack.url,
    clock: ctx.clock,
    log: ctx.log,
    allowLoopbackResponseUrl: true
  });
  const pagerduty = createPagerDutyClient({
    token: ctx.pd.expectedToken,
    apiUrl: ctx.pd.url,
    clock: ctx.clock,
    log: ctx.log
  });
  return createSlackRoutes({
    signingSecrets: [SIGNING_SECRET],
    clock: ctx.clock,
    interact: {
      slack: slackApi,
      pagerduty,
      log: ctx.log,
      channels: /* @__PURE__ */ new Set([ctx.channel])
    },
    oncall: { language: "en", scheduleIds: [], escalationPolicyIds: [] }
  });
}
async function pressAcknowledge(ctx, incidentId, slackUserId, pdUserId) {
  const message = ctx.slack.messages(ctx.channel).find((m13) => m13.threadTs === void 0 && m13.metadata?.payload.incident_id === incidentId);
  if (!message) return ctx.fail(`no incident message for ${incidentId} to press Acknowledge on`);
  const responseUrl = ctx.slack.newResponseUrl();
  const payload = {
    type: "block_actions",
    user: { id: slackUserId },
    container: { type: "message", message_ts: message.ts, channel_id: ctx.channel, is_ephemeral: false },
    channel: { id: ctx.channel },
    trigger_id: `sandbox.${message.ts}.trigger`,
    response_url: responseUrl,
    actions: [
      {
        action_id: ACTION_IDS.acknowledge,
        block_id: "oncall-actions",
        type: "button",
        value: incidentId,
        action_ts: (ctx.clock.now().getTime() / 1e3).toFixed(6)
      }
    ]
  };
  const status = await post(
    ctx,
    "/slack/interactions",
    new URLSearchParams({ payload: JSON.stringify(payload) })
  );
  if (status !== 200) return ctx.fail(`the relay answered ${status} to the Acknowledge button`);
  await ctx.routes.settled();
  const changed = ctx.pd.statusChanges.find(
    (c) => c.incidentId === incidentId && c.status === "acknowledged"
  );
  if (!changed) return ctx.fail("pressing Acknowledge did not acknowledge the incident in PagerDuty");
  const told = ctx.slack.responsesTo(responseUrl).map((r) => String(r.body.text));
  ctx.print(`   \u2502 only Alice sees: ${told.join(" / ")}`);
  if (!told.some((t) => t.startsWith("Acknowledged")))
    ctx.fail("Alice was not told the incident is acknowledged");
  const incident = ctx.pd.getIncident(incidentId);
  incident.updatedAt = ctx.clock.now();
  await ctx.deliver("incident.acknowledged", pdUserId);
}
async function askOncall(ctx, slackUserId, expectMention) {
  const responseUrl = ctx.slack.newResponseUrl();
  const form = new URLSearchParams({
    team_id: ctx.slack.teamId,
    channel_id: ctx.channel,
    user_id: slackUserId,
    command: "/oncall",
    text: "",
    response_url: responseUrl,
    trigger_id: `sandbox.oncall.${ctx.clock.now().getTime()}`
  });
  const status = await post(ctx, "/slack/commands", form);
  if (status !== 200) return ctx.fail(`the relay answered ${status} to /oncall`);
  await ctx.routes.settled();
  const [answer] = ctx.slack.responsesTo(responseUrl).map((r) => String(r.body.text));
  for (const line of (answer ?? "(no answer)").split("\n")) ctx.print(`   \u2502 ${line}`);
  if (!answer?.includes(`<@${expectMention}>`)) ctx.fail(`/oncall did not mention ${expectMention}`);
}
async function postAsSlack(relayUrl, path, body, now) {
  const timestamp = Math.floor(now.getTime() / 1e3);
  const response = await fetch(`${relayUrl}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signSlackRequest(body, SIGNING_SECRET, timestamp)
    },
    body
  });
  await response.arrayBuffer();
  return response.status;
}
function post(ctx, path, form) {
  return postAsSlack(ctx.relayUrl(), path, form.toString(), ctx.clock.now());
}

// src/sandbox/run.ts
var WEBHOOK_SECRET = "sandbox-webhook-signing-secret";
var PAYMENTS_PAGE = "payments.html";
var FROM_EMAIL = "alice@example.com";
async function runSandbox(options) {
  const { day } = options;
  const clock = new FakeClock(tokyo(day, "09:50"));
  const pd = new FakePagerDuty({ clock, timeZone: TEAM_TIME_ZONE, subdomain: "acme" });
  const slack = new FakeSlack(slackWorkspace, { clock });
  const failures = [];
  const fail = (message) => {
    failures.push(message);
    options.print(`   \u2717 ${message}`);
  };
  let relay;
  const workDir = run_default.join(options.outDir, "work");
  await mkdir(workDir, { recursive: true });
  const userMapFile = run_default.join(workDir, "user-map.json");
  await writeFile(userMapFile, `${JSON.stringify(USER_MAP, null, 2)}
`);
  let dispatchCount = 0;
  const github = new FakeGitHub({
    onDispatch: (d) => runAlertFor(d),
    // The MySQL runbook's diagnostic workflow, run when the alert run dispatches it.
    onWorkflowDispatch: (d) => runExampleWorkflow({ github, slack, workDir, oncall, fail, print: options.print }, d)
  });
  installExampleWorkflow(github, options.cwd);
  const env = () => ({
    PAGERDUTY_TOKEN: pd.expectedToken,
    PAGERDUTY_API_URL: pd.url,
    SLACK_BOT_TOKEN: slack.token,
    SLACK_API_URL: slack.url,
    GITHUB_TOKEN: github.token,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_API_URL: github.url
  });
  const oncall = async (argv, extraEnv = {}) => {
    const out = [];
    const code = await options.runCommandLine({
      argv,
      env: { ...env(), ...extraEnv },
      cwd: options.cwd,
      stdout: (text2) => void out.push(text2),
      stderr: (text2) => {
        for (const line of text2.split("\n").filter(Boolean)) {
          if (options.verbose || /warning|error/i.test(line)) options.print(`   \u2502 ${line}`);
        }
      },
      stdin: Readable.from([]),
      clock
    });
    if (options.verbose)
      for (const line of out.join("").split("\n").filter(Boolean)) options.print(`   \u2502 ${line}`);
    return code;
  };
  async function runAlertFor(dispatch) {
    dispatchCount += 1;
    const eventFile = run_default.join(workDir, `dispatch-${dispatchCount}.json`);
    await writeFile(
      eventFile,
      JSON.stringify({ action: dispatch.event_type, client_payload: dispatch.client_payload }, null, 2)
    );
    const code = await oncall(
      [
        "alert",
        "--channel",
        CHANNEL_ID,
        // The payments team reads its incidents in its own channel, in Japanese.
        "--routes",
        `service:${PAYMENTS_SERVICE.name}=${PAYMENTS_CHANNEL_ID}/ja`,
        "--from-email",
        FROM_EMAIL,
        "--user-map",
        userMapFile,
        // Runbooks' diagnostic workflows run from the default branch, as in a repository_dispatch run.
        "--diagnose-ref",
        github.defaultBranch
      ],
      { GITHUB_EVENT_PATH: eventFile }
    );
    if (code !== 0) fail(`oncall alert exited ${code} for ${dispatch.event_type}`);
  }
  const opened = /* @__PURE__ */ new Map();
  let webhookSeq = 0;
  let lastDelivery;
  const newWebhook = (key, eventType, agentId) => {
    const incident = opened.get(key);
    const body = JSON.stringify(
      webhookEnvelope(pd, incident.id, eventType, agentId, clock.now(), ++webhookSeq)
    );
    return { body, webhookId: `wh-${day}-${webhookSeq}` };
  };
  const deliver = async (key, eventType, agentId, redelivery = false) => {
    let body;
    let webhookId;
    if (redelivery && lastDelivery) {
      ({ body, webhookId } = lastDelivery);
    } else {
      ({ body, webhookId } = newWebhook(key, eventType, agentId));
      lastDelivery = { body, webhookId };
    }
    const response = await fetch(`${relay.url}/`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-webhook-id": webhookId,
        "x-pagerduty-signature": signBody(body, WEBHOOK_SECRET)
      },
      body
    });
    if (response.status >= 300)
      fail(`the relay answered ${response.status} to ${eventType}: ${await response.text()}`);
    await github.idle();
  };
  const shiftArgs = [
    "shift",
    "--schedule",
    `${PRIMARY_SCHEDULE},${SECONDARY_SCHEDULE}`,
    "--channel",
    CHANNEL_ID,
    "--timezone",
    TEAM_TIME_ZONE,
    "--handover",
    "10:00",
    "--handover-notice",
    "--user-group",
    USER_GROUP_ID,
    "--update-topic",
    "--user-map",
    userMapFile
  ];
  const steps = [
    {
      at: "09:55",
      title: "Runbook index published from runbooks/ (the publish workflow after a merge)",
      act: async () => {
        const code = await oncall(["publish", options.runbooksDir]);
        if (code !== 0) fail(`oncall publish exited ${code}`);
      }
    },
    {
      at: "10:00",
      title: "Daily shift post (the scheduled workflow at the 10:00 handover)",
      act: async () => {
        const code = await oncall(shiftArgs);
        if (code !== 0) fail(`oncall shift exited ${code}`);
      }
    },
    {
      at: "10:31",
      title: "Backup shift run 30 minutes later (posts nothing: the 10:00 post exists)",
      act: async () => {
        const before = slack.messages(CHANNEL_ID).length;
        const code = await oncall(shiftArgs);
        if (code !== 0) fail(`the backup oncall shift exited ${code}`);
        if (slack.messages(CHANNEL_ID).length !== before)
          fail("the backup shift run posted a second message");
      }
    }
  ];
  let slackRoutes;
  const scene = (key) => ({
    slack,
    pd,
    clock,
    routes: slackRoutes,
    relayUrl: () => relay.url,
    channel: CHANNEL_ID,
    deliver: (eventType, agentId) => deliver(key, eventType, agentId),
    fail,
    print: options.print
  });
  const openIncident = (spec) => {
    const incident = pd.addIncident({
      title: spec.title,
      service: spec.service,
      escalationPolicyId: spec.policyId,
      urgency: spec.urgency,
      priority: spec.priority,
      createdAt: clock.now()
    });
    pd.addAlert(incident.id, { summary: spec.alertSummary, details: spec.alertDetails });
    opened.set(spec.key, { id: incident.id, spec });
    return incident.id;
  };
  const open = (spec) => ({
    at: spec.at,
    title: `${spec.tool} alert opens an incident: ${spec.title}`,
    act: async () => {
      openIncident(spec);
      await deliver(spec.key, "incident.triggered", null);
    }
  });
  let relayLog;
  const openDirectly = (spec) => ({
    at: spec.at,
    title: `The relay in direct mode posts an incident itself (no workflow run): ${spec.title}`,
    act: () => postDirectly(
      {
        slack,
        pd,
        github,
        clock,
        log: relayLog,
        channel: CHANNEL_ID,
        webhookSecret: WEBHOOK_SECRET,
        index: { branch: DEFAULT_INDEX_BRANCH, path: DEFAULT_INDEX_PATH },
        fail,
        print: options.print
      },
      openIncident(spec),
      newWebhook(spec.key, "incident.triggered", null)
    )
  });
  const change = (key, at, title, status, agent) => ({
    at,
    title,
    act: async () => {
      const incident = pd.getIncident(opened.get(key).id);
      incident.status = status;
      incident.updatedAt = clock.now();
      await deliver(key, `incident.${status}`, agent);
    }
  });
  const assist = {
    slack,
    open,
    change,
    idOf: (key) => opened.get(key)?.id,
    oncall,
    userMapFile,
    fail,
    print: options.print
  };
  const [crashloop, payments, mysql, unknown] = incidents;
  steps.push(
    open(crashloop),
    {
      at: "11:08",
      title: "Alice presses Acknowledge on the crash-loop message in Slack; PagerDuty\u2019s webhook updates the thread",
      act: () => pressAcknowledge(scene("crashloop"), opened.get("crashloop").id, "U01ALICE00", "PUALICE")
    },
    {
      at: "11:09",
      title: "PagerDuty redelivers the same webhook (same X-Webhook-Id): nothing is posted twice",
      act: async () => {
        const before = slack.messages(CHANNEL_ID).length;
        await deliver("crashloop", "incident.acknowledged", "PUALICE", true);
        if (slack.messages(CHANNEL_ID).length !== before) fail("a redelivered webhook posted again");
      }
    },
    {
      at: "11:10",
      title: "Bob asks /oncall in Slack (only he sees the answer)",
      act: () => askOncall(scene("crashloop"), "U01BOB0000", "U01ALICE00")
    },
    open(payments),
    change(
      "payments",
      "11:46",
      "Bob acknowledges the payment incident (its thread is in #payments-oncall, in Japanese)",
      "acknowledged",
      "PUBOB00"
    ),
    open(mysql),
    {
      at: "13:10",
      title: 'The MySQL thread gets a "last time" reply: earlier MySQL incidents, who resolved them, their notes',
      act: async () => checkLastTime({ slack, channel: CHANNEL_ID, fail, print: options.print }, opened.get("mysql").id)
    },
    change("mysql", "13:52", "Alice resolves the MySQL incident", "resolved", "PUALICE"),
    {
      at: "14:05",
      title: "Alice asks for a postmortem draft (oncall postmortem, run twice): one pull request, its link once",
      act: () => draftPostmortem(
        {
          pd,
          slack,
          github,
          clock,
          channel: CHANNEL_ID,
          outDir: options.outDir,
          runbooksDir: options.runbooksDir,
          oncall,
          fail,
          print: options.print
        },
        opened.get("mysql").id,
        day
      )
    },
    ...stormSteps(assist),
    openDirectly(unknown),
    ...reminderSteps(assist, "unknown")
  );
  try {
    await Promise.all([pd.start(), slack.start(), github.start()]);
    seedPagerDuty(pd, day);
    seedEarlierIncidents(pd, day);
    const redactor = new Redactor();
    relayLog = streamLogger((line) => options.verbose && options.print(`   \u2502 relay: ${line}`), redactor);
    slackRoutes = sandboxSlackRoutes({ slack, pd, clock, log: relayLog, channel: CHANNEL_ID });
    const handler = createRelayHandler({
      slack: slackRoutes,
      secrets: [WEBHOOK_SECRET],
      github: createGitHubClient({
        token: github.token,
        repository: github.repository,
        apiUrl: github.url,
        clock: systemClock,
        log: relayLog
      }),
      log: relayLog,
      // The relay's 4 s answer deadline is wall-clock time, not the sandbox's simulated day.
      clock: systemClock,
      // The events happen on the simulated day: judge their age (replay horizon) there too.
      replay: { now: () => clock.now() }
    });
    relay = await startRelayServer({ handler, port: 0, host: "127.0.0.1" });
    for (const step of steps) {
      const [hours, minutes] = step.at.split(":");
      const when = tokyo(day, `${hours}:${minutes}`);
      if (when.getTime() > clock.now().getTime()) clock.set(when);
      options.print(`${step.at}  ${step.title}`);
      await step.act();
    }
    for (const error of github.hookErrors) fail(`a workflow run failed: ${String(error)}`);
    checkDay({ pd, slack, github, opened, fail });
    checkDiagnostics({ github, slack, channel: CHANNEL_ID, incidentId: opened.get("mysql")?.id, fail });
    await reportOnHistory(pd, day, {
      oncall,
      fail,
      outDir: options.outDir,
      workDir,
      runbooksDir: options.runbooksDir
    });
  } catch (error) {
    fail(`the sandbox stopped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await relay?.close();
    await Promise.all([pd.stop(), slack.stop(), github.stop()]);
  }
  const transcript = toTranscript(slack, CHANNEL_ID, CHANNEL_NAME);
  const paymentsTranscript = toTranscript(slack, PAYMENTS_CHANNEL_ID, PAYMENTS_CHANNEL_NAME);
  const text = `${renderChannelText(transcript)}
${renderChannelText(paymentsTranscript)}`;
  const htmlPath = run_default.join(options.outDir, "channel.html");
  await writeFile(htmlPath, renderChannelHtml(transcript, `#${CHANNEL_NAME} \u2014 oncall-runbooks sandbox`));
  const paymentsHtmlPath = run_default.join(options.outDir, PAYMENTS_PAGE);
  await writeFile(
    paymentsHtmlPath,
    renderChannelHtml(paymentsTranscript, `#${PAYMENTS_CHANNEL_NAME} \u2014 oncall-runbooks sandbox`)
  );
  await writeFile(run_default.join(options.outDir, "channel.txt"), text);
  const counts = (t) => ({
    topLevel: t.messages.length,
    replies: t.messages.reduce((n, m13) => n + m13.replies.length, 0)
  });
  await writeFile(
    run_default.join(options.outDir, "expected.json"),
    `${JSON.stringify(
      {
        ...counts(transcript),
        // The buttons: Acknowledge on the open incidents, Add note on every one not resolved.
        texts: [
          "Platform primary",
          "Alice Tanaka",
          "Dave Moreau",
          "Acknowledge",
          "Add note",
          ...incidents.filter((i) => i.key !== "payments").map((i) => i.title),
          "[Resolved]",
          ...ASSIST_EXPECTED_TEXTS,
          // The MySQL incident's diagnostic: its output in the thread.
          "Output of Diagnose (example)"
        ],
        // Further channels: the routed payment incident and its Japanese thread.
        pages: [
          {
            file: PAYMENTS_PAGE,
            ...counts(paymentsTranscript),
            texts: [payments.title, "\u304C\u53D7\u3051\u4ED8\u3051\u307E\u3057\u305F"]
          }
        ]
      },
      null,
      2
    )}
`
  );
  return { failures, transcript, paymentsTranscript, htmlPath, paymentsHtmlPath, text };
}
async function reportOnHistory(pd, day, ctx) {
  seedHistory(pd, day);
  const reportDir = run_default.join(ctx.workDir, "report");
  const code = await ctx.oncall([
    "report",
    "--since",
    `${HISTORY_DAYS}d`,
    "--until",
    day,
    "--dir",
    ctx.runbooksDir,
    "--timezone",
    TEAM_TIME_ZONE,
    "--holidays",
    "jp",
    "--out",
    reportDir
  ]);
  if (code !== 0) return ctx.fail(`oncall report exited with ${code}`);
  await writeReportPage(ctx.outDir, reportDir);
}
function checkDay(ctx) {
  const { pd, slack, github, opened, fail } = ctx;
  const indexText = github.file(DEFAULT_INDEX_BRANCH, DEFAULT_INDEX_PATH);
  if (!indexText) return fail("the runbook index was not published");
  const index = parseIndex(indexText, "published index");
  const titleOf = (id) => index.runbooks.find((r) => r.id === id)?.title ?? id;
  const main = slack.channelTranscript(CHANNEL_ID);
  const routed = slack.channelTranscript(PAYMENTS_CHANNEL_ID);
  const top = [...main, ...routed];
  const all = flatten(top);
  const everything = (m13) => JSON.stringify([m13.text, m13.blocks ?? []]);
  for (const m13 of all) if (m13.broadcasts.length) fail(`a message pings ${m13.broadcasts.join(", ")}`);
  if (main.length !== incidents.length + ASSIST_TOP_LEVEL_MESSAGES) {
    fail(
      `expected ${incidents.length + ASSIST_TOP_LEVEL_MESSAGES} top-level messages in #${CHANNEL_NAME} (shift post + one per incident but the routed one), found ${main.length}`
    );
  }
  const shift = top[0];
  if (!shift) return fail("no shift post");
  for (const id of ["U01ALICE00", "U01CAROL00"]) {
    if (!shift.mentions.includes(id)) fail(`the shift post does not mention ${id}`);
  }
  if (!everything(shift).includes("Dave Moreau"))
    fail("the shift post does not list the override by Dave Moreau");
  const group = slack.userGroupMembers(USER_GROUP_ID).sort().join(",");
  if (group !== "U01ALICE00,U01CAROL00") fail(`@oncall holds ${group}, expected Alice and Carol`);
  for (const spec of incidents) {
    const incident = opened.get(spec.key);
    const message = top.find((m13) => incident && everything(m13).includes(incident.id));
    if (!message) {
      fail(`no message for the ${spec.tool} incident "${spec.title}"`);
      continue;
    }
    if (spec.expectedRunbook && !everything(message).includes(titleOf(spec.expectedRunbook))) {
      fail(`the ${spec.key} incident does not show the runbook "${titleOf(spec.expectedRunbook)}"`);
    }
    if (!spec.expectedRunbook && !everything(message).includes("runbooks/")) {
      fail("the incident without a runbook does not say how to add one");
    }
    if (message.mentions.length === 0 && spec.key !== "unknown")
      fail(`the ${spec.key} incident mentions nobody`);
  }
  const crash = top.find((m13) => everything(m13).includes(opened.get("crashloop")?.id ?? "?"));
  if (crash && (eventReplies(crash).length !== 1 || !crash.edited)) {
    fail(
      `the acknowledged incident should have one thread reply and an updated status (replies: ${eventReplies(crash).length})`
    );
  }
  const payments = opened.get("payments");
  if (payments && !pd.escalations.some((e) => e.incidentId === payments.id && e.level === 2)) {
    fail("the payment incident was not escalated to level 2 by its runbook");
  }
  const paymentsMessage = top.find((m13) => payments && everything(m13).includes(payments.id));
  if (paymentsMessage && !flatten([paymentsMessage]).some((m13) => m13.mentions.includes("U01ERIN000"))) {
    fail("the level-2 on-call (Erin) is not mentioned for the escalated payment incident");
  }
  const db = top.find((m13) => everything(m13).includes(opened.get("mysql")?.id ?? "?"));
  if (db && (eventReplies(db).length !== 1 || !db.edited))
    fail("the resolved incident should have one reply and an updated status");
  if (db && !everything(db).includes(":white_check_mark: *[Resolved]* *~"))
    fail("the resolved incident does not look resolved: its headline is not marked and struck");
  const paymentsId = opened.get("payments")?.id ?? "?";
  const routedMessage = routed.find((m13) => everything(m13).includes(paymentsId));
  if (!routedMessage) fail(`the payment incident is not in #${PAYMENTS_CHANNEL_NAME}`);
  if (main.some((m13) => everything(m13).includes(paymentsId)))
    fail(`the payment incident was posted in #${CHANNEL_NAME} as well`);
  if (routedMessage && !routedMessage.replies.some((r) => r.text.includes("\u304C\u53D7\u3051\u4ED8\u3051\u307E\u3057\u305F")))
    fail("the payment incident thread has no Japanese acknowledgement reply");
  if (routedMessage && !everything(routedMessage).includes("\u30AA\u30F3\u30B3\u30FC\u30EB"))
    fail("the payment incident message is not in Japanese");
}
function eventReplies(message) {
  return message.replies.filter((r) => r.metadata?.eventType === REPLY_EVENT_TYPE);
}
function flatten(messages) {
  return messages.flatMap((m13) => [m13, ...flatten(m13.replies)]);
}
function toTranscript(slack, channelId, channelName) {
  const users = {};
  for (const u of slackWorkspace.users ?? []) users[u.id] = u.realName ?? u.name;
  const convert = (m13) => ({
    ts: m13.ts,
    author: slack.botName,
    text: m13.text,
    ...m13.blocks ? { blocks: m13.blocks } : {},
    edited: m13.edited,
    replies: m13.replies.map(convert)
  });
  return {
    channelId,
    channelName,
    users,
    timeZone: TEAM_TIME_ZONE,
    messages: slack.channelTranscript(channelId).map(convert)
  };
}
var AGENT_NAMES = { PUALICE: "Alice Tanaka", PUBOB00: "Bob Suzuki" };
function webhookEnvelope(pd, incidentId, eventType, agentId, now, seq) {
  const incident = pd.getIncident(incidentId);
  const base = "https://acme.pagerduty.com";
  const ref = (type, id, summary, kind) => ({
    id,
    type,
    summary,
    self: `https://api.pagerduty.com/${kind}/${id}`,
    html_url: `${base}/${kind}/${id}`
  });
  return {
    event: {
      id: `01SANDBOX${String(seq).padStart(4, "0")}`,
      event_type: eventType,
      resource_type: "incident",
      occurred_at: now.toISOString(),
      agent: agentId ? ref("user_reference", agentId, AGENT_NAMES[agentId] ?? agentId, "users") : ref("service_reference", incident.service.id, incident.service.name, "services"),
      client: { name: "PagerDuty" },
      data: {
        id: incident.id,
        type: "incident",
        self: `https://api.pagerduty.com/incidents/${incident.id}`,
        html_url: `${base}/incidents/${incident.id}`,
        number: incident.number,
        status: incident.status,
        incident_key: `sandbox-${incident.id}`,
        created_at: incident.createdAt.toISOString(),
        title: incident.title,
        service: ref("service_reference", incident.service.id, incident.service.name, "services"),
        assignees: incident.assigneeIds.map((id) => ref("user_reference", id, id, "users")),
        escalation_policy: ref(
          "escalation_policy_reference",
          incident.escalationPolicyId,
          "policy",
          "escalation_policies"
        ),
        teams: [],
        priority: incident.priority ? {
          ...ref("priority", incident.priority.id, incident.priority.name, "priorities"),
          summary: incident.priority.name
        } : null,
        urgency: incident.urgency,
        conference_bridge: null,
        resolve_reason: null
      }
    }
  };
}
export {
  runSandbox
};
