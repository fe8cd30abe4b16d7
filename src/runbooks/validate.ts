/**
 * `oncall validate`: reads every runbook file in a directory and reports every problem at once, with file, line and
 * column. It never throws on bad input: a file that cannot be read, parsed or understood becomes problems, and the
 * remaining files are still checked.
 *
 * Per file: YAML (see yaml.ts), shape (schema.ts), id = file name, doc/url, Markdown links (markdown.ts), regex
 * safety (regex-safety.ts), generic keywords, missing tests. Across files: duplicate ids, the embedded tests (run
 * with the runtime matcher over all runbooks, exactly as the alert path would), ambiguous and shadowed rules.
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { toIndexed } from './index-file.js';
import { findBrokenLinks } from './markdown.js';
import { createMatcher, type Matcher } from './matcher.js';
import { normalizeText, regexRequiresSpaceByJapanese } from './normalize.js';
import { readAlert } from './titles.js';
import { genericPhrase } from './generic-phrases.js';
import { RegexSafetyChecker } from './regex-safety.js';
import { firstCovering } from './shadow-index.js';
import { checkRunbookShape, type Located, type RunbookShape } from './schema.js';
import { DEFAULT_WORKFLOWS_DIR, MAX_WORKFLOW_FILE_BYTES } from './diagnose.js';
import { checkDiagnoseWorkflows, type WorkflowCheckContext } from './diagnose-workflows.js';
import type { AlertText, IndexedRunbook, Runbook } from './types.js';
import { parseYaml, type Position } from './yaml.js';
import { GROUP_WITHIN_RANGE, REMIND_AFTER_RANGE, formatDuration, parseDurationSeconds } from './duration.js';

export interface Problem {
  /** Relative to the working directory, `/`-separated. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: 'error' | 'warning';
  message: string;
  /** Dotted path of the value concerned inside a runbook file, e.g. `match.any[2]`. */
  path?: string;
}

export interface ValidationResult {
  /**
   * Every runbook whose file is valid YAML and fits the v1 format (keys, types, required fields), sorted by id. A
   * runbook listed here may still have other errors (a missing doc, an unsafe regex, a failing test, a duplicate id):
   * callers that build or publish must check `problems` (see {@link hasErrors}).
   */
  runbooks: Runbook[];
  /** Sorted by file, line, column. */
  problems: Problem[];
  /** Runbook files read, with or without errors (a file with a syntax error is checked too). */
  filesChecked?: number;
}

export interface ValidateOptions {
  /** Paths in problems are relative to this directory (default: `process.cwd()`). */
  cwd?: string;
  /** Regex verdicts cache; by default one per process, so each distinct pattern is analysed once. */
  regexChecker?: RegexSafetyChecker;
  /**
   * A file that keeps recheck's verdicts between runs (relative to `cwd`; see regex-cache.ts). Read before and
   * written after the check; ignored when `regexChecker` is given.
   */
  regexCacheFile?: string;
  /**
   * Where the workflows named in `diagnose` must be, relative to `cwd`: each is checked to exist, be dispatchable
   * and declare the inputs it is sent. Given, the directory must exist. Not given, `.github/workflows` is checked
   * when it exists (a runbooks directory copied out of its repository is checked without its workflows).
   */
  workflowsDir?: string;
}

const defaultRegexChecker = new RegexSafetyChecker();

/** Larger runbook files are refused unread: a runbook is a few hundred bytes, and parsing is bounded by size. */
export const MAX_RUNBOOK_FILE_BYTES = 256 * 1024;
/** Markdown documents are read to check links; larger ones are not checked (and said so). */
export const MAX_DOC_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Keywords that appear in so many alerts that a rule built on them matches nearly anything. Compared after
 * normalisation; keywords of one or two characters are flagged as well.
 */
export const GENERIC_KEYWORDS: ReadonlySet<string> = new Set(
  [
    'error',
    'errors',
    'err',
    'alert',
    'alerts',
    'alarm',
    'warning',
    'warn',
    'critical',
    'crit',
    'fatal',
    'failed',
    'failure',
    'fail',
    'firing',
    'resolved',
    'triggered',
    'incident',
    'issue',
    'problem',
    'down',
    'high',
    'low',
    'info',
    'notice',
    'production',
    'prod',
    'service',
    'server',
    'monitor',
    'エラー',
    'アラート',
    '障害',
    '警告',
  ].map((k) => normalizeText(k)),
);

const YAML_FILE = /\.ya?ml$/i;

/** True when any problem is an error (warnings alone do not fail a check unless `--strict`). */
export function hasErrors(result: Pick<ValidationResult, 'problems'>): boolean {
  return result.problems.some((p) => p.severity === 'error');
}

