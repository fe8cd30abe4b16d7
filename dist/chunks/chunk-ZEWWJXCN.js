
// src/sandbox/mrkdwn-render.ts
var EMOJI = {
  warning: "\u26A0\uFE0F",
  rotating_light: "\u{1F6A8}",
  hourglass_flowing_sand: "\u23F3",
  arrow_double_up: "\u23EB",
  white_check_mark: "\u2705",
  repeat: "\u{1F501}",
  red_circle: "\u{1F534}",
  memo: "\u{1F4DD}",
  leftwards_arrow_with_hook: "\u21A9\uFE0F",
  large_yellow_circle: "\u{1F7E1}",
  large_green_circle: "\u{1F7E2}",
  label: "\u{1F3F7}\uFE0F",
  grey_question: "\u2754",
  eyes: "\u{1F440}",
  busts_in_silhouette: "\u{1F465}",
  book: "\u{1F4D6}",
  mag: "\u{1F50D}",
  clipboard: "\u{1F4CB}"
};
function emojify(text) {
  return text.replace(/:([a-z0-9_+-]+):/g, (whole, name) => EMOJI[name] ?? whole);
}
function formatDate(epochSeconds, timeZone = "UTC") {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false
  }).format(new Date(epochSeconds * 1e3));
}
function tokenize(mrkdwn) {
  const tokens = [];
  const pattern = /<([^<>]*)>/g;
  let last = 0;
  for (let m = pattern.exec(mrkdwn); m !== null; m = pattern.exec(mrkdwn)) {
    if (m.index > last) tokens.push({ kind: "text", text: mrkdwn.slice(last, m.index) });
    tokens.push({ kind: "angle", body: m[1] });
    last = m.index + m[0].length;
  }
  if (last < mrkdwn.length) tokens.push({ kind: "text", text: mrkdwn.slice(last) });
  return tokens;
}
function unescapeSlack(text) {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
var SAFE_URL = /^(https?:\/\/|mailto:)/i;
function parseAngle(body) {
  const [target = "", label] = splitOnce(body, "|");
  if (/^@[UW][A-Z0-9]+$/.test(target)) return { kind: "user", id: target.slice(1) };
  if (/^!(channel|here|everyone)$/.test(target)) return { kind: "special", name: target.slice(1) };
  const date = /^!date\^(\d+)\^/.exec(target);
  if (date) return { kind: "date", epochSeconds: Number(date[1]) };
  if (target.startsWith("!subteam^")) return { kind: "special", name: label ?? "group" };
  if (/^#C[A-Z0-9]+$/.test(target))
    return { kind: "channel", id: target.slice(1), ...label ? { label } : {} };
  if (SAFE_URL.test(target)) return { kind: "link", url: target, ...label ? { label } : {} };
  return void 0;
}
function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s, void 0] : [s.slice(0, i), s.slice(i + 1)];
}
function formatInline(html) {
  return html.replace(/`([^`\n]+)`/g, "<code>$1</code>").replace(/(^|[\s(>\uE000])\*([^*\n]+)\*(?=$|[\s).,!?:;<\uE000])/gm, "$1<strong>$2</strong>").replace(/(^|[\s(>\uE000])_([^_\n]+)_(?=$|[\s).,!?:;<\uE000])/gm, "$1<em>$2</em>").replace(/(^|[\s(>\uE000])~([^~\n]+)~(?=$|[\s).,!?:;<\uE000])/gm, "$1<del>$2</del>");
}
function mrkdwnToHtml(mrkdwn, ctx) {
  const parts = mrkdwn.split(/```\n?([\s\S]*?)\n?```/);
  if (parts.length === 1) return inlineToHtml(mrkdwn, ctx);
  return parts.map(
    (part, i) => i % 2 === 1 ? `<pre>${escapeHtml(unescapeSlack(part))}</pre>` : part === "" ? "" : inlineToHtml(part, ctx)
  ).join("");
}
function inlineToHtml(mrkdwn, ctx) {
  const rendered = [];
  const placeholder = (html) => `\uE000${rendered.push(html) - 1}\uE000`;
  const text = tokenize(mrkdwn).map((token) => {
    if (token.kind === "text") return escapeHtml(emojify(unescapeSlack(token.text.replace(/\uE000/g, ""))));
    const angle = parseAngle(token.body);
    switch (angle?.kind) {
      case "date":
        return placeholder(`<time>${escapeHtml(formatDate(angle.epochSeconds, ctx.timeZone))}</time>`);
      case "user":
        return placeholder(`<span class="mention">@${escapeHtml(ctx.users[angle.id] ?? angle.id)}</span>`);
      case "special":
        return placeholder(`<span class="mention special">@${escapeHtml(angle.name)}</span>`);
      case "channel":
        return placeholder(`<span class="mention">#${escapeHtml(angle.label ?? angle.id)}</span>`);
      case "link":
        return placeholder(
          `<a href="${escapeHtml(angle.url)}" rel="noopener noreferrer">${escapeHtml(unescapeSlack(angle.label ?? angle.url))}</a>`
        );
      default:
        return escapeHtml(unescapeSlack(`<${token.body}>`));
    }
  }).join("");
  return formatInline(text).replace(/\uE000(\d+)\uE000/g, (_, index) => rendered[Number(index)]).split("\n").map((line) => line.startsWith("&gt; ") ? `<blockquote>${line.slice(5)}</blockquote>` : line).join("<br>").replace(/<\/blockquote><br>/g, "</blockquote>");
}
function mrkdwnToText(mrkdwn, ctx) {
  return tokenize(mrkdwn).map((token) => {
    if (token.kind === "text") return emojify(unescapeSlack(token.text));
    const angle = parseAngle(token.body);
    switch (angle?.kind) {
      case "date":
        return formatDate(angle.epochSeconds, ctx.timeZone);
      case "user":
        return `@${ctx.users[angle.id] ?? angle.id}`;
      case "special":
        return `@${angle.name}`;
      case "channel":
        return `#${angle.label ?? angle.id}`;
      case "link":
        return angle.label ? `${unescapeSlack(angle.label)} (${angle.url})` : angle.url;
      default:
        return unescapeSlack(`<${token.body}>`);
    }
  }).join("");
}

