import {
  escapeMarkdown
} from "./chunk-JN6JRQFA.js";

// src/insights/coverage-render.ts
var COVERAGE_MARKER = "<!-- oncall-runbooks:coverage -->";
var LIST_LIMIT = 20;
function share(part, whole) {
  return whole === 0 ? "\u2014" : `${Math.round(part / whole * 1e3) / 10}%`;
}
function id(value) {
  return value === null ? "(none)" : `\`${escapeMarkdown(value)}\``;
}
function changeList(title, changes) {
  if (changes.length === 0) return [];
  const lines = [
    `### ${title} (${changes.length})`,
    "",
    "| Incidents | Title | Before | After |",
    "| ---: | --- | --- | --- |"
  ];
  for (const c of changes.slice(0, LIST_LIMIT)) {
    lines.push(`| ${c.count} | ${escapeMarkdown(c.title)} | ${id(c.before)} | ${id(c.after)} |`);
  }
  if (changes.length > LIST_LIMIT) lines.push("", `\u2026and ${changes.length - LIST_LIMIT} more (see --json).`);
  lines.push("");
  return lines;
}
function coverageMarkdown(result, period) {
  const lines = [
    COVERAGE_MARKER,
    "## Runbook coverage of past incidents",
    "",
    `Replayed ${result.incidents} incident(s) of the last ${period.days} day(s) (${result.titles} distinct title(s)) through the base and the head runbooks.`,
    "",
    `**Matched: ${share(result.matchedBefore, result.incidents)} \u2192 ${share(result.matchedAfter, result.incidents)}** (${result.matchedBefore} \u2192 ${result.matchedAfter} incidents)`,
    "",
    ...changeList("Newly matched", result.newlyMatched),
    ...changeList("Lost their runbook", result.lost),
    ...changeList("Winning runbook changed", result.winnerChanged)
  ];
  if (result.ties.length > 0) {
    lines.push(
      `### Matched by several runbooks with the same priority (${result.ties.length})`,
      "",
      "The winner is then decided by matched terms and id; give one a higher priority if it should always win.",
      "",
      "| Incidents | Title | Runbooks (winner first) | Priority |",
      "| ---: | --- | --- | ---: |",
      ...result.ties.slice(0, LIST_LIMIT).map(
        (t) => `| ${t.count} | ${escapeMarkdown(t.title)} | ${t.runbooks.map(id).join(", ")} | ${t.priority} |`
      ),
      ""
    );
  }
  if (result.newlyMatched.length + result.lost.length + result.winnerChanged.length === 0) {
    lines.push("No incident title changes its runbook.", "");
  }
  return lines.join("\n");
}
function coverageJson(result, period) {
  return JSON.stringify(
    {
      format: "oncall-runbooks/coverage",
      version: 1,
      period: { since: period.since.toISOString(), until: period.until.toISOString() },
      ...result
    },
    null,
    2
  );
}

export {
  COVERAGE_MARKER,
  coverageMarkdown,
  coverageJson
};
