/**
 * The published runbook index (docs/index-format.md): built from validated runbooks, serialised byte-identically for
 * the same input, and read back with every field checked — the file may have been edited or come from a newer
 * version of this program.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { INDEX_FORMAT, INDEX_VERSION } from './types.js';
import type { IndexedRunbook, MatchRule, Runbook, RunbookIndex } from './types.js';

/** The index file is unreadable, not an index, of an unsupported version, or has a field of the wrong shape. */
export class IndexFormatError extends ConfigError {}

/** Index versions this program reads. */
export const READABLE_INDEX_VERSIONS: readonly number[] = [INDEX_VERSION];

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
    match: copyRule(runbook.match),
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
 * The index as JSON: keys in a fixed order, 2-space indentation, trailing newline. The same index always gives the
 * same bytes, so an unchanged rule set publishes no new commit.
 */
export function serializeIndex(index: RunbookIndex): string {
  // Objects are rebuilt key by key so that the output order never depends on how the input object was assembled.
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
      match: copyRule(rb.match),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
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
 * Parses an index, checking every field instead of trusting the file. `origin` (a path or URL) starts every message.
 * Unknown keys are ignored, so a v1 reader accepts v1 files with additive fields.
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
  const source = field(data, 'source', origin, 'source');
  if (!isObject(source)) throw wrong(origin, 'source', 'an object', source);
  const list = field(data, 'runbooks', origin, 'runbooks');
  if (!Array.isArray(list)) throw wrong(origin, 'runbooks', 'a list', list);
  const seen = new Set<string>();
  const runbooks: IndexedRunbook[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    // The quick check allocates nothing but the result; only a bad entry pays for the detailed, located message.
    const runbook = quickRunbook(item) ?? checkedRunbook(item, `runbooks[${i}]`, origin);
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
    version: INDEX_VERSION,
    source: {
      repository: nullableStr(source, 'repository', origin),
      commit: nullableStr(source, 'commit', origin),
      dir: str(source, 'dir', origin, 'source'),
    },
    runbooks,
  };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
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
  if (
    !isTextList(any) ||
    !isTextList(all) ||
    !isTextList(none) ||
    !isTextList(regex) ||
    !isTextList(services)
  ) {
    return undefined;
  }
  const doc = own(item, 'doc');
  const url = own(item, 'url');
  const owner = own(item, 'owner');
  const escalateTo = own(item, 'escalateTo');
  const slackChannel = own(item, 'slackChannel');
  if (!isOptionalText(doc) || !isOptionalText(url) || !isOptionalText(owner)) return undefined;
  if (slackChannel !== undefined && !isChannelId(slackChannel)) return undefined;
  if (escalateTo !== undefined && !isEscalationLevel(escalateTo)) return undefined;
  const runbook: IndexedRunbook = { id, title, priority, match: { any, all, none, regex, services } };
  if (doc !== undefined) runbook.doc = doc;
  if (url !== undefined) runbook.url = url;
  if (owner !== undefined) runbook.owner = owner;
  if (escalateTo !== undefined) runbook.escalateTo = escalateTo;
  if (slackChannel !== undefined) runbook.slackChannel = slackChannel;
  return runbook;
}

function isChannelId(v: unknown): v is string {
  return typeof v === 'string' && /^[CG][A-Z0-9]{2,}$/.test(v);
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