/** Validates the runbook directory `dir` (relative to `options.cwd`). Never throws on bad input. */
export async function validateRunbooks(
  dir: string,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const root = path.resolve(cwd, dir);
  const relative = (absolute: string) => displayPath(absolute, { cwd, root, dir });
  const problems: Problem[] = [];
  const dirLabel = relative(root);

  let names: string[];
  try {
    const info = await stat(root);
    if (!info.isDirectory()) {
      return done(
        [],
        [
          dirProblem(
            dirLabel,
            `"${dir}" is a file, not a directory of runbooks. Pass the directory that holds <id>.yml files.`,
          ),
        ],
      );
    }
    const entries = (await readdir(root, { withFileTypes: true })).filter((e) => YAML_FILE.test(e.name));
    names = entries.filter((e) => e.isFile()).map((e) => e.name);
    // A link, a pipe or a directory named like a runbook is reported, never opened or skipped in silence.
    for (const entry of entries) {
      const kind = unreadableKind(entry);
      if (kind) problems.push(dirProblem(relative(path.join(root, entry.name)), notARunbookFile(kind)));
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `runbook directory "${dir}" does not exist (looked in ${root}). Create it, or pass the right path: oncall validate <dir>.`
        : `runbook directory "${dir}" cannot be read: ${describe(error)}.`;
    return done([], [dirProblem(dirLabel, message)]);
  }
  names.sort(compareText);
  if (names.length === 0) {
    return done(
      [],
      problems.length > 0
        ? problems
        : [
            dirProblem(
              dirLabel,
              `no runbooks found in "${dirLabel}": expected one file per runbook named <id>.yml (or .yaml).`,
            ),
          ],
    );
  }

  const cache =
    options.regexCacheFile !== undefined && options.regexChecker === undefined
      ? await (
          await import('./regex-cache.js')
        ).RegexVerdictFile.load(path.resolve(cwd, options.regexCacheFile))
      : undefined;
  const context: FileContext = {
    cwd,
    root,
    relative,
    regex:
      options.regexChecker ??
      (cache ? new RegexSafetyChecker(undefined, undefined, cache) : defaultRegexChecker),
    checkedDocs: new Set(),
    realDirs: new Map(),
    links: { exists: rememberedExists(), anchors: new Map() },
    workflows: {
      workflowsDir: path.resolve(cwd, options.workflowsDir ?? DEFAULT_WORKFLOWS_DIR),
      skip: options.workflowsDir === undefined && !existsSync(path.resolve(cwd, DEFAULT_WORKFLOWS_DIR)),
      relative,
      readText: readWorkflowText,
      cache: new Map(),
      reported: new Set(),
    },
  };
  // A bounded number of files in flight: 10,000 reads at once only queue in libuv and pile up garbage.
  const files = await mapBounded(names, FILES_IN_FLIGHT, (name) =>
    readRunbookFile(path.join(root, name), context),
  );
  for (const file of files) problems.push(...file.problems);

  const readable = files.filter((f): f is LoadedFile & { runbook: Runbook } => f.runbook !== undefined);
  // Duplicates are found among every file with a readable id, well-formed or not: both locations are reported.
  problems.push(...duplicateIds(files));
  try {
    problems.push(...crossChecks(readable));
  } catch (error) {
    // The matcher is another module's code; a bug there must not turn into a crash of the PR check.
    problems.push({
      file: dirLabel,
      line: 1,
      column: 1,
      severity: 'error',
      message: `internal error while running the embedded tests: ${describe(error)}. Please report this.`,
    });
  }
  try {
    await cache?.save();
  } catch (error) {
    problems.push({
      ...dirProblem(relative(cache!.file), ''),
      severity: 'warning',
      message: `the regex verdict cache could not be written (${describe(error)}); the next run analyses every pattern again.`,
    });
  }
  return done(
    readable.map((f) => f.runbook),
    problems,
    files.length,
  );
}

/**
 * How a path is printed: relative to the working directory when it lies inside it (annotations need that), and
 * otherwise under the directory exactly as it was given (`/srv/runbooks/x.yml`, not `../../srv/runbooks/x.yml`).
 */
function displayPath(absolute: string, where: { cwd: string; root: string; dir: string }): string {
  const fromCwd = path.relative(where.cwd, absolute);
  if (!isOutside(fromCwd)) return toPosix(fromCwd) || '.';
  const fromRoot = path.relative(where.root, absolute);
  if (isOutside(fromRoot)) return toPosix(absolute);
  return toPosix(fromRoot === '' ? where.dir : path.join(where.dir, fromRoot));
}

function isOutside(relativePath: string): boolean {
  return relativePath === '..' || relativePath.startsWith(`..${path.sep}`) || path.isAbsolute(relativePath);
}

function done(runbooks: Runbook[], problems: Problem[], filesChecked = 0): ValidationResult {
  return {
    runbooks: [...runbooks].sort((a, b) => compareText(a.id, b.id) || compareText(a.file, b.file)),
    problems: sortProblems(problems),
    filesChecked,
  };
}

function dirProblem(file: string, message: string): Problem {
  return { file, line: 1, column: 1, severity: 'error', message };
}

/** What a directory entry is when it is not a regular file ("a symbolic link", …), else undefined. */
function unreadableKind(entry: Dirent | Stats): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isDirectory()) return 'a directory';
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  return 'a device or other special file';
}

