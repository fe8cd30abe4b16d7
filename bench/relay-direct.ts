/**
 * Section "relay-direct": the relay in a process of its own (bench/relay-process.ts), fed signed PagerDuty webhooks
 * over loopback, in both modes:
 * - direct mode: webhook received → the alert run posted to the fake Slack → answer. Every request is a new incident,
 *   so every one reads PagerDuty (incident, alerts, on-call), looks for an earlier post, posts and settles. Target:
 *   p99 ≤ 300 ms. The fakes' own handling is counted in it, so the relay's own share is smaller still. Posts are
 *   not paced here (the relay spaces posts to one channel 1 s apart in production: Slack's limit, not relay time).
 * - Actions mode: webhook → `repository_dispatch` accepted → answer. What follows it — a GitHub runner picking the
 *   job up, the job starting, `oncall alert` running — cannot be measured here (see the "alert" section for the last
 *   part); the runner queue is GitHub's and is reported in seconds to minutes.
 * and the relay process's CPU time and peak memory per 1,000 requests in each mode.
 */
import { performance } from 'node:perf_hooks';
import { FakeClock } from '../src/fakes/clock.js';
import { createAlertWorld } from '../src/fakes/alert-world.js';
import { FakeGitHub } from '../src/fakes/github.js';
import type { RelaySettings } from '../src/relay/web.js';
import { signBody } from '../src/relay/signature.js';
import type { RunbookIndex } from '../src/runbooks/types.js';
import { formatMb, formatMs, percentile, type BenchRow, type BenchSection } from './harness.js';
import { ask, startServerProcess, stopServerProcess, type Report } from './relay-child.js';

const SECTION = 'relay-direct';
const REQUESTS = 1_000;
const WARMUP = 50;
const SECRET = 'bench-webhook-secret';
const CHANNEL = 'C0BENCH01';
const TARGET_P99_MS = 300;
/**
 * Incidents are spread this far apart on the fakes' clock (PagerDuty's creation times, Slack's message times), so
 * the channel looks like a busy production channel — a few posts in each incident's look-up window — rather than a
 * thousand posts in four minutes, whose history every run would then read. The spread ends now: every event stays
 * inside the relay's 48 h replay horizon.
 */
const SPREAD_MS = 60_000;

const INDEX: RunbookIndex = {
  format: 'oncall-runbooks/index',
  version: 1,
  source: { repository: 'acme/oncall', commit: '0123456789abcdef0123456789abcdef01234567', dir: 'runbooks' },
  runbooks: Array.from({ length: 50 }, (_, i) => ({
    id: `runbook-${i}`,
    title: `Runbook ${i}`,
    doc: `runbook-${i}.md`,
    owner: '@platform-team',
    priority: 0,
    match: { any: [`AlertNumber${i}`], all: [], none: [], regex: [], services: [] },
  })),
};

