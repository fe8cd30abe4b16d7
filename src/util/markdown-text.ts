/**
 * Outside text (runbook titles, ids, file names, problem messages, alert titles) inside Markdown that GitHub renders:
 * the job summary. One helper, so every place that writes the summary escapes the same way.
 */

/**
 * Every character GitHub-flavoured Markdown, HTML or a table could act on becomes a numeric entity, which renders as
 * the character itself: the text cannot open a link, an image, raw HTML, an emphasis, a code span, a mention (`@`), an
 * issue reference (`#`), a footnote, math (`$`) or a new table cell (`|`). The `:` of `://` and the first `w` of
 * `www.` are written as entities too, because GitHub turns bare `https://…` and `www.…` into links. Line breaks
 * become spaces: the text stays inside its cell, heading or line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/[&<>"'|*_`[\]~\\#@$]|:(?=\/\/)/g, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(
      /(^|[^\p{L}\p{N}])(w)(?=ww\.)/giu,
      (_, before: string, w: string) => `${before}&#${w.charCodeAt(0)};`,
    );
}