function notARunbookFile(kind: string): string {
  if (kind === 'a symbolic link') {
    return (
      'not checked: this is a symbolic link. Runbook files must be regular files in the runbooks directory: links ' +
      'are not followed, so a runbook cannot pull in a file from elsewhere. Replace the link with the file itself.'
    );
  }
  if (kind === 'a directory') {
    return 'not checked: this is a directory, not a runbook file. Rename it so that its name does not end in .yml or .yaml.';
  }
  return `not checked: this is ${kind}, not a regular file, and it is never opened. Replace it with a runbook file or remove it.`;
}

type FileRead =
  | { kind: 'text'; text: string }
  | { kind: 'not-regular'; what: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'not-utf8'; line: number; column: number; byte: number };

/**
 * Reads a regular file of at most `maxBytes` as UTF-8 text, without following a symbolic link and without ever
 * blocking on a named pipe: `lstat` first (unless `seenAsRegular`), then an open with O_NOFOLLOW and O_NONBLOCK
 * whose handle is checked again (the entry may have been swapped in between), and never more bytes than the handle
 * said the file has.
 * Invalid UTF-8 is reported with its place, never replaced. The calls are synchronous: a runbook file is a few
 * hundred bytes, and for 10,000 of them a round trip through the thread pool per call costs more than the reads.
 */
async function readRegularFile(absolute: string, maxBytes: number, seenAsRegular = false): Promise<FileRead> {
  // A caller that already saw the entry as a regular file (its directory listing or its own lstat) saves the lstat:
  // the handle is checked after the open either way.
  if (!seenAsRegular) {
    const before = lstatSync(absolute);
    const what = unreadableKind(before);
    if (what) return { kind: 'not-regular', what };
    if (before.size > maxBytes) return { kind: 'too-large', size: before.size };
  }
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  const fd = openSync(absolute, flags);
  try {
    const info = fstatSync(fd);
    const swapped = unreadableKind(info);
    if (swapped) return { kind: 'not-regular', what: swapped };
    if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
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

/** Strict UTF-8 (a leading BOM dropped); on invalid bytes, the 1-based line and column of the first one. */
function decodeUtf8(bytes: Buffer): FileRead {
  const valid = (end: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  if (valid(bytes.length, false)) {
    return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes) };
  }
  // The longest prefix that is valid so far (a sequence cut at the end still counts as valid while streaming).
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (valid(middle, true)) good = middle;
    else bad = middle;
  }
  // The failing character starts at `good`, or earlier at the lead byte of a sequence left open before it.
  let start = good;
  if (!valid(good, false)) {
    while (start > 0 && (bytes[start - 1]! & 0xc0) === 0x80) start--;
    start--;
  }
  const lineStart = bytes.lastIndexOf(0x0a, start - 1) + 1;
  const line = bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length + 1;
  const column = [...new TextDecoder('utf-8').decode(bytes.subarray(lineStart, start))].length + 1;
  return { kind: 'not-utf8', line, column, byte: bytes[start]! };
}

function notUtf8(read: { line: number; column: number; byte: number }): string {
  const hex = read.byte.toString(16).toUpperCase().padStart(2, '0');
  return (
    `not valid UTF-8: the byte 0x${hex} at line ${read.line}, column ${read.column} is not text, so the file was ` +
    'not checked further. Save the file as UTF-8.'
  );
}

/** File, then line, then column, then errors before warnings, then message: stable for the same input. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface FileContext {
  cwd: string;
  root: string;
  relative(absolute: string): string;
  regex: RegexSafetyChecker;
  /** Markdown files whose links were already checked (several runbooks may share one document). */
  checkedDocs: Set<string>;
  /** The real path of `root`, resolved once for every document. */
  realRoot?: Promise<string>;
  /** Real paths of the directories documents sit in, resolved once per directory (thousands of runbooks share few). */
  realDirs: Map<string, Promise<string>>;
  /** The check of the workflows runbooks name in `diagnose`. */
  workflows: WorkflowCheckContext;
  /** What the documents' links point to, looked up once per check: thousands of documents link to the same few. */
  links: {
    exists(absolute: string): boolean;
    anchors: Map<string, Set<string> | undefined>;
  };
}

/** A workflow file's text, undefined when there is none; links and special files are refused with a reason. */
async function readWorkflowText(absolute: string): Promise<string | undefined> {
  let read: FileRead;
  try {
    read = await readRegularFile(absolute, MAX_WORKFLOW_FILE_BYTES);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (read.kind === 'text') return read.text;
  if (read.kind === 'too-large')
    throw new Error(`it is ${read.size} bytes, more than the ${MAX_WORKFLOW_FILE_BYTES} read.`);
  if (read.kind === 'not-utf8') throw new Error(notUtf8(read));
  throw new Error(`it is ${read.what}, not a regular file.`);
}

/** How many runbook files are read and checked at the same time. */
const FILES_IN_FLIGHT = 32;

/** `items.map(work)` with at most `limit` calls pending at once; results in input order. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

interface LoadedFile {
  file: string;
  problems: Problem[];
  shape?: RunbookShape;
  /** Set when the file is valid YAML and fits the format (see {@link ValidationResult.runbooks}). */
  runbook?: Runbook;
  /** True when the rule may be given to the matcher: a usable rule and only safe regexes. */
  matchable: boolean;
}

