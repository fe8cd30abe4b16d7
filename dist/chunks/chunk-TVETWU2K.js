
// src/util/printable.ts
var CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/g;
var LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;
function escapeControl(ch) {
  return ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function printable(text) {
  return text.replace(CONTROL, escapeControl);
}
function printableLines(text, indent = "  ") {
  return text.split(LINE_BREAK).map((line) => printable(line)).join(`
${indent}`);
}

export {
  printable,
  printableLines
};
