import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH
} from "./chunk-OSEZHEJR.js";

// src/commands/shared-options.ts
var PAGERDUTY_OPTIONS = [
  {
    name: "pagerduty-token",
    type: "string",
    description: "PagerDuty REST API key (read-only is enough; write access for escalate_to)",
    env: "PAGERDUTY_TOKEN",
    secret: true
  },
  {
    name: "pagerduty-api-url",
    type: "string",
    description: "PagerDuty REST API URL (https://api.eu.pagerduty.com for EU accounts)",
    default: "https://api.pagerduty.com",
    env: "PAGERDUTY_API_URL"
  }
];
var SLACK_OPTIONS = [
  {
    name: "slack-bot-token",
    type: "string",
    description: "Slack bot token, xoxb-\u2026 (scopes: see the README)",
    env: "SLACK_BOT_TOKEN",
    secret: true
  },
  {
    name: "slack-api-url",
    type: "string",
    description: "Slack Web API URL",
    default: "https://slack.com/api/",
    env: "SLACK_API_URL"
  }
];
function githubOptions(tokenDescription, extra = {}) {
  return [
    {
      name: "github-token",
      type: "string",
      description: tokenDescription,
      env: "GITHUB_TOKEN",
      secret: true,
      ...extra
    },
    {
      name: "repository",
      type: "string",
      description: "Repository as owner/repo",
      env: "GITHUB_REPOSITORY",
      ...extra
    },
    {
      name: "github-api-url",
      type: "string",
      description: "GitHub REST API URL (GitHub Enterprise Server)",
      default: "https://api.github.com",
      env: "GITHUB_API_URL",
      ...extra
    }
  ];
}
function indexLocationOptions(extra = {}) {
  return [
    {
      name: "index-branch",
      type: "string",
      description: "Branch that holds the published index",
      default: DEFAULT_INDEX_BRANCH,
      ...extra
    },
    {
      name: "index-path",
      type: "string",
      description: "Path of the published index on that branch",
      default: DEFAULT_INDEX_PATH,
      ...extra
    }
  ];
}

export {
  PAGERDUTY_OPTIONS,
  SLACK_OPTIONS,
  githubOptions,
  indexLocationOptions
};
