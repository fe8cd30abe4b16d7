/**
 * The sandbox: one day of an on-call team, offline. Starts the fake PagerDuty, Slack and GitHub servers (the ones
 * the tests use), then runs the real commands against them through the same code paths as production — publish the
 * runbook index, post the 10:00 shift, and play four incidents from three monitoring tools through the relay with
 * signed webhooks (acknowledged, escalated by a runbook's escalate_to, resolved, no runbook, one redelivery; the last
 * one through a relay in direct mode, which posts itself with no workflow run). The
 * payment incident is routed to its team's channel, whose messages are in Japanese (`routes`).
 * Every step is checked; each channel is printed as text and written as an HTML page.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { CommandLineRunner } from '../commands/command.js';
import { systemClock } from '../clock.js';
import { FakeClock } from '../fakes/clock.js';
import { FakeGitHub, type RecordedDispatch } from '../fakes/github.js';
import { FakePagerDuty } from '../fakes/pagerduty.js';
import { FakeSlack, type TranscriptMessage as FakeTranscriptMessage } from '../fakes/slack.js';
import { createGitHubClient } from '../github/client.js';
import { Redactor, streamLogger, type Logger } from '../log.js';
import { createRelayHandler } from '../relay/handler.js';
import { startRelayServer, type RelayServer } from '../relay/node-server.js';
import { signBody } from '../relay/signature.js';
import type { SlackRoutes } from '../relay/slack-routes.js';
import { parseIndex } from '../runbooks/index-file.js';
import { DEFAULT_INDEX_BRANCH, DEFAULT_INDEX_PATH } from '../runbooks/types.js';
import { postDirectly } from './direct-scene.js';
import {
  ASSIST_EXPECTED_TEXTS,
  ASSIST_TOP_LEVEL_MESSAGES,
  reminderSteps,
  stormSteps,
  type AssistSceneContext,
} from './assist-scenes.js';
import { checkLastTime, draftPostmortem, seedEarlierIncidents } from './postmortem-scene.js';
import { checkDiagnostics, installExampleWorkflow, runExampleWorkflow } from './diagnose-scene.js';
import { REPLY_EVENT_TYPE } from '../alert/message.js';
import { HISTORY_DAYS, seedHistory, writeReportPage } from './history.js';
import { renderChannelHtml, renderChannelText } from './render-channel.js';
import { askOncall, pressAcknowledge, sandboxSlackRoutes, type SlackSceneContext } from './slack-scenes.js';
import {
  CHANNEL_ID,
  CHANNEL_NAME,
  incidents,
  PAYMENTS_CHANNEL_ID,
  PAYMENTS_CHANNEL_NAME,
  PAYMENTS_SERVICE,
  PRIMARY_SCHEDULE,
  SECONDARY_SCHEDULE,
  seedPagerDuty,
  slackWorkspace,
  TEAM_TIME_ZONE,
  tokyo,
  USER_GROUP_ID,
  USER_MAP,
  type SandboxIncident,
} from './team.js';
import type { ChannelTranscript, TranscriptMessage } from './transcript.js';

export interface SandboxOptions {
  /** The day to play, `YYYY-MM-DD` (Tokyo). */
  day: string;
  /** Where channel.html, channel.txt and expected.json go. */
  outDir: string;
  /** Working directory holding the runbooks directory. */
  cwd: string;
  runbooksDir: string;
  /** Progress lines. */
  print(line: string): void;
  /** Show every command's log lines, not only warnings and errors. */
  verbose?: boolean;
  /** Runs one `oncall` command line (the CLI's `main`), given rather than imported so the CLI can list the sandbox. */
  runCommandLine: CommandLineRunner;
}

export interface SandboxResult {
  failures: string[];
  transcript: ChannelTranscript;
  /** The payments team's channel, where its incidents are routed. */
  paymentsTranscript: ChannelTranscript;
  paymentsHtmlPath: string;
  htmlPath: string;
  text: string;
}

const WEBHOOK_SECRET = 'sandbox-webhook-signing-secret';
/** The page of the payments team's channel, beside channel.html. */
const PAYMENTS_PAGE = 'payments.html';
const FROM_EMAIL = 'alice@example.com';

