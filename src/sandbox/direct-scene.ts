/**
 * The sandbox's direct-mode scene: one incident's signed PagerDuty webhook reaches a relay configured in direct mode
 * (Slack bot token, PagerDuty token, channel, runbook index read from the published branch), which runs the alert
 * itself and posts to Slack — no repository_dispatch, no workflow run.
 */
import { systemClock, type Clock } from '../clock.js';
import type { FakeGitHub } from '../fakes/github.js';
import type { FakePagerDuty } from '../fakes/pagerduty.js';
import type { FakeSlack } from '../fakes/slack.js';
import { createGitHubClient } from '../github/client.js';
import type { Logger } from '../log.js';
import { createDirectMode } from '../relay/direct.js';
import { createRelayHandler } from '../relay/handler.js';
import { signBody } from '../relay/signature.js';

export interface DirectSceneContext {
  slack: FakeSlack;
  pd: FakePagerDuty;
  github: FakeGitHub;
  clock: Clock;
  log: Logger;
  channel: string;
  webhookSecret: string;
  /** Where `oncall publish` put the runbook index. */
  index: { branch: string; path: string };
  fail: (message: string) => void;
  print: (line: string) => void;
}

/** Sends the incident's webhook to a direct-mode relay and checks it posted once and dispatched nothing. */
export async function postDirectly(
  ctx: DirectSceneContext,
  incidentId: string,
  webhook: { body: string; webhookId: string },
): Promise<void> {
  const { slack, pd, github, clock, log } = ctx;
  const dispatchesFor = () =>
    github.dispatches.filter(
      (d) => (d.client_payload.incident as { id?: unknown } | undefined)?.id === incidentId,
    ).length;
  const dispatchesBefore = dispatchesFor();
  const sink = createDirectMode(
    {
      slackToken: slack.token,
      slackApiUrl: slack.url,
      pagerdutyToken: pd.expectedToken,
      pagerdutyApiUrl: pd.url,
      channel: ctx.channel,
      index: {
        github: createGitHubClient({
          token: github.token,
          repository: github.repository,
          apiUrl: github.url,
          clock,
          log,
        }),
        ...ctx.index,
      },
      // One post in the scene: no pacing needed, and the simulated clock does not advance by itself.
      postIntervalMs: 0,
    },
    { clock, log },
  );
  const handler = createRelayHandler({
    secrets: [ctx.webhookSecret],
    sink,
    log,
    // The answer deadline is wall-clock time; the event's age is judged on the simulated day.
    clock: systemClock,
    replay: { now: () => clock.now() },
  });
  const response = await handler(
    new Request('http://relay.sandbox/', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-webhook-id': webhook.webhookId,
        'x-pagerduty-signature': signBody(webhook.body, ctx.webhookSecret),
      },
      body: webhook.body,
    }),
  );
  await sink.idle();
  if (response.status >= 300)
    ctx.fail(`the direct-mode relay answered ${response.status}: ${await response.text()}`);
  const dispatched = dispatchesFor() - dispatchesBefore;
  if (dispatched !== 0) ctx.fail(`the direct-mode relay dispatched ${dispatched} workflow run(s)`);
  const posts = slack
    .messages(ctx.channel)
    .filter((m) => m.threadTs === undefined && m.metadata?.payload.incident_id === incidentId);
  if (posts.length !== 1)
    ctx.fail(`the direct-mode relay left ${posts.length} top-level message(s) for ${incidentId}, expected 1`);
  ctx.print(
    `   │ relay answered ${response.status}; posted ${posts.length}, repository_dispatch ${dispatched}`,
  );
}
