/**
 * The message an alert title would produce, without PagerDuty or Slack: the alert path's own `runAlert` runs as a
 * dry run against in-memory stand-ins (a sample incident, a placeholder on-call, an empty channel), so the preview is
 * built by exactly the code that posts — title normalisation, matching, runbook links, escalation, Block Kit limits.
 *
 * Nothing here imports an SDK: `oncall preview` starts as fast as `oncall match`.
 */
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import { runAlert, type LoadedRunbooks } from '../alert/run.js';
import type { PagerDutyApi, PdOnCall } from '../pagerduty/types.js';
import type { DispatchPayload } from '../dispatch/types.js';
import type { AlertText, RunbookMatch } from '../runbooks/types.js';
import type { SlackMessage } from '../slack/types.js';
import { renderChannelHtml, renderChannelText } from '../sandbox/render-channel.js';
import type { ChannelTranscript } from '../sandbox/transcript.js';
import { matchesText } from '../runbooks/match-text.js';
import { offlineSlack } from '../slack/offline.js';

/** Shown where the message would mention the on-call person by Slack ID. */
export const PREVIEW_ON_CALL = '(current on-call)';
/** The sample incident's id; its link points nowhere real. */
export const PREVIEW_INCIDENT_ID = 'PREVIEW';
export const PREVIEW_INCIDENT_URL = 'https://your-subdomain.pagerduty.com/incidents/PREVIEW';
/** The channel written into the payload (`--json`): the real one comes from the alert workflow's `channel`. */
export const PREVIEW_CHANNEL = 'C0PREVIEW';
/** Lets the dry run show what `escalate_to` does; the real run needs the `from-email` setting for it. */
const PREVIEW_FROM_EMAIL = 'preview@example.invalid';
const PREVIEW_POLICY = { id: 'PPREVIEW', name: 'sample escalation policy' };
/** Escalation levels given a placeholder on-call, enough for any realistic `escalate_to`. */
const PREVIEW_LEVELS = 10;

export interface PreviewInput {
  /** The alert title as PagerDuty would carry it (e.g. `[FIRING:1] KubePodCrashLooping (…)`). */
  title: string;
  runbooks: LoadedRunbooks;
  /** The incident's service: a PagerDuty service ID (`P…`) or name; matters for runbooks with `match.services`. */
  service?: string;
  clock: Clock;
  /** Receives the alert path's own log lines (dry-run notes); they are not part of the message. */
  log?: Logger;
  /** GitHub web URL for links to runbook documents (`GITHUB_SERVER_URL`). */
  serverUrl?: string;
}

export interface AlertPreview {
  /** Exactly what `chat.postMessage` would receive (channel set to a placeholder). */
  message: SlackMessage;
  /** Every matching runbook, best first, with the terms that matched. */
  matches: RunbookMatch[];
  /** The best runbook's id, when one matched. */
  runbookId?: string;
  /** The channel the best runbook routes the incident to (`slack_channel`); absent: the workflow's channel. */
  routedChannel?: string;
  /**
   * Without a service: the runbooks limited to services (`match.services`) that the title would match given one of
   * theirs, best first, with the services they list. Only the title's candidate runbooks are read for it.
   */
  serviceLimited: { id: string; services: readonly string[] }[];
}

/**
 * Builds the `incident.triggered` message for `input.title` through the alert path: no network, no tokens, no writes.
 */
export async function previewAlert(input: PreviewInput): Promise<AlertPreview> {
  const now = input.clock.now();
  let matches: RunbookMatch[] = [];
  let matched: AlertText | undefined;
  // Wrap the loaded runbooks so the preview can report every match (the message lists only a few).
  const runbooks: LoadedRunbooks = {
    ...input.runbooks,
    match: (alert) => {
      matched = alert;
      return (matches = input.runbooks.match(alert));
    },
  };
  const result = await runAlert(
    {
      pagerduty: samplePagerDuty(now),
      // An empty channel: the triggered event always builds a new top message.
      slack: offlineSlack('preview: nothing is written to Slack.'),
      users: { resolve: async (person) => ({ kind: 'name', name: person.name }) },
      runbooks: async () => runbooks,
      clock: input.clock,
      log: input.log ?? silentLog,
      // Nothing is posted, so there is no other run to tell apart.
      newRunId: () => 'preview',
    },
    {
      channel: PREVIEW_CHANNEL,
      dryRun: true,
      fromEmail: PREVIEW_FROM_EMAIL,
      ...(input.serverUrl ? { serverUrl: input.serverUrl } : {}),
    },
    sampleEvent(input.title, input.service, now),
  );
  const message = result.messages[0];
  if (!message) {
    // runAlert always builds the top message for a new triggered incident; anything else is a bug here.
    throw new Error(`preview: the alert path built no message for ${JSON.stringify(input.title)}.`);
  }
  const shown = new Set(matches.map((m) => m.id));
  const serviceLimited =
    input.service === undefined && matched
      ? input.runbooks
          .match({ ...matched, anyService: true })
          .filter((m) => !shown.has(m.id))
          .map((m) => ({ id: m.id, services: input.runbooks.runbook(m.id)?.match.services ?? [] }))
      : [];
  return {
    message,
    matches,
    serviceLimited,
    ...(result.runbookId ? { runbookId: result.runbookId } : {}),
    ...(message.channel !== PREVIEW_CHANNEL ? { routedChannel: message.channel } : {}),
  };
}

