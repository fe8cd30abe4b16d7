/**
 * `oncall alert` / `command: alert`: one PagerDuty incident event → the incident's Slack thread.
 *
 * Wiring only: reads the event, builds the PagerDuty and Slack adapters and the runbook loader, and calls
 * `runAlert`. Start-up is the latency a responder waits for, so the SDK-backed modules are imported when the run
 * needs them, in one import (src/alert/cli-modules.ts) while the event is read, and the validator is loaded only for
 * a runbooks directory.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AlertSettings, LoadedRunbooks, SlackUserLookup } from '../alert/run.js';
import type { PagerDutyApi } from '../pagerduty/types.js';
import type { DiagnosticsDispatch } from '../alert/diagnose.js';
import { ConfigError } from '../errors.js';
import type { OpenIndex } from '../runbooks/index-open.js';
import { offlineSlack } from '../slack/offline.js';
import type { SlackApi } from '../slack/types.js';
import { parseTrigger } from '../postmortem/policy.js';
import { POSTMORTEM_OPTIONS } from './postmortem-options.js';
import type { AlertLanguage } from '../alert/strings.js';
import { ConfigProblems, choice, flag, optionalString, requiredString } from './args.js';
import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH,
  PAGERDUTY_OPTIONS,
  SLACK_OPTIONS,
  githubOptions,
  indexLocationOptions,
} from './shared-options.js';
import {
  optionLabel,
  type CommandContext,
  type CommandResult,
  type CommandSpec,
  type ParsedArgs,
} from './command.js';

/**
 * The languages of the alert path's messages (`oncall remind` uses the same), listed here so that neither loads the
 * shift code; a language added to the alert strings fails type checking here until it is added.
 */
export const ALERT_LANGUAGES = Object.keys({ en: true, ja: true } satisfies Record<
  AlertLanguage,
  true
>) as AlertLanguage[];

/**
 * The channel, dry-run flag and tokens, all checked before anything is read or sent; every problem is thrown at once.
 * `oncall remind` reads the same.
 */
export function readAlertConfig(args: ParsedArgs, ctx: Pick<CommandContext, 'surface'>) {
  const problems = new ConfigProblems();
  const channel = problems.read(() => {
    const value = requiredString(args, ctx, 'channel', 'the Slack channel ID to post in (e.g. C0123ABCD)');
    if (!/^[CGD][A-Z0-9]{2,}$/.test(value)) {
      throw new ConfigError(
        `Invalid ${optionLabel(ctx, 'channel')}: expected a Slack channel ID such as "C0123ABCD" (channel details → ` +
          `About → Channel ID), found ${JSON.stringify(value)}. Channel names change; IDs do not.`,
      );
    }
    return value;
  }, '');
  const dryRun = flag(args, 'dry-run');
  const pdToken = optionalString(args, 'pagerduty-token');
  const slackToken = optionalString(args, 'slack-bot-token');
  const missing = [
    pdToken === undefined
      ? `PAGERDUTY_TOKEN (${ctx.surface === 'cli' ? 'environment' : 'input "pagerduty-token"'})`
      : '',
    slackToken === undefined && !dryRun
      ? `SLACK_BOT_TOKEN (${ctx.surface === 'cli' ? 'environment' : 'input "slack-bot-token"'})`
      : '',
  ].filter(Boolean);
  if (missing.length > 0) {
    problems.add(
      `Missing ${missing.join(' and ')}: a PagerDuty REST API key (read access; write access for escalate_to) and a ` +
        `Slack bot token with chat:write, channels:history and users:read.email.`,
    );
  }
  problems.check();
  return { channel, dryRun, pdToken, slackToken };
}

/**
 * The PagerDuty and Slack clients and the user directory a run talks through (`oncall remind` uses the same), from
 * the tokens and API URLs given; without a Slack token (a dry run) Slack is an offline stand-in that explains
 * `withoutSlack`.
 */
