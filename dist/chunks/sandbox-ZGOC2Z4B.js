import {
  flag,
  optionalString
} from "./chunk-ITXU4ZJA.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:fs#src/commands/sandbox.ts
var m = builtin("node:fs");
var existsSync = m.existsSync;

// node-builtin:node:path#src/commands/sandbox.ts
var m2 = builtin("node:path");
var sandbox_default = m2;

// src/commands/sandbox.ts
var sandboxCommand = {
  name: "sandbox",
  summary: "Play one day of an on-call team against built-in fake PagerDuty, Slack and GitHub (offline)",
  usage: "oncall sandbox [--out sandbox-out] [--day YYYY-MM-DD] [--runbooks runbooks] [--verbose]",
  description: "Starts fake PagerDuty, Slack and GitHub servers on 127.0.0.1, seeds a sample team, and runs the real commands\nagainst them: publish the runbook index, the 10:00 Asia/Tokyo shift post, and four incidents from Alertmanager,\nDatadog and CloudWatch delivered through the relay with signed webhooks. Prints the channel as a person reads\nit, writes it as an HTML page, and exits non-zero with the reason when any step did not behave as expected.",
  options: [
    {
      name: "out",
      type: "string",
      description: "Directory for channel.html, payments.html, channel.txt and expected.json",
      default: "sandbox-out",
      cliOnly: true
    },
    {
      name: "day",
      type: "string",
      description: "The day to play (Tokyo date)",
      default: "today",
      cliOnly: true
    },
    {
      name: "runbooks",
      type: "string",
      description: "Runbooks directory to publish",
      default: "runbooks",
      cliOnly: true
    },
    { name: "verbose", type: "boolean", description: "Show every log line of every command", cliOnly: true }
  ],
  async run(args, ctx) {
    const day = optionalString(args, "day") ?? (/* @__PURE__ */ new Date()).toLocaleDateString("en-CA", { timeZone: "Asia/Tokyo" });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
      throw new ConfigError(
        `Invalid --day: expected a date such as 2026-11-26, found ${JSON.stringify(day)}.`
      );
    }
    const runbooksDir = optionalString(args, "runbooks") ?? "runbooks";
    if (!existsSync(sandbox_default.resolve(ctx.cwd, runbooksDir))) {
      throw new ConfigError(
        `No runbooks directory at ${sandbox_default.resolve(ctx.cwd, runbooksDir)}: run the sandbox from a clone of the repository (npm start), or pass --runbooks <dir>.`
      );
    }
    const outDir = sandbox_default.resolve(ctx.cwd, optionalString(args, "out") ?? "sandbox-out");
    const started = performance.now();
    const { runCommandLine } = ctx;
    if (!runCommandLine)
      throw new ConfigError(
        "The sandbox runs from the oncall CLI only: run `npx oncall sandbox` or `npm start`."
      );
    const { runSandbox } = await import("./run-WKQS6RVM.js");
    ctx.stdout(`oncall-runbooks sandbox \u2014 ${day}, Asia/Tokyo, fake PagerDuty/Slack/GitHub on 127.0.0.1

`);
    const result = await runSandbox({
      day,
      outDir,
      cwd: ctx.cwd,
      runbooksDir,
      runCommandLine,
      verbose: flag(args, "verbose"),
      print: (line) => ctx.stdout(`${line}
`)
    });
    ctx.stdout(`
${"\u2500".repeat(100)}
${result.text}${"\u2500".repeat(100)}
`);
    const seconds = ((performance.now() - started) / 1e3).toFixed(1);
    ctx.stdout(`Channel page: ${result.htmlPath}
`);
    ctx.stdout(`Routed channel page: ${result.paymentsHtmlPath}
`);
    if (result.failures.length > 0) {
      ctx.log.error(`sandbox: ${result.failures.length} step(s) did not behave as expected:`);
      for (const failure of result.failures) ctx.log.error(`  - ${failure}`);
      return { exitCode: 1 };
    }
    ctx.stdout(`Every step behaved as expected (${seconds} s).
`);
    return { exitCode: 0 };
  }
};
export {
  sandboxCommand
};
