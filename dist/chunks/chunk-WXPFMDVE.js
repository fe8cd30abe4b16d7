import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  Slots,
  createRelayHandler,
  parseSecrets
} from "./chunk-HH7MKFR2.js";
import {
  loadedFromIndex
} from "./chunk-MPWPAQCW.js";
import {
  createGitHubClient
} from "./chunk-BDPWQ4EI.js";
import {
  UserDirectory
} from "./chunk-PDB5J76S.js";
import {
  parseIndex
} from "./chunk-RUE43TMS.js";
import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH,
  INDEX_VERSION
} from "./chunk-P7JT3L7S.js";
import {
  Redactor,
  streamLogger
} from "./chunk-O3DVVK6G.js";
import {
  systemClock
} from "./chunk-NJFFVMUX.js";
import {
  createChannelPacer,
  createIncidentLock,
  runAlert
} from "./chunk-PLPCU45S.js";
import {
  DEFAULT_HANDLED_EVENT_TYPES
} from "./chunk-PM6M57MW.js";
import {
  createPagerDutyClient
} from "./chunk-MDWLG7ZL.js";
import {
  createSlackClient
} from "./chunk-52BRTSGR.js";
import {
  ConfigError,
  RateLimitedError,
  TransientError,
  describeError
} from "./chunk-GQNV3XG6.js";

// src/relay/index-cache.ts
var DEFAULT_INDEX_REVALIDATE_MS = 3e4;
var PublishedIndexCache = class {
  constructor(options) {
    this.options = options;
    this.revalidateAfterMs = options.revalidateAfterMs ?? DEFAULT_INDEX_REVALIDATE_MS;
    this.where = `${options.branch}:${options.path}`;
  }
  options;
  cached;
  checkedAt = Number.NEGATIVE_INFINITY;
  looking;
  revalidateAfterMs;
  where;
  /** The runbooks to match against; never rejects (see the module comment for what stands in for a missing index). */
  load() {
    const now = this.options.clock.now().getTime();
    if (this.cached && now - this.checkedAt < this.revalidateAfterMs) {
      return Promise.resolve(this.cached.loaded);
    }
    this.looking ??= this.look().finally(() => this.looking = void 0);
    return this.looking;
  }
  /** The ETag of the index held, for tests and the log. */
  get etag() {
    return this.cached?.etag;
  }
  async look() {
    const { github, branch, path, log, clock } = this.options;
    let problem;
    try {
      const answer = await github.getFileIfChanged(branch, path, this.cached?.etag);
      if (answer.kind === "not-modified" && this.cached) {
        this.checkedAt = clock.now().getTime();
        return this.cached.loaded;
      }
      if (answer.kind === "file") {
        const loaded = loadedFromIndex(
          parseIndex(answer.file.content, this.where),
          `published index (${this.where})`
        );
        this.cached = { loaded, etag: answer.etag };
        this.checkedAt = clock.now().getTime();
        log.info(
          `relay: runbook index ${this.where} loaded: ${loaded.runbooks.length} runbook(s)` + (loaded.source.commit ? ` from ${loaded.source.commit.slice(0, 7)}` : "")
        );
        return loaded;
      }
      problem = answer.kind === "missing" ? `no published index at ${this.where} (run the publish workflow)` : `GitHub answered 304 for ${this.where} but no index is cached`;
    } catch (error) {
      problem = describeError(error);
    }
    if (this.cached) {
      log.warning(`relay: could not refresh the runbook index (${problem}); using the cached one.`);
      return this.cached.loaded;
    }
    log.warning(`relay: no runbook index (${problem}); posting without runbooks.`);
    return noRunbooks(`runbook index unavailable (${this.where}); posted without runbooks`);
  }
};
function noRunbooks(origin) {
  return {
    runbooks: [],
    match: () => [],
    source: { repository: null, commit: null, dir: "" },
    version: INDEX_VERSION,
    origin
  };
}

