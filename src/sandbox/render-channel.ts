/**
 * Renders a channel transcript the way a person reads it in Slack: as terminal text, and as one self-contained
 * HTML page (Block Kit sections, fields, context, buttons as links, dividers; threads expanded; edited marks).
 */
import type { Block, TextObject } from '../slack/types.js';
import { escapeHtml, mrkdwnToHtml, mrkdwnToText, type MrkdwnContext } from './mrkdwn-render.js';
import type { ChannelTranscript, TranscriptMessage } from './transcript.js';

function tsToDate(ts: string): Date {
  return new Date(Math.round(Number.parseFloat(ts) * 1000));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A message's time as a 24-hour clock with a three-letter English month (`05 Jan, 00:07`), the same with every ICU
 * version (some spell September `Sept`). UTC, the zone of `oncall preview`, is computed by hand: the first
 * `Intl.DateTimeFormat` of a process loads the locale data, about 15 ms of a preview's start.
 */
export function formatTime(ts: string, timeZone: string): string {
  const date = tsToDate(ts);
  let day = date.getUTCDate();
  let month = date.getUTCMonth() + 1;
  let hour = date.getUTCHours();
  let minute = date.getUTCMinutes();
  if (timeZone !== 'UTC') {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    [day, month, hour, minute] = [part('day'), part('month'), part('hour'), part('minute')];
  }
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(day)} ${MONTHS[month - 1]!}, ${two(hour)}:${two(minute)}`;
}

function textObjectHtml(t: TextObject, ctx: MrkdwnContext): string {
  return t.type === 'mrkdwn' ? mrkdwnToHtml(t.text, ctx) : escapeHtml(t.text);
}

function textObjectText(t: TextObject, ctx: MrkdwnContext): string {
  return t.type === 'mrkdwn' ? mrkdwnToText(t.text, ctx) : t.text;
}

function safeHref(url: string | undefined): string {
  // An interactive button (no url) sends its click to the relay; on the page it links nowhere.
  return url !== undefined && /^(https?:\/\/|mailto:)/i.test(url) ? escapeHtml(url) : '#';
}

function blockHtml(block: Block, ctx: MrkdwnContext): string {
  switch (block.type) {
    case 'header':
      return `<div class="b-header">${escapeHtml(block.text.text)}</div>`;
    case 'section': {
      const text = block.text ? `<div class="b-text">${textObjectHtml(block.text, ctx)}</div>` : '';
      const fields = block.fields?.length
        ? `<div class="b-fields">${block.fields.map((f) => `<div>${textObjectHtml(f, ctx)}</div>`).join('')}</div>`
        : '';
      const accessory = block.accessory
        ? `<a class="button" href="${safeHref(block.accessory.url)}">${escapeHtml(block.accessory.text.text)}</a>`
        : '';
      return `<div class="b-section"><div class="b-main">${text}${fields}</div>${accessory}</div>`;
    }
    case 'context':
      return `<div class="b-context">${block.elements.map((e) => `<span>${textObjectHtml(e, ctx)}</span>`).join('')}</div>`;
    case 'divider':
      return '<hr class="b-divider">';
    case 'actions':
      return `<div class="b-actions">${block.elements
        .map(
          (b) =>
            `<a class="button${b.style ? ` ${b.style}` : ''}" href="${safeHref(b.url)}">${escapeHtml(b.text.text)}</a>`,
        )
        .join('')}</div>`;
  }
}

function blockText(block: Block, ctx: MrkdwnContext): string[] {
  switch (block.type) {
    case 'header':
      return [`== ${block.text.text} ==`];
    case 'section': {
      const lines: string[] = [];
      if (block.text) lines.push(...textObjectText(block.text, ctx).split('\n'));
      for (const f of block.fields ?? []) lines.push(...textObjectText(f, ctx).split('\n'));
      if (block.accessory)
        lines.push(`[${block.accessory.text.text}] ${block.accessory.url ?? ''}`.trimEnd());
      return lines;
    }
    case 'context':
      return [block.elements.map((e) => textObjectText(e, ctx)).join('  ·  ')];
    case 'divider':
      return ['────────'];
    case 'actions':
      return [block.elements.map((b) => `[${b.text.text}]${b.url ? ` ${b.url}` : ''}`).join('   ')];
  }
}

function messageHtml(m: TranscriptMessage, transcript: ChannelTranscript, isReply: boolean): string {
  const ctx = { users: transcript.users, timeZone: transcript.timeZone };
  const body = m.blocks?.length
    ? m.blocks.map((b) => blockHtml(b, ctx)).join('')
    : `<div class="b-text">${mrkdwnToHtml(m.text, ctx)}</div>`;
  const replies = m.replies.length
    ? `<div class="thread"><div class="thread-count">${m.replies.length} ${m.replies.length === 1 ? 'reply' : 'replies'}</div>${m.replies
        .map((r) => messageHtml(r, transcript, true))
        .join('')}</div>`
    : '';
  return `<article class="message${isReply ? ' reply' : ''}" data-ts="${escapeHtml(m.ts)}">
<div class="avatar">${escapeHtml(m.author.slice(0, 1).toUpperCase())}</div>
<div class="content"><div class="meta"><span class="author">${escapeHtml(m.author)}</span> <span class="time">${escapeHtml(
    formatTime(m.ts, transcript.timeZone),
  )}</span>${m.edited ? ' <span class="edited">(edited)</span>' : ''}</div>${body}${replies}</div>
</article>`;
}

const STYLE = `
body{margin:0;font:15px/1.46 -apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK JP",sans-serif;background:#fff;color:#1d1c1d}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:12px 20px;font-weight:700;font-size:18px}
header small{font-weight:400;color:#616061;font-size:13px;margin-left:8px}
main{max-width:860px;padding:8px 20px 40px}
.message{display:flex;gap:10px;padding:10px 0;border-bottom:1px solid #f2f2f2}
.message.reply{border:none;padding:6px 0}
.avatar{flex:none;width:36px;height:36px;border-radius:6px;background:#4a154b;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.content{flex:1;min-width:0}
.meta .author{font-weight:700}.meta .time,.edited{color:#616061;font-size:12px}
.b-header{font-weight:700;font-size:17px;margin:4px 0}
.b-section{display:flex;gap:12px;align-items:flex-start;margin:4px 0}.b-main{flex:1;min-width:0;overflow-wrap:anywhere}
.b-fields{display:grid;grid-template-columns:1fr 1fr;gap:4px 16px;margin-top:4px}
.b-context{color:#616061;font-size:13px;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 12px}
.b-divider{border:none;border-top:1px solid #ddd;margin:8px 0}
.b-actions{display:flex;gap:8px;margin:6px 0}
.button{display:inline-block;border:1px solid #bbb;border-radius:4px;padding:3px 12px;color:#1d1c1d;text-decoration:none;font-weight:600;font-size:13px;white-space:nowrap}
.button.primary{background:#007a5a;border-color:#007a5a;color:#fff}.button.danger{background:#e01e5a;border-color:#e01e5a;color:#fff}
.mention{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px}.mention.special{background:#fff3c4;color:#7a5c00}
a{color:#1264a3}code{background:#f6f6f6;border:1px solid #ddd;border-radius:3px;padding:0 3px;font-size:13px}pre{background:#f6f6f6;border:1px solid #ddd;border-radius:4px;padding:6px 8px;margin:4px 0;font-size:13px;white-space:pre-wrap}
blockquote{margin:2px 0;padding-left:10px;border-left:4px solid #ddd}
.thread{margin-top:6px;padding-left:12px;border-left:3px solid #e8e8e8}.thread-count{color:#1264a3;font-weight:700;font-size:13px}
`;

/** One self-contained page (no external resources, no scripts). */
export function renderChannelHtml(
  transcript: ChannelTranscript,
  title = `#${transcript.channelName}`,
): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header>#${escapeHtml(transcript.channelName)}<small>${transcript.messages.length} ${transcript.messages.length === 1 ? 'message' : 'messages'} · times in ${escapeHtml(
    transcript.timeZone,
  )}</small></header>
<main>
${transcript.messages.map((m) => messageHtml(m, transcript, false)).join('\n')}
</main></body></html>
`;
}

/** The channel as terminal text, threads indented under their parent. */
export function renderChannelText(transcript: ChannelTranscript): string {
  const ctx = { users: transcript.users, timeZone: transcript.timeZone };
  const out: string[] = [`#${transcript.channelName}`, ''];
  const write = (m: TranscriptMessage, indent: string) => {
    out.push(`${indent}${m.author}  ${formatTime(m.ts, transcript.timeZone)}${m.edited ? '  (edited)' : ''}`);
    const lines = m.blocks?.length
      ? m.blocks.flatMap((b) => blockText(b, ctx))
      : mrkdwnToText(m.text, ctx).split('\n');
    for (const line of lines) out.push(`${indent}  ${line}`);
    if (m.replies.length) {
      out.push(`${indent}  └ ${m.replies.length} ${m.replies.length === 1 ? 'reply' : 'replies'}`);
      for (const r of m.replies) write(r, `${indent}    `);
    }
    out.push('');
  };
  for (const m of transcript.messages) write(m, '');
  return out.join('\n');
}
