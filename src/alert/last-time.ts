/**
 * "What happened last time": one reply in a new incident's thread listing the last few resolved incidents with the
 * same runbook or the same alert name (read as the runbook report reads titles, src/insights/figures.ts), with when,
 * who resolved each, how long it took and its PagerDuty notes. Nothing is posted when there are none.
 *
 * Optional by design: it runs after the incident message is posted and any failure is a log warning, never an error
 * of the run. Bounded: one incident list of at most a few pages, then the notes of at most `limit` incidents. Exactly
 * once: the reply carries metadata, and a re-run finds it among the thread's replies before posting. Its words follow
 * the `language` setting like the rest of the thread (src/alert/strings.ts).
 */
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import { classify } from '../insights/figures.js';
import type { IncidentRecord } from '../insights/history.js';
import type { PagerDutyApi, PdIncident, PdNote } from '../pagerduty/types.js';
import { readAlert } from '../runbooks/titles.js';
import type { AlertText, RunbookMatch } from '../runbooks/types.js';
import { bold, code, escapeMrkdwn, escapeName, link } from '../slack/mrkdwn.js';
import type { Block, SlackApi, SlackMessage } from '../slack/types.js';
import type { AlertLanguage } from './strings.js';

/** Slack metadata event type of the reply; its payload names the incident. */
export const LAST_TIME_EVENT_TYPE = 'oncall_last_time';

/** How far back, how many incidents, and how many list pages the look-back reads. */
export interface LastTimeSettings {
  /** Past incidents shown at most (each costs one notes read). */
  limit: number;
  /** Days looked back from the incident's creation. */
  days: number;
  /** Pages of 100 resolved incidents read at most, newest first. */
  maxPages: number;
}

export const DEFAULT_LAST_TIME: LastTimeSettings = { limit: 3, days: 90, maxPages: 2 };

/** Notes shown per past incident (the newest: a resolution note is usually the last one), and characters of each. */
const NOTES_SHOWN = 3;
const NOTE_CHARS = 300;
/** PagerDuty's look-back for one incident list: since/until may span at most 6 months. */
const MAX_DAYS = 180;

/** The reply's words; every argument is mrkdwn already. */
interface LastTimeStrings {
  title: string;
  earlier(count: number): string;
  sameRunbookOrAlert(runbook: string): string;
  sameAlert: string;
  intro(title: string, earlier: string, what: string, days: number): string;
  resolvedBy(name: string): string;
  resolved: string;
  after(duration: string): string;
  sameAlertTag: string;
  notesUnread: string;
  noNotes: string;
  fallback(count: number, withRunbook: boolean, days: number): string;
  units: { min: string; h: string; d: string };
}

const EN: LastTimeStrings = {
  title: 'Last time',
  earlier: (n) => (n === 1 ? '1 earlier incident' : `${n} earlier incidents`),
  sameRunbookOrAlert: (r) => `the same runbook (${r}) or the same alert`,
  sameAlert: 'the same alert',
  intro: (t, e, w, d) => `${t} — ${e} with ${w} in the past ${d} days:`,
  resolvedBy: (n) => `resolved by ${n}`,
  resolved: 'resolved',
  after: (d) => `after ${d}`,
  sameAlertTag: 'same alert',
  notesUnread: '_(notes could not be read from PagerDuty)_',
  noNotes: '_(no notes in PagerDuty)_',
  fallback: (n, r, d) =>
    `Last time: ${n} earlier incident(s) with ${r ? 'the same runbook or ' : ''}the same alert in the past ${d} days`,
  units: { min: ' min', h: ' h', d: ' d' },
};

