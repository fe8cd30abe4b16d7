/**
 * The shift post as Block Kit, in English or Japanese. Pure: takes the plan and the Slack IDs the program looked
 * up, returns a SlackMessage. All outside text (names, intro, URLs) is mrkdwn-escaped; the only live mentions are
 * `<@U…>` for looked-up IDs. The message is fitted to Slack's limits before it is returned.
 */
import { createHash } from 'node:crypto';
import type { PdUser } from '../pagerduty/types.js';
import { fitMessage } from '../slack/limits.js';
import { escapeMrkdwn, escapeName, isSlackUserId, link, mention, parseMrkdwn } from '../slack/mrkdwn.js';
import type { Block, MessageMetadata, SlackMessage } from '../slack/types.js';
import type { ShiftGroup, ShiftPlan, ShiftSegment, ShiftTargets } from './plan.js';
import { localParts } from './window.js';

export type ShiftLanguage = 'en' | 'ja';
export const SHIFT_LANGUAGES: readonly ShiftLanguage[] = ['en', 'ja'];

/** The metadata event type every shift post carries; history is searched for it. */
export const SHIFT_EVENT_TYPE = 'oncall_shift_post';

export interface ShiftMessageOptions {
  channel: string;
  language: ShiftLanguage;
  targets: ShiftTargets;
  /** Replaces the built-in intro line. Plain text: escaped, so mentions and links in it are not live. */
  intro?: string;
  /** PagerDuty user id → Slack user id, for people the program found in Slack. */
  mentions: ReadonlyMap<string, string>;
  /** Identifies this run in the metadata, so concurrent runs can tell their posts apart. */
  runId: string;
}

interface Strings {
  header(date: string): string;
  upcomingHeader(date: string): string;
  intro: string;
  upcoming(time: string): string;
  shift(from: string, to: string, zone: string): string;
  level(n: number): string;
  wholeShift: string;
  always: string;
  nobody: string;
  gap: string;
  nextHandover(when: string): string;
  nextDay(time: string): string;
  handover: string;
  continues: string;
  nobodyHeader(date: string): string;
  nobodyBody: string;
  nobodyList: string;
  fallback(date: string): string;
  upcomingFallback(date: string): string;
}

const STRINGS: Record<ShiftLanguage, Strings> = {
  en: {
    header: (d) => `On call today · ${d}`,
    upcomingHeader: (d) => `On call for the upcoming shift · ${d}`,
    intro: "Here is who is on call for today's shift.",
    upcoming: (t) =>
      `:hourglass_flowing_sand: *Upcoming shift*: it starts at ${t}; this was posted before the handover.`,
    shift: (f, t, z) => `Shift: ${f} – ${t} (${z})`,
    level: (n) => `level ${n}`,
    wholeShift: 'whole shift',
    always: 'always on call',
    nobody: ':warning: *Nobody is on call*',
    gap: ':warning: nobody on call',
    nextHandover: (w) => `Next handover: ${w}`,
    nextDay: (t) => `${t} (+1 day)`,
    handover: 'Handover',
    continues: 'continues',
    nobodyHeader: (d) => `Nobody is on call · ${d}`,
    nobodyBody:
      ':rotating_light: *Nobody is on call* for these schedules during this shift. Check the schedules in PagerDuty and add an override.',
    nobodyList: 'Without an on-call',
    fallback: (d) => `On call today (${d})`,
    upcomingFallback: (d) => `On call for the upcoming shift (${d})`,
  },
  ja: {
    header: (d) => `本日のオンコール · ${d}`,
    upcomingHeader: (d) => `次のシフトのオンコール · ${d}`,
    intro: '本日のシフトのオンコール担当です。',
    upcoming: (t) => `:hourglass_flowing_sand: *これから始まるシフト*: ${t} 開始。交代前に投稿しています。`,
    shift: (f, t, z) => `シフト: ${f} 〜 ${t} (${z})`,
    level: (n) => `レベル ${n}`,
    wholeShift: 'シフト全体',
    always: '常時オンコール',
    nobody: ':warning: *オンコール担当者がいません*',
    gap: ':warning: 担当者なし',
    nextHandover: (w) => `次の交代: ${w}`,
    nextDay: (t) => `翌${t}`,
    handover: '引き継ぎ',
    continues: '継続',
    nobodyHeader: (d) => `オンコール担当者がいません · ${d}`,
    nobodyBody:
      ':rotating_light: このシフトには次のスケジュールの *オンコール担当者がいません*。PagerDuty のスケジュールを確認し、オーバーライドを追加してください。',
    nobodyList: '担当者なし',
    fallback: (d) => `本日のオンコール (${d})`,
    upcomingFallback: (d) => `次のシフトのオンコール (${d})`,
  },
};

