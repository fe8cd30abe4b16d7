/**
 * `oncall postmortem --incident <id>` / `command: postmortem`: opens (or brings up to date) one pull request with a
 * postmortem draft for a PagerDuty incident (src/postmortem/run.ts). The alert command calls
 * {@link draftAfterResolve} for resolved incidents when `postmortem-on` says so.
 *
 * Wiring only: builds the PagerDuty, Slack and GitHub adapters and the runbook look-up.
 */
import type { CommandContext, CommandResult, CommandSpec, ParsedArgs } from './command.js';
import { optionLabel } from './command.js';
import { ConfigProblems, flag, optionalString, requiredString } from './args.js';
import { PAGERDUTY_OPTIONS, SLACK_OPTIONS, githubOptions, indexLocationOptions } from './shared-options.js';
import { ConfigError, describeError } from '../errors.js';
import { POSTMORTEM_OPTIONS } from './postmortem-options.js';
import type { PagerDutyApi, PdIncident } from '../pagerduty/types.js';
import type { SlackApi } from '../slack/types.js';
import { parseTrigger, type PostmortemTrigger } from '../postmortem/policy.js';
import type { DraftRunbook } from '../postmortem/draft.js';

function readConfig(args: ParsedArgs, ctx: Pick<CommandContext, 'surface'>) {
  const problems = new ConfigProblems();
  const incidentId = problems.read(() => {
    const value = requiredString(args, ctx, 'incident', 'the PagerDuty incident ID (e.g. Q1A2B3C4D5E6F7)');
    if (!/^[A-Za-z0-9]{2,32}$/.test(value)) {
      throw new ConfigError(
        `Invalid ${optionLabel(ctx, 'incident')}: expected a PagerDuty incident ID such as "Q1A2B3C4D5E6F7" (the last ` +
          `part of the incident's URL), found ${JSON.stringify(value)}.`,
      );
    }
    return value;
  }, '');
  const dryRun = flag(args, 'dry-run');
  const missing = [
    optionalString(args, 'pagerduty-token') === undefined ? 'PAGERDUTY_TOKEN' : '',
    !dryRun && optionalString(args, 'github-token') === undefined ? 'GITHUB_TOKEN' : '',
    !dryRun && optionalString(args, 'repository') === undefined ? 'GITHUB_REPOSITORY' : '',
  ].filter(Boolean);
  if (missing.length > 0) {
    problems.add(
      `Missing ${missing.join(', ')}: a PagerDuty REST API key (read access), and a GitHub token with ` +
        '`contents: write` and `pull-requests: write` on the repository (owner/repo) that keeps the postmortems.',
    );
  }
  const when = problems.read(
    () => parseTrigger(optionalString(args, 'postmortem-on') ?? '', optionLabel(ctx, 'postmortem-on')),
    undefined,
  );
  problems.check();
  return { incidentId, dryRun, when };
}

/** The GitHub client and the runbook look-up the draft needs, from the command's options. */
async function draftDeps(args: ParsedArgs, ctx: CommandContext) {
  const [{ createGitHubClient }, { loadRunbooks }, { readAlert }, { runbookLink }] = await Promise.all([
    import('../github/client.js'),
    import('./alert.js'),
    import('../runbooks/titles.js'),
    import('../alert/runbook-link.js'),
  ]);
  const github = createGitHubClient({
    token: optionalString(args, 'github-token') ?? '',
    repository: optionalString(args, 'repository') ?? 'unset/unset',
    ...(optionalString(args, 'github-api-url') ? { apiUrl: optionalString(args, 'github-api-url') } : {}),
    clock: ctx.clock,
    log: ctx.log,
  });
  const serverUrl = ctx.env.GITHUB_SERVER_URL || undefined;
  /** The runbook the incident message recorded, else the best match of its title, with the index version. */
  const runbook = async (
    incident: PdIncident,
    runbookId: string | undefined,
  ): Promise<DraftRunbook | undefined> => {
    const loaded = await loadRunbooks(args, ctx);
    const best = runbookId
      ? { id: runbookId, title: '', score: 0, terms: [] }
      : loaded.match({
          text: readAlert(incident.title).text,
          service: { id: incident.service.id, name: incident.service.name },
        })[0];
    const indexed = best ? loaded.runbooks.find((r) => r.id === best.id) : undefined;
    if (!best || !indexed) return runbookId ? { id: runbookId } : undefined;
    const linked = runbookLink(best, indexed, loaded, { ...(serverUrl ? { serverUrl } : {}) });
    return {
      id: indexed.id,
      title: indexed.title,
      ...(linked.href ? { href: linked.href } : {}),
      index: {
        version: loaded.version,
        ...(loaded.source.commit ? { commit: loaded.source.commit } : {}),
        origin: loaded.origin,
      },
    };
  };
  return { github, runbook };
}

