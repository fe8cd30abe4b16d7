import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  INDEX_FORMAT,
  INDEX_VERSION
} from "./chunk-P7JT3L7S.js";
import {
  ConfigError
} from "./chunk-GQNV3XG6.js";

// src/runbooks/index-file.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var IndexFormatError = class extends ConfigError {
};
var READABLE_INDEX_VERSIONS = [1, INDEX_VERSION];
function toIndexed(runbook) {
  return {
    id: runbook.id,
    title: runbook.title,
    ...runbook.doc !== void 0 ? { doc: runbook.doc } : {},
    ...runbook.url !== void 0 ? { url: runbook.url } : {},
    ...runbook.owner !== void 0 ? { owner: runbook.owner } : {},
    priority: runbook.priority,
    ...runbook.escalateTo !== void 0 ? { escalateTo: runbook.escalateTo } : {},
    ...runbook.slackChannel !== void 0 ? { slackChannel: runbook.slackChannel } : {},
    match: copyRule(runbook.match)
  };
}
function buildIndex(runbooks, source) {
  const indexed = runbooks.map(toIndexed).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    source: { repository: source.repository, commit: source.commit, dir: source.dir },
    runbooks: indexed
  };
}
var INDEX_COLUMNS = [
  "id",
  "title",
  "doc",
  "url",
  "owner",
  "priority",
  "escalateTo",
  "any",
  "all",
  "none",
  "regex",
  "services",
  "slackChannel"
];
function serializeIndex(index) {
  const header = JSON.stringify({
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    source: { repository: index.source.repository, commit: index.source.commit, dir: index.source.dir },
    columns: INDEX_COLUMNS
  });
  const rows = index.runbooks.map(
    (rb) => JSON.stringify([
      rb.id,
      rb.title,
      rb.doc ?? null,
      rb.url ?? null,
      rb.owner ?? null,
      rb.priority,
      rb.escalateTo ?? null,
      rb.match.any,
      rb.match.all,
      rb.match.none,
      rb.match.regex,
      rb.match.services,
      rb.slackChannel ?? null
    ])
  );
  return `${header.slice(0, -1)},
"runbooks":[
${rows.join(",\n")}
]}
`;
}
function copyRule(match) {
  return {
    any: [...match.any],
    all: [...match.all],
    none: [...match.none],
    regex: [...match.regex],
    services: [...match.services]
  };
}
async function readIndexFile(file, origin = file) {
  let json;
  try {
    json = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new IndexFormatError(
      code === "ENOENT" ? `Index file ${origin} does not exist. Build one with "oncall build runbooks --out ${origin}".` : `Cannot read index file ${origin}: ${error.message}.`,
      { cause: error }
    );
  }
  return parseIndex(json, origin);
}
var BUILD_HINT = 'Rebuild it with "oncall build runbooks --out <file>".';
function parseIndex(json, origin) {
  let data;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new IndexFormatError(
      `${origin}: not a runbook index: expected JSON, found invalid JSON (${error.message}). ${BUILD_HINT}`,
      { cause: error }
    );
  }
  if (!isObject(data)) {
    throw new IndexFormatError(
      `${origin}: not a runbook index: expected a JSON object, found ${describe(data)}.`
    );
  }
  if (data.format !== INDEX_FORMAT) {
    throw new IndexFormatError(
      `${origin}: not a runbook index: expected "format": "${INDEX_FORMAT}", found ${describe(data.format)}. ${BUILD_HINT}`
    );
  }
  if (typeof data.version !== "number" || !READABLE_INDEX_VERSIONS.includes(data.version)) {
    const newer = typeof data.version === "number" && data.version > INDEX_VERSION;
    throw new IndexFormatError(
      `${origin}: unsupported index version ${describe(data.version)}; this program reads version ${READABLE_INDEX_VERSIONS.join(", ")}. ` + (newer ? "Upgrade oncall-runbooks to a release that reads this version, or rebuild the index with this one." : BUILD_HINT)
    );
  }
  const version = data.version;
  const source = field(data, "source", origin, "source");
  if (!isObject(source)) throw wrong(origin, "source", "an object", source);
  if (version === 2) checkColumns(field(data, "columns", origin, "columns"), origin);
  const list = field(data, "runbooks", origin, "runbooks");
  if (!Array.isArray(list)) throw wrong(origin, "runbooks", "a list", list);
  const seen = /* @__PURE__ */ new Set();
  const runbooks = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const runbook = version === 2 ? quickRow(item) ?? checkedRow(item, `runbooks[${i}]`, origin) : quickRunbook(item) ?? checkedRunbook(item, `runbooks[${i}]`, origin);
    if (seen.has(runbook.id)) {
      throw new IndexFormatError(
        `${origin}: runbooks[${i}].id: runbook id "${runbook.id}" appears more than once. ${BUILD_HINT}`
      );
    }
    seen.add(runbook.id);
    runbooks.push(runbook);
  }
  return {
    format: INDEX_FORMAT,
    version,
    source: {
      repository: nullableStr(source, "repository", origin),
      commit: nullableStr(source, "commit", origin),
      dir: str(source, "dir", origin, "source")
    },
    runbooks
  };
}
var isText = (v) => typeof v === "string" && v !== "";
function matchRule(any, all, none, regex, services) {
  if (!isTextList(any) || !isTextList(all) || !isTextList(none) || !isTextList(regex) || !isTextList(services)) {
    return void 0;
  }
  return { any, all, none, regex, services };
}
function isTextList(v) {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") return false;
  return true;
}
var isOptionalText = (v) => v === void 0 || isText(v);
function own(obj, key) {
  return Object.hasOwn(obj, key) ? obj[key] : void 0;
}
function quickRunbook(item) {
  if (!isObject(item)) return void 0;
  const id = own(item, "id");
  const title = own(item, "title");
  const priority = own(item, "priority");
  const match = own(item, "match");
  if (!isText(id) || !isText(title) || typeof priority !== "number" || !Number.isSafeInteger(priority))
    return void 0;
  if (!isObject(match)) return void 0;
  const any = own(match, "any");
  const all = own(match, "all");
  const none = own(match, "none");
  const regex = own(match, "regex");
  const services = own(match, "services");
  const rule = matchRule(any, all, none, regex, services);
  if (!rule) return void 0;
  const doc = own(item, "doc");
  const url = own(item, "url");
  const owner = own(item, "owner");
  const escalateTo = own(item, "escalateTo");
  const slackChannel = own(item, "slackChannel");
  if (!isOptionalText(doc) || !isOptionalText(url) || !isOptionalText(owner)) return void 0;
  if (slackChannel !== void 0 && !isChannelId(slackChannel)) return void 0;
  if (escalateTo !== void 0 && !isEscalationLevel(escalateTo)) return void 0;
  const runbook = { id, title, priority, match: rule };
  if (doc !== void 0) runbook.doc = doc;
  if (url !== void 0) runbook.url = url;
  if (owner !== void 0) runbook.owner = owner;
  if (escalateTo !== void 0) runbook.escalateTo = escalateTo;
  if (slackChannel !== void 0) runbook.slackChannel = slackChannel;
  return runbook;
}
function checkColumns(columns, origin) {
  const ok = Array.isArray(columns) && columns.length >= INDEX_COLUMNS.length && INDEX_COLUMNS.every((name, i) => columns[i] === name);
  if (!ok) {
    throw new IndexFormatError(
      `${origin}: columns should start with ${JSON.stringify(INDEX_COLUMNS)}, found ${describe(columns)}. ${BUILD_HINT}`
    );
  }
}
function quickRow(row) {
  if (!Array.isArray(row) || row.length < INDEX_COLUMNS.length) return void 0;
  const cells = row;
  const id = cells[0];
  const title = cells[1];
  const doc = cells[2];
  const url = cells[3];
  const owner = cells[4];
  const priority = cells[5];
  const escalateTo = cells[6];
  const any = cells[7];
  const all = cells[8];
  const none = cells[9];
  const regex = cells[10];
  const services = cells[11];
  const slackChannel = cells[12];
  if (!isText(id) || !isText(title) || typeof priority !== "number" || !Number.isSafeInteger(priority))
    return void 0;
  if (!isNullableText(doc) || !isNullableText(url) || !isNullableText(owner)) return void 0;
  if (escalateTo !== null && !isEscalationLevel(escalateTo)) return void 0;
  if (slackChannel !== null && !isChannelId(slackChannel)) return void 0;
  const rule = matchRule(any, all, none, regex, services);
  if (!rule) return void 0;
  const runbook = { id, title, priority, match: rule };
  if (doc !== null) runbook.doc = doc;
  if (url !== null) runbook.url = url;
  if (owner !== null) runbook.owner = owner;
  if (escalateTo !== null) runbook.escalateTo = escalateTo;
  if (slackChannel !== null) runbook.slackChannel = slackChannel;
  return runbook;
}
var isNullableText = (v) => v === null || isText(v);
function checkedRow(row, where, origin) {
  if (!Array.isArray(row)) throw wrong(origin, where, `a list of ${INDEX_COLUMNS.length} values`, row);
  const cell = (i) => ({ value: row[i], at: `${where}.${INDEX_COLUMNS[i]}` });
  const text = (i, nullable) => {
    const { value, at } = cell(i);
    if (nullable && value === null) return void 0;
    if (!isText(value))
      throw wrong(origin, at, nullable ? "a non-empty string or null" : "a non-empty string", value);
    return value;
  };
  const list = (i) => {
    const { value, at } = cell(i);
    if (!Array.isArray(value)) throw wrong(origin, at, "a list of strings", value);
    value.forEach((x, k) => {
      if (typeof x !== "string") throw wrong(origin, `${at}[${k}]`, "a string", x);
    });
    return value;
  };
  const priority = cell(5);
  if (typeof priority.value !== "number" || !Number.isSafeInteger(priority.value)) {
    throw wrong(origin, priority.at, "an integer", priority.value);
  }
  const escalateTo = cell(6);
  if (escalateTo.value !== null && !isEscalationLevel(escalateTo.value)) {
    throw wrong(origin, escalateTo.at, "a positive integer or null", escalateTo.value);
  }
  const runbook = {
    id: text(0, false),
    title: text(1, false),
    priority: priority.value,
    match: { any: list(7), all: list(8), none: list(9), regex: list(10), services: list(11) }
  };
  const doc = text(2, true);
  if (doc !== void 0) runbook.doc = doc;
  const url = text(3, true);
  if (url !== void 0) runbook.url = url;
  const owner = text(4, true);
  if (owner !== void 0) runbook.owner = owner;
  if (escalateTo.value !== null) runbook.escalateTo = escalateTo.value;
  const slackChannel = cell(12);
  if (slackChannel.value !== null) {
    if (!isChannelId(slackChannel.value))
      throw wrong(
        origin,
        slackChannel.at,
        'a Slack channel ID such as "C0123ABCD", or null',
        slackChannel.value
      );
    runbook.slackChannel = slackChannel.value;
  }
  return runbook;
}
function isEscalationLevel(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 1;
}
function checkedRunbook(item, where, origin) {
  if (!isObject(item)) throw wrong(origin, where, "an object", item);
  const id = str(item, "id", origin, where);
  const priority = field(item, "priority", origin, where);
  if (typeof priority !== "number" || !Number.isSafeInteger(priority)) {
    throw wrong(origin, `${where}.priority`, "an integer", priority);
  }
  const match = field(item, "match", origin, where);
  if (!isObject(match)) throw wrong(origin, `${where}.match`, "an object", match);
  const runbook = {
    id,
    title: str(item, "title", origin, where),
    priority,
    match: {
      any: strings(match, "any", origin, `${where}.match`),
      all: strings(match, "all", origin, `${where}.match`),
      none: strings(match, "none", origin, `${where}.match`),
      regex: strings(match, "regex", origin, `${where}.match`),
      services: strings(match, "services", origin, `${where}.match`)
    }
  };
  const doc = optionalStr(item, "doc", origin, where);
  if (doc !== void 0) runbook.doc = doc;
  const url = optionalStr(item, "url", origin, where);
  if (url !== void 0) runbook.url = url;
  const owner = optionalStr(item, "owner", origin, where);
  if (owner !== void 0) runbook.owner = owner;
  if (Object.hasOwn(item, "escalateTo") && item.escalateTo !== void 0) {
    if (!isEscalationLevel(item.escalateTo)) {
      throw wrong(origin, `${where}.escalateTo`, "a positive integer", item.escalateTo);
    }
    runbook.escalateTo = item.escalateTo;
  }
  if (Object.hasOwn(item, "slackChannel") && item.slackChannel !== void 0) {
    if (!isChannelId(item.slackChannel)) {
      throw wrong(
        origin,
        `${where}.slackChannel`,
        'a Slack channel ID such as "C0123ABCD"',
        item.slackChannel
      );
    }
    runbook.slackChannel = item.slackChannel;
  }
  return runbook;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const shown = JSON.stringify(value);
  return `${shown.length > 60 ? `${shown.slice(0, 57)}\u2026` : shown} (a ${typeof value})`;
}
function wrong(origin, where, expected, found) {
  return new IndexFormatError(
    `${origin}: ${where} should be ${expected}, found ${describe(found)}. ${BUILD_HINT}`
  );
}
function field(obj, key, origin, where) {
  if (!Object.hasOwn(obj, key)) {
    throw new IndexFormatError(
      `${origin}: ${where}${where === key ? "" : `.${key}`} is missing. ${BUILD_HINT}`
    );
  }
  return obj[key];
}
function str(obj, key, origin, where) {
  const value = field(obj, key, origin, where);
  if (typeof value !== "string" || value === "")
    throw wrong(origin, `${where}.${key}`, "a non-empty string", value);
  return value;
}
function optionalStr(obj, key, origin, where) {
  if (!Object.hasOwn(obj, key) || obj[key] === void 0) return void 0;
  return str(obj, key, origin, where);
}
function nullableStr(obj, key, origin) {
  const value = field(obj, key, origin, "source");
  if (value === null) return null;
  if (typeof value !== "string") throw wrong(origin, `source.${key}`, "a string or null", value);
  return value;
}
function strings(obj, key, origin, where) {
  const value = field(obj, key, origin, where);
  if (!Array.isArray(value)) throw wrong(origin, `${where}.${key}`, "a list of strings", value);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== "string") throw wrong(origin, `${where}.${key}[${i}]`, "a string", value[i]);
  }
  return value;
}
async function resolveSource(options) {
  const { env, cwd } = options;
  let commit = env.GITHUB_SHA && /^[0-9a-f]{40,64}$/i.test(env.GITHUB_SHA) ? env.GITHUB_SHA.toLowerCase() : null;
  if (commit === null) {
    const { execFileSync } = await import("node:child_process");
    try {
      const out = execFileSync("git", ["rev-parse", "HEAD"], {
        cwd,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        timeout: 5e3
      }).trim();
      if (/^[0-9a-f]{40,64}$/.test(out)) commit = out;
    } catch {
    }
  }
  const repository = env.GITHUB_REPOSITORY && env.GITHUB_REPOSITORY.includes("/") ? env.GITHUB_REPOSITORY : null;
  const relative = path.relative(cwd, path.resolve(cwd, options.dir)).split(path.sep).join("/");
  return { repository, commit, dir: relative === "" ? "." : relative };
}
function isChannelId(v) {
  return typeof v === "string" && /^[CG][A-Z0-9]{2,}$/.test(v);
}

export {
  IndexFormatError,
  READABLE_INDEX_VERSIONS,
  toIndexed,
  buildIndex,
  INDEX_COLUMNS,
  serializeIndex,
  readIndexFile,
  parseIndex,
  resolveSource
};
