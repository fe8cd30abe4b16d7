/**
 * The relay as a Web-standard `fetch(Request) → Response` function, configured from environment variables, for
 * serverless runtimes; `oncall relay` serves the same function from a Node HTTP server.
 *
 * Mode: direct (the relay posts to Slack itself) when a Slack channel is configured together with `SLACK_BOT_TOKEN`
 * and `PAGERDUTY_TOKEN`; otherwise Actions mode (a `repository_dispatch` to the alert workflow).
 */
import { systemClock, type Clock } from '../clock.js';
import { ConfigError } from '../errors.js';
import { createGitHubClient } from '../github/client.js';
import { Redactor, streamLogger, type Logger } from '../log.js';
import { DEFAULT_INDEX_BRANCH, DEFAULT_INDEX_PATH } from '../runbooks/types.js';
import { checkChannelId, createDirectMode, type DirectModeConfig, type DirectSink } from './direct.js';
import { createRelayHandler } from './handler.js';
import { DEFAULT_HANDLED_EVENT_TYPES } from '../dispatch/from-webhook.js';
import { parseSecrets } from './signature.js';
import type { SlackRoutes } from './slack-routes.js';

/** The relay's settings as given (flags or environment), before they are checked. */
export interface RelayInput {
  webhookSecret?: string;
  path?: string;
  events?: readonly string[];
  githubToken?: string;
  repository?: string;
  githubApiUrl?: string;
  slackToken?: string;
  pagerdutyToken?: string;
  channel?: string;
  slackApiUrl?: string;
  pagerdutyApiUrl?: string;
  fromEmail?: string;
  indexBranch?: string;
  indexPath?: string;
  /** GitHub web URL for links to runbook documents. */
  serverUrl?: string;
}

/** Checked settings: every field a mode needs is present. */
export interface RelaySettings {
  secrets: string[];
  path: string;
  events: readonly string[];
  github?: { token: string; repository: string; apiUrl?: string };
  /** Direct mode, with where the published runbook index is read (from `github`, when given). */
  direct?: Omit<DirectModeConfig, 'index'> & { indexBranch: string; indexPath: string };
}

/** How a setting is named to the user: `--channel`/`ONCALL_SLACK_CHANNEL` on the CLI, the variable alone elsewhere. */
export type SettingLabel = (setting: 'channel' | 'webhook-secret' | 'slack' | 'pagerduty') => string;

const ENV_LABELS: Record<Parameters<SettingLabel>[0], string> = {
  channel: 'ONCALL_SLACK_CHANNEL',
  'webhook-secret': 'PAGERDUTY_WEBHOOK_SECRET',
  slack: 'SLACK_BOT_TOKEN',
  pagerduty: 'PAGERDUTY_TOKEN',
};

/** Checks the input and picks the mode; a ConfigError names everything missing at once. */
export function resolveRelaySettings(
  input: RelayInput,
  label: SettingLabel = (setting) => ENV_LABELS[setting],
): RelaySettings {
  const secrets = parseSecrets(input.webhookSecret);
  const github =
    input.githubToken && input.repository
      ? {
          token: input.githubToken,
          repository: input.repository,
          ...(input.githubApiUrl ? { apiUrl: input.githubApiUrl } : {}),
        }
      : undefined;
  const missing: string[] = [];
  if (secrets.length === 0) {
    missing.push(
      `${label('webhook-secret')} (the signing secret shown when the webhook subscription was created)`,
    );
  }
  let direct: RelaySettings['direct'];
  if (input.channel) {
    // A channel is the explicit choice of direct mode: a token missing then is a mistake, not Actions mode.
    if (!input.slackToken)
      missing.push(`${label('slack')} (direct mode: a Slack bot token with chat:write, channels:history)`);
    if (!input.pagerdutyToken) missing.push(`${label('pagerduty')} (direct mode: a PagerDuty REST API key)`);
    if (input.slackToken && input.pagerdutyToken) {
      direct = {
        slackToken: input.slackToken,
        pagerdutyToken: input.pagerdutyToken,
        channel: checkChannelId(input.channel, label('channel')),
        ...(input.slackApiUrl ? { slackApiUrl: input.slackApiUrl } : {}),
        ...(input.pagerdutyApiUrl ? { pagerdutyApiUrl: input.pagerdutyApiUrl } : {}),
        ...(input.fromEmail ? { fromEmail: input.fromEmail } : {}),
        ...(input.serverUrl ? { serverUrl: input.serverUrl } : {}),
        indexBranch: input.indexBranch ?? DEFAULT_INDEX_BRANCH,
        indexPath: input.indexPath ?? DEFAULT_INDEX_PATH,
      };
    }
  } else if (!github) {
    const absent = [input.githubToken ? '' : 'GITHUB_TOKEN', input.repository ? '' : 'GITHUB_REPOSITORY'];
    missing.push(
      `${absent.filter(Boolean).join(' and ')} (a token with contents: write on the owner/repo that holds the ` +
        `alert workflow), or ${label('channel')} with ${label('slack')} and ${label('pagerduty')} to post to ` +
        'Slack directly',
    );
  }
  if (missing.length > 0) throw new ConfigError(`oncall relay: missing ${missing.join('; ')}.`);
  return {
    secrets,
    path: input.path ?? '/',
    events: input.events && input.events.length > 0 ? input.events : DEFAULT_HANDLED_EVENT_TYPES,
    ...(github ? { github } : {}),
    ...(direct ? { direct } : {}),
  };
}

