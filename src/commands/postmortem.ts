/**
 * `oncall postmortem --incident <id>` / `command: postmortem`: opens (or brings up to date) one pull request with a
 * postmortem draft for a PagerDuty incident (src/postmortem/run.ts). The alert command drafts on its own for
 * resolved incidents when `postmortem-on` says so (src/commands/postmortem-draft.ts).
 *
 * Wiring only: builds the PagerDuty, Slack and GitHub adapters and the runbook look-up.
 */
import type { CommandContext, CommandResult, CommandSpec, ParsedArgs } from './command.js';
import { optionLabel } from './command.js';
import { ConfigProblems, flag, optionalString, requiredString } from './args.js';
import { PAGERDUTY_OPTIONS, SLACK_OPTIONS, githubOptions, indexLocationOptions } from './shared-options.js';
import { ConfigError } from '../errors.js';
import { POSTMORTEM_OPTIONS } from './postmortem-options.js';
import type { PagerDutyApi } from '../pagerduty/types.js';
import type { SlackApi } from '../slack/types.js';
import { parseTrigger } from '../postmortem/policy.js';

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
    import('./postmortem-draft.js').then(async ({ draftDeps }) => {
      const { loadRunbooks } = await import('./alert.js');
      return draftDeps(args, ctx, () => loadRunbooks(args, ctx));
    }),
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
