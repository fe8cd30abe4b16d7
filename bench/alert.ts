/**
 * Section "alert": `node dist/cli.js alert --event <file> …` from process start to the Slack post, against loopback
 * fake PagerDuty and Slack servers running in this process, beside two baselines measured in the same run:
 * `node -e 0` (bare Node start) and a minimal script that only posts one message with @slack/web-api — the floor
 * for anything that posts to Slack. Targets: alert ≤ 1.3× the minimal script with a team's index (200 runbooks),
 * and with a 10,000-runbook index ≤ 1.15× that (the alert path reads the index's header and a few rows, not all).
 *
 * Child processes are started asynchronously (the fakes share this process's event loop), runs are interleaved so
 * that drift on a noisy machine hits all of them alike, and the median of each is reported.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { buildIndex, serializeIndex } from '../src/runbooks/index-file.js';
import type { Runbook } from '../src/runbooks/types.js';
import { type BenchRow, type BenchSection, childEnv, formatMs, median } from './harness.js';

const SECTION = 'alert';
const RUNS = 15;
/** The alert run's start → post against the minimal post's. */
const TARGET_RATIO = 1.3;
const CHANNEL = 'C0BENCH01';
/** Runbooks in the indexes the alert run reads: a team's rule set, and a large organisation's. */
const SMALL_INDEX = 200;
const LARGE_INDEX = 10_000;
/** The alert run with the large index against the same run with the small one. */
const LARGE_INDEX_GROWTH = 1.15;
const root = process.env.ONCALL_ROOT ?? process.cwd();

interface Timing {
  /** Process start → the fake Slack holds the new message. */
  toPost: number;
  /** Process start → exit. */
  toExit: number;
}

