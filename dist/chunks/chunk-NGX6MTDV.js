import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  INDEX_FORMAT,
  INDEX_VERSION
} from "./chunk-FYQKVPZC.js";
import {
  ConfigError
} from "./chunk-GQNV3XG6.js";

// src/runbooks/index-file.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var IndexFormatError = class extends ConfigError {
};
var READABLE_INDEX_VERSIONS = [INDEX_VERSION];
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
function serializeIndex(index) {
  const ordered = {
    format: index.format,
    version: index.version,
    source: { repository: index.source.repository, commit: index.source.commit, dir: index.source.dir },
    runbooks: index.runbooks.map((rb) => ({
      id: rb.id,
      title: rb.title,
      doc: rb.doc,
      url: rb.url,
      owner: rb.owner,
      priority: rb.priority,
      escalateTo: rb.escalateTo,
      slackChannel: rb.slackChannel,
      match: copyRule(rb.match)
    }))
  };
  return `${JSON.stringify(ordered, null, 2)}
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
  const source = field(data, "source", origin, "source");
  if (!isObject(source)) throw wrong(origin, "source", "an object", source);
  const list = field(data, "runbooks", origin, "runbooks");
  if (!Array.isArray(list)) throw wrong(origin, "runbooks", "a list", list);
  const seen = /* @__PURE__ */ new Set();
  const runbooks = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const runbook = quickRunbook(item) ?? checkedRunbook(item, `runbooks[${i}]`, origin);
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
    version: INDEX_VERSION,
    source: {
      repository: nullableStr(source, "repository", origin),
      commit: nullableStr(source, "commit", origin),
      dir: str(source, "dir", origin, "source")
    },
    runbooks
  };
}
var isText = (v) => typeof v === "string" && v !== "";
var isTextList = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
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
  if (!isTextList(any) || !isTextList(all) || !isTextList(none) || !isTextList(regex) || !isTextList(services)) {
    return void 0;
  }
  const doc = own(item, "doc");
  const url = own(item, "url");
  const owner = own(item, "owner");
  const escalateTo = own(item, "escalateTo");
  const slackChannel = own(item, "slackChannel");
  if (!isOptionalText(doc) || !isOptionalText(url) || !isOptionalText(owner)) return void 0;
  if (slackChannel !== void 0 && !isChannelId(slackChannel)) return void 0;
  if (escalateTo !== void 0 && !isEscalationLevel(escalateTo)) return void 0;
  const runbook = { id, title, priority, match: { any, all, none, regex, services } };
  if (doc !== void 0) runbook.doc = doc;
  if (url !== void 0) runbook.url = url;
  if (owner !== void 0) runbook.owner = owner;
  if (escalateTo !== void 0) runbook.escalateTo = escalateTo;
  if (slackChannel !== void 0) runbook.slackChannel = slackChannel;
  return runbook;
}
function isChannelId(v) {
  return typeof v === "string" && /^[CG][A-Z0-9]{2,}$/.test(v);
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

export {
  IndexFormatError,
  READABLE_INDEX_VERSIONS,
  toIndexed,
  buildIndex,
  serializeIndex,
  readIndexFile,
  parseIndex,
  resolveSource
};