async function readRunbookFile(absolute: string, context: FileContext): Promise<LoadedFile> {
  const file = context.relative(absolute);
  const problems: Problem[] = [];
  const add = (severity: Problem['severity'], at: Position & { path?: string }, message: string) =>
    problems.push({
      file,
      line: at.line,
      column: at.column,
      severity,
      message,
      ...(at.path ? { path: at.path } : {}),
    });
  try {
    // Only entries the directory listing typed as regular files get here.
    const read = await readRegularFile(absolute, MAX_RUNBOOK_FILE_BYTES, true);
    if (read.kind !== 'text') {
      if (read.kind === 'too-large') {
        add(
          'error',
          { line: 1, column: 1 },
          `file is too large (${read.size} bytes, the limit is ${MAX_RUNBOOK_FILE_BYTES}): a runbook file holds one runbook. Move long text into its Markdown doc.`,
        );
      } else if (read.kind === 'not-utf8') add('error', read, notUtf8(read));
      else add('error', { line: 1, column: 1 }, notARunbookFile(read.what));
      return { file, problems, matchable: false };
    }
    const source = read.text.replace(/^\uFEFF/, '');
    const parsed = parseYaml(source);
    for (const p of parsed.problems) add('error', p, p.message);
    // A file that is not YAML at all has nothing more to report; "missing key" lines would only be noise.
    if (parsed.root === null && parsed.problems.length > 0) return { file, problems, matchable: false };
    const { shape, problems: shapeProblems } = checkRunbookShape(parsed.root);
    for (const p of shapeProblems) add('error', p, p.message);
    // Only a file that fully fits the format becomes a Runbook: a rule with a list left out because of a type
    // error would be a different rule, and its tests and overlaps would report nonsense.
    const wellFormed = parsed.problems.length === 0 && shapeProblems.length === 0;

    let matchable = wellFormed && hasCondition(shape);
    const idWhere = shape.id ?? { line: 1, column: 1 };

    // The file name is the id: links, reviews and `oncall match` output all name runbooks by id.
    if (shape.id) {
      const base = path.basename(absolute).replace(YAML_FILE, '');
      if (base !== shape.id.value) {
        add(
          'error',
          { ...shape.id, path: 'id' },
          `id "${shape.id.value}" does not match the file name "${path.basename(absolute)}": rename the file to ${shape.id.value}.yml or change the id to "${base}".`,
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
            severity: 'error',
            message: p.message,
          });
        else add('error', p, p.message);
      }
    }

    // Regexes: each distinct pattern is checked once per process (recheck costs ~20 ms+ per pattern).
    for (const [index, pattern] of (shape.match?.value.regex ?? []).entries()) {
      const finding = await context.regex.check(pattern.value);
      if (!finding) continue;
      if (finding.severity === 'error') matchable = false;
      add(finding.severity, { ...pattern, path: `match.regex[${index}]` }, finding.message);
    }
    for (const [index, pattern] of (shape.match?.value.regex ?? []).entries()) {
      if (!regexRequiresSpaceByJapanese(pattern.value)) continue;
      add(
        'warning',
        { ...pattern, path: `match.regex[${index}]` },
        `match.regex[${index}] requires a space next to Japanese text, but alerts are matched with no space there ("CPU 使用率" reads "cpu使用率"), so that part never matches. Write \\s* instead of a space or \\s+ (see docs/matching.md).`,
      );
    }
    if (shape.match) checkKeywords(shape, add);
    const noTests =
      !shape.tests || (shape.tests.value.match.length === 0 && shape.tests.value.noMatch.length === 0);
    if (shape.match && noTests) {
      add(
        'warning',
        { ...(shape.tests ?? idWhere), path: 'tests' },
        'no tests: add tests.match (alert texts this runbook must match) and tests.no_match (texts it must not), so rule changes are checked on every pull request.',
      );
    }

    const runbook = wellFormed ? toRunbook(shape, file) : undefined;
    return {
      file,
      problems,
      shape,
      ...(runbook ? { runbook } : {}),
      matchable: matchable && runbook !== undefined,
    };
  } catch (error) {
    add('error', { line: 1, column: 1 }, `could not check this file: ${describe(error)}.`);
    return { file, problems, matchable: false };
  }
}

function hasCondition(shape: RunbookShape): boolean {
  const m = shape.match?.value;
  return m !== undefined && m.any.length + m.all.length + m.regex.length > 0;
}

