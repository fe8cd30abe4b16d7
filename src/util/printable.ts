/**
 * Outside text inside a line of plain output (a problem line, a log line): control characters would let it end the
 * line and start another one of its choosing, or move the cursor and rewrite what was printed before.
 */

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators. Tab stays: it cannot break a line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/g;

/**
 * The text with every control character written as an escape a reader recognises (`\n`, `\r`, `\u001b`), so it stays
 * on one line and shows what the file really holds.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (ch) =>
    ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
