/**
 * The published runbook index (docs/index-format.md): built from validated runbooks, serialised byte-identically for
 * the same input, and read back with every field checked — the file may have been edited or come from a newer
 * version of this program.
 */
import { isAscii } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { buildTriggerTable, type TriggerTable } from './matcher.js';
import { INDEX_FORMAT, INDEX_VERSION } from './types.js';
import type {
  DiagnosticWorkflow,
  IndexedRunbook,
  IndexVersion,
  MatchRule,
  Runbook,
  RunbookIndex,
} from './types.js';
import { readDiagnoseValue } from './diagnose.js';

/** The index file is unreadable, not an index, of an unsupported version, or has a field of the wrong shape. */
export class IndexFormatError extends ConfigError {}

/** Index versions this program reads. */
export const READABLE_INDEX_VERSIONS: readonly number[] = [1, 2, INDEX_VERSION];

/** What the alert path needs from a runbook; the source file and embedded tests stay behind. */
export function toIndexed(runbook: Runbook): IndexedRunbook {
  return {
    id: runbook.id,
    title: runbook.title,
    ...(runbook.doc !== undefined ? { doc: runbook.doc } : {}),
    ...(runbook.url !== undefined ? { url: runbook.url } : {}),
    ...(runbook.owner !== undefined ? { owner: runbook.owner } : {}),
    priority: runbook.priority,
    ...(runbook.escalateTo !== undefined ? { escalateTo: runbook.escalateTo } : {}),
    ...(runbook.slackChannel !== undefined ? { slackChannel: runbook.slackChannel } : {}),
    ...(runbook.remindAfterSeconds !== undefined ? { remindAfterSeconds: runbook.remindAfterSeconds } : {}),
    ...(runbook.groupWithinSeconds !== undefined ? { groupWithinSeconds: runbook.groupWithinSeconds } : {}),
    match: copyRule(runbook.match),
    ...(runbook.diagnose ? { diagnose: copyDiagnose(runbook.diagnose) } : {}),
  };
}

/** The index for `runbooks`, sorted by id (code-unit order, independent of locale). No timestamps. */
export function buildIndex(runbooks: Runbook[], source: RunbookIndex['source']): RunbookIndex {
  const indexed = runbooks.map(toIndexed).sort((a, b) => compareCodeUnits(a.id, b.id));
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    source: { repository: source.repository, commit: source.commit, dir: source.dir },
    runbooks: indexed,
  };
}

/**
 * What each row of a version 2 or 3 index holds, in order. Readers require exactly these first columns and ignore
 * any after them, so a column can be added at the end without a new version.
 */
/**
 * An optional column after {@link INDEX_COLUMNS}: the runbook's `diagnose` list, or null. Present only when some
 * runbook has one; readers find it by name, so other optional columns may come before or after it.
 */
export const DIAGNOSE_COLUMN = 'diagnose';

export const INDEX_COLUMNS = [
  'id',
  'title',
  'doc',
  'url',
  'owner',
  'priority',
  'escalateTo',
  'any',
  'all',
  'none',
  'regex',
  'services',
  'slackChannel',
] as const;

/** The parts of a version 3 index's trigger table (`table`, see {@link TriggerTable}), in file order. */
export const TABLE_KEYS = [
  'keywords',
  'keywordEnds',
  'triggers',
  'triggerEnds',
  'buckets',
  'bucketEnds',
  'untriggered',
] as const;

/**
 * Columns after {@link INDEX_COLUMNS}, added without a new version and always written; readers find every optional
 * column by name (see {@link optionalCells}), so rows of a file written before one existed still read.
 */
export const INDEX_OPTIONAL_COLUMNS = ['remindAfterSeconds', 'groupWithinSeconds'] as const;

/**
 * The index as JSON (docs/index-format.md), in the layout of `version` (default: the current one, 3). Version 3 is a
 * header line (with the runbook count and the Slack channels the runbooks name), a line with the matcher's trigger
 * table (see {@link TriggerTable}), then one row per runbook — an array in
 * {@link INDEX_COLUMNS} order, `null` for an absent optional value — each on its own line, then a trailing newline.
 * Version 2 is the same without the count, the channels and the table. The same index always gives the same bytes,
 * so an unchanged rule set publishes no new commit.
 *
 * The table and the one-row-per-line layout let a reader match without reading every runbook: it parses the header
 * and the table, and a row only when its runbook is a candidate for an alert (see `openIndex`).
 */
