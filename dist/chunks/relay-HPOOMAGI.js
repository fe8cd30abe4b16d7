import {
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_MAX_CONNECTIONS,
  createSlackRoutes,
  dispatchPostmortem,
  startRelayServer
} from "./chunk-VDGLXVNS.js";
import {
  SHIFT_LANGUAGES
} from "./chunk-AXKDROFG.js";
import {
  PAGERDUTY_OPTIONS,
  SLACK_OPTIONS,
  githubOptions,
  indexLocationOptions
} from "./chunk-FUDV2S3G.js";
import {
  REMIND_AFTER_RANGE,
  parseDurationSeconds
} from "./chunk-7U377EUR.js";
import {
  flag,
  list,
  optionalString
} from "./chunk-ITXU4ZJA.js";
import {
  createConfiguredHandler,
  resolveRelaySettings
} from "./chunk-Y3SEDCC5.js";
import {
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_CONCURRENT_DISPATCHES,
  DEFAULT_MAX_CONCURRENT_RUNS,
  parseSecrets
} from "./chunk-QQKTGA3R.js";
import "./chunk-PXUSXVQQ.js";
import {
  DEFAULT_HANDLED_EVENT_TYPES
} from "./chunk-AYWKDYMB.js";
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
import "./chunk-DTQ542JL.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import "./chunk-BIIUCKQH.js";
import "./chunk-TVETWU2K.js";
import "./chunk-LEF5IGAI.js";
import "./chunk-LWJ5VQNM.js";
import "./chunk-MENKK2CK.js";
import "./chunk-UOT3AM2W.js";
import "./chunk-KR57FXBU.js";
import "./chunk-GCNY4AAF.js";
import "./chunk-QB6QIQAD.js";
import "./chunk-KOCSSIJL.js";
import "./chunk-T7MTKLHV.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// src/relay/slack-config.ts
var SLACK_ROUTE_OPTIONS = [
  {
    name: "slack-signing-secret",
    type: "string",
    description: "Signing secret(s) of the Slack app (Basic Information \u2192 App Credentials), comma-separated during a rotation; turns on /slack/interactions and /slack/commands",
    env: "SLACK_SIGNING_SECRET",
    secret: true,
    cliOnly: true
  },
  {
    name: "slack-channels",
    type: "list",
    description: "Channel IDs where the incident buttons work (the channels incidents are posted in)",
    env: "SLACK_CHANNELS",
    cliOnly: true
  },
  {
    name: "oncall-schedules",
    type: "list",
    description: "PagerDuty schedule IDs that /oncall reports on (default: every schedule the key can see)",
    env: "ONCALL_SCHEDULES",
    cliOnly: true
  },
  {
    name: "oncall-escalation-policies",
    type: "list",
    description: "PagerDuty escalation policy IDs that /oncall reports on",
    env: "ONCALL_ESCALATION_POLICIES",
    cliOnly: true
  },
  {
    name: "oncall-language",
    type: "string",
    description: "Language of /oncall answers: en or ja",
    default: "en",
    env: "ONCALL_LANGUAGE",
    cliOnly: true
  }
];
function slackRoutesFromArgs(args, deps) {
  const secrets = parseSecrets(optionalString(args, "slack-signing-secret"));
  if (secrets.length === 0) return void 0;
  for (const secret of secrets) deps.redactor.add(secret);
  const slackToken = optionalString(args, "slack-bot-token");
  const pdToken = optionalString(args, "pagerduty-token");
  if (slackToken) deps.redactor.add(slackToken);
  if (pdToken) deps.redactor.add(pdToken);
  const channels = [
    .../* @__PURE__ */ new Set([...list(args, "slack-channels"), ...deps.directChannel ? [deps.directChannel] : []])
  ];
  const language = optionalString(args, "oncall-language") ?? "en";
  const missing = [
    slackToken ? "" : "SLACK_BOT_TOKEN (the Slack app's Bot User OAuth Token, xoxb-\u2026)",
    pdToken ? "" : "PAGERDUTY_TOKEN (a PagerDuty REST API key with write access: the buttons change incidents)",
    channels.length > 0 ? "" : "SLACK_CHANNELS (IDs of the channels incidents are posted in, e.g. C0123ABCD) or --channel (direct mode)"
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new ConfigError(
      `oncall relay: SLACK_SIGNING_SECRET is set, so the relay serves Slack buttons and /oncall, but it also needs: ${missing.join("; ")}.`
    );
  }
  if (!SHIFT_LANGUAGES.includes(language)) {
    throw new ConfigError(`Invalid ONCALL_LANGUAGE: expected en or ja, found ${JSON.stringify(language)}.`);
  }
  const clients = () => ({
    slack: createSlackClient({
      token: slackToken,
      apiUrl: optionalString(args, "slack-api-url"),
      clock: deps.clock,
      log: deps.log,
      // A person is waiting: fewer, shorter tries than a workflow run makes.
      timeoutMs: 5e3,
      maxRetries: 1,
      maxRetryAfterMs: 5e3,
      allowLoopbackResponseUrl: deps.allowLoopbackResponseUrl ?? false
    }),
    pagerduty: createPagerDutyClient({
      token: pdToken,
      apiUrl: optionalString(args, "pagerduty-api-url"),
      clock: deps.clock,
      log: deps.log,
      requestTimeoutMs: 5e3,
      maxTransientRetries: 1,
      rateLimitBudgetMs: 1e4
    })
  });
  const channelSet = new Set(channels);
  const github = deps.github ? createGitHubClient({ ...deps.github, clock: deps.clock, log: deps.log, timeoutMs: 5e3 }) : void 0;
  deps.log.info(
    `relay: serving Slack at /slack/interactions and /slack/commands; ${secrets.length} signing secret(s); buttons work in ${channels.join(", ")}; Draft postmortem ` + (deps.github ? `dispatches to ${deps.github.repository}` : "is off (no GITHUB_TOKEN/GITHUB_REPOSITORY)")
  );
  return createSlackRoutes({
    signingSecrets: secrets,
    clock: deps.clock,
    interact: () => ({ ...clients(), log: deps.log, channels: channelSet }),
    ...github ? { requestPostmortem: dispatchPostmortem(github) } : {},
    oncall: {
      language,
      scheduleIds: list(args, "oncall-schedules"),
      escalationPolicyIds: list(args, "oncall-escalation-policies")
    }
  });
}