// src/relay/direct.ts
var DEFAULT_MAX_CONCURRENT_RUNS = 8;
var DEFAULT_MAX_WAITING_RUNS = 32;
var DEFAULT_POST_INTERVAL_MS = 1e3;
function createDirectSink(options) {
  const { alert, settings } = options;
  const lock = options.incidentLock ?? createIncidentLock();
  const pacer = (options.postIntervalMs ?? DEFAULT_POST_INTERVAL_MS) > 0 ? createChannelPacer(alert.clock, options.postIntervalMs ?? DEFAULT_POST_INTERVAL_MS) : void 0;
  const limit = options.maxConcurrentRuns ?? DEFAULT_MAX_CONCURRENT_RUNS;
  const waiting = options.maxWaitingRuns ?? DEFAULT_MAX_WAITING_RUNS;
  const slots = new Slots(limit, waiting);
  const runs = /* @__PURE__ */ new Map();
  function start(dispatch, signal) {
    const eventId = dispatch.payload.event_id;
    const run = (async () => {
      const slot = await slots.acquire(signal);
      if (slot === "busy") {
        throw new RateLimitedError(`${limit} alert runs in progress and ${waiting} waiting`, 5e3);
      }
      if (slot === "aborted") throw new TransientError("no alert run slot free before the deadline");
      try {
        const users = new UserDirectory({ slack: alert.slack, log: alert.log });
        const result = await runAlert(
          { ...alert, users, incidentLock: lock, ...pacer ? { pacer } : {} },
          settings,
          dispatch.payload
        );
        if (signal.aborted) {
          alert.log.info(
            `relay: event ${JSON.stringify(eventId)} finished after its answer: ${result.action}` + (result.undone.length > 0 ? ` (left undone: ${result.undone.join("; ")})` : "")
          );
        }
        return result;
      } catch (error) {
        if (signal.aborted) {
          alert.log.error(
            `relay: event ${JSON.stringify(eventId)} failed after its answer (PagerDuty retries it): ${describeError(error)}`
          );
        }
        throw error;
      } finally {
        slot();
      }
    })();
    const tracked = run.finally(() => runs.delete(eventId));
    tracked.catch(() => void 0);
    runs.set(eventId, tracked);
    return tracked;
  }
  return {
    name: "Slack",
    get running() {
      return runs.size;
    },
    async idle() {
      while (runs.size > 0) await Promise.allSettled([...runs.values()]);
    },
    async deliver(dispatch, signal) {
      const result = await (runs.get(dispatch.payload.event_id) ?? start(dispatch, signal));
      if (result.undone.length > 0) {
        throw new TransientError(`posted, but left undone: ${result.undone.join("; ")}`);
      }
      return {
        status: result.action,
        detail: result.messageTs ? `${result.action} ts=${result.messageTs}` : result.action
      };
    }
  };
}
function checkChannelId(channel, label) {
  if (!/^[CGD][A-Z0-9]{2,}$/.test(channel)) {
    throw new ConfigError(
      `Invalid ${label}: expected a Slack channel ID such as "C0123ABCD" (channel details \u2192 About \u2192 Channel ID), found ${JSON.stringify(channel)}. Channel names change; IDs do not.`
    );
  }
  return channel;
}
function createDirectMode(config, deps) {
  const { clock, log } = deps;
  const pagerduty = createPagerDutyClient({
    token: config.pagerdutyToken,
    ...config.pagerdutyApiUrl ? { apiUrl: config.pagerdutyApiUrl } : {},
    clock,
    log
  });
  const slack = createSlackClient({
    token: config.slackToken,
    ...config.slackApiUrl ? { apiUrl: config.slackApiUrl } : {},
    clock,
    log
  });
  const index = config.index ? new PublishedIndexCache({ ...config.index, clock, log }) : void 0;
  if (!index) {
    log.warning(
      "relay: direct mode without GITHUB_TOKEN and GITHUB_REPOSITORY: incidents are posted without runbooks."
    );
  }
  const none = noRunbooks("no runbook index configured (GITHUB_TOKEN, GITHUB_REPOSITORY)");
  const runbooks = index ? () => index.load() : () => Promise.resolve(none);
  return createDirectSink({
    alert: { pagerduty, slack, runbooks, clock, log },
    settings: {
      channel: config.channel,
      ...config.fromEmail ? { fromEmail: config.fromEmail } : {},
      ...config.serverUrl ? { serverUrl: config.serverUrl } : {}
    },
    ...config.maxConcurrentRuns ? { maxConcurrentRuns: config.maxConcurrentRuns } : {},
    ...config.postIntervalMs !== void 0 ? { postIntervalMs: config.postIntervalMs } : {}
  });
}