async function clients(
  args: ParsedArgs,
  ctx: CommandContext,
): Promise<{ pagerduty: PagerDutyApi; slack?: SlackApi }> {
  const { createPagerDutyClient } = await import('../pagerduty/client.js');
  const pagerduty = createPagerDutyClient({
    token: optionalString(args, 'pagerduty-token') ?? '',
    ...(optionalString(args, 'pagerduty-api-url')
      ? { apiUrl: optionalString(args, 'pagerduty-api-url') }
      : {}),
    clock: ctx.clock,
    log: ctx.log,
  });
  const slackToken = optionalString(args, 'slack-bot-token');
  if (slackToken === undefined) return { pagerduty };
  const { createSlackClient } = await import('../slack/client.js');
  const slack = createSlackClient({
    token: slackToken,
    ...(optionalString(args, 'slack-api-url') ? { apiUrl: optionalString(args, 'slack-api-url') } : {}),
    clock: ctx.clock,
    log: ctx.log,
  });
  return { pagerduty, slack };
}

async function run(args: ParsedArgs, ctx: CommandContext): Promise<CommandResult> {
  const { incidentId, dryRun, when } = readConfig(args, ctx);
  const [{ runPostmortem }, { pagerduty, slack }, { github, runbook }] = await Promise.all([
    import('../postmortem/run.js'),
    clients(args, ctx),
    draftDeps(args, ctx),
  ]);
  const channel = optionalString(args, 'channel');
  if (!channel || !slack) {
    ctx.log.warning(
      `No ${!channel ? optionLabel(ctx, 'channel') : 'SLACK_BOT_TOKEN'}: the draft is written without the Slack thread, and no link is posted.`,
    );
  }
  const result = await runPostmortem(
    { pagerduty, github, log: ctx.log, runbook, ...(slack ? { slack } : {}) },
    {
      incidentId,
      dryRun,
      ...(when ? { when } : {}),
      dir: optionalString(args, 'postmortem-dir') ?? 'postmortems',
      templatePath: optionalString(args, 'postmortem-template') ?? 'postmortems/TEMPLATE.md',
      ...(channel ? { channel } : {}),
    },
  );
  if (dryRun && result.markdown !== undefined) ctx.stdout(`${result.path}\n\n${result.markdown}`);
  ctx.setOutput('action', result.action);
  ctx.setOutput('pull-request-url', result.pull?.htmlUrl ?? '');
  ctx.setOutput('postmortem-path', result.path ?? '');
  if (ctx.surface === 'cli' && !dryRun) {
    ctx.stdout(`${result.action}${result.pull ? ` ${result.pull.htmlUrl}` : ''} ${result.path ?? ''}\n`);
  }
  if (result.pull) {
    // GitHub's own URL and number; the path is ours. Nothing from outside reaches the summary.
    ctx.summary?.addMarkdown(
      `### Postmortem draft\n\n[Pull request #${result.pull.number}](${result.pull.htmlUrl}): \`${result.path ?? ''}\` (${result.action})`,
    );
  }
  return { exitCode: 0 };
}

