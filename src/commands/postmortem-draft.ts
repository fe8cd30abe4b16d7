/**
 * What `oncall postmortem` and the alert command's automatic draft share: the GitHub client and runbook look-up the
 * draft needs, and the draft after an `incident.resolved` run. Kept apart from both commands so that neither imports
 * the other.
 */
import type { CommandContext, ParsedArgs } from './command.js';
import { optionalString } from './args.js';
import { describeError } from '../errors.js';
import type { LoadedRunbooks } from '../alert/run.js';
import type { PagerDutyApi, PdIncident } from '../pagerduty/types.js';
import type { SlackApi } from '../slack/types.js';
import type { PostmortemTrigger } from '../postmortem/policy.js';
import type { DraftRunbook } from '../postmortem/draft.js';

/** The GitHub client and the runbook look-up the draft needs, from the command's options. */
export async function draftDeps(
  args: ParsedArgs,
  ctx: CommandContext,
  loadRunbooks: () => Promise<LoadedRunbooks>,
) {
  const [{ createGitHubClient }, { readAlert }, { runbookLink }] = await Promise.all([
    import('../github/client.js'),
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
    const loaded = await loadRunbooks();
    const best = runbookId
      ? { id: runbookId, title: '', score: 0, terms: [] }
      : loaded.match({
          text: readAlert(incident.title).text,
          service: { id: incident.service.id, name: incident.service.name },
        })[0];
    const indexed = best ? loaded.runbook(best.id) : undefined;
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
    runbooks: () => Promise<LoadedRunbooks>;
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
      draftDeps(args, ctx, input.runbooks),
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