const JA: LastTimeStrings = {
  title: '前回の対応',
  earlier: (n) => `インシデント ${n} 件`,
  sameRunbookOrAlert: (r) => `同じランブック (${r}) または同じアラート`,
  sameAlert: '同じアラート',
  intro: (t, e, w, d) => `${t} — 過去 ${d} 日間に${w}で起きた${e}:`,
  resolvedBy: (n) => `${n} が解決`,
  resolved: '解決済み',
  after: (d) => `所要 ${d}`,
  sameAlertTag: '同じアラート',
  notesUnread: '_(PagerDuty からメモを読めませんでした)_',
  noNotes: '_(PagerDuty にメモはありません)_',
  fallback: (n, r, d) =>
    `前回の対応: 過去 ${d} 日間に${r ? '同じランブックまたは' : ''}同じアラートで起きたインシデント ${n} 件`,
  units: { min: ' 分', h: ' 時間', d: ' 日' },
};

const STRINGS: Record<AlertLanguage, LastTimeStrings> = { en: EN, ja: JA };

/** One earlier incident as the reply shows it. */
export interface PastIncident {
  id: string;
  number?: number;
  title: string;
  htmlUrl?: string;
  createdAt: Date;
  resolvedAt?: Date;
  /** Who resolved it, when a person did. */
  resolvedBy?: string;
  /** Why it is listed. */
  sameRunbook: boolean;
  /** Newest last; empty when it has none. */
  notes: PdNote[];
  /** The notes could not be read (the reason is logged). */
  notesUnread?: boolean;
}

/** The incident the reply is for. */
export interface CurrentIncident {
  id: string;
  title: string;
  createdAt: Date;
  /** The runbook the incident message shows, if any. */
  runbookId?: string;
}

/** A runbook matcher: the loaded runbooks' `match`. */
export type MatchFn = (alert: AlertText) => RunbookMatch[];

/** Caches the look-back for one run (or one process handling a batch): the list once per window, notes once each. */
export class LastTimeCache {
  private readonly lists = new Map<string, Promise<PdIncident[]>>();
  private readonly notes = new Map<string, Promise<PdNote[]>>();

  list(key: string, load: () => Promise<PdIncident[]>): Promise<PdIncident[]> {
    return remember(this.lists, key, load);
  }

  notesOf(incidentId: string, load: () => Promise<PdNote[]>): Promise<PdNote[]> {
    return remember(this.notes, incidentId, load);
  }
}

function remember<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const known = map.get(key);
  if (known) return known;
  const pending = load();
  map.set(key, pending);
  // A failure is not remembered: a later call may try again.
  pending.catch(() => map.delete(key));
  return pending;
}

/** The alert name two titles are compared by: the tool's own alert name (else the cleaned title), case-folded. */
export function alertKey(title: string): string {
  const read = readAlert(title).title;
  return (read.alertName || read.title).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The earlier incidents like `current`, newest first, at most `limit`: the same winning runbook (matched as the
 * report matches titles) or the same alert name. Resolved incidents only; the current one is never listed.
 */
export function similarIncidents(
  current: CurrentIncident,
  candidates: readonly PdIncident[],
  match: MatchFn,
  limit: number,
): { incident: PdIncident; sameRunbook: boolean }[] {
  const key = alertKey(current.title);
  const earlier = candidates.filter(
    (i) => i.id !== current.id && i.status === 'resolved' && i.createdAt < current.createdAt,
  );
  const classified = classify(earlier.map(toRecord), { match, size: 0 });
  return classified
    .map((c, i) => ({
      incident: earlier[i]!,
      sameRunbook: current.runbookId !== undefined && c.runbook?.id === current.runbookId,
      sameAlert: key !== '' && alertKey(c.record.title) === key,
    }))
    .filter((c) => c.sameRunbook || c.sameAlert)
    .sort((a, b) => b.incident.createdAt.getTime() - a.incident.createdAt.getTime())
    .slice(0, Math.max(0, limit))
    .map(({ incident, sameRunbook }) => ({ incident, sameRunbook }));
}

function toRecord(incident: PdIncident): IncidentRecord {
  return {
    id: incident.id,
    title: incident.title,
    service: { id: incident.service.id, name: incident.service.name },
    createdAt: incident.createdAt.getTime(),
    reopened: false,
    merged: false,
    escalations: 0,
    autoResolved: false,
    timelineMissing: true,
  };
}

/** Who resolved it: the last status change's author when that is a person (not a service or an integration). */
function resolver(incident: PdIncident): string | undefined {
  const by = incident.lastStatusChangeBy;
  if (!by || !/^user/.test(by.type ?? '')) return undefined;
  return by.name;
}

/** `38 min`, `2 h 5 min`, `3 d 4 h` (`38 分`, `2 時間 5 分`, `3 日 4 時間` in Japanese). */
export function formatDuration(ms: number, language: AlertLanguage = 'en'): string {
  const u = STRINGS[language].units;
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}${u.min}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours}${u.h} ${minutes % 60}${u.min}` : `${hours}${u.h}`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days}${u.d} ${hours % 24}${u.h}` : `${days}${u.d}`;
}