export async function alertClients(
  args: ParsedArgs,
  ctx: CommandContext,
  tokens: { pdToken?: string | undefined; slackToken?: string | undefined },
  withoutSlack: string,
): Promise<{ pagerduty: PagerDutyApi; slack: SlackApi; users: SlackUserLookup }> {
  const { createPagerDutyClient, createSlackClient, UserDirectory } = await import('../alert/cli-modules.js');
  const pagerduty = createPagerDutyClient({
    token: tokens.pdToken!,
    ...(optionalString(args, 'pagerduty-api-url')
      ? { apiUrl: optionalString(args, 'pagerduty-api-url') }
      : {}),
    clock: ctx.clock,
    log: ctx.log,
  });
  const slack: SlackApi =
    tokens.slackToken !== undefined
      ? createSlackClient({
          token: tokens.slackToken,
          ...(optionalString(args, 'slack-api-url') ? { apiUrl: optionalString(args, 'slack-api-url') } : {}),
          clock: ctx.clock,
          log: ctx.log,
        })
      : offlineSlack(withoutSlack);
  const mapFile = optionalString(args, 'user-map');
  const mapping = mapFile
    ? await (await import('../slack/user-map-file.js')).loadUserMapping(path.resolve(ctx.cwd, mapFile))
    : undefined;
  return {
    pagerduty,
    slack,
    users: new UserDirectory({ slack, log: ctx.log, ...(mapping ? { mapping } : {}) }),
  };
}

async function run(args: ParsedArgs, ctx: CommandContext): Promise<CommandResult> {
  const { channel, dryRun, pdToken, slackToken } = readAlertConfig(args, ctx);
  const fromEmail = optionalString(args, 'from-email');
  const language = choice(args, ctx, 'language', ALERT_LANGUAGES, 'en');
  const routesText = optionalString(args, 'routes');
  const routes =
    routesText !== undefined
      ? (await import('../alert/routing.js')).parseRoutes(routesText, optionLabel(ctx, 'routes'))
      : undefined;

  // Load the modules the run needs while the event file is read.
  const modules = import('../alert/cli-modules.js');
  const eventPromise = readEvent(args, ctx);
  const [read, { runAlert }] = await Promise.all([eventPromise, modules]);
  if ('ignored' in read) {
    // Webhooks subscribed to more than the alert path uses (service.*, incident.task.*) are not an error.
    ctx.log.info(`Ignoring ${read.ignored}: the alert path does not post about it.`);
    ctx.setOutput('action', 'ignored');
    return { exitCode: 0 };
  }
  const { event } = read;

  const { pagerduty, slack, users } = await alertClients(
    args,
    ctx,
    { pdToken, slackToken },
    'A dry run without SLACK_BOT_TOKEN cannot write to Slack.',
  );

  // The triggered run always needs the runbooks: start loading them now, alongside the Slack look-up.
  let loading: Promise<LoadedRunbooks> | undefined;
  const runbooks = () => (loading ??= loadRunbooks(args, ctx));
  if (event.event_type === 'incident.triggered') runbooks().catch(() => undefined);

  const serverUrl = ctx.env.GITHUB_SERVER_URL || undefined;
  const lastTime = readLastTime(args, ctx);
  const settings: AlertSettings = {
    ...(lastTime > 0 ? { lastTime: { limit: lastTime } } : {}),
    channel,
    dryRun,
    language,
    ...(routes ? { routes } : {}),
    ...(fromEmail ? { fromEmail } : {}),
    ...(serverUrl ? { serverUrl } : {}),
  };
  const diagnostics = diagnosticsDispatch(args, ctx);
  const result = await runAlert(
    {
      pagerduty,
      slack,
      users,
      runbooks,
      clock: ctx.clock,
      log: ctx.log,
      ...(diagnostics ? { diagnostics } : {}),
    },
    settings,
    event,
  );

  const postmortemOn = readPostmortemOn(args, ctx);
  if (postmortemOn && event.event_type === 'incident.resolved' && !dryRun && result.action !== 'ignored') {
    // After the reply: a draft never delays or fails the thread (src/commands/postmortem-draft.ts).
    const { draftAfterResolve } = await import('./postmortem-draft.js');
    await draftAfterResolve(args, ctx, {
      pagerduty,
      slack,
      incidentId: event.incident.id,
      channel,
      when: postmortemOn,
      runbooks,
    });
  }
  if (dryRun) for (const m of result.messages) ctx.stdout(`${JSON.stringify(m, null, 2)}\n`);
  ctx.setOutput('message-ts', result.messageTs ?? '');
  ctx.setOutput('thread-ts', result.threadTs ?? '');
  ctx.setOutput('permalink', result.permalink ?? '');
  ctx.setOutput('runbook-id', result.runbookId ?? '');
  ctx.setOutput('oncall-user-ids', result.onCallUserIds.join(','));
  ctx.setOutput('action', result.action);
  if (ctx.surface === 'cli' && !dryRun) {
    ctx.stdout(
      `${result.action}${result.messageTs ? ` ts=${result.messageTs}` : ''}${result.permalink ? ` ${result.permalink}` : ''}\n`,
    );
  }
  // Ids come from the webhook: keep only characters that cannot form Markdown or HTML in the job summary.
  const plain = (text: string) => text.replace(/[^\w.:-]/g, '');
  ctx.summary?.addMarkdown(
    `### PagerDuty incident ${plain(event.incident.id)}: ${plain(event.event_type)}\n\n` +
      `Result: **${result.action}**` +
      (result.permalink ? ` — [Slack message](${result.permalink})` : '') +
      (result.runbookId ? `\n\nRunbook: \`${result.runbookId}\`` : ''),
  );
  // A failed escalation did not stop the message; the run still fails so the gap is seen and a re-run completes it.
  for (const gap of result.undone) ctx.log.error(`Left undone: ${gap}. Re-run this alert to complete it.`);
  return { exitCode: result.undone.length > 0 ? 1 : 0 };
}

