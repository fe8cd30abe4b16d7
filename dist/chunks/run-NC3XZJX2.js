import {
  businessDay
} from "./chunk-7MOYVLTJ.js";
import {
  recordFromAnalytics,
  recordFromLogEntries,
  toLogEntryLike
} from "./chunk-KBAOC47E.js";
import {
  escapeMarkdown
} from "./chunk-JN6JRQFA.js";
import {
  computeFigures,
  localDates
} from "./chunk-RIV4JU6R.js";
import {
  localParts
} from "./chunk-KR57FXBU.js";
import "./chunk-GCNY4AAF.js";
import "./chunk-QB6QIQAD.js";
import {
  escapeMrkdwn,
  escapeName
} from "./chunk-IA4VIC32.js";
import {
  describeError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// src/insights/collect.ts
var TIMELINE_GRACE_MS = 7 * 864e5;
var ANALYTICS_DELAY_MS = 24 * 36e5;
function previousPeriod(period) {
  const length = period.until.getTime() - period.since.getTime();
  return { since: new Date(period.since.getTime() - length), until: period.since };
}
async function collectHistory(pagerduty, period, options) {
  if (!pagerduty.listIncidentsCreated || !pagerduty.listLogEntries) {
    throw new Error("This PagerDuty client cannot list incidents or log entries.");
  }
  const before = previousPeriod(period);
  const incidents = await pagerduty.listIncidentsCreated({
    since: before.since,
    until: period.until,
    ...options.serviceIds?.length ? { serviceIds: options.serviceIds } : {}
  });
  const analytics = /* @__PURE__ */ new Map();
  let analyticsProblem;
  let analyticsAnswered = false;
  if (incidents.length > 0 && pagerduty.listAnalyticsIncidents) {
    try {
      const rows = await pagerduty.listAnalyticsIncidents({
        since: before.since,
        until: period.until,
        ...options.serviceIds?.length ? { serviceIds: options.serviceIds } : {}
      });
      analyticsAnswered = true;
      const settled = options.now.getTime() - ANALYTICS_DELAY_MS;
      for (const row of rows) if (row.createdAt.getTime() < settled) analytics.set(row.id, row);
    } catch (error) {
      analyticsProblem = `PagerDuty Analytics could not be read (${describeError(error)}); the log entries were used instead`;
      options.log.info(`PagerDuty: ${analyticsProblem}.`);
    }
  }
  const fromTimeline = incidents.filter((i) => !analytics.has(i.id));
  const wanted = new Set(fromTimeline.map((i) => i.id));
  const timelines = /* @__PURE__ */ new Map();
  let timelineSource = "log-entries";
  let timelineProblem;
  if (fromTimeline.length > 0) {
    const since = new Date(Math.min(...fromTimeline.map((i) => i.createdAt.getTime())));
    const until = new Date(Math.min(options.now.getTime(), period.until.getTime() + TIMELINE_GRACE_MS));
    try {
      const entries = await pagerduty.listLogEntries({ since, until });
      for (const entry of entries) {
        if (!wanted.has(entry.incidentId)) continue;
        const list = timelines.get(entry.incidentId);
        if (list) list.push(toLogEntryLike(entry));
        else timelines.set(entry.incidentId, [toLogEntryLike(entry)]);
      }
    } catch (error) {
      timelineSource = "none";
      timelineProblem = `the log entries could not be read (${describeError(error)}); every timeline counts as missing`;
      options.log.warning(`PagerDuty: ${timelineProblem}.`);
    }
  }
  const current = [];
  const previous = [];
  for (const incident of incidents) {
    const base = {
      id: incident.id,
      title: incident.title,
      service: { id: incident.service.id, name: incident.service.name },
      createdAt: incident.createdAt.getTime(),
      assignees: incident.assignees.map((a) => ({ id: a.id, name: a.name }))
    };
    const row = analytics.get(incident.id);
    const record = row ? recordFromAnalytics(base, {
      id: row.id,
      created_at: row.createdAt.toISOString(),
      resolved_at: row.resolvedAt?.toISOString() ?? null,
      seconds_to_first_ack: row.secondsToFirstAck ?? null,
      escalation_count: row.escalationCount,
      auto_resolved: row.autoResolved,
      acknowledged_user_ids: row.acknowledgedUsers.map((u) => u.id),
      acknowledged_user_names: row.acknowledgedUsers.map((u) => u.name ?? u.id)
    }) : recordFromLogEntries(base, timelines.get(incident.id));
    (record.createdAt >= period.since.getTime() ? current : previous).push(record);
  }
  const source = {
    used: analyticsAnswered ? "analytics" : "log-entries",
    fromAnalytics: incidents.length - fromTimeline.length,
    fromLogEntries: fromTimeline.length,
    ...analyticsProblem ? { analyticsProblem } : {}
  };
  return { current, previous, timelineSource, ...timelineProblem ? { timelineProblem } : {}, source };
}

// src/insights/render.ts
var REPORT_FORMAT = "oncall-runbooks/report";
var REPORT_VERSION = 1;
function formatDuration(ms) {
  if (ms === null) return "\u2014";
  const seconds = Math.round(ms / 1e3);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
function percent(part, whole) {
  return whole === 0 ? "\u2014" : `${Math.round(part / whole * 100)}%`;
}
var REASON_TEXT = {
  merged: "merged",
  "timeline-missing": "timeline missing",
  "never-acknowledged": "never acknowledged",
  unresolved: "not resolved"
};
function exclusionText(figure) {
  const parts = Object.entries(figure.excluded).filter(([, n]) => n > 0).map(([reason, n]) => `${n} ${REASON_TEXT[reason]}`);
  const total = Object.values(figure.excluded).reduce((a, b) => a + (b ?? 0), 0);
  return total === 0 ? "" : `leaves out ${total}: ${parts.join(", ")}`;
}
function trendText(now, before) {
  if (now === null || before === null) return "";
  if (now === before) return " (same as before)";
  return ` (${now < before ? "\u2193" : "\u2191"} from ${formatDuration(before)})`;
}
function countTrend(now, before) {
  return before === 0 && now === 0 ? "" : ` (${now - before >= 0 ? "+" : ""}${now - before} vs ${before})`;
}
function durationJson(figure) {
  return {
    count: figure.count,
    medianSeconds: figure.medianMs === null ? null : figure.medianMs / 1e3,
    p90Seconds: figure.p90Ms === null ? null : figure.p90Ms / 1e3,
    excluded: figure.excluded
  };
}
function trendJson(trend) {
  return {
    count: trend.count,
    mttaMedianSeconds: trend.mttaMedianMs === null ? null : trend.mttaMedianMs / 1e3,
    mttrMedianSeconds: trend.mttrMedianMs === null ? null : trend.mttrMedianMs / 1e3
  };
}
function groupJson(group) {
  return {
    count: group.count,
    mtta: durationJson(group.mtta),
    mttr: durationJson(group.mttr),
    escalations: group.escalations,
    escalatedIncidents: group.escalatedIncidents,
    neverAcknowledged: group.neverAcknowledged,
    reopened: group.reopened,
    merged: group.merged,
    timelineMissing: group.timelineMissing,
    previous: trendJson(group.previous)
  };
}
function keyedJson(group) {
  return { key: group.key, label: group.label, ...groupJson(group) };
}
function reportJson(figures, meta) {
  return JSON.stringify(
    {
      format: REPORT_FORMAT,
      version: REPORT_VERSION,
      period: { since: meta.since.toISOString(), until: meta.until.toISOString() },
      previousPeriod: { since: meta.previousSince.toISOString(), until: meta.since.toISOString() },
      timeZone: meta.timeZone,
      serviceIds: meta.serviceIds,
      timelineSource: meta.timelineSource,
      ...meta.timelineProblem ? { timelineProblem: meta.timelineProblem } : {},
      ...meta.source ? { source: meta.source } : {},
      apiCalls: meta.apiCalls,
      team: groupJson(figures.team),
      matched: groupJson(figures.matched),
      unmatched: groupJson(figures.unmatched),
      services: figures.services.map(keyedJson),
      runbooks: figures.runbooks.map(keyedJson),
      noisiest: figures.noisiest,
      outOfHours: figures.outOfHours,
      unmatchedGroups: figures.unmatchedGroups
    },
    null,
    2
  );
}
function day(date, timeZone) {
  const p = localParts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}
function groupRows(groups) {
  return groups.map(
    (g) => `| ${escapeMarkdown(g.label)} | ${g.count}${countTrend(g.count, g.previous.count)} | ${formatDuration(g.mtta.medianMs)} / ${formatDuration(g.mtta.p90Ms)} | ${formatDuration(g.mttr.medianMs)} / ${formatDuration(g.mttr.p90Ms)} | ${g.escalations} |`
  );
}
var GROUP_HEADER = [
  "| | Incidents (vs previous) | MTTA median / p90 | MTTR median / p90 | Escalations |",
  "| --- | ---: | ---: | ---: | ---: |"
];
function exclusionNotes(label, group) {
  const notes = [
    exclusionText(group.mtta) && `MTTA ${exclusionText(group.mtta)}`,
    exclusionText(group.mttr) && `MTTR ${exclusionText(group.mttr)}`
  ].filter(Boolean);
  return notes.length === 0 ? [] : [`- ${label}: ${notes.join("; ")}.`];
}
function reportMarkdown(figures, meta) {
  const { team } = figures;
  const lines = [
    `# On-call report ${day(meta.since, meta.timeZone)} \u2192 ${day(meta.until, meta.timeZone)}`,
    "",
    `Incidents created in [${meta.since.toISOString()}, ${meta.until.toISOString()}), compared with the ${day(meta.previousSince, meta.timeZone)} \u2192 ${day(meta.since, meta.timeZone)} period of the same length. PagerDuty API calls: ${meta.apiCalls}.`,
    ""
  ];
  if (meta.source) lines.push(`${escapeMarkdown(sourceText(meta.source))}.`, "");
  if (meta.timelineProblem)
    lines.push(`> **Timelines missing**: ${escapeMarkdown(meta.timelineProblem)}.`, "");
  if (team.count === 0) {
    lines.push(`No incidents in this period (the previous period had ${team.previous.count}).`, "");
    return lines.join("\n");
  }
  lines.push(
    `- **MTTA** (median / p90): ${formatDuration(team.mtta.medianMs)} / ${formatDuration(team.mtta.p90Ms)}` + trendText(team.mtta.medianMs, team.previous.mttaMedianMs),
    `- **MTTR** (median / p90): ${formatDuration(team.mttr.medianMs)} / ${formatDuration(team.mttr.p90Ms)}` + trendText(team.mttr.medianMs, team.previous.mttrMedianMs),
    `- **Incidents**: ${team.count}${countTrend(team.count, team.previous.count)}, ${percent(figures.matched.count, team.count)} with a runbook, ${team.neverAcknowledged} never acknowledged, ${team.escalations} escalations`,
    "",
    "```mermaid",
    "pie title Incidents with a runbook",
    `    "Matched a runbook" : ${figures.matched.count}`,
    `    "No runbook" : ${figures.unmatched.count}`,
    "```",
    "",
    "```mermaid",
    "xychart-beta",
    '    title "Median time to acknowledge (minutes)"',
    '    x-axis ["Previous period", "This period", "With a runbook", "Without"]',
    `    bar [${[
      team.previous.mttaMedianMs,
      team.mtta.medianMs,
      figures.matched.mtta.medianMs,
      figures.unmatched.mtta.medianMs
    ].map((ms) => ms === null ? 0 : Math.round(ms / 6e4 * 10) / 10).join(", ")}]`,
    "```",
    "",
    "## Matched vs unmatched",
    "",
    ...GROUP_HEADER,
    ...groupRows([figures.matched, figures.unmatched]),
    "",
    "## Per runbook",
    "",
    ...figures.runbooks.length === 0 ? ["No incident matched a runbook."] : [...GROUP_HEADER, ...groupRows(figures.runbooks)],
    "",
    "## Per service",
    "",
    ...GROUP_HEADER,
    ...groupRows(figures.services),
    "",
    "## What the durations leave out",
    "",
    ...exclusionNotes("Team", team).length === 0 ? ["Nothing: every incident has both durations."] : [
      ...exclusionNotes("Team", team),
      ...exclusionNotes("With a runbook", figures.matched),
      ...exclusionNotes("Without", figures.unmatched)
    ],
    "",
    "## Noisiest alerts",
    "",
    "| Alert | Incidents | Auto-resolved without ack |",
    "| --- | ---: | ---: |",
    ...figures.noisiest.map(
      (n) => `| ${escapeMarkdown(n.alertName)} | ${n.count} | ${n.autoResolved} (${percent(n.autoResolved, n.count)}) |`
    ),
    "",
    `## Outside working hours (${escapeMarkdown(meta.timeZone)})`,
    "",
    ...figures.outOfHours.length === 0 ? ["None."] : [
      "| Responder | Incidents | On weekends or holidays |",
      "| --- | ---: | ---: |",
      ...figures.outOfHours.map(
        (o) => `| ${o.person ? escapeMarkdown(o.person.name) : "nobody"} | ${o.count} | ${o.nonBusinessDays} |`
      )
    ],
    "",
    "## Alerts without a runbook",
    ""
  );
  if (figures.unmatchedGroups.length === 0) lines.push("Every incident matched a runbook.", "");
  for (const group of figures.unmatchedGroups) {
    lines.push(
      `### ${escapeMarkdown(group.alertName)} (${group.count})`,
      "",
      ...group.titles.map((t) => `- ${escapeMarkdown(t)}`),
      "",
      `<details><summary>Runbook skeleton: runbooks/${group.skeleton.id}.yml</summary>`,
      "",
      // A fence longer than any backtick run inside keeps the YAML from closing the block.
      fenced(group.skeleton.yaml, "yaml"),
      "",
      "</details>",
      ""
    );
  }
  return lines.join("\n");
}
function fenced(text, language) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${text.replace(/\n$/, "")}
${fence}`;
}
function sourceText(source) {
  const plural = (n) => `${n} incident${n === 1 ? "" : "s"}`;
  if (source.used === "analytics") {
    const recent = source.fromLogEntries > 0 ? ` and log entries (${plural(source.fromLogEntries)} of the last 24 h or not yet in analytics)` : "";
    return `Times from PagerDuty Analytics (${plural(source.fromAnalytics)})${recent}`;
  }
  return `Times from PagerDuty log entries (${plural(source.fromLogEntries)})${source.analyticsProblem ? "; PagerDuty Analytics is not available to this account or key" : ""}`;
}
function slackSummary(figures, meta) {
  const { team } = figures;
  const head = `*On-call report ${day(meta.since, meta.timeZone)} \u2192 ${day(meta.until, meta.timeZone)}*`;
  if (team.count === 0)
    return `${head}
No incidents in this period (the previous period had ${team.previous.count}).`;
  const outside = figures.outOfHours.reduce((sum, o) => sum + o.count, 0);
  const lines = [
    head,
    `\u2022 Time to acknowledge: median *${formatDuration(team.mtta.medianMs)}*, p90 ${formatDuration(team.mtta.p90Ms)}` + trendText(team.mtta.medianMs, team.previous.mttaMedianMs),
    `\u2022 With a runbook: *${percent(figures.matched.count, team.count)}* of ${team.count} incidents` + countTrend(team.count, team.previous.count),
    `\u2022 Outside working hours: *${outside}*`
  ];
  const excluded = exclusionText(team.mtta);
  if (excluded) lines.push(`_MTTA ${escapeMrkdwn(excluded)}._`);
  if (meta.source) lines.push(`_${escapeMrkdwn(sourceText(meta.source))}._`);
  const gaps = figures.unmatchedGroups.slice(0, 3);
  if (gaps.length > 0) {
    lines.push(`Biggest gaps: ${gaps.map((g) => `${escapeName(g.alertName)} (${g.count})`).join(", ")}`);
  }
  return lines.join("\n");
}

// src/insights/run.ts
var REPORT_EVENT_TYPE = "oncall_report";
async function holidayDates(dates, calendars) {
  const out = /* @__PURE__ */ new Set();
  if (calendars.length === 0) return out;
  for (const date of dates) if (!(await businessDay(date, calendars)).business) out.add(date);
  return out;
}
async function runReport(deps, settings) {
  const { period } = settings;
  const startCalls = deps.pagerduty.requestCount?.() ?? 0;
  const history = await collectHistory(deps.pagerduty, period, {
    serviceIds: settings.serviceIds,
    now: deps.now,
    log: deps.log
  });
  const apiCalls = (deps.pagerduty.requestCount?.() ?? 0) - startCalls;
  deps.log.info(
    `PagerDuty: ${history.current.length} incident(s) in the period, ${history.previous.length} in the previous one; ${apiCalls} API call(s).`
  );
  const nonBusinessDates = await holidayDates(
    localDates([...history.current, ...history.previous], settings.timeZone),
    settings.holidays
  );
  const figures = computeFigures(history.current, history.previous, deps.matcher, {
    workingHours: { timeZone: settings.timeZone, ...settings.workingHours, nonBusinessDates }
  });
  const meta = {
    since: period.since,
    until: period.until,
    previousSince: previousPeriod(period).since,
    timelineSource: history.timelineSource,
    ...history.timelineProblem ? { timelineProblem: history.timelineProblem } : {},
    source: history.source,
    apiCalls,
    serviceIds: settings.serviceIds,
    timeZone: settings.timeZone
  };
  const result = {
    figures,
    meta,
    markdown: reportMarkdown(figures, meta),
    json: reportJson(figures, meta),
    slackText: slackSummary(figures, meta)
  };
  if (!settings.channel) return { ...result, post: "no-channel" };
  if (settings.dryRun || !deps.slack) return { ...result, post: "dry-run" };
  const payload = {
    since: period.since.toISOString(),
    until: period.until.toISOString(),
    services: settings.serviceIds.join(",")
  };
  const earlier = await deps.slack.findMessageByMetadata(
    settings.channel,
    REPORT_EVENT_TYPE,
    (p) => p.since === payload.since && p.until === payload.until && (p.services ?? "") === payload.services,
    // The post is made at or after the period's end; history from the period's start is a bounded look-up that
    // cannot miss it whatever the exclusive/inclusive edge of `oldest`.
    { oldest: period.since }
  );
  if (earlier) {
    deps.log.info(
      `The report for this period is already in ${settings.channel} (ts ${earlier.ts}); not posting again.`
    );
    return { ...result, post: "already-posted" };
  }
  const posted = await deps.slack.postMessage(
    {
      channel: settings.channel,
      text: result.slackText,
      metadata: { eventType: REPORT_EVENT_TYPE, payload }
    },
    { findAfter: period.until }
  );
  return { ...result, post: "posted", posted };
}
export {
  REPORT_EVENT_TYPE,
  runReport
};
