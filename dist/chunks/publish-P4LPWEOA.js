import {
  publishRunbooks
} from "./chunk-V2D6OIS3.js";
import {
  reportProblems
} from "./chunk-WEOZYBU6.js";
import {
  githubOptions,
  indexLocationOptions
} from "./chunk-FUDV2S3G.js";
import {
  flag,
  optionLabel,
  optionalString
} from "./chunk-ITXU4ZJA.js";
import {
  createGitHubClient
} from "./chunk-S4TTLXGH.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-GUVNCUNR.js";
import {
  resolveSource
} from "./chunk-DTQ542JL.js";
import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH
} from "./chunk-OSEZHEJR.js";
import "./chunk-M7LR7W3O.js";
import "./chunk-LEF5IGAI.js";
import "./chunk-RW3X5YEY.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// src/commands/publish.ts
var publishCommand = {
  name: "publish",
  summary: "Validate runbooks and publish the index to a branch (no commit when unchanged)",
  usage: "oncall publish [dir] [--index-branch oncall-runbooks-index] [--index-path index.json] [--dry-run]",
  description: 'Runs the same checks as "oncall validate" and refuses to publish when any error is found. Writes the index as one file on a dedicated branch through the GitHub contents API (the branch is created from the default branch when missing), so alert runs read it with `contents: read` and no checkout. No commit is made when the published file is already identical. Needs GITHUB_TOKEN with `contents: write` and GITHUB_REPOSITORY.',
  positionals: [{ name: "dir", description: "Directory holding the runbook files", default: "runbooks" }],
  options: [
    ...indexLocationOptions(),
    { name: "dry-run", type: "boolean", description: "Validate, build and compare, but write nothing" },
    ...githubOptions("GitHub token with `contents: write` on the repository")
  ],
  async run(args, ctx) {
    const dir = args.positionals[0] ?? "runbooks";
    const branch = optionalString(args, "index-branch") ?? DEFAULT_INDEX_BRANCH;
    const path = optionalString(args, "index-path") ?? DEFAULT_INDEX_PATH;
    const dryRun = flag(args, "dry-run");
    const token = optionalString(args, "github-token");
    const repository = optionalString(args, "repository");
    if (!dryRun && (token === void 0 || repository === void 0)) {
      const missing = token === void 0 ? `the token (${ctx.surface === "cli" ? "env GITHUB_TOKEN" : 'input "github-token"'})` : optionLabel(ctx, "repository");
      throw new ConfigError(
        `oncall publish needs ${missing}: expected a token with \`contents: write\` and the repository as owner/repo (GITHUB_REPOSITORY). Use --dry-run to check without publishing.`
      );
    }
    const deps = {
      log: ctx.log,
      validate: async (d, o) => (await import("./validate-FHOTXXHP.js")).validateRunbooks(d, o),
      resolveSource,
      report: (problems) => reportProblems(problems, ctx.log)
    };
    if (token !== void 0 && repository !== void 0) {
      deps.github = createGitHubClient({
        token,
        repository,
        apiUrl: optionalString(args, "github-api-url"),
        clock: ctx.clock,
        log: ctx.log
      });
    }
    const result = await publishRunbooks(deps, { dir, cwd: ctx.cwd, env: ctx.env, branch, path, dryRun });
    ctx.setOutput("index-changed", String(result.changed));
    ctx.setOutput("index-commit", result.commitSha ?? "");
    ctx.summary?.addMarkdown(
      [
        "### Runbook index",
        "",
        "| Runbooks | Size | Location | Result |",
        "|---|---|---|---|",
        `| ${result.runbooks} | ${result.bytes} bytes | \`${branch}:${path}\` | ${dryRun ? result.changed ? "dry run: would change" : "dry run: unchanged" : result.commitSha ? `published in ${result.commitSha.slice(0, 12)}` : "unchanged, no commit"} |`,
        ""
      ].join("\n")
    );
    return { exitCode: 0 };
  }
};
export {
  publishCommand
};
