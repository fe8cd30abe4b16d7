import {
  REGEX_CHECKER_VERSION
} from "./chunk-IRVDCPJQ.js";
import "./chunk-M7LR7W3O.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:fs/promises#src/runbooks/regex-cache.ts
var m = builtin("node:fs/promises");
var mkdir = m.mkdir;
var readFile = m.readFile;
var rename = m.rename;
var rm = m.rm;
var writeFile = m.writeFile;

// node-builtin:node:path#src/runbooks/regex-cache.ts
var m2 = builtin("node:path");
var regex_cache_default = m2;

// src/runbooks/regex-cache.ts
var REGEX_CACHE_FORMAT = "oncall-runbooks/regex-verdicts";
var MAX_REGEX_CACHE_BYTES = 8 * 1024 * 1024;
var MAX_REGEX_CACHE_ENTRIES = 2e4;
var keyOf = (pattern, flags) => `${flags}\0${pattern}`;
var RegexVerdictFile = class _RegexVerdictFile {
  constructor(file, stored) {
    this.file = file;
    this.stored = stored;
  }
  file;
  stored;
  used = /* @__PURE__ */ new Map();
  changed = false;
  /** Reads `file`; starts empty when it is missing, too large, malformed or from another checker version. */
  static async load(file) {
    return new _RegexVerdictFile(file, await readEntries(file));
  }
  /** How many verdicts were read from the file. */
  get size() {
    return this.stored.size;
  }
  get(pattern, flags) {
    const key = keyOf(pattern, flags);
    const entry = this.stored.get(key);
    if (!entry) return void 0;
    this.used.set(key, entry);
    return entry.finding ?? null;
  }
  set(pattern, flags, finding) {
    const key = keyOf(pattern, flags);
    const entry = { pattern, flags, ...finding ? { finding } : {} };
    this.used.set(key, entry);
    this.stored.set(key, entry);
    this.changed = true;
  }
  /**
   * Writes the file (through a temporary file and a rename) when a verdict was added; sorted, so the same verdicts
   * give the same bytes. Verdicts used in this run are kept first when there are more than the limit.
   */
  async save() {
    if (!this.changed) return;
    const kept = new Map(this.used);
    for (const [key, entry] of this.stored) {
      if (kept.size >= MAX_REGEX_CACHE_ENTRIES) break;
      kept.set(key, entry);
    }
    const verdicts = [...kept.values()].sort((a, b) => compare(a.flags, b.flags) || compare(a.pattern, b.pattern)).map((e) => ({ pattern: e.pattern, flags: e.flags, ...e.finding ? { finding: e.finding } : {} }));
    const json = `${JSON.stringify({ format: REGEX_CACHE_FORMAT, checker: REGEX_CHECKER_VERSION, verdicts }, null, 1)}
`;
    await mkdir(regex_cache_default.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await writeFile(temp, json, "utf8");
      await rename(temp, this.file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    this.changed = false;
  }
};
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function readEntries(file) {
  const entries = /* @__PURE__ */ new Map();
  let data;
  try {
    const text = await readFile(file, "utf8");
    if (text.length > MAX_REGEX_CACHE_BYTES) return entries;
    data = JSON.parse(text);
  } catch {
    return entries;
  }
  if (typeof data !== "object" || data === null) return entries;
  const { format, checker, verdicts } = data;
  if (format !== REGEX_CACHE_FORMAT || checker !== REGEX_CHECKER_VERSION || !Array.isArray(verdicts)) {
    return entries;
  }
  for (const item of verdicts.slice(0, MAX_REGEX_CACHE_ENTRIES)) {
    const entry = readEntry(item);
    if (entry) entries.set(keyOf(entry.pattern, entry.flags), entry);
  }
  return entries;
}
function readEntry(item) {
  if (typeof item !== "object" || item === null) return void 0;
  const { pattern, flags, finding } = item;
  if (typeof pattern !== "string" || typeof flags !== "string") return void 0;
  if (finding === void 0) return { pattern, flags };
  if (typeof finding !== "object" || finding === null) return void 0;
  const { severity, message } = finding;
  if (severity !== "error" && severity !== "warning" || typeof message !== "string") return void 0;
  return { pattern, flags, finding: { severity, message } };
}
export {
  MAX_REGEX_CACHE_BYTES,
  MAX_REGEX_CACHE_ENTRIES,
  REGEX_CACHE_FORMAT,
  RegexVerdictFile
};
