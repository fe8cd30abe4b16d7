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

export const commands: readonly CommandEntry[] = [
  // @commands-start (one line per command, kept in the order shown by `oncall --help`)
  // @commands-end
];

export function findCommand(name: string): CommandEntry | undefined {
  return commands.find((c) => c.name === name);
}
