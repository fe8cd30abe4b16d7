/**
 * The postmortem draft as data: PagerDuty's incident, timeline and notes, the Slack thread and the runbook in; the
 * Markdown file, its path, branch and pull request text out. Pure: no I/O, no clock. Every text from outside (titles,
 * names, notes, Slack messages) is escaped for GitHub Markdown, so it can neither format the page nor mention anyone.
 */
import { createHash } from 'node:crypto';
import { recordFromLogEntries, toLogEntryLike } from '../insights/history.js';
import { alertKey, formatDuration } from '../alert/last-time.js';
import type { PdIncident, PdLogEntry, PdNote } from '../pagerduty/types.js';
import { parseMrkdwn } from '../slack/mrkdwn.js';
import { escapeMarkdown } from '../util/markdown-text.js';
import { fillTemplate } from './template.js';

/** One message of the incident's Slack thread, its author already named. */
export interface ThreadMessage {
  ts: string;
  author: string;
  /** Slack mrkdwn as posted. */
  text: string;
}

/** Something that could not be read: the draft says so instead of failing. */
export interface Unread {
  problem: string;
}

export interface DraftRunbook {
  id: string;
  title?: string;
  href?: string;
  /** The published index the alert matched with. */
  index?: { version: number; commit?: string; origin?: string };
}

export interface DraftFacts {
  incident: PdIncident;
  timeline: { entries: PdLogEntry[]; complete: boolean } | Unread;
  notes: PdNote[] | Unread;
  thread: ThreadMessage[] | Unread;
  runbook?: DraftRunbook;
  /** Slack user ID → name, for mentions inside thread messages. */
  names?: ReadonlyMap<string, string>;
}

/** The branch of one incident's draft: one per incident, so a re-run finds its pull request again. */
export function draftBranch(incidentId: string): string {
  return `postmortem/${incidentId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** `postmortems/2026-11-26-mysqltoomanyconnections.md`: the incident's UTC creation date and a slug of its alert. */
export function draftPath(incident: Pick<PdIncident, 'createdAt' | 'title'>, dir: string): string {
  const slug =
    alertKey(incident.title)
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'incident';
  return `${dir.replace(/\/+$/, '')}/${incident.createdAt.toISOString().slice(0, 10)}-${slug}.md`;
}

/** The pull request's title. */
export function draftTitle(incident: PdIncident): string {
  const number = incident.number !== undefined ? `#${incident.number} ` : '';
  return `Postmortem: ${number}${incident.title.replace(/\s+/g, ' ').trim()}`.slice(0, 250);
}

/** A stable fingerprint of a draft: the pull request records it, so a re-run can tell whether people edited the file. */
export function fingerprint(markdown: string): string {
  return createHash('sha256').update(markdown).digest('hex').slice(0, 16);
}

/** The marker in the pull request body: which incident, which file, and the fingerprint of the draft last written. */
function pullMarker(incidentId: string, path: string, draft: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_./-]/g, '');
  return `<!-- oncall-postmortem incident=${safe(incidentId)} path=${safe(path)} draft=${safe(draft)} -->`;
}

/** Reads the marker back from a pull request body. */
export function readPullMarker(
  body: string,
): { incidentId: string; path: string; draft: string } | undefined {
  const m = /<!-- oncall-postmortem incident=(\S+) path=(\S+) draft=(\S*) -->/.exec(body);
  return m ? { incidentId: m[1]!, path: m[2]!, draft: m[3]! } : undefined;
}

/** The pull request's body: what it is, what to do, and the marker. */
export function pullBody(facts: DraftFacts, path: string, draft: string): string {
  const { incident } = facts;
  return [
    `A postmortem draft for PagerDuty incident [${escapeMarkdown(incident.number !== undefined ? `#${incident.number}` : incident.id)}](${markdownUrl(incident.htmlUrl) ?? ''}): ${escapeMarkdown(incident.title)}.`,
    '',
    `The timeline, notes and Slack thread in \`${path.replace(/`/g, '')}\` were filled in from PagerDuty and Slack. ` +
      'Fill in the impact, what went well and wrong, and the action items, then merge.',
    '',
    'Running the postmortem again for this incident updates this pull request; once the file is edited here, it is left as it is.',
    '',
    pullMarker(incident.id, path, draft),
  ].join('\n');
}