/** `--postmortem-on`: when a resolved incident gets a postmortem draft on its own (none by default). */
function readPostmortemOn(args: ParsedArgs, ctx: Pick<CommandContext, 'surface'>) {
  return parseTrigger(optionalString(args, 'postmortem-on') ?? '', optionLabel(ctx, 'postmortem-on'));
}

/** `--last-time N`: earlier incidents listed under a new incident message (0 turns the reply off). */
function readLastTime(args: ParsedArgs, ctx: Pick<CommandContext, 'surface'>): number {
  const text = optionalString(args, 'last-time') ?? '3';
  if (!/^\d+$/.test(text.trim()) || Number(text) > 10) {
    throw new ConfigError(
      `Invalid ${optionLabel(ctx, 'last-time')}: expected a whole number from 0 to 10 (earlier incidents shown under ` +
        `a new incident; 0 for none), found ${JSON.stringify(text)}.`,
    );
  }
  return Number(text);
}

/**
 * How runbooks' diagnostic workflows are dispatched: with `diagnose-token` (else `github-token`) on `diagnose-ref`
 * (else the branch this run is on, `GITHUB_REF_NAME`), or not at all without them. The GitHub client is loaded only
 * when a runbook names a workflow, so the alert path's start-up does not pay for it.
 */
function diagnosticsDispatch(args: ParsedArgs, ctx: CommandContext): DiagnosticsDispatch | undefined {
  const token = optionalString(args, 'diagnose-token') ?? optionalString(args, 'github-token');
  const repository = optionalString(args, 'repository');
  const ref = optionalString(args, 'diagnose-ref') ?? (ctx.env.GITHUB_REF_NAME || undefined);
  if (token === undefined || repository === undefined || ref === undefined) return undefined;
  const apiUrl = optionalString(args, 'github-api-url');
  return {
    ref,
    github: {
      async dispatchWorkflow(workflow, onRef, inputs) {
        const { createGitHubClient } = await import('../github/client.js');
        const github = createGitHubClient({
          token,
          repository,
          ...(apiUrl ? { apiUrl } : {}),
          clock: ctx.clock,
          log: ctx.log,
        });
        return github.dispatchWorkflow!(workflow, onRef, inputs);
      },
    },
  };
}