export function serializeIndex(index: RunbookIndex, version: 2 | 3 = INDEX_VERSION): string {
  // Fields are copied one by one so that the output never depends on how the input object was assembled.
  // The diagnose column is written only when a runbook uses it, so an index without diagnostics keeps its bytes.
  const withDiagnose = index.runbooks.some((rb) => rb.diagnose !== undefined);
  const header: Record<string, unknown> = {
    format: INDEX_FORMAT,
    version,
    source: { repository: index.source.repository, commit: index.source.commit, dir: index.source.dir },
    columns: [...INDEX_COLUMNS, ...INDEX_OPTIONAL_COLUMNS, ...(withDiagnose ? [DIAGNOSE_COLUMN] : [])],
  };
  let table = '';
  if (version === 3) {
    header.count = index.runbooks.length;
    header.channels = runbookChannels(index.runbooks);
    header.grouping = groupingRunbookIds(index.runbooks);
    const built = buildTriggerTable(index.runbooks);
    // Key by key, so that the bytes never depend on how the table object was assembled.
    table = `"table":{${TABLE_KEYS.map((key) => `"${key}":${JSON.stringify(built[key])}`).join(',')}},\n`;
  }
  const rows = index.runbooks.map((rb) =>
    JSON.stringify([
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
      ...(withDiagnose ? [rb.diagnose ?? null] : []),
    ]),
  );
  return `${JSON.stringify(header).slice(0, -1)},\n${table}"runbooks":[\n${rows.join(',\n')}\n]}\n`;
}

/** Each Slack channel the runbooks name (`slackChannel`), once, in the order of the runbooks that first name it. */
export function runbookChannels(runbooks: readonly IndexedRunbook[]): string[] {
  const channels = new Set<string>();
  for (const rb of runbooks) if (rb.slackChannel !== undefined) channels.add(rb.slackChannel);
  return [...channels];
}

/**
 * The ids of the runbooks that group alert storms (`groupWithinSeconds`), in row order. The alert path looks for a
 * grouped incident's reply only when there are some, and only in their storms' threads.
 */
