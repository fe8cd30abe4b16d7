/**
 * `oncall preview`: the message an alert title would produce, built by the alert path against a sample incident,
 * with the example runbooks in runbooks/.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { alertCommand } from '../src/commands/alert.js';
import type { CommandContext } from '../src/commands/command.js';
import { findCommand } from '../src/commands/registry.js';
import { previewCommand } from '../src/commands/preview.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { MemoryLogger, Redactor } from '../src/log.js';
import {
  PREVIEW_ON_CALL,
  formatMatches,
  previewAlert,
  renderPreviewHtml,
  renderPreviewText,
} from '../src/preview/alert-preview.js';
import { loadedFromIndex, loadRunbooksDir, matchableRunbooks } from '../src/alert/runbooks.js';
import type { Runbook } from '../src/runbooks/types.js';
import type { SlackMessage } from '../src/slack/types.js';

const REPO = process.cwd();
const INJECTION = '<!channel> <@U0ADMIN> <https://evil.example|click> & <b>';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'oncall-preview-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs `oncall …` in the repository, so `--dir runbooks` is the example runbooks. */
async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main({
    argv,
    env: {},
    cwd: REPO,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stdin: Readable.from([]),
    clock: new FakeClock('2026-11-26T01:00:00Z'),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('oncall preview (text)', () => {
  it.each([
    [
      'Alertmanager',
      '[FIRING:1] KubePodCrashLooping (api 10.2.1.14:8443 kube-state-metrics payments warning)',
      'kube-pod-crash-looping',
      'Pod is crash-looping',
      'KubePodCrashLooping',
    ],
    [
      'Alertmanager (grouped by namespace)',
      '[FIRING:1]  (NodeFilesystemSpaceFillingUp nvme0n1 10.0.3.17:9100 node-exporter /var/lib/docker monitoring/k8s warning)',
      'node-disk-almost-full',
      undefined,
      undefined,
    ],
    [
      'Datadog',
      '[Triggered on {host:db-1,env:prod}] MySQL too many connections on db-1',
      'mysql-too-many-connections',
      'MySQL refuses new connections',
      'too many connections',
    ],
    [
      'CloudWatch',
      'ALARM: "orders-queue-ApproximateAgeOfOldestMessage" in Asia Pacific (Tokyo)',
      'queue-backlog',
      undefined,
      undefined,
    ],
    [
      'Sentry',
      "OperationalError: (1040, 'Too many connections')",
      'mysql-too-many-connections',
      undefined,
      'too many connections',
    ],
    [
      'New Relic',
      '[New Relic] Container terminated with OOMKilled',
      'oom-killed',
      'Container or process was OOM-killed',
      'OOMKilled',
    ],
  ])('%s title shows its runbook', async (_tool, title, id, runbookTitle, term) => {
    const { code, stdout } = await cli(['preview', title]);
    expect(code).toBe(0);
    expect(stdout).toContain(`🚨 *${title.trim()}*`);
    expect(stdout).toMatch(/📖 \*Runbook:\* /);
    expect(stdout).toContain(`1. ${id} — `);
    if (runbookTitle) expect(stdout).toContain(`*Runbook:* *${runbookTitle}*`);
    if (term) expect(stdout).toContain(`Matched: \`${term}\``);
    // Sample incident: placeholder on-call and link, never anyone real.
    expect(stdout).toContain(PREVIEW_ON_CALL);
    expect(stdout).toContain('https://your-subdomain.pagerduty.com/incidents/PREVIEW');
  });

  it('lists the other matching runbooks and the terms of each', async () => {
    const { stdout } = await cli([
      'preview',
      '[FIRING:1] KubePodCrashLooping (api payments warning) reason OOMKilled',
    ]);
    expect(stdout).toContain('Also matched: *Pod is crash-looping*');
    expect(stdout).toContain('2 runbooks match, best first:\n1. oom-killed');
    expect(stdout).toContain('2. kube-pod-crash-looping — Pod is crash-looping');
    expect(stdout).toContain('matched: "KubePodCrashLooping"');
  });

  it('says so when no runbook matches, and how to add one', async () => {
    const { code, stdout } = await cli(['preview', 'Something nobody wrote a runbook for']);
    expect(code).toBe(0);
    expect(stdout).toContain('*No runbook matches this alert.* Add one with a pull request to `runbooks/`.');
    expect(stdout).toContain('No runbook matches this title.');
    // No runbook limited to services would match it either.
    expect(stdout).not.toContain('Note:');
  });

  it.each([
    ['a service name', 'payment-api'],
    ['a PagerDuty service ID', 'PX3K9QZ'],
  ])(
    '--service with %s includes runbooks limited to services, and shows escalate_to',
    async (_what, service) => {
      const title = '【本番】決済エラーが急増しています (payment-api)';
      const without = await cli(['preview', title]);
      expect(without.stdout).toContain('No runbook matches this title.');
      expect(without.stdout).toContain(
        'Note: runbook payment-errors-spike would match this title for an incident of a service it lists ' +
          '(payment-api, PX3K9QZ); give --service <name-or-id> to preview that.',
      );
      const { stdout } = await cli(['preview', title, '--service', service]);
      expect(stdout).toContain('1. payment-errors-spike — 決済エラー急増');
      expect(stdout).toContain('*On call (level 2)*');
      expect(stdout).toContain('This runbook escalates straight to level 2');
      expect(stdout).not.toContain('Note:');
    },
  );

  it('reads runbooks from an index built by oncall build', async () => {
    const index = join(work, 'index.json');
    expect((await cli(['build', 'runbooks', '--out', index])).code).toBe(0);
    const { code, stdout } = await cli([
      'preview',
      '[FIRING:1] HostOutOfDiskSpace (critical)',
      '--index',
      index,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('1. node-disk-almost-full');
    expect(stdout).toContain(`runbooks from ${index}`);
  });

  it("shows the channel a runbook's slack_channel routes the incident to", async () => {
    const dir = join(work, 'routed');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'db-down.yml'),
      [
        'id: db-down',
        'title: Database down',
        'url: https://wiki.example/db',
        'slack_channel: C0DATABASE',
        'match:',
        '  any: [PostgresqlDown]',
        '',
      ].join('\n'),
    );
    const { code, stdout } = await cli(['preview', '[FIRING:1] PostgresqlDown (db-1)', '--dir', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Posted to channel C0DATABASE (slack_channel of runbook db-down), not the workflow's channel.",
    );
  });

  it.each([
    [['preview'], /Missing alert title/],
    [['preview', 'x', '--dir', 'runbooks', '--index', 'i.json'], /--index and --dir are alternatives/],
    [
      ['preview', 'x', '--html', '/nonexistent-dir/x.html'],
      /Cannot write --html "\/nonexistent-dir\/x.html"/,
    ],
    [
      ['preview', 'x', '--dir', 'no-such-dir'],
      /No runbooks directory at "no-such-dir" .*give --dir <dir> or --index <file>/,
    ],
  ])('refuses %j with a clear error', async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('is registered and needs no token', async () => {
    expect(await findCommand('preview')!.load()).toBe(previewCommand);
    expect(previewCommand.options.filter((o) => o.secret || o.env)).toEqual([]);
  });
});

describe('oncall preview --html', () => {
  it('writes a self-contained page with no script, and outside text stays text', async () => {
    const file = join(work, 'preview.html');
    const { code } = await cli(['preview', `KubePodCrashLooping ${INJECTION}`, '--html', file]);
    expect(code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Content-Security-Policy" content="default-src \'none\'');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    // The title is shown, escaped: no live mention, link or tag comes from it.
    expect(html).toContain(
      '&lt;!channel&gt; &lt;@U0ADMIN&gt; &lt;https://evil.example|click&gt; &amp; &lt;b&gt;',
    );
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('href="https://evil.example');
    expect(html).not.toContain('class="mention');
    // The page's title element escapes it too.
    expect(html).toContain('<title>Preview: KubePodCrashLooping &lt;!channel&gt;');
    expect(html).toContain('Pod is crash-looping');
    expect((html.match(/<article class="message/g) ?? []).length).toBe(1);
  });

  it('keeps the injection inert in the text output as well', async () => {
    const { stdout } = await cli(['preview', INJECTION]);
    expect(stdout).toContain(`🚨 *${INJECTION}*`);
    expect(stdout).not.toMatch(/@U0ADMIN(?!>)/);
    expect(stdout).not.toContain('click (https://evil.example)');
  });
});

describe('oncall preview --json', () => {
  it('prints the escaped Block Kit payload', async () => {
    const { stdout } = await cli(['preview', INJECTION, '--json']);
    const message = JSON.parse(stdout) as SlackMessage;
    const all = JSON.stringify(message.blocks);
    expect(all).toContain(
      '&lt;!channel&gt; &lt;@U0ADMIN&gt; &lt;https://evil.example|click&gt; &amp; &lt;b&gt;',
    );
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<@U0ADMIN>');
    expect(message.text).not.toContain('<!channel>');
  });

  describe('is what the alert path posts for the same title', () => {
    let pd: FakePagerDuty;
    let clock: FakeClock;
    beforeEach(async () => {
      clock = new FakeClock('2026-11-26T01:00:00Z');
      pd = new FakePagerDuty({ clock });
      await pd.start();
    });
    afterEach(async () => {
      await pd.stop();
    });

    it.each([
      '[FIRING:1] KubePodCrashLooping (api 10.2.1.14:8443 kube-state-metrics payments warning)',
      '[FIRING:1] KubePodCrashLooping (api payments warning) reason OOMKilled',
      'ALARM: "checkout-alb-HTTPCode_Target_5XX_Count" in Asia Pacific (Tokyo)',
      'Nothing matches this one',
    ])('%s', async (title) => {
      const alice = pd.addUser({ name: 'Alice Example', email: 'alice@example.com' });
      const policy = pd.addEscalationPolicy({
        id: 'PUS0KTE',
        name: 'Default',
        rules: [{ targets: [{ type: 'user', id: alice.id }] }],
      });
      pd.addOnCall({ userId: alice.id, escalationPolicyId: policy.id, level: 1, start: null, end: null });
      const incident = pd.addIncident({
        id: 'PGR0VU2',
        title,
        escalationPolicyId: policy.id,
        service: { id: 'PF9KMXH', name: 'API Service' },
      });
      const webhook = JSON.parse(
        readFileSync(join(REPO, '__tests__/fixtures/webhooks/incident.triggered.json'), 'utf8'),
      ) as { event: { data: Record<string, unknown> } };
      webhook.event.data.title = incident.title;
      const eventFile = join(work, 'webhook.json');
      writeFileSync(eventFile, JSON.stringify(webhook));

      let posted = '';
      const ctx: CommandContext = {
        surface: 'cli',
        cwd: REPO,
        env: {},
        clock,
        log: new MemoryLogger(),
        redactor: new Redactor(),
        stdout: (t) => void (posted += t),
        stdinLines: async function* () {},
        setOutput: () => undefined,
      };
      await alertCommand.run(
        {
          values: {
            event: eventFile,
            channel: 'C0ONCALL',
            dir: 'runbooks',
            'dry-run': true,
            'pagerduty-token': pd.expectedToken,
            'pagerduty-api-url': pd.url,
          },
          positionals: [],
        },
        ctx,
      );
      const real = JSON.parse(posted) as SlackMessage;
      const preview = JSON.parse(
        (await cli(['preview', title, '--service', 'API Service', '--json'])).stdout,
      ) as SlackMessage;

      // Everything but the incident itself (id, link, service, on-call, the buttons naming it) is the same Block Kit.
      const incidentBlocks = new Set(['oncall-incident', 'oncall-details', 'oncall-actions']);
      const strip = (m: SlackMessage) =>
        (m.blocks ?? []).filter((b) => !incidentBlocks.has(b.block_id ?? ''));
      expect(strip(real).map((b) => b.block_id)).toEqual(
        expect.arrayContaining(['oncall-runbook', 'oncall-index', 'oncall-status']),
      );
      expect(strip(preview)).toEqual(strip(real));
      expect(preview.blocks!.map((b) => b.block_id)).toEqual(real.blocks!.map((b) => b.block_id));
      expect(preview.metadata!.payload.runbook_id).toEqual(real.metadata!.payload.runbook_id);
      // The incident block differs only by the placeholder incident.
      expect(JSON.stringify(preview.blocks![0])).toContain(JSON.stringify(title).slice(1, 20));
    });
  });
});

describe('preview core', () => {
  const clock = new FakeClock('2026-11-26T01:00:00Z');
  const runbook = (id: string, any: string[], extra: Partial<Runbook> = {}): Runbook => ({
    id,
    title: `Title ${id}`,
    url: `https://wiki.example/${id}`,
    priority: 0,
    match: { any, all: [], none: [], regex: [], services: [] },
    tests: { match: [], noMatch: [] },
    file: `runbooks/${id}.yml`,
    ...extra,
  });

  it('builds the message, every match and the best id without any client', async () => {
    const loaded = loadedFromIndex(
      {
        format: 'oncall-runbooks/index',
        version: 1,
        source: {
          repository: 'acme/ops',
          commit: 'abcdef0123456789abcdef0123456789abcdef01',
          dir: 'runbooks',
        },
        runbooks: [
          {
            id: 'disk',
            title: 'Disk full',
            doc: 'disk.md',
            priority: 0,
            match: { any: ['disk'], all: [], none: [], regex: [], services: [] },
          },
        ],
      },
      'index.json',
    );
    const result = await previewAlert({ title: 'disk full on db-1', runbooks: loaded, clock });
    expect(result.runbookId).toBe('disk');
    expect(result.matches.map((m) => m.id)).toEqual(['disk']);
    const text = renderPreviewText(result.message, clock.now());
    expect(text).toContain(
      'Disk full (https://github.com/acme/ops/blob/abcdef0123456789abcdef0123456789abcdef01/runbooks/disk.md)',
    );
    expect(text).toContain('Runbook index v1 @ `abcdef0` · index.json');
    expect(renderPreviewHtml(result.message, clock.now(), 'x')).toContain(
      'href="https://github.com/acme/ops/blob/',
    );
  });

  it('formats matches like oncall match, and the empty case', () => {
    expect(formatMatches([])).toBe('No runbook matches this title.\n');
    expect(formatMatches([{ id: 'a', title: 'A', score: 1, terms: ['x', 'y'] }])).toBe(
      '1 runbook match, best first:\n1. a — A (score 1)\n   matched: "x", "y"\n',
    );
  });

  it('leaves out runbooks the matcher cannot run: unsafe regex, no condition, duplicate id', () => {
    const runbooks = [
      runbook('ok', ['a']),
      runbook('unsafe', [], { match: { any: [], all: [], none: [], regex: ['(a+)+$'], services: [] } }),
      runbook('empty', []),
      runbook('ok', ['b'], { file: 'runbooks/ok-copy.yml' }),
      runbook('missing-doc', ['c']),
    ];
    const problems = [
      {
        file: 'runbooks/unsafe.yml',
        line: 1,
        column: 1,
        severity: 'error' as const,
        message: 'unsafe',
        path: 'match.regex[0]',
      },
      {
        file: 'runbooks/missing-doc.yml',
        line: 1,
        column: 1,
        severity: 'error' as const,
        message: 'doc',
        path: 'doc',
      },
    ];
    expect(matchableRunbooks({ runbooks, problems }).map((r) => `${r.id}:${r.file}`)).toEqual([
      'ok:runbooks/ok.yml',
      'missing-doc:runbooks/missing-doc.yml',
    ]);
  });

  it('loads a runbooks directory with its errors counted, and previews with the rest', async () => {
    const { loaded, errors, runbooks } = await loadRunbooksDir('__tests__/fixtures/validate/invalid', {
      cwd: REPO,
      env: {},
    });
    expect(errors).toBeGreaterThan(0);
    expect(runbooks.every((r) => r.match.any.length + r.match.all.length + r.match.regex.length > 0)).toBe(
      true,
    );
    expect(loaded.origin).toBe('__tests__/fixtures/validate/invalid/');
  });
});
