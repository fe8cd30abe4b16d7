import {
  renderChannelHtml,
  renderChannelText
} from "./chunk-ZEWWJXCN.js";
import {
  offlineSlack
} from "./chunk-3G7A4P5O.js";
import {
  matchesText
} from "./chunk-BEQWSHHF.js";
import {
  runAlert
} from "./chunk-FCN4TBIW.js";

// src/preview/alert-preview.ts
var PREVIEW_ON_CALL = "(current on-call)";
var PREVIEW_INCIDENT_ID = "PREVIEW";
var PREVIEW_INCIDENT_URL = "https://your-subdomain.pagerduty.com/incidents/PREVIEW";
var PREVIEW_CHANNEL = "C0PREVIEW";
var PREVIEW_FROM_EMAIL = "preview@example.invalid";
var PREVIEW_POLICY = { id: "PPREVIEW", name: "sample escalation policy" };
var PREVIEW_LEVELS = 10;
async function previewAlert(input) {
  const now = input.clock.now();
  let matches = [];
  let matched;
  const runbooks = {
    ...input.runbooks,
    match: (alert) => {
      matched = alert;
      return matches = input.runbooks.match(alert);
    }
  };
  const result = await runAlert(
    {
      pagerduty: samplePagerDuty(now),
      // An empty channel: the triggered event always builds a new top message.
      slack: offlineSlack("preview: nothing is written to Slack."),
      users: { resolve: async (person) => ({ kind: "name", name: person.name }) },
      runbooks: async () => runbooks,
      clock: input.clock,
      log: input.log ?? silentLog,
      // Nothing is posted, so there is no other run to tell apart.
      newRunId: () => "preview"
    },
    {
      channel: PREVIEW_CHANNEL,
      dryRun: true,
      fromEmail: PREVIEW_FROM_EMAIL,
      ...input.serverUrl ? { serverUrl: input.serverUrl } : {}
    },
    sampleEvent(input.title, input.service, now)
  );
  const message = result.messages[0];
  if (!message) {
    throw new Error(`preview: the alert path built no message for ${JSON.stringify(input.title)}.`);
  }
  const shown = new Set(matches.map((m) => m.id));
  const serviceLimited = input.service === void 0 && matched ? input.runbooks.match({ ...matched, anyService: true }).filter((m) => !shown.has(m.id)).map((m) => ({ id: m.id, services: input.runbooks.runbook(m.id)?.match.services ?? [] })) : [];
  return {
    message,
    matches,
    serviceLimited,
    ...result.runbookId ? { runbookId: result.runbookId } : {},
    ...message.channel !== PREVIEW_CHANNEL ? { routedChannel: message.channel } : {}
  };
}
function sampleEvent(title, service, now) {
  return {
    v: 1,
    webhook_id: null,
    event_id: "PREVIEW-EVENT",
    event_type: "incident.triggered",
    occurred_at: now.toISOString(),
    incident: {
      id: PREVIEW_INCIDENT_ID,
      title,
      status: "triggered",
      urgency: "high",
      html_url: PREVIEW_INCIDENT_URL,
      service: serviceRef(service),
      escalation_policy: PREVIEW_POLICY,
      priority: null
    },
    agent: null
  };
}
function serviceRef(service) {
  if (service === void 0 || service.trim() === "") return { id: "", name: "(sample service)" };
  const s = service.trim();
  return /^P[A-Z0-9]{5,}$/.test(s) ? { id: s } : { id: "", name: s };
}
function samplePagerDuty(now) {
  const onCalls = Array.from({ length: PREVIEW_LEVELS }, (_, i) => ({
    user: { id: `PREVIEW${i + 1}`, name: PREVIEW_ON_CALL },
    schedule: null,
    escalationPolicy: PREVIEW_POLICY,
    escalationLevel: i + 1,
    start: new Date(now.getTime() - 6e4),
    end: null
  }));
  const unused = (what) => async () => {
    throw new Error(`preview: the sample incident does not support ${what}.`);
  };
  return {
    listOnCalls: async () => onCalls,
    listIncidentAlertTexts: async () => [],
    getSchedule: unused("schedules"),
    getEscalationPolicy: unused("escalation policies"),
    getIncident: unused("reading the incident"),
    // Only reached without dryRun; the preview always is one.
    escalateIncident: unused("escalation")
  };
}
var silentLog = { debug() {
}, info() {
}, warning() {
}, error() {
} };
var BOT_NAME = "oncall";
function previewTranscript(message, at) {
  return {
    channelId: PREVIEW_CHANNEL,
    channelName: "alert-preview",
    users: {},
    timeZone: "UTC",
    messages: [
      {
        ts: (at.getTime() / 1e3).toFixed(6),
        author: BOT_NAME,
        text: message.text,
        ...message.blocks ? { blocks: message.blocks } : {},
        replies: []
      }
    ]
  };
}
function renderPreviewText(message, at) {
  const text = renderChannelText(previewTranscript(message, at));
  return text.replace(/^#[^\n]*\n\n/, "");
}
function renderPreviewHtml(message, at, title) {
  return renderChannelHtml(previewTranscript(message, at), `Preview: ${title}`);
}
function formatMatches(matches) {
  return matches.length === 0 ? "No runbook matches this title.\n" : matchesText(matches);
}

export {
  PREVIEW_ON_CALL,
  PREVIEW_INCIDENT_ID,
  PREVIEW_INCIDENT_URL,
  PREVIEW_CHANNEL,
  previewAlert,
  sampleEvent,
  previewTranscript,
  renderPreviewText,
  renderPreviewHtml,
  formatMatches
};
