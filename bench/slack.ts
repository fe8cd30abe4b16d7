/**
 * Section "slack": the relay serving PagerDuty webhooks and Slack button clicks at once, over loopback with the
 * fakes. Slack shows an error when the relay takes more than 3 s to answer a click, so the figure that matters is the
 * time to that answer under load; the work after the answer (Slack and PagerDuty look-ups, the PagerDuty write) is
 * measured as its own throughput.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildTopMessage } from '../src/alert/message.js';
import { systemClock } from '../src/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { createGitHubClient } from '../src/github/client.js';
import { ACTION_IDS } from '../src/interact/payload.js';
import type { Logger } from '../src/log.js';
import { createRelayHandler } from '../src/relay/handler.js';
import { startRelayServer } from '../src/relay/node-server.js';
import { signBody } from '../src/relay/signature.js';
import { postAsSlack, sandboxSlackRoutes } from '../src/sandbox/slack-scenes.js';
import { createSlackClient } from '../src/slack/client.js';
import { formatMs, percentile, type BenchRow, type BenchSection } from './harness.js';

const EACH = 500;
const CONCURRENCY = 16;
const WEBHOOK_SECRET = 'bench-webhook-secret';
const CHANNEL = 'C0BENCH001';
/** A third of the 3 s Slack waits: room for the network between Slack and the relay. */
const SLACK_ANSWER_P99_TARGET_MS = 1_000;

/** Nothing logged: the bench measures the relay, not the terminal. */
const quiet: Logger = { debug() {}, info() {}, warning() {}, error() {} };

export const section: BenchSection = {
  name: 'slack',
  async run(): Promise<BenchRow[]> {
    const root = process.env.ONCALL_ROOT ?? process.cwd();
    const fixture = readFileSync(
      join(root, '__tests__', 'fixtures', 'webhooks', 'incident.triggered.json'),
      'utf8',
    );
    const github = new FakeGitHub();
    const slack = new FakeSlack({
      users: [{ id: 'U0ALICE', name: 'alice', email: 'alice@example.com' }],
      channels: [{ id: CHANNEL, name: 'incidents' }],
    });
    const pd = new FakePagerDuty();
    const alice = pd.addUser({ name: 'Alice', email: 'alice@example.com' });
    const policy = pd.addEscalationPolicy({
      name: 'Bench',
      rules: [{ targets: [{ type: 'user', id: alice.id }] }],
    });
    const incident = pd.addIncident({ title: 'Bench incident', escalationPolicyId: policy.id });
    await Promise.all([github.start(), slack.start(), pd.start()]);
    const posted = await createSlackClient({
      token: slack.token,
      apiUrl: slack.url,
      clock: systemClock,
      log: quiet,
    }).postMessage(
      buildTopMessage({
        channel: CHANNEL,
        incident: { id: incident.id, title: incident.title },
        onCall: [],
        onCallLevel: 1,
        runbooks: [],
        state: { status: 'triggered' },
        eventId: 'EVBENCH',
        webhookId: null,
      }),
    );
    const routes = sandboxSlackRoutes({ slack, pd, clock: systemClock, log: quiet, channel: CHANNEL });
    const handler = createRelayHandler({
      secrets: [WEBHOOK_SECRET],
      github: createGitHubClient({
        token: github.token,
        repository: github.repository,
        apiUrl: github.url,
        log: quiet,
      }),
      log: quiet,
      clock: systemClock,
      slack: routes,
    });
    const relay = await startRelayServer({ handler, port: 0, host: '127.0.0.1' });

    let sequence = 0;
    const webhook = async () => {
      sequence += 1;
      const body = fixture
        .replace('"2020-10-02T18:40:02.114Z"', JSON.stringify(new Date().toISOString()))
        .replace('"01DEN9P6Q1XV2K7M3ZB0A8C4TR"', `"01SLACKB${String(sequence).padStart(8, '0')}"`);
      const response = await fetch(`${relay.url}/`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-pagerduty-signature': signBody(body, WEBHOOK_SECRET),
        },
        body,
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`bench slack: webhook answered ${response.status}`);
    };
    const clickTimes: number[] = [];
    // 503 is the documented answer when the work in progress is at its cap (src/relay/slack-routes.ts).
    let shed = 0;
    const click = async () => {
      sequence += 1;
      const payload = {
        type: 'block_actions',
        user: { id: 'U0ALICE' },
        container: { type: 'message', message_ts: posted.ts, channel_id: CHANNEL },
        trigger_id: `bench.${sequence}`,
        response_url: slack.newResponseUrl(),
        actions: [{ action_id: ACTION_IDS.acknowledge, value: incident.id, action_ts: `1.${sequence}` }],
      };
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      const start = performance.now();
      const status = await postAsSlack(relay.url, '/slack/interactions', body, new Date());
      clickTimes.push(performance.now() - start);
      if (status === 503) shed += 1;
      else if (status !== 200) throw new Error(`bench slack: click answered ${status}`);
    };

    // Webhooks and clicks alternate.
    const mixed = Array.from({ length: 2 * EACH }, (_, i) => (i % 2 === 0 ? webhook : click));
    const started = performance.now();
    let next = 0;
    try {
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < mixed.length) await mixed[next++]!();
        }),
      );
      await routes.settled();
    } finally {
      await relay.close();
      await Promise.all([github.stop(), slack.stop(), pd.stop()]);
    }
    const seconds = (performance.now() - started) / 1000;
    clickTimes.sort((a, b) => a - b);
    const p99 = percentile(clickTimes, 99);
    return [
      {
        section: 'slack',
        case: `${EACH} webhooks + ${EACH} button clicks, ${CONCURRENCY} at a time: requests a second, work included`,
        value: `${Math.round((2 * EACH) / seconds)}/s`,
        baseline: '',
        informational: true,
      },
      {
        section: 'slack',
        case: 'button click → answer under that load, p99 (200, or 503 when the work in progress is at its cap)',
        value: `${formatMs(p99)} (${shed} of ${EACH} answered 503)`,
        baseline: `p50 ${formatMs(percentile(clickTimes, 50))}`,
        target: `≤ ${formatMs(SLACK_ANSWER_P99_TARGET_MS)} (Slack gives up at 3 s)`,
        pass: p99 <= SLACK_ANSWER_P99_TARGET_MS,
      },
    ];
  },
};
