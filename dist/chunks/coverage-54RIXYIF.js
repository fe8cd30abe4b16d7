import {
  PAGERDUTY_OPTIONS,
  githubOptions
} from "./chunk-FUDV2S3G.js";
import {
  COVERAGE_MARKER
} from "./chunk-E2KOBLYX.js";
import {
  flag,
  optionLabel,
  optionalString,
  requiredString
} from "./chunk-ITXU4ZJA.js";
import "./chunk-JN6JRQFA.js";
import {
  readIndexFile,
  toIndexed
} from "./chunk-DTQ542JL.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  ConfigError,
  describeError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:child_process#src/commands/coverage.ts
var m = builtin("node:child_process");
var execFile = m.execFile;

// node-builtin:node:fs/promises#src/commands/coverage.ts
var m2 = builtin("node:fs/promises");
var mkdir = m2.mkdir;
var mkdtemp = m2.mkdtemp;
var readFile = m2.readFile;
var rm = m2.rm;
var stat = m2.stat;
var writeFile = m2.writeFile;

// node-builtin:node:os#src/commands/coverage.ts
var m3 = builtin("node:os");
var coverage_default = m3;

// node-builtin:node:path#src/commands/coverage.ts
var m4 = builtin("node:path");
var coverage_default2 = m4;

// node-builtin:node:util#src/commands/coverage.ts
var m5 = builtin("node:util");
var promisify = m5.promisify;