interface Step {
  at: string;
  title: string;
  act(): Promise<void>;
}

/** Plays the day and checks it. Never throws for a failed check: failures are returned. */
export async function runSandbox(options: SandboxOptions): Promise<SandboxResult> {
  const { day } = options;
  const clock = new FakeClock(tokyo(day, '09:50'));
  const pd = new FakePagerDuty({ clock, timeZone: TEAM_TIME_ZONE, subdomain: 'acme' });
  const slack = new FakeSlack(slackWorkspace, { clock });
  const failures: string[] = [];
  const fail = (message: string) => {
    failures.push(message);
    options.print(`   ✗ ${message}`);
  };
  let relay: RelayServer | undefined;
  const workDir = path.join(options.outDir, 'work');
  await mkdir(workDir, { recursive: true });
  const userMapFile = path.join(workDir, 'user-map.json');
  await writeFile(userMapFile, `${JSON.stringify(USER_MAP, null, 2)}\n`);

  let dispatchCount = 0;
  const github: FakeGitHub = new FakeGitHub({
    onDispatch: (d) => runAlertFor(d),
    // The MySQL runbook's diagnostic workflow, run when the alert run dispatches it.
    onWorkflowDispatch: (d): Promise<void> =>
      runExampleWorkflow({ github, slack, workDir, oncall, fail, print: options.print }, d),
  });
  installExampleWorkflow(github, options.cwd);
  const env = () => ({
    PAGERDUTY_TOKEN: pd.expectedToken,
    PAGERDUTY_API_URL: pd.url,
    SLACK_BOT_TOKEN: slack.token,
    SLACK_API_URL: slack.url,
    GITHUB_TOKEN: github.token,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_API_URL: github.url,
  });

  /** Runs one `oncall` command in-process on the sandbox's clock, indenting what it logs. */
  const oncall = async (argv: string[], extraEnv: Record<string, string> = {}): Promise<number> => {
    const out: string[] = [];
    const code = await options.runCommandLine({
      argv,
      env: { ...env(), ...extraEnv },
      cwd: options.cwd,
      stdout: (text) => void out.push(text),
      stderr: (text) => {
        for (const line of text.split('\n').filter(Boolean)) {
          if (options.verbose || /warning|error/i.test(line)) options.print(`   │ ${line}`);
        }
      },
      stdin: Readable.from([]),
      clock,
    });
    if (options.verbose)
      for (const line of out.join('').split('\n').filter(Boolean)) options.print(`   │ ${line}`);
    return code;
  };

  async function runAlertFor(dispatch: RecordedDispatch): Promise<void> {
    dispatchCount += 1;
    // What a repository_dispatch workflow run sees in GITHUB_EVENT_PATH.
    const eventFile = path.join(workDir, `dispatch-${dispatchCount}.json`);
    await writeFile(
      eventFile,
      JSON.stringify({ action: dispatch.event_type, client_payload: dispatch.client_payload }, null, 2),
    );
    const code = await oncall(
      [
        'alert',
        '--channel',
        CHANNEL_ID,
        // The payments team reads its incidents in its own channel, in Japanese.
        '--routes',
        `service:${PAYMENTS_SERVICE.name}=${PAYMENTS_CHANNEL_ID}/ja`,
        '--from-email',
        FROM_EMAIL,
        '--user-map',
        userMapFile,
        // Runbooks' diagnostic workflows run from the default branch, as in a repository_dispatch run.
        '--diagnose-ref',
        github.defaultBranch,
      ],
      { GITHUB_EVENT_PATH: eventFile },
    );
    if (code !== 0) fail(`oncall alert exited ${code} for ${dispatch.event_type}`);
  }

  const opened = new Map<string, { id: string; spec: SandboxIncident }>();
  let webhookSeq = 0;
  let lastDelivery: { body: string; webhookId: string } | undefined;

  /** A new V3 webhook body for an incident as the fake holds it now, with its delivery id. */
  const newWebhook = (key: string, eventType: string, agentId: string | null) => {
    const incident = opened.get(key)!;
    const body = JSON.stringify(
      webhookEnvelope(pd, incident.id, eventType, agentId, clock.now(), ++webhookSeq),
    );
    return { body, webhookId: `wh-${day}-${webhookSeq}` };
  };

  /** Sends a signed V3 webhook for an incident through the relay and waits for the workflow run it starts. */
  const deliver = async (key: string, eventType: string, agentId: string | null, redelivery = false) => {
    let body: string;
    let webhookId: string;
    if (redelivery && lastDelivery) {
      ({ body, webhookId } = lastDelivery);
    } else {
      ({ body, webhookId } = newWebhook(key, eventType, agentId));
      lastDelivery = { body, webhookId };
    }
    const response = await fetch(`${relay!.url}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-webhook-id': webhookId,
        'x-pagerduty-signature': signBody(body, WEBHOOK_SECRET),
      },
      body,
    });
    if (response.status >= 300)
      fail(`the relay answered ${response.status} to ${eventType}: ${await response.text()}`);
    await github.idle();
  };

  // What the team's daily-shift workflow passes; the scheduled run and its backup run share it.
  const shiftArgs = [
    'shift',
    '--schedule',
    `${PRIMARY_SCHEDULE},${SECONDARY_SCHEDULE}`,
    '--channel',
    CHANNEL_ID,
    '--timezone',
    TEAM_TIME_ZONE,
    '--handover',
    '10:00',
    '--handover-notice',
    '--user-group',
    USER_GROUP_ID,
    '--update-topic',
    '--user-map',
    userMapFile,
  ];

  const steps: Step[] = [
    {
      at: '09:55',
      title: 'Runbook index published from runbooks/ (the publish workflow after a merge)',
      act: async () => {
        const code = await oncall(['publish', options.runbooksDir]);
        if (code !== 0) fail(`oncall publish exited ${code}`);
      },
    },
    {
      at: '10:00',
      title: 'Daily shift post (the scheduled workflow at the 10:00 handover)',
      act: async () => {
        const code = await oncall(shiftArgs);
        if (code !== 0) fail(`oncall shift exited ${code}`);
      },
    },
    {
      at: '10:31',
      title: 'Backup shift run 30 minutes later (posts nothing: the 10:00 post exists)',
      act: async () => {
        const before = slack.messages(CHANNEL_ID).length;
        const code = await oncall(shiftArgs);
        if (code !== 0) fail(`the backup oncall shift exited ${code}`);
        if (slack.messages(CHANNEL_ID).length !== before)
          fail('the backup shift run posted a second message');
      },
    },
  ];

  let slackRoutes: SlackRoutes | undefined;
  /** What the Slack scenes (slack-scenes.ts) need, for the incident `key`. */
  const scene = (key: string): SlackSceneContext => ({
    slack,
    pd,
    clock,
    routes: slackRoutes!,
    relayUrl: () => relay!.url,
    channel: CHANNEL_ID,
    deliver: (eventType, agentId) => deliver(key, eventType, agentId),
    fail,
    print: options.print,
  });

  const openIncident = (spec: SandboxIncident) => {
    const incident = pd.addIncident({
      title: spec.title,
      service: spec.service,
      escalationPolicyId: spec.policyId,
      urgency: spec.urgency,
      priority: spec.priority,
      createdAt: clock.now(),
    });
    pd.addAlert(incident.id, { summary: spec.alertSummary, details: spec.alertDetails });
    opened.set(spec.key, { id: incident.id, spec });
    return incident.id;
  };
  const open = (spec: SandboxIncident): Step => ({
    at: spec.at,
    title: `${spec.tool} alert opens an incident: ${spec.title}`,
    act: async () => {
      openIncident(spec);
      await deliver(spec.key, 'incident.triggered', null);
    },
  });
  let relayLog: Logger | undefined;
  /** The last incident goes to a relay in direct mode: it runs the alert itself, no workflow run. */
  const openDirectly = (spec: SandboxIncident): Step => ({
    at: spec.at,
    title: `The relay in direct mode posts an incident itself (no workflow run): ${spec.title}`,
    act: () =>
      postDirectly(
        {
          slack,
          pd,
          github,
          clock,
          log: relayLog!,
          channel: CHANNEL_ID,
          webhookSecret: WEBHOOK_SECRET,
          index: { branch: DEFAULT_INDEX_BRANCH, path: DEFAULT_INDEX_PATH },
          fail,
          print: options.print,
        },
        openIncident(spec),
        newWebhook(spec.key, 'incident.triggered', null),
      ),
  });
  const change = (
    key: string,
    at: string,
    title: string,
    status: 'acknowledged' | 'resolved',
    agent: string,
  ): Step => ({
    at,
    title,
    act: async () => {
      const incident = pd.getIncident(opened.get(key)!.id)!;
      incident.status = status;
      incident.updatedAt = clock.now();
      await deliver(key, `incident.${status}`, agent);
    },
  });
  const assist: AssistSceneContext = {
    slack,
    open,
    change,
    idOf: (key) => opened.get(key)?.id,
    oncall,
    userMapFile,
    fail,
    print: options.print,
  };
  const [crashloop, payments, mysql, unknown] = incidents as [
    SandboxIncident,
    SandboxIncident,
    SandboxIncident,
    SandboxIncident,
  ];
  steps.push(
    open(crashloop),
    {
      at: '11:08',
      title:
        'Alice presses Acknowledge on the crash-loop message in Slack; PagerDuty’s webhook updates the thread',
      act: () => pressAcknowledge(scene('crashloop'), opened.get('crashloop')!.id, 'U01ALICE00', 'PUALICE'),
    },
    {
      at: '11:09',
      title: 'PagerDuty redelivers the same webhook (same X-Webhook-Id): nothing is posted twice',
      act: async () => {
        const before = slack.messages(CHANNEL_ID).length;
        await deliver('crashloop', 'incident.acknowledged', 'PUALICE', true);
        if (slack.messages(CHANNEL_ID).length !== before) fail('a redelivered webhook posted again');
      },
    },
    {
      at: '11:10',
      title: 'Bob asks /oncall in Slack (only he sees the answer)',
      act: () => askOncall(scene('crashloop'), 'U01BOB0000', 'U01ALICE00'),
    },
    open(payments),
    change(
      'payments',
      '11:46',
      'Bob acknowledges the payment incident (its thread is in #payments-oncall, in Japanese)',
      'acknowledged',
      'PUBOB00',
    ),
    open(mysql),
    {
      at: '13:10',
      title:
        'The MySQL thread gets a "last time" reply: earlier MySQL incidents, who resolved them, their notes',
      act: async () =>
        checkLastTime({ slack, channel: CHANNEL_ID, fail, print: options.print }, opened.get('mysql')!.id),
    },
    change('mysql', '13:52', 'Alice resolves the MySQL incident', 'resolved', 'PUALICE'),
    {
      at: '14:05',
      title:
        'Alice asks for a postmortem draft (oncall postmortem, run twice): one pull request, its link once',
      act: () =>
        draftPostmortem(
          {
            pd,
            slack,
            github,
            clock,
            channel: CHANNEL_ID,
            outDir: options.outDir,
            runbooksDir: options.runbooksDir,
            oncall,
            fail,
            print: options.print,
          },
          opened.get('mysql')!.id,
          day,
        ),
    },
    ...stormSteps(assist),
    openDirectly(unknown),
    ...reminderSteps(assist, 'unknown'),
  );

  try {
    await Promise.all([pd.start(), slack.start(), github.start()]);
    seedPagerDuty(pd, day);
    seedEarlierIncidents(pd, day);
    const redactor = new Redactor();
    relayLog = streamLogger((line) => options.verbose && options.print(`   │ relay: ${line}`), redactor);
    slackRoutes = sandboxSlackRoutes({ slack, pd, clock, log: relayLog, channel: CHANNEL_ID });
    const handler = createRelayHandler({
      slack: slackRoutes,
      secrets: [WEBHOOK_SECRET],
      github: createGitHubClient({
        token: github.token,
        repository: github.repository,
        apiUrl: github.url,
        clock: systemClock,
        log: relayLog,
      }),
      log: relayLog,
      // The relay's 4 s answer deadline is wall-clock time, not the sandbox's simulated day.
      clock: systemClock,
      // The events happen on the simulated day: judge their age (replay horizon) there too.
      replay: { now: () => clock.now() },
    });
    relay = await startRelayServer({ handler, port: 0, host: '127.0.0.1' });

    for (const step of steps) {
      const [hours, minutes] = step.at.split(':');
      const when = tokyo(day, `${hours}:${minutes}`);
      if (when.getTime() > clock.now().getTime()) clock.set(when);
      options.print(`${step.at}  ${step.title}`);
      await step.act();
    }
    for (const error of github.hookErrors) fail(`a workflow run failed: ${String(error)}`);
    checkDay({ pd, slack, github, opened, fail });
    checkDiagnostics({ github, slack, channel: CHANNEL_ID, incidentId: opened.get('mysql')?.id, fail });
    await reportOnHistory(pd, day, {
      oncall,
      fail,
      outDir: options.outDir,
      workDir,
      runbooksDir: options.runbooksDir,
    });
  } catch (error) {
    fail(`the sandbox stopped: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await relay?.close();
    await Promise.all([pd.stop(), slack.stop(), github.stop()]);
  }

  const transcript = toTranscript(slack, CHANNEL_ID, CHANNEL_NAME);
  const paymentsTranscript = toTranscript(slack, PAYMENTS_CHANNEL_ID, PAYMENTS_CHANNEL_NAME);
  const text = `${renderChannelText(transcript)}\n${renderChannelText(paymentsTranscript)}`;
  const htmlPath = path.join(options.outDir, 'channel.html');
  await writeFile(htmlPath, renderChannelHtml(transcript, `#${CHANNEL_NAME} — oncall-runbooks sandbox`));
  const paymentsHtmlPath = path.join(options.outDir, PAYMENTS_PAGE);
  await writeFile(
    paymentsHtmlPath,
    renderChannelHtml(paymentsTranscript, `#${PAYMENTS_CHANNEL_NAME} — oncall-runbooks sandbox`),
  );
  await writeFile(path.join(options.outDir, 'channel.txt'), text);
  const counts = (t: ChannelTranscript) => ({
    topLevel: t.messages.length,
    replies: t.messages.reduce((n, m) => n + m.replies.length, 0),
  });
  await writeFile(
    path.join(options.outDir, 'expected.json'),
    `${JSON.stringify(
      {
        ...counts(transcript),
        // The buttons: Acknowledge on the open incidents, Add note on every one not resolved.
        texts: [
          'Platform primary',
          'Alice Tanaka',
          'Dave Moreau',
          'Acknowledge',
          'Add note',
          ...incidents.filter((i) => i.key !== 'payments').map((i) => i.title),
          '[Resolved]',
          ...ASSIST_EXPECTED_TEXTS,
          // The MySQL incident's diagnostic: its output in the thread.
          'Output of Diagnose (example)',
        ],
        // Further channels: the routed payment incident and its Japanese thread.
        pages: [
          {
            file: PAYMENTS_PAGE,
            ...counts(paymentsTranscript),
            texts: [payments.title, 'が受け付けました'],
          },
        ],
      },
      null,
      2,
    )}\n`,
  );
  return { failures, transcript, paymentsTranscript, htmlPath, paymentsHtmlPath, text };
}

/** The past 90 days in the fake PagerDuty, reported by `oncall report`, and the page beside the channel page. */
async function reportOnHistory(
  pd: FakePagerDuty,
  day: string,
  ctx: {
    oncall: (argv: string[]) => Promise<number>;
    fail: (message: string) => void;
    outDir: string;
    workDir: string;
    runbooksDir: string;
  },
): Promise<void> {
  seedHistory(pd, day);
  const reportDir = path.join(ctx.workDir, 'report');
  const code = await ctx.oncall([
    'report',
    '--since',
    `${HISTORY_DAYS}d`,
    '--until',
    day,
    '--dir',
    ctx.runbooksDir,
    '--timezone',
    TEAM_TIME_ZONE,
    '--holidays',
    'jp',
    '--out',
    reportDir,
  ]);
  if (code !== 0) return ctx.fail(`oncall report exited with ${code}`);
  await writeReportPage(ctx.outDir, reportDir);
}

/** What a person should see in the channel at the end of the day. */
function checkDay(ctx: {
  pd: FakePagerDuty;
  slack: FakeSlack;
  github: FakeGitHub;
  opened: Map<string, { id: string; spec: SandboxIncident }>;
  fail: (message: string) => void;
}): void {
  const { pd, slack, github, opened, fail } = ctx;
  const indexText = github.file(DEFAULT_INDEX_BRANCH, DEFAULT_INDEX_PATH);
  if (!indexText) return fail('the runbook index was not published');
  const index = parseIndex(indexText, 'published index');
  const titleOf = (id: string) => index.runbooks.find((r) => r.id === id)?.title ?? id;
  const main = slack.channelTranscript(CHANNEL_ID);
  const routed = slack.channelTranscript(PAYMENTS_CHANNEL_ID);
  const top = [...main, ...routed];
  const all = flatten(top);
  const everything = (m: FakeTranscriptMessage) => JSON.stringify([m.text, m.blocks ?? []]);

  for (const m of all) if (m.broadcasts.length) fail(`a message pings ${m.broadcasts.join(', ')}`);
  if (main.length !== incidents.length + ASSIST_TOP_LEVEL_MESSAGES) {
    fail(
      `expected ${incidents.length + ASSIST_TOP_LEVEL_MESSAGES} top-level messages in #${CHANNEL_NAME} (shift post + one per incident but the ` +
        `routed one), found ${main.length}`,
    );
  }
  const shift = top[0];
  if (!shift) return fail('no shift post');
  for (const id of ['U01ALICE00', 'U01CAROL00']) {
    if (!shift.mentions.includes(id)) fail(`the shift post does not mention ${id}`);
  }
  if (!everything(shift).includes('Dave Moreau'))
    fail('the shift post does not list the override by Dave Moreau');
  const group = slack.userGroupMembers(USER_GROUP_ID).sort().join(',');
  if (group !== 'U01ALICE00,U01CAROL00') fail(`@oncall holds ${group}, expected Alice and Carol`);

  for (const spec of incidents) {
    const incident = opened.get(spec.key);
    const message = top.find((m) => incident && everything(m).includes(incident.id));
    if (!message) {
      fail(`no message for the ${spec.tool} incident "${spec.title}"`);
      continue;
    }
    if (spec.expectedRunbook && !everything(message).includes(titleOf(spec.expectedRunbook))) {
      fail(`the ${spec.key} incident does not show the runbook "${titleOf(spec.expectedRunbook)}"`);
    }
    if (!spec.expectedRunbook && !everything(message).includes('runbooks/')) {
      fail('the incident without a runbook does not say how to add one');
    }
    if (message.mentions.length === 0 && spec.key !== 'unknown')
      fail(`the ${spec.key} incident mentions nobody`);
  }
  const crash = top.find((m) => everything(m).includes(opened.get('crashloop')?.id ?? '?'));
  if (crash && (eventReplies(crash).length !== 1 || !crash.edited)) {
    fail(
      `the acknowledged incident should have one thread reply and an updated status (replies: ${eventReplies(crash).length})`,
    );
  }
  const payments = opened.get('payments');
  if (payments && !pd.escalations.some((e) => e.incidentId === payments.id && e.level === 2)) {
    fail('the payment incident was not escalated to level 2 by its runbook');
  }
  const paymentsMessage = top.find((m) => payments && everything(m).includes(payments.id));
  if (paymentsMessage && !flatten([paymentsMessage]).some((m) => m.mentions.includes('U01ERIN000'))) {
    fail('the level-2 on-call (Erin) is not mentioned for the escalated payment incident');
  }
  const db = top.find((m) => everything(m).includes(opened.get('mysql')?.id ?? '?'));
  // Replies from PagerDuty's events: the resolution (the others are "last time", the diagnostic and the postmortem link).
  if (db && (eventReplies(db).length !== 1 || !db.edited))
    fail('the resolved incident should have one reply and an updated status');
  if (db && !everything(db).includes(':white_check_mark: *[Resolved]* *~'))
    fail('the resolved incident does not look resolved: its headline is not marked and struck');
  // The payment incident is routed to its team's channel, and its thread speaks Japanese.
  const paymentsId = opened.get('payments')?.id ?? '?';
  const routedMessage = routed.find((m) => everything(m).includes(paymentsId));
  if (!routedMessage) fail(`the payment incident is not in #${PAYMENTS_CHANNEL_NAME}`);
  if (main.some((m) => everything(m).includes(paymentsId)))
    fail(`the payment incident was posted in #${CHANNEL_NAME} as well`);
  if (routedMessage && !routedMessage.replies.some((r) => r.text.includes('が受け付けました')))
    fail('the payment incident thread has no Japanese acknowledgement reply');
  if (routedMessage && !everything(routedMessage).includes('オンコール'))
    fail('the payment incident message is not in Japanese');
}

/** The replies posted for PagerDuty's events (not the diagnostics or other replies in the thread). */
function eventReplies(message: FakeTranscriptMessage): FakeTranscriptMessage[] {
  return message.replies.filter((r) => r.metadata?.eventType === REPLY_EVENT_TYPE);
}

function flatten(messages: FakeTranscriptMessage[]): FakeTranscriptMessage[] {
  return messages.flatMap((m) => [m, ...flatten(m.replies)]);
}

function toTranscript(slack: FakeSlack, channelId: string, channelName: string): ChannelTranscript {
  const users: Record<string, string> = {};
  for (const u of slackWorkspace.users ?? []) users[u.id] = u.realName ?? u.name;
  const convert = (m: FakeTranscriptMessage): TranscriptMessage => ({
    ts: m.ts,
    author: slack.botName,
    text: m.text,
    ...(m.blocks ? { blocks: m.blocks } : {}),
    edited: m.edited,
    replies: m.replies.map(convert),
  });
  return {
    channelId,
    channelName,
    users,
    timeZone: TEAM_TIME_ZONE,
    messages: slack.channelTranscript(channelId).map(convert),
  };
}

/** Names of the people who act in PagerDuty during the day, as webhooks carry them. */
const AGENT_NAMES: Record<string, string> = { PUALICE: 'Alice Tanaka', PUBOB00: 'Bob Suzuki' };

/** A PagerDuty V3 webhook body for the incident as the fake holds it now. */
function webhookEnvelope(
  pd: FakePagerDuty,
  incidentId: string,
  eventType: string,
  agentId: string | null,
  now: Date,
  seq: number,
): unknown {
  const incident = pd.getIncident(incidentId)!;
  const base = 'https://acme.pagerduty.com';
  const ref = (type: string, id: string, summary: string, kind: string) => ({
    id,
    type,
    summary,
    self: `https://api.pagerduty.com/${kind}/${id}`,
    html_url: `${base}/${kind}/${id}`,
  });
  return {
    event: {
      id: `01SANDBOX${String(seq).padStart(4, '0')}`,
      event_type: eventType,
      resource_type: 'incident',
      occurred_at: now.toISOString(),
      agent: agentId
        ? ref('user_reference', agentId, AGENT_NAMES[agentId] ?? agentId, 'users')
        : ref('service_reference', incident.service.id, incident.service.name, 'services'),
      client: { name: 'PagerDuty' },
      data: {
        id: incident.id,
        type: 'incident',
        self: `https://api.pagerduty.com/incidents/${incident.id}`,
        html_url: `${base}/incidents/${incident.id}`,
        number: incident.number,
        status: incident.status,
        incident_key: `sandbox-${incident.id}`,
        created_at: incident.createdAt.toISOString(),
        title: incident.title,
        service: ref('service_reference', incident.service.id, incident.service.name, 'services'),
        assignees: incident.assigneeIds.map((id) => ref('user_reference', id, id, 'users')),
        escalation_policy: ref(
          'escalation_policy_reference',
          incident.escalationPolicyId,
          'policy',
          'escalation_policies',
        ),
        teams: [],
        priority: incident.priority
          ? {
              ...ref('priority', incident.priority.id, incident.priority.name, 'priorities'),
              summary: incident.priority.name,
            }
          : null,
        urgency: incident.urgency,
        conference_bridge: null,
        resolve_reason: null,
      },
    },
  };
}
