/**
 * `/oncall`: who is on call, from PagerDuty, answered only to the person who asked (ephemeral, so the mentions are
 * rendered but nobody is pinged). `/oncall` (now), `/oncall next` (handovers in the next 7 days), `/oncall me`
 * (when am I next on call), `/oncall help`. English or Japanese, like the shift post. Times are Slack date tokens:
 * every reader sees them in their own time zone.
 */
import { RateLimitedError, TransientError, describeError } from '../errors.js';
import type { PdOnCall } from '../pagerduty/types.js';
import type { ShiftLanguage } from '../shift/message.js';
import { escapeMrkdwn } from '../slack/mrkdwn.js';
import { formatPerson, UserDirectory } from '../slack/user-directory.js';
import { findActor, respondEphemeral, type InteractDeps } from './act.js';
import type { SlashCommand } from './payload.js';

export type OncallQuery = 'now' | 'next' | 'me' | 'help';

/** How far `/oncall next` looks ahead. */
export const NEXT_WINDOW_MS = 7 * 24 * 3600_000;
/** How far `/oncall me` looks ahead. */
export const ME_WINDOW_MS = 30 * 24 * 3600_000;
/** Lines of handovers shown at most (a busy rotation across many policies could fill a screen). */
const MAX_HANDOVERS = 30;

export interface OncallCommandConfig {
  language: ShiftLanguage;
  scheduleIds: readonly string[];
  escalationPolicyIds: readonly string[];
}

interface Strings {
  help: (command: string) => string;
  unknown: (word: string) => string;
  nobody: string;
  nowTitle: string;
  until: (when: string) => string;
  always: string;
  level: (n: number) => string;
  nextTitle: string;
  noHandovers: string;
  more: (n: number) => string;
  meNow: (until: string, where: string) => string;
  meNext: (from: string, until: string, where: string) => string;
  meNever: string;
  failed: string;
}

const STRINGS: Record<ShiftLanguage, Strings> = {
  en: {
    help: (c) =>
      `*${c}* — who is on call now\n*${c} next* — handovers in the next 7 days\n*${c} me* — when you are next on call\n*${c} help* — this help\nOnly you see the answers.`,
    unknown: (w) => `I do not know "${w}".`,
    nobody: 'Nobody is on call right now for the configured schedules and escalation policies.',
    nowTitle: '*On call now*',
    until: (w) => `until ${w}`,
    always: 'always',
    level: (n) => `level ${n}`,
    nextTitle: '*Handovers in the next 7 days*',
    noHandovers: 'No handovers in the next 7 days.',
    more: (n) => `…and ${n} more`,
    meNow: (u, w) => `You are on call now (${w}) until ${u}.`,
    meNext: (f, u, w) => `You are next on call from ${f} until ${u} (${w}).`,
    meNever: 'You are not on call in the next 30 days for the configured schedules and escalation policies.',
    failed: 'Could not read the on-call from PagerDuty',
  },
  ja: {
    help: (c) =>
      `*${c}* — 現在のオンコール\n*${c} next* — 今後7日間の交代\n*${c} me* — 自分の次のオンコール\n*${c} help* — このヘルプ\n回答はあなたにだけ表示されます。`,
    unknown: (w) => `「${w}」は分かりません。`,
    nobody: '設定されたスケジュールとエスカレーションポリシーには、現在オンコールの人がいません。',
    nowTitle: '*現在のオンコール*',
    until: (w) => `${w}まで`,
    always: '常時',
    level: (n) => `レベル${n}`,
    nextTitle: '*今後7日間の交代*',
    noHandovers: '今後7日間に交代はありません。',
    more: (n) => `…ほか${n}件`,
    meNow: (u, w) => `あなたは現在オンコールです（${w}）。${u}まで。`,
    meNext: (f, u, w) => `次のオンコールは${f}から${u}までです（${w}）。`,
    meNever: '設定されたスケジュールとエスカレーションポリシーでは、今後30日間オンコールの予定はありません。',
    failed: 'PagerDutyからオンコールを読めませんでした',
  },
};

/** Which question the command text asks; undefined for a word it does not know. */
export function parseOncallText(text: string): OncallQuery | undefined {
  const word = text.trim().toLowerCase().split(/\s+/)[0] ?? '';
  if (word === '' || word === 'now') return 'now';
  if (word === 'next' || word === 'me' || word === 'help') return word;
  return undefined;
}

/** The help text, with the unknown word when there was one (answered at once, no I/O). */
export function helpText(command: SlashCommand, language: ShiftLanguage): string {
  const s = STRINGS[language];
  const query = parseOncallText(command.text);
  const unknown = query === undefined ? `${s.unknown(escapeMrkdwn(command.text.trim().slice(0, 40)))}\n` : '';
  return unknown + s.help(escapeMrkdwn(command.command));
}

type Mention = (segment: PdOnCall) => Promise<string>;

