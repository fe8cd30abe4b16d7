/**
 * The sandbox's Slack scenes: Alice presses Acknowledge on an incident message, and someone asks `/oncall`. Both go
 * through the relay's real Slack routes with requests signed like Slack's, so the day shows the same path as
 * production: verify, answer at once, act in PagerDuty as the person, tell them ephemerally, and let PagerDuty's
 * webhook update the thread.
 */
import type { Clock } from '../clock.js';
import type { FakePagerDuty } from '../fakes/pagerduty.js';
import type { FakeSlack } from '../fakes/slack.js';
import { ACTION_IDS } from '../interact/payload.js';
import { signSlackRequest } from '../interact/verify.js';
import type { Logger } from '../log.js';
import { createPagerDutyClient } from '../pagerduty/client.js';
import { createSlackRoutes, type SlackInteractDeps, type SlackRoutes } from '../relay/slack-routes.js';
import { createSlackClient } from '../slack/client.js';

const SIGNING_SECRET = 'sandbox-slack-signing-secret';

/** The relay's Slack routes wired to the fakes, on the sandbox's simulated clock. */
export function sandboxSlackRoutes(ctx: {
  slack: FakeSlack;
  pd: FakePagerDuty;
  clock: Clock;
  log: Logger;
  channel: string;
}): SlackRoutes {
  const slackApi = createSlackClient({
    token: ctx.slack.token,
    apiUrl: ctx.slack.url,
    clock: ctx.clock,
    log: ctx.log,
    allowLoopbackResponseUrl: true,
  });
  const pagerduty = createPagerDutyClient({
    token: ctx.pd.expectedToken,
    apiUrl: ctx.pd.url,
    clock: ctx.clock,
    log: ctx.log,
  });
  return createSlackRoutes({
    signingSecrets: [SIGNING_SECRET],
    clock: ctx.clock,
    interact: {
      slack: slackApi as SlackInteractDeps['slack'],
      pagerduty: pagerduty as SlackInteractDeps['pagerduty'],
      log: ctx.log,
      channels: new Set([ctx.channel]),
    },
    oncall: { language: 'en', scheduleIds: [], escalationPolicyIds: [] },
  });
}

export interface SlackSceneContext {
  slack: FakeSlack;
  pd: FakePagerDuty;
  clock: Clock;
  routes: SlackRoutes;
  relayUrl: () => string;
  channel: string;
  /** The PagerDuty webhook PagerDuty sends after the change, through the relay. */
  deliver: (eventType: string, agentId: string) => Promise<void>;
  fail: (message: string) => void;
  print: (line: string) => void;
}

/** A person presses Acknowledge on the incident's message; PagerDuty's webhook then updates the thread. */
export async function pressAcknowledge(
  ctx: SlackSceneContext,
  incidentId: string,
  slackUserId: string,
  pdUserId: string,
): Promise<void> {
  const message = ctx.slack
    .messages(ctx.channel)
    .find((m) => m.threadTs === undefined && m.metadata?.payload.incident_id === incidentId);
  if (!message) return ctx.fail(`no incident message for ${incidentId} to press Acknowledge on`);
  const responseUrl = ctx.slack.newResponseUrl();
  const payload = {
    type: 'block_actions',
    user: { id: slackUserId },
    container: { type: 'message', message_ts: message.ts, channel_id: ctx.channel, is_ephemeral: false },
    channel: { id: ctx.channel },
    trigger_id: `sandbox.${message.ts}.trigger`,
    response_url: responseUrl,
    actions: [
      {
        action_id: ACTION_IDS.acknowledge,
        block_id: 'oncall-actions',
        type: 'button',
        value: incidentId,
        action_ts: (ctx.clock.now().getTime() / 1000).toFixed(6),
      },
    ],
  };
  const status = await post(
    ctx,
    '/slack/interactions',
    new URLSearchParams({ payload: JSON.stringify(payload) }),
  );
  if (status !== 200) return ctx.fail(`the relay answered ${status} to the Acknowledge button`);
  await ctx.routes.settled();
  const changed = ctx.pd.statusChanges.find(
    (c) => c.incidentId === incidentId && c.status === 'acknowledged',
  );
  if (!changed) return ctx.fail('pressing Acknowledge did not acknowledge the incident in PagerDuty');
  const told = ctx.slack.responsesTo(responseUrl).map((r) => String(r.body.text));
  ctx.print(`   │ only Alice sees: ${told.join(' / ')}`);
  if (!told.some((t) => t.startsWith('Acknowledged')))
    ctx.fail('Alice was not told the incident is acknowledged');
  const incident = ctx.pd.getIncident(incidentId)!;
  incident.updatedAt = ctx.clock.now();
  await ctx.deliver('incident.acknowledged', pdUserId);
}

/** Someone asks `/oncall`; the answer is shown only to them, so it is printed here, not in the channel. */
export async function askOncall(
  ctx: SlackSceneContext,
  slackUserId: string,
  expectMention: string,
): Promise<void> {
  const responseUrl = ctx.slack.newResponseUrl();
  const form = new URLSearchParams({
    team_id: ctx.slack.teamId,
    channel_id: ctx.channel,
    user_id: slackUserId,
    command: '/oncall',
    text: '',
    response_url: responseUrl,
    trigger_id: `sandbox.oncall.${ctx.clock.now().getTime()}`,
  });
  const status = await post(ctx, '/slack/commands', form);
  if (status !== 200) return ctx.fail(`the relay answered ${status} to /oncall`);
  await ctx.routes.settled();
  const [answer] = ctx.slack.responsesTo(responseUrl).map((r) => String(r.body.text));
  for (const line of (answer ?? '(no answer)').split('\n')) ctx.print(`   │ ${line}`);
  if (!answer?.includes(`<@${expectMention}>`)) ctx.fail(`/oncall did not mention ${expectMention}`);
}

/** Posts a form to the relay signed as Slack would with the sandbox's signing secret; resolves with the status. */
export async function postAsSlack(relayUrl: string, path: string, body: string, now: Date): Promise<number> {
  const timestamp = Math.floor(now.getTime() / 1000);
  const response = await fetch(`${relayUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signSlackRequest(body, SIGNING_SECRET, timestamp),
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

function post(ctx: SlackSceneContext, path: string, form: URLSearchParams): Promise<number> {
  return postAsSlack(ctx.relayUrl(), path, form.toString(), ctx.clock.now());
}