/** `2026-11-20 14:02 UTC`: one unambiguous form, whatever the runner's zone. */
function when(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** The reply: a line per earlier incident with its newest notes quoted. Every outside text is escaped. */
export function buildLastTimeReply(input: {
  channel: string;
  threadTs: string;
  incidentId: string;
  past: readonly PastIncident[];
  days: number;
  runbookId?: string;
  language?: AlertLanguage;
}): SlackMessage {
  const { past } = input;
  const language = input.language ?? 'en';
  const s = STRINGS[language];
  const what = input.runbookId ? s.sameRunbookOrAlert(code(input.runbookId)) : s.sameAlert;
  const intro = `:repeat: ${s.intro(bold(s.title), s.earlier(past.length), what, input.days)}`;
  const blocks: Block[] = [{ type: 'section', text: { type: 'mrkdwn', text: intro } }];
  for (const p of past) {
    const label = escapeMrkdwn(`${p.number !== undefined ? `#${p.number} ` : ''}${clip(p.title, 150)}`);
    const title = p.htmlUrl
      ? link(p.htmlUrl, `${p.number !== undefined ? `#${p.number} ` : ''}${clip(p.title, 150)}`)
      : label;
    const facts = [when(p.createdAt)];
    facts.push(p.resolvedBy ? s.resolvedBy(escapeName(p.resolvedBy)) : s.resolved);
    if (p.resolvedAt) {
      facts.push(s.after(formatDuration(p.resolvedAt.getTime() - p.createdAt.getTime(), language)));
    }
    if (!p.sameRunbook) facts.push(s.sameAlertTag);
    const lines = [`• ${title} — ${facts.join(' · ')}`];
    const notes = p.notes.slice(-NOTES_SHOWN);
    for (const note of notes) {
      const author = note.user ? `${escapeName(note.user.name)}: ` : '';
      lines.push(`> ${author}${escapeMrkdwn(clip(note.content, NOTE_CHARS))}`);
    }
    if (p.notesUnread) lines.push(`> ${s.notesUnread}`);
    else if (notes.length === 0) lines.push(`> ${s.noNotes}`);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } });
  }
  return {
    channel: input.channel,
    threadTs: input.threadTs,
    text: s.fallback(past.length, input.runbookId !== undefined, input.days),
    blocks,
    metadata: {
      eventType: LAST_TIME_EVENT_TYPE,
      payload: { incident_id: input.incidentId, count: past.length },
    },
  };
}

export interface LastTimeDeps {
  pagerduty: PagerDutyApi;
  slack: SlackApi;
  log: Logger;
  cache?: LastTimeCache;
}

export type LastTimeOutcome = 'posted' | 'already-posted' | 'none' | 'failed' | 'unsupported';

/**
 * Posts the reply in the thread `threadTs` once. Never throws: every failure is a warning and `failed`; the
 * incident message is already posted and stays as it is.
 */
