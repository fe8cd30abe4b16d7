/**
 * What a button click or a note does, after the request was verified and answered. The clicking Slack user acts as
 * themself: Slack user → email (`users.info`) → PagerDuty user (exact email), and every PagerDuty write carries that
 * user's `From:`. The decision is taken on PagerDuty's state read just before acting, never on the message (which
 * may be seconds behind), and the message itself is never edited here: PagerDuty's own webhook for the change updates
 * the thread and status line, so a click in Slack, on the phone or on the web lands the same way, once.
 *
 * Every outcome is told to the clicking person only (ephemeral, through the interaction's response_url). Nothing is
 * changed unless every check passed; a failure says what was not done and whether pressing again is safe (it is:
 * the next press re-reads PagerDuty first).
 */
import { levelOf } from '../alert/people.js';
import type { Clock } from '../clock.js';
import { AuthError, RateLimitedError, TransientError, describeError } from '../errors.js';
import type { Logger } from '../log.js';
import { TOP_EVENT_TYPE } from '../alert/message.js';
import type { PagerDutyApi, PdIncident, PdUser } from '../pagerduty/types.js';
import { escapeMrkdwn } from '../slack/mrkdwn.js';
import type { InteractionResponse, SlackApi } from '../slack/types.js';
import { noteModal } from './buttons.js';
import {
  alreadyRequestedText,
  cannotRequestText,
  draftingText,
  explainRequestFailure,
  type PostmortemRequests,
} from './postmortem-button.js';
import type { ButtonClick, IncidentAction, NoteSubmission } from './payload.js';

/** What the interaction handlers need; the Slack methods beyond the core ones are the adapter's optional ones. */
export interface InteractDeps {
  slack: Pick<SlackApi, 'readHistory' | 'lookupUserIdByEmail'> &
    Required<Pick<SlackApi, 'getUserEmail' | 'openView' | 'respond' | 'ownUserId'>>;
  pagerduty: Pick<PagerDutyApi, 'getIncident' | 'getEscalationPolicy' | 'listOnCalls' | 'escalateIncident'> &
    Required<Pick<PagerDutyApi, 'findUserByEmail' | 'setIncidentStatus' | 'addIncidentNote'>>;
  log: Logger;
  clock: Clock;
  /** Channel IDs the relay posts incidents in: buttons anywhere else are refused. */
  channels: ReadonlySet<string>;
  /** How the Draft postmortem button asks for a draft; absent when the relay has no GitHub repository. */
  postmortem?: PostmortemRequests;
}

/** The result of deciding on PagerDuty's current state. */
export type Decision =
  | { kind: 'acknowledge' | 'resolve' }
  | { kind: 'escalate'; level: number }
  | { kind: 'nothing'; text: string };

/**
 * What a click does to `incident` as PagerDuty has it now. `levels` is the number of levels of its escalation
 * policy (only needed to escalate).
 */
export function decide(
  action: Exclude<IncidentAction, 'note' | 'postmortem'>,
  incident: PdIncident,
  levels?: number,
): Decision {
  const label = incidentLabel(incident);
  if (incident.status === 'resolved') {
    return { kind: 'nothing', text: `${label} is already resolved; nothing was changed.` };
  }
  switch (action) {
    case 'acknowledge':
      if (incident.status === 'acknowledged') {
        const by = incident.assignees.map((a) => escapeMrkdwn(a.name)).join(', ');
        return {
          kind: 'nothing',
          text: `${label} is already acknowledged${by ? ` (assigned to ${by})` : ''}; nothing was changed.`,
        };
      }
      return { kind: 'acknowledge' };
    case 'resolve':
      return { kind: 'resolve' };
    case 'escalate': {
      const current = incident.escalationLevel ?? 1;
      const next = current + 1;
      if (levels !== undefined && next > levels) {
        return {
          kind: 'nothing',
          text:
            `${label} is already at level ${current}, the last level of ${escapeMrkdwn(incident.escalationPolicy.name)}; ` +
            'nothing was changed. Reassign it in PagerDuty to bring in someone else.',
        };
      }
      return { kind: 'escalate', level: next };
    }
  }
}