/** The triggered event for the sample incident, complete, so the alert path needs nothing from PagerDuty. */
export function sampleEvent(title: string, service: string | undefined, now: Date): DispatchPayload {
  return {
    v: 1,
    webhook_id: null,
    event_id: 'PREVIEW-EVENT',
    event_type: 'incident.triggered',
    occurred_at: now.toISOString(),
    incident: {
      id: PREVIEW_INCIDENT_ID,
      title,
      status: 'triggered',
      urgency: 'high',
      html_url: PREVIEW_INCIDENT_URL,
      service: serviceRef(service),
      escalation_policy: PREVIEW_POLICY,
      priority: null,
    },
    agent: null,
  };
}

/**
 * PagerDuty service IDs are `P` and upper-case letters/digits; anything else is taken as the service name. Without
 * `--service` the incident names a placeholder service, which no `match.services` rule lists.
 */
function serviceRef(service: string | undefined): { id: string; name?: string } {
  if (service === undefined || service.trim() === '') return { id: '', name: '(sample service)' };
  const s = service.trim();
  return /^P[A-Z0-9]{5,}$/.test(s) ? { id: s } : { id: '', name: s };
}

/** One placeholder on-call per escalation level; nobody real is looked up. */
function samplePagerDuty(now: Date): PagerDutyApi {
  const onCalls: PdOnCall[] = Array.from({ length: PREVIEW_LEVELS }, (_, i) => ({
    user: { id: `PREVIEW${i + 1}`, name: PREVIEW_ON_CALL },
    schedule: null,
    escalationPolicy: PREVIEW_POLICY,
    escalationLevel: i + 1,
    start: new Date(now.getTime() - 60_000),
    end: null,
  }));
  const unused = (what: string) => async (): Promise<never> => {
    throw new Error(`preview: the sample incident does not support ${what}.`);
  };
  return {
    listOnCalls: async () => onCalls,
    listIncidentAlertTexts: async () => [],
    getSchedule: unused('schedules'),
    getEscalationPolicy: unused('escalation policies'),
    getIncident: unused('reading the incident'),
    // Only reached without dryRun; the preview always is one.
    escalateIncident: unused('escalation'),
  };
}

const silentLog: Logger = { debug() {}, info() {}, warning() {}, error() {} };

/** The name the page and the text show as the poster. */
const BOT_NAME = 'oncall';

/** One message as a channel of its own, for the sandbox's renderers. */
export function previewTranscript(message: SlackMessage, at: Date): ChannelTranscript {
  return {
    channelId: PREVIEW_CHANNEL,
    channelName: 'alert-preview',
    users: {},
    timeZone: 'UTC',
    messages: [
      {
        ts: (at.getTime() / 1000).toFixed(6),
        author: BOT_NAME,
        text: message.text,
        ...(message.blocks ? { blocks: message.blocks } : {}),
        replies: [],
      },
    ],
  };
}

/** The message as a person reads it in Slack: mentions by name, links as `label (url)`, emoji as characters. */
export function renderPreviewText(message: SlackMessage, at: Date): string {
  const text = renderChannelText(previewTranscript(message, at));
  // Drop the channel heading line: a preview is one message, not a channel.
  return text.replace(/^#[^\n]*\n\n/, '');
}

/** The same self-contained page the sandbox writes (no scripts, no external resources), with one message. */
export function renderPreviewHtml(message: SlackMessage, at: Date, title: string): string {
  return renderChannelHtml(previewTranscript(message, at), `Preview: ${title}`);
}

/** `1. id — title (score N)` plus the matched terms, as `oncall match` prints them, or the no-match sentence. */
export function formatMatches(matches: readonly RunbookMatch[]): string {
  return matches.length === 0 ? 'No runbook matches this title.\n' : matchesText(matches);
}