/**
 * The relay's request handler for checked settings, and the direct-mode sink when there is one. `slack`, when
 * given, serves the Slack app's routes beside the webhook.
 */
export function createConfiguredHandler(
  settings: RelaySettings,
  deps: { clock: Clock; log: Logger; slack?: SlackRoutes },
): { handler: (request: Request) => Promise<Response>; direct?: DirectSink } {
  const github = settings.github
    ? createGitHubClient({
        ...settings.github,
        clock: deps.clock,
        log: deps.log,
        // Dispatch: the handler aborts at its own deadline, this only bounds a request nobody waits for. Index
        // reads in direct mode fall back to the cached index, so they must not hold a post for long.
        timeoutMs: settings.direct ? 2_000 : 10_000,
      })
    : undefined;
  const d = settings.direct;
  const direct = d
    ? createDirectMode(
        {
          ...d,
          ...(github ? { index: { github, branch: d.indexBranch, path: d.indexPath } } : {}),
        },
        deps,
      )
    : undefined;
  const handler = createRelayHandler({
    secrets: settings.secrets,
    ...(direct ? { sink: direct } : { github }),
    log: deps.log,
    clock: deps.clock,
    handledEventTypes: settings.events,
    path: settings.path,
    ...(deps.slack ? { slack: deps.slack } : {}),
  });
  return { handler, ...(direct ? { direct } : {}) };
}

/** Reads the relay's settings from environment variables (the names `oncall relay` documents). */
export function relayInputFromEnv(env: Readonly<Record<string, string | undefined>>): RelayInput {
  const get = (name: string) => (env[name]?.trim() ? env[name] : undefined);
  const events = get('ONCALL_RELAY_EVENTS');
  return {
    webhookSecret: get('PAGERDUTY_WEBHOOK_SECRET'),
    path: get('ONCALL_RELAY_PATH'),
    ...(events
      ? {
          events: events
            .split(',')
            .map((e) => e.trim())
            .filter(Boolean),
        }
      : {}),
    githubToken: get('GITHUB_TOKEN'),
    repository: get('GITHUB_REPOSITORY'),
    githubApiUrl: get('GITHUB_API_URL'),
    slackToken: get('SLACK_BOT_TOKEN'),
    pagerdutyToken: get('PAGERDUTY_TOKEN'),
    channel: get('ONCALL_SLACK_CHANNEL'),
    slackApiUrl: get('SLACK_API_URL'),
    pagerdutyApiUrl: get('PAGERDUTY_API_URL'),
    fromEmail: get('ONCALL_FROM_EMAIL'),
    indexBranch: get('ONCALL_INDEX_BRANCH'),
    indexPath: get('ONCALL_INDEX_PATH'),
    serverUrl: get('GITHUB_SERVER_URL'),
  };
}

/**
 * The relay as one `fetch` function, configured from `env` (default `process.env`). Throws a ConfigError at once
 * when a setting is missing, so a misconfigured deployment fails on start rather than on the first incident.
 * Logs go to stderr with every configured secret scrubbed.
 *
 * @example
 * // A serverless function file
 * import { createRelayFetch } from './relay-web.js';
 * const relay = createRelayFetch();
 * export const GET = relay;
 * export const POST = relay;
 */
export function createRelayFetch(
  env: Readonly<Record<string, string | undefined>> = process.env,
  deps: { clock?: Clock; log?: Logger } = {},
): (request: Request) => Promise<Response> {
  const input = relayInputFromEnv(env);
  const redactor = new Redactor();
  for (const secret of [input.webhookSecret, input.githubToken, input.slackToken, input.pagerdutyToken]) {
    for (const part of secret?.split(',') ?? []) redactor.add(part);
  }
  const log =
    deps.log ??
    streamLogger((line) => process.stderr.write(`${line}\n`), redactor, {
      verbose: env.ONCALL_DEBUG === '1',
    });
  const settings = resolveRelaySettings(input);
  return createConfiguredHandler(settings, { clock: deps.clock ?? systemClock, log }).handler;
}
