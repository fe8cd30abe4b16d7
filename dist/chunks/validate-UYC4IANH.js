import {
  githubOptions,
  indexLocationOptions
} from "./chunk-FUDV2S3G.js";
import {
  hasErrors,
  sortProblems,
  validateRunbooks
} from "./chunk-RDUYLTDG.js";
import "./chunk-55ZDFV63.js";
import "./chunk-7U377EUR.js";
import "./chunk-IRVDCPJQ.js";
import {
  choice,
  flag,
  optionalString
} from "./chunk-ITXU4ZJA.js";
import {
  escapeMarkdown
} from "./chunk-JN6JRQFA.js";
import "./chunk-DTQ542JL.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import {
  printable
} from "./chunk-TVETWU2K.js";
import "./chunk-GCNY4AAF.js";
import "./chunk-QB6QIQAD.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// src/runbooks/problems.ts
function formatText(problems) {
  return sortProblems(problems).map((p) => `${printable(p.file)}:${p.line}:${p.column}: ${p.severity}: ${printable(p.message)}
`).join("");
}
function formatJson(problems) {
  const list = sortProblems(problems).map((p) => ({
    file: p.file,
    line: p.line,
    column: p.column,
    severity: p.severity,
    message: p.message
  }));
  return `${JSON.stringify({ problems: list }, null, 2).replace(/##\[/g, "#\\u0023[")}
`;
}
function formatSummaryLine(runbookCount, problems) {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const found = problems.length === 0 ? "no problems" : `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  return `${plural(runbookCount, "runbook")} checked: ${found}.`;
}
function annotationFor(problem) {
  return {
    file: problem.file,
    startLine: problem.line,
    startColumn: problem.column,
    title: problem.severity === "error" ? "Runbook error" : "Runbook warning"
  };
}
function cell(text) {
  return escapeMarkdown(text);
}
function code(text) {
  return `<code>${escapeMarkdown(text)}</code>`;
}
function formatSummaryMarkdown(runbooks, problems, filesChecked = runbooks.length) {
  const sorted = sortProblems(problems);
  const byFile = /* @__PURE__ */ new Map();
  for (const p of sorted) {
    const count = byFile.get(p.file) ?? { errors: 0, warnings: 0 };
    if (p.severity === "error") count.errors++;
    else count.warnings++;
    byFile.set(p.file, count);
  }
  const lines = ["## Runbook validation", "", formatSummaryLine(filesChecked, problems), ""];
  if (runbooks.length > 0) {
    lines.push("| Status | Runbook | Title | File |", "| --- | --- | --- | --- |");
    for (const r of runbooks) {
      const count = byFile.get(r.file);
      const status = count && count.errors > 0 ? `\u274C ${count.errors} error${count.errors === 1 ? "" : "s"}` : count && count.warnings > 0 ? `\u26A0\uFE0F ${count.warnings} warning${count.warnings === 1 ? "" : "s"}` : "\u2705 ok";
      lines.push(`| ${status} | ${code(r.id)} | ${cell(r.title)} | ${code(r.file)} |`);
    }
    lines.push("");
  }
  if (sorted.length > 0) {
    lines.push("### Problems", "", "| Severity | Location | Message |", "| --- | --- | --- |");
    for (const p of sorted) {
      const icon = p.severity === "error" ? "\u274C error" : "\u26A0\uFE0F warning";
      lines.push(`| ${icon} | ${code(`${p.file}:${p.line}:${p.column}`)} | ${cell(p.message)} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

// src/preview/pr-preview-options.ts
var PR_PREVIEW_OPTIONS = [
  {
    name: "base-dir",
    type: "string",
    description: "The default branch's runbooks directory (a second checkout): compare each changed runbook's test titles with it"
  },
  {
    name: "base-index",
    type: "string",
    description: 'Runbook index of the default branch (built by "oncall build"), instead of base-dir'
  },
  ...githubOptions(
    "In Actions: token that can read the repository, to compare with the published index when no base-dir/base-index is given",
    { actionOnly: true }
  ),
  ...indexLocationOptions({ actionOnly: true })
];
function wantsPrPreview(args, ctx) {
  if (ctx.surface === "action") return true;
  return optionalString(args, "base-dir") !== void 0 || optionalString(args, "base-index") !== void 0;
}

// src/commands/validate.ts
var validateCommand = {
  name: "validate",
  summary: "Check runbook files: format, regex safety, links, embedded tests, overlaps",
  usage: "oncall validate [dir] [--format text|json] [--strict] [--regex-cache <file>] [--base-dir <dir> | --base-index <file>]",
  description: [
    "Reads every runbooks/<id>.yml file and reports every problem in one run, each with file, line and column:",
    "YAML errors, unknown keys, wrong types, missing fields, duplicate ids, missing docs and broken links in them,",
    "unsafe regular expressions, failing embedded tests, diagnose workflows that are missing, not dispatchable or",
    "lack the inputs they are sent (errors); generic keywords, ambiguous or shadowed rules and",
    "runbooks without tests (warnings). Exits 1 when there is an error, 0 otherwise; --strict fails on warnings too.",
    "With --base-dir or --base-index (the default branch), also lists each changed runbook's test titles and which",
    "runbook each matches now and before; in Actions this goes to the job summary with message previews."
  ].join("\n"),
  positionals: [{ name: "dir", description: "Directory holding the runbook files", default: "runbooks" }],
  options: [
    {
      name: "format",
      type: "string",
      description: "Output format: text or json",
      default: "text",
      cliOnly: true
    },
    { name: "strict", type: "boolean", description: "Fail on warnings as well as errors", default: "false" },
    {
      name: "regex-cache",
      type: "string",
      description: "File that keeps regex safety verdicts between runs (keep it with actions/cache); none when absent",
      env: "ONCALL_REGEX_CACHE"
    },
    {
      name: "workflows-dir",
      type: "string",
      description: "Where the workflows named in runbooks' diagnose entries must be (each checked: exists, workflow_dispatch, inputs); the default is checked only when it exists",
      default: ".github/workflows"
    },
    ...PR_PREVIEW_OPTIONS
  ],
  async run(args, ctx) {
    const format = choice(args, ctx, "format", ["text", "json"], "text");
    const strict = flag(args, "strict");
    const dir = args.positionals[0] ?? "runbooks";
    const regexCacheFile = optionalString(args, "regex-cache");
    const workflowsDir = optionalString(args, "workflows-dir");
    const result = await validateRunbooks(dir, {
      cwd: ctx.cwd,
      ...regexCacheFile !== void 0 ? { regexCacheFile } : {},
      ...workflowsDir !== void 0 ? { workflowsDir } : {}
    });
    const { problems, runbooks } = result;
    if (format === "json") ctx.stdout(formatJson(problems));
    else if (problems.length > 0) ctx.stdout(formatText(problems));
    if (ctx.surface === "action") {
      for (const p of problems) {
        if (p.severity === "error") ctx.log.error(p.message, annotationFor(p));
        else ctx.log.warning(p.message, annotationFor(p));
      }
      ctx.summary?.addMarkdown(formatSummaryMarkdown(runbooks, problems, result.filesChecked));
    }
    ctx.log.info(formatSummaryLine(result.filesChecked ?? runbooks.length, problems));
    if (wantsPrPreview(args, ctx)) {
      const { runPrPreview } = await import("./pr-preview-RT6WA7ZU.js");
      await runPrPreview(args, ctx, result, { dir, printText: format === "text" });
    }
    const warnings = problems.some((p) => p.severity === "warning");
    return { exitCode: hasErrors(result) || strict && warnings ? 1 : 0 };
  }
};
export {
  validateCommand
};
