import {
  ALERT_LANGUAGES,
  alertClients,
  loadRunbooks,
  readAlertConfig
} from "./chunk-BSLGTSHU.js";
import "./chunk-POBAGXVS.js";
import "./chunk-3G7A4P5O.js";
import {
  PAGERDUTY_OPTIONS,
  SLACK_OPTIONS,
  githubOptions,
  indexLocationOptions
} from "./chunk-FUDV2S3G.js";
import "./chunk-63RUTUG4.js";
import {
  REMIND_AFTER_RANGE,
  parseDurationSeconds
} from "./chunk-7U377EUR.js";
import {
  ConfigProblems,
  choice,
  optionLabel,
  optionalString
} from "./chunk-ITXU4ZJA.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// src/commands/remind.ts
function readRemindConfig(args, ctx) {
  const problems = new ConfigProblems();
  const label = (name) => optionLabel(ctx, name);
  const base = problems.read(() => readAlertConfig(args, ctx), {
    channel: "",
    dryRun: false,
    pdToken: void 0,
    slackToken: void 0
  });
  const afterText = optionalString(args, "remind-after");
  let defaultRemindAfterSeconds;
  if (afterText !== void 0) {
    const seconds = parseDurationSeconds(afterText);
    if (seconds === void 0 || seconds < REMIND_AFTER_RANGE.min || seconds > REMIND_AFTER_RANGE.max) {
      problems.add(
        `Invalid ${label("remind-after")}: expected a duration from 1m to 24h such as "10m" (a whole number and s, m or h), found ${JSON.stringify(afterText)}.`
      );
    } else defaultRemindAfterSeconds = seconds;
  }
  const maxReminders = wholeNumber(args, ctx, problems, "max-reminders", 1, 10, 3);
  const language = problems.read(() => choice(args, ctx, "language", ALERT_LANGUAGES, "en"), "en");
  const lookbackHours = wholeNumber(args, ctx, problems, "lookback-hours", 1, 168, 24);
  const userGroupId = optionalString(args, "remind-user-group");
  if (userGroupId !== void 0 && !/^S[A-Z0-9]{2,}$/.test(userGroupId)) {
    problems.add(
      `Invalid ${label("remind-user-group")}: expected a Slack user group ID such as "S0123ABCD" (the group's page \u2192 \u22EF \u2192 Copy group ID), found ${JSON.stringify(userGroupId)}.`
    );
  }
  problems.check();
  return {
    ...base,
    maxReminders,
    lookbackHours,
    language,
    ...defaultRemindAfterSeconds !== void 0 ? { defaultRemindAfterSeconds } : {},
    ...userGroupId !== void 0 ? { userGroupId } : {}
  };
}
function wholeNumber(args, ctx, problems, name, min, max, fallback) {
  const text = optionalString(args, name);
  if (text === void 0) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    problems.add(
      `Invalid ${optionLabel(ctx, name)}: expected a whole number from ${min} to ${max}, found ${JSON.stringify(text)}.`
    );
    return fallback;
  }
  return value;
}
async function run(args, ctx) {
  const config = readRemindConfig(args, ctx);
  const [{ runRemindSweep }, { pagerduty, slack, users }] = await Promise.all([
    import("./remind-O4276ZUB.js"),
    alertClients(
      args,
      ctx,
      config,
      "A dry run without SLACK_BOT_TOKEN cannot read the incident threads in Slack."
    )
  ]);
  let loading;
  const runbooks = () => loading ??= loadRunbooks(args, ctx);
  const result = await runRemindSweep(
    {
      pagerduty,
      slack,
      users,
      runbooks,
      clock: ctx.clock,
      log: ctx.log
    },
    {
      channel: config.channel,
      maxReminders: config.maxReminders,
      lookbackHours: config.lookbackHours,
      dryRun: config.dryRun,
      language: config.language,
      ...config.defaultRemindAfterSeconds !== void 0 ? { defaultRemindAfterSeconds: config.defaultRemindAfterSeconds } : {},
      ...config.userGroupId ? { userGroupId: config.userGroupId } : {}
    }
  );
  if (config.dryRun) for (const m of result.messages) ctx.stdout(`${JSON.stringify(m, null, 2)}
`);
  ctx.setOutput("reminded", String(result.reminded.length));
  ctx.setOutput("next-due-at", result.nextDueAt?.toISOString() ?? "");
  const line = `${config.dryRun ? "would remind" : "reminded"} ${result.reminded.length} of ${result.checked} open incident(s)${result.nextDueAt ? `; next reminder due ${result.nextDueAt.toISOString()}` : ""}`;
  ctx.log.info(line);
  if (ctx.surface === "cli") ctx.stdout(`${line}
`);
  ctx.summary?.addMarkdown(
    `### Reminders

${result.reminded.length} sent, ${result.checked} open incident(s) looked at` + (result.undone.length > 0 ? `, **${result.undone.length} left undone**` : "") + "."
  );
  for (const gap of result.undone) ctx.log.error(`Left undone: ${gap}. The next sweep tries again.`);
  return { exitCode: result.undone.length > 0 ? 1 : 0 };
}
var remindCommand = {
  name: "remind",
  summary: "Remind unacknowledged incidents in their Slack threads (one sweep; run it on a schedule)",
  usage: "oncall remind --channel <id> [--remind-after 10m] [--max-reminders 3] [--remind-user-group S0123ABCD] [--lookback-hours 24] [--index <file> | --dir runbooks] [--dry-run]",
  description: "Lists PagerDuty's triggered incidents created in the last --lookback-hours, finds each one's thread through Slack message metadata and, when nobody has acknowledged it for its runbook's remind_after (or --remind-after), replies with a reminder mentioning who is on call for it now; from the third reminder on also the --remind-user-group. At most --max-reminders per incident, each remind_after after the one before; a late sweep sends only the reminder that is due. PagerDuty is read again before each reminder: never after an acknowledgement or resolution. Exits 1 when PagerDuty or Slack could not be read (the next sweep does the rest). Environment: PAGERDUTY_TOKEN, SLACK_BOT_TOKEN.",
  options: [
    { name: "channel", type: "string", description: "Slack channel ID to post in, e.g. C0123ABCD" },
    {
      name: "remind-after",
      type: "string",
      description: "Remind when an incident is unacknowledged this long and its runbook has no remind_after (e.g. 10m); unset: only runbooks' remind_after"
    },
    {
      name: "max-reminders",
      type: "string",
      description: "Most reminders per incident",
      default: "3"
    },
    {
      name: "remind-user-group",
      type: "string",
      description: "Slack user group ID (e.g. the @oncall group, S0123ABCD) mentioned from the third reminder on"
    },
    {
      name: "lookback-hours",
      type: "string",
      description: "Open incidents created this many hours ago at most are reminded",
      default: "24"
    },
    { name: "index", type: "string", description: 'Runbook index file built by "oncall build"' },
    { name: "dir", type: "string", description: "Runbooks directory (validated, then matched)" },
    ...indexLocationOptions(),
    {
      name: "user-map",
      type: "string",
      description: "YAML/JSON file mapping PagerDuty emails or user IDs to Slack emails or user IDs"
    },
    { name: "language", type: "string", description: "Message language: en or ja", default: "en" },
    { name: "dry-run", type: "boolean", description: "Print the message; post, update and escalate nothing" },
    ...PAGERDUTY_OPTIONS,
    ...SLACK_OPTIONS,
    ...githubOptions(
      "Token that can read the repository, for the published index (in a workflow: github.token)"
    )
  ],
  run,
  check: (args, ctx) => void readRemindConfig(args, ctx)
};
export {
  remindCommand
};