export const section: BenchSection = {
  name: SECTION,
  async run(): Promise<BenchRow[]> {
    const clock = new FakeClock(new Date(Date.now() - (REQUESTS + WARMUP + 1) * 2 * SPREAD_MS), false);
    const { pd, slack, policy } = createAlertWorld({ channel: CHANNEL, clock, policyId: 'PBENCH1' });
    const github = new FakeGitHub();
    github.setFile('oncall-runbooks-index', 'index.json', JSON.stringify(INDEX));
    await Promise.all([pd.start(), slack.start(), github.start()]);

    let sequence = 0;
    /** A new incident in the fake PagerDuty and its signed `incident.triggered` webhook, happening now. */
    const nextWebhook = () => {
      sequence += 1;
      const id = `PB${String(sequence).padStart(6, '0')}`;
      const title = `[FIRING:1] AlertNumber${sequence % 50} on host-${sequence}`;
      clock.advance(SPREAD_MS);
      const now = clock.now();
      pd.addIncident({
        id,
        title,
        escalationPolicyId: policy.id,
        service: { id: 'PSVC001', name: 'API' },
        createdAt: now,
      });
      const body = JSON.stringify({
        event: {
          id: `01BENCHDIRECT${String(sequence).padStart(8, '0')}`,
          event_type: 'incident.triggered',
          resource_type: 'incident',
          occurred_at: now.toISOString(),
          agent: null,
          data: {
            id,
            type: 'incident',
            number: sequence,
            status: 'triggered',
            title,
            html_url: `https://acme.pagerduty.com/incidents/${id}`,
            service: { id: 'PSVC001', summary: 'API', type: 'service_reference' },
            escalation_policy: { id: policy.id, summary: 'Default', type: 'escalation_policy_reference' },
            urgency: 'high',
            created_at: now.toISOString(),
          },
        },
      });
      return {
        body,
        headers: {
          'content-type': 'application/json',
          'x-pagerduty-signature': signBody(body, SECRET),
          'x-webhook-id': `bench-direct-${sequence}`,
        },
      };
    };

    const measure = async (settings: RelaySettings, expected: string) => {
      const { child, url } = await startServerProcess({ relay: settings });
      const once = async () => {
        const { body, headers } = nextWebhook();
        const start = performance.now();
        const response = await fetch(`${url}/`, { method: 'POST', body, headers });
        const answer = (await response.json()) as { status?: string };
        const ms = performance.now() - start;
        if (response.status !== 200 || answer.status !== expected) {
          throw new Error(`bench relay-direct: answered ${response.status} ${JSON.stringify(answer)}`);
        }
        return ms;
      };
      try {
        for (let i = 0; i < WARMUP; i++) await once();
        await ask(child, 'mark');
        const times: number[] = [];
        for (let i = 0; i < REQUESTS; i++) times.push(await once());
        const report = await ask<Report>(child, 'report');
        return { times: times.sort((a, b) => a - b), report };
      } finally {
        await stopServerProcess(child);
      }
    };

    const github_ = { token: github.token, repository: github.repository, apiUrl: github.url };
    let direct;
    let actions;
    try {
      direct = await measure(
        {
          secrets: [SECRET],
          path: '/',
          events: ['incident.triggered'],
          github: github_,
          direct: {
            slackToken: slack.token,
            slackApiUrl: slack.url,
            pagerdutyToken: pd.expectedToken,
            pagerdutyApiUrl: pd.url,
            channel: CHANNEL,
            indexBranch: 'oncall-runbooks-index',
            indexPath: 'index.json',
            postIntervalMs: 0,
          },
        },
        'posted',
      );
      actions = await measure(
        { secrets: [SECRET], path: '/', events: ['incident.triggered'], github: github_ },
        'dispatched',
      );
    } finally {
      await Promise.all([pd.stop(), slack.stop(), github.stop()]);
    }
    const posted = slack.messages(CHANNEL).filter((m) => m.threadTs === undefined).length;
    if (posted !== REQUESTS + WARMUP)
      throw new Error(`bench relay-direct: ${posted} posts, expected ${REQUESTS + WARMUP}`);
    if (github.dispatches.length !== REQUESTS + WARMUP)
      throw new Error('bench relay-direct: dispatches missing');

    const d99 = percentile(direct.times, 99);
    const a99 = percentile(actions.times, 99);
    const resources = (r: Report) =>
      `${formatMs(r.cpuMs)} CPU, peak RSS ${formatMb(r.rss)}, heap ${formatMb(r.heapUsed)}`;
    return [
      {
        section: SECTION,
        case: `direct mode: webhook → Slack post → answer, p50 (${REQUESTS} new incidents)`,
        value: formatMs(percentile(direct.times, 50)),
        baseline: `Actions mode answer ${formatMs(percentile(actions.times, 50))}`,
        informational: true,
        note: 'the target is on p99',
      },
      {
        section: SECTION,
        case: `direct mode: webhook → Slack post → answer, p99 (${REQUESTS} new incidents)`,
        value: formatMs(d99),
        baseline: `Actions mode: answer ${formatMs(a99)} + runner start (not measurable here) + alert run`,
        target: `p99 ≤ ${TARGET_P99_MS} ms (includes the fakes' time)`,
        pass: d99 <= TARGET_P99_MS,
      },
      {
        section: SECTION,
        case: `relay process per ${REQUESTS} webhooks, direct mode`,
        value: resources(direct.report),
        baseline: `Actions mode: ${resources(actions.report)}`,
        informational: true,
      },
    ];
  },
};