export function groupingRunbookIds(runbooks: readonly IndexedRunbook[]): string[] {
  return runbooks.filter((rb) => rb.groupWithinSeconds !== undefined).map((rb) => rb.id);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function copyDiagnose(list: readonly DiagnosticWorkflow[]): DiagnosticWorkflow[] {
  // Inputs sorted by name: the same runbook gives the same bytes however its keys were written.
  return list.map((d) => ({
    workflow: d.workflow,
    inputs: Object.fromEntries(Object.entries(d.inputs).sort(([a], [b]) => compareCodeUnits(a, b))),
  }));
}

function copyRule(match: MatchRule): MatchRule {
  return {
    any: [...match.any],
    all: [...match.all],
    none: [...match.none],
    regex: [...match.regex],
    services: [...match.services],
  };
}

/** Reads and checks an index file. Errors name the file (as `origin`, default the path) and the field. */
export async function readIndexFile(file: string, origin: string = file): Promise<RunbookIndex> {
  return parseIndex(await readIndexText(file, origin), origin);
}

/** The text of an index file; a missing or unreadable file is an {@link IndexFormatError} saying what to do. */
export async function readIndexText(file: string, origin: string = file): Promise<string> {
  try {
    const bytes = await readFile(file);
    // An index is almost always ASCII (JSON escapes nothing else, but runbook titles may hold any text): then each
    // byte is one character, and copying them is about twice as fast as decoding UTF-8 for a 4 MB file.
    return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IndexFormatError(
      code === 'ENOENT'
        ? `Index file ${origin} does not exist. Build one with "oncall build runbooks --out ${origin}".`
        : `Cannot read index file ${origin}: ${(error as Error).message}.`,
      { cause: error },
    );
  }
}

export const BUILD_HINT = 'Rebuild it with "oncall build runbooks --out <file>".';

/**
 * Parses an index of version 1, 2 or 3, checking every field instead of trusting the file; in version 3 the count,
 * the channels and the trigger table must also agree with the rows. `origin` (a path or URL) starts every message.
 * Unknown keys (and, in versions 2 and 3, columns after the known ones) are ignored, so a reader accepts files with
 * additive fields. To match alerts against a large index, `openIndex` is faster: it reads rows only when needed.
 */
export function parseIndex(json: string, origin: string): RunbookIndex {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new IndexFormatError(
      `${origin}: not a runbook index: expected JSON, found invalid JSON (${(error as Error).message}). ${BUILD_HINT}`,
      { cause: error },
    );
  }
  if (!isObject(data)) {
    throw new IndexFormatError(
      `${origin}: not a runbook index: expected a JSON object, found ${describe(data)}.`,
    );
  }
  if (data.format !== INDEX_FORMAT) {
    throw new IndexFormatError(
      `${origin}: not a runbook index: expected "format": "${INDEX_FORMAT}", found ${describe(data.format)}. ${BUILD_HINT}`,
    );
  }
  if (typeof data.version !== 'number' || !READABLE_INDEX_VERSIONS.includes(data.version)) {
    const newer = typeof data.version === 'number' && data.version > INDEX_VERSION;
    throw new IndexFormatError(
      `${origin}: unsupported index version ${describe(data.version)}; this program reads version ${READABLE_INDEX_VERSIONS.join(', ')}. ` +
        (newer
          ? 'Upgrade oncall-runbooks to a release that reads this version, or rebuild the index with this one.'
          : BUILD_HINT),
    );
  }
  const version = data.version as IndexVersion;
  const source = readSource(data, origin);
  const columns = version === 1 ? undefined : field(data, 'columns', origin, 'columns');
  if (version !== 1) checkColumns(columns, origin);
  const cells = optionalCells(columns);
  const list = field(data, 'runbooks', origin, 'runbooks');
  if (!Array.isArray(list)) throw wrong(origin, 'runbooks', 'a list', list);
  const seen = new Set<string>();
  const runbooks: IndexedRunbook[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    // The quick check allocates nothing but the result; only a bad entry pays for the detailed, located message.
    const runbook =
      version === 1
        ? withOptional(
            quickRunbook(item) ?? checkedRunbook(item, `runbooks[${i}]`, origin),
            (name) => (isObject(item) ? own(item, name) : undefined),
            `runbooks[${i}]`,
            origin,
          )
        : decodeRow(item, i, origin, cells);
    if (seen.has(runbook.id)) {
      throw new IndexFormatError(
        `${origin}: runbooks[${i}].id: runbook id "${runbook.id}" appears more than once. ${BUILD_HINT}`,
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
    runbooks,
  };
}

/** An index's `source`, checked (own keys only, unknown keys dropped). */
export function readSource(data: Obj, origin: string): RunbookIndex['source'] {
  const source = field(data, 'source', origin, 'source');
  if (!isObject(source)) throw wrong(origin, 'source', 'an object', source);
  return {
    repository: nullableStr(source, 'repository', origin),
    commit: nullableStr(source, 'commit', origin),
    dir: str(source, 'dir', origin, 'source'),
  };
}

/** Row `i` of a version 2 or 3 index (the parsed JSON array), checked; a wrong cell throws with its place. */
export function decodeRow(
  row: unknown,
  i: number,
  origin: string,
  cells: OptionalCells = new Map(),
): IndexedRunbook {
  // The quick check allocates nothing but the result; only a bad row pays for the detailed, located message.
  const runbook = quickRow(row) ?? checkedRow(row, `runbooks[${i}]`, origin);
  if (cells.size === 0) return runbook;
  return withOptional(
    runbook,
    (name) => {
      const at = cells.get(name);
      return at !== undefined && Array.isArray(row) ? (row as unknown[])[at] : undefined;
    },
    `runbooks[${i}]`,
    origin,
  );
}

/**
 * Version 3: `count`, `channels`, `grouping` and the trigger table are derived from the rows by `oncall build`; a file where they
 * disagree was changed after it was built, and a reader that trusts them (`openIndex`) would misread it.
 */
function checkDerived(data: Obj, runbooks: IndexedRunbook[], origin: string): void {
  checkCount(field(data, 'count', origin, 'count'), origin);
  if (data.count !== runbooks.length) {
    throw new IndexFormatError(
      `${origin}: count says ${String(data.count)} runbooks, but the file has ${runbooks.length} rows. ${EDITED_HINT}`,
    );
  }
  const channels = readChannels(field(data, 'channels', origin, 'channels'), origin);
  if (JSON.stringify(channels) !== JSON.stringify(runbookChannels(runbooks))) {
    throw new IndexFormatError(`${origin}: channels does not agree with the runbook rows. ${EDITED_HINT}`);
  }
  // Absent from files written before it existed; present, it must be what the rows give.
  if (Object.hasOwn(data, 'grouping')) {
    const grouping = readGrouping(data.grouping, origin);
    if (JSON.stringify(grouping) !== JSON.stringify(groupingRunbookIds(runbooks))) {
      throw new IndexFormatError(`${origin}: grouping does not agree with the runbook rows. ${EDITED_HINT}`);
    }
  }
  const stored = readTriggerTable(field(data, 'table', origin, 'table'), runbooks.length, origin);
  const derived = buildTriggerTable(runbooks);
  for (const key of TABLE_KEYS) {
    if (JSON.stringify(stored[key]) !== JSON.stringify(derived[key])) {
      throw new IndexFormatError(
        `${origin}: table.${key} does not agree with the runbook rows it is derived from. ${EDITED_HINT}`,
      );
    }
  }
}

export const EDITED_HINT =
  'The file was changed after "oncall build" wrote it; rebuild it with "oncall build runbooks --out <file>" instead of editing it.';

/** A version 3 header's `count`: a non-negative integer. */
export function checkCount(count: unknown, origin: string): asserts count is number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw wrong(origin, 'count', 'a non-negative integer (the number of runbook rows)', count);
  }
}

