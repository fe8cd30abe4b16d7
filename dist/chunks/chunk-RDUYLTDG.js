import {
  EVENT_ID,
  NOT_RESOLVED,
  SCALAR_STYLE,
  YAMLException,
  boolCoreTag,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  nullCoreTag,
  parseEvents
} from "./chunk-55ZDFV63.js";
import {
  DURATION_PATTERN,
  GROUP_WITHIN_RANGE,
  REMIND_AFTER_RANGE,
  formatDuration,
  parseDurationSeconds
} from "./chunk-7U377EUR.js";
import {
  RegexSafetyChecker
} from "./chunk-IRVDCPJQ.js";
import {
  ALWAYS_SENT_INPUTS,
  DEFAULT_WORKFLOWS_DIR,
  INPUT_NAME_PATTERN,
  MAX_DIAGNOSE_WORKFLOWS,
  MAX_INPUT_VALUE_CHARS,
  MAX_RUNBOOK_INPUTS,
  MAX_WORKFLOW_FILE_BYTES,
  WORKFLOW_FILE_PATTERN,
  isAlwaysSent,
  toIndexed
} from "./chunk-DTQ542JL.js";
import {
  createMatcher,
  normalizeText,
  regexRequiresSpaceByJapanese
} from "./chunk-M7LR7W3O.js";
import {
  didYouMean
} from "./chunk-GCNY4AAF.js";
import {
  readAlert
} from "./chunk-QB6QIQAD.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";

// node-builtin:node:fs#src/runbooks/validate.ts
var m = builtin("node:fs");
var closeSync = m.closeSync;
var constants = m.constants;
var existsSync = m.existsSync;
var fstatSync = m.fstatSync;
var lstatSync = m.lstatSync;
var openSync = m.openSync;
var readFileSync = m.readFileSync;
var readSync = m.readSync;

// node-builtin:node:fs/promises#src/runbooks/validate.ts
var m2 = builtin("node:fs/promises");
var readdir = m2.readdir;
var realpath = m2.realpath;
var stat = m2.stat;

// node-builtin:node:path#src/runbooks/validate.ts
var m3 = builtin("node:path");
var validate_default = m3;

// node-builtin:node:path#src/runbooks/markdown.ts
var m4 = builtin("node:path");
var markdown_default = m4;