// src/relay/web.ts
var ENV_LABELS = {
  channel: "ONCALL_SLACK_CHANNEL",
  "webhook-secret": "PAGERDUTY_WEBHOOK_SECRET",
  slack: "SLACK_BOT_TOKEN",
  pagerduty: "PAGERDUTY_TOKEN"
};
function resolveRelaySettings(input, label = (setting) => ENV_LABELS[setting]) {
  const secrets = parseSecrets(input.webhookSecret);
  const github = input.githubToken && input.repository ? {
    token: input.githubToken,
    repository: input.repository,
    ...input.githubApiUrl ? { apiUrl: input.githubApiUrl } : {}
  } : void 0;
  const missing = [];
  if (secrets.length === 0) {
    missing.push(
      `${label("webhook-secret")} (the signing secret shown when the webhook subscription was created)`
    );
  }
  let direct;
  if (input.channel) {
    if (!input.slackToken)
      missing.push(`${label("slack")} (direct mode: a Slack bot token with chat:write, channels:history)`);
    if (!input.pagerdutyToken) missing.push(`${label("pagerduty")} (direct mode: a PagerDuty REST API key)`);
    if (input.slackToken && input.pagerdutyToken) {
      direct = {
        slackToken: input.slackToken,
        pagerdutyToken: input.pagerdutyToken,
        channel: checkChannelId(input.channel, label("channel")),
        ...input.slackApiUrl ? { slackApiUrl: input.slackApiUrl } : {},
        ...input.pagerdutyApiUrl ? { pagerdutyApiUrl: input.pagerdutyApiUrl } : {},
        ...input.fromEmail ? { fromEmail: input.fromEmail } : {},
        ...input.serverUrl ? { serverUrl: input.serverUrl } : {},
        indexBranch: input.indexBranch ?? DEFAULT_INDEX_BRANCH,
        indexPath: input.indexPath ?? DEFAULT_INDEX_PATH
      };
    }
  } else if (!github) {
    const absent = [input.githubToken ? "" : "GITHUB_TOKEN", input.repository ? "" : "GITHUB_REPOSITORY"];
    missing.push(
      `${absent.filter(Boolean).join(" and ")} (a token with contents: write on the owner/repo that holds the alert workflow), or ${label("channel")} with ${label("slack")} and ${label("pagerduty")} to post to Slack directly`
    );
  }
  if (missing.length > 0) throw new ConfigError(`oncall relay: missing ${missing.join("; ")}.`);
  return {
    secrets,
    path: input.path ?? "/",
    events: input.events && input.events.length > 0 ? input.events : DEFAULT_HANDLED_EVENT_TYPES,
    ...github ? { github } : {},
    ...direct ? { direct } : {}
  };
}
function createConfiguredHandler(settings, deps) {
  const github = settings.github ? createGitHubClient({
    ...settings.github,
    clock: deps.clock,
    log: deps.log,
    // Dispatch: the handler aborts at its own deadline, this only bounds a request nobody waits for. Index
    // reads in direct mode fall back to the cached index, so they must not hold a post for long.
    timeoutMs: settings.direct ? 2e3 : 1e4
  }) : void 0;
  const d = settings.direct;
  const direct = d ? createDirectMode(
    {
      ...d,
      ...github ? { index: { github, branch: d.indexBranch, path: d.indexPath } } : {}
    },
    deps
  ) : void 0;
  const handler = createRelayHandler({
    secrets: settings.secrets,
    ...direct ? { sink: direct } : { github },
    log: deps.log,
    clock: deps.clock,
    handledEventTypes: settings.events,
    path: settings.path,
    ...deps.slack ? { slack: deps.slack } : {}
  });
  return { handler, ...direct ? { direct } : {} };
}
function relayInputFromEnv(env) {
  const get = (name) => env[name]?.trim() ? env[name] : void 0;
  const events = get("ONCALL_RELAY_EVENTS");
  return {
    webhookSecret: get("PAGERDUTY_WEBHOOK_SECRET"),
    path: get("ONCALL_RELAY_PATH"),
    ...events ? {
      events: events.split(",").map((e) => e.trim()).filter(Boolean)
    } : {},
    githubToken: get("GITHUB_TOKEN"),
    repository: get("GITHUB_REPOSITORY"),
    githubApiUrl: get("GITHUB_API_URL"),
    slackToken: get("SLACK_BOT_TOKEN"),
    pagerdutyToken: get("PAGERDUTY_TOKEN"),
    channel: get("ONCALL_SLACK_CHANNEL"),
    slackApiUrl: get("SLACK_API_URL"),
    pagerdutyApiUrl: get("PAGERDUTY_API_URL"),
    fromEmail: get("ONCALL_FROM_EMAIL"),
    indexBranch: get("ONCALL_INDEX_BRANCH"),
    indexPath: get("ONCALL_INDEX_PATH"),
    serverUrl: get("GITHUB_SERVER_URL")
  };
}
function createRelayFetch(env = process.env, deps = {}) {
  const input = relayInputFromEnv(env);
  const redactor = new Redactor();
  for (const secret of [input.webhookSecret, input.githubToken, input.slackToken, input.pagerdutyToken]) {
    for (const part of secret?.split(",") ?? []) redactor.add(part);
  }
  const log = deps.log ?? streamLogger((line) => process.stderr.write(`${line}
`), redactor, {
    verbose: env.ONCALL_DEBUG === "1"
  });
  const settings = resolveRelaySettings(input);
  return createConfiguredHandler(settings, { clock: deps.clock ?? systemClock, log }).handler;
}

export {
  DEFAULT_MAX_CONCURRENT_RUNS,
  resolveRelaySettings,
  createConfiguredHandler,
  relayInputFromEnv,
  createRelayFetch
};