/** A version 3 header's `grouping`: runbook ids, each once. */
export function readGrouping(grouping: unknown, origin: string): string[] {
  if (!Array.isArray(grouping)) throw wrong(origin, 'grouping', 'a list of runbook ids', grouping);
  const seen = new Set<unknown>();
  for (let i = 0; i < grouping.length; i++) {
    if (typeof grouping[i] !== 'string' || grouping[i] === '') {
      throw wrong(origin, `grouping[${i}]`, 'a runbook id', grouping[i]);
    }
    if (seen.has(grouping[i])) throw wrong(origin, `grouping[${i}]`, 'an id not listed before', grouping[i]);
    seen.add(grouping[i]);
  }
  return grouping as string[];
}

/** A version 3 header's `channels`: Slack channel IDs, each once. */
export function readChannels(channels: unknown, origin: string): string[] {
  if (!Array.isArray(channels)) throw wrong(origin, 'channels', 'a list of Slack channel IDs', channels);
  const seen = new Set<unknown>();
  for (let i = 0; i < channels.length; i++) {
    if (!isChannelId(channels[i])) {
      throw wrong(origin, `channels[${i}]`, 'a Slack channel ID such as "C0123ABCD"', channels[i]);
    }
    if (seen.has(channels[i]))
      throw wrong(origin, `channels[${i}]`, 'a channel not listed before', channels[i]);
    seen.add(channels[i]);
  }
  return channels as string[];
}

/**
 * A version 3 trigger table (`table`), checked for shape (see {@link TriggerTable}): lists of integers, each
 * `…Ends` list ascending and ending at the length of what it divides, every keyword and every keyword's runbook list
 * non-empty, runbook numbers below `size` (ascending in `untriggered`), keyword numbers below the keyword count, a
 * power of two of buckets. The order within a keyword's runbooks or a bucket changes no match, so it is left to
 * `parseIndex`, which compares the whole table with the one the rows give. Whether it agrees with the rows is not checked here (see `parseIndex`, and the matcher's check of each row
 * it reads).
 */
