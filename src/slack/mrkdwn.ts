/**
 * Slack mrkdwn building blocks. Outside text (alert titles, names, descriptions) goes through `escapeMrkdwn` so it
 * can never ping `<!channel>`, mention `<@U…>` or disguise a link; the only live tokens in a message are the ones
 * built here from values the program checked itself.
 */
import { OncallError } from '../errors.js';

/** Slack user IDs: `U…` (workspace) or `W…` (Enterprise Grid). */
const USER_ID = /^[UW][A-Z0-9]+$/;

/**
 * Bidirectional controls: embeddings and overrides (U+202A–202E), isolates (U+2066–2069) and the marks U+200E,
 * U+200F and U+061C. An override makes "gnp.exe" read as "exe.png"; outside text has no use for them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Characters that show nothing but change what a text is: zero-width space and non-joiner, word joiner and the
 * invisible operators (U+2060–2064), deprecated format controls (U+206A–206F), BOM / zero-width no-break space,
 * soft hyphen, combining grapheme joiner, Mongolian vowel separator, Hangul fillers. Two look-alike titles or names
 * that differ only by these would read as one.
 */
const INVISIBLES =
  /[\u00AD\u115F\u1160\u180E\u200B\u200C\u2060-\u2064\u206A-\u206F\u3164\uFEFF\uFFA0]|\u034F/g;

/**
 * The zero-width joiner (U+200D) is kept only between two emoji, where it builds one emoji (👩‍💻) from two; anywhere
 * else it is removed. Tag characters (U+E0000–E007F) are kept only in the tag sequence of a flag emoji (🏴 + tags),
 * because elsewhere they carry hidden ASCII that some readers, and language models, still read.
 */
const STRAY_JOINER =
  /(?<!\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const STRAY_TAGS = /(?<!\u{1F3F4}[\u{E0020}-\u{E007E}]*)[\u{E0000}-\u{E007F}]/gu;

/**
 * Outside text with the characters removed that would make it read differently from what it is: bidirectional
 * controls, invisible characters, and zero-width joiners and tags outside emoji (see the constants above). Every
 * function of this module that takes outside text applies it, through {@link escapeMrkdwn}.
 */
export function stripInvisibles(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLES, '')
    .replace(STRAY_JOINER, '')
    .replace(STRAY_TAGS, '');
}

/**
 * Outside text for mrkdwn: {@link stripInvisibles}, then the three characters Slack treats as control characters
 * escaped: `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`. Everything else shows as typed.
 */
export function escapeMrkdwn(text: string): string {
  return stripInvisibles(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Slack has no escape for its formatting characters, so in a name they become look-alikes that Slack leaves alone:
 * `*` → `∗` (U+2217), `_` → `＿` (U+FF3F), `~` → `∼` (U+223C), `` ` `` → `ˋ` (U+02CB).
 */
function neutralizeFormatting(escaped: string): string {
  return escaped
    .replace(/\*/g, '\u2217')
    .replace(/_/g, '\uFF3F')
    .replace(/~/g, '\u223C')
    .replace(/`/g, '\u02CB');
}

/**
 * A person's, team's or schedule's name from outside (PagerDuty, a user map): escaped like any outside text, on one
 * line, and with `*`, `_`, `~` and backticks neutralised so a name such as `*URGENT* ~Bob~` shows as typed instead
 * of formatting the message around it.
 */