// src/runbooks/markdown.ts
var REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/;
var SCHEME = /^[a-z][a-z0-9+.-]*:/i;
var parser;
function loadParser() {
  parser ??= import("./markdown-it-5RVVA6JM.js").then((loaded) => {
    const create = loaded.default ?? loaded;
    return create({ html: true });
  });
  return parser;
}
async function parse(markdown) {
  const md = await loadParser();
  const env = {};
  const tokens = md.parse(markdown, env);
  return { tokens, references: env.references ?? {}, lines: markdown.split(/\r\n|\r|\n/) };
}
function linksOf({ tokens, references, lines }) {
  const links = [];
  const covered = new Array(lines.length).fill(false);
  const referenceHrefs = new Set(Object.values(references).map((r) => r.href));
  for (const token of tokens) {
    if (token.map) for (let l = token.map[0]; l < token.map[1]; l++) covered[l] = true;
    if (token.type !== "inline" || !token.map || !token.children) continue;
    const written = writtenDestinations(lines, token.map[0], token.map[1]);
    const used = /* @__PURE__ */ new Set();
    for (const child of token.children) {
      const kind = child.type === "image" ? "image" : child.type === "link_open" ? "link" : void 0;
      if (!kind) continue;
      const href = String(child.attrGet(kind === "image" ? "src" : "href") ?? "");
      const found = written.findIndex((w, i) => !used.has(i) && sameDestination(w.target, href));
      if (found >= 0) {
        const w = written[found];
        used.add(found);
        links.push({ target: w.target, kind, line: w.line, column: w.column });
      } else if (!referenceHrefs.has(href)) {
        links.push({ target: href, kind, line: token.map[0] + 1, column: 1 });
      }
    }
  }
  lines.forEach((line, index) => {
    if (covered[index]) return;
    const definition = REFERENCE_DEFINITION.exec(line);
    if (!definition) return;
    const raw = definition[1];
    const angled = raw.startsWith("<");
    const target = angled ? raw.slice(1, -1) : raw;
    if (![...referenceHrefs].some((href) => sameDestination(target, href))) return;
    const start = definition.index + definition[0].length - raw.length;
    links.push({ target, kind: "reference", line: index + 1, column: start + (angled ? 2 : 1) });
  });
  return links.sort((a, b) => a.line - b.line || a.column - b.column);
}
function sameDestination(written, href) {
  if (written === href) return true;
  try {
    return decodeURI(href) === written || encodeURI(written) === href || decodeURI(href) === decodeURI(written);
  } catch {
    return false;
  }
}
function writtenDestinations(lines, from, to) {
  const out = [];
  for (let index = from; index < to && index < lines.length; index++) {
    const line = blankCodeSpans(lines[index]);
    let at = 0;
    for (; ; ) {
      const close = line.indexOf("](", at);
      if (close < 0) break;
      at = close + 2;
      const destination = readDestination(line, close + 2);
      if (!destination) continue;
      out.push({
        target: destination.target,
        kind: isImage(line, close) ? "image" : "link",
        line: index + 1,
        column: destination.start + 1
      });
      at = destination.end;
    }
  }
  return out;
}
function blankCodeSpans(line) {
  if (!line.includes("`")) return line;
  let out = "";
  let i = 0;
  while (i < line.length) {
    if (line[i] !== "`") {
      out += line[i];
      i++;
      continue;
    }
    let ticks = 0;
    while (line[i + ticks] === "`") ticks++;
    const fence = "`".repeat(ticks);
    const close = line.indexOf(fence, i + ticks);
    if (close < 0) {
      out += fence;
      i += ticks;
      continue;
    }
    out += " ".repeat(close + ticks - i);
    i = close + ticks;
  }
  return out;
}
function isImage(line, closeAt) {
  let depth = 0;
  for (let i = closeAt - 1; i >= 0; i--) {
    const c = line[i];
    if (c === "]") depth++;
    else if (c === "[") {
      if (depth === 0) return line[i - 1] === "!";
      depth--;
    }
  }
  return false;
}
function readDestination(line, start) {
  let i = start;
  while (line[i] === " " || line[i] === "	") i++;
  if (line[i] === "<") {
    const close = line.indexOf(">", i + 1);
    if (close < 0) return void 0;
    return { target: line.slice(i + 1, close), start: i + 1, end: close + 1 };
  }
  const begin = i;
  let depth = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === " " || c === "	") break;
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) break;
      depth--;
    }
  }
  if (i === begin) return void 0;
  return { target: line.slice(begin, i), start: begin, end: i };
}
function relativeLinkPath(target) {
  const trimmed = target.trim();
  if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("//") || SCHEME.test(trimmed))
    return void 0;
  const withoutFragment = trimmed.replace(/[#?].*$/, "");
  if (withoutFragment === "") return void 0;
  const unescaped = withoutFragment.replace(/\\(.)/g, "$1");
  try {
    return decodeURIComponent(unescaped);
  } catch {
    return unescaped;
  }
}
function headingSlugs(texts) {
  const seen = /* @__PURE__ */ new Map();
  return texts.map((text) => {
    const base = text.toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    let slug = base;
    let count = seen.get(base) ?? 0;
    while (seen.has(slug)) slug = `${base}-${++count}`;
    seen.set(base, count);
    seen.set(slug, seen.get(slug) ?? 0);
    return slug;
  });
}
function anchorsOf({ tokens }) {
  const headings = [];
  const anchors = /* @__PURE__ */ new Set();
  const htmlIds = (html) => {
    for (const m5 of html.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/gi)) anchors.add(m5[1]);
  };
  tokens.forEach((token, i) => {
    if (token.type === "heading_open") {
      const inline = tokens[i + 1];
      headings.push(
        (inline?.children ?? []).filter((c) => c.type === "text" || c.type === "code_inline").map((c) => c.content).join("")
      );
    }
    if (token.type === "html_block") htmlIds(token.content);
    for (const child of token.children ?? []) if (child.type === "html_inline") htmlIds(child.content);
  });
  for (const slug of headingSlugs(headings)) anchors.add(slug);
  return anchors;
}
function fragmentOf(target) {
  const hash = target.indexOf("#");
  if (hash < 0 || hash === target.length - 1) return void 0;
  const fragment = target.slice(hash + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
function hasAnchor(anchors, fragment) {
  return anchors.has(fragment) || anchors.has(fragment.toLowerCase());
}
async function findBrokenLinks(markdown, file, root, exists, readMarkdown, anchorCache = /* @__PURE__ */ new Map()) {
  const document = await parse(markdown);
  anchorCache.set(file, anchorsOf(document));
  const anchorsIn = async (absolute) => {
    if (!anchorCache.has(absolute)) {
      const text = readMarkdown?.(absolute);
      anchorCache.set(absolute, text === void 0 ? void 0 : anchorsOf(await parse(text)));
    }
    return anchorCache.get(absolute);
  };
  const broken = [];
  for (const link of linksOf(document)) {
    const trimmed = link.target.trim();
    const fragment = fragmentOf(trimmed);
    const sameDocument = trimmed.startsWith("#");
    const target = relativeLinkPath(link.target);
    if (target === void 0 && !sameDocument) continue;
    const absolute = target === void 0 ? file : target.startsWith("/") ? markdown_default.join(root, target) : markdown_default.resolve(markdown_default.dirname(file), target);
    const resolved = toPosix(markdown_default.relative(root, absolute));
    const what = link.kind === "image" ? "image" : "link";
    if (target !== void 0 && !exists(absolute)) {
      broken.push({
        line: link.line,
        column: link.column,
        target: link.target,
        resolved,
        message: `broken ${what}: "${link.target}" points to ${resolved}, which does not exist. Fix the path (relative to this file) or add the file.`
      });
      continue;
    }
    if (fragment === void 0 || !/\.(md|markdown)$/i.test(absolute)) continue;
    const anchors = await anchorsIn(absolute);
    if (!anchors || hasAnchor(anchors, fragment)) continue;
    const known = [...anchors].slice(0, 8).map((a) => `#${a}`);
    broken.push({
      line: link.line,
      column: link.column,
      target: link.target,
      resolved,
      message: `broken anchor: "${link.target}" names "#${fragment}", which is no heading of ${resolved}` + (known.length > 0 ? ` (its anchors include ${known.join(", ")})` : " (it has no headings)") + '. Fix the anchor to match the heading (lower case, spaces as "-") or restore the heading.'
    });
  }
  return broken;
}
function toPosix(p) {
  return p.split(markdown_default.sep).join("/");
}

// src/runbooks/generic-phrases.ts
var GENERIC_WORDS = new Set(
  // What is measured or affected.
  "disk disks cpu cpus memory mem ram swap ssl tls certificate certificates cert certs connection connections network host hosts node nodes pod pods container containers service services server servers database db api http https request requests response responses latency load traffic usage utilization utilisation space storage volume volumes filesystem file files system instance instances process processes job jobs queue queues port socket dns cluster application app web website site endpoint health check status io iops bandwidth throughput performance resource resources limit threshold metric metrics high low error errors failed failure failures fail failing refused timeout timeouts timed out slow down up unavailable unreachable unhealthy issue issues problem problems warning critical alert alarm detected abnormal anomaly increase increased decrease spike rate count percent used is are the a an on of in at to for with".split(" ")
);
var GENERIC_JAPANESE = "\u30C7\u30A3\u30B9\u30AF \u4F7F\u7528\u7387 \u4F7F\u7528\u91CF \u5BB9\u91CF \u30E1\u30E2\u30EA \u30E1\u30E2\u30EA\u30FC \u63A5\u7D9A \u30A8\u30E9\u30FC \u969C\u5BB3 \u8B66\u544A \u30A2\u30E9\u30FC\u30C8 \u8A3C\u660E\u66F8 \u9AD8\u8CA0\u8377 \u8CA0\u8377 \u30B5\u30FC\u30D0\u30FC \u30B5\u30FC\u30D0 \u30CD\u30C3\u30C8\u30EF\u30FC\u30AF \u30BF\u30A4\u30E0\u30A2\u30A6\u30C8 \u9045\u5EF6 \u9AD8\u3044 \u4F4E\u3044 \u304C \u306E \u3092 \u306B \u3067 \u306F".split(" ").map(normalizeText);
var PLAIN_WORDS = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;
var INNER_CAPITAL = new RegExp("\\p{Ll}\\p{Lu}", "u");
var LATIN_WORD = /[a-z0-9]+/g;
function genericPhrase(keyword) {
  const written = keyword.trim().replace(/\s+/g, " ");
  if (!PLAIN_WORDS.test(written) || INNER_CAPITAL.test(written)) return void 0;
  const normalized = normalizeText(written);
  const latin = normalized.match(LATIN_WORD) ?? [];
  if (!latin.every((w) => GENERIC_WORDS.has(w))) return void 0;
  let rest = normalized.replace(LATIN_WORD, " ");
  const japanese = [];
  for (const term of [...GENERIC_JAPANESE].sort((a, b) => b.length - a.length)) {
    if (rest.includes(term)) {
      japanese.push(term);
      rest = rest.split(term).join(" ");
    }
  }
  if (rest.trim() !== "") return void 0;
  const words = [...latin, ...japanese];
  return words.length >= 2 ? words : void 0;
}

// src/runbooks/shadow-index.ts
var KEYWORD = "k\0";
var REGEX = "r\0";
function firstCovering(rules, covers2) {
  const order = rules.map((_, i) => i).sort((x, y) => rules[y].priority - rules[x].priority || x - y);
  const rank = new Int32Array(rules.length);
  order.forEach((ruleIndex, position) => rank[ruleIndex] = position);
  const frequency = /* @__PURE__ */ new Map();
  const count = (key) => frequency.set(key, (frequency.get(key) ?? 0) + 1);
  for (const r of rules) {
    for (const k of /* @__PURE__ */ new Set([...r.required, ...r.any])) count(KEYWORD + k);
    for (const source of r.regex) count(REGEX + source);
  }
  const cost = (keys) => keys.reduce((sum, key) => sum + (frequency.get(key) ?? 0), 0);
  const byKey = /* @__PURE__ */ new Map();
  const everywhere = [];
  rules.forEach((r, index) => {
    const routes = [];
    if (r.all.size > 0) {
      const keys = [...r.all].map((k) => KEYWORD + k);
      routes.push([keys.reduce((best, key) => cost([key]) < cost([best]) ? key : best)]);
    }
    if (r.any.size > 0) routes.push([...r.any].map((k) => KEYWORD + k));
    if (r.regex.size > 0) routes.push([...r.regex].map((source) => REGEX + source));
    if (routes.length === 0) {
      everywhere.push(index);
      return;
    }
    const cheapest = routes.reduce((best, route) => cost(route) < cost(best) ? route : best);
    for (const key of cheapest) {
      const list = byKey.get(key);
      if (list) list.push(index);
      else byKey.set(key, [index]);
    }
  });
  const seen = new Int32Array(rules.length).fill(-1);
  return rules.map((b, bIndex) => {
    let best = -1;
    const consider = (aIndex) => {
      if (seen[aIndex] === bIndex) return;
      seen[aIndex] = bIndex;
      const a = rules[aIndex];
      if (a.priority <= b.priority) return;
      if (best !== -1 && rank[aIndex] > rank[best]) return;
      if (covers2(a, b)) best = aIndex;
    };
    const lookUp = (key) => byKey.get(key)?.forEach(consider);
    for (const k of b.required) lookUp(KEYWORD + k);
    for (const k of b.any) lookUp(KEYWORD + k);
    for (const source of b.regex) lookUp(REGEX + source);
    everywhere.forEach(consider);
    return best === -1 ? void 0 : rules[best];
  });
}

// src/runbooks/yaml.ts
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MAX_DEPTH = 32;
var STRING_TAGS = /* @__PURE__ */ new Set(["!", "!!str", "!<tag:yaml.org,2002:str>"]);
var LineIndex = class {
  starts = [0];
  constructor(source) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || c === 13 && source.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.max(0, offset - this.starts[lo]) + 1 };
  }
};
function resolvePlain(text) {
  for (const tag of [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag]) {
    const first = text.charAt(0);
    if (tag.implicitFirstChars && !tag.implicitFirstChars.includes(first)) continue;
    const value = tag.resolve(text, false, tag.tagName);
    if (value !== NOT_RESOLVED) return value;
  }
  return text;
}
function describeTag(tag) {
  return tag.startsWith("!<") ? tag : JSON.stringify(tag).slice(1, -1);
}
function parseYaml(source) {
  const problems = [];
  const lines = new LineIndex(source);
  let events;
  try {
    events = parseEvents(source, { maxDepth: MAX_DEPTH });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      problems.push({
        line: (mark?.line ?? 0) + 1,
        column: (mark?.column ?? 0) + 1,
        message: reservedIndicatorMessage(source, mark?.position) ?? `YAML syntax error: ${error.reason}. Check the indentation and quoting on this line or the one before.`
      });
    } else {
      problems.push({ line: 1, column: 1, message: `YAML could not be read: ${String(error)}` });
    }
    return { root: null, problems };
  }
  const builder = new TreeBuilder(source, events, lines, problems);
  const root = builder.build();
  return { root, problems };
}
function reservedIndicatorMessage(source, position) {
  if (position === void 0) return void 0;
  const indicator = source[position];
  if (indicator !== "@" && indicator !== "`") return void 0;
  const before = source.slice(source.lastIndexOf("\n", position - 1) + 1, position).trimEnd();
  if (before !== "" && !/[:\-[,{?]$/.test(before)) return void 0;
  const value = /^[^\n,\]}#]*/.exec(source.slice(position))[0].trimEnd();
  const quoted = `'${value.replace(/'/g, "''")}'`;
  return `value ${JSON.stringify(value)} begins with "${indicator}", which YAML reserves: values that begin with @ or \` must be quoted. Write ${quoted}.`;
}
var TreeBuilder = class {
  constructor(source, events, lines, problems) {
    this.source = source;
    this.events = events;
    this.lines = lines;
    this.problems = problems;
  }
  source;
  events;
  lines;
  problems;
  i = 0;
  anchors = 0;
  aliases = 0;
  firstAnchor;
  firstAlias;
  build() {
    const documents = this.events.filter((e) => e.type === EVENT_ID.DOCUMENT).length;
    if (documents === 0) return null;
    this.i = 1;
    const first = this.events[this.i];
    const root = first && first.type !== EVENT_ID.POP ? this.node("") : null;
    if (documents > 1) {
      const second = this.events.findIndex((e, index) => index > 0 && e.type === EVENT_ID.DOCUMENT);
      const content = this.events[second + 1];
      const where = content ? this.eventPosition(content) : this.lines.position(this.source.length);
      this.problems.push({
        ...where,
        message: `expected one YAML document per runbook file, found ${documents}. Remove the "---" separator and move the second runbook into its own file.`
      });
    }
    const more = (count, what) => count > 1 ? ` and ${count - 1} more ${what}` : "";
    if (this.firstAnchor) {
      const { position, name, path } = this.firstAnchor;
      this.problems.push({
        ...position,
        message: `YAML anchors are not allowed in runbook files, found "&${name}"${more(this.anchors, "anchor(s)")}. Write each value out in full.`,
        ...path ? { path } : {}
      });
    }
    if (this.firstAlias) {
      const { position, name, path } = this.firstAlias;
      this.problems.push({
        ...position,
        message: `YAML aliases are not allowed in runbook files, found "*${name}"${more(this.aliases, "alias(es)")}. Write the value out in full.`,
        ...path ? { path } : {}
      });
    }
    return root;
  }
  eventPosition(event) {
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        if (event.tagStart >= 0) return this.lines.position(event.tagStart);
        if (event.anchorStart >= 0) return this.lines.position(Math.max(0, event.anchorStart - 1));
        const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        return this.lines.position(quoted ? Math.max(0, event.valueStart - 1) : event.valueStart);
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return this.lines.position(event.start);
      case EVENT_ID.ALIAS:
        return this.lines.position(Math.max(0, event.anchorStart - 1));
      default:
        return { line: 1, column: 1 };
    }
  }
  /** Reads the node starting at `this.i` and leaves `this.i` just after it (after its POP for collections). */
  node(path) {
    const event = this.events[this.i++];
    if (event.type === EVENT_ID.ALIAS) {
      this.aliases++;
      const name = this.source.slice(event.anchorStart, event.anchorEnd);
      this.firstAlias ??= { position: this.eventPosition(event), name, path };
      return { kind: "rejected", ...this.eventPosition(event) };
    }
    if (event.type !== EVENT_ID.SCALAR && event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) {
      return { kind: "rejected", line: 1, column: 1 };
    }
    const position = this.eventPosition(event);
    if (event.anchorStart >= 0) {
      this.anchors++;
      const name = this.source.slice(event.anchorStart, event.anchorEnd);
      this.firstAnchor ??= { position: this.lines.position(Math.max(0, event.anchorStart - 1)), name, path };
    }
    let rejectedTag = false;
    if (event.tagStart >= 0) {
      const tag = this.source.slice(event.tagStart, event.tagEnd);
      if (event.type !== EVENT_ID.SCALAR || !STRING_TAGS.has(tag)) {
        rejectedTag = true;
        this.problems.push({
          ...this.lines.position(event.tagStart),
          message: `YAML tag "${describeTag(tag)}" is not allowed in runbook files: use plain strings, numbers, lists and mappings (only "!!str" is accepted).`,
          ...path ? { path } : {}
        });
      }
    }
    if (event.type === EVENT_ID.SCALAR) {
      if (rejectedTag) return { kind: "rejected", ...position };
      return { kind: "scalar", ...position, ...this.scalar(event) };
    }
    const result = event.type === EVENT_ID.MAPPING ? this.mapping(position, path) : this.sequence(position, path);
    return rejectedTag ? { kind: "rejected", ...position } : result;
  }
  scalar(event) {
    const text = getScalarValue(this.source, event);
    if (event.style === SCALAR_STYLE.PLAIN && event.tagStart < 0)
      return { value: resolvePlain(text), quoted: false };
    return { value: text, quoted: true };
  }
  sequence(position, path) {
    const items = [];
    while (this.i < this.events.length && this.events[this.i].type !== EVENT_ID.POP) {
      items.push(this.node(`${path}[${items.length}]`));
    }
    this.i++;
    return { kind: "sequence", ...position, items };
  }
  mapping(position, path) {
    const entries = /* @__PURE__ */ new Map();
    while (this.i < this.events.length && this.events[this.i].type !== EVENT_ID.POP) {
      const keyEvent = this.events[this.i];
      const keyNode = this.node(path);
      const keyPosition = { line: keyNode.line, column: keyNode.column };
      const key = this.keyText(keyEvent, keyNode, path);
      const childPath = key === void 0 ? path : path ? `${path}.${key}` : key;
      const value = this.node(childPath);
      if (key === void 0) continue;
      const existing = entries.get(key);
      if (existing) {
        this.problems.push({
          ...keyPosition,
          message: `duplicate key "${key}" (first defined at line ${existing.keyPosition.line}). YAML keys must be unique: keep one of them.`,
          path: childPath
        });
        continue;
      }
      entries.set(key, { key, keyPosition, value });
    }
    this.i++;
    return { kind: "mapping", ...position, entries };
  }
  /** The key as text, or undefined (after reporting why) when it cannot be a runbook key. */
  keyText(event, node, path) {
    if (node.kind === "rejected") return void 0;
    const where = { line: node.line, column: node.column, ...path ? { path } : {} };
    if (node.kind !== "scalar" || event.type !== EVENT_ID.SCALAR) {
      this.problems.push({
        ...where,
        message: `mapping keys must be plain words, found a ${node.kind === "mapping" ? "mapping" : "list"} used as a key.`
      });
      return void 0;
    }
    const text = getScalarValue(this.source, event);
    if (text === "<<" && event.style === SCALAR_STYLE.PLAIN) {
      this.problems.push({
        ...where,
        message: 'YAML merge keys ("<<") are not allowed in runbook files. Write the keys out in full.'
      });
      return void 0;
    }
    if (FORBIDDEN_KEYS.has(text)) {
      this.problems.push({
        ...where,
        message: `key "${text}" is not allowed: it is reserved in JavaScript objects. Remove it.`
      });
      return void 0;
    }
    return text;
  }
};
function describeKind(node) {
  if (node.kind === "sequence") return "a list";
  if (node.kind === "mapping") return "a mapping";
  if (node.kind === "rejected") return "an unusable value";
  const v = node.value;
  if (v === null) return "nothing (null)";
  if (typeof v === "string") return "a string";
  if (typeof v === "number") return Number.isInteger(v) ? "a number" : "a decimal number";
  return "a boolean";
}
function describeFound(node) {
  if (node.kind !== "scalar" || node.value === null) return describeKind(node);
  const shown = typeof node.value === "string" ? JSON.stringify(truncate(node.value, 60)) : String(node.value);
  return `${shown} (${describeKind(node)})`;
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

// src/runbooks/schema.ts
var ID_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
var MATCH_FIELDS = [
  {
    key: "any",
    type: "string-list",
    description: "Keywords; at least one must appear in the alert text.",
    examples: [["MysqlTooManyConnections", "too many connections", "ERROR 1040"]]
  },
  { key: "all", type: "string-list", description: "Keywords that must all appear.", examples: [["mysql"]] },
  {
    key: "none",
    type: "string-list",
    description: "Keywords none of which may appear.",
    examples: [["staging"]]
  },
  {
    key: "regex",
    type: "string-list",
    description: "JavaScript regular expressions (case-insensitive, Unicode); at least one must match when given. No backreferences or lookaround, at most 256 characters, no catastrophic backtracking.",
    maxItemLength: 256,
    examples: [["max_connections\\s*=\\s*\\d+"]]
  },
  {
    key: "services",
    type: "string-list",
    description: "PagerDuty service names or IDs the alert must come from; empty or absent = any service.",
    examples: [["checkout-db"]]
  }
];
var TESTS_FIELDS = [
  {
    key: "match",
    type: "string-list",
    description: "Alert texts this runbook must match (checked by `oncall validate` with the runtime matcher)."
  },
  { key: "no_match", type: "string-list", description: "Alert texts this runbook must not match." }
];
var RUNBOOK_FIELDS = [
  {
    key: "id",
    type: "string",
    required: true,
    description: "Unique id, lowercase kebab-case; the file must be named `<id>.yml`.",
    pattern: {
      source: ID_PATTERN,
      hint: 'lowercase letters, digits and single hyphens, e.g. "mysql-too-many-connections"'
    },
    examples: ["mysql-too-many-connections"]
  },
  {
    key: "title",
    type: "string",
    required: true,
    description: "One line shown in Slack next to the alert.",
    examples: ["MySQL refuses new connections"]
  },
  {
    key: "doc",
    type: "string",
    description: "Markdown document, relative to the runbooks directory (at least one of doc and url).",
    examples: ["mysql-too-many-connections.md"]
  },
  {
    key: "url",
    type: "string",
    description: "External page, http(s) (at least one of doc and url).",
    pattern: { source: "^https?://\\S+$", hint: "an http:// or https:// address without spaces" },
    examples: ["https://wiki.example.com/db/conn"]
  },
  {
    key: "owner",
    type: "string",
    description: "Owning team or person, shown in Slack.",
    examples: ["@dba-team"]
  },
  {
    key: "priority",
    type: "integer",
    // The matcher's score is priority × 1e6 plus evidence: beyond ±1e6 it would stop ranking exactly.
    minimum: -1e6,
    maximum: 1e6,
    description: "Higher wins when several runbooks match.",
    default: 0
  },
  {
    key: "escalate_to",
    type: "integer",
    minimum: 1,
    description: "Escalation level the alert path escalates to for this runbook.",
    examples: [2]
  },
  {
    key: "slack_channel",
    type: "string",
    description: "Slack channel ID the alert path posts matching incidents to, instead of the workflow's channel.",
    pattern: {
      source: "^[CG][A-Z0-9]{2,}$",
      hint: "a Slack channel ID such as C0123ABCD (channel details \u2192 About \u2192 Channel ID), not a #name"
    },
    examples: ["C0123ABCD"]
  },
  {
    key: "remind_after",
    type: "string",
    description: "Remind the thread when nobody has acknowledged an incident this long after it was triggered (a number and s, m or h; 1m to 24h).",
    pattern: {
      source: DURATION_PATTERN,
      hint: 'a duration such as "5m" (a whole number and s, m or h)'
    },
    examples: ["5m"]
  },
  {
    key: "group_within",
    type: "string",
    description: "Post a matching incident as a reply in the thread of this runbook's open incident posted at most this long before (an alert storm); off when absent (1m to 1h).",
    pattern: {
      source: DURATION_PATTERN,
      hint: 'a duration such as "10m" (a whole number and s, m or h)'
    },
    examples: ["10m"]
  },
  {
    key: "diagnose",
    type: "mapping-list",
    maxItems: MAX_DIAGNOSE_WORKFLOWS,
    description: "Diagnostic workflows (files under .github/workflows/ with a workflow_dispatch trigger) the alert path dispatches once when a matching incident is triggered, with the inputs incident_id, labels and channel plus those given here.",
    fields: [
      {
        key: "workflow",
        type: "string",
        required: true,
        description: "Workflow file name under .github/workflows/.",
        pattern: {
          source: WORKFLOW_FILE_PATTERN,
          hint: 'a workflow file name under .github/workflows/ such as "diagnose-mysql.yml" (no directory)'
        },
        examples: ["diagnose-mysql.yml"]
      },
      {
        key: "inputs",
        type: "string-map",
        maxKeys: MAX_RUNBOOK_INPUTS,
        maxItemLength: MAX_INPUT_VALUE_CHARS,
        keyPattern: {
          source: INPUT_NAME_PATTERN,
          hint: 'an input name: a letter or "_" first, then letters, digits, "-" or "_"'
        },
        description: "Fixed inputs for the workflow (text; numbers and booleans are sent as text). incident_id, labels and channel are always sent and cannot be set here.",
        examples: [{ database: "checkout-db" }]
      }
    ],
    examples: [[{ workflow: "diagnose-mysql.yml", inputs: { database: "checkout-db" } }]]
  },
  {
    key: "match",
    type: "mapping",
    required: true,
    description: "When this runbook applies: every condition given must hold.",
    fields: MATCH_FIELDS,
    requireOneOf: { keys: ["any", "all", "regex"], hint: "a rule needs something to look for" }
  },
  {
    key: "tests",
    type: "mapping",
    description: "Alert texts checked by `oncall validate`.",
    fields: TESTS_FIELDS
  }
];
var RUNBOOK_SPEC = {
  key: "",
  type: "mapping",
  description: "A runbook: one per file, runbooks/<id>.yml.",
  fields: RUNBOOK_FIELDS,
  requireOneOf: { keys: ["doc", "url"], hint: "responders need something to read" }
};
function checkRunbookShape(root) {
  const problems = [];
  if (root === null) {
    problems.push({
      line: 1,
      column: 1,
      message: `the file is empty: expected a runbook mapping with at least ${RUNBOOK_FIELDS.filter(
        (f) => f.required
      ).map((f) => `"${f.key}"`).join(", ")}.`
    });
    return { shape: { complete: false }, problems };
  }
  if (root.kind === "rejected") return { shape: { complete: false }, problems };
  if (root.kind !== "mapping") {
    problems.push({
      line: root.line,
      column: root.column,
      message: `a runbook file must be a YAML mapping of keys (id:, title:, match: \u2026), found ${describeFound(root)}.`
    });
    return { shape: { complete: false }, problems };
  }
  const top = checkMapping(root, RUNBOOK_SPEC, "", problems);
  const str = (key) => top.get(key);
  const num = (key) => top.get(key);
  const shape = { complete: problems.length === 0 };
  const assign = (key, value) => {
    if (value !== void 0) shape[key] = value;
  };
  assign("id", str("id"));
  assign("title", str("title"));
  assign("doc", str("doc"));
  assign("url", str("url"));
  assign("owner", str("owner"));
  assign("priority", num("priority"));
  assign("escalateTo", num("escalate_to"));
  assign("slackChannel", str("slack_channel"));
  assign("remindAfter", str("remind_after"));
  assign("groupWithin", str("group_within"));
  const match = top.get("match");
  if (match) {
    const list = (key) => match.value.get(key)?.value ?? [];
    shape.match = {
      line: match.line,
      column: match.column,
      value: {
        any: list("any"),
        all: list("all"),
        none: list("none"),
        regex: list("regex"),
        services: list("services")
      }
    };
  }
  const tests = top.get("tests");
  if (tests) {
    const list = (key) => tests.value.get(key)?.value ?? [];
    shape.tests = {
      line: tests.line,
      column: tests.column,
      value: { match: list("match"), noMatch: list("no_match") }
    };
  }
  const diagnose = top.get("diagnose");
  if (diagnose) shape.diagnose = { ...diagnose, value: diagnose.value.map(diagnoseEntry) };
  return { shape, problems };
}
function diagnoseEntry(entry) {
  const workflow = entry.value.get("workflow");
  const inputs = entry.value.get("inputs");
  return {
    line: entry.line,
    column: entry.column,
    value: {
      ...workflow ? { workflow } : {},
      inputs: [...inputs?.value ?? /* @__PURE__ */ new Map()].map(([name, value]) => ({
        name,
        value
      }))
    }
  };
}
var ALL_KEYS_BY_PARENT = new Map(
  RUNBOOK_FIELDS.flatMap(
    (parent) => (parent.fields ?? []).map((child) => [child.key, `${parent.key}.${child.key}`])
  )
);
function join(path, key) {
  return path ? `${path}.${key}` : key;
}
function checkMapping(node, spec, path, problems, anchor = node) {
  const fields = spec.fields ?? [];
  const known = new Map(fields.map((f) => [f.key, f]));
  const values = /* @__PURE__ */ new Map();
  const where = path ? `"${path}"` : "a runbook";
  for (const [key, entry] of node.entries) {
    const field = known.get(key);
    const childPath = join(path, key);
    if (!field) {
      const hint = didYouMean(key, [...known.keys()]);
      const elsewhere = path === "" ? ALL_KEYS_BY_PARENT.get(key) : void 0;
      const suggestion = hint ? ` Did you mean "${join(path, hint)}"?` : elsewhere ? ` Did you mean "${elsewhere}" (indented under "${elsewhere.split(".")[0]}:")?` : "";
      problems.push({
        ...entry.keyPosition,
        path: childPath,
        message: `unknown key "${key}" in ${where}.${suggestion} Allowed keys: ${[...known.keys()].join(", ")}.`
      });
      continue;
    }
    const value = checkValue(entry.value, field, childPath, problems, entry.keyPosition);
    if (value !== void 0) values.set(key, value);
  }
  for (const field of fields) {
    if (field.required && !node.entries.has(field.key)) {
      problems.push({
        line: anchor.line,
        column: anchor.column,
        ...path ? { path } : {},
        message: `missing required key "${join(path, field.key)}" (${lowerFirst(field.description).replace(/\.$/, "")}).`
      });
    }
  }
  if (spec.requireOneOf && !spec.requireOneOf.keys.some((k) => node.entries.has(k))) {
    const keys = spec.requireOneOf.keys.map((k) => `"${join(path, k)}"`);
    problems.push({
      line: anchor.line,
      column: anchor.column,
      ...path ? { path } : {},
      message: `${where} needs at least one of ${keys.slice(0, -1).join(", ")} or ${keys.at(-1)} (${spec.requireOneOf.hint}), found none.`
    });
  }
  return values;
}
var compiledPatterns = /* @__PURE__ */ new Map();
function compiledPattern(source) {
  let re = compiledPatterns.get(source);
  if (!re) {
    re = new RegExp(source);
    compiledPatterns.set(source, re);
  }
  return re;
}
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
function checkValue(node, field, path, problems, keyPosition) {
  if (node.kind === "rejected") return void 0;
  const at = { line: node.line, column: node.column, path };
  switch (field.type) {
    case "string": {
      if (node.kind !== "scalar" || typeof node.value !== "string") {
        const quote2 = node.kind === "scalar" && (typeof node.value === "number" || typeof node.value === "boolean") ? ` Quote it: "${String(node.value)}".` : "";
        problems.push({
          ...at,
          message: `${path} should be a string, found ${describeFound(node)}.${quote2}`
        });
        return void 0;
      }
      if (node.value.trim() === "") {
        problems.push({ ...at, message: `${path} is empty: expected ${lowerFirst(field.description)}` });
        return void 0;
      }
      if (field.pattern && !compiledPattern(field.pattern.source).test(node.value)) {
        problems.push({
          ...at,
          message: `${path} should be ${field.pattern.hint}, found ${describeFound(node)}.`
        });
        return void 0;
      }
      return { line: node.line, column: node.column, value: node.value };
    }
    case "integer": {
      if (node.kind !== "scalar" || typeof node.value !== "number" || !Number.isSafeInteger(node.value)) {
        problems.push({ ...at, message: `${path} should be a whole number, found ${describeFound(node)}.` });
        return void 0;
      }
      if (field.minimum !== void 0 && node.value < field.minimum) {
        problems.push({
          ...at,
          message: `${path} should be at least ${field.minimum}, found ${node.value}.`
        });
        return void 0;
      }
      if (field.maximum !== void 0 && node.value > field.maximum) {
        problems.push({
          ...at,
          message: `${path} should be at most ${field.maximum}, found ${node.value}.`
        });
        return void 0;
      }
      return { line: node.line, column: node.column, value: node.value };
    }
    case "string-list": {
      if (node.kind !== "sequence") {
        const hint = node.kind === "scalar" && typeof node.value === "string" ? ` Write it as a list: [${JSON.stringify(node.value)}].` : "";
        problems.push({
          ...at,
          message: `${path} should be a list of strings, found ${describeFound(node)}.${hint}`
        });
        return void 0;
      }
      const items = [];
      node.items.forEach((item, index) => {
        if (item.kind === "rejected") return;
        const itemPath = `${path}[${index}]`;
        const itemAt = { line: item.line, column: item.column, path: itemPath };
        if (item.kind !== "scalar" || typeof item.value !== "string") {
          const quote2 = item.kind === "scalar" && (typeof item.value === "number" || typeof item.value === "boolean") ? ` Quote it: "${String(item.value)}".` : "";
          problems.push({
            ...itemAt,
            message: `${itemPath} should be a string, found ${describeFound(item)}.${quote2}`
          });
          return;
        }
        if (item.value.trim() === "") {
          problems.push({ ...itemAt, message: `${itemPath} is an empty string. Remove it.` });
          return;
        }
        items.push({ line: item.line, column: item.column, value: item.value });
      });
      return { line: node.line, column: node.column, value: items };
    }
    case "mapping-list":
      return checkMappingList(node, field, path, problems);
    case "string-map":
      return checkStringMap(node, field, path, problems);
    case "mapping": {
      if (node.kind !== "mapping") {
        problems.push({
          ...at,
          message: `${path} should be a mapping (indented "key: value" lines: ${(field.fields ?? []).map((f) => f.key).join(", ")}), found ${describeFound(node)}.`
        });
        return void 0;
      }
      return {
        line: keyPosition.line,
        column: keyPosition.column,
        value: checkMapping(node, field, path, problems, keyPosition)
      };
    }
  }
}
function checkMappingList(node, field, path, problems) {
  const at = { line: node.line, column: node.column, path };
  const keys = (field.fields ?? []).map((f) => f.key).join(", ");
  if (node.kind !== "sequence") {
    problems.push({
      ...at,
      message: `${path} should be a list of mappings (each "- ${field.fields?.[0]?.key}: \u2026" with ${keys}), found ${describeFound(node)}.`
    });
    return void 0;
  }
  if (field.maxItems !== void 0 && node.items.length > field.maxItems) {
    problems.push({
      ...at,
      message: `${path} lists ${node.items.length} entries; at most ${field.maxItems} are allowed (each one is a workflow run on every matching incident).`
    });
  }
  const items = [];
  node.items.forEach((item, index) => {
    if (item.kind === "rejected") return;
    const itemPath = `${path}[${index}]`;
    if (item.kind !== "mapping") {
      problems.push({
        line: item.line,
        column: item.column,
        path: itemPath,
        message: `${itemPath} should be a mapping (${keys}), found ${describeFound(item)}.`
      });
      return;
    }
    items.push({
      line: item.line,
      column: item.column,
      value: checkMapping(item, field, itemPath, problems)
    });
  });
  return { line: node.line, column: node.column, value: items };
}
function checkStringMap(node, field, path, problems) {
  if (node.kind !== "mapping") {
    problems.push({
      line: node.line,
      column: node.column,
      path,
      message: `${path} should be a mapping of names to values (e.g. "database: checkout-db"), found ${describeFound(node)}.`
    });
    return void 0;
  }
  if (field.maxKeys !== void 0 && node.entries.size > field.maxKeys) {
    problems.push({
      line: node.line,
      column: node.column,
      path,
      message: `${path} has ${node.entries.size} inputs; at most ${field.maxKeys} are allowed (a dispatch carries at most 10, and incident_id, labels and channel are always sent).`
    });
  }
  const values = /* @__PURE__ */ new Map();
  for (const [key, entry] of node.entries) {
    const keyPath = `${path}.${key}`;
    const at = { ...entry.keyPosition, path: keyPath };
    if (field.keyPattern && !compiledPattern(field.keyPattern.source).test(key)) {
      problems.push({ ...at, message: `${keyPath}: "${key}" is not ${field.keyPattern.hint}.` });
      continue;
    }
    if (isAlwaysSent(key)) {
      problems.push({
        ...at,
        message: `${keyPath}: "${key}" is sent with every dispatch (from the incident) and cannot be set in a runbook. Remove it.`
      });
      continue;
    }
    const value = entry.value;
    if (value.kind === "rejected") continue;
    if (value.kind !== "scalar" || value.value === null) {
      problems.push({
        line: value.line,
        column: value.column,
        path: keyPath,
        message: `${keyPath} should be a text value, found ${describeFound(value)}.`
      });
      continue;
    }
    const text = String(value.value);
    if (field.maxItemLength !== void 0 && text.length > field.maxItemLength) {
      problems.push({
        line: value.line,
        column: value.column,
        path: keyPath,
        message: `${keyPath} is ${text.length} characters long; at most ${field.maxItemLength} are allowed. Let the workflow read long settings from the repository instead.`
      });
      continue;
    }
    values.set(key, { line: value.line, column: value.column, value: text });
  }
  return { line: node.line, column: node.column, value: values };
}

// src/runbooks/diagnose-workflows.ts
async function checkDiagnoseWorkflows(entries, ctx) {
  const problems = [];
  if (ctx.skip) return problems;
  for (const [index, entry] of entries.entries()) {
    const workflow = entry.value.workflow;
    if (!workflow) continue;
    const where = `diagnose[${index}]`;
    const at = { line: workflow.line, column: workflow.column, path: `${where}.workflow` };
    const facts = await readWorkflow(workflow.value, ctx);
    if (facts.kind === "missing") {
      problems.push({
        ...at,
        message: `${where}.workflow: ${facts.file} not found. Add the diagnostic workflow there (see docs/diagnostics.md), or fix the file name.`
      });
      continue;
    }
    if (facts.kind === "unreadable") {
      problems.push({
        ...at,
        message: `${where}.workflow: ${facts.file} cannot be checked: ${facts.reason}`
      });
      continue;
    }
    if (!facts.dispatch) {
      problems.push({
        ...at,
        message: `${where}.workflow: ${facts.file} does not declare "on: workflow_dispatch", so it cannot be dispatched. Add a workflow_dispatch trigger with the inputs ${ALWAYS_SENT_INPUTS.join(", ")}.`
      });
      continue;
    }
    const sent = [...ALWAYS_SENT_INPUTS, ...entry.value.inputs.map((i) => i.name)];
    const undeclared = sent.filter((name) => !facts.inputs.has(name));
    if (undeclared.length > 0) {
      problems.push({
        ...at,
        message: `${where}.workflow: ${facts.file} does not declare the input${undeclared.length > 1 ? "s" : ""} ${undeclared.map((n) => `"${n}"`).join(", ")} under on.workflow_dispatch.inputs; GitHub refuses a dispatch with inputs the workflow does not declare.`
      });
    }
    const unsent = [...facts.inputs].filter(
      ([name, input]) => input.required && !input.hasDefault && !sent.includes(name)
    );
    if (unsent.length > 0) {
      problems.push({
        ...at,
        message: `${where}.workflow: ${facts.file} requires ${unsent.map(([n]) => `"${n}"`).join(", ")}, which this runbook does not send. Add ${unsent.length > 1 ? "them" : "it"} under ${where}.inputs, or give ${unsent.length > 1 ? "them" : "it"} a default.`
      });
    }
    for (const input of entry.value.inputs) {
      const declared = facts.inputs.get(input.name);
      const wrong = declared ? unacceptable(input.value.value, declared) : void 0;
      if (wrong) {
        problems.push({
          line: input.value.line,
          column: input.value.column,
          path: `${where}.inputs.${input.name}`,
          message: `${where}.inputs.${input.name}: ${facts.file} declares it as ${wrong}, found ${JSON.stringify(input.value.value)}.`
        });
      }
    }
    for (const injection of facts.injections) {
      const key = `${facts.file}:${injection.line}:${injection.column}`;
      if (ctx.reported.has(key)) continue;
      ctx.reported.add(key);
      problems.push({
        file: facts.file,
        line: injection.line,
        column: injection.column,
        message: injection.message
      });
    }
  }
  return problems;
}
function unacceptable(value, input) {
  switch (input.type) {
    case "boolean":
      return value === "true" || value === "false" ? void 0 : "a boolean (true or false)";
    case "number":
      return value.trim() !== "" && Number.isFinite(Number(value)) ? void 0 : "a number";
    case "choice":
      return input.options && !input.options.includes(value) ? `a choice of ${input.options.map((o) => JSON.stringify(o)).join(", ")}` : void 0;
    default:
      return void 0;
  }
}
function readWorkflow(name, ctx) {
  let facts = ctx.cache.get(name);
  if (!facts) {
    facts = readWorkflowOnce(name, ctx);
    ctx.cache.set(name, facts);
  }
  return facts;
}
async function readWorkflowOnce(name, ctx) {
  const absolute = `${ctx.workflowsDir.replace(/[/\\]+$/, "")}/${name}`;
  const file = ctx.relative(absolute);
  let text;
  try {
    text = await ctx.readText(absolute);
  } catch (error) {
    return { kind: "unreadable", file, reason: error instanceof Error ? error.message : String(error) };
  }
  if (text === void 0) return { kind: "missing", file };
  const parsed = parseYaml(text.replace(/^\uFEFF/, ""));
  const root = parsed.root;
  if (parsed.problems.length > 0 || root?.kind !== "mapping") {
    const first = parsed.problems[0];
    return {
      kind: "unreadable",
      file,
      reason: first ? `line ${first.line}: ${first.message}` : "it is not a YAML mapping of keys (name:, on:, jobs: \u2026)."
    };
  }
  const on = root.entries.get("on")?.value;
  const dispatchNode = on ? dispatchTrigger(on) : void 0;
  const inputs = /* @__PURE__ */ new Map();
  const inputsNode = dispatchNode?.kind === "mapping" ? dispatchNode.entries.get("inputs")?.value : void 0;
  if (inputsNode?.kind === "mapping") {
    for (const [key, entry] of inputsNode.entries) inputs.set(key, declaredInput(entry.value));
  }
  return {
    kind: "workflow",
    file,
    dispatch: dispatchNode !== void 0,
    inputs,
    injections: runInjections(root)
  };
}
function dispatchTrigger(on) {
  if (on.kind === "scalar") return on.value === "workflow_dispatch" ? on : void 0;
  if (on.kind === "sequence")
    return on.items.find((i) => i.kind === "scalar" && i.value === "workflow_dispatch");
  if (on.kind === "mapping") return on.entries.get("workflow_dispatch")?.value;
  return void 0;
}
function declaredInput(node) {
  if (node.kind !== "mapping") return { required: false, hasDefault: false };
  const scalar = (key) => {
    const v = node.entries.get(key)?.value;
    return v?.kind === "scalar" ? v.value : void 0;
  };
  const options = node.entries.get("options")?.value;
  const type = scalar("type");
  return {
    required: scalar("required") === true,
    hasDefault: node.entries.has("default"),
    ...typeof type === "string" ? { type } : {},
    ...options?.kind === "sequence" ? {
      options: options.items.flatMap(
        (o) => o.kind === "scalar" && o.value !== null ? [String(o.value)] : []
      )
    } : {}
  };
}
var UNTRUSTED_EXPRESSION = /\$\{\{[^}]*?\b(inputs\s*[.[]|github\s*\.\s*event\b)[^}]*\}\}/;
function runInjections(root) {
  const out = [];
  const jobs = root.entries.get("jobs")?.value;
  if (jobs?.kind !== "mapping") return out;
  for (const [jobName, job] of jobs.entries) {
    if (job.value.kind !== "mapping") continue;
    const steps = job.value.entries.get("steps")?.value;
    if (steps?.kind !== "sequence") continue;
    steps.items.forEach((step, index) => {
      if (step.kind !== "mapping") return;
      const run = step.entries.get("run")?.value;
      if (run?.kind !== "scalar" || typeof run.value !== "string") return;
      const found = UNTRUSTED_EXPRESSION.exec(run.value);
      if (!found) return;
      out.push({
        line: run.line,
        column: run.column,
        message: `jobs.${jobName}.steps[${index}].run pastes ${found[0]} into the script, where alert text would run as code. Pass it through env: (e.g. env: LABELS: \${{ inputs.labels }}) and use "$LABELS" in the script.`
      });
    });
  }
  return out;
}