/**
 * The idempotency key of a post: a hash of the sorted schedule ids, escalation-policy ids and levels. Two runs
 * with the same targets (in any order) share it; a different team's post in the same channel does not.
 */
export function shiftKey(targets: ShiftTargets): string {
  const canonical = [
    `s=${[...new Set(targets.scheduleIds)].sort().join(',')}`,
    `p=${[...new Set(targets.escalationPolicyIds)].sort().join(',')}`,
    `l=${[...new Set(targets.levels)].sort((a, b) => a - b).join(',')}`,
  ].join(';');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** Metadata of a shift post; `status` tells a nobody-on-call warning from a normal post. */
export function shiftMetadata(
  plan: ShiftPlan,
  targets: ShiftTargets,
  runId: string,
  status: 'ok' | 'nobody',
): MessageMetadata {
  return {
    eventType: SHIFT_EVENT_TYPE,
    payload: {
      key: shiftKey(targets),
      shift_date: plan.window.shiftDate,
      tz: plan.window.timeZone,
      handover: plan.window.handover,
      start: plan.window.start.toISOString(),
      upcoming: plan.window.timing === 'upcoming',
      status,
      run: runId,
    },
  };
}

/** The metadata event type of the handover notice in the post's thread; a backup run looks for it. */
export const HANDOVER_EVENT_TYPE = 'oncall_shift_handover';

/** Metadata of a handover notice: the shift it belongs to and the run that posted it. */
export function handoverMetadata(plan: ShiftPlan, targets: ShiftTargets, runId: string): MessageMetadata {
  return {
    eventType: HANDOVER_EVENT_TYPE,
    payload: { key: shiftKey(targets), shift_date: plan.window.shiftDate, run: runId },
  };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build (~0.1 ms each) and a post formats dozens of times: keep one per zone. */
function dateFormat(language: ShiftLanguage, timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f =
      language === 'ja'
        ? new Intl.DateTimeFormat('ja-JP', { timeZone, weekday: 'short' })
        : new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
    dateFormats.set(key, f);
  }
  return f;
}

/** `Thu 5 Jun` / `6月5日(木)` in the shift's zone. */
export function formatDate(instant: Date, timeZone: string, language: ShiftLanguage): string {
  if (language === 'ja') {
    const p = localParts(instant, timeZone);
    return `${p.month}月${p.day}日(${dateFormat('ja', timeZone).format(instant)})`;
  }
  const parts = dateFormat('en', timeZone)
    .formatToParts(instant)
    .filter((p) => p.type !== 'literal');
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')}`;
}

/** `HH:MM` in the shift's zone. */
export function formatTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

function formatDateTime(instant: Date, timeZone: string, language: ShiftLanguage): string {
  return `${formatDate(instant, timeZone, language)} ${formatTime(instant, timeZone)}`;
}

/** A time inside the shift, marked when it falls on the day after the shift's start date. */
function shiftTime(instant: Date, plan: ShiftPlan, s: Strings): string {
  const zone = plan.window.timeZone;
  const a = localParts(instant, zone);
  const b = localParts(plan.window.start, zone);
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  const time = formatTime(instant, zone);
  return sameDay ? time : s.nextDay(time);
}

/** A person as mrkdwn: a live mention when the program looked their Slack ID up, else their escaped name. */
export function personMrkdwn(user: PdUser, mentions: ReadonlyMap<string, string>): string {
  const slackId = mentions.get(user.id);
  return slackId && isSlackUserId(slackId) ? mention(slackId) : escapeName(user.name);
}

function groupTitle(group: ShiftGroup, s: Strings): string {
  const name = group.ref.htmlUrl ? link(group.ref.htmlUrl, group.ref.name) : escapeName(group.ref.name);
  return `*${name}*${group.level !== undefined ? ` · ${s.level(group.level)}` : ''}`;
}

function segmentLine(seg: ShiftSegment, plan: ShiftPlan, opts: ShiftMessageOptions, s: Strings): string {
  const who = personMrkdwn(seg.user, opts.mentions);
  if (seg.permanent) return `• ${who} — ${s.always}`;
  if (seg.wholeShift) return `• ${who} — ${s.wholeShift}`;
  return `• ${who} ${shiftTime(seg.start, plan, s)}–${shiftTime(seg.end, plan, s)}`;
}

function groupText(group: ShiftGroup, plan: ShiftPlan, opts: ShiftMessageOptions, s: Strings): string {
  const lines = [groupTitle(group, s)];
  if (group.segments.length === 0) {
    lines.push(s.nobody);
    return lines.join('\n');
  }
  const items: { at: number; text: string }[] = group.segments.map((seg) => ({
    at: seg.start.getTime(),
    text: segmentLine(seg, plan, opts, s),
  }));
  for (const gap of group.gaps) {
    items.push({
      at: gap.start.getTime(),
      text: `• ${s.gap} ${shiftTime(gap.start, plan, s)}–${shiftTime(gap.end, plan, s)}`,
    });
  }
  items.sort((a, b) => a.at - b.at);
  lines.push(...items.map((i) => i.text));
  return lines.join('\n');
}

/** The daily post. Call only when at least one group has someone on call (else use buildNobodyMessage). */
export function buildShiftMessage(plan: ShiftPlan, opts: ShiftMessageOptions): SlackMessage {
  const s = STRINGS[opts.language];
  const zone = plan.window.timeZone;
  const date = formatDate(plan.window.start, zone, opts.language);
  const upcoming = plan.window.timing === 'upcoming';
  const blocks: Block[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: upcoming ? s.upcomingHeader(date) : s.header(date), emoji: true },
    },
  ];
  if (upcoming) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: s.upcoming(formatTime(plan.window.start, zone)) }],
    });
  }
  blocks.push({
    type: 'section',
    text: { type: 'mrkdwn', text: opts.intro !== undefined ? escapeMrkdwn(opts.intro) : s.intro },
  });
  blocks.push(shiftWindowContext(plan, opts, s));
  blocks.push({ type: 'divider' });
  for (const group of plan.groups) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: groupText(group, plan, opts, s) } });
  }
  blocks.push({ type: 'divider' });
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: s.nextHandover(
          `${formatDateTime(plan.nextHandover, zone, opts.language)} (${escapeMrkdwn(zone)})`,
        ),
      },
    ],
  });
  const names = plan.groups
    .filter((g) => g.segments.length > 0)
    .map(
      (g) =>
        `${escapeName(g.ref.name)}: ${[...new Set(g.segments.map((x) => escapeName(x.user.name)))].join(', ')}`,
    );
  const text = `${upcoming ? s.upcomingFallback(date) : s.fallback(date)}: ${names.join('; ')}`;
  return fitShiftMessage(opts.language, {
    channel: opts.channel,
    text,
    blocks,
    metadata: shiftMetadata(
      plan,
      opts.targets,
      opts.runId,
      plan.nobody.length === plan.groups.length ? 'nobody' : 'ok',
    ),
  });
}

