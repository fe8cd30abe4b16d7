import {
  HOLIDAY_CALENDARS,
  holidayCalendar
} from "./chunk-7MOYVLTJ.js";
import {
  PAGERDUTY_OPTIONS,
  SLACK_OPTIONS
} from "./chunk-FUDV2S3G.js";
import {
  loadRunbooks
} from "./chunk-BDV5JWSK.js";
import "./chunk-BEQWSHHF.js";
import {
  flag,
  list,
  optionLabel,
  optionalString,
  requiredString
} from "./chunk-ITXU4ZJA.js";
import "./chunk-GUVNCUNR.js";
import "./chunk-DTQ542JL.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import {
  localParts,
  parseHandover,
  validateTimeZone,
  zonedInstant
} from "./chunk-KR57FXBU.js";
import "./chunk-GCNY4AAF.js";
import "./chunk-QB6QIQAD.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:fs/promises#src/commands/report.ts
var m = builtin("node:fs/promises");
var mkdir = m.mkdir;
var writeFile = m.writeFile;

// node-builtin:node:path#src/commands/report.ts
var m2 = builtin("node:path");
var report_default = m2;

// src/commands/report.ts
var DAY_MS = 864e5;
var MAX_PERIOD_DAYS = 366;
function parseReportTime(value, now, timeZone, label) {
  const text = value.trim();
  if (text === "today") {
    const local = localParts(now, timeZone);
    return zonedInstant({ year: local.year, month: local.month, day: local.day }, "00:00", timeZone);
  }
  const days = /^(\d{1,3})d$/.exec(text);
  if (days) return new Date(now.getTime() - Number(days[1]) * DAY_MS);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) {
    return zonedInstant(
      { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) },
      "00:00",
      timeZone
    );
  }
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(text) && !Number.isNaN(Date.parse(text))) {
    return new Date(Date.parse(text));
  }
  throw new ConfigError(
    `Invalid ${label}: expected a number of days such as "7d", a date such as "2026-11-02" (midnight in the time zone) or a date-time with a zone such as "2026-11-02T09:00:00+09:00", found ${JSON.stringify(value)}.`
  );
}
function readWorkingHours(value, label) {
  const m3 = /^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(value.trim());
  if (m3) {
    const start = parseHandover(m3[1], label);
    const end = parseHandover(m3[2], label);
    if (start.hour * 60 + start.minute < end.hour * 60 + end.minute) {
      const hhmm = (t) => `${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;
      return { start: hhmm(start), end: hhmm(end) };
    }
  }
  throw new ConfigError(
    `Invalid ${label}: expected HH:MM-HH:MM with the start first, e.g. "09:00-18:00", found ${JSON.stringify(value)}.`
  );
}
async function run(args, ctx) {
  const label = (name) => optionLabel(ctx, name);
  const timeZone = validateTimeZone(optionalString(args, "timezone") ?? "UTC", label("timezone"));
  const now = ctx.clock.now();
  const untilText = optionalString(args, "until");
  const until = untilText === void 0 ? now : parseReportTime(untilText, now, timeZone, label("until"));
  const since = parseReportTime(
    requiredString(args, ctx, "since", 'a number of days such as "7d" or a date'),
    until,
    timeZone,
    label("since")
  );
  if (until.getTime() <= since.getTime()) {
    throw new ConfigError(
      `${label("until")} (${until.toISOString()}) must be after ${label("since")} (${since.toISOString()}).`
    );
  }
  if (until.getTime() - since.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    throw new ConfigError(
      `The period is longer than ${MAX_PERIOD_DAYS} days: shorten ${label("since")} or ${label("until")}.`
    );
  }
  const holidaysRaw = optionalString(args, "holidays");
  const calendar = holidaysRaw === void 0 ? void 0 : holidayCalendar(holidaysRaw);
  if (holidaysRaw !== void 0 && calendar === void 0) {
    throw new ConfigError(
      `Invalid ${label("holidays")}: expected one of ${HOLIDAY_CALENDARS.join(", ")}, found ${JSON.stringify(holidaysRaw)}.`
    );
  }
  const holidays = calendar ? [calendar] : [];
  const workingHours = readWorkingHours(
    optionalString(args, "working-hours") ?? "09:00-18:00",
    label("working-hours")
  );
  const channel = optionalString(args, "channel");
  const dryRun = flag(args, "dry-run");
  const pdToken = optionalString(args, "pagerduty-token") ?? "";
  if (pdToken === "") {
    throw new ConfigError(
      `Missing PagerDuty API token: set ${ctx.surface === "cli" ? "PAGERDUTY_TOKEN" : 'input "pagerduty-token"'} (a read-only REST API key is enough).`
    );
  }
  const slackToken = optionalString(args, "slack-bot-token");
  if (channel !== void 0 && !dryRun && slackToken === void 0) {
    throw new ConfigError(
      `Missing Slack bot token for ${label("channel")}: set ${ctx.surface === "cli" ? "SLACK_BOT_TOKEN" : 'input "slack-bot-token"'}, or use ${label("dry-run")}.`
    );
  }
  const runbooks = await loadRunbooks(args, ctx);
  if (runbooks === null) return { exitCode: 1 };
  const [{ createPagerDutyClient }, { createMatcher }, { runReport }] = await Promise.all([
    import("./client-JJATR2GF.js"),
    import("./matcher-UFQCOFJN.js"),
    import("./run-NC3XZJX2.js")
  ]);
  const pdUrl = optionalString(args, "pagerduty-api-url");
  const pagerduty = createPagerDutyClient({
    token: pdToken,
    clock: ctx.clock,
    log: ctx.log,
    ...pdUrl !== void 0 ? { apiUrl: pdUrl } : {}
  });
  let slack;
  if (slackToken !== void 0 && channel !== void 0 && !dryRun) {
    const { createSlackClient } = await import("./client-2Z77S6QO.js");
    const slackUrl = optionalString(args, "slack-api-url");
    slack = createSlackClient({
      token: slackToken,
      clock: ctx.clock,
      log: ctx.log,
      ...slackUrl !== void 0 ? { apiUrl: slackUrl } : {}
    });
  }
  const result = await runReport(
    { pagerduty, matcher: createMatcher(runbooks), log: ctx.log, now, ...slack ? { slack } : {} },
    {
      period: { since, until },
      serviceIds: list(args, "service"),
      timeZone,
      holidays,
      workingHours,
      ...channel !== void 0 ? { channel } : {},
      dryRun
    }
  );
  const out = optionalString(args, "out");
  if (out !== void 0) {
    const dir = report_default.resolve(ctx.cwd, out);
    await mkdir(dir, { recursive: true });
    await writeFile(report_default.join(dir, "report.md"), result.markdown);
    await writeFile(report_default.join(dir, "report.json"), `${result.json}
`);
    ctx.log.info(`Wrote ${report_default.join(out, "report.md")} and ${report_default.join(out, "report.json")}.`);
  }
  ctx.stdout(flag(args, "json") ? `${result.json}
` : `${result.markdown}
`);
  if (result.post === "dry-run") ctx.stdout(`
Slack summary (not sent):
${result.slackText}
`);
  ctx.summary?.addMarkdown(result.markdown);
  ctx.setOutput("api-calls", String(result.meta.apiCalls));
  ctx.setOutput("incidents", String(result.figures.team.count));
  if (result.posted) ctx.setOutput("message-ts", result.posted.ts);
  return { exitCode: 0 };
}
var reportCommand = {
  name: "report",
  summary: "Report MTTA, MTTR and runbook coverage for a period from PagerDuty",
  usage: "oncall report --since <date|Nd> [--until <date>] [--service <id>,\u2026] [--index <file> | --dir runbooks] [--json] [--out <dir>] [--channel <id>] [--dry-run]",
  description: [
    "Reads the period's incidents and their timelines (and the previous period's, for the trend) from PagerDuty",
    "with list calls, matches each title with the runbooks as the alert path does, and prints a Markdown report",
    "(or --json). With --channel, posts a compact summary to Slack once per period. Definitions: docs/insights.md."
  ].join("\n"),
  options: [
    {
      name: "since",
      type: "string",
      description: 'Start: "7d" (days before --until), a date (midnight in --timezone) or a date-time'
    },
    {
      name: "until",
      type: "string",
      description: 'End (exclusive): "today" (midnight in --timezone), a date or a date-time; default now'
    },
    { name: "service", type: "list", description: "Only these PagerDuty service IDs (comma-separated)" },
    { name: "index", type: "string", description: 'Index file built by "oncall build"' },
    {
      name: "dir",
      type: "string",
      description: "Runbooks directory to validate and match against",
      default: "runbooks"
    },
    {
      name: "timezone",
      type: "string",
      description: "IANA time zone of the team, e.g. Asia/Tokyo",
      default: "UTC"
    },
    {
      name: "holidays",
      type: "string",
      description: "Public holiday calendar: jp (report: holidays count as outside working hours; shift: skipped, implies --business-days-only)"
    },
    {
      name: "working-hours",
      type: "string",
      description: "Working hours in --timezone",
      default: "09:00-18:00"
    },
    {
      name: "channel",
      type: "string",
      description: "Slack channel ID for the summary (posted once per period)"
    },
    { name: "out", type: "string", description: "Directory to write report.md and report.json to" },
    {
      name: "json",
      type: "boolean",
      cliOnly: true,
      description: "Print the versioned JSON report instead of Markdown"
    },
    { name: "dry-run", type: "boolean", description: "Print the Slack summary instead of posting it" },
    ...PAGERDUTY_OPTIONS,
    ...SLACK_OPTIONS
  ],
  run
};
export {
  parseReportTime,
  reportCommand
};