/** `--event <file>`, else the workflow's event file (`GITHUB_EVENT_PATH`, whose `client_payload` is the event). */
async function readEvent(args: ParsedArgs, ctx: CommandContext) {
  const { readAlertEventText } = await import('../alert/cli-modules.js');
  const given = optionalString(args, 'event');
  const file = given ?? ctx.env.GITHUB_EVENT_PATH;
  if (!file) {
    throw new ConfigError(
      `Missing ${optionLabel(ctx, 'event')}: expected a file holding a PagerDuty V3 webhook body or a ` +
        `repository_dispatch client_payload. In a workflow, the event comes from GITHUB_EVENT_PATH.`,
    );
  }
  const where = given ? file : `${file} (GITHUB_EVENT_PATH)`;
  let text: string;
  try {
    text = await readFile(path.resolve(ctx.cwd, file), 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the event file ${where}: ${(error as Error).message}.`, {
      cause: error,
    });
  }
  // Editors on Windows save JSON with a byte order mark; JSON.parse rejects it, and it carries no data.
  return readAlertEventText(text.replace(/^\uFEFF/, ''), where);
}

/**
 * The runbooks, from the first source given: `--index` file, `--dir` directory, the published index through the
 * GitHub API (no checkout needed), or `runbooks/` when run from a checkout.
 */
export async function loadRunbooks(args: ParsedArgs, ctx: CommandContext): Promise<LoadedRunbooks> {
  const indexFile = optionalString(args, 'index');
  const dir = optionalString(args, 'dir');
  if (indexFile !== undefined && dir !== undefined) {
    throw new ConfigError(
      `${optionLabel(ctx, 'index')} and ${optionLabel(ctx, 'dir')} are alternatives: give one (an index file or a runbooks directory).`,
    );
  }
  if (indexFile !== undefined) {
    const { loadIndexFile } = await import('../alert/cli-modules.js');
    return loadIndexFile(indexFile, ctx.cwd);
  }
  if (dir !== undefined) return fromDir(dir, ctx);
  const token = optionalString(args, 'github-token');
  const repository = optionalString(args, 'repository');
  if (token !== undefined && repository !== undefined) {
    const [{ createGitHubClient }, { openPublishedIndex }] = await Promise.all([
      import('../github/client.js'),
      import('../publish/publish.js'),
    ]);
    const github = createGitHubClient({
      token,
      repository,
      ...(optionalString(args, 'github-api-url') ? { apiUrl: optionalString(args, 'github-api-url') } : {}),
      clock: ctx.clock,
      log: ctx.log,
    });
    const branch = optionalString(args, 'index-branch') ?? DEFAULT_INDEX_BRANCH;
    const file = optionalString(args, 'index-path') ?? DEFAULT_INDEX_PATH;
    try {
      return fromIndex(
        await openPublishedIndex(github, { branch, path: file }),
        `published index (${branch}:${file})`,
      );
    } catch (error) {
      // Not published yet, but this is a checkout: the runbooks are right here.
      if (error instanceof ConfigError && existsSync(path.resolve(ctx.cwd, 'runbooks'))) {
        ctx.log.warning(`${error.message} Using runbooks/ from the checkout instead.`);
        return fromDir('runbooks', ctx);
      }
      throw error;
    }
  }
  if (existsSync(path.resolve(ctx.cwd, 'runbooks'))) return fromDir('runbooks', ctx);
  throw new ConfigError(
    `No runbooks to match against: give ${optionLabel(ctx, 'index')} (an index file), ${optionLabel(ctx, 'dir')} ` +
      `(a runbooks directory), or GITHUB_TOKEN and GITHUB_REPOSITORY to read the published index.`,
  );
}

async function fromIndex(index: OpenIndex, origin: string): Promise<LoadedRunbooks> {
  const { loadedFromIndex } = await import('../alert/runbooks.js');
  return loadedFromIndex(index, origin);
}

/** A runbooks directory validated on the fly; runbooks the matcher cannot run safely are left out. */
async function fromDir(dir: string, ctx: CommandContext): Promise<LoadedRunbooks> {
  const { loadRunbooksDir } = await import('../alert/runbooks.js');
  const { loaded, errors } = await loadRunbooksDir(dir, { cwd: ctx.cwd, env: ctx.env });
  if (errors > 0) {
    ctx.log.warning(
      `${errors} runbook problem(s) in ${dir} (run "oncall validate ${dir}"); matching with the runbooks that are valid.`,
    );
  }
  return loaded;
}

export const alertCommand: CommandSpec = {
  name: 'alert',
  summary: 'Post a PagerDuty incident event to its Slack thread, with the on-call and the matching runbook',
  usage:
    'oncall alert --event <file> --channel <id> [--index <file> | --dir runbooks] [--index-branch oncall-runbooks-index] ' +
    '[--index-path index.json] [--from-email <pd user email>] [--user-map <file>] [--language en|ja] ' +
    '[--routes "service:<id or name>=<channel>,team:…"] [--dry-run]',
  description:
    'incident.triggered posts one message: title, service, urgency, the incident link, the current on-call mentioned ' +
    'by Slack ID and the best matching runbook. Later events (acknowledged, escalated, reassigned, delegated, ' +
    'annotated, resolved, reopened, priority_updated) reply in that thread and update the status line and the ' +
    'On call field; other event types are ignored (exit 0). The slack_channel of a runbook or a --routes entry for the ' +
    'service or team of the incident chooses the channel. The thread is found ' +
    'through Slack message metadata, so re-runs and redelivered webhooks post nothing twice. A runbook with ' +
    'escalate_to: N escalates the incident to level N once the message is posted, if PagerDuty still has it triggered ' +
    'below level N (needs --from-email); a failed escalation is shown in the message and exits 1. A runbook with ' +
    'diagnose: dispatches its diagnostic workflows once the triggered message is posted (a token with actions: write, ' +
    'see docs/diagnostics.md); a failed dispatch is shown in the thread. Runbooks come from --index, ' +
    '--dir, the published index through the GitHub API (GITHUB_TOKEN, GITHUB_REPOSITORY), or runbooks/ in a ' +
    'checkout. Environment: PAGERDUTY_TOKEN, SLACK_BOT_TOKEN, PAGERDUTY_API_URL, SLACK_API_URL.',
  options: [
    {
      name: 'event',
      type: 'string',
      description:
        'File with a PagerDuty V3 webhook body or a repository_dispatch client_payload (default in Actions: the workflow event)',
    },
    { name: 'channel', type: 'string', description: 'Slack channel ID to post in, e.g. C0123ABCD' },
    { name: 'index', type: 'string', description: 'Runbook index file built by "oncall build"' },
    { name: 'dir', type: 'string', description: 'Runbooks directory (validated, then matched)' },
    ...indexLocationOptions(),
    {
      name: 'from-email',
      type: 'string',
      description: 'E-mail of a PagerDuty user, sent as From: when a runbook escalates (escalate_to)',
    },
    {
      name: 'user-map',
      type: 'string',
      description: 'YAML/JSON file mapping PagerDuty emails or user IDs to Slack emails or user IDs',
    },
    { name: 'language', type: 'string', description: 'Message language: en or ja', default: 'en' },
    {
      name: 'routes',
      type: 'string',
      description:
        'Channels per PagerDuty service or team: "service:<id or name>=<channel ID>, team:<id or name>=<channel ID>"',
    },
    {
      name: 'last-time',
      type: 'string',
      description:
        'Earlier incidents (same runbook or alert, past 90 days) listed in a reply under a new incident; 0 for none',
      default: '3',
    },
    {
      name: 'postmortem-on',
      type: 'string',
      description:
        'Resolved incidents that get a postmortem draft pull request: "urgency:high, priority:P1, runbook:<id>" (none by default)',
    },
    ...POSTMORTEM_OPTIONS,
    { name: 'dry-run', type: 'boolean', description: 'Print the message; post, update and escalate nothing' },
    ...PAGERDUTY_OPTIONS,
    ...SLACK_OPTIONS,
    ...githubOptions(
      'Token that can read the repository, for the published index (in a workflow: github.token)',
    ),
    {
      name: 'diagnose-token',
      type: 'string',
      description:
        "Token with actions: write that dispatches runbooks' diagnostic workflows (default: github-token)",
      env: 'ONCALL_DIAGNOSE_TOKEN',
      secret: true,
    },
    {
      name: 'diagnose-ref',
      type: 'string',
      description:
        'Branch the diagnostic workflows run from (default: the branch of this run, GITHUB_REF_NAME; the default branch for repository_dispatch)',
    },
  ],
  run,
  check: (args, ctx) => {
    readAlertConfig(args, ctx);
    readLastTime(args, ctx);
    readPostmortemOn(args, ctx);
  },
};
