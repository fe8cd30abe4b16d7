/**
 * Slack mrkdwn → HTML or plain text, for previews and the sandbox's channel page. Outside text arrives
 * Slack-escaped (`&amp;`, `&lt;`, `&gt;`); only `<…>` sequences the program wrote are links or mentions.
 */

export interface MrkdwnContext {
  /** Slack user id → display name. */
  users: Record<string, string>;
  /** IANA zone for `<!date^…>` sequences (Slack shows them in the reader's zone). Default UTC. */
  timeZone?: string;
}

/** The emoji shortcodes the program's messages use, as the characters Slack shows. */
const EMOJI: Record<string, string> = {
  warning: '⚠️',
  rotating_light: '🚨',
  hourglass_flowing_sand: '⏳',
  arrow_double_up: '⏫',
  white_check_mark: '✅',
  repeat: '🔁',
  red_circle: '🔴',
  memo: '📝',
  leftwards_arrow_with_hook: '↩️',
  large_yellow_circle: '🟡',
  large_green_circle: '🟢',
  label: '🏷️',
  grey_question: '❔',
  eyes: '👀',
  busts_in_silhouette: '👥',
  book: '📖',
  mag: '🔍',
  clipboard: '📋',
};

function emojify(text: string): string {
  return text.replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
}

function formatDate(epochSeconds: number, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(epochSeconds * 1000));
}

type Token = { kind: 'text'; text: string } | { kind: 'angle'; body: string };

function tokenize(mrkdwn: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /<([^<>]*)>/g;
  let last = 0;
  for (let m = pattern.exec(mrkdwn); m !== null; m = pattern.exec(mrkdwn)) {
    if (m.index > last) tokens.push({ kind: 'text', text: mrkdwn.slice(last, m.index) });
    tokens.push({ kind: 'angle', body: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < mrkdwn.length) tokens.push({ kind: 'text', text: mrkdwn.slice(last) });
  return tokens;
}

/** Undoes Slack's three escapes (and only those). */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

type Angle =
  | { kind: 'date'; epochSeconds: number }
  | { kind: 'user'; id: string }
  | { kind: 'special'; name: string }
  | { kind: 'channel'; id: string; label?: string }
  | { kind: 'link'; url: string; label?: string };

function parseAngle(body: string): Angle | undefined {
  const [target = '', label] = splitOnce(body, '|');
  if (/^@[UW][A-Z0-9]+$/.test(target)) return { kind: 'user', id: target.slice(1) };
  if (/^!(channel|here|everyone)$/.test(target)) return { kind: 'special', name: target.slice(1) };
  const date = /^!date\^(\d+)\^/.exec(target);
  if (date) return { kind: 'date', epochSeconds: Number(date[1]) };
  if (target.startsWith('!subteam^')) return { kind: 'special', name: label ?? 'group' };
  if (/^#C[A-Z0-9]+$/.test(target))
    return { kind: 'channel', id: target.slice(1), ...(label ? { label } : {}) };
  if (SAFE_URL.test(target)) return { kind: 'link', url: target, ...(label ? { label } : {}) };
  return undefined;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** *bold*, _italic_, ~strike~ and `code` on already-HTML-escaped text. */
function formatInline(html: string): string {
  return html
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/(^|[\s(>\uE000])\*([^*\n]+)\*(?=$|[\s).,!?:;<\uE000])/gm, '$1<strong>$2</strong>')
    .replace(/(^|[\s(>\uE000])_([^_\n]+)_(?=$|[\s).,!?:;<\uE000])/gm, '$1<em>$2</em>')
    .replace(/(^|[\s(>\uE000])~([^~\n]+)~(?=$|[\s).,!?:;<\uE000])/gm, '$1<del>$2</del>');
}

/**
 * mrkdwn → an HTML fragment. Nothing from the text can become markup except the formatting Slack shows. A ``` code
 * block shows its text as written: no formatting, links or emoji inside.
 */
export function mrkdwnToHtml(mrkdwn: string, ctx: MrkdwnContext): string {
  const parts = mrkdwn.split(/```\n?([\s\S]*?)\n?```/);
  if (parts.length === 1) return inlineToHtml(mrkdwn, ctx);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? `<pre>${escapeHtml(unescapeSlack(part))}</pre>`
        : part === ''
          ? ''
          : inlineToHtml(part, ctx),
    )
    .join('');
}

function inlineToHtml(mrkdwn: string, ctx: MrkdwnContext): string {
  // Links and mentions become placeholders while *bold*/_italic_ are applied, so formatting can wrap a link
  // (`*<url|label>*`) but never reach inside an href.
  const rendered: string[] = [];
  const placeholder = (html: string) => `\uE000${rendered.push(html) - 1}\uE000`;
  const text = tokenize(mrkdwn)
    .map((token) => {
      // U+E000 delimits placeholders; outside text may not contain it.
      if (token.kind === 'text') return escapeHtml(emojify(unescapeSlack(token.text.replace(/\uE000/g, ''))));
      const angle = parseAngle(token.body);
      switch (angle?.kind) {
        case 'date':
          return placeholder(`<time>${escapeHtml(formatDate(angle.epochSeconds, ctx.timeZone))}</time>`);
        case 'user':
          return placeholder(`<span class="mention">@${escapeHtml(ctx.users[angle.id] ?? angle.id)}</span>`);
        case 'special':
          return placeholder(`<span class="mention special">@${escapeHtml(angle.name)}</span>`);
        case 'channel':
          return placeholder(`<span class="mention">#${escapeHtml(angle.label ?? angle.id)}</span>`);
        case 'link':
          return placeholder(
            `<a href="${escapeHtml(angle.url)}" rel="noopener noreferrer">${escapeHtml(unescapeSlack(angle.label ?? angle.url))}</a>`,
          );
        default:
          // Slack shows an unknown <…> sequence as its text.
          return escapeHtml(unescapeSlack(`<${token.body}>`));
      }
    })
    .join('');
  return formatInline(text)
    .replace(/\uE000(\d+)\uE000/g, (_, index: string) => rendered[Number(index)]!)
    .split('\n')
    .map((line) => (line.startsWith('&gt; ') ? `<blockquote>${line.slice(5)}</blockquote>` : line))
    .join('<br>')
    .replace(/<\/blockquote><br>/g, '</blockquote>');
}

/** mrkdwn → plain text as a reader sees it: `@Name` mentions, `label (url)` links, entities undone. */
export function mrkdwnToText(mrkdwn: string, ctx: MrkdwnContext): string {
  return tokenize(mrkdwn)
    .map((token) => {
      if (token.kind === 'text') return emojify(unescapeSlack(token.text));
      const angle = parseAngle(token.body);
      switch (angle?.kind) {
        case 'date':
          return formatDate(angle.epochSeconds, ctx.timeZone);
        case 'user':
          return `@${ctx.users[angle.id] ?? angle.id}`;
        case 'special':
          return `@${angle.name}`;
        case 'channel':
          return `#${angle.label ?? angle.id}`;
        case 'link':
          return angle.label ? `${unescapeSlack(angle.label)} (${angle.url})` : angle.url;
        default:
          return unescapeSlack(`<${token.body}>`);
      }
    })
    .join('');
}
