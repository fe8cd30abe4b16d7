/**
 * The Draft postmortem button on a resolved incident message. The relay does not write the draft itself: it asks
 * GitHub to start the postmortem workflow (`repository_dispatch`, event type POSTMORTEM_REQUEST_EVENT), which holds
 * the only token that may push a branch and open a pull request. The relay's token needs no more than it already
 * has for the alert workflow (`contents: write`, which `repository_dispatch` requires).
 *
 * Once per incident: a click is verified exactly like the other buttons (signed request, the relay's own incident
 * message for the incident the button names, the clicking person resolved to their PagerDuty user), then the
 * incident is claimed for the Slack routes' retry window, so a double click, a second person or Slack's retry within
 * it dispatches nothing more. Past the window a press dispatches again, which is safe: the postmortem run keeps one
 * pull request per incident and posts its link once.
 */
import { AuthError, RateLimitedError, TransientError, describeError } from '../errors.js';
import type { GitHubApi } from '../github/types.js';
import { escapeMrkdwn } from '../slack/mrkdwn.js';

/** `repository_dispatch` event type the postmortem workflow listens for, beside `pagerduty.incident.resolved`. */
export const POSTMORTEM_REQUEST_EVENT = 'oncall.postmortem.requested';

/** Who asked for the draft (their IDs only, for the workflow's log). */
export interface PostmortemRequester {
  slackUserId: string;
  pagerdutyUserId: string;
}

/** How the relay asks for a postmortem draft; given only when it has a GitHub repository and token. */
export type RequestPostmortem = (incidentId: string, by: PostmortemRequester) => Promise<void>;

/** What the button needs from the Slack routes: the request, and their memory of recent requests. */
export interface PostmortemRequests {
  request: RequestPostmortem;
  /** True when no request for `incidentId` is remembered, and remembers this one. */
  claim(incidentId: string): boolean;
  /** Forgets a claim whose request failed, so pressing again can act. */
  release(incidentId: string): void;
}

/** The Actions-mode request: a `repository_dispatch` that starts the postmortem workflow. */
export function dispatchPostmortem(github: Pick<GitHubApi, 'dispatch'>): RequestPostmortem {
  return (incidentId, by) =>
    github.dispatch(POSTMORTEM_REQUEST_EVENT, {
      incident: { id: incidentId },
      requested_by: { slack_user_id: by.slackUserId, pagerduty_user_id: by.pagerdutyUserId },
    });
}

/** The answer once the request is out. */
export function draftingText(label: string): string {
  return `Drafting a postmortem for ${label}… the link will appear in this thread.`;
}

/** The answer to a press while an earlier request is remembered. */
export function alreadyRequestedText(label: string): string {
  return (
    `A postmortem draft for ${label} was requested a moment ago; the link will appear in this thread. ` +
    'Nothing more was requested.'
  );
}

/** The answer when this relay has no GitHub repository to ask. */
export function cannotRequestText(incidentId: string): string {
  const id = escapeMrkdwn(incidentId);
  return (
    'This relay has no GitHub repository and token (GITHUB_REPOSITORY, GITHUB_TOKEN), so it cannot start a ' +
    `postmortem draft; nothing was requested. Run the Postmortem draft workflow with incident ${id}, or ` +
    `\`oncall postmortem --incident ${id}\`.`
  );
}

/** The person-facing explanation of a failed request: nothing was requested, and pressing again is safe. */
export function explainRequestFailure(error: unknown, incidentId: string): string {
  const what = 'No postmortem draft was requested';
  const id = escapeMrkdwn(incidentId);
  if (error instanceof AuthError && /GitHub/.test(error.message)) {
    return (
      `${what}: GitHub refused the relay's token. It needs \`contents: write\` on the repository to start the ` +
      `postmortem workflow (GITHUB_TOKEN). Meanwhile, run the Postmortem draft workflow with incident ${id}.`
    );
  }
  if (error instanceof TransientError || error instanceof RateLimitedError) {
    const who = /PagerDuty/.test(error.message)
      ? 'PagerDuty'
      : /GitHub/.test(error.message)
        ? 'GitHub'
        : 'Slack';
    return (
      `${what}: ${who} did not answer in time or is having trouble. Press the button again in a minute — it is ` +
      'safe: one incident never gets more than one postmortem pull request.'
    );
  }
  return `${what}: ${escapeMrkdwn(describeError(error).slice(0, 300))}`;
}
