/**
 * The relay's reminder options: in direct mode the relay can remind unacknowledged incidents on time, with timers
 * (src/relay/remind-timers.ts) that run the same step as `oncall remind`.
 */
import type { RemindSettings } from '../alert/remind.js';
import { ConfigError } from '../errors.js';
import { parseDurationSeconds, REMIND_AFTER_RANGE } from '../runbooks/duration.js';
import { flag, optionalString } from './args.js';
import type { OptionSpec, ParsedArgs } from './command.js';

export const DIRECT_REMIND_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'reminders',
    type: 'boolean',
    description:
      "Direct mode: remind unacknowledged incidents on time (their runbook's remind_after, or --remind-after)",
    env: 'ONCALL_REMINDERS',
    cliOnly: true,
  },
  {
    name: 'remind-after',
    type: 'string',
    description: 'Direct mode: remind after this long for runbooks without remind_after (e.g. 10m)',
    env: 'ONCALL_REMIND_AFTER',
    cliOnly: true,
  },
  {
    name: 'remind-user-group',
    type: 'string',
    description: 'Direct mode: Slack user group ID mentioned from the third reminder on (e.g. S0123ABCD)',
    env: 'ONCALL_USER_GROUP',
    cliOnly: true,
  },
];

/** The reminder settings when reminders are on (they need direct mode), else undefined. */
export function directRemindSettings(
  args: ParsedArgs,
  direct: boolean,
): Omit<RemindSettings, 'channel' | 'dryRun'> | undefined {
  if (!flag(args, 'reminders')) return undefined;
  if (!direct) {
    throw new ConfigError(
      '--reminders (ONCALL_REMINDERS) needs direct mode (--channel with SLACK_BOT_TOKEN and PAGERDUTY_TOKEN); with ' +
        'repository_dispatch, schedule the remind workflow instead (docs/reminders.md).',
    );
  }
  const afterText = optionalString(args, 'remind-after');
  const after = afterText === undefined ? undefined : parseDurationSeconds(afterText);
  if (
    afterText !== undefined &&
    (after === undefined || after < REMIND_AFTER_RANGE.min || after > REMIND_AFTER_RANGE.max)
  ) {
    throw new ConfigError(
      `Invalid --remind-after (ONCALL_REMIND_AFTER): expected a duration from 1m to 24h such as "10m", found ${JSON.stringify(afterText)}.`,
    );
  }
  const group = optionalString(args, 'remind-user-group');
  if (group !== undefined && !/^S[A-Z0-9]{2,}$/.test(group)) {
    throw new ConfigError(
      `Invalid --remind-user-group (ONCALL_USER_GROUP): expected a Slack user group ID such as "S0123ABCD", found ${JSON.stringify(group)}.`,
    );
  }
  return {
    ...(after !== undefined ? { defaultRemindAfterSeconds: after } : {}),
    ...(group !== undefined ? { userGroupId: group } : {}),
  };
}