/**
 * The automatic draft after an `incident.resolved` run of the alert command, when `postmortem-on` says so. Never
 * throws: the thread's reply is already posted, and a failed draft is a warning (run `oncall postmortem` again).
 */
export async function draftAfterResolve(
  args: ParsedArgs,
  ctx: CommandContext,
  input: {
    pagerduty: PagerDutyApi;
    slack?: SlackApi;
    incidentId: string;
    channel: string;
    when: PostmortemTrigger;
  },
): Promise<void> {
  try {
    if (
      optionalString(args, 'github-token') === undefined ||
      optionalString(args, 'repository') === undefined
    ) {
      ctx.log.warning(
        'postmortem-on is set but GITHUB_TOKEN / GITHUB_REPOSITORY are not: no postmortem draft. The alert workflow ' +
          'needs `contents: write` and `pull-requests: write` for it.',
      );
      return;
    }
    const [{ runPostmortem }, { github, runbook }] = await Promise.all([
      import('../postmortem/run.js'),
      draftDeps(args, ctx),
    ]);
    const result = await runPostmortem(
      {
        pagerduty: input.pagerduty,
        github,
        log: ctx.log,
        runbook,
        ...(input.slack ? { slack: input.slack } : {}),
      },
      {
        incidentId: input.incidentId,
        channel: input.channel,
        when: input.when,
        dir: optionalString(args, 'postmortem-dir') ?? 'postmortems',
        templatePath: optionalString(args, 'postmortem-template') ?? 'postmortems/TEMPLATE.md',
      },
    );
    ctx.setOutput('postmortem-url', result.pull?.htmlUrl ?? '');
  } catch (error) {
    ctx.log.warning(
      `Could not draft the postmortem of incident ${input.incidentId} (${describeError(error)}); run ` +
        `"oncall postmortem --incident ${input.incidentId}" (or command: postmortem) to retry.`,
    );
  }
}

export const postmortemCommand: CommandSpec = {
  name: 'postmortem',
  summary: 'Open (or update) one pull request with a postmortem draft for a PagerDuty incident',
  usage:
    'oncall postmortem --incident <id> [--channel <id>] [--postmortem-dir postmortems] ' +
    '[--postmortem-template postmortems/TEMPLATE.md] [--index <file> | --dir runbooks] [--dry-run]',
  description:
    'Reads the incident, its timeline and notes from PagerDuty, its Slack thread (authors by name, links kept) and the ' +
    'runbook it matched, fills the repository template (or the built-in one) and keeps one pull request per incident ' +
    'on the branch postmortem/<incident id> with postmortems/YYYY-MM-DD-<alert>.md. A re-run updates that pull ' +
    'request, and the file while nobody has edited it; a closed or merged pull request is left alone. The pull ' +
    "request's link is posted once in the incident's thread. Needs GITHUB_TOKEN with contents: write and " +
    'pull-requests: write, PAGERDUTY_TOKEN, and SLACK_BOT_TOKEN for the thread.',
  options: [
    { name: 'incident', type: 'string', description: 'PagerDuty incident ID, e.g. Q1A2B3C4D5E6F7' },
    { name: 'channel', type: 'string', description: 'Slack channel ID to post in, e.g. C0123ABCD' },
    {
      name: 'postmortem-on',
      type: 'string',
      description:
        'Draft only when the incident is resolved and meets one of: "urgency:high, priority:P1, runbook:<id>" (default: always)',
    },
    ...POSTMORTEM_OPTIONS,
    { name: 'index', type: 'string', description: 'Runbook index file built by "oncall build"' },
    { name: 'dir', type: 'string', description: 'Runbooks directory (validated, then matched)' },
    ...indexLocationOptions(),
    { name: 'dry-run', type: 'boolean', description: 'Print the draft; write and post nothing' },
    ...PAGERDUTY_OPTIONS,
    ...SLACK_OPTIONS,
    ...githubOptions('GitHub token with `contents: write` and `pull-requests: write` on the repository'),
  ],
  run,
  check: (args, ctx) => void readConfig(args, ctx),
};