/** The context line naming the shift window in the team's zone, shared by the post and the nobody warning. */
function shiftWindowContext(plan: ShiftPlan, opts: ShiftMessageOptions, s: Strings): Block {
  const zone = plan.window.timeZone;
  return {
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: s.shift(
          formatDateTime(plan.window.start, zone, opts.language),
          formatDateTime(plan.window.end, zone, opts.language),
          escapeMrkdwn(zone),
        ),
      },
    ],
  };
}

/** The explicit warning posted when nobody is on call for any target (the job then fails). */
export function buildNobodyMessage(plan: ShiftPlan, opts: ShiftMessageOptions): SlackMessage {
  const s = STRINGS[opts.language];
  const zone = plan.window.timeZone;
  const date = formatDate(plan.window.start, zone, opts.language);
  const list = plan.nobody.map((g) => `• ${groupTitle(g, s)}`).join('\n');
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: s.nobodyHeader(date), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: s.nobodyBody } },
    { type: 'section', text: { type: 'mrkdwn', text: `*${s.nobodyList}*\n${list}` } },
    shiftWindowContext(plan, opts, s),
  ];
  return fitShiftMessage(opts.language, {
    channel: opts.channel,
    text: `${s.nobodyHeader(date)}: ${plan.nobody.map((g) => escapeName(g.ref.name)).join(', ')}`,
    blocks,
    metadata: shiftMetadata(plan, opts.targets, opts.runId, 'nobody'),
  });
}