const WHEN = (date: Date) => `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

/** What a log entry type is called in the timeline. */
const EVENT_NAMES: Record<string, string> = {
  trigger_log_entry: 'Triggered',
  notify_log_entry: 'Notified',
  acknowledge_log_entry: 'Acknowledged',
  unacknowledge_log_entry: 'Unacknowledged',
  escalate_log_entry: 'Escalated',
  assign_log_entry: 'Assigned',
  delegate_log_entry: 'Reassigned',
  annotate_log_entry: 'Note',
  resolve_log_entry: 'Resolved',
  reach_trigger_limit_log_entry: 'Trigger limit reached',
  exhaust_escalation_path_log_entry: 'Escalation path exhausted',
  priority_change_log_entry: 'Priority changed',
  urgency_change_log_entry: 'Urgency changed',
  snooze_log_entry: 'Snoozed',
  link_log_entry: 'Linked',
};

function eventName(type: string): string {
  return EVENT_NAMES[type] ?? type.replace(/_log_entry$/, '').replace(/_/g, ' ');
}

/** A URL usable in a Markdown link target: http(s) only, with the characters that end a target encoded. */
function markdownUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(
    /[()<>\s]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A link with an escaped label, or the escaped label alone when the URL is not http(s). */
function markdownLink(label: string, url: string | undefined): string {
  const target = markdownUrl(url);
  return target ? `[${escapeMarkdown(label)}](${target})` : escapeMarkdown(label);
}

/**
 * A Slack message as Markdown: plain text escaped, links kept as Markdown links, mentions written as names (never
 * as GitHub mentions), broadcasts as words. Line breaks stay (each line escaped on its own).
 */
export function mrkdwnToMarkdown(text: string, names: ReadonlyMap<string, string> = new Map()): string {
  const out: string[] = [];
  for (const token of parseMrkdwn(text)) {
    switch (token.kind) {
      case 'text':
        out.push(
          token.text
            .split('\n')
            .map((line) => escapeMarkdown(line))
            .join('\n'),
        );
        break;
      case 'link':
        out.push(markdownLink(token.label ?? token.url.replace(/^mailto:/, ''), token.url));
        break;
      case 'user':
        out.push(escapeMarkdown(`@${names.get(token.userId) ?? token.label ?? token.userId}`));
        break;
      case 'usergroup':
        out.push(escapeMarkdown(`@${token.label ?? token.id}`));
        break;
      case 'channel':
        out.push(escapeMarkdown(`#${token.label ?? token.id}`));
        break;
      case 'broadcast':
        out.push(escapeMarkdown(`@${token.name}`));
        break;
      case 'other':
        out.push(escapeMarkdown(token.raw));
        break;
    }
  }
  return out.join('');
}

function timelineSection(facts: DraftFacts): string {
  const { timeline } = facts;
  if ('problem' in timeline)
    return `_The timeline could not be read from PagerDuty: ${escapeMarkdown(timeline.problem)}._`;
  if (timeline.entries.length === 0) return '_PagerDuty has no log entries for this incident._';
  const rows = timeline.entries.map((e) => {
    const who = e.agent?.name ? escapeMarkdown(e.agent.name) : '';
    return `| ${WHEN(e.createdAt)} | ${escapeMarkdown(eventName(e.type))} | ${who} | ${escapeMarkdown(e.summary ?? '')} |`;
  });
  return [
    '| Time | Event | By | Detail |',
    '| ---- | ----- | -- | ------ |',
    ...rows,
    ...(timeline.complete ? [] : ['', '_Only the first entries are shown: the timeline is longer._']),
  ].join('\n');
}

function notesSection(facts: DraftFacts): string {
  const { notes } = facts;
  if ('problem' in notes)
    return `_The notes could not be read from PagerDuty: ${escapeMarkdown(notes.problem)}._`;
  if (notes.length === 0) return '_PagerDuty has no notes for this incident._';
  return notes
    .map((n) => {
      const head = [n.createdAt ? WHEN(n.createdAt) : '', n.user ? escapeMarkdown(n.user.name) : '']
        .filter(Boolean)
        .join(' — ');
      const body = n.content
        .split('\n')
        .map((line) => escapeMarkdown(line))
        .join('\n  ');
      return `- ${head ? `**${head}**: ` : ''}${body}`;
    })
    .join('\n');
}

function threadSection(facts: DraftFacts): string {
  const { thread } = facts;
  if ('problem' in thread) return `_The Slack thread could not be read: ${escapeMarkdown(thread.problem)}._`;
  if (thread.length === 0) return '_No Slack thread was found for this incident._';
  return thread
    .map((m) => {
      const at = new Date(Number(m.ts) * 1000);
      const text = mrkdwnToMarkdown(m.text, facts.names).split('\n').join('\n  ');
      return `- **${WHEN(at)} — ${escapeMarkdown(m.author)}**: ${text}`;
    })
    .join('\n');
}