// src/commands/relay-remind.ts
var DIRECT_REMIND_OPTIONS = [
  {
    name: "reminders",
    type: "boolean",
    description: "Direct mode: remind unacknowledged incidents on time (their runbook's remind_after, or --remind-after)",
    env: "ONCALL_REMINDERS",
    cliOnly: true
  },
  {
    name: "remind-after",
    type: "string",
    description: "Direct mode: remind after this long for runbooks without remind_after (e.g. 10m)",
    env: "ONCALL_REMIND_AFTER",
    cliOnly: true
  },
  {
    name: "remind-user-group",
    type: "string",
    description: "Direct mode: Slack user group ID mentioned from the third reminder on (e.g. S0123ABCD)",
    env: "ONCALL_USER_GROUP",
    cliOnly: true
  }
];
function directRemindSettings(args, direct) {
  if (!flag(args, "reminders")) return void 0;
  if (!direct) {
    throw new ConfigError(
      "--reminders (ONCALL_REMINDERS) needs direct mode (--channel with SLACK_BOT_TOKEN and PAGERDUTY_TOKEN); with repository_dispatch, schedule the remind workflow instead (docs/reminders.md)."
    );
  }
  const afterText = optionalString(args, "remind-after");
  const after = afterText === void 0 ? void 0 : parseDurationSeconds(afterText);
  if (afterText !== void 0 && (after === void 0 || after < REMIND_AFTER_RANGE.min || after > REMIND_AFTER_RANGE.max)) {
    throw new ConfigError(
      `Invalid --remind-after (ONCALL_REMIND_AFTER): expected a duration from 1m to 24h such as "10m", found ${JSON.stringify(afterText)}.`
    );
  }
  const group = optionalString(args, "remind-user-group");
  if (group !== void 0 && !/^S[A-Z0-9]{2,}$/.test(group)) {
    throw new ConfigError(
      `Invalid --remind-user-group (ONCALL_USER_GROUP): expected a Slack user group ID such as "S0123ABCD", found ${JSON.stringify(group)}.`
    );
  }
  return {
    ...after !== void 0 ? { defaultRemindAfterSeconds: after } : {},
    ...group !== void 0 ? { userGroupId: group } : {}
  };
}

