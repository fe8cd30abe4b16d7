import {
  POSTMORTEM_OPTIONS
} from "./chunk-POBAGXVS.js";
import {
  offlineSlack
} from "./chunk-3G7A4P5O.js";
import {
  PAGERDUTY_OPTIONS,
  SLACK_OPTIONS,
  githubOptions,
  indexLocationOptions
} from "./chunk-FUDV2S3G.js";
import {
  parseTrigger
} from "./chunk-63RUTUG4.js";
import {
  ConfigProblems,
  choice,
  flag,
  optionLabel,
  optionalString,
  requiredString
} from "./chunk-ITXU4ZJA.js";
import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH
} from "./chunk-OSEZHEJR.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";

// src/commands/alert.ts
import { readFile } from "node:fs/promises";

// node-builtin:node:fs#src/commands/alert.ts
var m = builtin("node:fs");
var existsSync = m.existsSync;

// node-builtin:node:path#src/commands/alert.ts
var m2 = builtin("node:path");
var alert_default = m2;

// src/commands/alert.ts
var ALERT_LANGUAGES = Object.keys({ en: true, ja: true });
function readAlertConfig(args, ctx) {
  const problems = new ConfigProblems();
  const channel = problems.read(() => {
    const value = requiredString(args, ctx, "channel", "the Slack channel ID to post in (e.g. C0123ABCD)");
    if (!/^[CGD][A-Z0-9]{2,}$/.test(value)) {
      throw new ConfigError(
        `Invalid ${optionLabel(ctx, "channel")}: expected a Slack channel ID such as "C0123ABCD" (channel details \u2192 About \u2192 Channel ID), found ${JSON.stringify(value)}. Channel names change; IDs do not.`
      );
    }
    return value;
  }, "");
  const dryRun = flag(args, "dry-run");
  const pdToken = optionalString(args, "pagerduty-token");
  const slackToken = optionalString(args, "slack-bot-token");
  const missing = [
    pdToken === void 0 ? `PAGERDUTY_TOKEN (${ctx.surface === "cli" ? "environment" : 'input "pagerduty-token"'})` : "",
    slackToken === void 0 && !dryRun ? `SLACK_BOT_TOKEN (${ctx.surface === "cli" ? "environment" : 'input "slack-bot-token"'})` : ""
  ].filter(Boolean);
  if (missing.length > 0) {
    problems.add(
      `Missing ${missing.join(" and ")}: a PagerDuty REST API key (read access; write access for escalate_to) and a Slack bot token with chat:write, channels:history and users:read.email.`
    );
  }
  problems.check();
  return { channel, dryRun, pdToken, slackToken };
}
async function alertClients(args, ctx, tokens, withoutSlack) {
  const { createPagerDutyClient, createSlackClient, UserDirectory } = await import("./cli-modules-Q5ICGIUE.js");
  const pagerduty = createPagerDutyClient({
    token: tokens.pdToken,
    ...optionalString(args, "pagerduty-api-url") ? { apiUrl: optionalString(args, "pagerduty-api-url") } : {},
    clock: ctx.clock,
    log: ctx.log
  });
  const slack = tokens.slackToken !== void 0 ? createSlackClient({
    token: tokens.slackToken,
    ...optionalString(args, "slack-api-url") ? { apiUrl: optionalString(args, "slack-api-url") } : {},
    clock: ctx.clock,
    log: ctx.log
  }) : offlineSlack(withoutSlack);
  const mapFile = optionalString(args, "user-map");
  const mapping = mapFile ? await (await import("./user-map-file-SBPZD3NO.js")).loadUserMapping(alert_default.resolve(ctx.cwd, mapFile)) : void 0;
  return {
    pagerduty,
    slack,
    users: new UserDirectory({ slack, log: ctx.log, ...mapping ? { mapping } : {} })
  };
}
async function run(args, ctx) {
  const { channel, dryRun, pdToken, slackToken } = readAlertConfig(args, ctx);
  const fromEmail = optionalString(args, "from-email");
  const language = choice(args, ctx, "language", ALERT_LANGUAGES, "en");
  const routesText = optionalString(args, "routes");
  const routes = routesText !== void 0 ? (await import("./routing-YBFQAK7Z.js")).parseRoutes(routesText, optionLabel(ctx, "routes")) : void 0;
  const modules = import("./cli-modules-Q5ICGIUE.js");
  const eventPromise = readEvent(args, ctx);
  const [read, { runAlert }] = await Promise.all([eventPromise, modules]);
  if ("ignored" in read) {
    ctx.log.info(`Ignoring ${read.ignored}: the alert path does not post about it.`);
    ctx.setOutput("action", "ignored");
    return { exitCode: 0 };
  }
  const { event } = read;
  const { pagerduty, slack, users } = await alertClients(
    args,
    ctx,
    { pdToken, slackToken },
    "A dry run without SLACK_BOT_TOKEN cannot write to Slack."
  );
  let loading;
  const runbooks = () => loading ??= loadRunbooks(args, ctx);
  if (event.event_type === "incident.triggered") runbooks().catch(() => void 0);
  const serverUrl = ctx.env.GITHUB_SERVER_URL || void 0;
  const lastTime = readLastTime(args, ctx);
  const settings = {
    ...lastTime > 0 ? { lastTime: { limit: lastTime } } : {},
    channel,
    dryRun,
    language,
    ...routes ? { routes } : {},
    ...fromEmail ? { fromEmail } : {},
    ...serverUrl ? { serverUrl } : {}
  };
  const diagnostics = diagnosticsDispatch(args, ctx);
  const result = await runAlert(
    {
      pagerduty,
      slack,
      users,
      runbooks,
      clock: ctx.clock,
      log: ctx.log,
      ...diagnostics ? { diagnostics } : {}
    },
    settings,
    event
  );
  const postmortemOn = readPostmortemOn(args, ctx);
  if (postmortemOn && event.event_type === "incident.resolved" && !dryRun && result.action !== "ignored") {
    const { draftAfterResolve } = await import("./postmortem-draft-A5GVCKNL.js");
    await draftAfterResolve(args, ctx, {
      pagerduty,
      slack,
      incidentId: event.incident.id,
      channel,
      when: postmortemOn,
      runbooks
    });
  }
  if (dryRun) for (const m3 of result.messages) ctx.stdout(`${JSON.stringify(m3, null, 2)}
`);
  ctx.setOutput("message-ts", result.messageTs ?? "");
  ctx.setOutput("thread-ts", result.threadTs ?? "");
  ctx.setOutput("permalink", result.permalink ?? "");
  ctx.setOutput("runbook-id", result.runbookId ?? "");
  ctx.setOutput("oncall-user-ids", result.onCallUserIds.join(","));
  ctx.setOutput("action", result.action);
  if (ctx.surface === "cli" && !dryRun) {
    ctx.stdout(
      `${result.action}${result.messageTs ? ` ts=${result.messageTs}` : ""}${result.permalink ? ` ${result.permalink}` : ""}
`
    );
  }
  const plain = (text) => text.replace(/[^\w.:-]/g, "");
  ctx.summary?.addMarkdown(
    `### PagerDuty incident ${plain(event.incident.id)}: ${plain(event.event_type)}

Result: **${result.action}**` + (result.permalink ? ` \u2014 [Slack message](${result.permalink})` : "") + (result.runbookId ? `

Runbook: \`${result.runbookId}\`` : "")
  );
  for (const gap of result.undone) ctx.log.error(`Left undone: ${gap}. Re-run this alert to complete it.`);
  return { exitCode: result.undone.length > 0 ? 1 : 0 };
}
function readPostmortemOn(args, ctx) {
  return parseTrigger(optionalString(args, "postmortem-on") ?? "", optionLabel(ctx, "postmortem-on"));
}
function readLastTime(args, ctx) {
  const text = optionalString(args, "last-time") ?? "3";
  if (!/^\d+$/.test(text.trim()) || Number(text) > 10) {
    throw new ConfigError(
      `Invalid ${optionLabel(ctx, "last-time")}: expected a whole number from 0 to 10 (earlier incidents shown under a new incident; 0 for none), found ${JSON.stringify(text)}.`
    );
  }
  return Number(text);
}
function diagnosticsDispatch(args, ctx) {
  const token = optionalString(args, "diagnose-token") ?? optionalString(args, "github-token");
  const repository = optionalString(args, "repository");
  const ref = optionalString(args, "diagnose-ref") ?? (ctx.env.GITHUB_REF_NAME || void 0);
  if (token === void 0 || repository === void 0 || ref === void 0) return void 0;
  const apiUrl = optionalString(args, "github-api-url");
  return {
    ref,
    github: {
      async dispatchWorkflow(workflow, onRef, inputs) {
        const { createGitHubClient } = await import("./client-NAJHPQJL.js");
        const github = createGitHubClient({
          token,
          repository,
          ...apiUrl ? { apiUrl } : {},
          clock: ctx.clock,
          log: ctx.log
        });
        return github.dispatchWorkflow(workflow, onRef, inputs);
      }
    }
  };
}
async function readEvent(args, ctx) {
  const { readAlertEventText } = await import("./cli-modules-Q5ICGIUE.js");
  const given = optionalString(args, "event");
  const file = given ?? ctx.env.GITHUB_EVENT_PATH;
  if (!file) {
    throw new ConfigError(
      `Missing ${optionLabel(ctx, "event")}: expected a file holding a PagerDuty V3 webhook body or a repository_dispatch client_payload. In a workflow, the event comes from GITHUB_EVENT_PATH.`
    );
  }
  const where = given ? file : `${file} (GITHUB_EVENT_PATH)`;
  let text;
  try {
    text = await readFile(alert_default.resolve(ctx.cwd, file), "utf8");
  } catch (error) {
    throw new ConfigError(`Cannot read the event file ${where}: ${error.message}.`, {
      cause: error
    });
  }
  return readAlertEventText(text.replace(/^\uFEFF/, ""), where);
}
async function loadRunbooks(args, ctx) {
  const indexFile = optionalString(args, "index");
  const dir = optionalString(args, "dir");
  if (indexFile !== void 0 && dir !== void 0) {
    throw new ConfigError(
      `${optionLabel(ctx, "index")} and ${optionLabel(ctx, "dir")} are alternatives: give one (an index file or a runbooks directory).`
    );
  }
  if (indexFile !== void 0) {
    const { loadIndexFile } = await import("./cli-modules-Q5ICGIUE.js");
    return loadIndexFile(indexFile, ctx.cwd);
  }
  if (dir !== void 0) return fromDir(dir, ctx);
  const token = optionalString(args, "github-token");
  const repository = optionalString(args, "repository");
  if (token !== void 0 && repository !== void 0) {
    const [{ createGitHubClient }, { openPublishedIndex }] = await Promise.all([
      import("./client-NAJHPQJL.js"),
      import("./publish-N2CIIGNJ.js")
    ]);
    const github = createGitHubClient({
      token,
      repository,
      ...optionalString(args, "github-api-url") ? { apiUrl: optionalString(args, "github-api-url") } : {},
      clock: ctx.clock,
      log: ctx.log
    });
    const branch = optionalString(args, "index-branch") ?? DEFAULT_INDEX_BRANCH;
    const file = optionalString(args, "index-path") ?? DEFAULT_INDEX_PATH;
    try {
      return fromIndex(
        await openPublishedIndex(github, { branch, path: file }),
        `published index (${branch}:${file})`
      );
    } catch (error) {
      if (error instanceof ConfigError && existsSync(alert_default.resolve(ctx.cwd, "runbooks"))) {
        ctx.log.warning(`${error.message} Using runbooks/ from the checkout instead.`);
        return fromDir("runbooks", ctx);
      }
      throw error;
    }
  }
  if (existsSync(alert_default.resolve(ctx.cwd, "runbooks"))) return fromDir("runbooks", ctx);
  throw new ConfigError(
    `No runbooks to match against: give ${optionLabel(ctx, "index")} (an index file), ${optionLabel(ctx, "dir")} (a runbooks directory), or GITHUB_TOKEN and GITHUB_REPOSITORY to read the published index.`
  );
}
async function fromIndex(index, origin) {
  const { loadedFromIndex } = await import("./runbooks-CSXH42MD.js");
  return loadedFromIndex(index, origin);
}
async function fromDir(dir, ctx) {
  const { loadRunbooksDir } = await import("./runbooks-CSXH42MD.js");
  const { loaded, errors } = await loadRunbooksDir(dir, { cwd: ctx.cwd, env: ctx.env });
  if (errors > 0) {
    ctx.log.warning(
      `${errors} runbook problem(s) in ${dir} (run "oncall validate ${dir}"); matching with the runbooks that are valid.`
    );
  }
  return loaded;
}
var alertCommand = {
  name: "alert",
  summary: "Post a PagerDuty incident event to its Slack thread, with the on-call and the matching runbook",
  usage: 'oncall alert --event <file> --channel <id> [--index <file> | --dir runbooks] [--index-branch oncall-runbooks-index] [--index-path index.json] [--from-email <pd user email>] [--user-map <file>] [--language en|ja] [--routes "service:<id or name>=<channel>,team:\u2026"] [--dry-run]',
  description: "incident.triggered posts one message: title, service, urgency, the incident link, the current on-call mentioned by Slack ID and the best matching runbook. Later events (acknowledged, escalated, reassigned, delegated, annotated, resolved, reopened, priority_updated) reply in that thread and update the status line and the On call field; other event types are ignored (exit 0). The slack_channel of a runbook or a --routes entry for the service or team of the incident chooses the channel. The thread is found through Slack message metadata, so re-runs and redelivered webhooks post nothing twice. A runbook with escalate_to: N escalates the incident to level N once the message is posted, if PagerDuty still has it triggered below level N (needs --from-email); a failed escalation is shown in the message and exits 1. A runbook with diagnose: dispatches its diagnostic workflows once the triggered message is posted (a token with actions: write, see docs/diagnostics.md); a failed dispatch is shown in the thread. Runbooks come from --index, --dir, the published index through the GitHub API (GITHUB_TOKEN, GITHUB_REPOSITORY), or runbooks/ in a checkout. Environment: PAGERDUTY_TOKEN, SLACK_BOT_TOKEN, PAGERDUTY_API_URL, SLACK_API_URL.",
  options: [
    {
      name: "event",
      type: "string",
      description: "File with a PagerDuty V3 webhook body or a repository_dispatch client_payload (default in Actions: the workflow event)"
    },
    { name: "channel", type: "string", description: "Slack channel ID to post in, e.g. C0123ABCD" },
    { name: "index", type: "string", description: 'Runbook index file built by "oncall build"' },
    { name: "dir", type: "string", description: "Runbooks directory (validated, then matched)" },
    ...indexLocationOptions(),
    {
      name: "from-email",
      type: "string",
      description: "E-mail of a PagerDuty user, sent as From: when a runbook escalates (escalate_to)"
    },
    {
      name: "user-map",
      type: "string",
      description: "YAML/JSON file mapping PagerDuty emails or user IDs to Slack emails or user IDs"
    },
    { name: "language", type: "string", description: "Message language: en or ja", default: "en" },
    {
      name: "routes",
      type: "string",
      description: 'Channels per PagerDuty service or team: "service:<id or name>=<channel ID>, team:<id or name>=<channel ID>"'
    },
    {
      name: "last-time",
      type: "string",
      description: "Earlier incidents (same runbook or alert, past 90 days) listed in a reply under a new incident; 0 for none",
      default: "3"
    },
    {
      name: "postmortem-on",
      type: "string",
      description: 'Resolved incidents that get a postmortem draft pull request: "urgency:high, priority:P1, runbook:<id>" (none by default)'
    },
    ...POSTMORTEM_OPTIONS,
    { name: "dry-run", type: "boolean", description: "Print the message; post, update and escalate nothing" },
    ...PAGERDUTY_OPTIONS,
    ...SLACK_OPTIONS,
    ...githubOptions(
      "Token that can read the repository, for the published index (in a workflow: github.token)"
    ),
    {
      name: "diagnose-token",
      type: "string",
      description: "Token with actions: write that dispatches runbooks' diagnostic workflows (default: github-token)",
      env: "ONCALL_DIAGNOSE_TOKEN",
      secret: true
    },
    {
      name: "diagnose-ref",
      type: "string",
      description: "Branch the diagnostic workflows run from (default: the branch of this run, GITHUB_REF_NAME; the default branch for repository_dispatch)"
    }
  ],
  run,
  check: (args, ctx) => {
    readAlertConfig(args, ctx);
    readLastTime(args, ctx);
    readPostmortemOn(args, ctx);
  }
};

export {
  ALERT_LANGUAGES,
  readAlertConfig,
  alertClients,
  loadRunbooks,
  alertCommand
};
