import {
  ConfigError
} from "./chunk-BYBTV2RS.js";

// src/runbooks/normalize.ts
var RAW_TEXT_LIMIT = 65536;
var MATCH_TEXT_LIMIT = 16384;
var NOT_PLAIN_ASCII = /[^\t\n\r -~]/;
var JAPANESE = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々`;
var JAPANESE_SPACING = String.raw`(?<=[${JAPANESE}])[ \t]+(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])[ \t]+(?=[${JAPANESE}])`;
var japaneseSpacing;
var japaneseSpacingPattern = () => japaneseSpacing ??= new RegExp(JAPANESE_SPACING, "gu");
var REQUIRED_SPACE_BY_JAPANESE = String.raw`(?:[\p{L}\p{N}]|\\[dw])(?: |\\s)\+?[${JAPANESE}]|[${JAPANESE}](?: |\\s)\+?(?:[\p{L}\p{N}]|\\[dw])`;
var requiredSpaceByJapanese;
var requiredSpacePattern = () => requiredSpaceByJapanese ??= new RegExp(REQUIRED_SPACE_BY_JAPANESE, "u");
function regexRequiresSpaceByJapanese(source) {
  return requiredSpacePattern().test(source);
}
function normalizeText(text) {
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKC").toLowerCase().replace(japaneseSpacingPattern(), "");
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
var FNV_OFFSET = 2166136261;
var FNV_PRIME = 16777619;
function bucketOf(text, start, end, bucketCount) {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0 & bucketCount - 1;
}
function keyEnd(text, start, end) {
  if (!isAsciiAlnum(text.charCodeAt(start))) return start + 1;
  let at = start + 1;
  while (at < end && isAsciiAlnum(text.charCodeAt(at))) at++;
  return at;
}
function triggerKeywords(runbook) {
  const out = [];
  for (const written of runbook.match.any) {
    const normalized = normalizeText(written);
    if (normalized !== "" && !out.includes(normalized)) out.push(normalized);
  }
  if (out.length > 0) return out;
  for (const written of runbook.match.all) {
    const normalized = normalizeText(written);
    if (normalized !== "" && !out.includes(normalized)) out.push(normalized);
  }
  return out;
}
function buildTriggerTable(runbooks) {
  const keywords = [];
  const ids = /* @__PURE__ */ new Map();
  const lists = [];
  const untriggered = [];
  for (let index = 0; index < runbooks.length; index++) {
    const runbook = runbooks[index];
    const triggers2 = triggerKeywords(runbook);
    for (const keyword of triggers2) {
      let id = ids.get(keyword);
      if (id === void 0) {
        id = keywords.length;
        ids.set(keyword, id);
        keywords.push(keyword);
        lists.push([]);
      }
      lists[id].push(index);
    }
    if (triggers2.length === 0 && runbook.match.regex.length > 0) untriggered.push(index);
  }
  const keywordEnds = [];
  const triggers = [];
  const triggerEnds = [];
  let length = 0;
  for (let id = 0; id < keywords.length; id++) {
    length += keywords[id].length;
    keywordEnds.push(length);
    for (const r of lists[id]) triggers.push(r);
    triggerEnds.push(triggers.length);
  }
  let bucketCount = 1;
  while (bucketCount * 2 < keywords.length) bucketCount *= 2;
  const byBucket = Array.from({ length: bucketCount }, () => []);
  for (let id = 0; id < keywords.length; id++) {
    const keyword = keywords[id];
    byBucket[bucketOf(keyword, 0, keyEnd(keyword, 0, keyword.length), bucketCount)].push(id);
  }
  const buckets = [];
  const bucketEnds = [];
  for (const bucket of byBucket) {
    for (const id of bucket) buckets.push(id);
    bucketEnds.push(buckets.length);
  }
  return {
    keywords: keywords.join(""),
    keywordEnds,
    triggers,
    triggerEnds,
    buckets,
    bucketEnds,
    untriggered
  };
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
  const compile = regexCompiler();
  for (const runbook of runbooks) for (const source of runbook.match.regex) compile(runbook, source);
  return matcherOver(
    { size: runbooks.length, table: buildTriggerTable(runbooks), runbook: (index) => runbooks[index] },
    compile
  );
}
function createTableMatcher(source) {
  return matcherOver(source, regexCompiler());
}
function regexCompiler() {
  const regexCache = /* @__PURE__ */ new Map();
  return (runbook, source) => {
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
}
function matcherOver(source, compile) {
  const { keywords, keywordEnds, triggers, triggerEnds, buckets, bucketEnds, untriggered } = source.table;
  const size = source.size;
  const keywordCount = keywordEnds.length;
  const bucketCount = bucketEnds.length;
  const compiled = new Array(size);
  const keywordTexts = new Array(keywordCount);
  const keywordAt = (id) => keywordTexts[id] ??= keywords.slice(id === 0 ? 0 : keywordEnds[id - 1], keywordEnds[id]);
  const keywordId = (text) => {
    const bucket = bucketOf(text, 0, keyEnd(text, 0, text.length), bucketCount);
    for (let j = bucket === 0 ? 0 : bucketEnds[bucket - 1]; j < bucketEnds[bucket]; j++) {
      if (keywordAt(buckets[j]) === text) return buckets[j];
    }
    return -1;
  };
  const triggersRunbook = (id, index) => {
    for (let i = id === 0 ? 0 : triggerEnds[id - 1]; i < triggerEnds[id]; i++) {
      if (triggers[i] === index) return true;
    }
    return false;
  };
  const check = (index, runbook, problem) => {
    for (const keyword of triggerKeywords(runbook)) {
      const id = keywordId(keyword);
      if (id === -1 || !triggersRunbook(id, index)) {
        problem(index, runbook, `its keyword ${JSON.stringify(keyword)} is not listed as triggering it`);
      }
    }
  };
  const prepare = (index) => {
    const runbook = source.runbook(index);
    if (source.tableProblem) check(index, runbook, source.tableProblem);
    const { match: match2 } = runbook;
    const any = terms(match2.any);
    const all = terms(match2.all);
    const regex = [];
    for (const pattern of match2.regex) {
      if (!regex.some((r) => r.source === pattern))
        regex.push({ source: pattern, re: compile(runbook, pattern) });
    }
    const prepared = {
      id: runbook.id,
      title: runbook.title,
      priority: runbook.priority,
      any,
      // Every `any` keyword triggers, so each has a number (checked above when the table was read from a file).
      anyIds: any.map((t) => keywordId(t.text)),
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
  const keywordStamp = new Uint32Array(keywordCount);
  const runbookStamp = new Uint32Array(size);
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
    const found = (at, end) => {
      const bucket = bucketOf(text, at, end, bucketCount);
      for (let j = bucket === 0 ? 0 : bucketEnds[bucket - 1]; j < bucketEnds[bucket]; j++) {
        const id = buckets[j];
        if (keywordStamp[id] === gen) continue;
        const keyword = keywordAt(id);
        if (!text.startsWith(keyword, at)) continue;
        if (isAsciiAlnum(keyword.charCodeAt(keyword.length - 1)) && isAsciiAlnum(text.charCodeAt(at + keyword.length)))
          continue;
        keywordStamp[id] = gen;
        for (let i = id === 0 ? 0 : triggerEnds[id - 1]; i < triggerEnds[id]; i++) {
          const r = triggers[i];
          if (runbookStamp[r] === gen) continue;
          runbookStamp[r] = gen;
          candidates.push(r);
        }
      }
    };
    if (keywordCount > 0) {
      const n = text.length;
      let i = 0;
      while (i < n) {
        const end = keyEnd(text, i, n);
        found(i, end);
        i = end;
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
      for (let k = 0; k < rb.any.length; k++) {
        const id = rb.anyIds[k];
        if (id === -1 || keywordStamp[id] !== gen) continue;
        const t = rb.any[k];
        matched.push(t.written);
        count++;
        length += t.text.length;
      }
      if (rb.any.length > 0 && count === 0) continue;
      if (rb.none.some((k) => hasKeyword(text, k))) continue;
      if (!rb.all.every((t) => hasKeyword(text, t.text))) continue;
      if (rb.serviceIds && !alert.anyService) {
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
        for (const { source: pattern, re } of rb.regex) {
          if (!re.test(text)) continue;
          any = true;
          matched.push(pattern);
          count++;
          length += pattern.length;
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
  return { match, size };
}

export {
  regexRequiresSpaceByJapanese,
  normalizeText,
  matchScore,
  compareMatches,
  compileRuleRegex,
  isAsciiAlnum,
  hasKeyword,
  bucketOf,
  triggerKeywords,
  buildTriggerTable,
  createMatcher,
  createTableMatcher
};
