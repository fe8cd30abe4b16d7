import {
  HOLIDAY_CALENDARS,
  holidayCalendar
} from "./chunk-7MOYVLTJ.js";
import {
  SHIFT_LANGUAGES
} from "./chunk-AXKDROFG.js";
import {
  PAGERDUTY_OPTIONS,
  SLACK_OPTIONS
} from "./chunk-FUDV2S3G.js";
import {
  ConfigProblems,
  choice,
  flag,
  list,
  optionLabel,
  optionalString,
  requiredString
} from "./chunk-ITXU4ZJA.js";
import "./chunk-OSEZHEJR.js";
import {
  DEFAULT_UPCOMING_WITHIN_MS,
  parseDuration,
  parseHandover,
  validateTimeZone,
  zonedInstant
} from "./chunk-KR57FXBU.js";
import "./chunk-GCNY4AAF.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:path#src/commands/shift.ts
var m = builtin("node:path");
var shift_default = m;

// src/commands/shift.ts
function readShiftSettings(args, ctx, callerProblems) {
  const problems = callerProblems ?? new ConfigProblems();
  const label = (name) => optionLabel(ctx, name);
  const scheduleIds = list(args, "schedule");
  const escalationPolicyIds = list(args, "escalation-policy");
  if (scheduleIds.length === 0 && escalationPolicyIds.length === 0) {
    problems.add(
      `Missing ${label("schedule")} or ${label("escalation-policy")}: expected one or more PagerDuty IDs such as "PABC123" (comma-separated).`
    );
  }
  const levels = list(args, "levels").flatMap((raw) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > 20) {
      problems.add(
        `Invalid ${label("levels")}: expected escalation levels such as "1,2", found ${JSON.stringify(raw)}.`
      );
      return [];
    }
    return [n];
  });
  if (levels.length > 0 && escalationPolicyIds.length === 0) {
    problems.add(`${label("levels")} applies to escalation policies: add ${label("escalation-policy")}.`);
  }
  const channel = problems.read(() => readShiftChannels(args, ctx)[0], "");
  const timeZone = problems.read(
    () => validateTimeZone(
      requiredString(args, ctx, "timezone", 'an IANA time zone such as "Asia/Tokyo"'),
      label("timezone")
    ),
    "UTC"
  );
  const handover = problems.read(
    () => parseHandover(requiredString(args, ctx, "handover", 'a time HH:MM such as "10:00"'), label("handover")).text,
    "00:00"
  );
  const holidaysRaw = optionalString(args, "holidays");
  let holidays = [];
  if (holidaysRaw !== void 0) {
    const calendar = holidayCalendar(holidaysRaw);
    if (calendar === void 0) {
      problems.add(
        `Invalid ${label("holidays")}: expected one of ${HOLIDAY_CALENDARS.join(", ")}, found ${JSON.stringify(holidaysRaw)}.`
      );
    } else {
      holidays = [calendar];
    }
  }
  const upcomingRaw = optionalString(args, "upcoming-within");
  const atRaw = optionalString(args, "at");
  const intro = optionalString(args, "intro");
  const userGroup = optionalString(args, "user-group");
  if (userGroup !== void 0 && !/^S[A-Z0-9]+$/.test(userGroup)) {
    problems.add(
      `Invalid ${label("user-group")}: expected a Slack user group ID such as "S0123ABCD", found ${JSON.stringify(userGroup)}.`
    );
  }
  const language = problems.read(() => choice(args, ctx, "language", SHIFT_LANGUAGES, "en"), "en");
  const upcomingWithinMs = problems.read(
    () => upcomingRaw === void 0 ? DEFAULT_UPCOMING_WITHIN_MS : parseDuration(upcomingRaw, label("upcoming-within")),
    DEFAULT_UPCOMING_WITHIN_MS
  );
  const at = atRaw === void 0 ? void 0 : problems.read(() => parseAt(atRaw, timeZone, handover, label("at")), void 0);
  if (!callerProblems) problems.check();
  return {
    targets: { scheduleIds, escalationPolicyIds, levels },
    channel,
    timeZone,
    handover,
    language,
    ...intro !== void 0 ? { intro } : {},
    // A holiday calendar only means something for business days: giving one turns the option on.
    businessDaysOnly: flag(args, "business-days-only") || holidays.length > 0,
    holidays,
    ...userGroup !== void 0 ? { userGroup } : {},
    updateTopic: flag(args, "update-topic"),
    handoverNotice: flag(args, "handover-notice"),
    upcomingWithinMs,
    ...at !== void 0 ? { at } : {},
    dryRun: flag(args, "dry-run")
  };
}
function readShiftChannels(args, ctx) {
  const label = optionLabel(ctx, "channel");
  const raw = requiredString(args, ctx, "channel", 'a Slack channel ID such as "C0123ABCD"');
  const channels = raw.split(",").map((c) => c.trim()).filter((c) => c !== "");
  const wrong = channels.filter((c) => !/^[CGD][A-Z0-9]+$/.test(c));
  if (channels.length === 0 || wrong.length > 0) {
    throw new ConfigError(
      `Invalid ${label}: expected a Slack channel ID such as "C0123ABCD", or several separated by commas (channel details \u2192 About \u2192 Channel ID), found ${wrong.length > 0 ? wrong.map((c) => JSON.stringify(c)).join(", ") : JSON.stringify(raw)}.`
    );
  }
  return [...new Set(channels)];
}
function parseAt(value, timeZone, handover, label = 'input "at"') {
  const v = value.trim();
  const m2 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(v);
  const bad = () => new ConfigError(
    `Invalid ${label}: expected an ISO date-time such as "2026-06-05T09:59:59+09:00", a wall time in the shift's zone ("2026-06-05T09:59") or a date ("2026-06-05"), found ${JSON.stringify(value)}.`
  );
  if (!m2) throw bad();
  if (m2[7] !== void 0 || m2[4] === void 0) {
    if (m2[4] === void 0) {
      if (m2[7] !== void 0) throw bad();
      return zonedInstant({ year: Number(m2[1]), month: Number(m2[2]), day: Number(m2[3]) }, handover, timeZone);
    }
    const d = new Date(v);
    if (Number.isNaN(d.getTime())) throw bad();
    return d;
  }
  const date = { year: Number(m2[1]), month: Number(m2[2]), day: Number(m2[3]) };
  if (Number(m2[4]) > 23 || Number(m2[5]) > 59 || Number(m2[6] ?? 0) > 59 || date.month > 12 || date.day > 31)
    throw bad();
  const base = zonedInstant(date, `${m2[4]}:${m2[5]}`, timeZone);
  return new Date(base.getTime() + Number(m2[6] ?? 0) * 1e3);
}
function postPayload(result) {
  const m2 = result.message;
  if (!m2) return void 0;
  return {
    channel: m2.channel,
    text: m2.text,
    ...m2.blocks ? { blocks: m2.blocks } : {},
    ...m2.metadata ? { metadata: { event_type: m2.metadata.eventType, event_payload: m2.metadata.payload } } : {}
  };
}
function summaryMarkdown(result) {
  const lines = [`### On-call shift ${result.window.shiftDate} (${result.window.timeZone})`, ""];
  const status = {
    posted: "Posted",
    "already-posted": "Already posted earlier: nothing posted",
    updated: "Replaced the earlier nobody-on-call warning",
    skipped: `Skipped: ${result.reason ?? ""}`,
    nobody: ":warning: Nobody on call: warning posted, job failed",
    "dry-run": "Dry run: nothing sent to Slack",
    "in-progress": ":warning: Another run is posting this shift; its post did not appear in time: job failed"
  };
  lines.push(
    `**${status[result.status]}**${result.permalink ? ` \u2014 [message](${result.permalink})` : ""}`,
    ""
  );
  if (result.repaired && result.repaired.length > 0) {
    lines.push(`Completed what an earlier run left undone: ${result.repaired.join(", ")}`, "");
  }
  if (result.lookupFailed.length > 0) {
    lines.push(
      `:warning: Slack lookup failed for ${result.lookupFailed.map((u) => u.name).join(", ")}: shown by name, not notified; the user group kept its members; job failed so the backup run completes it`,
      ""
    );
  }
  if (result.unmapped.length > 0) {
    lines.push(
      `Shown by name (no Slack account found): ${result.unmapped.map((u) => u.name).join(", ")}`,
      ""
    );
  }
  if (result.preview) lines.push("```text", result.preview.trimEnd(), "```", "");
  return lines.join("\n");
}
function readShiftConfig(args, ctx) {
  const problems = new ConfigProblems();
  const settings = readShiftSettings(args, ctx, problems);
  const pdToken = optionalString(args, "pagerduty-token") ?? "";
  const slackToken = optionalString(args, "slack-bot-token");
  if (pdToken === "") {
    problems.add(
      `Missing PagerDuty API token: set ${ctx.surface === "cli" ? "PAGERDUTY_TOKEN" : 'input "pagerduty-token"'} (a read-only REST API key is enough).`
    );
  }
  if (slackToken === void 0 && !settings.dryRun) {
    problems.add(
      `Missing Slack bot token: set ${ctx.surface === "cli" ? "SLACK_BOT_TOKEN" : 'input "slack-bot-token"'} (xoxb-\u2026), or use --dry-run to preview without Slack.`
    );
  }
  problems.check();
  return { settings, pdToken, slackToken };
}
async function run(args, ctx) {
  const { settings, pdToken, slackToken } = readShiftConfig(args, ctx);
  const [{ createPagerDutyClient }, { createSlackClient }, { UserDirectory }, { runShift }] = await Promise.all([
    import("./client-JJATR2GF.js"),
    import("./client-2Z77S6QO.js"),
    import("./user-directory-5JKKNYDE.js"),
    import("./run-P4L2ISYH.js")
  ]);
  const pdUrl = optionalString(args, "pagerduty-api-url");
  const slackUrl = optionalString(args, "slack-api-url");
  const pagerduty = createPagerDutyClient({
    token: pdToken,
    clock: ctx.clock,
    log: ctx.log,
    ...pdUrl !== void 0 ? { apiUrl: pdUrl } : {}
  });
  const slack = slackToken === void 0 ? void 0 : createSlackClient({
    token: slackToken,
    clock: ctx.clock,
    log: ctx.log,
    ...slackUrl !== void 0 ? { apiUrl: slackUrl } : {}
  });
  const mapFile = optionalString(args, "user-map");
  const mapping = mapFile === void 0 ? void 0 : await (await import("./user-map-file-SBPZD3NO.js")).loadUserMapping(shift_default.resolve(ctx.cwd, mapFile));
  const users = slack ? new UserDirectory({ slack, log: ctx.log, ...mapping ? { mapping } : {} }) : void 0;
  if (!slack) ctx.log.info("Dry run without a Slack token: on-call people are shown by name.");
  if (settings.at && !settings.dryRun) {
    ctx.log.warning(
      `${optionLabel(ctx, "at")} without ${optionLabel(ctx, "dry-run")}: posting the shift of ${settings.at.toISOString()} now; a later run for that shift finds this post (and posts nothing) only if it is made at most ${optionLabel(ctx, "upcoming-within")} before that shift's handover.`
    );
  }
  const results = [];
  for (const channel of readShiftChannels(args, ctx)) {
    const result = await runShift(
      { pagerduty, clock: ctx.clock, log: ctx.log, ...slack ? { slack } : {}, ...users ? { users } : {} },
      { ...settings, channel }
    );
    results.push(result);
    if (settings.dryRun && result.message) {
      ctx.stdout(`${JSON.stringify(postPayload(result), null, 2)}

${result.preview ?? ""}`);
    }
    ctx.summary?.addMarkdown(summaryMarkdown(result));
  }
  const [first] = results;
  const joined = (pick) => results.length === 1 ? pick(first) : results.map((r) => pick(r) ?? "").join(",");
  const ts = joined((r) => r.messageTs);
  if (ts) ctx.setOutput("message-ts", ts);
  const permalink = joined((r) => r.permalink);
  if (permalink) ctx.setOutput("permalink", permalink);
  ctx.setOutput("oncall-user-ids", [...new Set(results.flatMap((r) => r.oncallUserIds))].join(","));
  return { exitCode: Math.max(...results.map((r) => r.exitCode)) };
}
var shiftCommand = {
  name: "shift",
  summary: "Post who is on call for the current shift to Slack, exactly once per shift",
  usage: "oncall shift --schedule <id>[,<id>\u2026] [--escalation-policy <id>[,\u2026] [--levels 1,2]] --channel <id> --timezone <IANA> --handover HH:MM [options]",
  description: "Reads the on-calls of the shift that starts at today's handover (in --timezone) from PagerDuty and posts them\nto a Slack channel with mentions, override segments and the next handover. A run shortly before the handover\nreports the upcoming shift; a late run still reports the shift that started at the handover. Each post carries\nmetadata, so a re-run or a backup run posts nothing when the shift was already posted (and only completes a\nhandover notice, topic or user group an earlier run left undone). Nobody on call \u2192 a\nwarning post and exit code 1. Tokens come from PAGERDUTY_TOKEN and SLACK_BOT_TOKEN.",
  options: [
    { name: "schedule", type: "list", description: "PagerDuty schedule ID(s), comma-separated" },
    {
      name: "escalation-policy",
      type: "list",
      description: "PagerDuty escalation policy ID(s), comma-separated"
    },
    {
      name: "levels",
      type: "list",
      description: "Escalation levels to show for the policies, e.g. 1,2",
      default: "all levels"
    },
    {
      name: "channel",
      type: "string",
      description: "Slack channel ID to post to (the bot must be a member)"
    },
    { name: "timezone", type: "string", description: "IANA time zone of the team, e.g. Asia/Tokyo" },
    { name: "handover", type: "string", description: "Daily handover time HH:MM in --timezone, e.g. 10:00" },
    { name: "language", type: "string", description: "Message language: en or ja", default: "en" },
    { name: "intro", type: "string", description: "Intro line instead of the built-in one (plain text)" },
    {
      name: "business-days-only",
      type: "boolean",
      description: "Post nothing on Saturdays and Sundays (and holidays with --holidays)"
    },
    {
      name: "holidays",
      type: "string",
      description: "Public holiday calendar to skip: jp (implies --business-days-only)"
    },
    {
      name: "user-group",
      type: "string",
      description: "Slack user group ID to set to the current on-call(s), e.g. S0123ABCD"
    },
    { name: "update-topic", type: "boolean", description: "Set the channel topic to the current on-call(s)" },
    {
      name: "handover-notice",
      type: "boolean",
      description: "Reply in the thread with outgoing \u2192 incoming on-call"
    },
    {
      name: "user-map",
      type: "string",
      description: "YAML/JSON file mapping PagerDuty emails or user IDs to Slack emails or IDs"
    },
    {
      name: "upcoming-within",
      type: "string",
      description: "How long before the handover a run reports the upcoming shift",
      default: "2h"
    },
    {
      name: "at",
      type: "string",
      description: "Compute the post as if run at this time (ISO; without offset: in --timezone)"
    },
    {
      name: "dry-run",
      type: "boolean",
      description: "Print the Block Kit payload and a text preview; send nothing to Slack"
    },
    ...PAGERDUTY_OPTIONS,
    ...SLACK_OPTIONS
  ],
  run,
  check: (args, ctx) => void readShiftConfig(args, ctx)
};
export {
  parseAt,
  postPayload,
  readShiftChannels,
  readShiftSettings,
  shiftCommand
};
