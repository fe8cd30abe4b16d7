/**
 * `oncall relay`'s Slack settings: when `SLACK_SIGNING_SECRET` is set, the relay also serves the Slack app's
 * interactivity request URL and the `/oncall` command (slack-routes.ts), with its own Slack and PagerDuty clients.
 * Without it the Slack routes answer 404, as before.
 */
import type { Clock } from '../clock.js';
import { ConfigError } from '../errors.js';
import type { Logger, Redactor } from '../log.js';
import { createGitHubClient } from '../github/client.js';
import { dispatchPostmortem } from '../interact/postmortem-button.js';
import { createPagerDutyClient } from '../pagerduty/client.js';
import { SHIFT_LANGUAGES, type ShiftLanguage } from '../shift/message.js';
import { createSlackClient } from '../slack/client.js';
import type { OptionSpec, ParsedArgs } from '../commands/command.js';
import { list, optionalString } from '../commands/args.js';
import { parseSecrets } from './signature.js';
import { createSlackRoutes, type SlackInteractDeps, type SlackRoutes } from './slack-routes.js';

/** The relay's options for Slack; tokens come from the environment only. */
export const SLACK_ROUTE_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'slack-signing-secret',
    type: 'string',
    description:
      'Signing secret(s) of the Slack app (Basic Information → App Credentials), comma-separated during a rotation; ' +
      'turns on /slack/interactions and /slack/commands',
    env: 'SLACK_SIGNING_SECRET',
    secret: true,
    cliOnly: true,
  },
  {
    name: 'slack-channels',
    type: 'list',
    description: 'Channel IDs where the incident buttons work (the channels incidents are posted in)',
    env: 'SLACK_CHANNELS',
    cliOnly: true,
  },
  {
    name: 'oncall-schedules',
    type: 'list',
    description: 'PagerDuty schedule IDs that /oncall reports on (default: every schedule the key can see)',
    env: 'ONCALL_SCHEDULES',
    cliOnly: true,
  },
  {
    name: 'oncall-escalation-policies',
    type: 'list',
    description: 'PagerDuty escalation policy IDs that /oncall reports on',
    env: 'ONCALL_ESCALATION_POLICIES',
    cliOnly: true,
  },
  {
    name: 'oncall-language',
    type: 'string',
    description: 'Language of /oncall answers: en or ja',
    default: 'en',
    env: 'ONCALL_LANGUAGE',
    cliOnly: true,
  },
];

/**
 * The Slack routes for the relay, or undefined when no signing secret is set. Every missing setting is named in
 * one error, with where to find it. `directChannel` (direct mode's channel) is served as well: the relay posts
 * incidents there, so their buttons must work there. `github` (the relay's repository and token), when given, lets
 * the Draft postmortem button start the postmortem workflow.
 */
export function slackRoutesFromArgs(
  args: ParsedArgs,
  deps: {
    log: Logger;
    clock: Clock;
    redactor: Redactor;
    allowLoopbackResponseUrl?: boolean;
    directChannel?: string;
    github?: { token: string; repository: string; apiUrl?: string };
  },
): SlackRoutes | undefined {
  const secrets = parseSecrets(optionalString(args, 'slack-signing-secret'));
  if (secrets.length === 0) return undefined;
  for (const secret of secrets) deps.redactor.add(secret);
  const slackToken = optionalString(args, 'slack-bot-token');
  const pdToken = optionalString(args, 'pagerduty-token');
  if (slackToken) deps.redactor.add(slackToken);
  if (pdToken) deps.redactor.add(pdToken);
  const channels = [
    ...new Set([...list(args, 'slack-channels'), ...(deps.directChannel ? [deps.directChannel] : [])]),
  ];
  const language = optionalString(args, 'oncall-language') ?? 'en';
  const missing = [
    slackToken ? '' : "SLACK_BOT_TOKEN (the Slack app's Bot User OAuth Token, xoxb-…)",
    pdToken
      ? ''
      : 'PAGERDUTY_TOKEN (a PagerDuty REST API key with write access: the buttons change incidents)',
    channels.length > 0
      ? ''
      : 'SLACK_CHANNELS (IDs of the channels incidents are posted in, e.g. C0123ABCD) or --channel (direct mode)',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new ConfigError(
      `oncall relay: SLACK_SIGNING_SECRET is set, so the relay serves Slack buttons and /oncall, but it also needs: ${missing.join('; ')}.`,
    );
  }
  if (!(SHIFT_LANGUAGES as readonly string[]).includes(language)) {
    throw new ConfigError(`Invalid ONCALL_LANGUAGE: expected en or ja, found ${JSON.stringify(language)}.`);
  }
  // Fresh clients for each request: their retry budgets and look-up caches are sized for one run, not for a
  // server that stays up for weeks.
  const clients = (): Pick<SlackInteractDeps, 'slack' | 'pagerduty'> => ({
    slack: createSlackClient({
      token: slackToken!,
      apiUrl: optionalString(args, 'slack-api-url'),
      clock: deps.clock,
      log: deps.log,
      // A person is waiting: fewer, shorter tries than a workflow run makes.
      timeoutMs: 5_000,
      maxRetries: 1,
      maxRetryAfterMs: 5_000,
      allowLoopbackResponseUrl: deps.allowLoopbackResponseUrl ?? false,
    }) as SlackInteractDeps['slack'],
    pagerduty: createPagerDutyClient({
      token: pdToken!,
      apiUrl: optionalString(args, 'pagerduty-api-url'),
      clock: deps.clock,
      log: deps.log,
      requestTimeoutMs: 5_000,
      maxTransientRetries: 1,
      rateLimitBudgetMs: 10_000,
    }) as SlackInteractDeps['pagerduty'],
  });
  const channelSet = new Set(channels);
  const github = deps.github
    ? createGitHubClient({ ...deps.github, clock: deps.clock, log: deps.log, timeoutMs: 5_000 })
    : undefined;
  deps.log.info(
    `relay: serving Slack at /slack/interactions and /slack/commands; ${secrets.length} signing secret(s); ` +
      `buttons work in ${channels.join(', ')}; Draft postmortem ` +
      (deps.github
        ? `dispatches to ${deps.github.repository}`
        : 'is off (no GITHUB_TOKEN/GITHUB_REPOSITORY)'),
  );
  return createSlackRoutes({
    signingSecrets: secrets,
    clock: deps.clock,
    interact: () => ({ ...clients(), log: deps.log, channels: channelSet }),
    ...(github ? { requestPostmortem: dispatchPostmortem(github) } : {}),
    oncall: {
      language: language as ShiftLanguage,
      scheduleIds: list(args, 'oncall-schedules'),
      escalationPolicyIds: list(args, 'oncall-escalation-policies'),
    },
  });
}
