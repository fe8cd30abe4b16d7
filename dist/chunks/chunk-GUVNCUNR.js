import {
  BUILD_HINT,
  EDITED_HINT,
  IndexFormatError,
  checkColumns,
  checkCount,
  decodeRow,
  groupingRunbookIds,
  isObject,
  optionalCells,
  parseIndex,
  readChannels,
  readGrouping,
  readIndexText,
  readSource,
  readTriggerTable,
  runbookChannels
} from "./chunk-DTQ542JL.js";
import {
  INDEX_FORMAT
} from "./chunk-OSEZHEJR.js";
import {
  createMatcher,
  createTableMatcher
} from "./chunk-M7LR7W3O.js";

// src/runbooks/index-open.ts
function openIndex(text, origin) {
  return openLayout3(text, origin) ?? openParsed(parseIndex(text, origin));
}
async function openIndexFile(file, origin = file) {
  return openIndex(await readIndexText(file, origin), origin);
}
function openParsed(index) {
  let byId;
  let matcher;
  let grouping;
  return {
    format: index.format,
    version: index.version,
    source: index.source,
    size: index.runbooks.length,
    channels: runbookChannels(index.runbooks),
    groupingIds: () => grouping ??= new Set(groupingRunbookIds(index.runbooks)),
    runbook: (id) => (byId ??= new Map(index.runbooks.map((r) => [r.id, r]))).get(id),
    runbooks: () => index.runbooks,
    matcher: () => matcher ??= createMatcher(index.runbooks)
  };
}
var COMMA = 44;
var TABLE_START = '"table":';
var ROWS_START = '"runbooks":[\n';
function openLayout3(text, origin) {
  const headerEnd = text.indexOf("\n");
  if (headerEnd < 1 || text.charCodeAt(headerEnd - 1) !== COMMA) return void 0;
  const header = parseOrUndefined(`${text.slice(0, headerEnd - 1)}}`);
  if (!isObject(header) || header.format !== INDEX_FORMAT || header.version !== 3) return void 0;
  let at = headerEnd + 1;
  const tableEnd = text.indexOf("\n", at);
  if (tableEnd === -1 || !text.startsWith(TABLE_START, at) || text.charCodeAt(tableEnd - 1) !== COMMA) {
    return void 0;
  }
  const table = parseOrUndefined(text.slice(at + TABLE_START.length, tableEnd - 1));
  if (table === void 0) return void 0;
  at = tableEnd + 1;
  if (!text.startsWith(ROWS_START, at)) return void 0;
  at += ROWS_START.length;
  if (!Object.hasOwn(header, "count") || !Object.hasOwn(header, "channels")) return void 0;
  const count = header.count;
  checkCount(count, origin);
  if (count > text.length) return void 0;
  const starts = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    const end = text.indexOf("\n", at);
    if (end === -1) return void 0;
    at = end + 1;
  }
  starts[count] = at;
  if (text.slice(at).trim() !== "]}") return void 0;
  const source = readSource(header, origin);
  checkColumns(header.columns, origin);
  const optional = optionalCells(header.columns);
  const channels = readChannels(header.channels, origin);
  const headerGrouping = Object.hasOwn(header, "grouping") ? readGrouping(header.grouping, origin) : void 0;
  const triggerTable = readTriggerTable(table, count, origin);
  const decoded = new Array(count);
  const decodedIds = /* @__PURE__ */ new Map();
  const row = (i) => {
    const known = decoded[i];
    if (known) return known;
    const line = text.slice(starts[i], starts[i + 1] - (i < count - 1 ? 2 : 1));
    let cells;
    try {
      cells = JSON.parse(line);
    } catch (error) {
      throw new IndexFormatError(
        `${origin}: runbooks[${i}] is not valid JSON (${error.message}). ${BUILD_HINT}`,
        { cause: error }
      );
    }
    const runbook = decodeRow(cells, i, origin, optional);
    decoded[i] = runbook;
    decodedIds.set(runbook.id, runbook);
    return runbook;
  };
  let matcher;
  let all;
  let grouping;
  const allRows = () => {
    if (all) return all;
    const seen = /* @__PURE__ */ new Set();
    const list = [];
    for (let i = 0; i < count; i++) {
      const runbook = row(i);
      if (seen.has(runbook.id)) {
        throw new IndexFormatError(
          `${origin}: runbooks[${i}].id: runbook id "${runbook.id}" appears more than once. ${BUILD_HINT}`
        );
      }
      seen.add(runbook.id);
      list.push(runbook);
    }
    return all = list;
  };
  return {
    format: INDEX_FORMAT,
    version: 3,
    source,
    size: count,
    channels,
    groupingIds() {
      return grouping ??= new Set(headerGrouping ?? groupingRunbookIds(allRows()));
    },
    runbook(id) {
      const known = decodedIds.get(id);
      if (known) return known;
      let low = 0;
      let high = count - 1;
      while (low <= high) {
        const middle = low + high >>> 1;
        const found = row(middle);
        if (found.id === id) return found;
        if (found.id < id) low = middle + 1;
        else high = middle - 1;
      }
      return void 0;
    },
    runbooks: allRows,
    matcher() {
      return matcher ??= createTableMatcher({
        size: count,
        table: triggerTable,
        runbook: row,
        tableProblem(i, runbook, problem) {
          throw new IndexFormatError(
            `${origin}: runbooks[${i}] ("${runbook.id}") disagrees with the trigger table: ${problem}. ${EDITED_HINT}`
          );
        }
      });
    }
  };
}
function parseOrUndefined(json) {
  try {
    return JSON.parse(json);
  } catch {
    return void 0;
  }
}

export {
  openIndex,
  openIndexFile,
  openParsed
};
