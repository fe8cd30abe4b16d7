/**
 * An index opened to match alerts against it. A version 3 file in the layout `oncall build` writes is read in parts
 * (docs/index-format.md): the header and the trigger table when it is opened, a runbook's row only when that runbook
 * is a candidate for an alert or is asked for by id — so a fresh process matching one alert against 10,000 runbooks
 * parses a few rows, not all of them. Any other file (versions 1 and 2, a version 3 file whose lines were
 * rearranged, a file that is not an index) is read in full by `parseIndex`, with its checks and messages.
 */
import {
  BUILD_HINT,
  EDITED_HINT,
  IndexFormatError,
  checkColumns,
  checkCount,
  decodeRow,
  groupingRunbookIds,
  optionalCells,
  isObject,
  parseIndex,
  readChannels,
  readGrouping,
  readIndexText,
  readSource,
  readTriggerTable,
  runbookChannels,
} from './index-file.js';
import { createMatcher, createTableMatcher, type Matcher } from './matcher.js';
import { INDEX_FORMAT, type IndexedRunbook, type IndexVersion, type RunbookIndex } from './types.js';

/** An index to match against; parts of it are read when first asked for. */
export interface OpenIndex {
  format: typeof INDEX_FORMAT;
  version: IndexVersion;
  source: RunbookIndex['source'];
  /** How many runbooks it holds. */
  size: number;
  /** Each Slack channel a runbook names (`slackChannel`), once, in the order of the runbooks (by id) first naming it. */
  channels: readonly string[];
  /**
   * The ids of the runbooks that group alert storms (`groupWithinSeconds`). From the header when the file has it;
   * an index written before the header carried it reads every row once.
   */
  groupingIds(): ReadonlySet<string>;
  /** The runbook with this id, or undefined; its row is read and checked on first use. */
  runbook(id: string): IndexedRunbook | undefined;
  /** Every runbook, each row read and checked, ids checked to be unique: the whole file, so not for the alert path. */
  runbooks(): readonly IndexedRunbook[];
  /** The matcher over its runbooks (built on the first call; the same one after). */
  matcher(): Matcher;
}

/**
 * Opens index text. Version 3 in the layout `oncall build` writes: the header, count, channels and trigger table are
 * checked now; each row is checked when it is read, and a row that disagrees with the trigger table (the file was
 * edited) throws {@link IndexFormatError} from `match`. Everything else goes through `parseIndex`.
 */
export function openIndex(text: string, origin: string): OpenIndex {
  return openLayout3(text, origin) ?? openParsed(parseIndex(text, origin));
}

/** Reads and opens an index file; a missing file is an {@link IndexFormatError} that says how to build one. */
export async function openIndexFile(file: string, origin: string = file): Promise<OpenIndex> {
  return openIndex(await readIndexText(file, origin), origin);
}

/** An index already read in full, behind the same interface. Its matcher is built (and its regexes compiled) at once. */
export function openParsed(index: RunbookIndex): OpenIndex {
  let byId: Map<string, IndexedRunbook> | undefined;
  let matcher: Matcher | undefined;
  let grouping: ReadonlySet<string> | undefined;
  return {
    format: index.format,
    version: index.version,
    source: index.source,
    size: index.runbooks.length,
    channels: runbookChannels(index.runbooks),
    groupingIds: () => (grouping ??= new Set(groupingRunbookIds(index.runbooks))),
    runbook: (id) => (byId ??= new Map(index.runbooks.map((r) => [r.id, r]))).get(id),
    runbooks: () => index.runbooks,
    matcher: () => (matcher ??= createMatcher(index.runbooks)),
  };
}

const COMMA = 0x2c;
const TABLE_START = '"table":';
const ROWS_START = '"runbooks":[\n';