/** Starts `args` with Node and resolves when it exits, timing when the fake Slack got one more message. */
function timeRun(args: string[], env: Record<string, string>, slack: FakeSlack | undefined): Promise<Timing> {
  const cleanEnv = childEnv(env);
  const before = slack?.messages().length ?? 0;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let posted: number | undefined;
    // The fakes run on this event loop: polling it every millisecond sees the post within ~1 ms.
    const poll = setInterval(() => {
      if (posted === undefined && slack && slack.messages().length > before)
        posted = performance.now() - start;
    }, 1);
    const child = spawn(process.execPath, args, { env: cleanEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(poll);
      const toExit = performance.now() - start;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 800)}`));
      if (slack && slack.messages().length === before) {
        return reject(new Error(`${args.join(' ')} posted nothing: ${stderr.slice(0, 800)}`));
      }
      resolve({ toPost: posted ?? toExit, toExit });
    });
  });
}

export const section: BenchSection = {
  name: SECTION,
  async run(): Promise<BenchRow[]> {
    const work = mkdtempSync(path.join(tmpdir(), 'oncall-bench-alert-'));
    const pd = new FakePagerDuty();
    const slack = new FakeSlack({
      users: [{ id: 'U0ALICE01', name: 'alice', email: 'alice@example.com' }],
      channels: [{ id: CHANNEL, name: 'oncall' }],
    });
    try {
      await Promise.all([pd.start(), slack.start()]);
      const alice = pd.addUser({ name: 'Alice', email: 'alice@example.com' });
      const policy = pd.addEscalationPolicy({
        name: 'Platform',
        rules: [{ targets: [{ type: 'user', id: alice.id }] }],
      });
      pd.addOnCall({ userId: alice.id, escalationPolicyId: policy.id, level: 1, start: null, end: null });

      // Indexes as `oncall build` writes them: the size of a team's rule set, and the size a large organisation
      // reaches. Every tenth runbook groups storms, so the look-up for a grouped incident is on the path as it is
      // in such an organisation; the alerts are of runbooks that do not group (most alerts).
      const writeIndex = (count: number): string => {
        const runbooks: Runbook[] = Array.from({ length: count }, (_, i) => ({
          id: `rb-${String(i).padStart(5, '0')}`,
          title: `Runbook ${i}`,
          doc: `rb-${i}.md`,
          priority: i % 3,
          match: { any: [`Alert${i}Firing`], all: [], none: [], regex: [], services: [] },
          ...(i % 10 === 0 ? { groupWithinSeconds: 600 } : {}),
          tests: { match: [], noMatch: [] },
          file: `runbooks/rb-${i}.yml`,
        }));
        const file = path.join(work, `index-${count}.json`);
        writeFileSync(
          file,
          serializeIndex(buildIndex(runbooks, { repository: 'acme/ops', commit: null, dir: 'runbooks' })),
        );
        return file;
      };
      const smallIndex = writeIndex(SMALL_INDEX);
      const largeIndex = writeIndex(LARGE_INDEX);

      const eventFile = (n: number): string => {
        const incident = pd.addIncident({
          // A runbook that does not group storms: the alert posts a message of its own.
          title: `[FIRING:1] Alert${(n % 19) * 10 + 3}Firing (bench critical)`,
          escalationPolicyId: policy.id,
          service: { name: 'Bench API' },
        });
        pd.addAlert(incident.id, { summary: `Alert ${n} summary` });
        const file = path.join(work, `event-${n}.json`);
        const payload = {
          v: 1,
          webhook_id: `wh-${n}`,
          event_id: `ev-${n}`,
          event_type: 'incident.triggered',
          occurred_at: new Date().toISOString(),
          incident: {
            id: incident.id,
            number: incident.number,
            title: incident.title,
            status: 'triggered',
            urgency: 'high',
            html_url: `https://acme.pagerduty.com/incidents/${incident.id}`,
            service: { id: incident.service.id, name: incident.service.name },
            escalation_policy: { id: policy.id, name: 'Platform' },
            priority: null,
          },
          agent: null,
        };
        writeFileSync(
          file,
          JSON.stringify({ action: 'pagerduty.incident.triggered', client_payload: payload }),
        );
        return file;
      };

      const minimal = path.join(work, 'post-one.mjs');
      writeFileSync(
        minimal,
        [
          `import { createRequire } from 'node:module';`,
          `const require = createRequire(${JSON.stringify(path.join(root, 'package.json'))});`,
          `const { WebClient } = require('@slack/web-api');`,
          `const client = new WebClient(process.env.SLACK_BOT_TOKEN, { slackApiUrl: process.env.SLACK_API_URL, retryConfig: { retries: 0 } });`,
          `await client.chat.postMessage({ channel: ${JSON.stringify(CHANNEL)}, text: 'hello' });`,
          '',
        ].join('\n'),
      );

      const env = {
        PAGERDUTY_TOKEN: pd.expectedToken,
        PAGERDUTY_API_URL: pd.url,
        SLACK_BOT_TOKEN: slack.token,
        SLACK_API_URL: slack.url,
      };
      const cli = path.join(root, 'dist', 'cli.js');
      const alertArgs = (n: number, indexFile: string) => [
        cli,
        'alert',
        '--event',
        eventFile(n),
        '--channel',
        CHANNEL,
        '--index',
        indexFile,
      ];

      // Warm the file cache for all of them before measuring.
      await timeRun(alertArgs(-1, smallIndex), env, slack);
      await timeRun(alertArgs(-2, largeIndex), env, slack);
      await timeRun([minimal], env, slack);
      await timeRun(['-e', '0'], {}, undefined);

      const alert: Timing[] = [];
      const alertLarge: Timing[] = [];
      const floor: Timing[] = [];
      const bare: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        alert.push(await timeRun(alertArgs(2 * i, smallIndex), env, slack));
        alertLarge.push(await timeRun(alertArgs(2 * i + 1, largeIndex), env, slack));
        floor.push(await timeRun([minimal], env, slack));
        bare.push((await timeRun(['-e', '0'], {}, undefined)).toExit);
      }
      const alertPost = median(alert.map((t) => t.toPost));
      const alertExit = median(alert.map((t) => t.toExit));
      const largePost = median(alertLarge.map((t) => t.toPost));
      const floorPost = median(floor.map((t) => t.toPost));
      const floorExit = median(floor.map((t) => t.toExit));
      const nodeBare = median(bare);
      const ratio = alertPost / floorPost;
      const growth = largePost / alertPost;
      const count = (n: number) => n.toLocaleString('en-US');
      return [
        {
          section: SECTION,
          case: `alert start → Slack post, ${count(SMALL_INDEX)}-runbook index (median of ${RUNS})`,
          value: `${formatMs(alertPost)} (${ratio.toFixed(2)}×)`,
          baseline: `post-one script ${formatMs(floorPost)}`,
          target: `value ≤ ${TARGET_RATIO}× baseline`,
          pass: ratio <= TARGET_RATIO,
        },
        {
          section: SECTION,
          case: `alert start → Slack post, ${count(LARGE_INDEX)}-runbook index (median of ${RUNS})`,
          value: `${formatMs(largePost)} (${growth.toFixed(2)}× the ${count(SMALL_INDEX)}-runbook run; ${(largePost / floorPost).toFixed(2)}× post-one)`,
          baseline: `${count(SMALL_INDEX)}-runbook index ${formatMs(alertPost)}`,
          target: `value ≤ ${LARGE_INDEX_GROWTH}× baseline (flat in the number of runbooks)`,
          pass: growth <= LARGE_INDEX_GROWTH,
        },
        {
          section: SECTION,
          case: 'alert start → exit (incl. permalink)',
          value: formatMs(alertExit),
          baseline: `post-one script ${formatMs(floorExit)}`,
          informational: true,
          note: 'what follows the post does not delay it',
        },
        {
          section: SECTION,
          case: 'node -e 0',
          value: formatMs(nodeBare),
          baseline: '',
          informational: true,
          note: 'bare Node start, for scale',
        },
      ];
    } finally {
      await Promise.all([pd.stop(), slack.stop()]);
      rmSync(work, { recursive: true, force: true });
    }
  },
};
