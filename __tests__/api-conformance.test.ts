/**
 * API description conformance: every response field the adapters read exists, with the type they read, in the
 * published API descriptions of PagerDuty, Slack and GitHub (a checked-in extract: fixtures/api/descriptions.json,
 * made by scripts/api-description-extract.mjs, which names the source files and commits). The fields each adapter
 * reads are declared next to it (src/<api>/response-fields.ts); here every adapter method runs against its fake
 * while the fields it actually reads are recorded, so a new read that is not declared fails this test.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { FakeClock } from '../src/fakes/clock.js';
import { FakeGitHub } from '../src/fakes/github.js';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { createGitHubClient } from '../src/github/client.js';
import type { GitHubApi, GitHubFileReader, GitHubPulls } from '../src/github/types.js';
import { GITHUB_RESPONSE_FIELDS } from '../src/github/response-fields.js';
import { MemoryLogger } from '../src/log.js';
import { createPagerDutyClient } from '../src/pagerduty/client.js';
import {
  PAGERDUTY_LIST_RESPONSE_FIELDS,
  PAGERDUTY_ANALYTICS_RESPONSE_FIELDS,
  PAGERDUTY_INCIDENT_HISTORY_FIELDS,
  PAGERDUTY_RESPONSE_FIELDS,
} from '../src/pagerduty/response-fields.js';
import type { PagerDutyApi } from '../src/pagerduty/types.js';
import { createSlackClient } from '../src/slack/client.js';
import { SLACK_RESPONSE_FIELDS } from '../src/slack/response-fields.js';
import type { SlackApi } from '../src/slack/types.js';
import { recordResponseReads, type ResponseField } from '../src/util/response-reads.js';

interface DescribedField {
  types: string[];
  enum?: unknown[];
}
interface DescribedOperation {
  statuses: string[];
  fields?: Record<string, DescribedField>;
  sameAs?: string;
}
type Descriptions = Record<'pagerduty' | 'slack' | 'github', Record<string, DescribedOperation>>;

const descriptions = JSON.parse(
  readFileSync(new URL('./fixtures/api/descriptions.json', import.meta.url), 'utf8'),
) as Descriptions & { _sources: Record<string, unknown> };

const DECLARED: Record<keyof Descriptions, readonly ResponseField[]> = {
  pagerduty: [
    ...PAGERDUTY_RESPONSE_FIELDS,
    ...PAGERDUTY_LIST_RESPONSE_FIELDS,
    ...PAGERDUTY_ANALYTICS_RESPONSE_FIELDS,
    ...PAGERDUTY_INCIDENT_HISTORY_FIELDS,
  ],
  slack: SLACK_RESPONSE_FIELDS,
  github: GITHUB_RESPONSE_FIELDS,
};

function describedFields(
  api: keyof Descriptions,
  operation: string,
): Record<string, DescribedField> | undefined {
  const described = descriptions[api][operation];
  if (!described) return undefined;
  return described.sameAs ? describedFields(api, described.sameAs) : described.fields;
}

/** The description's types a value read as `type` may have. */
const ACCEPTS: Record<ResponseField['type'], string[]> = {
  string: ['string'],
  'date-time': ['string'],
  integer: ['integer'],
  number: ['number', 'integer'],
  boolean: ['boolean'],
  object: ['object'],
  array: ['array'],
  any: ['string', 'integer', 'number', 'boolean', 'object', 'array'],
};

/** `GET /incidents/P123/alerts` → `GET /incidents/{id}/alerts`, using the operations declared for the adapter. */
function templateOf(api: keyof Descriptions, request: string): string {
  const operation = request.replace(/\?.*$/, '');
  const templates = new Set(DECLARED[api].map((f) => f.operation));
  for (const template of templates) {
    const pattern = template
      .split(/(\{[^}]+\})/)
      .map((part) =>
        part === '{path}'
          ? '.+'
          : /^\{.+\}$/.test(part)
            ? '[^/]+'
            : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
      )
      .join('');
    if (new RegExp(`^${pattern}$`).test(operation)) return template;
  }
  return operation;
}

function isDeclared(api: keyof Descriptions, operation: string, path: string): boolean {
  return DECLARED[api].some(
    (f) =>
      f.operation === operation &&
      (f.path === path || (f.path.endsWith('.*') && path.startsWith(f.path.slice(0, -1)))),
  );
}

const reads: Record<keyof Descriptions, Set<string>> = {
  pagerduty: new Set(),
  slack: new Set(),
  github: new Set(),
};
const exercised: Record<keyof Descriptions, Set<string>> = {
  pagerduty: new Set(),
  slack: new Set(),
  github: new Set(),
};
let stopRecording: () => void;

