import {
  matchesText
} from "./chunk-BEQWSHHF.js";
import {
  flag,
  optionLabel,
  optionalString
} from "./chunk-ITXU4ZJA.js";
import {
  openIndexFile
} from "./chunk-GUVNCUNR.js";
import {
  readIndexFile
} from "./chunk-DTQ542JL.js";
import {
  createMatcher
} from "./chunk-M7LR7W3O.js";
import {
  readAlert
} from "./chunk-QB6QIQAD.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";

// node-builtin:node:path#src/commands/match.ts
var m = builtin("node:path");
var match_default = m;

// src/commands/match.ts
function matchesJson(reading, matches) {
  const { title } = reading;
  return JSON.stringify({
    alert: {
      text: reading.text,
      tool: title.tool,
      alertName: title.alertName,
      labels: title.labels,
      ...title.status !== void 0 ? { status: title.status } : {}
    },
    matches: matches.map((m2) => ({ id: m2.id, title: m2.title, score: m2.score, terms: m2.terms }))
  });
}
async function loadRunbooks(args, ctx) {
  const indexFile = optionalString(args, "index");
  const dir = optionalString(args, "dir");
  if (indexFile !== void 0 && dir !== void 0) {
    throw new ConfigError(
      `${optionLabel(ctx, "index")} and ${optionLabel(ctx, "dir")} are alternatives: give one (an index built by "oncall build", or a runbooks directory).`
    );
  }
  if (indexFile !== void 0)
    return (await readIndexFile(match_default.resolve(ctx.cwd, indexFile), indexFile)).runbooks;
  const from = dir ?? "runbooks";
  const [{ validateRunbooks }, { reportProblems }, { toIndexed }] = await Promise.all([
    import("./validate-FHOTXXHP.js"),
    import("./build-A4R3VWWW.js"),
    import("./index-file-ILPIKYQS.js")
  ]);
  const { runbooks, problems } = await validateRunbooks(from, { cwd: ctx.cwd });
  const errors = reportProblems(
    problems.filter((p) => p.severity === "error"),
    ctx.log
  );
  if (errors > 0) {
    ctx.log.error(`${errors} error(s) in ${from}: fix them (run "oncall validate ${from}") before matching.`);
    return null;
  }
  return runbooks.map(toIndexed);
}
async function loadMatcher(args, ctx) {
  const indexFile = optionalString(args, "index");
  if (indexFile !== void 0 && optionalString(args, "dir") === void 0) {
    return (await openIndexFile(match_default.resolve(ctx.cwd, indexFile), indexFile)).matcher();
  }
  const runbooks = await loadRunbooks(args, ctx);
  return runbooks === null ? null : createMatcher(runbooks);
}
async function run(args, ctx) {
  const stdin = flag(args, "stdin");
  const text = args.positionals[0];
  if (stdin && text !== void 0) {
    throw new ConfigError(
      `Give the alert text as an argument or use --stdin, not both (found argument ${JSON.stringify(text)}).`
    );
  }
  if (!stdin && text === void 0) {
    throw new ConfigError(
      'Missing alert text: expected oncall match "<alert text>", or --stdin to read one alert text per line.'
    );
  }
  const service = optionalString(args, "service");
  const matcher = await loadMatcher(args, ctx);
  if (matcher === null) return { exitCode: 1 };
  const alert = (reading2) => ({
    text: reading2.text,
    ...service !== void 0 ? { service: { id: service, name: service } } : {}
  });
  if (stdin) {
    for await (const line of ctx.stdinLines()) {
      const reading2 = readAlert(line);
      ctx.stdout(`${matchesJson(reading2, matcher.match(alert(reading2)))}
`);
    }
    return { exitCode: 0 };
  }
  const reading = readAlert(text);
  const matches = matcher.match(alert(reading));
  ctx.stdout(flag(args, "json") ? `${matchesJson(reading, matches)}
` : matchesText(matches));
  return { exitCode: 0 };
}
var matchCommand = {
  name: "match",
  summary: "Show which runbooks match an alert text, best first, and why",
  usage: 'oncall match "<alert text>" [--index index.json | --dir runbooks] [--service <name-or-id>] [--json] [--stdin]',
  description: [
    "Reads the text as the alert path does (the first line is the incident title, cleaned of the monitoring",
    "tool's status prefix; further lines count as the alert's details) and matches with the same matcher.",
    'Without --index, the runbooks in --dir (default "runbooks") are validated first and errors stop the',
    "command. Exit code 0 whether or not anything matches."
  ].join("\n"),
  positionals: [
    { name: "alert text", description: "The alert title (plus summary/description, if you have them)" }
  ],
  options: [
    { name: "index", type: "string", description: 'Index file built by "oncall build"' },
    {
      name: "dir",
      type: "string",
      description: "Runbooks directory to validate and match against",
      default: "runbooks"
    },
    {
      name: "service",
      type: "string",
      description: "The alert's PagerDuty service name or ID, for rules with match.services"
    },
    {
      name: "json",
      type: "boolean",
      cliOnly: true,
      description: 'Print {"alert": {text, tool, alertName, labels, status}, "matches": [{id, title, score, terms}]}'
    },
    {
      name: "stdin",
      type: "boolean",
      cliOnly: true,
      description: "Read one alert text per line; print one JSON object per line, in order"
    }
  ],
  run
};

export {
  matchesJson,
  loadRunbooks,
  matchCommand
};
