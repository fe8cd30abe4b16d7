/**
 * The sandbox's assisted-response scenes: the team's earlier MySQL incidents, so the day's MySQL incident gets a
 * "last time" reply (src/alert/last-time.ts), and a postmortem draft pull request for it once resolved
 * (`oncall postmortem`, run twice: the second run updates the same pull request and posts no second link).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../clock.js';
import type { FakeGitHub } from '../fakes/github.js';
import type { FakePagerDuty } from '../fakes/pagerduty.js';
import type { FakeSlack } from '../fakes/slack.js';
import { LAST_TIME_EVENT_TYPE } from '../alert/last-time.js';
import { draftBranch, readPullMarker } from '../postmortem/draft.js';
import { POSTMORTEM_EVENT_TYPE } from '../postmortem/run.js';
import { PLATFORM_POLICY, tokyo } from './team.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Two resolved MySQL incidents of the past weeks, with their resolution notes, for the "last time" reply. */
export function seedEarlierIncidents(pd: FakePagerDuty, day: string): void {
  const earlier = [
    {
      daysAgo: 12,
      by: 'PUALICE',
      minutes: 38,
      note: 'Killed the runaway report query (reporting-batch); raised max_connections to 500 until the pool fix ships.',
    },
    {
      daysAgo: 41,
      by: 'PUBOB00',
      minutes: 95,
      note: 'Connection leak in checkout-api 2.14: rolled back to 2.13. See the incident review in #checkout.',
    },
  ];
  for (const e of earlier) {
    const createdAt = new Date(tokyo(day, '03:20').getTime() - e.daysAgo * DAY);
    const resolvedAt = new Date(createdAt.getTime() + e.minutes * MINUTE);
    const incident = pd.addIncident({
      title: '[Triggered on {host:db-2,env:prod}] MySQL too many connections',
      service: { id: 'PSVDB01', name: 'checkout-db' },
      escalationPolicyId: PLATFORM_POLICY,
      status: 'resolved',
      createdAt,
      resolvedAt,
      resolvedBy: e.by,
      assigneeIds: [],
    });
    pd.addNoteSeed(incident.id, {
      userId: e.by,
      content: e.note,
      at: new Date(resolvedAt.getTime() - MINUTE),
    });
  }
}

export interface PostmortemSceneContext {
  pd: FakePagerDuty;
  slack: FakeSlack;
  github: FakeGitHub;
  clock: Clock;
  channel: string;
  outDir: string;
  runbooksDir: string;
  oncall(argv: string[]): Promise<number>;
  fail(message: string): void;
  print(line: string): void;
}

/** What PagerDuty's timeline holds for the day's MySQL incident (the fake keeps no timeline of its own). */
function recordTimeline(pd: FakePagerDuty, incidentId: string, day: string): void {
  const alice = { id: 'PUALICE', type: 'user_reference', name: 'Alice Tanaka' };
  const entries: [string, string, string?][] = [
    ['13:10', 'trigger_log_entry', 'Triggered through the API (CloudWatch)'],
    ['13:10', 'notify_log_entry', 'Notified Alice Tanaka by push and SMS'],
    ['13:14', 'acknowledge_log_entry', 'Acknowledged by Alice Tanaka'],
    ['13:31', 'annotate_log_entry', 'Note added by Alice Tanaka'],
    ['13:52', 'resolve_log_entry', 'Resolved by Alice Tanaka'],
  ];
  for (const [time, type, summary] of entries) {
    pd.addLogEntry(incidentId, {
      type,
      at: tokyo(day, time),
      ...(summary ? { summary } : {}),
      ...(type === 'trigger_log_entry' || type === 'notify_log_entry' ? {} : { agent: alice }),
    });
  }
  pd.addNoteSeed(incidentId, {
    userId: 'PUALICE',
    content: 'The reporting batch again: killed it; opening a ticket to move it to the replica.',
    at: tokyo(day, '13:31'),
  });
}

/** Alice asks for the draft; a second run (the button pressed twice) updates the same pull request. */
export async function draftPostmortem(
  ctx: PostmortemSceneContext,
  incidentId: string,
  day: string,
): Promise<void> {
  recordTimeline(ctx.pd, incidentId, day);
  const argv = ['postmortem', '--incident', incidentId, '--channel', ctx.channel, '--dir', ctx.runbooksDir];
  for (const run of [1, 2]) {
    const code = await ctx.oncall(argv);
    if (code !== 0) ctx.fail(`oncall postmortem exited ${code} (run ${run})`);
  }
  const pulls = ctx.github.pulls.filter((p) => p.head === draftBranch(incidentId));
  if (pulls.length !== 1) return ctx.fail(`expected one postmortem pull request, found ${pulls.length}`);
  const pull = pulls[0]!;
  const marker = readPullMarker(pull.body)?.path;
  const draft = marker ? ctx.github.file(pull.head, marker) : undefined;
  if (!marker || !draft) return ctx.fail('the postmortem pull request has no draft file');
  ctx.print(`   │ pull request #${pull.number} “${pull.title}”`);
  ctx.print(`   │ https://github.com/${ctx.github.repository}/pull/${pull.number} adds ${marker}`);
  await writeFile(path.join(ctx.outDir, 'postmortem.md'), draft);
  for (const wanted of [
    '## Timeline (from PagerDuty)',
    'Acknowledged',
    'The reporting batch again',
    '## Action items',
  ]) {
    if (!draft.includes(wanted)) ctx.fail(`the postmortem draft lacks "${wanted}"`);
  }
  const links = ctx.slack
    .messages(ctx.channel)
    .filter(
      (m) => m.metadata?.eventType === POSTMORTEM_EVENT_TYPE && m.metadata.payload.incident_id === incidentId,
    );
  if (links.length !== 1) ctx.fail(`expected one postmortem link in the thread, found ${links.length}`);
}

/** The day's MySQL incident has exactly one "last time" reply, naming who resolved it last time. */
export function checkLastTime(
  ctx: Pick<PostmortemSceneContext, 'slack' | 'channel' | 'fail' | 'print'>,
  incidentId: string,
): void {
  const replies = ctx.slack
    .messages(ctx.channel)
    .filter(
      (m) => m.metadata?.eventType === LAST_TIME_EVENT_TYPE && m.metadata.payload.incident_id === incidentId,
    );
  if (replies.length !== 1) return ctx.fail(`expected one "last time" reply, found ${replies.length}`);
  const text = JSON.stringify(replies[0]!.blocks ?? []);
  if (!text.includes('resolved by Alice Tanaka') || !text.includes('raised max_connections to 500')) {
    ctx.fail('the "last time" reply does not show who resolved the earlier incident and their note');
  }
  ctx.print('   │ "last time": 2 earlier MySQL incidents listed in the thread');
}