// src/sandbox/render-channel.ts
function tsToDate(ts) {
  return new Date(Math.round(Number.parseFloat(ts) * 1e3));
}
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function formatTime(ts, timeZone) {
  const date = tsToDate(ts);
  let day = date.getUTCDate();
  let month = date.getUTCMonth() + 1;
  let hour = date.getUTCHours();
  let minute = date.getUTCMinutes();
  if (timeZone !== "UTC") {
    const parts = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23"
    }).formatToParts(date);
    const part = (type) => Number(parts.find((p) => p.type === type)?.value);
    [day, month, hour, minute] = [part("day"), part("month"), part("hour"), part("minute")];
  }
  const two = (n) => String(n).padStart(2, "0");
  return `${two(day)} ${MONTHS[month - 1]}, ${two(hour)}:${two(minute)}`;
}
function textObjectHtml(t, ctx) {
  return t.type === "mrkdwn" ? mrkdwnToHtml(t.text, ctx) : escapeHtml(t.text);
}
function textObjectText(t, ctx) {
  return t.type === "mrkdwn" ? mrkdwnToText(t.text, ctx) : t.text;
}
function safeHref(url) {
  return url !== void 0 && /^(https?:\/\/|mailto:)/i.test(url) ? escapeHtml(url) : "#";
}
function blockHtml(block, ctx) {
  switch (block.type) {
    case "header":
      return `<div class="b-header">${escapeHtml(block.text.text)}</div>`;
    case "section": {
      const text = block.text ? `<div class="b-text">${textObjectHtml(block.text, ctx)}</div>` : "";
      const fields = block.fields?.length ? `<div class="b-fields">${block.fields.map((f) => `<div>${textObjectHtml(f, ctx)}</div>`).join("")}</div>` : "";
      const accessory = block.accessory ? `<a class="button" href="${safeHref(block.accessory.url)}">${escapeHtml(block.accessory.text.text)}</a>` : "";
      return `<div class="b-section"><div class="b-main">${text}${fields}</div>${accessory}</div>`;
    }
    case "context":
      return `<div class="b-context">${block.elements.map((e) => `<span>${textObjectHtml(e, ctx)}</span>`).join("")}</div>`;
    case "divider":
      return '<hr class="b-divider">';
    case "actions":
      return `<div class="b-actions">${block.elements.map(
        (b) => `<a class="button${b.style ? ` ${b.style}` : ""}" href="${safeHref(b.url)}">${escapeHtml(b.text.text)}</a>`
      ).join("")}</div>`;
  }
}
function blockText(block, ctx) {
  switch (block.type) {
    case "header":
      return [`== ${block.text.text} ==`];
    case "section": {
      const lines = [];
      if (block.text) lines.push(...textObjectText(block.text, ctx).split("\n"));
      for (const f of block.fields ?? []) lines.push(...textObjectText(f, ctx).split("\n"));
      if (block.accessory)
        lines.push(`[${block.accessory.text.text}] ${block.accessory.url ?? ""}`.trimEnd());
      return lines;
    }
    case "context":
      return [block.elements.map((e) => textObjectText(e, ctx)).join("  \xB7  ")];
    case "divider":
      return ["\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500"];
    case "actions":
      return [block.elements.map((b) => `[${b.text.text}]${b.url ? ` ${b.url}` : ""}`).join("   ")];
  }
}
function messageHtml(m, transcript, isReply) {
  const ctx = { users: transcript.users, timeZone: transcript.timeZone };
  const body = m.blocks?.length ? m.blocks.map((b) => blockHtml(b, ctx)).join("") : `<div class="b-text">${mrkdwnToHtml(m.text, ctx)}</div>`;
  const replies = m.replies.length ? `<div class="thread"><div class="thread-count">${m.replies.length} ${m.replies.length === 1 ? "reply" : "replies"}</div>${m.replies.map((r) => messageHtml(r, transcript, true)).join("")}</div>` : "";
  return `<article class="message${isReply ? " reply" : ""}" data-ts="${escapeHtml(m.ts)}">
<div class="avatar">${escapeHtml(m.author.slice(0, 1).toUpperCase())}</div>
<div class="content"><div class="meta"><span class="author">${escapeHtml(m.author)}</span> <span class="time">${escapeHtml(
    formatTime(m.ts, transcript.timeZone)
  )}</span>${m.edited ? ' <span class="edited">(edited)</span>' : ""}</div>${body}${replies}</div>
</article>`;
}
var STYLE = `
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
function renderChannelHtml(transcript, title = `#${transcript.channelName}`) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header>#${escapeHtml(transcript.channelName)}<small>${transcript.messages.length} ${transcript.messages.length === 1 ? "message" : "messages"} \xB7 times in ${escapeHtml(
    transcript.timeZone
  )}</small></header>
<main>
${transcript.messages.map((m) => messageHtml(m, transcript, false)).join("\n")}
</main></body></html>
`;
}
function renderChannelText(transcript) {
  const ctx = { users: transcript.users, timeZone: transcript.timeZone };
  const out = [`#${transcript.channelName}`, ""];
  const write = (m, indent) => {
    out.push(`${indent}${m.author}  ${formatTime(m.ts, transcript.timeZone)}${m.edited ? "  (edited)" : ""}`);
    const lines = m.blocks?.length ? m.blocks.flatMap((b) => blockText(b, ctx)) : mrkdwnToText(m.text, ctx).split("\n");
    for (const line of lines) out.push(`${indent}  ${line}`);
    if (m.replies.length) {
      out.push(`${indent}  \u2514 ${m.replies.length} ${m.replies.length === 1 ? "reply" : "replies"}`);
      for (const r of m.replies) write(r, `${indent}    `);
    }
    out.push("");
  };
  for (const m of transcript.messages) write(m, "");
  return out.join("\n");
}

export {
  renderChannelHtml,
  renderChannelText
};
