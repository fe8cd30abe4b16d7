
// src/util/markdown-text.ts
function escapeMarkdown(text) {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ").replace(/[&<>"'|*_`[\]~\\#@$]|:(?=\/\/)/g, (ch) => `&#${ch.charCodeAt(0)};`).replace(
    /(^|[^\p{L}\p{N}])(w)(?=ww\.)/giu,
    (_, before, w) => `${before}&#${w.charCodeAt(0)};`
  );
}

export {
  escapeMarkdown
};