export function readTriggerTable(table: unknown, size: number, origin: string): TriggerTable {
  if (!isObject(table)) throw wrong(origin, 'table', 'an object', table);
  const part = (key: (typeof TABLE_KEYS)[number]) => field(table, key, origin, 'table');
  const keywords = part('keywords');
  if (typeof keywords !== 'string') throw wrong(origin, 'table.keywords', 'a string', keywords);
  const keywordEnds = ends(part('keywordEnds'), keywords.length, true, 'keywordEnds', origin);
  const keywordCount = keywordEnds.length;
  const triggers = numbers(part('triggers'), size, 'triggers', origin);
  const triggerEnds = ends(part('triggerEnds'), triggers.length, true, 'triggerEnds', origin);
  if (triggerEnds.length !== keywordCount) {
    throw wrong(
      origin,
      'table.triggerEnds',
      `a list of ${keywordCount} numbers (one per keyword)`,
      triggerEnds,
    );
  }
  const buckets = numbers(part('buckets'), keywordCount, 'buckets', origin);
  if (buckets.length !== keywordCount) {
    throw wrong(
      origin,
      'table.buckets',
      `a list of ${keywordCount} keyword numbers (each keyword once)`,
      buckets,
    );
  }
  const bucketEnds = ends(part('bucketEnds'), buckets.length, false, 'bucketEnds', origin);
  if (bucketEnds.length === 0 || (bucketEnds.length & (bucketEnds.length - 1)) !== 0) {
    throw wrong(origin, 'table.bucketEnds', 'a list whose length is a power of two', bucketEnds);
  }
  const untriggered = numbers(part('untriggered'), size, 'untriggered', origin);
  ascending(untriggered, 'untriggered', origin);
  return { keywords, keywordEnds, triggers, triggerEnds, buckets, bucketEnds, untriggered };
}

// The loops below run over every number of a 10,000-runbook table while an index is opened, mostly before the code
// is optimised: one plain loop each, no call per number. `(v | 0) === v` holds only for an integer number.

/** A list of integers from 0 to `limit` - 1. */
function numbers(list: unknown, limit: number, key: string, origin: string): number[] {
  if (!Array.isArray(list)) throw wrong(origin, `table.${key}`, 'a list of integers', list);
  for (let i = 0; i < list.length; i++) {
    const v: unknown = list[i];
    if (!((v as number) >= 0 && (v as number) < limit && ((v as number) | 0) === v)) {
      throw wrong(origin, `table.${key}[${i}]`, `an integer from 0 to ${limit - 1}`, v);
    }
  }
  return list as number[];
}

/** Where each part of a list of `total` items ends: ascending (strictly when no part may be empty), the last `total`. */
function ends(list: unknown, total: number, strict: boolean, key: string, origin: string): number[] {
  if (!Array.isArray(list)) throw wrong(origin, `table.${key}`, 'a list of integers', list);
  let before = 0;
  for (let i = 0; i < list.length; i++) {
    const v: unknown = list[i];
    if (!((v as number) <= total && ((v as number) | 0) === v && (strict ? v > before : v >= before))) {
      throw wrong(
        origin,
        `table.${key}[${i}]`,
        `an integer from ${before + (strict ? 1 : 0)} to ${total}`,
        v,
      );
    }
    before = v as number;
  }
  if (before !== total) {
    throw wrong(origin, `table.${key}`, `a list ending with ${total} (where the list it divides ends)`, list);
  }
  return list as number[];
}

/** Numbers ascending. */
function ascending(list: number[], key: string, origin: string): void {
  for (let i = 1; i < list.length; i++) {
    if (list[i]! <= list[i - 1]!) {
      throw wrong(origin, `table.${key}[${i}]`, `a number greater than ${list[i - 1]!}`, list[i]);
    }
  }
}

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** Where each optional column sits in a version 2 or 3 file's rows: found by name after the required columns. */
export type OptionalCells = ReadonlyMap<string, number>;

/** The optional columns `columns` names, with their places; the order of optional columns never matters. */
export function optionalCells(columns: unknown): OptionalCells {
  const at = new Map<string, number>();
  if (!Array.isArray(columns)) return at;
  for (const name of [...INDEX_OPTIONAL_COLUMNS, DIAGNOSE_COLUMN]) {
    const i = columns.indexOf(name, INDEX_COLUMNS.length);
    if (i >= 0) at.set(name, i);
  }
  return at;
}

/**
 * Adds the optional fields the entry has (`get` reads a column or key by name): `remindAfterSeconds` and
 * `groupWithinSeconds` (a positive whole number of seconds) and `diagnose`, each checked with its place.
 */