function runbookText(runbook: DraftRunbook | undefined): string {
  if (!runbook) return '_No runbook matched._';
  const name = runbook.title ? `${runbook.title} (${runbook.id})` : runbook.id;
  const parts = [markdownLink(name, runbook.href)];
  if (runbook.index) {
    const commit = runbook.index.commit
      ? ` @ \`${runbook.index.commit.replace(/[^0-9a-f]/gi, '').slice(0, 7)}\``
      : '';
    parts.push(
      `index v${runbook.index.version}${commit}${runbook.index.origin ? ` (${escapeMarkdown(runbook.index.origin)})` : ''}`,
    );
  }
  return parts.join(', ');
}

/** Time to acknowledge and to resolve from the timeline, as the runbook report measures them. */
function responseTimes(facts: DraftFacts): { mtta?: number; mttr?: number; acknowledgedBy?: string } {
  const { incident, timeline } = facts;
  if ('problem' in timeline) return {};
  const record = recordFromLogEntries(
    {
      id: incident.id,
      title: incident.title,
      service: { id: incident.service.id, name: incident.service.name },
      createdAt: incident.createdAt.getTime(),
    },
    timeline.entries.map(toLogEntryLike),
  );
  const created = incident.createdAt.getTime();
  return {
    ...(record.firstAcknowledgedAt !== undefined ? { mtta: record.firstAcknowledgedAt - created } : {}),
    ...(record.resolvedAt !== undefined ? { mttr: record.resolvedAt - created } : {}),
    ...(record.firstAcknowledgedAt !== undefined && record.responder
      ? { acknowledgedBy: record.responder.name }
      : {}),
  };
}

/** The people who acted on the incident (acknowledged, resolved, wrote notes, escalated by hand), in order. */
function responders(facts: DraftFacts): string[] {
  const names: string[] = [];
  const add = (name: string | undefined) => {
    if (name && !names.includes(name)) names.push(name);
  };
  if (!('problem' in facts.timeline)) {
    for (const e of facts.timeline.entries) if (e.agent?.type.startsWith('user')) add(e.agent.name);
  }
  if (Array.isArray(facts.notes)) for (const n of facts.notes) add(n.user?.name);
  return names;
}

/** The draft file for `facts`, filled into `template`. */
export function buildDraft(template: string, facts: DraftFacts): string {
  const { incident } = facts;
  const times = responseTimes(facts);
  const people = responders(facts);
  const problems = (['timeline', 'notes', 'thread'] as const)
    .map((k) => facts[k])
    .filter((v): v is Unread => !Array.isArray(v) && 'problem' in v);
  const number = incident.number !== undefined ? `#${incident.number}` : incident.id;
  const summary = [
    `PagerDuty incident ${markdownLink(number, incident.htmlUrl)} (“${escapeMarkdown(incident.title)}”) on ${escapeMarkdown(incident.service.name)} `,
    `was triggered at ${WHEN(incident.createdAt)}`,
    times.mtta !== undefined
      ? `, acknowledged ${formatDuration(times.mtta)} later${times.acknowledgedBy ? ` by ${escapeMarkdown(times.acknowledgedBy)}` : ''}`
      : '',
    times.mttr !== undefined
      ? ` and resolved ${formatDuration(times.mttr)} after it began.`
      : incident.status === 'resolved'
        ? ' and is resolved.'
        : `; it is still ${incident.status}.`,
    ' _Add what happened in a sentence or two._',
  ].join('');
  return fillTemplate(template, {
    incident_id: escapeMarkdown(incident.id),
    incident_number: escapeMarkdown(number),
    incident_link: markdownLink(`${number} in PagerDuty`, incident.htmlUrl),
    title: escapeMarkdown(incident.title),
    date: incident.createdAt.toISOString().slice(0, 10),
    service: escapeMarkdown(incident.service.name),
    urgency: escapeMarkdown(incident.urgency),
    priority: incident.priority ? escapeMarkdown(incident.priority.name) : 'none',
    summary,
    mtta: times.mtta !== undefined ? formatDuration(times.mtta) : 'not acknowledged',
    mttr: times.mttr !== undefined ? formatDuration(times.mttr) : 'not resolved',
    responders: people.length > 0 ? people.map(escapeMarkdown).join(', ') : 'nobody recorded',
    runbook: runbookText(facts.runbook),
    timeline: timelineSection(facts),
    notes: notesSection(facts),
    slack_thread: threadSection(facts),
    problems:
      problems.length > 0
        ? `> [!NOTE]\n> Parts of this draft are missing: ${problems.map((p) => escapeMarkdown(p.problem)).join('; ')}. Run the postmortem again to fill them in.`
        : '',
  });
}
