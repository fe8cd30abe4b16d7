/**
 * The published runbook index (docs/index-format.md): built from validated runbooks, serialised byte-identically for
 * the same input, and read back with every field checked — the file may have been edited or come from a newer
 * version of this program.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
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
export const READABLE_INDEX_VERSIONS: readonly number[] = [1, INDEX_VERSION];

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
  const indexed = runbooks.map(toIndexed).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    source: { repository: source.repository, commit: source.commit, dir: source.dir },
    runbooks: indexed,
  };
}

/**
 * What each row of a version 2 index holds, in order. Readers require exactly these first columns and ignore any
 * after them, so a column can be added at the end without a new version.
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

/**
 * Columns after {@link INDEX_COLUMNS}, added without a new version: a reader takes each one only when the header names
 * it at its place, so rows of a file written before it existed (13 cells) still read.
 */
export const INDEX_OPTIONAL_COLUMNS = ['remindAfterSeconds', 'groupWithinSeconds'] as const;

/**
 * The index as JSON in the version 2 layout (docs/index-format.md): a header line, then one row per runbook — an
 * array in {@link INDEX_COLUMNS} order, `null` for an absent optional value — each on its own line, then a trailing
 * newline. The same index always gives the same bytes, so an unchanged rule set publishes no new commit. The layout
 * is about half the size of version 1 and parses several times faster, which is most of loading an index.
 */
export function serializeIndex(index: RunbookIndex): string {
  // Fields are copied one by one so that the output never depends on how the input object was assembled.
  // The diagnose column is written only when a runbook uses it, so an index without diagnostics keeps its bytes.
  const withDiagnose = index.runbooks.some((rb) => rb.diagnose !== undefined);
  const header = JSON.stringify({
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    source: { repository: index.source.repository, commit: index.source.commit, dir: index.source.dir },
    columns: [...INDEX_COLUMNS, ...INDEX_OPTIONAL_COLUMNS, ...(withDiagnose ? [DIAGNOSE_COLUMN] : [])],
  });
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
  return `${header.slice(0, -1)},\n"runbooks":[\n${rows.join(',\n')}\n]}\n`;
}

function copyDiagnose(list: readonly DiagnosticWorkflow[]): DiagnosticWorkflow[] {
  // Inputs sorted by name: the same runbook gives the same bytes however its keys were written.
  return list.map((d) => ({
    workflow: d.workflow,
    inputs: Object.fromEntries(Object.entries(d.inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
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
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IndexFormatError(
      code === 'ENOENT'
        ? `Index file ${origin} does not exist. Build one with "oncall build runbooks --out ${origin}".`
        : `Cannot read index file ${origin}: ${(error as Error).message}.`,
      { cause: error },
    );
  }
  return parseIndex(json, origin);
}

const BUILD_HINT = 'Rebuild it with "oncall build runbooks --out <file>".';

/**
 * Parses an index of version 1 or 2, checking every field instead of trusting the file. `origin` (a path or URL)
 * starts every message. Unknown keys (and, in version 2, columns after the known ones) are ignored, so a reader
 * accepts files with additive fields.
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
  const source = field(data, 'source', origin, 'source');
  if (!isObject(source)) throw wrong(origin, 'source', 'an object', source);
  const columns = version === 2 ? field(data, 'columns', origin, 'columns') : undefined;
  if (version === 2) checkColumns(columns, origin);
  const optional = optionalColumns(columns);
  const diagnoseCell = Array.isArray(columns) ? columns.indexOf(DIAGNOSE_COLUMN, INDEX_COLUMNS.length) : -1;
  const list = field(data, 'runbooks', origin, 'runbooks');
  if (!Array.isArray(list)) throw wrong(origin, 'runbooks', 'a list', list);
  const seen = new Set<string>();
  const runbooks: IndexedRunbook[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    // The quick check allocates nothing but the result; only a bad entry pays for the detailed, located message.
    const runbook =
      version === 2
        ? (quickRow(item) ?? checkedRow(item, `runbooks[${i}]`, origin))
        : (quickRunbook(item) ?? checkedRunbook(item, `runbooks[${i}]`, origin));
    readDurations(runbook, item, version, optional, `runbooks[${i}]`, origin);
    const diagnose =
      version === 2
        ? diagnoseCell >= 0 && Array.isArray(item)
          ? (item as unknown[])[diagnoseCell]
          : undefined
        : isObject(item)
          ? own(item, 'diagnose')
          : undefined;
    if (diagnose !== undefined && diagnose !== null) {
      const read = readDiagnoseValue(diagnose);
      if (typeof read === 'string') throw wrong(origin, `runbooks[${i}].diagnose`, read, diagnose);
      if (read) runbook.diagnose = read;
    }
    if (seen.has(runbook.id)) {
      throw new IndexFormatError(
        `${origin}: runbooks[${i}].id: runbook id "${runbook.id}" appears more than once. ${BUILD_HINT}`,
      );
    }
    seen.add(runbook.id);
    runbooks.push(runbook);
  }
  return {
    format: INDEX_FORMAT,
    version,
    source: {
      repository: nullableStr(source, 'repository', origin),
      commit: nullableStr(source, 'commit', origin),
      dir: str(source, 'dir', origin, 'source'),
    },
    runbooks,
  };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** Where each optional column sits in this file's rows (absent when the header does not name it there). */
function optionalColumns(columns: unknown): Map<(typeof INDEX_OPTIONAL_COLUMNS)[number], number> {
  const at = new Map<(typeof INDEX_OPTIONAL_COLUMNS)[number], number>();
  if (!Array.isArray(columns)) return at;
  for (const name of INDEX_OPTIONAL_COLUMNS) {
    // Found by name after the required columns, like every optional column, so their order never matters.
    const i = columns.indexOf(name, INDEX_COLUMNS.length);
    if (i >= 0) at.set(name, i);
  }
  return at;
}

/** Adds `remindAfterSeconds` and `groupWithinSeconds` when the entry has them: a positive whole number of seconds. */
function readDurations(
  runbook: IndexedRunbook,
  item: unknown,
  version: IndexVersion,
  optional: Map<(typeof INDEX_OPTIONAL_COLUMNS)[number], number>,
  where: string,
  origin: string,
): void {
  for (const name of INDEX_OPTIONAL_COLUMNS) {
    let value: unknown;
    if (version === 2) {
      const i = optional.get(name);
      value = i !== undefined && Array.isArray(item) ? item[i] : undefined;
    } else if (isObject(item)) {
      value = own(item, name);
    }
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      throw wrong(origin, `${where}.${name}`, 'a positive whole number of seconds or null', value);
    }
    runbook[name] = value;
  }
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

function checkColumns(columns: unknown, origin: string): void {
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

type Obj = Record<string, unknown>;

function isObject(value: unknown): value is Obj {
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

function wrong(origin: string, where: string, expected: string, found: unknown): IndexFormatError {
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
