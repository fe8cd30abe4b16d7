import {
  POSTMORTEM_OPTIONS
} from "./chunk-POBAGXVS.js";
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
  flag,
  optionLabel,
  optionalString,
  requiredString
} from "./chunk-ITXU4ZJA.js";
import "./chunk-OSEZHEJR.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// src/commands/postmortem.ts
function readConfig(args, ctx) {
  const problems = new ConfigProblems();
  const incidentId = problems.read(() => {
    const value = requiredString(args, ctx, "incident", "the PagerDuty incident ID (e.g. Q1A2B3C4D5E6F7)");
    if (!/^[A-Za-z0-9]{2,32}$/.test(value)) {
      throw new ConfigError(
        `Invalid ${optionLabel(ctx, "incident")}: expected a PagerDuty incident ID such as "Q1A2B3C4D5E6F7" (the last part of the incident's URL), found ${JSON.stringify(value)}.`
      );
    }
    return value;
  }, "");
  const dryRun = flag(args, "dry-run");
  const missing = [
    optionalString(args, "pagerduty-token") === void 0 ? "PAGERDUTY_TOKEN" : "",
    !dryRun && optionalString(args, "github-token") === void 0 ? "GITHUB_TOKEN" : "",
    !dryRun && optionalString(args, "repository") === void 0 ? "GITHUB_REPOSITORY" : ""
  ].filter(Boolean);
  if (missing.length > 0) {
    problems.add(
      `Missing ${missing.join(", ")}: a PagerDuty REST API key (read access), and a GitHub token with \`contents: write\` and \`pull-requests: write\` on the repository (owner/repo) that keeps the postmortems.`
    );
  }
  const when = problems.read(
    () => parseTrigger(optionalString(args, "postmortem-on") ?? "", optionLabel(ctx, "postmortem-on")),
    void 0
  );
  problems.check();
  return { incidentId, dryRun, when };
}
async function clients(args, ctx) {
  const { createPagerDutyClient } = await import("./client-JJATR2GF.js");
  const pagerduty = createPagerDutyClient({
    token: optionalString(args, "pagerduty-token") ?? "",
    ...optionalString(args, "pagerduty-api-url") ? { apiUrl: optionalString(args, "pagerduty-api-url") } : {},
    clock: ctx.clock,
    log: ctx.log
  });
  const slackToken = optionalString(args, "slack-bot-token");
  if (slackToken === void 0) return { pagerduty };
  const { createSlackClient } = await import("./client-2Z77S6QO.js");
  const slack = createSlackClient({
    token: slackToken,
    ...optionalString(args, "slack-api-url") ? { apiUrl: optionalString(args, "slack-api-url") } : {},
    clock: ctx.clock,
    log: ctx.log
  });
  return { pagerduty, slack };
}
async function run(args, ctx) {
  const { incidentId, dryRun, when } = readConfig(args, ctx);
  const [{ runPostmortem }, { pagerduty, slack }, { github, runbook }] = await Promise.all([
    import("./run-PQY5GT3B.js"),
    clients(args, ctx),
    import("./postmortem-draft-A5GVCKNL.js").then(async ({ draftDeps }) => {
      const { loadRunbooks } = await import("./alert-XMEFNPEM.js");
      return draftDeps(args, ctx, () => loadRunbooks(args, ctx));
    })
  ]);
  const channel = optionalString(args, "channel");
  if (!channel || !slack) {
    ctx.log.warning(
      `No ${!channel ? optionLabel(ctx, "channel") : "SLACK_BOT_TOKEN"}: the draft is written without the Slack thread, and no link is posted.`
    );
  }
  const result = await runPostmortem(
    { pagerduty, github, log: ctx.log, runbook, ...slack ? { slack } : {} },
    {
      incidentId,
      dryRun,
      ...when ? { when } : {},
      dir: optionalString(args, "postmortem-dir") ?? "postmortems",
      templatePath: optionalString(args, "postmortem-template") ?? "postmortems/TEMPLATE.md",
      ...channel ? { channel } : {}
    }
  );
  if (dryRun && result.markdown !== void 0) ctx.stdout(`${result.path}

${result.markdown}`);
  ctx.setOutput("action", result.action);
  ctx.setOutput("pull-request-url", result.pull?.htmlUrl ?? "");
  ctx.setOutput("postmortem-path", result.path ?? "");
  if (ctx.surface === "cli" && !dryRun) {
    ctx.stdout(`${result.action}${result.pull ? ` ${result.pull.htmlUrl}` : ""} ${result.path ?? ""}
`);
  }
  if (result.pull) {
    ctx.summary?.addMarkdown(
      `### Postmortem draft

[Pull request #${result.pull.number}](${result.pull.htmlUrl}): \`${result.path ?? ""}\` (${result.action})`
    );
  }
  return { exitCode: 0 };
}
var postmortemCommand = {
  name: "postmortem",
  summary: "Open (or update) one pull request with a postmortem draft for a PagerDuty incident",
  usage: "oncall postmortem --incident <id> [--channel <id>] [--postmortem-dir postmortems] [--postmortem-template postmortems/TEMPLATE.md] [--index <file> | --dir runbooks] [--dry-run]",
  description: "Reads the incident, its timeline and notes from PagerDuty, its Slack thread (authors by name, links kept) and the runbook it matched, fills the repository template (or the built-in one) and keeps one pull request per incident on the branch postmortem/<incident id> with postmortems/YYYY-MM-DD-<alert>.md. A re-run updates that pull request, and the file while nobody has edited it; a closed or merged pull request is left alone. The pull request's link is posted once in the incident's thread. Needs GITHUB_TOKEN with contents: write and pull-requests: write, PAGERDUTY_TOKEN, and SLACK_BOT_TOKEN for the thread.",
  options: [
    { name: "incident", type: "string", description: "PagerDuty incident ID, e.g. Q1A2B3C4D5E6F7" },
    { name: "channel", type: "string", description: "Slack channel ID to post in, e.g. C0123ABCD" },
    {
      name: "postmortem-on",
      type: "string",
      description: 'Draft only when the incident is resolved and meets one of: "urgency:high, priority:P1, runbook:<id>" (default: always)'
    },
    ...POSTMORTEM_OPTIONS,
    { name: "index", type: "string", description: 'Runbook index file built by "oncall build"' },
    { name: "dir", type: "string", description: "Runbooks directory (validated, then matched)" },
    ...indexLocationOptions(),
    { name: "dry-run", type: "boolean", description: "Print the draft; write and post nothing" },
    ...PAGERDUTY_OPTIONS,
    ...SLACK_OPTIONS,
    ...githubOptions("GitHub token with `contents: write` and `pull-requests: write` on the repository")
  ],
  run,
  check: (args, ctx) => void readConfig(args, ctx)
};
export {
  postmortemCommand
};
