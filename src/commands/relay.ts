/**
 * `oncall relay`: the PagerDuty V3 webhook → GitHub `repository_dispatch` bridge as a long-running HTTP server.
 * Runs until SIGTERM/SIGINT, then stops accepting, lets requests in flight finish, and exits 0.
 */
import type { Clock } from '../clock.js';
import { ConfigError } from '../errors.js';
import { createGitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import {
  createRelayHandler,
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_CONCURRENT_DISPATCHES,
} from '../relay/handler.js';
import {
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_MAX_CONNECTIONS,
  startRelayServer,
  type RelayServer,
} from '../relay/node-server.js';
import { DEFAULT_HANDLED_EVENT_TYPES } from '../relay/payload.js';
import { parseSecrets } from '../relay/signature.js';
import { list, optionalString } from './args.js';
import { SLACK_ROUTE_OPTIONS, slackRoutesFromArgs } from '../relay/slack-config.js';
import type { SlackRoutes } from '../relay/slack-routes.js';
import { githubOptions, PAGERDUTY_OPTIONS, SLACK_OPTIONS } from './shared-options.js';
import type { CommandSpec } from './command.js';

export interface RelayConfig {
  port: number;
  host: string;
  path: string;
  secrets: string[];
  token: string;
  repository: string;
  apiUrl?: string;
  events: readonly string[];
  /** Slack buttons and /oncall (slack-config.ts), when configured. */
  slack?: SlackRoutes;
}

/**
 * Serves until `signal` aborts, then closes gracefully. `onListening` receives the bound server (tests read its
 * URL when they asked for port 0).
 */
export async function runRelay(
  config: RelayConfig,
  deps: { log: Logger; clock: Clock; signal: AbortSignal; onListening?: (server: RelayServer) => void },
): Promise<void> {
  const github = createGitHubClient({
    token: config.token,
    repository: config.repository,
    apiUrl: config.apiUrl,
    clock: deps.clock,
    log: deps.log,
    // The handler aborts at its own deadline; this only bounds a request nobody waits for.
    timeoutMs: 10_000,
  });
  const handler = createRelayHandler({
    secrets: config.secrets,
    github,
    log: deps.log,
    clock: deps.clock,
    handledEventTypes: config.events,
    path: config.path,
    ...(config.slack ? { slack: config.slack } : {}),
  });
  const server = await startRelayServer({ handler, port: config.port, host: config.host });
  deps.log.info(
    `relay: listening on ${server.url}${config.path} → repository_dispatch on ${config.repository}; ` +
      `${config.secrets.length} signing secret(s); forwarding ${config.events.join(', ')}; health check at /healthz`,
  );
  deps.log.info(
    `relay: limits: ${DEFAULT_MAX_CONNECTIONS} connections, ${DEFAULT_MAX_BUFFERED_BYTES / 1024 / 1024} MiB of bodies in all, ` +
      `${DEFAULT_MAX_BODY_BYTES / 1024} KiB a body, ${DEFAULT_MAX_CONCURRENT_DISPATCHES} dispatches at once, ` +
      `answer within ${DEFAULT_DEADLINE_MS / 1000} s; events older than 48 h are not forwarded`,
  );
  deps.onListening?.(server);
  await new Promise<void>((resolve) => {
    if (deps.signal.aborted) resolve();
    else deps.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  deps.log.info('relay: shutting down, finishing requests in flight');
  await server.close();
  await config.slack?.settled();
  deps.log.info('relay: stopped');
}

function parsePort(value: string | undefined): number {
  const port = Number(value ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(
      `Invalid --port: expected a TCP port number 0–65535, found ${JSON.stringify(value)}.`,
    );
  }
  return port;
}

export const relayCommand: CommandSpec = {
  name: 'relay',
  summary: 'Run the PagerDuty webhook → GitHub repository_dispatch relay (HTTP server)',
  usage: 'oncall relay [--port 8080] [--host 0.0.0.0] [--path /]',
  description:
    'Verifies X-PagerDuty-Signature over the raw body, forwards incident events to POST /repos/{owner}/{repo}/dispatches ' +
    'as event type "pagerduty.<event type>", and answers 2xx only after GitHub accepted (5xx otherwise, so PagerDuty ' +
    "retries), within 5 s. Unhandled event types get 202 and are ignored; so do events older than PagerDuty's 48 h " +
    'retry horizon, and each event is forwarded once. GET /healthz answers "ok". ' +
    'Environment: PAGERDUTY_WEBHOOK_SECRET (several comma-separated during a rotation), GITHUB_TOKEN (contents: write), ' +
    'GITHUB_REPOSITORY (owner/repo), GITHUB_API_URL (GitHub Enterprise Server). With SLACK_SIGNING_SECRET, ' +
    'SLACK_BOT_TOKEN, PAGERDUTY_TOKEN and SLACK_CHANNELS it also serves the Slack app: POST /slack/interactions ' +
    '(incident buttons) and POST /slack/commands (/oncall); see docs/slack-actions.md. Stops on SIGTERM/SIGINT.',
  options: [
    { name: 'port', type: 'string', description: 'TCP port to listen on', default: '8080', cliOnly: true },
    { name: 'host', type: 'string', description: 'Address to bind', default: '0.0.0.0', cliOnly: true },
    {
      name: 'path',
      type: 'string',
      description: 'Path that receives the webhooks',
      default: '/',
      cliOnly: true,
    },
    {
      name: 'events',
      type: 'list',
      description: 'PagerDuty event types to forward',
      default: DEFAULT_HANDLED_EVENT_TYPES.join(','),
      cliOnly: true,
    },
    {
      name: 'webhook-secret',
      type: 'string',
      description:
        'Signing secret(s) of the PagerDuty webhook subscription, comma-separated during a rotation',
      env: 'PAGERDUTY_WEBHOOK_SECRET',
      secret: true,
      cliOnly: true,
    },
    ...githubOptions('GitHub token with `contents: write` on the repository (for repository_dispatch)', {
      cliOnly: true,
    }),
    ...SLACK_ROUTE_OPTIONS,
    ...[...SLACK_OPTIONS, ...PAGERDUTY_OPTIONS].map((o) => ({ ...o, cliOnly: true })),
  ],
  async run(args, ctx) {
    if (ctx.surface === 'action') {
      throw new ConfigError(
        'Invalid input "command": "relay" is a long-running HTTP server; run it with the CLI ("oncall relay") on a host or serverless runtime, not inside a workflow.',
      );
    }
    const secrets = parseSecrets(optionalString(args, 'webhook-secret'));
    for (const secret of secrets) ctx.redactor.add(secret);
    const token = optionalString(args, 'github-token');
    const repository = optionalString(args, 'repository');
    const missing = [
      secrets.length === 0
        ? 'PAGERDUTY_WEBHOOK_SECRET (the signing secret shown when the webhook subscription was created)'
        : '',
      token === undefined ? 'GITHUB_TOKEN (a token with contents: write on the repository)' : '',
      repository === undefined ? 'GITHUB_REPOSITORY (owner/repo that holds the alert workflow)' : '',
    ].filter(Boolean);
    if (missing.length > 0)
      throw new ConfigError(`oncall relay: missing environment: ${missing.join('; ')}.`);
    const events = list(args, 'events');
    const slack = slackRoutesFromArgs(args, ctx);
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    try {
      await runRelay(
        {
          port: parsePort(optionalString(args, 'port')),
          host: optionalString(args, 'host') ?? '0.0.0.0',
          path: optionalString(args, 'path') ?? '/',
          secrets,
          token: token!,
          repository: repository!,
          apiUrl: optionalString(args, 'github-api-url'),
          events: events.length > 0 ? events : DEFAULT_HANDLED_EVENT_TYPES,
          ...(slack ? { slack } : {}),
        },
        { log: ctx.log, clock: ctx.clock, signal: controller.signal },
      );
    } finally {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
    }
    return { exitCode: 0 };
  },
};
