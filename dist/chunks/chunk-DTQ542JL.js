import {
  INDEX_FORMAT,
  INDEX_VERSION
} from "./chunk-OSEZHEJR.js";
import {
  buildTriggerTable
} from "./chunk-M7LR7W3O.js";
import {
  builtin
} from "./chunk-RW3X5YEY.js";
import {
  ConfigError
} from "./chunk-BYBTV2RS.js";

// node-builtin:node:buffer#src/runbooks/index-file.ts
var m = builtin("node:buffer");
var isAscii = m.isAscii;

// node-builtin:node:fs/promises#src/runbooks/index-file.ts
var m2 = builtin("node:fs/promises");
var readFile = m2.readFile;

// node-builtin:node:path#src/runbooks/index-file.ts
var m3 = builtin("node:path");
var index_file_default = m3;

// src/runbooks/diagnose.ts
var DISPATCH_INPUT_LIMIT = 10;
var ALWAYS_SENT_INPUTS = ["incident_id", "labels", "channel"];
var MAX_RUNBOOK_INPUTS = DISPATCH_INPUT_LIMIT - ALWAYS_SENT_INPUTS.length;
var MAX_DIAGNOSE_WORKFLOWS = 5;
var MAX_INPUT_VALUE_CHARS = 1e3;
var WORKFLOW_FILE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*\\.ya?ml$";
var INPUT_NAME_PATTERN = "^[A-Za-z_][A-Za-z0-9_-]*$";
var WORKFLOW_FILE = new RegExp(WORKFLOW_FILE_PATTERN);
var INPUT_NAME = new RegExp(INPUT_NAME_PATTERN);
var DEFAULT_WORKFLOWS_DIR = ".github/workflows";
var MAX_WORKFLOW_FILE_BYTES = 512 * 1024;
function readDiagnoseValue(value) {
  if (value === null || value === void 0) return void 0;
  if (!Array.isArray(value)) return "a list of {workflow, inputs} objects or null";
  if (value.length > MAX_DIAGNOSE_WORKFLOWS) return `at most ${MAX_DIAGNOSE_WORKFLOWS} entries`;
  const out = [];
  for (const item of value) {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return "a list of objects";
    const entry = item;
    const workflow = Object.hasOwn(entry, "workflow") ? entry.workflow : void 0;
    if (typeof workflow !== "string" || !WORKFLOW_FILE.test(workflow))
      return 'entries whose "workflow" is a workflow file name such as "diagnose-mysql.yml"';
    const inputs = Object.hasOwn(entry, "inputs") ? entry.inputs : {};
    if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs))
      return 'entries whose "inputs" is an object of strings';
    const names = Object.keys(inputs);
    if (names.length > MAX_RUNBOOK_INPUTS) return `entries with at most ${MAX_RUNBOOK_INPUTS} inputs`;
    const copy = {};
    for (const name of names) {
      const v = inputs[name];
      if (!INPUT_NAME.test(name) || isAlwaysSent(name) || typeof v !== "string") {
        return 'entries whose "inputs" map input names to strings (not incident_id, labels or channel)';
      }
      copy[name] = v;
    }
    out.push({ workflow, inputs: copy });
  }
  return out;
}
function isAlwaysSent(name) {
  return ALWAYS_SENT_INPUTS.includes(name);
}