export async function replyLastTime(
  deps: LastTimeDeps,
  input: {
    channel: string;
    threadTs: string;
    incident: CurrentIncident;
    match: MatchFn;
    settings?: Partial<LastTimeSettings>;
    /** The thread's language (the `language` setting); English when not given. */
    language?: AlertLanguage;
  },
): Promise<LastTimeOutcome> {
  const settings = { ...DEFAULT_LAST_TIME, ...input.settings };
  const { pagerduty, slack, log } = deps;
  const { incident } = input;
  if (settings.limit < 1) return 'none';
  if (!pagerduty.listRecentIncidents || !pagerduty.listIncidentNotes) return 'unsupported';
  const list = pagerduty.listRecentIncidents.bind(pagerduty);
  const readNotes = pagerduty.listIncidentNotes.bind(pagerduty);
  const cache = deps.cache ?? new LastTimeCache();
  try {
    const replies = await slack.listReplies(input.channel, input.threadTs);
    if (
      replies.some(
        (m) =>
          m.metadata?.eventType === LAST_TIME_EVENT_TYPE && m.metadata.payload.incident_id === incident.id,
      )
    ) {
      log.info(`Incident ${incident.id} already has its "last time" reply; not posting again.`);
      return 'already-posted';
    }
    const days = Math.min(Math.max(1, settings.days), MAX_DAYS);
    const until = incident.createdAt;
    const since = new Date(until.getTime() - days * 86_400_000);
    const listed = await cache.list(
      `${since.toISOString()}/${until.toISOString()}/${settings.maxPages}`,
      async () => {
        const read = await list({ since, until, statuses: ['resolved'], maxPages: settings.maxPages });
        if (!read.complete) {
          log.info(
            `"Last time": read the newest ${read.incidents.length} resolved incidents of the past ${days} days only.`,
          );
        }
        return read.incidents;
      },
    );
    const similar = similarIncidents(incident, listed, input.match, settings.limit);
    if (similar.length === 0) {
      log.info(`"Last time": no earlier incident like ${incident.id} in the past ${days} days.`);
      return 'none';
    }
    const past = await Promise.all(
      similar.map(async ({ incident: earlier, sameRunbook }): Promise<PastIncident> => {
        let notes: PdNote[] = [];
        let notesUnread = false;
        try {
          notes = await cache.notesOf(earlier.id, () => readNotes(earlier.id));
        } catch (error) {
          notesUnread = true;
          log.warning(
            `"Last time": could not read the notes of incident ${earlier.id} (${describeError(error)}).`,
          );
        }
        const by = resolver(earlier);
        const resolvedAt = earlier.resolvedAt ?? earlier.lastStatusChangeAt;
        return {
          id: earlier.id,
          ...(earlier.number !== undefined ? { number: earlier.number } : {}),
          title: earlier.title,
          htmlUrl: earlier.htmlUrl,
          createdAt: earlier.createdAt,
          ...(resolvedAt ? { resolvedAt } : {}),
          ...(by ? { resolvedBy: by } : {}),
          sameRunbook,
          notes,
          ...(notesUnread ? { notesUnread } : {}),
        };
      }),
    );
    const message = buildLastTimeReply({
      channel: input.channel,
      threadTs: input.threadTs,
      incidentId: incident.id,
      past,
      days,
      ...(incident.runbookId ? { runbookId: incident.runbookId } : {}),
      ...(input.language ? { language: input.language } : {}),
    });
    await slack.postMessage(message, { findAfter: new Date(Number(input.threadTs) * 1000) });
    log.info(
      `"Last time": listed ${past.length} earlier incident(s) in the thread of incident ${incident.id}.`,
    );
    return 'posted';
  } catch (error) {
    log.warning(
      `Could not add the "last time" reply to incident ${incident.id} (${describeError(error)}); the incident ` +
        'message is unaffected.',
    );
    return 'failed';
  }
}
