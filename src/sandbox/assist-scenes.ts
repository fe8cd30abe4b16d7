/**
 * The sandbox's assisted-response scenes: an alert storm (three disk alerts within minutes, grouped under the first
 * by the runbook's `group_within`) and a reminder (the scheduled `oncall remind` sweep, run late, reminds the
 * incident nobody has acknowledged — once, however late — and a second sweep sends nothing more).
 */
import type { FakeSlack } from '../fakes/slack.js';
import { REMINDER_EVENT_TYPE } from '../alert/remind.js';
import { CHANNEL_ID, PLATFORM_POLICY, USER_GROUP_ID, type SandboxIncident } from './team.js';

/** Top-level messages the scenes add to the main channel (the storm's first incident). */
export const ASSIST_TOP_LEVEL_MESSAGES = 1;
/** Texts a reader finds on the channel page after the scenes. */
export const ASSIST_EXPECTED_TEXTS = ['Also firing', 'more incidents', 'Reminder 1 of 3'];

const disk = (key: string, at: string, node: string, ip: string): SandboxIncident => ({
  key,
  tool: 'Alertmanager',
  title: `[FIRING:1] NodeFilesystemAlmostOutOfSpace (nvme0n1 ${ip}:9100 node-exporter /var/lib/docker ${node} critical)`,
  service: { id: 'PSVNODE', name: 'k8s-nodes' },
  policyId: PLATFORM_POLICY,
  at,
  urgency: 'high',
  priority: 'P3',
  alertSummary: `Filesystem /var/lib/docker on ${node} has 3% space left.`,
  alertDetails: { node, mountpoint: '/var/lib/docker' },
  expectedRunbook: 'node-disk-almost-full',
});

/** The storm's incidents: the first posts, the next two join its thread. */
const stormIncidents: SandboxIncident[] = [
  disk('disk-1', '14:20', 'node-3', '10.0.3.17'),
  disk('disk-2', '14:22', 'node-4', '10.0.3.18'),
  disk('disk-3', '14:23', 'node-5', '10.0.3.19'),
];

interface Step {
  at: string;
  title: string;
  act(): Promise<void>;
}

/** What the scenes use of the sandbox's day (src/sandbox/run.ts). */
export interface AssistSceneContext {
  slack: FakeSlack;
  /** Opens the incident in PagerDuty and delivers its triggered webhook through the relay. */
  open(spec: SandboxIncident): Step;
  /** Sets the incident's status in PagerDuty and delivers the webhook. */
  change(key: string, at: string, title: string, status: 'acknowledged' | 'resolved', agent: string): Step;
  /** The PagerDuty id of an incident opened in the day. */
  idOf(key: string): string | undefined;
  /** Runs one `oncall` command line on the sandbox's clock. */
  oncall(argv: string[]): Promise<number>;
  userMapFile: string;
  fail(message: string): void;
  print(line: string): void;
}

/** The storm's steps (14:20–14:50). */
export function stormSteps(ctx: AssistSceneContext): Step[] {
  const [first, second, third] = stormIncidents as [SandboxIncident, SandboxIncident, SandboxIncident];
  const messagesOf = (key: string) => {
    const id = ctx.idOf(key);
    return ctx.slack.messages(CHANNEL_ID).filter((m) => m.metadata?.payload.incident_id === id);
  };
  return [
    ctx.open(first),
    {
      ...ctx.open(second),
      title: `A second disk alert 2 minutes later joins the first one's thread (group_within: 10m)`,
    },
    {
      ...ctx.open(third),
      title: 'A third one a minute later: one more reply, and the first message counts 2 more incidents',
    },
    {
      at: '14:24',
      title: 'Check: one top-level message for the storm, two "also firing" replies in its thread',
      act: async () => {
        const top = messagesOf(first.key).filter((m) => m.threadTs === undefined);
        if (top.length !== 1)
          ctx.fail(`the storm's first incident has ${top.length} top-level messages, expected 1`);
        for (const key of [second.key, third.key]) {
          const own = messagesOf(key);
          if (own.length !== 1 || own[0]!.threadTs !== top[0]?.ts)
            ctx.fail(`incident ${key} is not one reply in the storm's thread`);
        }
        if (top[0] && top[0].metadata?.payload.grouped_count !== 2)
          ctx.fail(
            `the storm's first message counts ${String(top[0].metadata?.payload.grouped_count)}, expected 2`,
          );
        ctx.print(
          `   │ storm: 1 message, ${messagesOf(second.key).length + messagesOf(third.key).length} replies`,
        );
      },
    },
    ctx.change(
      second.key,
      '14:35',
      'Alice resolves the second disk incident: its own reply shows it',
      'resolved',
      'PUALICE',
    ),
    ctx.change(first.key, '14:50', 'Alice resolves the first disk incident', 'resolved', 'PUALICE'),
    ctx.change(
      third.key,
      '14:51',
      'Alice resolves the third disk incident: its reply in the storm thread shows it',
      'resolved',
      'PUALICE',
    ),
    {
      at: '14:52',
      title: 'Check: every grouped incident shows its own status in its reply',
      act: async () => {
        for (const key of [second.key, third.key]) {
          const own = messagesOf(key)[0];
          if (own?.metadata?.payload.status !== 'resolved')
            ctx.fail(`incident ${key}'s reply does not show it resolved`);
        }
      },
    },
  ];
}

/** The reminder's steps: the unacknowledged incident of 15:30 is reminded by a late sweep at 15:47. */
export function reminderSteps(ctx: AssistSceneContext, incidentKey: string): Step[] {
  const sweep = [
    'remind',
    '--channel',
    CHANNEL_ID,
    '--remind-after',
    '10m',
    '--remind-user-group',
    USER_GROUP_ID,
    '--user-map',
    ctx.userMapFile,
  ];
  const reminders = () => {
    const id = ctx.idOf(incidentKey);
    return ctx.slack
      .messages(CHANNEL_ID)
      .filter((m) => m.metadata?.eventType === REMINDER_EVENT_TYPE && m.metadata.payload.incident_id === id);
  };
  return [
    {
      at: '15:47',
      title:
        'The scheduled reminder sweep (oncall remind), 7 minutes late: one reminder for the incident nobody acknowledged',
      act: async () => {
        const code = await ctx.oncall(sweep);
        if (code !== 0) ctx.fail(`oncall remind exited ${code}`);
        const sent = reminders();
        if (sent.length !== 1) ctx.fail(`the late sweep sent ${sent.length} reminders, expected 1`);
        ctx.print(`   │ reminders in the thread: ${sent.length}`);
      },
    },
    {
      at: '15:50',
      title:
        'The next sweep 3 minutes later sends nothing: the second reminder is due 10 minutes after the first',
      act: async () => {
        const code = await ctx.oncall(sweep);
        if (code !== 0) ctx.fail(`oncall remind exited ${code}`);
        if (reminders().length !== 1) ctx.fail('a second sweep sent a reminder before it was due');
      },
    },
  ];
}
