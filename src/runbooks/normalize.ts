/**
 * Text normalisation shared by everything that matches runbooks against alerts: the runtime matcher, the naive
 * reference matcher and the embedded tests run by `oncall validate`. Keywords and alert text go through the same
 * function, so `ＤＩＳＫ`, `Disk` and `disk` are the same word.
 */

/** How much raw alert text is normalised at most (UTF-16 code units). See {@link prepareAlertText}. */
export const RAW_TEXT_LIMIT = 65_536;

/** How much normalised alert text the matchers look at (UTF-16 code units, i.e. 16 Ki). */
export const MATCH_TEXT_LIMIT = 16_384;

// Printable ASCII (and tab/newline) is already in NFKC; skipping `normalize` for it keeps index loading and matching
// cheap. Anything else, control characters included, simply takes the full path.
const NOT_PLAIN_ASCII = /[^\t\n\r -~]/;

/** A character of Japanese script: kanji, hiragana, katakana, and the marks `ー` and `々` used inside words. */
const JAPANESE = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々`;
/**
 * Spaces and tabs between a Japanese character and a letter or digit (Japanese or not). Japanese is written without
 * spaces, and a space before or after a Latin word in it (`CPU 使用率`) is a matter of style, not of meaning.
 */
const JAPANESE_SPACING = String.raw`(?<=[${JAPANESE}])[ \t]+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])[ \t]+(?=[${JAPANESE}])`;
// The regex objects are built on first use: Unicode property classes cost a millisecond or more to build, at the
// start of every process that imports this module, while most alert texts are plain ASCII and never need them.
let japaneseSpacing: RegExp | undefined;
const japaneseSpacingPattern = (): RegExp => (japaneseSpacing ??= new RegExp(JAPANESE_SPACING, 'gu'));

/**
 * In a regex source: a required space (` ` or `\s`, optionally `+`) between a Japanese character and a letter, digit,
 * `\d` or `\w` — exactly where {@link normalizeText} removes spaces.
 */
const REQUIRED_SPACE_BY_JAPANESE = String.raw`(?:[\p{L}\p{N}]|\\[dw])(?: |\\s)\+?[${JAPANESE}]|[${JAPANESE}](?: |\\s)\+?(?:[\p{L}\p{N}]|\\[dw])`;
let requiredSpaceByJapanese: RegExp | undefined;
const requiredSpacePattern = (): RegExp =>
  (requiredSpaceByJapanese ??= new RegExp(REQUIRED_SPACE_BY_JAPANESE, 'u'));

/**
 * True when a rule regex requires a space next to a Japanese character. Normalised text never has one there (see
 * {@link normalizeText}), so that part of the pattern can never match; `oncall validate` warns about it.
 */
export function regexRequiresSpaceByJapanese(source: string): boolean {
  return requiredSpacePattern().test(source);
}

/**
 * Unicode NFKC, then lower case, then no space next to Japanese.
 *
 * NFKC folds compatibility forms first (full-width `ＤＩＳＫ` → `DISK`, half-width `ｴﾗｰ` → `エラー`, `①` → `1`), and
 * `toLowerCase()` then folds case. `toLowerCase()` is locale-independent and differs from full Unicode case folding
 * only for a handful of characters (`ß` stays `ß` rather than becoming `ss`, final sigma), none of which occur in the
 * alert names and keywords this is used for; JavaScript has no built-in full case fold, and a hand-written table
 * would be one more thing to keep in sync between the matcher and the validator.
 *
 * Last, spaces and tabs between a Japanese character and a letter or digit are removed, so `CPU使用率`,
 * `CPU 使用率` and `ＣＰＵ` + U+3000 + `使用率` (NFKC has made the ideographic space a plain one) all read `cpu使用率`.
 * Spaces between two Latin words, and line breaks anywhere, are kept.
 */
export function normalizeText(text: string): string {
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').toLowerCase().replace(japaneseSpacingPattern(), '');
}

/**
 * The alert text the matchers actually look at: at most {@link RAW_TEXT_LIMIT} code units of the raw text are
 * normalised, and the first {@link MATCH_TEXT_LIMIT} code units of the result are kept. Capping before normalising
 * keeps a 1 MB alert body from costing a full NFKC pass; the raw limit is four times the match limit because NFKC can
 * shrink text (a Hangul syllable written as three jamo becomes one character). A cut never splits a surrogate pair.
 * The end of the cut counts as the text's edge for keyword boundaries.
 */
export function prepareAlertText(text: string): string {
  return cut(normalizeText(cut(text, RAW_TEXT_LIMIT)), MATCH_TEXT_LIMIT);
}

function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const last = text.charCodeAt(limit - 1);
  // A high surrogate as the last kept unit would leave half a character behind.
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit);
}
