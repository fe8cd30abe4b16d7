import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  matchesText
} from "./chunk-HF3PC64S.js";
import {
  createMatcher
} from "./chunk-RSXYGAF5.js";
import {
  readIndexFile
} from "./chunk-RDJC7CW4.js";
import "./chunk-FYQKVPZC.js";
import {
  flag,
  optionLabel,
  optionalString
} from "./chunk-NC2GMJHO.js";
import {
  ConfigError
} from "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";

// src/commands/match.ts
import path from "node:path";
function matchesJson(matches) {
  return JSON.stringify({
    matches: matches.map((m) => ({ id: m.id, title: m.title, score: m.score, terms: m.terms }))
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
    return (await readIndexFile(path.resolve(ctx.cwd, indexFile), indexFile)).runbooks;
  const from = dir ?? "runbooks";
  const [{ validateRunbooks }, { reportProblems }, { toIndexed }] = await Promise.all([
    import("./validate-GY7ZTRGZ.js"),
    import("./build-7PY6ACRF.js"),
    import("./index-file-DHAZ2RPN.js")
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
  const runbooks = await loadRunbooks(args, ctx);
  if (runbooks === null) return { exitCode: 1 };
  const matcher = createMatcher(runbooks);
  const alert = (t) => ({
    text: t,
    ...service !== void 0 ? { service: { id: service, name: service } } : {}
  });
  if (stdin) {
    for await (const line of ctx.stdinLines()) ctx.stdout(`${matchesJson(matcher.match(alert(line)))}
`);
    return { exitCode: 0 };
  }
  const matches = matcher.match(alert(text));
  ctx.stdout(flag(args, "json") ? `${matchesJson(matches)}
` : matchesText(matches));
  return { exitCode: 0 };
}
var matchCommand = {
  name: "match",
  summary: "Show which runbooks match an alert text, best first, and why",
  usage: 'oncall match "<alert text>" [--index index.json | --dir runbooks] [--service <name-or-id>] [--json] [--stdin]',
  description: [
    "Matches with the same matcher the alert path uses. Without --index, the runbooks in --dir (default",
    '"runbooks") are validated first and errors stop the command. Exit code 0 whether or not anything matches.'
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
      description: 'Print {"matches": [{id, title, score, terms}]}'
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
  matchCommand,
  matchesJson,
  matchesText
};