// src/commands/relay.ts
async function runRelay(config, deps) {
  const { handler, direct } = createConfiguredHandler(config, {
    ...deps,
    ...config.slack ? { slack: config.slack } : {}
  });
  const server = await startRelayServer({ handler, port: config.port, host: config.host });
  const target = config.direct ? `direct mode: posts to Slack channel ${config.direct.channel}, runbooks from ` + (config.github ? `${config.github.repository} ${config.direct.indexBranch}:${config.direct.indexPath}` : "nowhere (no GITHUB_TOKEN/GITHUB_REPOSITORY)") : `repository_dispatch on ${config.github?.repository ?? "?"}`;
  deps.log.info(
    `relay: listening on ${server.url}${config.path} \u2192 ${target}; ${config.secrets.length} signing secret(s); forwarding ${config.events.join(", ")}; health check at /healthz`
  );
  deps.log.info(
    `relay: limits: ${DEFAULT_MAX_CONNECTIONS} connections, ${DEFAULT_MAX_BUFFERED_BYTES / 1024 / 1024} MiB of bodies in all, ${DEFAULT_MAX_BODY_BYTES / 1024} KiB a body, ` + (config.direct ? `${DEFAULT_MAX_CONCURRENT_RUNS} alert runs at once, ` : `${DEFAULT_MAX_CONCURRENT_DISPATCHES} dispatches at once, `) + `answer within ${DEFAULT_DEADLINE_MS / 1e3} s; events older than 48 h are not forwarded`
  );
  deps.onListening?.(server);
  await new Promise((resolve) => {
    if (deps.signal.aborted) resolve();
    else deps.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  deps.log.info("relay: shutting down, finishing requests in flight");
  await server.close();
  await config.slack?.settled();
  direct?.reminders?.stop();
  if (direct && direct.running > 0) {
    deps.log.info(`relay: finishing ${direct.running} alert run(s) that outlived their request`);
    await direct.idle();
  }
  deps.log.info("relay: stopped");
}
function parsePort(value) {
  const port = Number(value ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(
      `Invalid --port: expected a TCP port number 0\u201365535, found ${JSON.stringify(value)}.`
    );
  }
  return port;
}
var relayCommand = {
  name: "relay",
  summary: "Run the PagerDuty webhook relay (HTTP server): posts to Slack itself (direct mode) or dispatches the alert workflow",
  usage: "oncall relay [--port 8080] [--host 0.0.0.0] [--path /] [--channel C0123ABCD]",
  description: `Verifies X-PagerDuty-Signature over the raw body, forwards incident events to POST /repos/{owner}/{repo}/dispatches as event type "pagerduty.<event type>", and answers 2xx only after GitHub accepted (5xx otherwise, so PagerDuty retries), within 5 s. Unhandled event types get 202 and are ignored; so do events older than PagerDuty's 48 h retry horizon, and each event is forwarded once. GET /healthz answers "ok". Environment: PAGERDUTY_WEBHOOK_SECRET (several comma-separated during a rotation), GITHUB_TOKEN (contents: write), GITHUB_REPOSITORY (owner/repo), GITHUB_API_URL (GitHub Enterprise Server). Direct mode (--channel or ONCALL_SLACK_CHANNEL, with SLACK_BOT_TOKEN and PAGERDUTY_TOKEN): runs the alert itself, exactly like "oncall alert", and answers 2xx once the Slack post is done; the runbook index is read from GITHUB_REPOSITORY with GITHUB_TOKEN (contents: read) and cached. With SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, PAGERDUTY_TOKEN and SLACK_CHANNELS (or the direct-mode channel) it also serves the Slack app: POST /slack/interactions (incident buttons) and POST /slack/commands (/oncall); see docs/slack-actions.md. Stops on SIGTERM/SIGINT.`,
  options: [
    {
      name: "port",
      type: "string",
      description: "TCP port to listen on",
      default: "8080",
      env: "PORT",
      cliOnly: true
    },
    { name: "host", type: "string", description: "Address to bind", default: "0.0.0.0", cliOnly: true },
    {
      name: "path",
      type: "string",
      description: "Path that receives the webhooks",
      default: "/",
      cliOnly: true
    },
    {
      name: "events",
      type: "list",
      description: "PagerDuty event types to forward",
      default: DEFAULT_HANDLED_EVENT_TYPES.join(","),
      cliOnly: true
    },
    {
      name: "webhook-secret",
      type: "string",
      description: "Signing secret(s) of the PagerDuty webhook subscription, comma-separated during a rotation",
      env: "PAGERDUTY_WEBHOOK_SECRET",
      secret: true,
      cliOnly: true
    },
    ...githubOptions(
      "GitHub token: `contents: write` for repository_dispatch (the alert workflow, the Draft postmortem button); in direct mode `contents: read` for the runbook index, or `contents: write` for the button too",
      { cliOnly: true }
    ),
    {
      name: "channel",
      type: "string",
      description: "Slack channel ID to post in; turns on direct mode (with SLACK_BOT_TOKEN and PAGERDUTY_TOKEN)",
      env: "ONCALL_SLACK_CHANNEL",
      cliOnly: true
    },
    {
      name: "from-email",
      type: "string",
      description: "Direct mode: PagerDuty user email sent as From: when a runbook escalates (escalate_to)",
      env: "ONCALL_FROM_EMAIL",
      cliOnly: true
    },
    ...indexLocationOptions({ cliOnly: true }),
    ...DIRECT_REMIND_OPTIONS,
    ...SLACK_ROUTE_OPTIONS,
    ...[...PAGERDUTY_OPTIONS, ...SLACK_OPTIONS].map((option) => ({ ...option, cliOnly: true }))
  ],
  async run(args, ctx) {
    if (ctx.surface === "action") {
      throw new ConfigError(
        'Invalid input "command": "relay" is a long-running HTTP server; run it with the CLI ("oncall relay") on a host or serverless runtime, not inside a workflow.'
      );
    }
    const value = (name) => optionalString(args, name);
    for (const name of ["webhook-secret", "github-token", "slack-bot-token", "pagerduty-token"]) {
      for (const part of value(name)?.split(",") ?? []) ctx.redactor.add(part);
    }
    const labels = {
      channel: "--channel (ONCALL_SLACK_CHANNEL)",
      "webhook-secret": "PAGERDUTY_WEBHOOK_SECRET",
      slack: "SLACK_BOT_TOKEN",
      pagerduty: "PAGERDUTY_TOKEN"
    };
    const settings = resolveRelaySettings(
      {
        webhookSecret: value("webhook-secret"),
        path: value("path"),
        events: list(args, "events"),
        githubToken: value("github-token"),
        repository: value("repository"),
        githubApiUrl: value("github-api-url"),
        slackToken: value("slack-bot-token"),
        pagerdutyToken: value("pagerduty-token"),
        channel: value("channel"),
        slackApiUrl: value("slack-api-url"),
        pagerdutyApiUrl: value("pagerduty-api-url"),
        fromEmail: value("from-email"),
        indexBranch: value("index-branch"),
        indexPath: value("index-path"),
        serverUrl: ctx.env.GITHUB_SERVER_URL || void 0
      },
      (setting) => labels[setting]
    );
    const remind = directRemindSettings(args, Boolean(settings.direct));
    if (settings.direct && remind) settings.direct.remind = remind;
    const slack = slackRoutesFromArgs(args, {
      ...ctx,
      directChannel: settings.direct?.channel,
      ...settings.github ? { github: settings.github } : {}
    });
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    try {
      await runRelay(
        {
          ...settings,
          port: parsePort(value("port")),
          host: value("host") ?? "0.0.0.0",
          ...slack ? { slack } : {}
        },
        { log: ctx.log, clock: ctx.clock, signal: controller.signal }
      );
    } finally {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
    }
    return { exitCode: 0 };
  }
};
export {
  relayCommand,
  runRelay
};