function toRunbook(shape: RunbookShape, file: string): Runbook | undefined {
  if (!shape.id || !shape.title || !shape.match) return undefined;
  const values = (list: Located<string>[]) => list.map((l) => l.value);
  const m = shape.match.value;
  return {
    id: shape.id.value,
    title: shape.title.value,
    ...(shape.doc ? { doc: shape.doc.value } : {}),
    ...(shape.url ? { url: shape.url.value } : {}),
    ...(shape.owner ? { owner: shape.owner.value } : {}),
    priority: shape.priority?.value ?? 0,
    ...(shape.escalateTo ? { escalateTo: shape.escalateTo.value } : {}),
    ...(shape.slackChannel ? { slackChannel: shape.slackChannel.value } : {}),
    ...durationFields(shape),
    ...(shape.diagnose && shape.diagnose.value.length > 0
      ? {
          diagnose: shape.diagnose.value.flatMap((d) =>
            d.value.workflow
              ? [
                  {
                    workflow: d.value.workflow.value,
                    inputs: Object.fromEntries(d.value.inputs.map((i) => [i.name, i.value.value])),
                  },
                ]
              : [],
          ),
        }
      : {}),
    match: {
      any: values(m.any),
      all: values(m.all),
      none: values(m.none),
      regex: values(m.regex),
      services: values(m.services),
    },
    tests: {
      match: values(shape.tests?.value.match ?? []),
      noMatch: values(shape.tests?.value.noMatch ?? []),
    },
    file,
  };
}

/** The durations in seconds, for the fields whose values passed {@link checkDurations}. */
function durationFields(shape: RunbookShape): Pick<Runbook, 'remindAfterSeconds' | 'groupWithinSeconds'> {
  const inRange = (text: string | undefined, range: { min: number; max: number }) => {
    const seconds = text === undefined ? undefined : parseDurationSeconds(text);
    return seconds !== undefined && seconds >= range.min && seconds <= range.max ? seconds : undefined;
  };
  const remind = inRange(shape.remindAfter?.value, REMIND_AFTER_RANGE);
  const group = inRange(shape.groupWithin?.value, GROUP_WITHIN_RANGE);
  return {
    ...(remind !== undefined ? { remindAfterSeconds: remind } : {}),
    ...(group !== undefined ? { groupWithinSeconds: group } : {}),
  };
}

/** `remind_after` and `group_within` within their ranges (their form is checked by the schema). */
function checkDurations(shape: RunbookShape, add: Add): void {
  const fields = [
    {
      key: 'remind_after',
      at: shape.remindAfter,
      range: REMIND_AFTER_RANGE,
      why: 'how long nobody acknowledged',
    },
    {
      key: 'group_within',
      at: shape.groupWithin,
      range: GROUP_WITHIN_RANGE,
      why: 'how far back a storm is looked for',
    },
  ];
  for (const { key, at, range, why } of fields) {
    if (!at) continue;
    const seconds = parseDurationSeconds(at.value);
    if (seconds === undefined || (seconds >= range.min && seconds <= range.max)) continue;
    add(
      'error',
      { ...at, path: key },
      `${key} should be between ${formatDuration(range.min)} and ${formatDuration(range.max)} (${why}), found "${at.value}".`,
    );
  }
}

type Add = (severity: Problem['severity'], at: Position & { path?: string }, message: string) => void;

