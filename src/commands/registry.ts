/**
 * Every command, loaded lazily: `oncall match` must not pay for the Slack or PagerDuty SDKs at start-up.
 * Add a command by adding one line here.
 */
import type { CommandSpec } from './command.js';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CommandSpec>;
}

/** The commands the action accepts in its `command` input. */
export const ACTION_COMMANDS = [
  'validate',
  'publish',
  'shift',
  'alert',
  'report',
  'remind',
  'postmortem',
  'reply',
] as const;

export const commands: readonly CommandEntry[] = [
  // @commands-start (one line per command, kept in the order shown by `oncall --help`)
  {
    name: 'alert',
    summary: 'Post a PagerDuty incident event to its Slack thread with on-call and runbook',
    load: async () => (await import('./alert.js')).alertCommand,
  },
  {
    name: 'build',
    summary: 'Validate runbooks and compile the published index',
    load: async () => (await import('./build.js')).buildCommand,
  },
  {
    name: 'coverage',
    summary: 'Replay past incident titles through the base and head runbooks',
    load: async () => (await import('./coverage.js')).coverageCommand,
  },
  {
    name: 'match',
    summary: 'Show which runbooks match an alert text, and why',
    load: async () => (await import('./match.js')).matchCommand,
  },
  {
    name: 'postmortem',
    summary: 'Open (or update) one pull request with a postmortem draft for a PagerDuty incident',
    load: async () => (await import('./postmortem.js')).postmortemCommand,
  },
  {
    name: 'preview',
    summary: 'Show the Slack message an alert title would produce, with its runbook (offline)',
    load: async () => (await import('./preview.js')).previewCommand,
  },
  {
    name: 'publish',
    summary: 'Validate runbooks and publish the index to a branch',
    load: async () => (await import('./publish.js')).publishCommand,
  },
  {
    name: 'relay',
    summary: 'Run the PagerDuty webhook → GitHub repository_dispatch relay',
    load: async () => (await import('./relay.js')).relayCommand,
  },
  {
    name: 'remind',
    summary: 'Remind unacknowledged incidents in their Slack threads (run on a schedule)',
    load: async () => (await import('./remind.js')).remindCommand,
  },
  {
    name: 'reply',
    summary: "Post a diagnostic's output into its incident's Slack thread",
    load: async () => (await import('./reply.js')).replyCommand,
  },
  {
    name: 'report',
    summary: 'Report MTTA, MTTR and runbook coverage for a period from PagerDuty',
    load: async () => (await import('./report.js')).reportCommand,
  },
  {
    name: 'shift',
    summary: 'Post who is on call for the current shift to Slack, exactly once per shift',
    load: async () => (await import('./shift.js')).shiftCommand,
  },
  {
    name: 'validate',
    summary: 'Check runbook files and report every problem with file:line:column',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'sandbox',
    summary: 'Play one on-call day offline against built-in fakes (npm start)',
    load: async () => (await import('./sandbox.js')).sandboxCommand,
  },
  // @commands-end
];

export function findCommand(name: string): CommandEntry | undefined {
  return commands.find((c) => c.name === name);
}

export function isActionCommand(name: string): boolean {
  return (ACTION_COMMANDS as readonly string[]).includes(name);
}
