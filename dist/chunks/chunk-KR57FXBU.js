import {
  didYouMeanTimeZone
} from "./chunk-GCNY4AAF.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";

// src/shift/window.ts
var DEFAULT_UPCOMING_WITHIN_MS = 2 * 60 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
var formatters = /* @__PURE__ */ new Map();
function formatter(timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    formatters.set(timeZone, f);
  }
  return f;
}
var partsCache = /* @__PURE__ */ new Map();
function localParts(instant, timeZone) {
  const key = `${timeZone}|${typeof instant === "number" ? instant : instant.getTime()}`;
  const cached = partsCache.get(key);
  if (cached) return cached;
  const parts = computeLocalParts(instant, timeZone);
  if (partsCache.size >= 2e3) partsCache.clear();
  partsCache.set(key, parts);
  return parts;
}
function computeLocalParts(instant, timeZone) {
  const out = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") out[part.type] = Number(part.value);
  }
  return {
    year: out.year,
    month: out.month,
    day: out.day,
    // Some ICU versions print midnight as 24 even with h23.
    hour: out.hour % 24,
    minute: out.minute,
    second: out.second
  };
}
function zoneOffsetMs(instant, timeZone) {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1e3) * 1e3;
}
function zonedInstant(date, hhmm, timeZone) {
  const { hour, minute } = parseHandover(hhmm);
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  const candidates = [.../* @__PURE__ */ new Set([wall - before, wall - after])].filter((t) => wall - t === zoneOffsetMs(t, timeZone)).sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - before);
}
function validateTimeZone(value, label = 'input "timezone"') {
  const trimmed = value.trim();
  let resolved;
  if (trimmed !== "" && !/^[+-]/.test(trimmed)) {
    try {
      resolved = new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone;
    } catch {
      resolved = void 0;
    }
  }
  if (resolved === void 0) {
    const hint = didYouMeanTimeZone(trimmed, supportedZones());
    throw new ConfigError(
      `Invalid ${label}: ${JSON.stringify(value)} is not an IANA time zone (e.g. "Asia/Tokyo")${hint ? `. Did you mean "${hint}"?` : ""}`
    );
  }
  return resolved;
}
function supportedZones() {
  const intl = Intl;
  return intl.supportedValuesOf?.("timeZone") ?? [];
}
function parseHandover(value, label = 'input "handover"') {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(value);
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2]) : NaN;
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) {
    throw new ConfigError(
      `Invalid ${label}: expected a 24-hour time HH:MM such as "10:00", found ${JSON.stringify(value)}.`
    );
  }
  return { hour, minute, text: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}` };
}
function parseDuration(value, label = 'input "upcoming-within"') {
  const v = value.trim().toLowerCase();
  if (v === "0") return 0;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(v);
  if (!m || m[1] === void 0 && m[2] === void 0) {
    throw new ConfigError(
      `Invalid ${label}: expected a duration such as "2h", "90m" or "1h30m", found ${JSON.stringify(value)}.`
    );
  }
  const ms = (Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 6e4;
  if (ms > DAY_MS) {
    throw new ConfigError(`Invalid ${label}: at most 24h, found ${JSON.stringify(value)}.`);
  }
  return ms;
}
function addDays(date, days) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
function isoDate(date) {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
function shiftWindow(now, timeZone, handover, options = {}) {
  const zone = validateTimeZone(timeZone);
  const hhmm = parseHandover(handover).text;
  const upcomingWithin = options.upcomingWithinMs ?? DEFAULT_UPCOMING_WITHIN_MS;
  const today = localParts(now, zone);
  const start = zonedInstant(today, hhmm, zone);
  const end = zonedInstant(addDays(today, 1), hhmm, zone);
  const lead = start.getTime() - now.getTime();
  const timing = lead <= 0 ? "current" : lead <= upcomingWithin ? "upcoming" : "too-early";
  return { start, end, shiftDate: isoDate(today), timeZone: zone, handover: hhmm, timing };
}

export {
  DEFAULT_UPCOMING_WITHIN_MS,
  localParts,
  zonedInstant,
  validateTimeZone,
  parseHandover,
  parseDuration,
  shiftWindow
};