beforeAll(() => {
  stopRecording = recordResponseReads((api, operation, path) => {
    reads[api as keyof Descriptions].add(`${templateOf(api as keyof Descriptions, operation)} ${path}`);
  });
});
afterAll(() => {
  stopRecording();
  if (process.env.DUMP_RESPONSE_READS) {
    writeFileSync(
      process.env.DUMP_RESPONSE_READS,
      JSON.stringify(Object.fromEntries(Object.entries(reads).map(([k, v]) => [k, [...v]])), null, 1),
    );
  }
});

/** Wraps an adapter so each method called is noted (a method the test does not call fails it). */
function noting<T extends object>(api: keyof Descriptions, adapter: T): T {
  return new Proxy(adapter, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        exercised[api].add(key);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

// Every method of each adapter interface: a method added to an interface must be added here (the compiler says so),
// and the test below fails until it is called.
const PAGERDUTY_METHODS = Object.keys({
  listOnCalls: true,
  getSchedule: true,
  getEscalationPolicy: true,
  getIncident: true,
  listIncidentAlertTexts: true,
  listIncidentAlerts: true,
  escalateIncident: true,
  listIncidentsCreated: true,
  listLogEntries: true,
  listAnalyticsIncidents: true,
  requestCount: true,
  findUserByEmail: true,
  setIncidentStatus: true,
  addIncidentNote: true,
  listRecentIncidents: true,
  listIncidentNotes: true,
  listIncidentLogEntries: true,
} satisfies Record<keyof PagerDutyApi, true>).sort();
const SLACK_METHODS = Object.keys({
  postMessage: true,
  updateMessage: true,
  findMessageByMetadata: true,
  readHistory: true,
  listReplies: true,
  lookupUserIdByEmail: true,
  getPermalink: true,
  setTopic: true,
  deleteMessage: true,
  setUserGroupMembers: true,
  scheduleMessage: true,
  listScheduledMessages: true,
  deleteScheduledMessage: true,
  getUserGroupMembers: true,
  getUserEmail: true,
  openView: true,
  respond: true,
  ownUserId: true,
  getUserName: true,
} satisfies Record<keyof SlackApi, true>).sort();
const GITHUB_METHODS = Object.keys({
  dispatch: true,
  getFile: true,
  ensureBranch: true,
  putFile: true,
  getFileIfChanged: true,
  upsertIssueComment: true,
  findPullRequest: true,
  createPullRequest: true,
  updatePullRequest: true,
  dispatchWorkflow: true,
} satisfies Record<keyof (GitHubApi & GitHubFileReader & GitHubPulls), true>).sort();

describe('the declared response fields', () => {
  for (const api of ['pagerduty', 'slack', 'github'] as const) {
    it(`${api}: each exists in the published description with the type the adapter reads`, () => {
      const wrong: string[] = [];
      for (const field of DECLARED[api]) {
        const where = field.describedAs ?? field;
        const described = describedFields(api, where.operation);
        if (field.notInDescription !== undefined) {
          // A field said to be missing from the extract must really be missing (else check it like the rest).
          if (described?.[where.path])
            wrong.push(`${field.operation} ${field.path}: described; drop notInDescription`);
          continue;
        }
        if (!described) {
          wrong.push(`${where.operation}: not in the extract`);
          continue;
        }
        const entry = described[where.path];
        if (!entry) {
          wrong.push(`${field.operation} ${field.path}: not in the description`);
          continue;
        }
        if (!entry.types.some((t) => ACCEPTS[field.type].includes(t))) {
          wrong.push(
            `${field.operation} ${field.path}: read as ${field.type}, described as ${entry.types.join('|')}`,
          );
        }
        if (field.values && entry.enum) {
          const missing = entry.enum.filter((v) => !field.values!.includes(String(v)));
          if (missing.length > 0)
            wrong.push(`${field.operation} ${field.path}: ${missing.join(', ')} not accepted`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('names the sources of the extract with their commits', () => {
    expect(descriptions._sources).toMatchObject({
      'pagerduty-examples.json': {
        repo: 'PagerDuty/api-schema',
        path: 'reference/REST/openapiv3.json',
        commit: '91a06fb3c64b0ab2b2bd6c485d12b327dfb55c18',
      },
      'slack-examples.json': {
        repo: 'slackapi/slack-api-specs',
        path: 'web-api/slack_web_openapi_v2.json',
        commit: 'bc08db49625630e3585bf2f1322128ea04f2a7f3',
      },
      'github-actions-api.json': { npm: { package: '@octokit/openapi', version: '23.0.2' } },
    });
  });
});

describe('the fields the adapters read', () => {
  const clock = new FakeClock('2026-11-26T03:00:00Z');
  const log = new MemoryLogger();

  it('PagerDuty: every field read is declared', async () => {
    const pd = new FakePagerDuty({ timeZone: 'Asia/Tokyo', analytics: true, analyticsDelayMs: 0 });
    await pd.start();
    try {
      const alice = pd.addUser({ name: 'Alice Ito', email: 'alice@example.com', timeZone: 'Asia/Tokyo' });
      const carol = pd.addUser({ name: 'Carol Lee', email: 'carol@example.com' });
      const schedule = pd.addSchedule({ name: 'Primary', timeZone: 'Asia/Tokyo' });
      const policy = pd.addEscalationPolicy({
        name: 'Platform',
        rules: [
          { delayMinutes: 15, targets: [{ type: 'schedule', id: schedule.id }] },
          { delayMinutes: 30, targets: [{ type: 'user', id: carol.id }] },
        ],
      });
      pd.addOnCall({
        userId: alice.id,
        scheduleId: schedule.id,
        escalationPolicyId: policy.id,
        level: 1,
        start: '2026-11-26T01:00:00Z',
        end: '2026-11-27T01:00:00Z',
      });
      const incident = pd.addIncident({
        title: 'Disk almost full',
        priority: 'P1',
        escalationPolicyId: policy.id,
        createdAt: '2026-11-26T02:00:00Z',
      });
      pd.addAlert(incident.id, {
        summary: 'Disk almost full on db-1',
        details: { host: 'db-1', used: '93%' },
        contexts: [{ type: 'link', href: 'https://grafana.example/d/disk', text: 'Dashboard' }],
        cefDetails: {
          description: 'Disk almost full',
          details: { runbook_url: 'https://runbooks.example/disk' },
        },
      });
      const api = noting(
        'pagerduty',
        createPagerDutyClient({ token: pd.expectedToken, apiUrl: pd.url, clock, log }),
      );
      await api.listOnCalls({
        since: new Date('2026-11-26T01:00:00Z'),
        until: new Date('2026-11-27T01:00:00Z'),
        escalationPolicyIds: [policy.id],
      });
      await api.getSchedule(schedule.id);
      await api.getEscalationPolicy(policy.id);
      await api.getIncident(incident.id);
      await api.listIncidentAlertTexts(incident.id);
      await api.listIncidentAlerts!(incident.id);
      await api.escalateIncident(incident.id, 2, 'alice@example.com');
      pd.addLogEntry(incident.id, {
        type: 'acknowledge_log_entry',
        at: '2026-11-26T02:03:00Z',
        agent: { id: alice.id, type: 'user_reference', name: 'Alice Ito' },
      });
      const window = { since: new Date('2026-11-26T00:00:00Z'), until: new Date('2026-11-27T00:00:00Z') };
      await api.listIncidentsCreated!(window);
      await api.listLogEntries!(window);
      pd.addLogEntry(incident.id, {
        type: 'resolve_log_entry',
        at: '2026-11-26T02:30:00Z',
        agent: { id: alice.id, type: 'user_reference', name: 'Alice Ito' },
      });
      await api.listAnalyticsIncidents!(window);
      api.requestCount!();
      await api.findUserByEmail!('alice@example.com');
      await api.addIncidentNote!(incident.id, 'Looking at it', 'alice@example.com');
      await api.setIncidentStatus!(incident.id, 'acknowledged', 'alice@example.com');
      pd.addIncident({
        title: 'Disk almost full',
        status: 'resolved',
        escalationPolicyId: policy.id,
        createdAt: '2026-11-20T02:00:00Z',
        resolvedAt: '2026-11-20T02:40:00Z',
        resolvedBy: alice.id,
      });
      await api.listRecentIncidents!({
        ...window,
        since: new Date('2026-11-01T00:00:00Z'),
        statuses: ['resolved'],
        maxPages: 1,
      });
      await api.listIncidentNotes!(incident.id);
      await api.listIncidentLogEntries!(incident.id, { maxPages: 2 });
      expect([...exercised.pagerduty].sort()).toEqual(PAGERDUTY_METHODS);
    } finally {
      await pd.stop();
    }
    const undeclared = [...reads.pagerduty].filter((r) => {
      const [method, path, field] = r.split(' ');
      return !isDeclared('pagerduty', `${method} ${path}`, field!);
    });
    expect(undeclared).toEqual([]);
  });

  it('Slack: every field read is declared', async () => {
    const channel = 'C0ONCALL01';
    const slack = new FakeSlack(
      {
        users: [
          { id: 'U0ALICE01', name: 'alice', email: 'alice@example.com' },
          { id: 'U0GONE001', name: 'gone', email: 'gone@example.com', deleted: true },
        ],
        channels: [{ id: channel, name: 'oncall' }],
        userGroups: [{ id: 'S0ONCALL1', handle: 'oncall', users: ['U0ALICE01'] }],
      },
      { clock },
    );
    await slack.start();
    try {
      const api = noting(
        'slack',
        createSlackClient({
          token: slack.token,
          apiUrl: slack.url,
          clock,
          log,
          allowLoopbackResponseUrl: true,
        }),
      );
      const metadata = { eventType: 'oncall_shift', payload: { date: '2026-11-26', count: 1 } };
      const posted = await api.postMessage({ channel, text: 'On call today', metadata });
      await api.postMessage({ channel, text: 'A reply', threadTs: posted.ts });
      await api.updateMessage(channel, posted.ts, { text: 'On call today (updated)', metadata });
      await api.findMessageByMetadata(channel, 'oncall_shift', (p) => p.date === '2026-11-26', {
        oldest: new Date('2026-11-26T00:00:00Z'),
      });
      await api.readHistory(channel, { limit: 10 });
      await api.listReplies(channel, posted.ts);
      await api.lookupUserIdByEmail('alice@example.com');
      await api.lookupUserIdByEmail('gone@example.com');
      await api.getPermalink(channel, posted.ts);
      await api.setTopic(channel, 'On call: alice');
      await api.setUserGroupMembers('S0ONCALL1', ['U0ALICE01']);
      await api.deleteMessage!(channel, posted.ts);
      await api.getUserGroupMembers!('S0ONCALL1');
      const claim = await api.scheduleMessage!(
        channel,
        'claim',
        Math.floor(clock.now().getTime() / 1000) + 3600,
      );
      await api.listScheduledMessages!(channel);
      await api.deleteScheduledMessage!(channel, claim.id);
      await api.getUserEmail!('U0ALICE01');
      await api.ownUserId!();
      await api.getUserName!('U0ALICE01');
      await api.openView!('trigger-1', { type: 'modal', title: { type: 'plain_text', text: 'Add note' } });
      await api.respond!(slack.newResponseUrl(), { text: 'Acknowledged' });
      expect([...exercised.slack].sort()).toEqual(SLACK_METHODS);
    } finally {
      await slack.stop();
    }
    const undeclared = [...reads.slack].filter((r) => {
      const [method, field] = r.split(' ');
      return !isDeclared('slack', method!, field!);
    });
    expect(undeclared).toEqual([]);
  });

  it('GitHub: every field read is declared', async () => {
    const gh = new FakeGitHub();
    await gh.start();
    try {
      gh.setFile('main', 'runbooks/index.json', '{"version":1}');
      const api = noting(
        'github',
        createGitHubClient({ token: gh.token, repository: gh.repository, apiUrl: gh.url, clock, log }),
      );
      await api.dispatch('pagerduty-incident', { id: 'PI00001' });
      const file = await api.getFile('main', 'runbooks/index.json');
      await api.getFile('main', 'runbooks/missing.json');
      await api.ensureBranch('runbook-index');
      await api.putFile('main', 'runbooks/index.json', '{"version":2}', 'Update the index', file?.sha);
      const fresh = await api.getFileIfChanged('main', 'runbooks/index.json', undefined);
      expect(fresh.kind).toBe('file');
      const again = await api.getFileIfChanged(
        'main',
        'runbooks/index.json',
        fresh.kind === 'file' ? fresh.etag : undefined,
      );
      expect(again.kind).toBe('not-modified');
      await api.upsertIssueComment!(7, '<!-- marker -->', '<!-- marker -->\nfirst');
      await api.upsertIssueComment!(7, '<!-- marker -->', '<!-- marker -->\nsecond');
      await api.ensureBranch('postmortem/PI00001');
      await api.putFile('postmortem/PI00001', 'postmortems/draft.md', '# Draft', 'Add a draft');
      expect(await api.findPullRequest('postmortem/PI00001')).toBeUndefined();
      const pull = await api.createPullRequest({ branch: 'postmortem/PI00001', title: 'Draft', body: 'b' });
      await api.updatePullRequest(pull.number, { title: 'Draft 2', body: 'b2' });
      expect((await api.findPullRequest('postmortem/PI00001'))?.title).toBe('Draft 2');
      gh.setFile(
        'main',
        '.github/workflows/diagnose.yml',
        'on:\n  workflow_dispatch:\n    inputs:\n      incident_id: {required: true}\n',
      );
      const run = await api.dispatchWorkflow!('diagnose.yml', 'main', { incident_id: 'PI00001' });
      expect(run.runId).toBe(gh.workflowDispatches[0]!.runId);
      expect([...exercised.github].sort()).toEqual(GITHUB_METHODS);
    } finally {
      await gh.stop();
    }
    const undeclared = [...reads.github].filter((r) => {
      const space = r.lastIndexOf(' ');
      return !isDeclared('github', r.slice(0, space), r.slice(space + 1));
    });
    expect(undeclared).toEqual([]);
  });
});
