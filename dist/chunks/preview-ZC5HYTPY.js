import {
  PREVIEW_INCIDENT_ID,
  formatMatches,
  previewAlert,
  renderPreviewHtml,
  renderPreviewText
} from "./chunk-GMGBHLHC.js";
import "./chunk-ZEWWJXCN.js";
import "./chunk-3G7A4P5O.js";
import "./chunk-BEQWSHHF.js";
import {
  flag,
  optionLabel,
  optionalString
} from "./chunk-ITXU4ZJA.js";
import "./chunk-FCN4TBIW.js";
import "./chunk-7K76UV3Z.js";
import "./chunk-O3TKNPUP.js";
import {
  loadIndexFile,
  loadRunbooksDir
} from "./chunk-MRISRTQM.js";
import "./chunk-GUVNCUNR.js";
import "./chunk-DTQ542JL.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import "./chunk-LWJ5VQNM.js";
import "./chunk-MENKK2CK.js";
import "./chunk-UOT3AM2W.js";
import "./chunk-QB6QIQAD.js";
import "./chunk-KOCSSIJL.js";
import "./chunk-T7MTKLHV.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:fs#src/commands/preview.ts
var m = builtin("node:fs");
var existsSync = m.existsSync;

// node-builtin:node:fs/promises#src/commands/preview.ts
var m2 = builtin("node:fs/promises");
var writeFile = m2.writeFile;

// node-builtin:node:path#src/commands/preview.ts
var m3 = builtin("node:path");
var preview_default = m3;

// src/commands/preview.ts
async function loadRunbooks(args, ctx) {
  const indexFile = optionalString(args, "index");
  const dir = optionalString(args, "dir");
  if (indexFile !== void 0 && dir !== void 0) {
    throw new ConfigError(
      `${optionLabel(ctx, "index")} and ${optionLabel(ctx, "dir")} are alternatives: give one (an index built by "oncall build", or a runbooks directory).`
    );
  }
  if (indexFile !== void 0) return loadIndexFile(indexFile, ctx.cwd);
  const from = dir ?? "runbooks";
  if (!existsSync(preview_default.resolve(ctx.cwd, from))) {
    throw new ConfigError(
      `No runbooks directory at ${JSON.stringify(from)} (looked in ${preview_default.resolve(ctx.cwd, from)}): run from the repository root, or give ${optionLabel(ctx, "dir")} <dir> or ${optionLabel(ctx, "index")} <file>.`
    );
  }
  const { loaded, errors } = await loadRunbooksDir(from, { cwd: ctx.cwd, env: ctx.env });
  if (errors > 0) {
    ctx.log.warning(
      `${errors} error(s) in ${from} (run "oncall validate ${from}"); previewing with the runbooks the matcher can run.`
    );
  }
  return loaded;
}
async function run(args, ctx) {
  const title = args.positionals[0];
  if (title === void 0 || title.trim() === "") {
    throw new ConfigError(
      'Missing alert title: expected oncall preview "<alert title>", e.g. oncall preview "[FIRING:1] KubePodCrashLooping (api prod)".'
    );
  }
  const json = flag(args, "json");
  const htmlFile = optionalString(args, "html");
  const service = optionalString(args, "service");
  const runbooks = await loadRunbooks(args, ctx);
  const at = ctx.clock.now();
  const serverUrl = ctx.env.GITHUB_SERVER_URL || void 0;
  const result = await previewAlert({
    title,
    runbooks,
    clock: ctx.clock,
    // The alert path's dry-run notes ("would escalate") are not part of the preview: debug only.
    log: {
      debug: (m4) => ctx.log.debug(m4),
      info: (m4) => ctx.log.debug(m4),
      warning: (m4, a) => ctx.log.warning(m4, a),
      error: (m4, a) => ctx.log.error(m4, a)
    },
    ...service !== void 0 ? { service } : {},
    ...serverUrl ? { serverUrl } : {}
  });
  if (htmlFile !== void 0) {
    const target = preview_default.resolve(ctx.cwd, htmlFile);
    try {
      await writeFile(target, renderPreviewHtml(result.message, at, title));
    } catch (error) {
      throw new ConfigError(
        `Cannot write ${optionLabel(ctx, "html")} ${JSON.stringify(htmlFile)} (${target}): ${error.message}. Check that the directory exists and is writable.`,
        { cause: error }
      );
    }
    ctx.log.info(`Wrote the HTML preview to ${htmlFile}`);
  }
  if (json) {
    ctx.stdout(`${JSON.stringify(result.message, null, 2)}
`);
  } else {
    ctx.stdout(
      [
        `Preview of the Slack message for a triggered incident titled ${JSON.stringify(title)}`,
        `(sample incident ${PREVIEW_INCIDENT_ID}; the on-call is shown as a placeholder; runbooks from ${runbooks.origin})`,
        "",
        renderPreviewText(result.message, at).trimEnd(),
        "",
        ...result.routedChannel ? [
          `Posted to channel ${result.routedChannel} (slack_channel of runbook ${result.runbookId ?? ""}), not the workflow's channel.`,
          ""
        ] : [],
        formatMatches(result.matches)
      ].join("\n")
    );
    const limited = result.serviceLimited;
    if (limited.length > 0) {
      const ids = limited.map((r) => r.id).join(", ");
      const names = [...new Set(limited.flatMap((r) => r.services))].slice(0, 5).join(", ");
      ctx.stdout(
        `Note: ${limited.length === 1 ? "runbook" : "runbooks"} ${ids} would match this title for an incident of ${limited.length === 1 ? "a service it lists" : "the services they list"} (${names}); give --service <name-or-id> to preview that.
`
      );
    }
  }
  ctx.setOutput("runbook-id", result.runbookId ?? "");
  return { exitCode: 0 };
}
var previewCommand = {
  name: "preview",
  summary: "Show the Slack message an alert title would produce, with its matched runbook (offline)",
  usage: 'oncall preview "<alert title>" [--dir runbooks | --index index.json] [--service <name-or-id>] [--html <file>] [--json]',
  description: [
    "Builds the incident.triggered message for the title with the alert path itself, against a sample incident:",
    'the best runbook with the terms that matched, up to three "also matched", the escalation an escalate_to would',
    'do, or the "no runbook matches" text. The incident id and link are placeholders and the on-call shows as',
    '"(current on-call)"; nothing is read from PagerDuty or posted to Slack, and no token is needed. Prints the',
    "message as text followed by every match and its terms; --json prints the Block Kit payload instead, --html",
    "also writes the message as a self-contained HTML page. Give --service for runbooks limited to services."
  ].join("\n"),
  positionals: [{ name: "title", description: "The alert title as it arrives in PagerDuty" }],
  options: [
    {
      name: "dir",
      type: "string",
      description: "Runbooks directory (validated, then matched)",
      default: "runbooks"
    },
    { name: "index", type: "string", description: 'Runbook index file built by "oncall build"' },
    {
      name: "service",
      type: "string",
      description: "PagerDuty service name or ID of the incident (for runbooks with match.services)"
    },
    {
      name: "html",
      type: "string",
      description: "Also write the message as a self-contained HTML page to this file"
    },
    {
      name: "json",
      type: "boolean",
      description: "Print the Block Kit payload (JSON) instead of text",
      cliOnly: true
    }
  ],
  run
};
export {
  previewCommand
};
