/**
 * `npm run local-action`: runs the action's TypeScript entry (src/main.ts) with @github/local-action, as a workflow
 * step would, against the sandbox's fake PagerDuty and Slack (seeded with the sample team). Shows the channel after.
 * Usage: npm run local-action [-- shift|validate]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakePagerDuty } from '../src/fakes/pagerduty.js';
import { FakeSlack } from '../src/fakes/slack.js';
import { renderChannelText } from '../src/sandbox/render-channel.js';
import type { TranscriptMessage } from '../src/sandbox/transcript.js';
import {
  CHANNEL_ID,
  CHANNEL_NAME,
  PRIMARY_SCHEDULE,
  SECONDARY_SCHEDULE,
  seedPagerDuty,
  slackWorkspace,
  TEAM_TIME_ZONE,
  USER_MAP,
} from '../src/sandbox/team.js';

const command = process.argv[2] ?? 'shift';
const day = new Date().toLocaleDateString('en-CA', { timeZone: TEAM_TIME_ZONE });
const pd = new FakePagerDuty({ timeZone: TEAM_TIME_ZONE, subdomain: 'acme' });
const slack = new FakeSlack(slackWorkspace);
await Promise.all([pd.start(), slack.start()]);
seedPagerDuty(pd, day);

const inputs: Record<string, string> =
  command === 'validate'
    ? { command: 'validate', path: 'runbooks' }
    : {
        command: 'shift',
        schedule: `${PRIMARY_SCHEDULE},${SECONDARY_SCHEDULE}`,
        channel: CHANNEL_ID,
        timezone: TEAM_TIME_ZONE,
        handover: '10:00',
        'pagerduty-token': pd.expectedToken,
        'slack-bot-token': slack.token,
        'pagerduty-api-url': pd.url,
        'slack-api-url': slack.url,
      };
const workDir = mkdtempSync(join(tmpdir(), 'oncall-local-action-'));
const envFile = join(workDir, '.env');
if (inputs.command === 'shift') {
  inputs['user-map'] = join(workDir, 'user-map.json');
  writeFileSync(inputs['user-map'], JSON.stringify(USER_MAP));
}
writeFileSync(
  envFile,
  Object.entries(inputs)
    .map(([name, value]) => `INPUT_${name.toUpperCase()}=${value}`)
    .join('\n') + '\n',
);
// local-action is a CLI; it runs in its own process while this one serves the fakes.
const code = await new Promise<number>((resolve) => {
  const child = spawn('npx', ['local-action', 'run', '.', 'src/main.ts', envFile], { stdio: 'inherit' });
  child.on('exit', (c) => resolve(c ?? 1));
});
if (command === 'shift') {
  const users: Record<string, string> = {};
  for (const u of slackWorkspace.users ?? []) users[u.id] = u.realName ?? u.name;
  const messages = slack.channelTranscript(CHANNEL_ID).map(function convert(m): TranscriptMessage {
    return {
      ts: m.ts,
      author: slack.botName,
      text: m.text,
      ...(m.blocks ? { blocks: m.blocks } : {}),
      edited: m.edited,
      replies: m.replies.map(convert),
    };
  });
  console.log(
    renderChannelText({
      channelId: CHANNEL_ID,
      channelName: CHANNEL_NAME,
      users,
      timeZone: TEAM_TIME_ZONE,
      messages,
    }),
  );
}
await Promise.all([pd.stop(), slack.stop()]);
process.exit(code);