// src/runbooks/index-file.ts
var IndexFormatError = class extends ConfigError {
};
var READABLE_INDEX_VERSIONS = [1, 2, INDEX_VERSION];
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
    ...runbook.remindAfterSeconds !== void 0 ? { remindAfterSeconds: runbook.remindAfterSeconds } : {},
    ...runbook.groupWithinSeconds !== void 0 ? { groupWithinSeconds: runbook.groupWithinSeconds } : {},
    match: copyRule(runbook.match),
    ...runbook.diagnose ? { diagnose: copyDiagnose(runbook.diagnose) } : {}
  };
}
function buildIndex(runbooks, source) {
  const indexed = runbooks.map(toIndexed).sort((a, b) => compareCodeUnits(a.id, b.id));
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    source: { repository: source.repository, commit: source.commit, dir: source.dir },
    runbooks: indexed
  };
}
var DIAGNOSE_COLUMN = "diagnose";
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
var TABLE_KEYS = [
  "keywords",
  "keywordEnds",
  "triggers",
  "triggerEnds",
  "buckets",
  "bucketEnds",
  "untriggered"
];
var INDEX_OPTIONAL_COLUMNS = ["remindAfterSeconds", "groupWithinSeconds"];
function serializeIndex(index, version = INDEX_VERSION) {
  const withDiagnose = index.runbooks.some((rb) => rb.diagnose !== void 0);
  const header = {
    format: INDEX_FORMAT,
    version,
    source: { repository: index.source.repository, commit: index.source.commit, dir: index.source.dir },
    columns: [...INDEX_COLUMNS, ...INDEX_OPTIONAL_COLUMNS, ...withDiagnose ? [DIAGNOSE_COLUMN] : []]
  };
  let table = "";
  if (version === 3) {
    header.count = index.runbooks.length;
    header.channels = runbookChannels(index.runbooks);
    header.grouping = groupingRunbookIds(index.runbooks);
    const built = buildTriggerTable(index.runbooks);
    table = `"table":{${TABLE_KEYS.map((key) => `"${key}":${JSON.stringify(built[key])}`).join(",")}},
`;
  }
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
      rb.slackChannel ?? null,
      rb.remindAfterSeconds ?? null,
      rb.groupWithinSeconds ?? null,
      ...withDiagnose ? [rb.diagnose ?? null] : []
    ])
  );
  return `${JSON.stringify(header).slice(0, -1)},
${table}"runbooks":[
${rows.join(",\n")}
]}
`;
}
function runbookChannels(runbooks) {
  const channels = /* @__PURE__ */ new Set();
  for (const rb of runbooks) if (rb.slackChannel !== void 0) channels.add(rb.slackChannel);
  return [...channels];
}
function groupingRunbookIds(runbooks) {
  return runbooks.filter((rb) => rb.groupWithinSeconds !== void 0).map((rb) => rb.id);
}
function compareCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function copyDiagnose(list) {
  return list.map((d) => ({
    workflow: d.workflow,
    inputs: Object.fromEntries(Object.entries(d.inputs).sort(([a], [b]) => compareCodeUnits(a, b)))
  }));
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
  return parseIndex(await readIndexText(file, origin), origin);
}
async function readIndexText(file, origin = file) {
  try {
    const bytes = await readFile(file);
    return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  } catch (error) {
    const code = error.code;
    throw new IndexFormatError(
      code === "ENOENT" ? `Index file ${origin} does not exist. Build one with "oncall build runbooks --out ${origin}".` : `Cannot read index file ${origin}: ${error.message}.`,
      { cause: error }
    );
  }
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
  const source = readSource(data, origin);
  const columns = version === 1 ? void 0 : field(data, "columns", origin, "columns");
  if (version !== 1) checkColumns(columns, origin);
  const cells = optionalCells(columns);
  const list = field(data, "runbooks", origin, "runbooks");
  if (!Array.isArray(list)) throw wrong(origin, "runbooks", "a list", list);
  const seen = /* @__PURE__ */ new Set();
  const runbooks = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const runbook = version === 1 ? withOptional(
      quickRunbook(item) ?? checkedRunbook(item, `runbooks[${i}]`, origin),
      (name) => isObject(item) ? own(item, name) : void 0,
      `runbooks[${i}]`,
      origin
    ) : decodeRow(item, i, origin, cells);
    if (seen.has(runbook.id)) {
      throw new IndexFormatError(
        `${origin}: runbooks[${i}].id: runbook id "${runbook.id}" appears more than once. ${BUILD_HINT}`
      );
    }
    seen.add(runbook.id);
    runbooks.push(runbook);
  }
  if (version === 3) checkDerived(data, runbooks, origin);
  return {
    format: INDEX_FORMAT,
    version,
    source,
    runbooks
  };
}
function readSource(data, origin) {
  const source = field(data, "source", origin, "source");
  if (!isObject(source)) throw wrong(origin, "source", "an object", source);
  return {
    repository: nullableStr(source, "repository", origin),
    commit: nullableStr(source, "commit", origin),
    dir: str(source, "dir", origin, "source")
  };
}
function decodeRow(row, i, origin, cells = /* @__PURE__ */ new Map()) {
  const runbook = quickRow(row) ?? checkedRow(row, `runbooks[${i}]`, origin);
  if (cells.size === 0) return runbook;
  return withOptional(
    runbook,
    (name) => {
      const at = cells.get(name);
      return at !== void 0 && Array.isArray(row) ? row[at] : void 0;
    },
    `runbooks[${i}]`,
    origin
  );
}
function checkDerived(data, runbooks, origin) {
  checkCount(field(data, "count", origin, "count"), origin);
  if (data.count !== runbooks.length) {
    throw new IndexFormatError(
      `${origin}: count says ${String(data.count)} runbooks, but the file has ${runbooks.length} rows. ${EDITED_HINT}`
    );
  }
  const channels = readChannels(field(data, "channels", origin, "channels"), origin);
  if (JSON.stringify(channels) !== JSON.stringify(runbookChannels(runbooks))) {
    throw new IndexFormatError(`${origin}: channels does not agree with the runbook rows. ${EDITED_HINT}`);
  }
  if (Object.hasOwn(data, "grouping")) {
    const grouping = readGrouping(data.grouping, origin);
    if (JSON.stringify(grouping) !== JSON.stringify(groupingRunbookIds(runbooks))) {
      throw new IndexFormatError(`${origin}: grouping does not agree with the runbook rows. ${EDITED_HINT}`);
    }
  }
  const stored = readTriggerTable(field(data, "table", origin, "table"), runbooks.length, origin);
  const derived = buildTriggerTable(runbooks);
  for (const key of TABLE_KEYS) {
    if (JSON.stringify(stored[key]) !== JSON.stringify(derived[key])) {
      throw new IndexFormatError(
        `${origin}: table.${key} does not agree with the runbook rows it is derived from. ${EDITED_HINT}`
      );
    }
  }
}
var EDITED_HINT = 'The file was changed after "oncall build" wrote it; rebuild it with "oncall build runbooks --out <file>" instead of editing it.';
function checkCount(count, origin) {
  if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
    throw wrong(origin, "count", "a non-negative integer (the number of runbook rows)", count);
  }
}
function readGrouping(grouping, origin) {
  if (!Array.isArray(grouping)) throw wrong(origin, "grouping", "a list of runbook ids", grouping);
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < grouping.length; i++) {
    if (typeof grouping[i] !== "string" || grouping[i] === "") {
      throw wrong(origin, `grouping[${i}]`, "a runbook id", grouping[i]);
    }
    if (seen.has(grouping[i])) throw wrong(origin, `grouping[${i}]`, "an id not listed before", grouping[i]);
    seen.add(grouping[i]);
  }
  return grouping;
}
function readChannels(channels, origin) {
  if (!Array.isArray(channels)) throw wrong(origin, "channels", "a list of Slack channel IDs", channels);
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < channels.length; i++) {
    if (!isChannelId(channels[i])) {
      throw wrong(origin, `channels[${i}]`, 'a Slack channel ID such as "C0123ABCD"', channels[i]);
    }
    if (seen.has(channels[i]))
      throw wrong(origin, `channels[${i}]`, "a channel not listed before", channels[i]);
    seen.add(channels[i]);
  }
  return channels;
}
function readTriggerTable(table, size, origin) {
  if (!isObject(table)) throw wrong(origin, "table", "an object", table);
  const part = (key) => field(table, key, origin, "table");
  const keywords = part("keywords");
  if (typeof keywords !== "string") throw wrong(origin, "table.keywords", "a string", keywords);
  const keywordEnds = ends(part("keywordEnds"), keywords.length, true, "keywordEnds", origin);
  const keywordCount = keywordEnds.length;
  const triggers = numbers(part("triggers"), size, "triggers", origin);
  const triggerEnds = ends(part("triggerEnds"), triggers.length, true, "triggerEnds", origin);
  if (triggerEnds.length !== keywordCount) {
    throw wrong(
      origin,
      "table.triggerEnds",
      `a list of ${keywordCount} numbers (one per keyword)`,
      triggerEnds
    );
  }
  const buckets = numbers(part("buckets"), keywordCount, "buckets", origin);
  if (buckets.length !== keywordCount) {
    throw wrong(
      origin,
      "table.buckets",
      `a list of ${keywordCount} keyword numbers (each keyword once)`,
      buckets
    );
  }
  const bucketEnds = ends(part("bucketEnds"), buckets.length, false, "bucketEnds", origin);
  if (bucketEnds.length === 0 || (bucketEnds.length & bucketEnds.length - 1) !== 0) {
    throw wrong(origin, "table.bucketEnds", "a list whose length is a power of two", bucketEnds);
  }
  const untriggered = numbers(part("untriggered"), size, "untriggered", origin);
  ascending(untriggered, "untriggered", origin);
  return { keywords, keywordEnds, triggers, triggerEnds, buckets, bucketEnds, untriggered };
}
function numbers(list, limit, key, origin) {
  if (!Array.isArray(list)) throw wrong(origin, `table.${key}`, "a list of integers", list);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (!(v >= 0 && v < limit && (v | 0) === v)) {
      throw wrong(origin, `table.${key}[${i}]`, `an integer from 0 to ${limit - 1}`, v);
    }
  }
  return list;
}
function ends(list, total, strict, key, origin) {
  if (!Array.isArray(list)) throw wrong(origin, `table.${key}`, "a list of integers", list);
  let before = 0;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (!(v <= total && (v | 0) === v && (strict ? v > before : v >= before))) {
      throw wrong(
        origin,
        `table.${key}[${i}]`,
        `an integer from ${before + (strict ? 1 : 0)} to ${total}`,
        v
      );
    }
    before = v;
  }
  if (before !== total) {
    throw wrong(origin, `table.${key}`, `a list ending with ${total} (where the list it divides ends)`, list);
  }
  return list;
}
function ascending(list, key, origin) {
  for (let i = 1; i < list.length; i++) {
    if (list[i] <= list[i - 1]) {
      throw wrong(origin, `table.${key}[${i}]`, `a number greater than ${list[i - 1]}`, list[i]);
    }
  }
}
var isText = (v) => typeof v === "string" && v !== "";
function optionalCells(columns) {
  const at = /* @__PURE__ */ new Map();
  if (!Array.isArray(columns)) return at;
  for (const name of [...INDEX_OPTIONAL_COLUMNS, DIAGNOSE_COLUMN]) {
    const i = columns.indexOf(name, INDEX_COLUMNS.length);
    if (i >= 0) at.set(name, i);
  }
  return at;
}
function withOptional(runbook, get, where, origin) {
  for (const name of INDEX_OPTIONAL_COLUMNS) {
    const value = get(name);
    if (value === void 0 || value === null) continue;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
      throw wrong(origin, `${where}.${name}`, "a positive whole number of seconds or null", value);
    }
    runbook[name] = value;
  }
  const diagnose = get(DIAGNOSE_COLUMN);
  if (diagnose !== void 0 && diagnose !== null) {
    const read = readDiagnoseValue(diagnose);
    if (typeof read === "string") throw wrong(origin, `${where}.diagnose`, read, diagnose);
    if (read) runbook.diagnose = read;
  }
  return runbook;
}
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
  const relative = index_file_default.relative(cwd, index_file_default.resolve(cwd, options.dir)).split(index_file_default.sep).join("/");
  return { repository, commit, dir: relative === "" ? "." : relative };
}
function isChannelId(v) {
  return typeof v === "string" && /^[CG][A-Z0-9]{2,}$/.test(v);
}

export {
  ALWAYS_SENT_INPUTS,
  MAX_RUNBOOK_INPUTS,
  MAX_DIAGNOSE_WORKFLOWS,
  MAX_INPUT_VALUE_CHARS,
  WORKFLOW_FILE_PATTERN,
  INPUT_NAME_PATTERN,
  DEFAULT_WORKFLOWS_DIR,
  MAX_WORKFLOW_FILE_BYTES,
  isAlwaysSent,
  IndexFormatError,
  READABLE_INDEX_VERSIONS,
  toIndexed,
  buildIndex,
  DIAGNOSE_COLUMN,
  INDEX_COLUMNS,
  TABLE_KEYS,
  INDEX_OPTIONAL_COLUMNS,
  serializeIndex,
  runbookChannels,
  groupingRunbookIds,
  readIndexFile,
  readIndexText,
  BUILD_HINT,
  parseIndex,
  readSource,
  decodeRow,
  EDITED_HINT,
  checkCount,
  readGrouping,
  readChannels,
  readTriggerTable,
  optionalCells,
  checkColumns,
  isObject,
  wrong,
  resolveSource
};