// src/commands/coverage.ts
var DAY_MS = 864e5;
var CACHE_FORMAT = "oncall-runbooks/titles";
var MAX_DAYS = 180;
async function readTitleCache(file, want) {
  let parsed;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch {
    return void 0;
  }
  const cache = parsed;
  if (cache.format !== CACHE_FORMAT || cache.version !== 1 || cache.day !== want.day || cache.days !== want.days || (cache.serviceIds ?? []).join(",") !== want.serviceIds.join(",") || !Array.isArray(cache.titles) || !cache.titles.every((t) => typeof t?.title === "string" && typeof t?.count === "number")) {
    return void 0;
  }
  return cache;
}
var run$ = promisify(execFile);
async function loadBase(base, headDir, ctx) {
  const resolved = coverage_default2.resolve(ctx.cwd, base);
  const info = await stat(resolved).catch(() => void 0);
  if (info?.isFile()) return (await readIndexFile(resolved, base)).runbooks;
  if (info?.isDirectory()) return loadDir(base, ctx);
  const dir = coverage_default2.relative(ctx.cwd, coverage_default2.resolve(ctx.cwd, headDir)).split(coverage_default2.sep).join("/") || ".";
  let names;
  try {
    const { stdout } = await run$("git", ["ls-tree", "-r", "--name-only", base, "--", dir], {
      cwd: ctx.cwd,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 3e4
    });
    names = stdout.split("\n").filter((n) => n !== "");
  } catch {
    throw new ConfigError(
      `--base ${JSON.stringify(base)} is neither a file, a directory nor a git ref of this repository (fetch it first, e.g. git fetch origin main).`
    );
  }
  const tmp = await mkdtemp(coverage_default2.join(coverage_default.tmpdir(), "oncall-base-"));
  try {
    for (const name of names) {
      const target = coverage_default2.join(tmp, name);
      await mkdir(coverage_default2.dirname(target), { recursive: true });
      const { stdout } = await run$("git", ["show", `${base}:${name}`], {
        cwd: ctx.cwd,
        encoding: "buffer",
        maxBuffer: 16 * 1024 * 1024,
        timeout: 3e4
      });
      await writeFile(target, stdout);
    }
    return await loadDir(coverage_default2.join(tmp, dir), { ...ctx, cwd: tmp });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
async function loadDir(dir, ctx) {
  const { validateRunbooks } = await import("./validate-FHOTXXHP.js");
  const { runbooks, problems } = await validateRunbooks(dir, { cwd: ctx.cwd });
  const errors = problems.filter((p) => p.severity === "error").length;
  if (errors > 0) ctx.log.warning(`${errors} error(s) in ${dir}; comparing the runbooks that could be read.`);
  return runbooks.map(toIndexed);
}
async function fetchTitles(args, ctx, token, since, until, serviceIds) {
  const [{ createPagerDutyClient }, { sampleTitles }] = await Promise.all([
    import("./client-JJATR2GF.js"),
    import("./coverage-ZEQIBHOM.js")
  ]);
  const pdUrl = optionalString(args, "pagerduty-api-url");
  const pagerduty = createPagerDutyClient({
    token,
    clock: ctx.clock,
    log: ctx.log,
    ...pdUrl !== void 0 ? { apiUrl: pdUrl } : {}
  });
  const incidents = await pagerduty.listIncidentsCreated({
    since,
    until,
    ...serviceIds.length ? { serviceIds } : {}
  });
  ctx.log.info(
    `PagerDuty: ${incidents.length} incident(s) read with ${pagerduty.requestCount?.() ?? 0} API call(s).`
  );
  return sampleTitles(
    incidents.map((i) => ({ title: i.title, service: { id: i.service.id, name: i.service.name } }))
  );
}
async function writeOut(args, ctx, markdown) {
  const out = optionalString(args, "out");
  if (out !== void 0) {
    await mkdir(coverage_default2.resolve(ctx.cwd, out), { recursive: true });
    await writeFile(coverage_default2.join(coverage_default2.resolve(ctx.cwd, out), "coverage.md"), markdown);
  }
  await commentOnPullRequest(args, ctx, markdown);
}
async function commentOnPullRequest(args, ctx, markdown) {
  const pr = optionalString(args, "comment-pr");
  if (pr === void 0) return;
  const number = Number(pr);
  const token = optionalString(args, "github-token");
  const repository = optionalString(args, "repository");
  if (!Number.isInteger(number) || number < 1 || token === void 0 || repository === void 0) {
    ctx.log.warning(
      `No pull-request comment: ${optionLabel(ctx, "comment-pr")} needs a pull request number (found ${JSON.stringify(pr)}), GITHUB_TOKEN and GITHUB_REPOSITORY.`
    );
    return;
  }
  try {
    const { createGitHubClient } = await import("./client-NAJHPQJL.js");
    const apiUrl = optionalString(args, "github-api-url");
    const github = createGitHubClient({
      token,
      repository,
      log: ctx.log,
      clock: ctx.clock,
      ...apiUrl ? { apiUrl } : {}
    });
    const { id, action } = await github.upsertIssueComment(number, COVERAGE_MARKER, markdown);
    ctx.log.info(`Coverage comment ${id} ${action} on pull request #${number}.`);
  } catch (error) {
    ctx.log.warning(`No pull-request comment: ${describeError(error)} The job summary has the result.`);
  }
}
async function run(args, ctx) {
  const label = (name) => optionLabel(ctx, name);
  const base = requiredString(
    args,
    ctx,
    "base",
    "an index file, a runbooks directory or a git ref such as origin/main"
  );
  const head = optionalString(args, "head") ?? "runbooks";
  const sinceText = optionalString(args, "since") ?? "30d";
  const m6 = /^(\d{1,3})d$/.exec(sinceText.trim());
  const days = m6 ? Number(m6[1]) : NaN;
  if (!(days >= 1 && days <= MAX_DAYS)) {
    throw new ConfigError(
      `Invalid ${label("since")}: expected a number of days from 1d to ${MAX_DAYS}d, found ${JSON.stringify(sinceText)}.`
    );
  }
  const serviceIds = (optionalString(args, "service") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const now = ctx.clock.now();
  const until = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const since = new Date(until.getTime() - days * DAY_MS);
  const day = until.toISOString().slice(0, 10);
  const cacheFile = optionalString(args, "cache");
  const want = { day, days, serviceIds };
  let titles = cacheFile ? (await readTitleCache(coverage_default2.resolve(ctx.cwd, cacheFile), want))?.titles : void 0;
  if (titles) ctx.log.info(`Titles of ${day} from ${cacheFile} (no PagerDuty call).`);
  else {
    const token = optionalString(args, "pagerduty-token");
    if (token === void 0) {
      const note = "Runbook coverage skipped: no token (set the PAGERDUTY_TOKEN secret, a read-only key, to replay past incidents).";
      ctx.stdout(`${note}
`);
      ctx.summary?.addMarkdown(`${note}
`);
      await writeOut(args, ctx, `${COVERAGE_MARKER}
${note}
`);
      ctx.setOutput("coverage", "skipped");
      return { exitCode: 0 };
    }
    titles = await fetchTitles(args, ctx, token, since, until, serviceIds);
    if (cacheFile) {
      const cache = { format: CACHE_FORMAT, version: 1, day, days, serviceIds, titles };
      await mkdir(coverage_default2.dirname(coverage_default2.resolve(ctx.cwd, cacheFile)), { recursive: true });
      await writeFile(coverage_default2.resolve(ctx.cwd, cacheFile), JSON.stringify(cache));
    }
  }
  const [{ createMatcher }, { compareCoverage }, { coverageMarkdown, coverageJson }] = await Promise.all([
    import("./matcher-UFQCOFJN.js"),
    import("./coverage-ZEQIBHOM.js"),
    import("./coverage-render-4VTLQILB.js")
  ]);
  const baseRunbooks = await loadBase(base, head, ctx);
  const headRunbooks = await loadDir(head, ctx);
  const result = compareCoverage(titles, createMatcher(baseRunbooks), {
    matcher: createMatcher(headRunbooks),
    runbooks: headRunbooks
  });
  const markdown = coverageMarkdown(result, { days });
  ctx.stdout(flag(args, "json") ? `${coverageJson(result, { since, until })}
` : `${markdown}
`);
  ctx.summary?.addMarkdown(markdown);
  await writeOut(args, ctx, markdown);
  ctx.setOutput("coverage", "done");
  return { exitCode: 0 };
}
var coverageCommand = {
  name: "coverage",
  summary: "Replay past incident titles through the base and head runbooks",
  usage: "oncall coverage --base <index.json | dir | git ref> [--head runbooks] [--since 30d] [--cache <file>] [--service <id>,\u2026] [--json] [--out <dir>]",
  description: [
    "Reads the incident titles of the last N whole UTC days (once per day with --cache), matches each with the",
    "base and the head runbooks, and reports the matched share before \u2192 after, newly matched titles, titles that",
    "lost their runbook, titles whose winning runbook changed, and ties on priority. Without a PagerDuty token and",
    'without a cache of the day it prints "skipped: no token" and exits 0.'
  ].join("\n"),
  options: [
    {
      name: "base",
      type: "string",
      cliOnly: true,
      description: "Base runbooks: an index file, a directory or a git ref"
    },
    {
      name: "head",
      type: "string",
      cliOnly: true,
      description: "Head runbooks directory",
      default: "runbooks"
    },
    {
      name: "since",
      type: "string",
      cliOnly: true,
      description: "Days of incidents to replay, e.g. 30d",
      default: "30d"
    },
    {
      name: "cache",
      type: "string",
      cliOnly: true,
      description: "Titles cache file (fetched once per UTC day)"
    },
    {
      name: "service",
      type: "string",
      cliOnly: true,
      description: "Only these PagerDuty service IDs (comma-separated)"
    },
    {
      name: "out",
      type: "string",
      cliOnly: true,
      description: "Directory to write coverage.md to (for a PR comment)"
    },
    { name: "json", type: "boolean", cliOnly: true, description: "Print the versioned JSON result" },
    {
      name: "comment-pr",
      type: "string",
      cliOnly: true,
      description: "Pull request number: keep one comment with the result there, updated in place"
    },
    ...PAGERDUTY_OPTIONS.map((o) => ({ ...o, cliOnly: true })),
    ...githubOptions("Token that may comment on pull requests (pull-requests: write)", { cliOnly: true })
  ],
  run
};
export {
  coverageCommand,
  readTitleCache
};
