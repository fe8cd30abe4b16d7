import {
  checkChannelId,
  createDirectMode,
  createRelayHandler,
  parseSecrets
} from "./chunk-QQKTGA3R.js";
import {
  DEFAULT_HANDLED_EVENT_TYPES
} from "./chunk-AYWKDYMB.js";
import {
  createGitHubClient
} from "./chunk-S4TTLXGH.js";
import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH
} from "./chunk-OSEZHEJR.js";
import {
  Redactor,
  streamLogger
} from "./chunk-BIIUCKQH.js";
import {
  systemClock
} from "./chunk-LEF5IGAI.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";

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
  resolveRelaySettings,
  createConfiguredHandler,
  relayInputFromEnv,
  createRelayFetch
};