function withOptional(
  runbook: IndexedRunbook,
  get: (name: string) => unknown,
  where: string,
  origin: string,
): IndexedRunbook {
  for (const name of INDEX_OPTIONAL_COLUMNS) {
    const value = get(name);
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw wrong(origin, `${where}.${name}`, 'a positive whole number of seconds or null', value);
    }
    runbook[name] = value;
  }
  const diagnose = get(DIAGNOSE_COLUMN);
  if (diagnose !== undefined && diagnose !== null) {
    const read = readDiagnoseValue(diagnose);
    if (typeof read === 'string') throw wrong(origin, `${where}.diagnose`, read, diagnose);
    if (read) runbook.diagnose = read;
  }
  return runbook;
}

/** The match rule when all five lists are lists of strings, else undefined. */
function matchRule(
  any: unknown,
  all: unknown,
  none: unknown,
  regex: unknown,
  services: unknown,
): MatchRule | undefined {
  if (
    !isTextList(any) ||
    !isTextList(all) ||
    !isTextList(none) ||
    !isTextList(regex) ||
    !isTextList(services)
  ) {
    return undefined;
  }
  return { any, all, none, regex, services };
}

function isTextList(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  // A plain loop: this runs for every list of every runbook while loading, mostly before the code is optimised.
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}
const isOptionalText = (v: unknown): v is string | undefined => v === undefined || isText(v);