/** `/oncall`: the people on call now, by escalation policy and level. */
export function renderNow(
  segments: readonly PdOnCall[],
  names: readonly string[],
  language: ShiftLanguage,
): string {
  const s = STRINGS[language];
  if (segments.length === 0) return s.nobody;
  const groups = new Map<string, { title: string; lines: string[] }>();
  segments.forEach((segment, i) => {
    const key = `${segment.escalationPolicy.id}/${String(segment.escalationLevel).padStart(3, '0')}`;
    const group = groups.get(key) ?? {
      title: `${escapeMrkdwn(segment.escalationPolicy.name)} · ${s.level(segment.escalationLevel)}`,
      lines: [],
    };
    const until = segment.end ? s.until(slackDate(segment.end)) : s.always;
    const schedule = segment.schedule ? ` (${escapeMrkdwn(segment.schedule.name)})` : '';
    const line = `${names[i]}${schedule} — ${until}`;
    if (!group.lines.includes(line)) group.lines.push(line);
    groups.set(key, group);
  });
  const parts = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, g]) => `${g.title}\n${g.lines.map((l) => `• ${l}`).join('\n')}`);
  return `${s.nowTitle}\n${parts.join('\n')}`;
}

/** `/oncall next`: each handover (a segment starting after `now`) in the window, in time order. */
export function renderNext(
  segments: readonly PdOnCall[],
  names: readonly string[],
  now: Date,
  language: ShiftLanguage,
): string {
  const s = STRINGS[language];
  const starts = segments
    .map((segment, i) => ({ segment, name: names[i]! }))
    .filter(({ segment }) => segment.start !== null && segment.start.getTime() > now.getTime())
    .sort(
      (a, b) =>
        a.segment.start!.getTime() - b.segment.start!.getTime() ||
        a.segment.escalationLevel - b.segment.escalationLevel,
    );
  if (starts.length === 0) return s.noHandovers;
  const lines = starts
    .slice(0, MAX_HANDOVERS)
    .map(
      ({ segment, name }) =>
        `• ${slackDate(segment.start!)} — ${escapeMrkdwn(segment.escalationPolicy.name)} · ${s.level(segment.escalationLevel)}: ${name}`,
    );
  if (starts.length > MAX_HANDOVERS) lines.push(s.more(starts.length - MAX_HANDOVERS));
  return `${s.nextTitle}\n${lines.join('\n')}`;
}

/** `/oncall me`: the person's current or next segment. */
export function renderMe(mine: readonly PdOnCall[], now: Date, language: ShiftLanguage): string {
  const s = STRINGS[language];
  const sorted = [...mine].sort(
    (a, b) => (a.start?.getTime() ?? -Infinity) - (b.start?.getTime() ?? -Infinity),
  );
  const where = (x: PdOnCall) => `${escapeMrkdwn(x.escalationPolicy.name)} · ${s.level(x.escalationLevel)}`;
  const current = sorted.find((x) => (x.start === null || x.start <= now) && (x.end === null || x.end > now));
  if (current) return s.meNow(current.end ? slackDate(current.end) : s.always, where(current));
  const next = sorted.find((x) => x.start !== null && x.start > now);
  if (next) return s.meNext(slackDate(next.start!), next.end ? slackDate(next.end) : s.always, where(next));
  return s.meNever;
}

/** Answers a `/oncall` command through its response_url; never rejects. */
export async function runOncallCommand(
  command: SlashCommand,
  config: OncallCommandConfig,
  deps: InteractDeps,
): Promise<void> {
  const s = STRINGS[config.language];
  const query = parseOncallText(command.text);
  const tell = (text: string) => respondEphemeral(deps, command.responseUrl, text);
  try {
    if (query === undefined || query === 'help') {
      await tell(helpText(command, config.language));
      return;
    }
    const now = deps.clock.now();
    const base = {
      ...(config.scheduleIds.length ? { scheduleIds: [...config.scheduleIds] } : {}),
      ...(config.escalationPolicyIds.length ? { escalationPolicyIds: [...config.escalationPolicyIds] } : {}),
    };
    if (query === 'me') {
      const actor = await findActor(command.userId, deps);
      if (actor.kind === 'missing') {
        await tell(
          actor.text
            .replace(/, so nothing was changed:.*$/s, '.')
            .replace(/; nothing was changed\..*$/s, '.'),
        );
        return;
      }
      const segments = await deps.pagerduty.listOnCalls({
        since: now,
        until: new Date(now.getTime() + ME_WINDOW_MS),
        ...base,
      });
      await tell(
        renderMe(
          segments.filter((x) => x.user.id === actor.user.id),
          now,
          config.language,
        ),
      );
      return;
    }
    const until = new Date(now.getTime() + (query === 'next' ? NEXT_WINDOW_MS : 1_000));
    const segments = await deps.pagerduty.listOnCalls({ since: now, until, ...base });
    const directory = new UserDirectory({ slack: deps.slack, log: deps.log });
    const mention: Mention = async (x) => formatPerson(await directory.resolve(x.user));
    const names = await Promise.all(segments.map(mention));
    await tell(
      query === 'next'
        ? renderNext(segments, names, now, config.language)
        : renderNow(segments, names, config.language),
    );
  } catch (error) {
    deps.log.warning(
      `slack: ${command.command} ${JSON.stringify(query ?? '?')} failed: ${describeError(error)}`,
    );
    const why =
      error instanceof TransientError || error instanceof RateLimitedError
        ? 'PagerDuty or Slack did not answer in time; try again in a minute.'
        : escapeMrkdwn(describeError(error).slice(0, 300));
    await tell(`${s.failed}: ${why}`);
  }
}

/** A Slack date token; the fallback (for clients that cannot render it) is UTC. */
function slackDate(date: Date): string {
  const fallback = date
    .toISOString()
    .replace(/:\d\d(\.\d+)?Z$/, ' UTC')
    .replace('T', ' ');
  return `<!date^${Math.floor(date.getTime() / 1000)}^{date_short_pretty} {time}|${fallback}>`;
}
