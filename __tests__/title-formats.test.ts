/**
 * Every golden title in __tests__/fixtures/titles/ goes through `oncall match`, `oncall preview` and the alert path
 * (against loopback PagerDuty and Slack fakes), and all three must choose the same runbook: the one whose rule is
 * anchored on the title's expected cleaned form.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { loadedFromIndex } from '../src/alert/runbooks.js';
import { INDEX_FORMAT } from '../src/runbooks/types.js';
import { main } from '../src/cli/main.js';
import { runAlert, type LoadedRunbooks } from '../src/alert/run.js';
import { FakeClock } from '../src/fakes/clock.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import { previewAlert, sampleEvent } from '../src/preview/alert-preview.js';
import { buildIndex, serializeIndex } from '../src/runbooks/index-file.js';
import type { IndexedRunbook, Runbook } from '../src/runbooks/types.js';
import { createSlackClient } from '../src/slack/client.js';
import { UserDirectory } from '../src/slack/user-directory.js';

interface TitleCase {
  title: string;
  expect: { title: string };
}

const fixtures = path.join(process.cwd(), '__tests__', 'fixtures', 'titles');
const cases: { file: string; title: string; cleaned: string }[] = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((file) =>
    (JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as { cases: TitleCase[] }).cases.map(
      (c) => ({
        file,
        title: c.title,
        cleaned: c.expect.title,
      }),
    ),
  );

/** One runbook per distinct cleaned title, matching only a text that starts with exactly that line. */
const cleanedTitles = [...new Set(cases.map((c) => c.cleaned))];
const idOf = (cleaned: string) => `title-${String(cleanedTitles.indexOf(cleaned)).padStart(3, '0')}`;
const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
const RUNBOOKS: Runbook[] = cleanedTitles.map((cleaned) => ({
  id: idOf(cleaned),
  title: cleaned,
  doc: `${idOf(cleaned)}.md`,
  priority: 0,
  match: { any: [], all: [], none: [], regex: [`^${escape(cleaned)}(?:\\n|$)`], services: [] },
  tests: { match: [], noMatch: [] },
  file: `runbooks/${idOf(cleaned)}.yml`,
}));

const CHANNEL = 'C0ONCALL';
let dir: string;
let clock: FakeClock;
let pd: FakePagerDuty;
let slack: FakeSlack;
let loaded: LoadedRunbooks;
let policy: { id: string };
let alertDeps: Parameters<typeof runAlert>[0];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'oncall-title-formats-'));
  const index = buildIndex(RUNBOOKS, { repository: null, commit: null, dir: 'runbooks' });
  await writeFile(path.join(dir, 'index.json'), serializeIndex(index));
  const indexed: IndexedRunbook[] = index.runbooks;
  loaded = loadedFromIndex(
    {
      format: INDEX_FORMAT,
      version: 1,
      source: { repository: 'acme/ops', commit: 'abc1234def5678abc1234def5678abc1234def56', dir: 'runbooks' },
      runbooks: indexed,
    },
    'published index',
  );

  clock = new FakeClock('2026-11-26T01:00:00Z', true);
  pd = new FakePagerDuty({ clock });
  const alice = pd.addUser({ name: 'Alice Example', email: 'alice@example.com' });
  policy = pd.addEscalationPolicy({
    name: 'Platform',
    rules: [{ targets: [{ type: 'user', id: alice.id }] }],
  });
  pd.addOnCall({ userId: alice.id, escalationPolicyId: policy.id, level: 1, start: null, end: null });
  slack = new FakeSlack(
    {
      users: [{ id: 'U0ALICE', name: 'alice', email: 'alice@example.com' }],
      channels: [{ id: CHANNEL, name: 'oncall' }],
    },
    { clock },
  );
  await Promise.all([pd.start(), slack.start()]);
  const log = new MemoryLogger();
  const slackApi = createSlackClient({ token: slack.token, apiUrl: slack.url, clock, log });
  alertDeps = {
    pagerduty: createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock, log }),
    slack: slackApi,
    users: new UserDirectory({ slack: slackApi, log }),
    runbooks: async () => loaded,
    clock,
    log,
  };
});

afterAll(async () => {
  await Promise.all([pd.stop(), slack.stop()]);
  await rm(dir, { recursive: true, force: true });
});

async function viaMatch(title: string): Promise<string | undefined> {
  const out: string[] = [];
  const code = await main({
    argv: ['match', title, '--index', 'index.json', '--json'],
    env: {},
    cwd: dir,
    stdout: (t) => void out.push(t),
    stderr: () => undefined,
    stdin: Readable.from([]),
  });
  expect(code).toBe(0);
  return (JSON.parse(out.join('')) as { matches: { id: string }[] }).matches[0]?.id;
}

async function viaPreview(title: string): Promise<string | undefined> {
  return (await previewAlert({ title, runbooks: loaded, clock })).runbookId;
}

async function viaAlert(title: string): Promise<string | undefined> {
  const incident = pd.addIncident({
    title,
    escalationPolicyId: policy.id,
    service: { name: 'Checkout API' },
    createdAt: clock.now(),
  });
  // The preview's sample event, pointed at this incident of the fake PagerDuty.
  const sample = sampleEvent(title, undefined, clock.now());
  const result = await runAlert(
    alertDeps,
    { channel: CHANNEL, fromEmail: 'bot@example.com', waitForTopMs: 20_000, waitIntervalMs: 2_000 },
    {
      ...sample,
      event_id: `ev-${incident.id}`,
      incident: {
        ...sample.incident,
        id: incident.id,
        service: { id: incident.service.id, name: incident.service.name },
        escalation_policy: { id: policy.id, name: 'Platform' },
      },
    },
  );
  return result.runbookId;
}

describe('every golden title reads the same in match, preview and alert', () => {
  it('covers every fixture file', () => {
    expect(new Set(cases.map((c) => c.file)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(cases.map((c) => [c.file, c.title, c.cleaned] as const))(
    '%s: %j',
    async (_file, title, cleaned) => {
      const expected = idOf(cleaned);
      const got = {
        match: await viaMatch(title),
        preview: await viaPreview(title),
        alert: await viaAlert(title),
      };
      expect(got).toEqual({ match: expected, preview: expected, alert: expected });
    },
  );
});
