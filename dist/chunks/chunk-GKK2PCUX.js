import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-GQNV3XG6.js";

// src/runbooks/normalize.ts
var RAW_TEXT_LIMIT = 65536;
var MATCH_TEXT_LIMIT = 16384;
var NOT_PLAIN_ASCII = /[^\t\n\r -~]/;
var JAPANESE = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々`;
var JAPANESE_SPACING = new RegExp(
  String.raw`(?<=[${JAPANESE}])[ \t]+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])[ \t]+(?=[${JAPANESE}])`,
  "gu"
);
var REQUIRED_SPACE_BY_JAPANESE = new RegExp(
  String.raw`(?:[\p{L}\p{N}]|\\[dw])(?: |\\s)\+?[${JAPANESE}]|[${JAPANESE}](?: |\\s)\+?(?:[\p{L}\p{N}]|\\[dw])`,
  "u"
);
function regexRequiresSpaceByJapanese(source) {
  return REQUIRED_SPACE_BY_JAPANESE.test(source);
}
function normalizeText(text) {
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKC").toLowerCase().replace(JAPANESE_SPACING, "");
}
function prepareAlertText(text) {
  return cut(normalizeText(cut(text, RAW_TEXT_LIMIT)), MATCH_TEXT_LIMIT);
}
function cut(text, limit) {
  if (text.length <= limit) return text;
  const last = text.charCodeAt(limit - 1);
  return text.slice(0, last >= 55296 && last <= 56319 ? limit - 1 : limit);
}

// src/runbooks/matcher.ts
var EVIDENCE_PART_CAP = 999;
var PRIORITY_WEIGHT = 1e6;
function matchScore(priority, termCount, termLength) {
  return priority * PRIORITY_WEIGHT + Math.min(termCount, EVIDENCE_PART_CAP) * 1e3 + Math.min(termLength, EVIDENCE_PART_CAP);
}
function compareMatches(a, b) {
  if (a.score !== b.score) return b.score - a.score;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
function compileRuleRegex(source) {
  return new RegExp(source, "iu");
}
function isAsciiAlnum(code) {
  return code >= 97 && code <= 122 || code >= 48 && code <= 57 || code >= 65 && code <= 90;
}
function hasKeyword(text, keyword) {
  const checkStart = isAsciiAlnum(keyword.charCodeAt(0));
  const checkEnd = isAsciiAlnum(keyword.charCodeAt(keyword.length - 1));
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) {
    if (checkStart && at > 0 && isAsciiAlnum(text.charCodeAt(at - 1))) continue;
    if (checkEnd && isAsciiAlnum(text.charCodeAt(at + keyword.length))) continue;
    return true;
  }
  return false;
}
var NO_TERMS = [];
function terms(list) {
  if (list.length === 0) return NO_TERMS;
  const out = [];
  for (const written of list) {
    const text = normalizeText(written);
    if (text !== "" && !out.some((t) => t.text === text)) out.push({ text, written });
  }
  return out;
}
function createMatcher(runbooks) {
  const keywords = [];
  const keywordIds = /* @__PURE__ */ new Map();
  const byWord = /* @__PURE__ */ new Map();
  const byChar = /* @__PURE__ */ new Map();
  const compiled = new Array(runbooks.length);
  const untriggered = [];
  const addTrigger = (normalized, runbook) => {
    let id = keywordIds.get(normalized);
    if (id === void 0) {
      id = keywords.length;
      keywordIds.set(normalized, id);
      keywords.push({
        text: normalized,
        checkEnd: isAsciiAlnum(normalized.charCodeAt(normalized.length - 1)),
        triggers: []
      });
      const first = normalized.charCodeAt(0);
      if (isAsciiAlnum(first)) {
        let end = 1;
        while (end < normalized.length && isAsciiAlnum(normalized.charCodeAt(end))) end++;
        push(byWord, normalized.slice(0, end), id);
      } else {
        push(byChar, first, id);
      }
    }
    const triggers = keywords[id].triggers;
    if (triggers[triggers.length - 1] !== runbook) triggers.push(runbook);
  };
  const regexCache = /* @__PURE__ */ new Map();
  const compile = (runbook, source) => {
    let re = regexCache.get(source);
    if (re) return re;
    try {
      re = compileRuleRegex(source);
    } catch (error) {
      throw new ConfigError(
        `Runbook "${runbook.id}": match.regex ${JSON.stringify(source)} does not compile with flags "iu" (${error.message}). Fix the pattern and rebuild the index with "oncall build".`,
        { cause: error }
      );
    }
    regexCache.set(source, re);
    return re;
  };
  for (let index = 0; index < runbooks.length; index++) {
    const runbook = runbooks[index];
    const { match: match2 } = runbook;
    for (const source of match2.regex) compile(runbook, source);
    let triggered = false;
    for (const written of match2.any) {
      const normalized = normalizeText(written);
      if (normalized === "") continue;
      addTrigger(normalized, index);
      triggered = true;
    }
    if (!triggered) {
      for (const written of match2.all) {
        const normalized = normalizeText(written);
        if (normalized === "") continue;
        addTrigger(normalized, index);
        triggered = true;
      }
    }
    if (!triggered && match2.regex.length > 0) untriggered.push(index);
  }
  const prepare = (index) => {
    const runbook = runbooks[index];
    const { match: match2 } = runbook;
    const any = terms(match2.any);
    const all = terms(match2.all);
    const regex = [];
    for (const source of match2.regex) {
      if (!regex.some((r) => r.source === source)) regex.push({ source, re: compile(runbook, source) });
    }
    const prepared = {
      id: runbook.id,
      title: runbook.title,
      priority: runbook.priority,
      any,
      all,
      allExtra: any.length === 0 ? all : all.filter((t) => !any.some((a) => a.text === t.text)),
      none: terms(match2.none).map((t) => t.text),
      regex,
      serviceIds: match2.services.length > 0 ? match2.services : null,
      serviceNames: match2.services.length > 0 ? match2.services.map(normalizeText) : null
    };
    compiled[index] = prepared;
    return prepared;
  };
  const keywordStamp = new Uint32Array(keywords.length);
  const runbookStamp = new Uint32Array(runbooks.length);
  const asciiChar = Array.from({ length: 128 }, (_, c) => byChar.get(c));
  let generation = 0;
  const match = (alert) => {
    const text = prepareAlertText(alert.text);
    generation = generation === 4294967295 ? 1 : generation + 1;
    if (generation === 1) {
      keywordStamp.fill(0);
      runbookStamp.fill(0);
    }
    const gen = generation;
    const candidates = [];
    const found = (bucket, at) => {
      for (const id of bucket) {
        if (keywordStamp[id] === gen) continue;
        const keyword = keywords[id];
        if (!text.startsWith(keyword.text, at)) continue;
        if (keyword.checkEnd && isAsciiAlnum(text.charCodeAt(at + keyword.text.length))) continue;
        keywordStamp[id] = gen;
        for (const r of keyword.triggers) {
          if (runbookStamp[r] === gen) continue;
          runbookStamp[r] = gen;
          candidates.push(r);
        }
      }
    };
    const n = text.length;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isAsciiAlnum(code)) {
        let end = i + 1;
        while (end < n && isAsciiAlnum(text.charCodeAt(end))) end++;
        if (byWord.size > 0) {
          const bucket = byWord.get(text.slice(i, end));
          if (bucket) found(bucket, i);
        }
        i = end;
      } else {
        const bucket = code < 128 ? asciiChar[code] : byChar.size > 0 ? byChar.get(code) : void 0;
        if (bucket) found(bucket, i);
        i++;
      }
    }
    for (const r of untriggered) candidates.push(r);
    const results = [];
    let serviceNameNormalized;
    for (const r of candidates) {
      const rb = compiled[r] ?? prepare(r);
      let count = 0;
      let length = 0;
      const matched = [];
      for (const t of rb.any) {
        if (keywordStamp[keywordIds.get(t.text)] !== gen) continue;
        matched.push(t.written);
        count++;
        length += t.text.length;
      }
      if (rb.any.length > 0 && count === 0) continue;
      if (rb.none.some((k) => hasKeyword(text, k))) continue;
      if (!rb.all.every((t) => hasKeyword(text, t.text))) continue;
      if (rb.serviceIds) {
        const service = alert.service;
        let ok = service?.id !== void 0 && rb.serviceIds.includes(service.id);
        if (!ok && service?.name !== void 0) {
          serviceNameNormalized ??= normalizeText(service.name);
          ok = rb.serviceNames.includes(serviceNameNormalized);
        }
        if (!ok) continue;
      }
      for (const t of rb.allExtra) {
        matched.push(t.written);
        count++;
        length += t.text.length;
      }
      if (rb.regex.length > 0) {
        let any = false;
        for (const { source, re } of rb.regex) {
          if (!re.test(text)) continue;
          any = true;
          matched.push(source);
          count++;
          length += source.length;
        }
        if (!any) continue;
      }
      results.push({
        id: rb.id,
        title: rb.title,
        score: matchScore(rb.priority, count, length),
        terms: matched
      });
    }
    return results.sort(compareMatches);
  };
  return { match, size: runbooks.length };
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export {
  regexRequiresSpaceByJapanese,
  normalizeText,
  matchScore,
  compareMatches,
  compileRuleRegex,
  isAsciiAlnum,
  hasKeyword,
  createMatcher
};