/** A version 3 file in the written layout, opened lazily; undefined when the text is anything else. */
function openLayout3(text: string, origin: string): OpenIndex | undefined {
  // The header line is the top-level object's first keys, ending in a comma: closed with `}` it parses alone.
  const headerEnd = text.indexOf('\n');
  if (headerEnd < 1 || text.charCodeAt(headerEnd - 1) !== COMMA) return undefined;
  const header = parseOrUndefined(`${text.slice(0, headerEnd - 1)}}`);
  if (!isObject(header) || header.format !== INDEX_FORMAT || header.version !== 3) return undefined;
  // Then the trigger table, on a line of its own.
  let at = headerEnd + 1;
  const tableEnd = text.indexOf('\n', at);
  if (tableEnd === -1 || !text.startsWith(TABLE_START, at) || text.charCodeAt(tableEnd - 1) !== COMMA) {
    return undefined;
  }
  const table = parseOrUndefined(text.slice(at + TABLE_START.length, tableEnd - 1));
  if (table === undefined) return undefined;
  at = tableEnd + 1;
  if (!text.startsWith(ROWS_START, at)) return undefined;
  at += ROWS_START.length;

  if (!Object.hasOwn(header, 'count') || !Object.hasOwn(header, 'channels')) return undefined;
  const count = header.count;
  checkCount(count, origin);
  // One row per line; where each starts, so that row i is a slice. A line count that disagrees with `count` is left
  // to the full parse, which says exactly what is wrong; a count beyond any the text could hold allocates nothing.
  if (count > text.length) return undefined;
  const starts = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) {
    starts[i] = at;
    const end = text.indexOf('\n', at);
    if (end === -1) return undefined;
    at = end + 1;
  }
  starts[count] = at;
  if (text.slice(at).trim() !== ']}') return undefined;

  const source = readSource(header, origin);
  checkColumns(header.columns, origin);
  const optional = optionalCells(header.columns);
  const channels = readChannels(header.channels, origin);
  const headerGrouping = Object.hasOwn(header, 'grouping')
    ? readGrouping(header.grouping, origin)
    : undefined;
  const triggerTable = readTriggerTable(table, count, origin);

  const decoded: (IndexedRunbook | undefined)[] = new Array<IndexedRunbook | undefined>(count);
  const decodedIds = new Map<string, IndexedRunbook>();
  const row = (i: number): IndexedRunbook => {
    const known = decoded[i];
    if (known) return known;
    // Every row but the last ends with a comma before its newline.
    const line = text.slice(starts[i], starts[i + 1]! - (i < count - 1 ? 2 : 1));
    let cells: unknown;
    try {
      cells = JSON.parse(line);
    } catch (error) {
      throw new IndexFormatError(
        `${origin}: runbooks[${i}] is not valid JSON (${(error as Error).message}). ${BUILD_HINT}`,
        { cause: error },
      );
    }
    const runbook = decodeRow(cells, i, origin, optional);
    decoded[i] = runbook;
    decodedIds.set(runbook.id, runbook);
    return runbook;
  };

  let matcher: Matcher | undefined;
  let all: IndexedRunbook[] | undefined;
  let grouping: ReadonlySet<string> | undefined;
  const allRows = (): IndexedRunbook[] => {
    if (all) return all;
    const seen = new Set<string>();
    const list: IndexedRunbook[] = [];
    for (let i = 0; i < count; i++) {
      const runbook = row(i);
      if (seen.has(runbook.id)) {
        throw new IndexFormatError(
          `${origin}: runbooks[${i}].id: runbook id "${runbook.id}" appears more than once. ${BUILD_HINT}`,
        );
      }
      seen.add(runbook.id);
      list.push(runbook);
    }
    return (all = list);
  };

  return {
    format: INDEX_FORMAT,
    version: 3,
    source,
    size: count,
    channels,
    groupingIds() {
      return (grouping ??= new Set(headerGrouping ?? groupingRunbookIds(allRows())));
    },
    runbook(id) {
      const known = decodedIds.get(id);
      if (known) return known;
      // Rows are sorted by id (code-unit order): a binary search reads about log2(count) of them.
      let low = 0;
      let high = count - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const found = row(middle);
        if (found.id === id) return found;
        if (found.id < id) low = middle + 1;
        else high = middle - 1;
      }
      return undefined;
    },
    runbooks: allRows,
    matcher() {
      return (matcher ??= createTableMatcher({
        size: count,
        table: triggerTable,
        runbook: row,
        tableProblem(i, runbook, problem) {
          throw new IndexFormatError(
            `${origin}: runbooks[${i}] ("${runbook.id}") disagrees with the trigger table: ${problem}. ${EDITED_HINT}`,
          );
        },
      }));
    },
  };
}

function parseOrUndefined(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}
