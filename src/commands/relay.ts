/**
 * `oncall relay`: the PagerDuty V3 webhook → GitHub `repository_dispatch` bridge as a long-running HTTP server.
 * Runs until SIGTERM/SIGINT, then stops accepting, lets requests in flight finish, and exits 0.
 */
import type { Clock } from '../clock.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../log.js';
import { DEFAULT_MAX_CONCURRENT_RUNS } from '../relay/direct.js';
import {
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
import { DEFAULT_HANDLED_EVENT_TYPES } from '../dispatch/from-webhook.js';
import { createConfiguredHandler, resolveRelaySettings, type RelaySettings } from '../relay/web.js';
import { list, optionalString } from './args.js';
import { SLACK_ROUTE_OPTIONS, slackRoutesFromArgs } from '../relay/slack-config.js';
import type { SlackRoutes } from '../relay/slack-routes.js';
import { githubOptions, indexLocationOptions, PAGERDUTY_OPTIONS, SLACK_OPTIONS } from './shared-options.js';
import type { CommandSpec } from './command.js';
import { DIRECT_REMIND_OPTIONS, directRemindSettings } from './relay-remind.js';

export interface RelayConfig extends RelaySettings {
  port: number;
  host: string;
  /** Slack buttons and /oncall (slack-config.ts), when configured. */
  slack?: SlackRoutes;
}

/**
 * Serves until `signal` aborts, then closes gracefully (in direct mode, alert runs that outlived their request are
 * finished first). `onListening` receives the bound server (tests read its URL when they asked for port 0).
 */
export async function runRelay(
  config: RelayConfig,
  deps: { log: Logger; clock: Clock; signal: AbortSignal; onListening?: (server: RelayServer) => void },
): Promise<void> {
  const { handler, direct } = createConfiguredHandler(config, {
    ...deps,
    ...(config.slack ? { slack: config.slack } : {}),
  });
  const server = await startRelayServer({ handler, port: config.port, host: config.host });
  const target = config.direct
    ? `direct mode: posts to Slack channel ${config.direct.channel}, runbooks from ` +
      (config.github
        ? `${config.github.repository} ${config.direct.indexBranch}:${config.direct.indexPath}`
        : 'nowhere (no GITHUB_TOKEN/GITHUB_REPOSITORY)')
    : `repository_dispatch on ${config.github?.repository ?? '?'}`;
  deps.log.info(
    `relay: listening on ${server.url}${config.path} → ${target}; ` +
      `${config.secrets.length} signing secret(s); forwarding ${config.events.join(', ')}; health check at /healthz`,
  );
  deps.log.info(
    `relay: limits: ${DEFAULT_MAX_CONNECTIONS} connections, ${DEFAULT_MAX_BUFFERED_BYTES / 1024 / 1024} MiB of bodies in all, ` +
      `${DEFAULT_MAX_BODY_BYTES / 1024} KiB a body, ` +
      (config.direct
        ? `${DEFAULT_MAX_CONCURRENT_RUNS} alert runs at once, `
        : `${DEFAULT_MAX_CONCURRENT_DISPATCHES} dispatches at once, `) +
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
  direct?.reminders?.stop();
  if (direct && direct.running > 0) {
    deps.log.info(`relay: finishing ${direct.running} alert run(s) that outlived their request`);
    await direct.idle();
  }
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
  summary:
    'Run the PagerDuty webhook relay (HTTP server): posts to Slack itself (direct mode) or dispatches the alert workflow',
  usage: 'oncall relay [--port 8080] [--host 0.0.0.0] [--path /] [--channel C0123ABCD]',
  description:
    'Verifies X-PagerDuty-Signature over the raw body, forwards incident events to POST /repos/{owner}/{repo}/dispatches ' +
    'as event type "pagerduty.<event type>", and answers 2xx only after GitHub accepted (5xx otherwise, so PagerDuty ' +
    "retries), within 5 s. Unhandled event types get 202 and are ignored; so do events older than PagerDuty's 48 h " +
    'retry horizon, and each event is forwarded once. GET /healthz answers "ok". ' +
    'Environment: PAGERDUTY_WEBHOOK_SECRET (several comma-separated during a rotation), GITHUB_TOKEN (contents: write), ' +
    'GITHUB_REPOSITORY (owner/repo), GITHUB_API_URL (GitHub Enterprise Server). ' +
    'Direct mode (--channel or ONCALL_SLACK_CHANNEL, with SLACK_BOT_TOKEN and PAGERDUTY_TOKEN): runs the alert ' +
    'itself, exactly like "oncall alert", and answers 2xx once the Slack post is done; the runbook index is read ' +
    'from GITHUB_REPOSITORY with GITHUB_TOKEN (contents: read) and cached. With SLACK_SIGNING_SECRET, ' +
    'SLACK_BOT_TOKEN, PAGERDUTY_TOKEN and SLACK_CHANNELS (or the direct-mode channel) it also serves the Slack app: ' +
    'POST /slack/interactions (incident buttons) and POST /slack/commands (/oncall); see docs/slack-actions.md. ' +
    'Stops on SIGTERM/SIGINT.',
  options: [
    {
      name: 'port',
      type: 'string',
      description: 'TCP port to listen on',
      default: '8080',
      env: 'PORT',
      cliOnly: true,
    },
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
    ...githubOptions(
      'GitHub token: `contents: write` for repository_dispatch (the alert workflow, the Draft postmortem button); in ' +
        'direct mode `contents: read` for the runbook index, or `contents: write` for the button too',
      { cliOnly: true },
    ),
    {
      name: 'channel',
      type: 'string',
      description:
        'Slack channel ID to post in; turns on direct mode (with SLACK_BOT_TOKEN and PAGERDUTY_TOKEN)',
      env: 'ONCALL_SLACK_CHANNEL',
      cliOnly: true,
    },
    {
      name: 'from-email',
      type: 'string',
      description: 'Direct mode: PagerDuty user email sent as From: when a runbook escalates (escalate_to)',
      env: 'ONCALL_FROM_EMAIL',
      cliOnly: true,
    },
    ...indexLocationOptions({ cliOnly: true }),
    ...DIRECT_REMIND_OPTIONS,
    ...SLACK_ROUTE_OPTIONS,
    ...[...PAGERDUTY_OPTIONS, ...SLACK_OPTIONS].map((option) => ({ ...option, cliOnly: true })),
  ],
  async run(args, ctx) {
    if (ctx.surface === 'action') {
      throw new ConfigError(
        'Invalid input "command": "relay" is a long-running HTTP server; run it with the CLI ("oncall relay") on a host or serverless runtime, not inside a workflow.',
      );
    }
    const value = (name: string) => optionalString(args, name);
    for (const name of ['webhook-secret', 'github-token', 'slack-bot-token', 'pagerduty-token']) {
      for (const part of value(name)?.split(',') ?? []) ctx.redactor.add(part);
    }
    const labels = {
      channel: '--channel (ONCALL_SLACK_CHANNEL)',
      'webhook-secret': 'PAGERDUTY_WEBHOOK_SECRET',
      slack: 'SLACK_BOT_TOKEN',
      pagerduty: 'PAGERDUTY_TOKEN',
    } as const;
    const settings = resolveRelaySettings(
      {
        webhookSecret: value('webhook-secret'),
        path: value('path'),
        events: list(args, 'events'),
        githubToken: value('github-token'),
        repository: value('repository'),
        githubApiUrl: value('github-api-url'),
        slackToken: value('slack-bot-token'),
        pagerdutyToken: value('pagerduty-token'),
        channel: value('channel'),
        slackApiUrl: value('slack-api-url'),
        pagerdutyApiUrl: value('pagerduty-api-url'),
        fromEmail: value('from-email'),
        indexBranch: value('index-branch'),
        indexPath: value('index-path'),
        serverUrl: ctx.env.GITHUB_SERVER_URL || undefined,
      },
      (setting) => labels[setting],
    );
    const remind = directRemindSettings(args, Boolean(settings.direct));
    if (settings.direct && remind) settings.direct.remind = remind;
    // The Slack routes share the Slack and PagerDuty tokens with direct mode, and serve its channel too.
    const slack = slackRoutesFromArgs(args, {
      ...ctx,
      directChannel: settings.direct?.channel,
      ...(settings.github ? { github: settings.github } : {}),
    });
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    try {
      await runRelay(
        {
          ...settings,
          port: parsePort(value('port')),
          host: value('host') ?? '0.0.0.0',
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