export function escapeName(text: string): string {
  return neutralizeFormatting(escapeMrkdwn(text))
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** A name in bold: {@link escapeName} inside `*…*`; empty for an empty name. */
export function boldName(text: string): string {
  const inner = escapeName(text);
  return inner === '' ? '' : `*${inner}*`;
}

/** Reverses `escapeMrkdwn` (for previews that show a message as a person would read it). */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** True for a Slack user ID such as `U012AB3CD` or `W012A3CDE`. */
export function isSlackUserId(value: string): boolean {
  return USER_ID.test(value);
}

/**
 * A live mention `<@U…>`. Only for IDs the program looked up; anything else throws, because a mention built from
 * outside text is exactly the injection this module exists to prevent.
 */
export function mention(userId: string): string {
  if (!USER_ID.test(userId)) {
    throw new OncallError(
      `mention: expected a Slack user ID such as "U012AB3CD", found ${JSON.stringify(userId)}; ` +
        'look the user up (users.lookupByEmail) instead of building a mention from text',
    );
  }
  return `<@${userId}>`;
}

/**
 * A link `<url|label>` with the label escaped. Only `http:`/`https:` URLs become links; anything else (javascript:,
 * mailto:, garbage) is shown as the escaped label alone, so a crafted "URL" cannot smuggle in mrkdwn.
 */
export function link(url: string, label?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMrkdwn(label ?? url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return escapeMrkdwn(label ?? url);
  // WHATWG serialisation percent-encodes `<`, `>`, spaces and quotes, but not `|`, which ends the URL part.
  const href = escapeMrkdwn(parsed.href.replace(/\|/g, '%7C'));
  const text = escapeMrkdwn(label && label.trim() !== '' ? label : parsed.href).replace(/\n+/g, ' ');
  return `<${href}|${text}>`;
}

/**
 * Bold text that outside text cannot end early: `*` inside becomes `∗` (U+2217) and newlines become spaces,
 * because Slack has no escape for formatting characters.
 */
export function bold(text: string): string {
  const inner = escapeMrkdwn(text)
    .replace(/\*/g, '\u2217')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return inner === '' ? '' : `*${inner}*`;
}

/** Italic text; `_` inside becomes `＿` (U+FF3F) so the span cannot be closed early. */
export function italic(text: string): string {
  const inner = escapeMrkdwn(text)
    .replace(/_/g, '\uFF3F')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return inner === '' ? '' : `_${inner}_`;
}

/** Inline code; a backtick inside becomes `ˋ` (U+02CB) so the span cannot be closed early. */
export function code(text: string): string {
  const inner = escapeMrkdwn(text).replace(/`/g, '\u02CB').replace(/\n/g, ' ');
  return inner === '' ? '' : `\`${inner}\``;
}

/** A preformatted block; a run of three backticks inside is broken up so the block cannot be closed early. */
export function codeBlock(text: string): string {
  const inner = escapeMrkdwn(text).replace(/```/g, '`\u200B`\u200B`');
  return `\`\`\`${inner}\`\`\``;
}

/** A token of rendered mrkdwn: what Slack would make of a text, used by the fake and by previews. */
export type MrkdwnToken =
  | { kind: 'text'; text: string }
  | { kind: 'user'; userId: string; label?: string }
  | { kind: 'broadcast'; name: 'channel' | 'here' | 'everyone' }
  | { kind: 'usergroup'; id: string; label?: string }
  | { kind: 'channel'; id: string; label?: string }
  | { kind: 'link'; url: string; label?: string }
  | { kind: 'other'; raw: string };

/**
 * Splits mrkdwn into plain text (entities decoded) and live `<…>` tokens, as Slack reads it. A test asserting "the
 * only live mention is the on-call" checks the tokens; a preview renders them.
 */
export function parseMrkdwn(text: string): MrkdwnToken[] {
  const tokens: MrkdwnToken[] = [];
  const pattern = /<([^<>]*)>/g;
  let last = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index > last) tokens.push({ kind: 'text', text: unescapeMrkdwn(text.slice(last, m.index)) });
    tokens.push(parseAngle(m[1] ?? ''));
    last = m.index + m[0].length;
  }
  if (last < text.length) tokens.push({ kind: 'text', text: unescapeMrkdwn(text.slice(last)) });
  return tokens;
}

function parseAngle(inner: string): MrkdwnToken {
  const bar = inner.indexOf('|');
  const target = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? unescapeMrkdwn(inner.slice(bar + 1)) : undefined;
  const withLabel = <T extends object>(t: T) => (label !== undefined ? { ...t, label } : t);
  if (target.startsWith('@')) return withLabel({ kind: 'user' as const, userId: target.slice(1) });
  if (target.startsWith('#')) return withLabel({ kind: 'channel' as const, id: target.slice(1) });
  if (target.startsWith('!subteam^')) return withLabel({ kind: 'usergroup' as const, id: target.slice(9) });
  if (target === '!channel' || target === '!here' || target === '!everyone') {
    return { kind: 'broadcast', name: target.slice(1) as 'channel' | 'here' | 'everyone' };
  }
  if (target.startsWith('!')) return { kind: 'other', raw: `<${inner}>` };
  return withLabel({ kind: 'link' as const, url: unescapeMrkdwn(target) });
}