/** An own property (never one inherited through the prototype), or undefined. */
function own(obj: Obj, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** The runbook when every field is right (the normal case), else undefined. Own keys only, unknown keys dropped. */
function quickRunbook(item: unknown): IndexedRunbook | undefined {
  if (!isObject(item)) return undefined;
  const id = own(item, 'id');
  const title = own(item, 'title');
  const priority = own(item, 'priority');
  const match = own(item, 'match');
  if (!isText(id) || !isText(title) || typeof priority !== 'number' || !Number.isSafeInteger(priority))
    return undefined;
  if (!isObject(match)) return undefined;
  const any = own(match, 'any');
  const all = own(match, 'all');
  const none = own(match, 'none');
  const regex = own(match, 'regex');
  const services = own(match, 'services');
  const rule = matchRule(any, all, none, regex, services);
  if (!rule) return undefined;
  const doc = own(item, 'doc');
  const url = own(item, 'url');
  const owner = own(item, 'owner');
  const escalateTo = own(item, 'escalateTo');
  const slackChannel = own(item, 'slackChannel');
  if (!isOptionalText(doc) || !isOptionalText(url) || !isOptionalText(owner)) return undefined;
  if (slackChannel !== undefined && !isChannelId(slackChannel)) return undefined;
  if (escalateTo !== undefined && !isEscalationLevel(escalateTo)) return undefined;
  const runbook: IndexedRunbook = { id, title, priority, match: rule };
  if (doc !== undefined) runbook.doc = doc;
  if (url !== undefined) runbook.url = url;
  if (owner !== undefined) runbook.owner = owner;
  if (escalateTo !== undefined) runbook.escalateTo = escalateTo;
  if (slackChannel !== undefined) runbook.slackChannel = slackChannel;
  return runbook;
}

/** A version 2 or 3 header's `columns`: the known names first, in order. */
export function checkColumns(columns: unknown, origin: string): void {
  const ok =
    Array.isArray(columns) &&
    columns.length >= INDEX_COLUMNS.length &&
    INDEX_COLUMNS.every((name, i) => columns[i] === name);
  if (!ok) {
    throw new IndexFormatError(
      `${origin}: columns should start with ${JSON.stringify(INDEX_COLUMNS)}, found ${describe(columns)}. ${BUILD_HINT}`,
    );
  }
}

/** A version 2 row when every cell is right (the normal case), else undefined. Cells after the known ones are ignored. */
function quickRow(row: unknown): IndexedRunbook | undefined {
  if (!Array.isArray(row) || row.length < INDEX_COLUMNS.length) return undefined;
  // Indexed reads, not destructuring: an array pattern goes through the iterator protocol, which is slow in code
  // that runs once per runbook before it is optimised.
  const cells = row as unknown[];
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
  if (!isText(id) || !isText(title) || typeof priority !== 'number' || !Number.isSafeInteger(priority))
    return undefined;
  if (!isNullableText(doc) || !isNullableText(url) || !isNullableText(owner)) return undefined;
  if (escalateTo !== null && !isEscalationLevel(escalateTo)) return undefined;
  if (slackChannel !== null && !isChannelId(slackChannel)) return undefined;
  const rule = matchRule(any, all, none, regex, services);
  if (!rule) return undefined;
  const runbook: IndexedRunbook = { id, title, priority, match: rule };
  if (doc !== null) runbook.doc = doc;
  if (url !== null) runbook.url = url;
  if (owner !== null) runbook.owner = owner;
  if (escalateTo !== null) runbook.escalateTo = escalateTo;
  if (slackChannel !== null) runbook.slackChannel = slackChannel;
  return runbook;
}

const isNullableText = (v: unknown): v is string | null => v === null || isText(v);

/** A version 2 row cell by cell, throwing at the first wrong one with its place, e.g. `runbooks[3].any`. */
function checkedRow(row: unknown, where: string, origin: string): IndexedRunbook {
  if (!Array.isArray(row)) throw wrong(origin, where, `a list of ${INDEX_COLUMNS.length} values`, row);
  const cell = (i: number) => ({ value: row[i] as unknown, at: `${where}.${INDEX_COLUMNS[i]}` });
  const text = (i: number, nullable: boolean) => {
    const { value, at } = cell(i);
    if (nullable && value === null) return undefined;
    if (!isText(value))
      throw wrong(origin, at, nullable ? 'a non-empty string or null' : 'a non-empty string', value);
    return value;
  };
  const list = (i: number) => {
    const { value, at } = cell(i);
    if (!Array.isArray(value)) throw wrong(origin, at, 'a list of strings', value);
    value.forEach((x, k) => {
      if (typeof x !== 'string') throw wrong(origin, `${at}[${k}]`, 'a string', x);
    });
    return value as string[];
  };
  const priority = cell(5);
  if (typeof priority.value !== 'number' || !Number.isSafeInteger(priority.value)) {
    throw wrong(origin, priority.at, 'an integer', priority.value);
  }
  const escalateTo = cell(6);
  if (escalateTo.value !== null && !isEscalationLevel(escalateTo.value)) {
    throw wrong(origin, escalateTo.at, 'a positive integer or null', escalateTo.value);
  }
  const runbook: IndexedRunbook = {
    id: text(0, false)!,
    title: text(1, false)!,
    priority: priority.value,
    match: { any: list(7), all: list(8), none: list(9), regex: list(10), services: list(11) },
  };
  const doc = text(2, true);
  if (doc !== undefined) runbook.doc = doc;
  const url = text(3, true);
  if (url !== undefined) runbook.url = url;
  const owner = text(4, true);
  if (owner !== undefined) runbook.owner = owner;
  if (escalateTo.value !== null) runbook.escalateTo = escalateTo.value as number;
  const slackChannel = cell(12);
  if (slackChannel.value !== null) {
    if (!isChannelId(slackChannel.value))
      throw wrong(
        origin,
        slackChannel.at,
        'a Slack channel ID such as "C0123ABCD", or null',
        slackChannel.value,
      );
    runbook.slackChannel = slackChannel.value;
  }
  return runbook;
}

function isEscalationLevel(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
}

/** Field by field, throwing at the first wrong one with its location. */
function checkedRunbook(item: unknown, where: string, origin: string): IndexedRunbook {
  if (!isObject(item)) throw wrong(origin, where, 'an object', item);
  const id = str(item, 'id', origin, where);
  const priority = field(item, 'priority', origin, where);
  if (typeof priority !== 'number' || !Number.isSafeInteger(priority)) {
    throw wrong(origin, `${where}.priority`, 'an integer', priority);
  }
  const match = field(item, 'match', origin, where);
  if (!isObject(match)) throw wrong(origin, `${where}.match`, 'an object', match);
  const runbook: IndexedRunbook = {
    id,
    title: str(item, 'title', origin, where),
    priority,
    match: {
      any: strings(match, 'any', origin, `${where}.match`),
      all: strings(match, 'all', origin, `${where}.match`),
      none: strings(match, 'none', origin, `${where}.match`),
      regex: strings(match, 'regex', origin, `${where}.match`),
      services: strings(match, 'services', origin, `${where}.match`),
    },
  };
  const doc = optionalStr(item, 'doc', origin, where);
  if (doc !== undefined) runbook.doc = doc;
  const url = optionalStr(item, 'url', origin, where);
  if (url !== undefined) runbook.url = url;
  const owner = optionalStr(item, 'owner', origin, where);
  if (owner !== undefined) runbook.owner = owner;
  if (Object.hasOwn(item, 'escalateTo') && item.escalateTo !== undefined) {
    if (!isEscalationLevel(item.escalateTo)) {
      throw wrong(origin, `${where}.escalateTo`, 'a positive integer', item.escalateTo);
    }
    runbook.escalateTo = item.escalateTo;
  }
  if (Object.hasOwn(item, 'slackChannel') && item.slackChannel !== undefined) {
    if (!isChannelId(item.slackChannel)) {
      throw wrong(
        origin,
        `${where}.slackChannel`,
        'a Slack channel ID such as "C0123ABCD"',
        item.slackChannel,
      );
    }
    runbook.slackChannel = item.slackChannel;
  }
  return runbook;
}

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return `${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown} (a ${typeof value})`;
}