// src/runbooks/validate.ts
var defaultRegexChecker = new RegexSafetyChecker();
var MAX_RUNBOOK_FILE_BYTES = 256 * 1024;
var MAX_DOC_FILE_BYTES = 2 * 1024 * 1024;
var GENERIC_KEYWORDS = new Set(
  [
    "error",
    "errors",
    "err",
    "alert",
    "alerts",
    "alarm",
    "warning",
    "warn",
    "critical",
    "crit",
    "fatal",
    "failed",
    "failure",
    "fail",
    "firing",
    "resolved",
    "triggered",
    "incident",
    "issue",
    "problem",
    "down",
    "high",
    "low",
    "info",
    "notice",
    "production",
    "prod",
    "service",
    "server",
    "monitor",
    "\u30A8\u30E9\u30FC",
    "\u30A2\u30E9\u30FC\u30C8",
    "\u969C\u5BB3",
    "\u8B66\u544A"
  ].map((k) => normalizeText(k))
);
var YAML_FILE = /\.ya?ml$/i;
function hasErrors(result) {
  return result.problems.some((p) => p.severity === "error");
}
async function validateRunbooks(dir, options = {}) {
  const cwd = validate_default.resolve(options.cwd ?? process.cwd());
  const root = validate_default.resolve(cwd, dir);
  const relative = (absolute) => displayPath(absolute, { cwd, root, dir });
  const problems = [];
  const dirLabel = relative(root);
  let names;
  try {
    const info = await stat(root);
    if (!info.isDirectory()) {
      return done(
        [],
        [
          dirProblem(
            dirLabel,
            `"${dir}" is a file, not a directory of runbooks. Pass the directory that holds <id>.yml files.`
          )
        ]
      );
    }
    const entries = (await readdir(root, { withFileTypes: true })).filter((e) => YAML_FILE.test(e.name));
    names = entries.filter((e) => e.isFile()).map((e) => e.name);
    for (const entry of entries) {
      const kind = unreadableKind(entry);
      if (kind) problems.push(dirProblem(relative(validate_default.join(root, entry.name)), notARunbookFile(kind)));
    }
  } catch (error) {
    const code = error.code;
    const message = code === "ENOENT" ? `runbook directory "${dir}" does not exist (looked in ${root}). Create it, or pass the right path: oncall validate <dir>.` : `runbook directory "${dir}" cannot be read: ${describe(error)}.`;
    return done([], [dirProblem(dirLabel, message)]);
  }
  names.sort(compareText);
  if (names.length === 0) {
    return done(
      [],
      problems.length > 0 ? problems : [
        dirProblem(
          dirLabel,
          `no runbooks found in "${dirLabel}": expected one file per runbook named <id>.yml (or .yaml).`
        )
      ]
    );
  }
  const cache = options.regexCacheFile !== void 0 && options.regexChecker === void 0 ? await (await import("./regex-cache-TSS7MMK6.js")).RegexVerdictFile.load(validate_default.resolve(cwd, options.regexCacheFile)) : void 0;
  const context = {
    cwd,
    root,
    relative,
    regex: options.regexChecker ?? (cache ? new RegexSafetyChecker(void 0, void 0, cache) : defaultRegexChecker),
    checkedDocs: /* @__PURE__ */ new Set(),
    realDirs: /* @__PURE__ */ new Map(),
    links: { exists: rememberedExists(), anchors: /* @__PURE__ */ new Map() },
    workflows: {
      workflowsDir: validate_default.resolve(cwd, options.workflowsDir ?? DEFAULT_WORKFLOWS_DIR),
      skip: options.workflowsDir === void 0 && !existsSync(validate_default.resolve(cwd, DEFAULT_WORKFLOWS_DIR)),
      relative,
      readText: readWorkflowText,
      cache: /* @__PURE__ */ new Map(),
      reported: /* @__PURE__ */ new Set()
    }
  };
  const files = await mapBounded(
    names,
    FILES_IN_FLIGHT,
    (name) => readRunbookFile(validate_default.join(root, name), context)
  );
  for (const file of files) problems.push(...file.problems);
  const readable = files.filter((f) => f.runbook !== void 0);
  problems.push(...duplicateIds(files));
  try {
    problems.push(...crossChecks(readable));
  } catch (error) {
    problems.push({
      file: dirLabel,
      line: 1,
      column: 1,
      severity: "error",
      message: `internal error while running the embedded tests: ${describe(error)}. Please report this.`
    });
  }
  try {
    await cache?.save();
  } catch (error) {
    problems.push({
      ...dirProblem(relative(cache.file), ""),
      severity: "warning",
      message: `the regex verdict cache could not be written (${describe(error)}); the next run analyses every pattern again.`
    });
  }
  return done(
    readable.map((f) => f.runbook),
    problems,
    files.length
  );
}
function displayPath(absolute, where) {
  const fromCwd = validate_default.relative(where.cwd, absolute);
  if (!isOutside(fromCwd)) return toPosix2(fromCwd) || ".";
  const fromRoot = validate_default.relative(where.root, absolute);
  if (isOutside(fromRoot)) return toPosix2(absolute);
  return toPosix2(fromRoot === "" ? where.dir : validate_default.join(where.dir, fromRoot));
}
function isOutside(relativePath) {
  return relativePath === ".." || relativePath.startsWith(`..${validate_default.sep}`) || validate_default.isAbsolute(relativePath);
}
function done(runbooks, problems, filesChecked = 0) {
  return {
    runbooks: [...runbooks].sort((a, b) => compareText(a.id, b.id) || compareText(a.file, b.file)),
    problems: sortProblems(problems),
    filesChecked
  };
}
function dirProblem(file, message) {
  return { file, line: 1, column: 1, severity: "error", message };
}
function unreadableKind(entry) {
  if (entry.isFile()) return void 0;
  if (entry.isSymbolicLink()) return "a symbolic link";
  if (entry.isDirectory()) return "a directory";
  if (entry.isFIFO()) return "a named pipe (FIFO)";
  if (entry.isSocket()) return "a socket";
  return "a device or other special file";
}
function notARunbookFile(kind) {
  if (kind === "a symbolic link") {
    return "not checked: this is a symbolic link. Runbook files must be regular files in the runbooks directory: links are not followed, so a runbook cannot pull in a file from elsewhere. Replace the link with the file itself.";
  }
  if (kind === "a directory") {
    return "not checked: this is a directory, not a runbook file. Rename it so that its name does not end in .yml or .yaml.";
  }
  return `not checked: this is ${kind}, not a regular file, and it is never opened. Replace it with a runbook file or remove it.`;
}
async function readRegularFile(absolute, maxBytes, seenAsRegular = false) {
  if (!seenAsRegular) {
    const before = lstatSync(absolute);
    const what = unreadableKind(before);
    if (what) return { kind: "not-regular", what };
    if (before.size > maxBytes) return { kind: "too-large", size: before.size };
  }
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  const fd = openSync(absolute, flags);
  try {
    const info = fstatSync(fd);
    const swapped = unreadableKind(info);
    if (swapped) return { kind: "not-regular", what: swapped };
    if (info.size > maxBytes) return { kind: "too-large", size: info.size };
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return decodeUtf8(bytes.subarray(0, filled));
  } finally {
    closeSync(fd);
  }
}
function decodeUtf8(bytes) {
  const valid = (end, stream) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  if (valid(bytes.length, false)) {
    return { kind: "text", text: new TextDecoder("utf-8").decode(bytes) };
  }
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (valid(middle, true)) good = middle;
    else bad = middle;
  }
  let start = good;
  if (!valid(good, false)) {
    while (start > 0 && (bytes[start - 1] & 192) === 128) start--;
    start--;
  }
  const lineStart = bytes.lastIndexOf(10, start - 1) + 1;
  const line = bytes.subarray(0, lineStart).filter((b) => b === 10).length + 1;
  const column = [...new TextDecoder("utf-8").decode(bytes.subarray(lineStart, start))].length + 1;
  return { kind: "not-utf8", line, column, byte: bytes[start] };
}
function notUtf8(read) {
  const hex = read.byte.toString(16).toUpperCase().padStart(2, "0");
  return `not valid UTF-8: the byte 0x${hex} at line ${read.line}, column ${read.column} is not text, so the file was not checked further. Save the file as UTF-8.`;
}
function sortProblems(problems) {
  return [...problems].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || compareText(a.message, b.message)
  );
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function toPosix2(p) {
  return p.split(validate_default.sep).join("/");
}
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}
async function readWorkflowText(absolute) {
  let read;
  try {
    read = await readRegularFile(absolute, MAX_WORKFLOW_FILE_BYTES);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  if (read.kind === "text") return read.text;
  if (read.kind === "too-large")
    throw new Error(`it is ${read.size} bytes, more than the ${MAX_WORKFLOW_FILE_BYTES} read.`);
  if (read.kind === "not-utf8") throw new Error(notUtf8(read));
  throw new Error(`it is ${read.what}, not a regular file.`);
}
var FILES_IN_FLIGHT = 32;
async function mapBounded(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
async function readRunbookFile(absolute, context) {
  const file = context.relative(absolute);
  const problems = [];
  const add = (severity, at, message) => problems.push({
    file,
    line: at.line,
    column: at.column,
    severity,
    message,
    ...at.path ? { path: at.path } : {}
  });
  try {
    const read = await readRegularFile(absolute, MAX_RUNBOOK_FILE_BYTES, true);
    if (read.kind !== "text") {
      if (read.kind === "too-large") {
        add(
          "error",
          { line: 1, column: 1 },
          `file is too large (${read.size} bytes, the limit is ${MAX_RUNBOOK_FILE_BYTES}): a runbook file holds one runbook. Move long text into its Markdown doc.`
        );
      } else if (read.kind === "not-utf8") add("error", read, notUtf8(read));
      else add("error", { line: 1, column: 1 }, notARunbookFile(read.what));
      return { file, problems, matchable: false };
    }
    const source = read.text.replace(/^\uFEFF/, "");
    const parsed = parseYaml(source);
    for (const p of parsed.problems) add("error", p, p.message);
    if (parsed.root === null && parsed.problems.length > 0) return { file, problems, matchable: false };
    const { shape, problems: shapeProblems } = checkRunbookShape(parsed.root);
    for (const p of shapeProblems) add("error", p, p.message);
    const wellFormed = parsed.problems.length === 0 && shapeProblems.length === 0;
    let matchable = wellFormed && hasCondition(shape);
    const idWhere = shape.id ?? { line: 1, column: 1 };
    if (shape.id) {
      const base = validate_default.basename(absolute).replace(YAML_FILE, "");
      if (base !== shape.id.value) {
        add(
          "error",
          { ...shape.id, path: "id" },
          `id "${shape.id.value}" does not match the file name "${validate_default.basename(absolute)}": rename the file to ${shape.id.value}.yml or change the id to "${base}".`
        );
      }
    }
    if (shape.doc) await checkDoc(shape.doc, context, add, problems);
    checkDurations(shape, add);
    if (shape.diagnose) {
      for (const p of await checkDiagnoseWorkflows(shape.diagnose.value, context.workflows)) {
        if (p.file)
          problems.push({
            file: p.file,
            line: p.line,
            column: p.column,
            severity: "error",
            message: p.message
          });
        else add("error", p, p.message);
      }
    }
    for (const [index, pattern] of (shape.match?.value.regex ?? []).entries()) {
      const finding = await context.regex.check(pattern.value);
      if (!finding) continue;
      if (finding.severity === "error") matchable = false;
      add(finding.severity, { ...pattern, path: `match.regex[${index}]` }, finding.message);
    }
    for (const [index, pattern] of (shape.match?.value.regex ?? []).entries()) {
      if (!regexRequiresSpaceByJapanese(pattern.value)) continue;
      add(
        "warning",
        { ...pattern, path: `match.regex[${index}]` },
        `match.regex[${index}] requires a space next to Japanese text, but alerts are matched with no space there ("CPU \u4F7F\u7528\u7387" reads "cpu\u4F7F\u7528\u7387"), so that part never matches. Write \\s* instead of a space or \\s+ (see docs/matching.md).`
      );
    }
    if (shape.match) checkKeywords(shape, add);
    const noTests = !shape.tests || shape.tests.value.match.length === 0 && shape.tests.value.noMatch.length === 0;
    if (shape.match && noTests) {
      add(
        "warning",
        { ...shape.tests ?? idWhere, path: "tests" },
        "no tests: add tests.match (alert texts this runbook must match) and tests.no_match (texts it must not), so rule changes are checked on every pull request."
      );
    }
    const runbook = wellFormed ? toRunbook(shape, file) : void 0;
    return {
      file,
      problems,
      shape,
      ...runbook ? { runbook } : {},
      matchable: matchable && runbook !== void 0
    };
  } catch (error) {
    add("error", { line: 1, column: 1 }, `could not check this file: ${describe(error)}.`);
    return { file, problems, matchable: false };
  }
}
function hasCondition(shape) {
  const m5 = shape.match?.value;
  return m5 !== void 0 && m5.any.length + m5.all.length + m5.regex.length > 0;
}
function toRunbook(shape, file) {
  if (!shape.id || !shape.title || !shape.match) return void 0;
  const values = (list) => list.map((l) => l.value);
  const m5 = shape.match.value;
  return {
    id: shape.id.value,
    title: shape.title.value,
    ...shape.doc ? { doc: shape.doc.value } : {},
    ...shape.url ? { url: shape.url.value } : {},
    ...shape.owner ? { owner: shape.owner.value } : {},
    priority: shape.priority?.value ?? 0,
    ...shape.escalateTo ? { escalateTo: shape.escalateTo.value } : {},
    ...shape.slackChannel ? { slackChannel: shape.slackChannel.value } : {},
    ...durationFields(shape),
    ...shape.diagnose && shape.diagnose.value.length > 0 ? {
      diagnose: shape.diagnose.value.flatMap(
        (d) => d.value.workflow ? [
          {
            workflow: d.value.workflow.value,
            inputs: Object.fromEntries(d.value.inputs.map((i) => [i.name, i.value.value]))
          }
        ] : []
      )
    } : {},
    match: {
      any: values(m5.any),
      all: values(m5.all),
      none: values(m5.none),
      regex: values(m5.regex),
      services: values(m5.services)
    },
    tests: {
      match: values(shape.tests?.value.match ?? []),
      noMatch: values(shape.tests?.value.noMatch ?? [])
    },
    file
  };
}
function durationFields(shape) {
  const inRange = (text, range) => {
    const seconds = text === void 0 ? void 0 : parseDurationSeconds(text);
    return seconds !== void 0 && seconds >= range.min && seconds <= range.max ? seconds : void 0;
  };
  const remind = inRange(shape.remindAfter?.value, REMIND_AFTER_RANGE);
  const group = inRange(shape.groupWithin?.value, GROUP_WITHIN_RANGE);
  return {
    ...remind !== void 0 ? { remindAfterSeconds: remind } : {},
    ...group !== void 0 ? { groupWithinSeconds: group } : {}
  };
}
function checkDurations(shape, add) {
  const fields = [
    {
      key: "remind_after",
      at: shape.remindAfter,
      range: REMIND_AFTER_RANGE,
      why: "how long nobody acknowledged"
    },
    {
      key: "group_within",
      at: shape.groupWithin,
      range: GROUP_WITHIN_RANGE,
      why: "how far back a storm is looked for"
    }
  ];
  for (const { key, at, range, why } of fields) {
    if (!at) continue;
    const seconds = parseDurationSeconds(at.value);
    if (seconds === void 0 || seconds >= range.min && seconds <= range.max) continue;
    add(
      "error",
      { ...at, path: key },
      `${key} should be between ${formatDuration(range.min)} and ${formatDuration(range.max)} (${why}), found "${at.value}".`
    );
  }
}
async function checkDoc(doc, context, add, problems) {
  const at = { ...doc, path: "doc" };
  const value = doc.value;
  if (validate_default.isAbsolute(value) || /^[a-z][a-z0-9+.-]*:/i.test(value)) {
    add(
      "error",
      at,
      `doc should be a path relative to the runbooks directory, found "${value}". Put web addresses in "url".`
    );
    return;
  }
  const absolute = validate_default.resolve(context.root, value);
  const inside = validate_default.relative(context.root, absolute);
  if (inside === ".." || inside.startsWith(`..${validate_default.sep}`) || validate_default.isAbsolute(inside)) {
    add(
      "error",
      at,
      `doc "${value}" points outside the runbooks directory (${context.relative(absolute)}). Keep documents under ${context.relative(context.root)}/.`
    );
    return;
  }
  let info;
  try {
    info = lstatSync(absolute);
  } catch {
    add(
      "error",
      at,
      `doc "${value}" not found: expected ${context.relative(absolute)}. Add the document or fix the path (relative to ${context.relative(context.root)}/).`
    );
    return;
  }
  if (info.isSymbolicLink()) {
    add(
      "error",
      at,
      `doc "${value}" is a symbolic link (${context.relative(absolute)}): links are not followed, so a runbook cannot point at a file outside the repository. Commit the document itself.`
    );
    return;
  }
  if (!info.isFile()) {
    add(
      "error",
      at,
      `doc "${value}" is not a file (${context.relative(absolute)}). Point it at a Markdown document.`
    );
    return;
  }
  context.realRoot ??= realpath(context.root);
  const dir = validate_default.dirname(absolute);
  let realDir = context.realDirs.get(dir);
  if (!realDir) {
    realDir = realpath(dir);
    context.realDirs.set(dir, realDir);
  }
  const [realDocDir, realRoot] = await Promise.all([realDir, context.realRoot]);
  const realDoc = validate_default.join(realDocDir, validate_default.basename(absolute));
  const realInside = validate_default.relative(realRoot, realDoc);
  if (realInside === ".." || realInside.startsWith(`..${validate_default.sep}`) || validate_default.isAbsolute(realInside)) {
    add(
      "error",
      at,
      `doc "${value}" leads outside the runbooks directory through a symbolic link to a directory (${context.relative(absolute)}). Keep documents as files under ${context.relative(context.root)}/.`
    );
    return;
  }
  if (context.checkedDocs.has(absolute)) return;
  context.checkedDocs.add(absolute);
  const docFile = context.relative(absolute);
  const read = await readRegularFile(absolute, MAX_DOC_FILE_BYTES, true);
  if (read.kind === "too-large") {
    problems.push({
      file: docFile,
      line: 1,
      column: 1,
      severity: "warning",
      message: `document is larger than ${MAX_DOC_FILE_BYTES} bytes; its links were not checked.`
    });
    return;
  }
  if (read.kind !== "text") {
    problems.push({
      file: docFile,
      line: read.kind === "not-utf8" ? read.line : 1,
      column: read.kind === "not-utf8" ? read.column : 1,
      severity: "error",
      message: read.kind === "not-utf8" ? notUtf8(read) : `document is ${read.what}, not a regular file; its links were not checked.`
    });
    return;
  }
  const markdown = read.text;
  for (const broken of await findBrokenLinks(
    markdown,
    absolute,
    context.cwd,
    context.links.exists,
    readLinkedMarkdown,
    context.links.anchors
  )) {
    problems.push({
      file: docFile,
      line: broken.line,
      column: broken.column,
      severity: "error",
      message: broken.message
    });
  }
}
function rememberedExists() {
  const known = /* @__PURE__ */ new Map();
  return (absolute) => {
    let exists = known.get(absolute);
    if (exists === void 0) {
      exists = existsSync(absolute);
      known.set(absolute, exists);
    }
    return exists;
  };
}
function readLinkedMarkdown(absolute) {
  try {
    const info = lstatSync(absolute);
    if (!info.isFile() || info.size > MAX_DOC_FILE_BYTES) return void 0;
    return readFileSync(absolute, "utf8");
  } catch {
    return void 0;
  }
}
function checkKeywords(shape, add) {
  const m5 = shape.match.value;
  const verdict = (keyword) => {
    const normalized = normalizeText(keyword).trim();
    if (GENERIC_KEYWORDS.has(normalized))
      return "is too generic to identify a runbook: it appears in countless alerts";
    const length = [...normalized].length;
    if (length <= 2)
      return `is too short (${length} character${length === 1 ? "" : "s"}) to identify a runbook`;
    const generic = genericPhrase(keyword);
    if (generic)
      return `is too generic to identify one failure: every word of it (${generic.map((w) => `"${w}"`).join(", ")}) is common to alerts of many different causes`;
    return void 0;
  };
  const advice = 'Use the alert name (e.g. "KubePodCrashLooping") or a more specific phrase.';
  m5.any.forEach((k, index) => {
    const why = verdict(k.value);
    if (why)
      add(
        "warning",
        { ...k, path: `match.any[${index}]` },
        `match.any[${index}] "${k.value}" ${why}, and any one keyword of match.any is enough to match. ${advice}`
      );
  });
  if (m5.any.length === 0 && m5.regex.length === 0 && m5.all.length > 0 && m5.all.every((k) => verdict(k.value))) {
    m5.all.forEach((k, index) => {
      add(
        "warning",
        { ...k, path: `match.all[${index}]` },
        `match.all[${index}] "${k.value}" ${verdict(k.value)}, and the rule requires nothing more specific. ${advice}`
      );
    });
  }
}
function duplicateIds(files) {
  const byId = /* @__PURE__ */ new Map();
  for (const f of files) {
    const id = f.shape?.id;
    if (!id) continue;
    const list = byId.get(id.value) ?? [];
    list.push({ file: f.file, at: id });
    byId.set(id.value, list);
  }
  const problems = [];
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const entry of list) {
      const others = list.filter((o) => o !== entry).map((o) => `${o.file}:${o.at.line}:${o.at.column}`).join(", ");
      problems.push({
        file: entry.file,
        line: entry.at.line,
        column: entry.at.column,
        severity: "error",
        path: "id",
        message: `duplicate id "${id}": also defined in ${others}. Ids must be unique; rename one of them.`
      });
    }
  }
  return problems;
}
function crossChecks(files) {
  const seen = /* @__PURE__ */ new Set();
  const candidates = files.filter((f) => {
    if (!f.matchable || seen.has(f.runbook.id)) return false;
    seen.add(f.runbook.id);
    return true;
  });
  if (candidates.length === 0) return [];
  const indexed = candidates.map((f) => toIndexed(f.runbook));
  const matcher = createMatcher(indexed);
  const problems = [];
  candidates.forEach((f, i) => problems.push(...embeddedTests(f, indexed[i], matcher)));
  problems.push(...overlaps(candidates));
  return problems;
}
function testAlert(runbook, raw) {
  const service = runbook.match.services[0];
  const { text } = readAlert(raw);
  return service === void 0 ? { text } : { text, service: { id: service, name: service } };
}
function embeddedTests(file, runbook, matcher) {
  const problems = [];
  const tests = file.shape.tests?.value;
  if (!tests) return problems;
  const at = (l, p) => ({
    file: file.file,
    line: l.line,
    column: l.column,
    path: p
  });
  tests.match.forEach((text, index) => {
    const results = matcher.match(testAlert(runbook, text.value));
    const mine = results.findIndex((r) => r.id === runbook.id);
    const where = at(text, `tests.match[${index}]`);
    if (mine < 0) {
      problems.push({
        ...where,
        severity: "error",
        message: `tests.match[${index}] does not match this runbook: ${quote(text.value)}. ${explainMiss(runbook, text.value)}`
      });
    } else if (mine > 0) {
      const winner = results[0];
      const why = winner.score === results[mine].score ? "same score, and ties go to the lower id" : `score ${winner.score} vs ${results[mine].score}`;
      problems.push({
        ...where,
        severity: "warning",
        message: `tests.match[${index}] matches, but runbook "${winner.id}" ranks first (${why}), so this runbook would not be the one shown for ${quote(text.value)}. Raise "priority" or make the rules more specific.`
      });
    }
  });
  tests.noMatch.forEach((text, index) => {
    const hit = matcher.match(testAlert(runbook, text.value)).find((r) => r.id === runbook.id);
    if (hit) {
      problems.push({
        ...at(text, `tests.no_match[${index}]`),
        severity: "error",
        message: `tests.no_match[${index}] matches this runbook but must not: ${quote(text.value)} (matched on ${hit.terms.map((t) => quote(t)).join(", ")}). Add a match.none keyword or narrow the rule.`
      });
    }
  });
  return problems;
}
function quote(text) {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 119)}\u2026` : text);
}
function explainMiss(runbook, text) {
  const probe = (rule) => {
    const single = {
      id: runbook.id,
      title: runbook.title,
      priority: 0,
      match: { any: [], all: [], none: [], regex: [], services: [], ...rule }
    };
    return createMatcher([single]).match(testAlert(runbook, text)).length > 0;
  };
  const m5 = runbook.match;
  const reasons = [];
  if (m5.any.length > 0 && !probe({ any: m5.any })) reasons.push("none of match.any appears");
  const missing = m5.all.filter((k) => !probe({ any: [k] }));
  if (missing.length > 0)
    reasons.push(`match.all keyword(s) missing: ${missing.map((k) => quote(k)).join(", ")}`);
  const present = m5.none.filter((k) => probe({ any: [k] }));
  if (present.length > 0)
    reasons.push(`it contains match.none keyword(s): ${present.map((k) => quote(k)).join(", ")}`);
  if (m5.regex.length > 0 && !probe({ regex: m5.regex })) reasons.push("no match.regex pattern matches");
  if (reasons.length === 0)
    return "Check match.services and the keyword boundaries (a keyword must not be part of a longer word).";
  return `Why: ${reasons.join("; ")}. Keywords match whole words after NFKC normalisation and case folding.`;
}
function ruleSets(rule) {
  const keywords = (list) => new Set(list.map(normalizeText).filter((k) => k !== ""));
  const m5 = rule.match;
  const any = keywords(m5.any);
  const all = keywords(m5.all);
  const required = new Set(all);
  if (any.size === 1) for (const k of any) required.add(k);
  return {
    priority: rule.priority,
    any,
    all,
    none: keywords(m5.none),
    regex: new Set(m5.regex),
    services: new Set(m5.services),
    required
  };
}
function subset(a, b) {
  if (a.size > b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
function intersects(a, b) {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
function covers(a, b) {
  return subset(a.all, b.required) && (a.any.size === 0 || intersects(a.any, b.required) || b.any.size > 0 && subset(b.any, a.any)) && subset(a.none, b.none) && (a.regex.size === 0 || b.regex.size > 0 && subset(b.regex, a.regex)) && (a.services.size === 0 || b.services.size > 0 && subset(b.services, a.services));
}
function ruleShadows(a, b) {
  return a.priority > b.priority && covers(ruleSets(a), ruleSets(b));
}
function rulesAmbiguous(a, b) {
  return signature(ruleSets(a)) === signature(ruleSets(b));
}
function findShadowing(rules) {
  const sets = rules.map((rule, index) => ({ ...ruleSets(rule), index }));
  return firstCovering(sets, covers).map((a) => a?.index);
}
function signature(r) {
  const part = (s) => JSON.stringify([...s].sort(compareText));
  return [r.priority, part(r.any), part(r.all), part(r.none), part(r.regex), part(r.services)].join("\0");
}
function overlaps(files) {
  const problems = [];
  const rules = files.map((file) => ({ ...ruleSets(file.runbook), file }));
  const where = (r) => {
    const at = r.file.shape.match;
    return { file: r.file.file, line: at.line, column: at.column, path: "match" };
  };
  const groups = /* @__PURE__ */ new Map();
  for (const r of rules) {
    const key = signature(r);
    const group = groups.get(key) ?? [];
    group.push(r);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ids = group.map((r) => r.file.runbook.id).sort(compareText);
    for (const r of group) {
      const others = group.filter((o) => o !== r).map((o) => `"${o.file.runbook.id}" (${o.file.file})`);
      problems.push({
        ...where(r),
        severity: "warning",
        message: `ambiguous: this rule and ${others.join(", ")} match exactly the same alerts at the same priority (${r.priority}), so only "${ids[0]}" is ever shown first. Merge them or give one a higher priority.`
      });
    }
  }
  const shadowing = firstCovering(rules, covers);
  rules.forEach((b, index) => {
    const a = shadowing[index];
    if (a) {
      problems.push({
        ...where(b),
        severity: "warning",
        message: `shadowed: runbook "${a.file.runbook.id}" (${a.file.file}, priority ${a.priority}) matches every alert this one matches and has a higher priority than ${b.priority}, so this runbook can never be the one shown. Raise its priority, narrow "${a.file.runbook.id}", or merge them.`
      });
    }
  });
  return problems;
}

export {
  MAX_RUNBOOK_FILE_BYTES,
  MAX_DOC_FILE_BYTES,
  GENERIC_KEYWORDS,
  hasErrors,
  validateRunbooks,
  sortProblems,
  ruleShadows,
  rulesAmbiguous,
  findShadowing
};
