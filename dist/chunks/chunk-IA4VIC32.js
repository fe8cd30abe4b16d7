import {
  OncallError
} from "./chunk-BYBTV2RS.js";

// src/slack/mrkdwn.ts
var USER_ID = /^[UW][A-Z0-9]+$/;
var BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
var INVISIBLES = /[\u00AD\u115F\u1160\u180E\u200B\u200C\u2060-\u2064\u206A-\u206F\u3164\uFEFF\uFFA0]|\u034F/g;
var STRAY_JOINER = new RegExp("(?<!\\p{Extended_Pictographic}|\\p{Emoji_Modifier}|\\uFE0F)\\u200D|\\u200D(?!\\p{Extended_Pictographic})", "gu");
var STRAY_TAGS = /(?<!\u{1F3F4}[\u{E0020}-\u{E007E}]*)[\u{E0000}-\u{E007F}]/gu;
function stripInvisibles(text) {
  return text.replace(BIDI_CONTROLS, "").replace(INVISIBLES, "").replace(STRAY_JOINER, "").replace(STRAY_TAGS, "");
}
function escapeMrkdwn(text) {
  return stripInvisibles(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function neutralizeFormatting(escaped) {
  return escaped.replace(/\*/g, "\u2217").replace(/_/g, "\uFF3F").replace(/~/g, "\u223C").replace(/`/g, "\u02CB");
}
function escapeName(text) {
  return neutralizeFormatting(escapeMrkdwn(text)).replace(/\s*\n\s*/g, " ").trim();
}
function boldName(text) {
  const inner = escapeName(text);
  return inner === "" ? "" : `*${inner}*`;
}
function unescapeMrkdwn(text) {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
function isSlackUserId(value) {
  return USER_ID.test(value);
}
function mention(userId) {
  if (!USER_ID.test(userId)) {
    throw new OncallError(
      `mention: expected a Slack user ID such as "U012AB3CD", found ${JSON.stringify(userId)}; look the user up (users.lookupByEmail) instead of building a mention from text`
    );
  }
  return `<@${userId}>`;
}
function link(url, label) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMrkdwn(label ?? url);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return escapeMrkdwn(label ?? url);
  const href = escapeMrkdwn(parsed.href.replace(/\|/g, "%7C"));
  const text = escapeMrkdwn(label && label.trim() !== "" ? label : parsed.href).replace(/\n+/g, " ");
  return `<${href}|${text}>`;
}
function bold(text) {
  const inner = escapeMrkdwn(text).replace(/\*/g, "\u2217").replace(/\s*\n\s*/g, " ").trim();
  return inner === "" ? "" : `*${inner}*`;
}
function italic(text) {
  const inner = escapeMrkdwn(text).replace(/_/g, "\uFF3F").replace(/\s*\n\s*/g, " ").trim();
  return inner === "" ? "" : `_${inner}_`;
}
function code(text) {
  const inner = escapeMrkdwn(text).replace(/`/g, "\u02CB").replace(/\n/g, " ");
  return inner === "" ? "" : `\`${inner}\``;
}
function parseMrkdwn(text) {
  const tokens = [];
  const pattern = /<([^<>]*)>/g;
  let last = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index > last) tokens.push({ kind: "text", text: unescapeMrkdwn(text.slice(last, m.index)) });
    tokens.push(parseAngle(m[1] ?? ""));
    last = m.index + m[0].length;
  }
  if (last < text.length) tokens.push({ kind: "text", text: unescapeMrkdwn(text.slice(last)) });
  return tokens;
}
function parseAngle(inner) {
  const bar = inner.indexOf("|");
  const target = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? unescapeMrkdwn(inner.slice(bar + 1)) : void 0;
  const withLabel = (t) => label !== void 0 ? { ...t, label } : t;
  if (target.startsWith("@")) return withLabel({ kind: "user", userId: target.slice(1) });
  if (target.startsWith("#")) return withLabel({ kind: "channel", id: target.slice(1) });
  if (target.startsWith("!subteam^")) return withLabel({ kind: "usergroup", id: target.slice(9) });
  if (target === "!channel" || target === "!here" || target === "!everyone") {
    return { kind: "broadcast", name: target.slice(1) };
  }
  if (target.startsWith("!")) return { kind: "other", raw: `<${inner}>` };
  return withLabel({ kind: "link", url: unescapeMrkdwn(target) });
}

export {
  escapeMrkdwn,
  escapeName,
  boldName,
  isSlackUserId,
  mention,
  link,
  bold,
  italic,
  code,
  parseMrkdwn
};
