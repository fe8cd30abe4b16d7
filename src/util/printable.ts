/**
 * Outside text inside a line of plain output (a problem line, a log line): control characters would let it end the
 * line and start another one of its choosing, or move the cursor and rewrite what was printed before.
 */

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators. Tab stays: it cannot break a line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/g;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

function escapeControl(ch: string): string {
  return ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The text with every control character written as an escape a reader recognises (`\n`, `\r`, `\u001b`), so it stays
 * on one line and shows what the file really holds.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, escapeControl);
}

/**
 * A log message that may span lines (a stack trace, a quoted alert text): every line break becomes LF followed by
 * `indent`, so no part of the message begins a line of the log or returns the cursor over it; other control
 * characters (terminal escape sequences among them) are written as escapes.
 */
export function printableLines(text: string, indent = '  '): string {
  return text
    .split(LINE_BREAK)
    .map((line) => printable(line))
    .join(`\n${indent}`);
}