/** The outgoing → incoming notice, posted in the shift post's thread. Undefined when nobody changes. */
export function buildHandoverNotice(
  plan: ShiftPlan,
  opts: Pick<ShiftMessageOptions, 'channel' | 'language' | 'mentions'>,
  threadTs: string,
): SlackMessage | undefined {
  const s = STRINGS[opts.language];
  const lines: string[] = [];
  for (const g of plan.groups) {
    const { outgoing, incoming } = g.handover;
    if (incoming.length === 0) continue;
    const who = (users: PdUser[]) => users.map((u) => personMrkdwn(u, opts.mentions)).join(', ');
    const same =
      outgoing.length === incoming.length && outgoing.every((o) => incoming.some((i) => i.id === o.id));
    const change = same
      ? `${who(incoming)} (${s.continues})`
      : `${outgoing.length ? who(outgoing) : '—'} → ${who(incoming)}`;
    lines.push(`• ${groupTitle(g, s)}: ${change}`);
  }
  if (lines.length === 0) return undefined;
  const text = `*${s.handover}* (${formatTime(plan.window.start, plan.window.timeZone)})\n${lines.join('\n')}`;
  return fitShiftMessage(opts.language, {
    channel: opts.channel,
    threadTs,
    text,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
  });
}

/** The channel topic after a post: `On call: Alice, Bob (Primary) · until Fri 6 Jun 10:00`. */
export function buildTopic(
  plan: ShiftPlan,
  opts: Pick<ShiftMessageOptions, 'language' | 'mentions'>,
): string {
  const s = STRINGS[opts.language];
  const parts = plan.groups
    .filter((g) => g.handover.incoming.length > 0)
    .map(
      (g) =>
        `${g.handover.incoming.map((u) => personMrkdwn(u, opts.mentions)).join(', ')} (${escapeName(g.ref.name)})`,
    );
  const label = opts.language === 'ja' ? 'オンコール' : 'On call';
  const until = s.nextHandover(formatDateTime(plan.nextHandover, plan.window.timeZone, opts.language));
  // conversations.setTopic allows 250 characters.
  const topic = `${label}: ${parts.join(' · ')} · ${until}`;
  return topic.length <= 250 ? topic : `${topic.slice(0, 249)}…`;
}

/**
 * A readable plain-text rendering of a message for `--dry-run` and the job summary: mentions become `@name`
 * (from `names`, Slack ID → display name), links `text (url)`, escapes are undone.
 */
export function previewText(message: SlackMessage, names: ReadonlyMap<string, string> = new Map()): string {
  const plain = (mrkdwn: string) =>
    parseMrkdwn(mrkdwn)
      .map((t) => {
        switch (t.kind) {
          case 'text':
            return t.text;
          case 'user':
            return `@${names.get(t.userId) ?? t.label ?? t.userId}`;
          case 'link':
            return t.label !== undefined ? `${t.label} (${t.url})` : t.url;
          case 'broadcast':
            return `@${t.name}`;
          case 'usergroup':
          case 'channel':
            return t.label ?? t.id;
          case 'other':
            return t.raw;
        }
      })
      .join('');
  const lines: string[] = [];
  for (const block of message.blocks ?? []) {
    switch (block.type) {
      case 'header':
        lines.push(block.text.text, '='.repeat(Math.min(60, block.text.text.length)));
        break;
      case 'section':
        if (block.text) lines.push(plain(block.text.text));
        for (const f of block.fields ?? []) lines.push(plain(f.text));
        break;
      case 'context':
        lines.push(block.elements.map((e) => plain(e.text)).join(' · '));
        break;
      case 'divider':
        lines.push('---');
        break;
      case 'actions':
        lines.push(block.elements.map((e) => `[${e.text.text}] ${e.url}`).join('  '));
        break;
    }
  }
  if (lines.length === 0) lines.push(plain(message.text));
  return `${lines.join('\n')}\n`;
}

function fitShiftMessage(language: ShiftLanguage, message: SlackMessage): SlackMessage {
  return fitMessage(message, {
    moreText: (n) => (language === 'ja' ? `_…ほか ${n} 件_` : `_…and ${n} more_`),
  });
}