async function checkDoc(
  doc: Located<string>,
  context: FileContext,
  add: Add,
  problems: Problem[],
): Promise<void> {
  const at = { ...doc, path: 'doc' };
  const value = doc.value;
  if (path.isAbsolute(value) || /^[a-z][a-z0-9+.-]*:/i.test(value)) {
    add(
      'error',
      at,
      `doc should be a path relative to the runbooks directory, found "${value}". Put web addresses in "url".`,
    );
    return;
  }
  const absolute = path.resolve(context.root, value);
  const inside = path.relative(context.root, absolute);
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
    add(
      'error',
      at,
      `doc "${value}" points outside the runbooks directory (${context.relative(absolute)}). Keep documents under ${context.relative(context.root)}/.`,
    );
    return;
  }
  let info;
  try {
    // Synchronous, like the reads: a thread-pool round trip per document costs more than the call.
    info = lstatSync(absolute);
  } catch {
    add(
      'error',
      at,
      `doc "${value}" not found: expected ${context.relative(absolute)}. Add the document or fix the path (relative to ${context.relative(context.root)}/).`,
    );
    return;
  }
  if (info.isSymbolicLink()) {
    add(
      'error',
      at,
      `doc "${value}" is a symbolic link (${context.relative(absolute)}): links are not followed, so a runbook cannot point at a file outside the repository. Commit the document itself.`,
    );
    return;
  }
  if (!info.isFile()) {
    add(
      'error',
      at,
      `doc "${value}" is not a file (${context.relative(absolute)}). Point it at a Markdown document.`,
    );
    return;
  }
  // A directory on the way may itself be a link: the real path must stay inside the runbooks directory too.
  // The document itself is no link (checked above), so its real path is its directory's real path and its name.
  context.realRoot ??= realpath(context.root);
  const dir = path.dirname(absolute);
  let realDir = context.realDirs.get(dir);
  if (!realDir) {
    realDir = realpath(dir);
    context.realDirs.set(dir, realDir);
  }
  const [realDocDir, realRoot] = await Promise.all([realDir, context.realRoot]);
  const realDoc = path.join(realDocDir, path.basename(absolute));
  const realInside = path.relative(realRoot, realDoc);
  if (realInside === '..' || realInside.startsWith(`..${path.sep}`) || path.isAbsolute(realInside)) {
    add(
      'error',
      at,
      `doc "${value}" leads outside the runbooks directory through a symbolic link to a directory (${context.relative(absolute)}). Keep documents as files under ${context.relative(context.root)}/.`,
    );
    return;
  }
  if (context.checkedDocs.has(absolute)) return;
  context.checkedDocs.add(absolute);
  const docFile = context.relative(absolute);
  const read = await readRegularFile(absolute, MAX_DOC_FILE_BYTES, true);
  if (read.kind === 'too-large') {
    problems.push({
      file: docFile,
      line: 1,
      column: 1,
      severity: 'warning',
      message: `document is larger than ${MAX_DOC_FILE_BYTES} bytes; its links were not checked.`,
    });
    return;
  }
  if (read.kind !== 'text') {
    problems.push({
      file: docFile,
      line: read.kind === 'not-utf8' ? read.line : 1,
      column: read.kind === 'not-utf8' ? read.column : 1,
      severity: 'error',
      message:
        read.kind === 'not-utf8'
          ? notUtf8(read)
          : `document is ${read.what}, not a regular file; its links were not checked.`,
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
    context.links.anchors,
  )) {
    problems.push({
      file: docFile,
      line: broken.line,
      column: broken.column,
      severity: 'error',
      message: broken.message,
    });
  }
}

/** `existsSync`, asked once per path. */
function rememberedExists(): (absolute: string) => boolean {
  const known = new Map<string, boolean>();
  return (absolute) => {
    let exists = known.get(absolute);
    if (exists === undefined) {
      exists = existsSync(absolute);
      known.set(absolute, exists);
    }
    return exists;
  };
}

