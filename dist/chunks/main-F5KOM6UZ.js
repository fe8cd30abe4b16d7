import {
  commands,
  findCommand
} from "./chunk-TCGLXFDC.js";
import {
  parseBoolean,
  splitList
} from "./chunk-ITXU4ZJA.js";
import {
  Redactor,
  neutralizeCommands,
  streamLogger
} from "./chunk-BIIUCKQH.js";
import "./chunk-TVETWU2K.js";
import {
  systemClock
} from "./chunk-LEF5IGAI.js";
import {
  didYouMean
} from "./chunk-GCNY4AAF.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  ConfigError,
  describeError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:util#src/cli/main.ts
var m = builtin("node:util");
var parseArgs = m.parseArgs;

// src/cli/main.ts
var VERSION = "0.1.0";
async function main(io) {
  const [name, ...rest] = io.argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? rest[0] : void 0;
    if (topic) return main({ ...io, argv: [topic, "--help"] });
    io.stdout(globalHelp());
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const entry = findCommand(name);
  if (!entry) {
    const hint = didYouMean(
      name,
      commands.map((c) => c.name)
    );
    io.stderr(
      `oncall: unknown command "${name}".${hint ? ` Did you mean "${hint}"?` : ""} Run "oncall --help".
`
    );
    return 2;
  }
  const spec = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(commandHelp(spec));
    return 0;
  }
  const redactor = new Redactor();
  const verbose = Boolean(io.env.ONCALL_DEBUG);
  const log = streamLogger((line) => io.stderr(`${line}
`), redactor, { verbose });
  try {
    const args = parseCommandArgs(spec, rest, io.env, redactor);
    const ctx = {
      surface: "cli",
      cwd: io.cwd,
      env: io.env,
      clock: io.clock ?? systemClock,
      log,
      redactor,
      // Program output may be read by a workflow runner too (the CLI in a `run:` step): no line may start a command.
      stdout: (text) => io.stdout(neutralizeCommands(redactor.redact(text))),
      stdinLines: () => readLines(io.stdin),
      setOutput: () => void 0,
      runCommandLine: main
    };
    const result = await spec.run(args, ctx);
    return result.exitCode;
  } catch (error) {
    log.error(describeError(error));
    if (verbose && error instanceof Error && error.stack) log.debug(error.stack);
    return error instanceof ConfigError ? 2 : 1;
  }
}
function parseCommandArgs(spec, argv, env, redactor) {
  const cliOptions = spec.options.filter((o) => !o.actionOnly && !o.secret);
  const config = {};
  for (const o of cliOptions) {
    config[o.name] = {
      type: o.type === "boolean" ? "boolean" : "string",
      ...o.type === "list" ? { multiple: true } : {},
      ...o.short ? { short: o.short } : {}
    };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (error) {
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(describeError(error))?.[1];
    if (unknown) {
      const hint = didYouMean(
        unknown.replace(/^-+/, ""),
        cliOptions.map((o) => o.name)
      );
      throw new ConfigError(
        `unknown option "${unknown}" for "oncall ${spec.name}".${hint ? ` Did you mean "--${hint}"?` : ""} See "oncall ${spec.name} --help".`
      );
    }
    throw new ConfigError(`${describeError(error)}. See "oncall ${spec.name} --help".`);
  }
  const maxPositionals = spec.positionals?.length ?? 0;
  if (parsed.positionals.length > maxPositionals) {
    throw new ConfigError(
      `"oncall ${spec.name}" takes ${maxPositionals === 0 ? "no arguments" : `at most ${maxPositionals} argument(s)`}, found ${parsed.positionals.length}: ${parsed.positionals.map((p) => JSON.stringify(p)).join(" ")}. Usage: ${spec.usage}`
    );
  }
  const values = {};
  for (const o of spec.options) {
    let value = parsed.values[o.name];
    if (o.type === "list" && Array.isArray(value)) value = splitList(value);
    if (value === void 0 && o.env && env[o.env] !== void 0 && env[o.env] !== "") {
      const fromEnv = env[o.env];
      value = o.type === "list" ? splitList([fromEnv]) : o.type === "boolean" ? parseBoolean(fromEnv, o) : fromEnv;
    }
    if (o.secret && typeof value === "string") {
      redactor.add(value);
      value = value.trim();
    }
    values[o.name] = value;
  }
  return { values, positionals: parsed.positionals };
}
async function* readLines(stream) {
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}
function globalHelp() {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "oncall \u2014 on-call shift posts, alert routing and runbooks as code, for PagerDuty and Slack.",
    "",
    "Usage: oncall <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    'Run "oncall <command> --help" for the options of a command.',
    "Set ONCALL_DEBUG=1 for debug output.",
    ""
  ].join("\n");
}
function commandHelp(spec) {
  const lines = [`Usage: ${spec.usage}`, "", spec.summary];
  if (spec.description) lines.push("", spec.description);
  const flags = spec.options.filter((o) => !o.actionOnly && !o.secret);
  const flagText = (o) => `--${o.name}${o.type === "boolean" ? "" : o.type === "list" ? " <a,b,\u2026>" : " <value>"}`;
  const secrets = spec.options.filter((o) => o.secret && o.env);
  const width = Math.max(
    "-h, --help".length,
    ...(spec.positionals ?? []).map((p) => p.name.length),
    ...flags.map((o) => flagText(o).length),
    ...secrets.map((o) => o.env.length)
  ) + 2;
  if (spec.positionals?.length) {
    lines.push("", "Arguments:");
    for (const p of spec.positionals) {
      lines.push(`  ${p.name.padEnd(width)}${p.description}${p.default ? ` (default: ${p.default})` : ""}`);
    }
  }
  if (flags.length) {
    lines.push("", "Options:");
    for (const o of flags) {
      const extra = [o.default ? `default: ${o.default}` : "", o.env ? `env: ${o.env}` : ""].filter(Boolean).join("; ");
      lines.push(`  ${flagText(o).padEnd(width)}${o.description}${extra ? ` (${extra})` : ""}`);
    }
  }
  if (secrets.length) {
    lines.push("", "Environment (secrets are read from the environment only):");
    for (const o of secrets) lines.push(`  ${o.env.padEnd(width)}${o.description}`);
  }
  lines.push(`  ${"-h, --help".padEnd(width)}Show this help`, "");
  return lines.join("\n");
}
export {
  commandHelp,
  globalHelp,
  main,
  parseCommandArgs
};
