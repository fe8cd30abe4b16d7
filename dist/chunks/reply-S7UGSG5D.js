import {
  PAGERDUTY_OPTIONS,
  SLACK_OPTIONS
} from "./chunk-FUDV2S3G.js";
import {
  ConfigProblems,
  optionLabel,
  optionalString,
  requiredString
} from "./chunk-ITXU4ZJA.js";
import "./chunk-OSEZHEJR.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:fs/promises#src/commands/reply.ts
var m = builtin("node:fs/promises");
var open = m.open;

// node-builtin:node:path#src/commands/reply.ts
var m2 = builtin("node:path");
var reply_default = m2;

// src/commands/reply.ts
var MAX_OUTPUT_FILE_BYTES = 256 * 1024;
function readReplyConfig(args, ctx) {
  const problems = new ConfigProblems();
  const incident = problems.read(() => {
    const value = requiredString(args, ctx, "incident", "the PagerDuty incident ID (e.g. Q1ABCDEF2GHIJK)");
    if (!/^[A-Z0-9]{2,32}$/i.test(value)) {
      throw new ConfigError(
        `Invalid ${optionLabel(ctx, "incident")}: expected a PagerDuty incident ID such as "Q1ABCDEF2GHIJK", found ${JSON.stringify(value)}.`
      );
    }
    return value;
  }, "");
  const channel = problems.read(() => {
    const value = requiredString(args, ctx, "channel", "the Slack channel ID the incident was posted to");
    if (!/^[CGD][A-Z0-9]{2,}$/.test(value)) {
      throw new ConfigError(
        `Invalid ${optionLabel(ctx, "channel")}: expected a Slack channel ID such as "C0123ABCD", found ${JSON.stringify(value)}.`
      );
    }
    return value;
  }, "");
  const text = optionalString(args, "text");
  const file = optionalString(args, "file");
  if (text === void 0 === (file === void 0)) {
    problems.add(
      `Give exactly one of ${optionLabel(ctx, "text")} (the output itself) and ${optionLabel(ctx, "file")} (a file holding it), found ${text === void 0 ? "neither" : "both"}.`
    );
  }
  const pdToken = optionalString(args, "pagerduty-token");
  const slackToken = optionalString(args, "slack-bot-token");
  if (pdToken === void 0 || slackToken === void 0) {
    problems.add(
      `Missing ${[pdToken === void 0 ? "PAGERDUTY_TOKEN" : "", slackToken === void 0 ? "SLACK_BOT_TOKEN" : ""].filter(Boolean).join(" and ")}: a PagerDuty REST API key (read access, to find when the incident began) and a Slack bot token with chat:write and channels:history.`
    );
  }
  problems.check();
  return { incident, channel, text, file, pdToken, slackToken };
}
async function readOutput(config, ctx) {
  if (config.text !== void 0) return { output: config.text };
  const file = reply_default.resolve(ctx.cwd, config.file);
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw new ConfigError(
      `Cannot read ${optionLabel(ctx, "file")} ${config.file}: ${error.message}. Write the diagnostic's output to that file first.`,
      { cause: error }
    );
  }
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, MAX_OUTPUT_FILE_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const output = buffer.subarray(0, bytesRead).toString("utf8").replace(/\uFFFD$/, "");
    return size > bytesRead ? { output, totalChars: Math.max(size, output.length) } : { output };
  } finally {
    await handle.close();
  }
}
function runFromEnv(env) {
  const id = env.GITHUB_RUN_ID;
  if (!id || !/^\d+$/.test(id)) return void 0;
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  const run2 = {
    id,
    attempt: Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : 1,
    job: env.GITHUB_JOB || "job"
  };
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const repository = env.GITHUB_REPOSITORY;
  if (repository && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
    run2.url = `${server}/${repository}/actions/runs/${id}${run2.attempt > 1 ? `/attempts/${run2.attempt}` : ""}`;
  }
  return run2;
}
async function run(args, ctx) {
  const config = readReplyConfig(args, ctx);
  const [
    { replyWithDiagnostic, UnknownIncidentError },
    { createPagerDutyClient, PagerDutyNotFoundError },
    { createSlackClient }
  ] = await Promise.all([
    import("./reply-run-TWR65NKL.js"),
    import("./client-JJATR2GF.js"),
    import("./client-2Z77S6QO.js")
  ]);
  const { output, totalChars } = await readOutput(config, ctx);
  const pdUrl = optionalString(args, "pagerduty-api-url");
  const slackUrl = optionalString(args, "slack-api-url");
  const pagerduty = createPagerDutyClient({
    token: config.pdToken,
    ...pdUrl ? { apiUrl: pdUrl } : {},
    clock: ctx.clock,
    log: ctx.log
  });
  const slack = createSlackClient({
    token: config.slackToken,
    ...slackUrl ? { apiUrl: slackUrl } : {},
    clock: ctx.clock,
    log: ctx.log
  });
  const runInfo = runFromEnv(ctx.env);
  const title = optionalString(args, "title") ?? (ctx.env.GITHUB_WORKFLOW || "diagnostic");
  try {
    const result = await replyWithDiagnostic(
      { pagerduty, slack, log: ctx.log },
      {
        channel: config.channel,
        incidentId: config.incident,
        output,
        ...totalChars !== void 0 ? { totalChars } : {},
        title,
        ...runInfo ? { run: runInfo } : {}
      }
    );
    ctx.setOutput("message-ts", result.ts);
    ctx.setOutput("thread-ts", result.threadTs);
    ctx.setOutput("action", result.action);
    if (ctx.surface === "cli")
      ctx.stdout(`${result.action} ts=${result.ts}${result.trimmed ? " (trimmed)" : ""}
`);
    return { exitCode: 0 };
  } catch (error) {
    if (error instanceof PagerDutyNotFoundError) {
      ctx.log.error(
        `PagerDuty has no incident ${config.incident} (${error.message}); check the incident input the diagnostic was dispatched with.`
      );
      return { exitCode: 1 };
    }
    if (error instanceof UnknownIncidentError) {
      ctx.log.error(error.message);
      return { exitCode: 1 };
    }
    throw error;
  }
}
var replyCommand = {
  name: "reply",
  summary: "Post a diagnostic's output into its incident's Slack thread",
  usage: "oncall reply --incident <id> --channel <id> (--text <output> | --file <path>) [--title <name>]",
  description: [
    "Posts a diagnostic workflow's output as one reply in the incident's thread: escaped, in code blocks, trimmed to",
    "Slack's limits with a note saying how much is shown, and linked to the workflow run (GITHUB_SERVER_URL,",
    "GITHUB_REPOSITORY, GITHUB_RUN_ID). The thread is found from the incident's creation in PagerDuty. In Actions the",
    "reply is kept once per run and job: a step that runs again posts nothing, a re-run replaces the output in place.",
    "Exits 1 when PagerDuty has no such incident or the channel holds no message for it.",
    "Environment: PAGERDUTY_TOKEN, SLACK_BOT_TOKEN, PAGERDUTY_API_URL, SLACK_API_URL."
  ].join("\n"),
  options: [
    {
      name: "incident",
      type: "string",
      description: "PagerDuty incident ID (the diagnostic's incident_id input)"
    },
    { name: "channel", type: "string", description: "Slack channel ID to post in, e.g. C0123ABCD" },
    { name: "text", type: "string", description: "The diagnostic's output" },
    {
      name: "file",
      type: "string",
      description: "File holding the diagnostic's output; the first 256 KB are read"
    },
    {
      name: "title",
      type: "string",
      description: "Name shown above the output (default: the workflow name, GITHUB_WORKFLOW)"
    },
    ...PAGERDUTY_OPTIONS,
    ...SLACK_OPTIONS
  ],
  run,
  check: (args, ctx) => void readReplyConfig(args, ctx)
};
export {
  MAX_OUTPUT_FILE_BYTES,
  replyCommand,
  runFromEnv
};