/** Handles a button click to the end; never rejects (every failure is told to the person who clicked). */
export async function runButton(click: ButtonClick, deps: InteractDeps): Promise<void> {
  const tell = (text: string) => respond(deps, click.responseUrl, text);
  try {
    const refusal = await checkMessage(click, deps);
    if (refusal) {
      await tell(refusal);
      return;
    }
    if (click.action === 'note') {
      // The trigger expires 3 s after the click: open the modal before anything slower.
      await deps.slack.openView(
        click.triggerId,
        noteModal(
          {
            incident_id: click.incidentId,
            channel: click.channelId,
            message_ts: click.messageTs,
            response_url: click.responseUrl,
          },
          click.incidentId,
        ),
      );
      return;
    }
    if (click.action === 'postmortem' && !deps.postmortem) {
      await tell(cannotRequestText(click.incidentId));
      return;
    }
    const actor = await findActor(click.userId, deps);
    if (actor.kind === 'missing') {
      await tell(actor.text);
      return;
    }
    const incident = await deps.pagerduty.getIncident(click.incidentId);
    if (click.action === 'postmortem') {
      await requestPostmortem(click, incident, actor.user, deps);
      return;
    }
    let levels: number | undefined;
    if (click.action === 'escalate' && incident.status !== 'resolved') {
      levels = (await deps.pagerduty.getEscalationPolicy(incident.escalationPolicy.id)).rules.length;
      incident.escalationLevel ??= await currentLevel(incident, deps);
    }
    const decision = decide(click.action, incident, levels);
    const label = incidentLabel(incident);
    const from = actor.user.email!;
    switch (decision.kind) {
      case 'nothing':
        await tell(decision.text);
        return;
      case 'acknowledge':
      case 'resolve':
        await deps.pagerduty.setIncidentStatus(incident.id, statusFor(decision.kind), from);
        break;
      case 'escalate':
        await deps.pagerduty.escalateIncident(incident.id, decision.level, from);
        break;
    }
    deps.log.info(
      `slack: ${decision.kind} ${JSON.stringify(incident.id)} by PagerDuty user ${JSON.stringify(actor.user.id)} ` +
        `(Slack ${JSON.stringify(click.userId)})`,
    );
    await tell(done(decision, label, actor.user));
  } catch (error) {
    await tell(explainFailure(error, click.action));
    deps.log.warning(
      `slack: ${click.action} on ${JSON.stringify(click.incidentId)} failed: ${describeError(error)}`,
    );
  }
}

/**
 * The Draft postmortem button, after every check of the other buttons (the message, the person, the incident as
 * PagerDuty has it): at most one request per incident in the retry window.
 */
async function requestPostmortem(
  click: ButtonClick,
  incident: PdIncident,
  actor: PdUser,
  deps: InteractDeps,
): Promise<void> {
  const tell = (text: string) => respond(deps, click.responseUrl, text);
  const requests = deps.postmortem!;
  const label = incidentLabel(incident);
  if (!requests.claim(incident.id)) {
    await tell(alreadyRequestedText(label));
    return;
  }
  try {
    await requests.request(incident.id, { slackUserId: click.userId, pagerdutyUserId: actor.id });
  } catch (error) {
    requests.release(incident.id);
    await tell(explainRequestFailure(error, incident.id));
    deps.log.warning(
      `slack: postmortem request for ${JSON.stringify(incident.id)} failed: ${describeError(error)}`,
    );
    return;
  }
  deps.log.info(
    `slack: postmortem requested for ${JSON.stringify(incident.id)} by PagerDuty user ` +
      `${JSON.stringify(actor.id)} (Slack ${JSON.stringify(click.userId)})`,
  );
  await tell(draftingText(label));
}

/** Handles a submitted note; never rejects. */
export async function runNote(note: NoteSubmission, deps: InteractDeps): Promise<void> {
  const tell = (text: string) => respond(deps, note.responseUrl, text);
  try {
    if (!deps.channels.has(note.channelId)) {
      await tell(notServedText());
      return;
    }
    const actor = await findActor(note.userId, deps);
    if (actor.kind === 'missing') {
      await tell(`${actor.text}\n>Your note: ${escapeMrkdwn(note.text.slice(0, 500))}`);
      return;
    }
    await deps.pagerduty.addIncidentNote(note.incidentId, note.text, actor.user.email!);
    deps.log.info(
      `slack: note on ${JSON.stringify(note.incidentId)} by PagerDuty user ${JSON.stringify(actor.user.id)}`,
    );
    await tell(
      `Note added to ${escapeMrkdwn(note.incidentId)} in PagerDuty as ${escapeMrkdwn(actor.user.name)}.`,
    );
  } catch (error) {
    await tell(`${explainFailure(error, 'note')}\n>Your note: ${escapeMrkdwn(note.text.slice(0, 500))}`);
    deps.log.warning(`slack: note on ${JSON.stringify(note.incidentId)} failed: ${describeError(error)}`);
  }
}

/**
 * Why the click must be refused, or undefined when it may go on: the channel is one the relay serves, and the
 * message clicked is the relay's incident message for the incident the button names. Reading the message back from
 * Slack (not trusting the payload's copy) is what stops a forged `value` from naming another incident.
 */
async function checkMessage(click: ButtonClick, deps: InteractDeps): Promise<string | undefined> {
  if (!deps.channels.has(click.channelId)) return notServedText();
  const page = await deps.slack.readHistory(click.channelId, {
    oldest: click.messageTs,
    latest: click.messageTs,
    inclusive: true,
    limit: 1,
  });
  const message = page.messages.find((m) => m.ts === click.messageTs);
  // Metadata alone is not proof: any app in the workspace could post a message carrying the same event type.
  const ours = message !== undefined && message.userId === (await deps.slack.ownUserId());
  const payload =
    ours && message.metadata?.eventType === TOP_EVENT_TYPE ? message.metadata.payload : undefined;
  if (payload?.incident_id !== click.incidentId) {
    deps.log.warning(
      `slack: refused a button naming incident ${JSON.stringify(click.incidentId)} on message ` +
        `${JSON.stringify(click.messageTs)} in ${JSON.stringify(click.channelId)}: ` +
        (payload ? 'the message is about another incident' : 'not an incident message of this relay'),
    );
    return (
      'This button does not belong to an incident message posted by the on-call relay, so nothing was changed. ' +
      'Use the buttons on the incident message itself, or act in PagerDuty.'
    );
  }
  return undefined;
}

