import {
  localParts
} from "./chunk-KR57FXBU.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  fitMessage
} from "./chunk-EA5KP37Y.js";
import {
  escapeMrkdwn,
  escapeName,
  isSlackUserId,
  link,
  mention,
  parseMrkdwn
} from "./chunk-IA4VIC32.js";

// node-builtin:node:crypto#src/shift/message.ts
var m = builtin("node:crypto");
var createHash = m.createHash;

// src/shift/message.ts
var SHIFT_LANGUAGES = ["en", "ja"];
var SHIFT_EVENT_TYPE = "oncall_shift_post";
var STRINGS = {
  en: {
    header: (d) => `On call today \xB7 ${d}`,
    upcomingHeader: (d) => `On call for the upcoming shift \xB7 ${d}`,
    intro: "Here is who is on call for today's shift.",
    upcoming: (t) => `:hourglass_flowing_sand: *Upcoming shift*: it starts at ${t}; this was posted before the handover.`,
    shift: (f, t, z) => `Shift: ${f} \u2013 ${t} (${z})`,
    level: (n) => `level ${n}`,
    wholeShift: "whole shift",
    always: "always on call",
    nobody: ":warning: *Nobody is on call*",
    gap: ":warning: nobody on call",
    nextHandover: (w) => `Next handover: ${w}`,
    nextDay: (t) => `${t} (+1 day)`,
    handover: "Handover",
    continues: "continues",
    nobodyHeader: (d) => `Nobody is on call \xB7 ${d}`,
    nobodyBody: ":rotating_light: *Nobody is on call* for these schedules during this shift. Check the schedules in PagerDuty and add an override.",
    nobodyList: "Without an on-call",
    fallback: (d) => `On call today (${d})`,
    upcomingFallback: (d) => `On call for the upcoming shift (${d})`
  },
  ja: {
    header: (d) => `\u672C\u65E5\u306E\u30AA\u30F3\u30B3\u30FC\u30EB \xB7 ${d}`,
    upcomingHeader: (d) => `\u6B21\u306E\u30B7\u30D5\u30C8\u306E\u30AA\u30F3\u30B3\u30FC\u30EB \xB7 ${d}`,
    intro: "\u672C\u65E5\u306E\u30B7\u30D5\u30C8\u306E\u30AA\u30F3\u30B3\u30FC\u30EB\u62C5\u5F53\u3067\u3059\u3002",
    upcoming: (t) => `:hourglass_flowing_sand: *\u3053\u308C\u304B\u3089\u59CB\u307E\u308B\u30B7\u30D5\u30C8*: ${t} \u958B\u59CB\u3002\u4EA4\u4EE3\u524D\u306B\u6295\u7A3F\u3057\u3066\u3044\u307E\u3059\u3002`,
    shift: (f, t, z) => `\u30B7\u30D5\u30C8: ${f} \u301C ${t} (${z})`,
    level: (n) => `\u30EC\u30D9\u30EB ${n}`,
    wholeShift: "\u30B7\u30D5\u30C8\u5168\u4F53",
    always: "\u5E38\u6642\u30AA\u30F3\u30B3\u30FC\u30EB",
    nobody: ":warning: *\u30AA\u30F3\u30B3\u30FC\u30EB\u62C5\u5F53\u8005\u304C\u3044\u307E\u305B\u3093*",
    gap: ":warning: \u62C5\u5F53\u8005\u306A\u3057",
    nextHandover: (w) => `\u6B21\u306E\u4EA4\u4EE3: ${w}`,
    nextDay: (t) => `\u7FCC${t}`,
    handover: "\u5F15\u304D\u7D99\u304E",
    continues: "\u7D99\u7D9A",
    nobodyHeader: (d) => `\u30AA\u30F3\u30B3\u30FC\u30EB\u62C5\u5F53\u8005\u304C\u3044\u307E\u305B\u3093 \xB7 ${d}`,
    nobodyBody: ":rotating_light: \u3053\u306E\u30B7\u30D5\u30C8\u306B\u306F\u6B21\u306E\u30B9\u30B1\u30B8\u30E5\u30FC\u30EB\u306E *\u30AA\u30F3\u30B3\u30FC\u30EB\u62C5\u5F53\u8005\u304C\u3044\u307E\u305B\u3093*\u3002PagerDuty \u306E\u30B9\u30B1\u30B8\u30E5\u30FC\u30EB\u3092\u78BA\u8A8D\u3057\u3001\u30AA\u30FC\u30D0\u30FC\u30E9\u30A4\u30C9\u3092\u8FFD\u52A0\u3057\u3066\u304F\u3060\u3055\u3044\u3002",
    nobodyList: "\u62C5\u5F53\u8005\u306A\u3057",
    fallback: (d) => `\u672C\u65E5\u306E\u30AA\u30F3\u30B3\u30FC\u30EB (${d})`,
    upcomingFallback: (d) => `\u6B21\u306E\u30B7\u30D5\u30C8\u306E\u30AA\u30F3\u30B3\u30FC\u30EB (${d})`
  }
};
function shiftKey(targets) {
  const canonical = [
    `s=${[...new Set(targets.scheduleIds)].sort().join(",")}`,
    `p=${[...new Set(targets.escalationPolicyIds)].sort().join(",")}`,
    `l=${[...new Set(targets.levels)].sort((a, b) => a - b).join(",")}`
  ].join(";");
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}
function shiftMetadata(plan, targets, runId, status) {
  return {
    eventType: SHIFT_EVENT_TYPE,
    payload: {
      key: shiftKey(targets),
      shift_date: plan.window.shiftDate,
      tz: plan.window.timeZone,
      handover: plan.window.handover,
      start: plan.window.start.toISOString(),
      upcoming: plan.window.timing === "upcoming",
      status,
      run: runId
    }
  };
}
var HANDOVER_EVENT_TYPE = "oncall_shift_handover";
function handoverMetadata(plan, targets, runId) {
  return {
    eventType: HANDOVER_EVENT_TYPE,
    payload: { key: shiftKey(targets), shift_date: plan.window.shiftDate, run: runId }
  };
}
var dateFormats = /* @__PURE__ */ new Map();
function dateFormat(language, timeZone) {
  const key = `${language}|${timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = language === "ja" ? new Intl.DateTimeFormat("ja-JP", { timeZone, weekday: "short" }) : new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" });
    dateFormats.set(key, f);
  }
  return f;
}
function formatDate(instant, timeZone, language) {
  if (language === "ja") {
    const p = localParts(instant, timeZone);
    return `${p.month}\u6708${p.day}\u65E5(${dateFormat("ja", timeZone).format(instant)})`;
  }
  const parts = dateFormat("en", timeZone).formatToParts(instant).filter((p) => p.type !== "literal");
  const get = (t) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("weekday")} ${get("day")} ${get("month")}`;
}
function formatTime(instant, timeZone) {
  const p = localParts(instant, timeZone);
  return `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}
function formatDateTime(instant, timeZone, language) {
  return `${formatDate(instant, timeZone, language)} ${formatTime(instant, timeZone)}`;
}
function shiftTime(instant, plan, s) {
  const zone = plan.window.timeZone;
  const a = localParts(instant, zone);
  const b = localParts(plan.window.start, zone);
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  const time = formatTime(instant, zone);
  return sameDay ? time : s.nextDay(time);
}
function personMrkdwn(user, mentions) {
  const slackId = mentions.get(user.id);
  return slackId && isSlackUserId(slackId) ? mention(slackId) : escapeName(user.name);
}
function groupTitle(group, s) {
  const name = group.ref.htmlUrl ? link(group.ref.htmlUrl, group.ref.name) : escapeName(group.ref.name);
  return `*${name}*${group.level !== void 0 ? ` \xB7 ${s.level(group.level)}` : ""}`;
}
function segmentLine(seg, plan, opts, s) {
  const who = personMrkdwn(seg.user, opts.mentions);
  if (seg.permanent) return `\u2022 ${who} \u2014 ${s.always}`;
  if (seg.wholeShift) return `\u2022 ${who} \u2014 ${s.wholeShift}`;
  return `\u2022 ${who} ${shiftTime(seg.start, plan, s)}\u2013${shiftTime(seg.end, plan, s)}`;
}
function groupText(group, plan, opts, s) {
  const lines = [groupTitle(group, s)];
  if (group.segments.length === 0) {
    lines.push(s.nobody);
    return lines.join("\n");
  }
  const items = group.segments.map((seg) => ({
    at: seg.start.getTime(),
    text: segmentLine(seg, plan, opts, s)
  }));
  for (const gap of group.gaps) {
    items.push({
      at: gap.start.getTime(),
      text: `\u2022 ${s.gap} ${shiftTime(gap.start, plan, s)}\u2013${shiftTime(gap.end, plan, s)}`
    });
  }
  items.sort((a, b) => a.at - b.at);
  lines.push(...items.map((i) => i.text));
  return lines.join("\n");
}
function buildShiftMessage(plan, opts) {
  const s = STRINGS[opts.language];
  const zone = plan.window.timeZone;
  const date = formatDate(plan.window.start, zone, opts.language);
  const upcoming = plan.window.timing === "upcoming";
  const blocks = [
    {
      type: "header",
      text: { type: "plain_text", text: upcoming ? s.upcomingHeader(date) : s.header(date), emoji: true }
    }
  ];
  if (upcoming) {
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: s.upcoming(formatTime(plan.window.start, zone)) }]
    });
  }
  blocks.push({
    type: "section",
    text: { type: "mrkdwn", text: opts.intro !== void 0 ? escapeMrkdwn(opts.intro) : s.intro }
  });
  blocks.push(shiftWindowContext(plan, opts, s));
  blocks.push({ type: "divider" });
  for (const group of plan.groups) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: groupText(group, plan, opts, s) } });
  }
  blocks.push({ type: "divider" });
  blocks.push({
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: s.nextHandover(
          `${formatDateTime(plan.nextHandover, zone, opts.language)} (${escapeMrkdwn(zone)})`
        )
      }
    ]
  });
  const names = plan.groups.filter((g) => g.segments.length > 0).map(
    (g) => `${escapeName(g.ref.name)}: ${[...new Set(g.segments.map((x) => escapeName(x.user.name)))].join(", ")}`
  );
  const text = `${upcoming ? s.upcomingFallback(date) : s.fallback(date)}: ${names.join("; ")}`;
  return fitShiftMessage(opts.language, {
    channel: opts.channel,
    text,
    blocks,
    metadata: shiftMetadata(
      plan,
      opts.targets,
      opts.runId,
      plan.nobody.length === plan.groups.length ? "nobody" : "ok"
    )
  });
}
function shiftWindowContext(plan, opts, s) {
  const zone = plan.window.timeZone;
  return {
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: s.shift(
          formatDateTime(plan.window.start, zone, opts.language),
          formatDateTime(plan.window.end, zone, opts.language),
          escapeMrkdwn(zone)
        )
      }
    ]
  };
}
function buildNobodyMessage(plan, opts) {
  const s = STRINGS[opts.language];
  const zone = plan.window.timeZone;
  const date = formatDate(plan.window.start, zone, opts.language);
  const list = plan.nobody.map((g) => `\u2022 ${groupTitle(g, s)}`).join("\n");
  const blocks = [
    { type: "header", text: { type: "plain_text", text: s.nobodyHeader(date), emoji: true } },
    { type: "section", text: { type: "mrkdwn", text: s.nobodyBody } },
    { type: "section", text: { type: "mrkdwn", text: `*${s.nobodyList}*
${list}` } },
    shiftWindowContext(plan, opts, s)
  ];
  return fitShiftMessage(opts.language, {
    channel: opts.channel,
    text: `${s.nobodyHeader(date)}: ${plan.nobody.map((g) => escapeName(g.ref.name)).join(", ")}`,
    blocks,
    metadata: shiftMetadata(plan, opts.targets, opts.runId, "nobody")
  });
}
function buildHandoverNotice(plan, opts, threadTs) {
  const s = STRINGS[opts.language];
  const lines = [];
  for (const g of plan.groups) {
    const { outgoing, incoming } = g.handover;
    if (incoming.length === 0) continue;
    const who = (users) => users.map((u) => personMrkdwn(u, opts.mentions)).join(", ");
    const same = outgoing.length === incoming.length && outgoing.every((o) => incoming.some((i) => i.id === o.id));
    const change = same ? `${who(incoming)} (${s.continues})` : `${outgoing.length ? who(outgoing) : "\u2014"} \u2192 ${who(incoming)}`;
    lines.push(`\u2022 ${groupTitle(g, s)}: ${change}`);
  }
  if (lines.length === 0) return void 0;
  const text = `*${s.handover}* (${formatTime(plan.window.start, plan.window.timeZone)})
${lines.join("\n")}`;
  return fitShiftMessage(opts.language, {
    channel: opts.channel,
    threadTs,
    text,
    blocks: [{ type: "section", text: { type: "mrkdwn", text } }]
  });
}
function buildTopic(plan, opts) {
  const s = STRINGS[opts.language];
  const parts = plan.groups.filter((g) => g.handover.incoming.length > 0).map(
    (g) => `${g.handover.incoming.map((u) => personMrkdwn(u, opts.mentions)).join(", ")} (${escapeName(g.ref.name)})`
  );
  const label = opts.language === "ja" ? "\u30AA\u30F3\u30B3\u30FC\u30EB" : "On call";
  const until = s.nextHandover(formatDateTime(plan.nextHandover, plan.window.timeZone, opts.language));
  const topic = `${label}: ${parts.join(" \xB7 ")} \xB7 ${until}`;
  return topic.length <= 250 ? topic : `${topic.slice(0, 249)}\u2026`;
}
function previewText(message, names = /* @__PURE__ */ new Map()) {
  const plain = (mrkdwn) => parseMrkdwn(mrkdwn).map((t) => {
    switch (t.kind) {
      case "text":
        return t.text;
      case "user":
        return `@${names.get(t.userId) ?? t.label ?? t.userId}`;
      case "link":
        return t.label !== void 0 ? `${t.label} (${t.url})` : t.url;
      case "broadcast":
        return `@${t.name}`;
      case "usergroup":
      case "channel":
        return t.label ?? t.id;
      case "other":
        return t.raw;
    }
  }).join("");
  const lines = [];
  for (const block of message.blocks ?? []) {
    switch (block.type) {
      case "header":
        lines.push(block.text.text, "=".repeat(Math.min(60, block.text.text.length)));
        break;
      case "section":
        if (block.text) lines.push(plain(block.text.text));
        for (const f of block.fields ?? []) lines.push(plain(f.text));
        break;
      case "context":
        lines.push(block.elements.map((e) => plain(e.text)).join(" \xB7 "));
        break;
      case "divider":
        lines.push("---");
        break;
      case "actions":
        lines.push(block.elements.map((e) => `[${e.text.text}] ${e.url}`).join("  "));
        break;
    }
  }
  if (lines.length === 0) lines.push(plain(message.text));
  return `${lines.join("\n")}
`;
}
function fitShiftMessage(language, message) {
  return fitMessage(message, {
    moreText: (n) => language === "ja" ? `_\u2026\u307B\u304B ${n} \u4EF6_` : `_\u2026and ${n} more_`
  });
}

export {
  SHIFT_LANGUAGES,
  SHIFT_EVENT_TYPE,
  shiftKey,
  HANDOVER_EVENT_TYPE,
  handoverMetadata,
  buildShiftMessage,
  buildNobodyMessage,
  buildHandoverNotice,
  buildTopic,
  previewText
};
