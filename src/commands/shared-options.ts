/**
 * Options several commands share, declared once so that a flag, its environment variable, its default and its
 * action input cannot differ between commands.
 */
import { DEFAULT_INDEX_BRANCH, DEFAULT_INDEX_PATH } from '../runbooks/types.js';
import type { OptionSpec } from './command.js';

export { DEFAULT_INDEX_BRANCH, DEFAULT_INDEX_PATH };

export const PAGERDUTY_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'pagerduty-token',
    type: 'string',
    description: 'PagerDuty REST API key (read-only is enough; write access for escalate_to)',
    env: 'PAGERDUTY_TOKEN',
    secret: true,
  },
  {
    name: 'pagerduty-api-url',
    type: 'string',
    description: 'PagerDuty REST API URL (https://api.eu.pagerduty.com for EU accounts)',
    default: 'https://api.pagerduty.com',
    env: 'PAGERDUTY_API_URL',
  },
];

export const SLACK_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'slack-bot-token',
    type: 'string',
    description: 'Slack bot token, xoxb-… (scopes: see the README)',
    env: 'SLACK_BOT_TOKEN',
    secret: true,
  },
  {
    name: 'slack-api-url',
    type: 'string',
    description: 'Slack Web API URL',
    default: 'https://slack.com/api/',
    env: 'SLACK_API_URL',
  },
];

/** The repository and token for the GitHub API; `tokenDescription` says what the command needs the token for. */
export function githubOptions(tokenDescription: string, extra: Partial<OptionSpec> = {}): OptionSpec[] {
  return [
    {
      name: 'github-token',
      type: 'string',
      description: tokenDescription,
      env: 'GITHUB_TOKEN',
      secret: true,
      ...extra,
    },
    {
      name: 'repository',
      type: 'string',
      description: 'Repository as owner/repo',
      env: 'GITHUB_REPOSITORY',
      ...extra,
    },
    {
      name: 'github-api-url',
      type: 'string',
      description: 'GitHub REST API URL (GitHub Enterprise Server)',
      default: 'https://api.github.com',
      env: 'GITHUB_API_URL',
      ...extra,
    },
  ];
}

export function indexLocationOptions(extra: Partial<OptionSpec> = {}): OptionSpec[] {
  return [
    {
      name: 'index-branch',
      type: 'string',
      description: 'Branch that holds the published index',
      default: DEFAULT_INDEX_BRANCH,
      ...extra,
    },
    {
      name: 'index-path',
      type: 'string',
      description: 'Path of the published index on that branch',
      default: DEFAULT_INDEX_PATH,
      ...extra,
    },
  ];
}