/**
 * The incident's level when PagerDuty's answer does not say: the highest level at which an assignee is on call now
 * (as the alert path reads it), else 1.
 */
async function currentLevel(incident: PdIncident, deps: InteractDeps): Promise<number> {
  const now = deps.clock.now();
  const onCalls = await deps.pagerduty.listOnCalls({
    since: now,
    until: new Date(now.getTime() + 1_000),
    escalationPolicyIds: [incident.escalationPolicy.id],
  });
  return levelOf(incident, onCalls) ?? 1;
}

type Actor = { kind: 'found'; user: PdUser & { email: string } } | { kind: 'missing'; text: string };

/** Slack user → email → PagerDuty user with exactly that email. */
export async function findActor(
  slackUserId: string,
  deps: Pick<InteractDeps, 'slack' | 'pagerduty'>,
): Promise<Actor> {
  const email = await deps.slack.getUserEmail(slackUserId);
  if (!email) {
    return {
      kind: 'missing',
      text:
        'Slack shows no email address for you, so the relay cannot tell who you are in PagerDuty; nothing was ' +
        'changed. Act in PagerDuty directly, or ask a Slack admin to let apps see your email.',
    };
  }
  const user = await deps.pagerduty.findUserByEmail(email);
  if (!user?.email) {
    return {
      kind: 'missing',
      text:
        `No PagerDuty user has your Slack email (${escapeMrkdwn(email)}), so nothing was changed: the relay acts ` +
        'in PagerDuty as you, never as someone else. Ask a PagerDuty admin to add you with this email (or change ' +
        'your PagerDuty login email to it), then press the button again.',
    };
  }
  return { kind: 'found', user: { ...user, email: user.email } };
}

function statusFor(kind: 'acknowledge' | 'resolve'): 'acknowledged' | 'resolved' {
  return kind === 'acknowledge' ? 'acknowledged' : 'resolved';
}

function done(decision: Decision, label: string, user: PdUser): string {
  const as = `as ${escapeMrkdwn(user.name)}`;
  const then = ' The incident message updates when PagerDuty reports the change.';
  switch (decision.kind) {
    case 'acknowledge':
      return `Acknowledged ${label} in PagerDuty ${as}.${then}`;
    case 'resolve':
      return `Resolved ${label} in PagerDuty ${as}.${then}`;
    case 'escalate':
      return `Escalated ${label} to level ${decision.level} in PagerDuty ${as}.${then}`;
    case 'nothing':
      return decision.text;
  }
}

/** The person-facing explanation of a failure: what was not done, why, and whether to press again. */
export function explainFailure(error: unknown, action: IncidentAction): string {
  const what = action === 'note' ? 'The note was not added' : 'Nothing was changed';
  if (error instanceof AuthError) {
    if (/PagerDuty/.test(error.message)) {
      return (
        `${what}: PagerDuty refused the relay's API key for this change. The key is read-only, or your PagerDuty ` +
        'role may not change incidents. An admin can give the relay a key with write access (PAGERDUTY_TOKEN); ' +
        'meanwhile, act in PagerDuty directly.'
      );
    }
    return `${what}: Slack refused the relay's token. An admin should check SLACK_BOT_TOKEN; meanwhile, act in PagerDuty.`;
  }
  if (error instanceof TransientError || error instanceof RateLimitedError) {
    const who = /PagerDuty/.test(error.message) ? 'PagerDuty' : 'Slack';
    return (
      `${what}: ${who} did not answer in time or is having trouble. Press the button again in a minute — it is ` +
      'safe: the relay checks the incident in PagerDuty before acting — or act in PagerDuty directly.'
    );
  }
  return `${what}: ${escapeMrkdwn(describeError(error).slice(0, 300))}`;
}

function notServedText(): string {
  return (
    'These buttons work only in the channels the on-call relay posts incidents to, so nothing was changed. ' +
    'Act in PagerDuty directly, or ask whoever runs the relay to add this channel.'
  );
}

function incidentLabel(incident: PdIncident): string {
  const number = incident.number !== undefined ? `#${incident.number}` : incident.id;
  return `*${escapeMrkdwn(number)}* (${escapeMrkdwn(incident.title.slice(0, 150))})`;
}

/** Tells the person; a failure to tell is logged, never thrown (there is nobody else to tell). */
async function respond(
  deps: Pick<InteractDeps, 'slack' | 'log'>,
  responseUrl: string,
  text: string,
): Promise<void> {
  const message: InteractionResponse = { text, response_type: 'ephemeral', replace_original: false };
  try {
    await deps.slack.respond(responseUrl, message);
  } catch (error) {
    deps.log.warning(`slack: could not answer through response_url: ${describeError(error)}`);
  }
}

export { respond as respondEphemeral };