/** The error for a field of the wrong shape: `<origin>: <where> should be <expected>, found <what>. Rebuild…` */
export function wrong(origin: string, where: string, expected: string, found: unknown): IndexFormatError {
  return new IndexFormatError(
    `${origin}: ${where} should be ${expected}, found ${describe(found)}. ${BUILD_HINT}`,
  );
}

function field(obj: Obj, key: string, origin: string, where: string): unknown {
  // Own properties only: `constructor` or `__proto__` must not be read through the prototype.
  if (!Object.hasOwn(obj, key)) {
    throw new IndexFormatError(
      `${origin}: ${where}${where === key ? '' : `.${key}`} is missing. ${BUILD_HINT}`,
    );
  }
  return obj[key];
}

function str(obj: Obj, key: string, origin: string, where: string): string {
  const value = field(obj, key, origin, where);
  if (typeof value !== 'string' || value === '')
    throw wrong(origin, `${where}.${key}`, 'a non-empty string', value);
  return value;
}

function optionalStr(obj: Obj, key: string, origin: string, where: string): string | undefined {
  if (!Object.hasOwn(obj, key) || obj[key] === undefined) return undefined;
  return str(obj, key, origin, where);
}

function nullableStr(obj: Obj, key: string, origin: string): string | null {
  const value = field(obj, key, origin, 'source');
  if (value === null) return null;
  if (typeof value !== 'string') throw wrong(origin, `source.${key}`, 'a string or null', value);
  return value;
}

function strings(obj: Obj, key: string, origin: string, where: string): string[] {
  const value = field(obj, key, origin, where);
  if (!Array.isArray(value)) throw wrong(origin, `${where}.${key}`, 'a list of strings', value);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') throw wrong(origin, `${where}.${key}[${i}]`, 'a string', value[i]);
  }
  return value as string[];
}

/**
 * Where the index comes from: the commit from `GITHUB_SHA`, else `git rev-parse HEAD` in `cwd` (null when neither is
 * available), the repository from `GITHUB_REPOSITORY` (null otherwise), and `dir` relative to `cwd` with `/`
 * separators. child_process is imported only here, so reading an index never loads it.
 */
export async function resolveSource(options: {
  dir: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}): Promise<RunbookIndex['source']> {
  const { env, cwd } = options;
  let commit =
    env.GITHUB_SHA && /^[0-9a-f]{40,64}$/i.test(env.GITHUB_SHA) ? env.GITHUB_SHA.toLowerCase() : null;
  if (commit === null) {
    const { execFileSync } = await import('node:child_process');
    try {
      const out = execFileSync('git', ['rev-parse', 'HEAD'], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 5000,
      }).trim();
      if (/^[0-9a-f]{40,64}$/.test(out)) commit = out;
    } catch {
      // No git, not a repository, or no commit yet: the index says so with `commit: null`.
    }
  }
  const repository =
    env.GITHUB_REPOSITORY && env.GITHUB_REPOSITORY.includes('/') ? env.GITHUB_REPOSITORY : null;
  const relative = path.relative(cwd, path.resolve(cwd, options.dir)).split(path.sep).join('/');
  return { repository, commit, dir: relative === '' ? '.' : relative };
}

function isChannelId(v: unknown): v is string {
  return typeof v === 'string' && /^[CG][A-Z0-9]{2,}$/.test(v);
}
