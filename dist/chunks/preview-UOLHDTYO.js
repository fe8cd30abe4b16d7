import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  PREVIEW_INCIDENT_ID,
  formatMatches,
  previewAlert,
  renderPreviewHtml,
  renderPreviewText
} from "./chunk-OWVFFUAL.js";
import "./chunk-SZE6C3OK.js";
import "./chunk-HF3PC64S.js";
import "./chunk-KNVEHQG6.js";
import {
  flag,
  optionLabel,
  optionalString
} from "./chunk-LWNAGPV4.js";
import "./chunk-4V5UVXYQ.js";
import "./chunk-GE62CBFY.js";
import "./chunk-IWKBK7NS.js";
import "./chunk-EKRTJYNU.js";
import "./chunk-6RWEAGYR.js";
import "./chunk-CWGSSBJK.js";
import "./chunk-D3ITTP2X.js";
import "./chunk-7TEMSXUT.js";
import {
  loadIndexFile,
  loadRunbooksDir
} from "./chunk-Z5X4PZA6.js";
import "./chunk-IZMRBCCN.js";
import "./chunk-Y2KZ6SGM.js";
import "./chunk-F62FUJ75.js";
import "./chunk-3V7YR3NY.js";
import "./chunk-SMKC6UQW.js";
import "./chunk-7QIX2LZI.js";
import "./chunk-7AGHVDON.js";
import "./chunk-5XKN62DZ.js";
import "./chunk-6OURC6NX.js";
import "./chunk-FL7RWFNA.js";
import "./chunk-VOJRKQKV.js";
import {
  ConfigError
} from "./chunk-GQNV3XG6.js";
import {
  __require
} from "./chunk-RX3WBYGZ.js";

// node-builtin:node:fs#src/commands/preview.ts
var m = process.getBuiltinModule?.("node:fs") ?? __require("node:fs");
var existsSync = m.existsSync;

// node-builtin:node:fs/promises#src/commands/preview.ts
var m2 = process.getBuiltinModule?.("node:fs/promises") ?? __require("node:fs/promises");
var writeFile = m2.writeFile;

// node-builtin:node:path#src/commands/preview.ts
var m3 = process.getBuiltinModule?.("node:path") ?? __require("node:path");
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
    const limited = runbooks.runbooks().filter((r) => r.match.services.length > 0);
    if (service === void 0 && limited.length > 0) {
      const names = [...new Set(limited.flatMap((r) => r.match.services))].slice(0, 5).join(", ");
      ctx.stdout(
        `Note: ${limited.length} runbook(s) only match incidents of their listed services (${names}); give --service <name-or-id> to include them.
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
