import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  optionalString
} from "./chunk-MHKXONUL.js";

// src/runbooks/pr-preview-options.ts
var PR_INDEX_BRANCH = "oncall-runbooks-index";
var PR_INDEX_PATH = "index.json";
var PR_PREVIEW_OPTIONS = [
  {
    name: "base-dir",
    type: "string",
    description: "The default branch's runbooks directory (a second checkout): compare each changed runbook's test titles with it"
  },
  {
    name: "base-index",
    type: "string",
    description: 'Runbook index of the default branch (built by "oncall build"): compare with it instead of --base-dir'
  },
  {
    name: "github-token",
    type: "string",
    description: "In Actions: token that can read the repository, to compare with the published index when no base-dir/base-index is given",
    env: "GITHUB_TOKEN",
    secret: true,
    actionOnly: true
  },
  {
    name: "repository",
    type: "string",
    description: "Repository (owner/repo) that holds the published index",
    env: "GITHUB_REPOSITORY",
    actionOnly: true
  },
  {
    name: "github-api-url",
    type: "string",
    description: "GitHub REST API URL (GitHub Enterprise Server)",
    default: "https://api.github.com",
    env: "GITHUB_API_URL",
    actionOnly: true
  },
  {
    name: "index-branch",
    type: "string",
    description: "Branch that holds the published index",
    default: PR_INDEX_BRANCH,
    actionOnly: true
  },
  {
    name: "index-path",
    type: "string",
    description: "Path of the published index on that branch",
    default: PR_INDEX_PATH,
    actionOnly: true
  }
];
function wantsPrPreview(args, ctx) {
  if (ctx.surface === "action") return true;
  return optionalString(args, "base-dir") !== void 0 || optionalString(args, "base-index") !== void 0;
}

export {
  PR_INDEX_BRANCH,
  PR_INDEX_PATH,
  PR_PREVIEW_OPTIONS,
  wantsPrPreview
};