/** The text of a Markdown file a link points into (for its anchors), or undefined when it is not a small regular file. */
function readLinkedMarkdown(absolute: string): string | undefined {
  try {
    const info = lstatSync(absolute);
    if (!info.isFile() || info.size > MAX_DOC_FILE_BYTES) return undefined;
    return readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
}

function checkKeywords(shape: RunbookShape, add: Add): void {
  const m = shape.match!.value;
  const verdict = (keyword: string): string | undefined => {
    const normalized = normalizeText(keyword).trim();
    if (GENERIC_KEYWORDS.has(normalized))
      return 'is too generic to identify a runbook: it appears in countless alerts';
    const length = [...normalized].length;
    if (length <= 2)
      return `is too short (${length} character${length === 1 ? '' : 's'}) to identify a runbook`;
    const generic = genericPhrase(keyword);
    if (generic)
      return `is too generic to identify one failure: every word of it (${generic.map((w) => `"${w}"`).join(', ')}) is common to alerts of many different causes`;
    return undefined;
  };
  const advice = 'Use the alert name (e.g. "KubePodCrashLooping") or a more specific phrase.';
  m.any.forEach((k, index) => {
    const why = verdict(k.value);
    if (why)
      add(
        'warning',
        { ...k, path: `match.any[${index}]` },
        `match.any[${index}] "${k.value}" ${why}, and any one keyword of match.any is enough to match. ${advice}`,
      );
  });
  // `all` keywords only narrow a rule; they are a problem only when nothing more specific is required.
  if (
    m.any.length === 0 &&
    m.regex.length === 0 &&
    m.all.length > 0 &&
    m.all.every((k) => verdict(k.value))
  ) {
    m.all.forEach((k, index) => {
      add(
        'warning',
        { ...k, path: `match.all[${index}]` },
        `match.all[${index}] "${k.value}" ${verdict(k.value)!}, and the rule requires nothing more specific. ${advice}`,
      );
    });
  }
}

function duplicateIds(files: LoadedFile[]): Problem[] {
  const byId = new Map<string, { file: string; at: Position }[]>();
  for (const f of files) {
    const id = f.shape?.id;
    if (!id) continue;
    const list = byId.get(id.value) ?? [];
    list.push({ file: f.file, at: id });
    byId.set(id.value, list);
  }
  const problems: Problem[] = [];
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const entry of list) {
      const others = list
        .filter((o) => o !== entry)
        .map((o) => `${o.file}:${o.at.line}:${o.at.column}`)
        .join(', ');
      problems.push({
        file: entry.file,
        line: entry.at.line,
        column: entry.at.column,
        severity: 'error',
        path: 'id',
        message: `duplicate id "${id}": also defined in ${others}. Ids must be unique; rename one of them.`,
      });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks across runbooks: embedded tests, ambiguity, shadowing

function crossChecks(files: (LoadedFile & { runbook: Runbook })[]): Problem[] {
  // The first file per id takes part (duplicates are already errors); unsafe regexes never reach the matcher.
  const seen = new Set<string>();
  const candidates = files.filter((f) => {
    if (!f.matchable || seen.has(f.runbook.id)) return false;
    seen.add(f.runbook.id);
    return true;
  });
  if (candidates.length === 0) return [];
  const indexed = candidates.map((f) => toIndexed(f.runbook));
  const matcher = createMatcher(indexed);
  const problems: Problem[] = [];
  candidates.forEach((f, i) => problems.push(...embeddedTests(f, indexed[i]!, matcher)));
  problems.push(...overlaps(candidates));
  return problems;
}

/**
 * The alert used for a runbook's embedded tests. Test texts carry no service, so a runbook limited to services is
 * tested as if the alert came from its first listed service.
 */
function testAlert(runbook: IndexedRunbook, raw: string): AlertText {
  const service = runbook.match.services[0];
  // Tests are read as incident titles, exactly as `oncall match` and the alert path read them.
  const { text } = readAlert(raw);
  return service === undefined ? { text } : { text, service: { id: service, name: service } };
}

function embeddedTests(
  file: LoadedFile & { runbook: Runbook },
  runbook: IndexedRunbook,
  matcher: Matcher,
): Problem[] {
  const problems: Problem[] = [];
  const tests = file.shape!.tests?.value;
  if (!tests) return problems;
  const at = (l: Located<string>, p: string) => ({
    file: file.file,
    line: l.line,
    column: l.column,
    path: p,
  });
  tests.match.forEach((text, index) => {
    const results = matcher.match(testAlert(runbook, text.value));
    const mine = results.findIndex((r) => r.id === runbook.id);
    const where = at(text, `tests.match[${index}]`);
    if (mine < 0) {
      problems.push({
        ...where,
        severity: 'error',
        message: `tests.match[${index}] does not match this runbook: ${quote(text.value)}. ${explainMiss(runbook, text.value)}`,
      });
    } else if (mine > 0) {
      const winner = results[0]!;
      const why =
        winner.score === results[mine]!.score
          ? 'same score, and ties go to the lower id'
          : `score ${winner.score} vs ${results[mine]!.score}`;
      problems.push({
        ...where,
        severity: 'warning',
        message: `tests.match[${index}] matches, but runbook "${winner.id}" ranks first (${why}), so this runbook would not be the one shown for ${quote(text.value)}. Raise "priority" or make the rules more specific.`,
      });
    }
  });
  tests.noMatch.forEach((text, index) => {
    const hit = matcher.match(testAlert(runbook, text.value)).find((r) => r.id === runbook.id);
    if (hit) {
      problems.push({
        ...at(text, `tests.no_match[${index}]`),
        severity: 'error',
        message: `tests.no_match[${index}] matches this runbook but must not: ${quote(text.value)} (matched on ${hit.terms.map((t) => quote(t)).join(', ')}). Add a match.none keyword or narrow the rule.`,
      });
    }
  });
  return problems;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 119)}…` : text);
}

/** Why a runbook misses a text, condition by condition, asking the same matcher about one condition at a time. */
function explainMiss(runbook: IndexedRunbook, text: string): string {
  const probe = (rule: Partial<IndexedRunbook['match']>): boolean => {
    const single: IndexedRunbook = {
      id: runbook.id,
      title: runbook.title,
      priority: 0,
      match: { any: [], all: [], none: [], regex: [], services: [], ...rule },
    };
    return createMatcher([single]).match(testAlert(runbook, text)).length > 0;
  };
  const m = runbook.match;
  const reasons: string[] = [];
  if (m.any.length > 0 && !probe({ any: m.any })) reasons.push('none of match.any appears');
  const missing = m.all.filter((k) => !probe({ any: [k] }));
  if (missing.length > 0)
    reasons.push(`match.all keyword(s) missing: ${missing.map((k) => quote(k)).join(', ')}`);
  const present = m.none.filter((k) => probe({ any: [k] }));
  if (present.length > 0)
    reasons.push(`it contains match.none keyword(s): ${present.map((k) => quote(k)).join(', ')}`);
  if (m.regex.length > 0 && !probe({ regex: m.regex })) reasons.push('no match.regex pattern matches');
  if (reasons.length === 0)
    return 'Check match.services and the keyword boundaries (a keyword must not be part of a longer word).';
  return `Why: ${reasons.join('; ')}. Keywords match whole words after NFKC normalisation and case folding.`;
}

/** What the overlap checks look at. */
export type RuleInput = Pick<IndexedRunbook, 'priority' | 'match'>;

/** A rule in comparable form: normalised keyword sets, regex sources and services as written. */
interface RuleSets {
  priority: number;
  any: Set<string>;
  all: Set<string>;
  none: Set<string>;
  regex: Set<string>;
  services: Set<string>;
  /** Keywords every matching text contains: `all`, plus the single `any` keyword when there is exactly one. */
  required: Set<string>;
}

function ruleSets(rule: RuleInput): RuleSets {
  const keywords = (list: string[]) => new Set(list.map(normalizeText).filter((k) => k !== ''));
  const m = rule.match;
  const any = keywords(m.any);
  const all = keywords(m.all);
  const required = new Set(all);
  if (any.size === 1) for (const k of any) required.add(k);
  return {
    priority: rule.priority,
    any,
    all,
    none: keywords(m.none),
    regex: new Set(m.regex),
    services: new Set(m.services),
    required,
  };
}

function subset(a: Set<string>, b: Set<string>): boolean {
  if (a.size > b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * A covers B — every alert text B matches is also matched by A — when all of these hold (a sufficient, structural
 * test over the normalised rule sets; it never claims an overlap that is not real, and may miss some that is, e.g.
 * through keyword containment such as "disk" inside "disk full", or through regexes):
 *
 *   1. A.all ⊆ req(B), where req(B) = B.all ∪ (B.any when B.any has exactly one keyword): every keyword A requires is
 *      one every text B matches contains;
 *   2. A.any = ∅, or A.any ∩ req(B) ≠ ∅, or (B.any ≠ ∅ and B.any ⊆ A.any): some keyword of A.any is always present;
 *   3. A.none ⊆ B.none: B's texts contain none of B.none, so none of A.none either;
 *   4. A.regex = ∅, or (B.regex ≠ ∅ and B.regex ⊆ A.regex): the pattern that matched for B is also one of A's;
 *   5. A.services = ∅, or (B.services ≠ ∅ and B.services ⊆ A.services).
 */
function covers(a: RuleSets, b: RuleSets): boolean {
  return (
    subset(a.all, b.required) &&
    (a.any.size === 0 || intersects(a.any, b.required) || (b.any.size > 0 && subset(b.any, a.any))) &&
    subset(a.none, b.none) &&
    (a.regex.size === 0 || (b.regex.size > 0 && subset(b.regex, a.regex))) &&
    (a.services.size === 0 || (b.services.size > 0 && subset(b.services, a.services)))
  );
}

/**
 * A shadows B when A covers B (see {@link covers}) and A.priority > B.priority: B can then never rank first, because
 * ranking compares priority before anything else.
 */
export function ruleShadows(a: RuleInput, b: RuleInput): boolean {
  return a.priority > b.priority && covers(ruleSets(a), ruleSets(b));
}

/**
 * Two rules are ambiguous when their normalised rule sets are identical and their priorities equal: they match
 * exactly the same texts with the same evidence, so the lower id always wins and the other is never shown first.
 */
export function rulesAmbiguous(a: RuleInput, b: RuleInput): boolean {
  return signature(ruleSets(a)) === signature(ruleSets(b));
}

/**
 * For each rule, the index of the rule that shadows it (the first in priority order, ties in input order), or
 * undefined. The same answer as testing {@link ruleShadows} on every pair, found through a keyword index.
 */
export function findShadowing(rules: readonly RuleInput[]): (number | undefined)[] {
  const sets = rules.map((rule, index) => ({ ...ruleSets(rule), index }));
  return firstCovering(sets, covers).map((a) => a?.index);
}

function signature(r: RuleSets): string {
  const part = (s: Set<string>) => JSON.stringify([...s].sort(compareText));
  return [r.priority, part(r.any), part(r.all), part(r.none), part(r.regex), part(r.services)].join('\u0000');
}

function overlaps(files: (LoadedFile & { runbook: Runbook })[]): Problem[] {
  const problems: Problem[] = [];
  const rules = files.map((file) => ({ ...ruleSets(file.runbook), file }));
  type Rule = (typeof rules)[number];
  const where = (r: Rule) => {
    const at = r.file.shape!.match!;
    return { file: r.file.file, line: at.line, column: at.column, path: 'match' };
  };

  const groups = new Map<string, Rule[]>();
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
        severity: 'warning',
        message: `ambiguous: this rule and ${others.join(', ')} match exactly the same alerts at the same priority (${r.priority}), so only "${ids[0]}" is ever shown first. Merge them or give one a higher priority.`,
      });
    }
  }

  // Only rules that share a keyword or regex can cover each other, so each rule is compared with those alone.
  const shadowing = firstCovering(rules, covers);
  rules.forEach((b, index) => {
    const a = shadowing[index];
    if (a) {
      problems.push({
        ...where(b),
        severity: 'warning',
        message: `shadowed: runbook "${a.file.runbook.id}" (${a.file.file}, priority ${a.priority}) matches every alert this one matches and has a higher priority than ${b.priority}, so this runbook can never be the one shown. Raise its priority, narrow "${a.file.runbook.id}", or merge them.`,
      });
    }
  });
  return problems;
}
