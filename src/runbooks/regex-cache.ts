/**
 * recheck's verdicts kept in a file between runs, so a pull-request check analyses only the patterns it has not seen
 * (`oncall validate --regex-cache <file>`, or ONCALL_REGEX_CACHE). Each verdict is keyed by pattern, flags and
 * {@link REGEX_CHECKER_VERSION}: a file written by another recheck or another version of this program is ignored as a
 * whole. The file is only a cache: a missing, unreadable or malformed one means "analyse again", never an error.
 *
 * It only ever saves time in the pull-request check. The index the alert path reads is built by `publish`, which
 * never reads this file; and anyone who can change the cache of a pull request's run can change the pull request's
 * workflow too.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REGEX_CHECKER_VERSION, type RegexFinding, type RegexVerdictStore } from './regex-safety.js';

export const REGEX_CACHE_FORMAT = 'oncall-runbooks/regex-verdicts';
/** Larger files are not read (a cache of every pattern a large organisation writes is well under this). */
export const MAX_REGEX_CACHE_BYTES = 8 * 1024 * 1024;
/** At most this many verdicts are written; the ones used in this run are kept first. */
export const MAX_REGEX_CACHE_ENTRIES = 20_000;

interface Entry {
  pattern: string;
  flags: string;
  /** Absent when the pattern is safe. */
  finding?: RegexFinding;
}

const keyOf = (pattern: string, flags: string) => `${flags}\u0000${pattern}`;

/** A verdict cache backed by one JSON file. Load with {@link RegexVerdictFile.load}, write with `save`. */
export class RegexVerdictFile implements RegexVerdictStore {
  private readonly used = new Map<string, Entry>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly stored: Map<string, Entry>,
  ) {}

  /** Reads `file`; starts empty when it is missing, too large, malformed or from another checker version. */
  static async load(file: string): Promise<RegexVerdictFile> {
    return new RegexVerdictFile(file, await readEntries(file));
  }

  /** How many verdicts were read from the file. */
  get size(): number {
    return this.stored.size;
  }

  get(pattern: string, flags: string): RegexFinding | null | undefined {
    const key = keyOf(pattern, flags);
    const entry = this.stored.get(key);
    if (!entry) return undefined;
    this.used.set(key, entry);
    return entry.finding ?? null;
  }

  set(pattern: string, flags: string, finding: RegexFinding | null): void {
    const key = keyOf(pattern, flags);
    const entry: Entry = { pattern, flags, ...(finding ? { finding } : {}) };
    this.used.set(key, entry);
    this.stored.set(key, entry);
    this.changed = true;
  }

  /**
   * Writes the file (through a temporary file and a rename) when a verdict was added; sorted, so the same verdicts
   * give the same bytes. Verdicts used in this run are kept first when there are more than the limit.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const kept = new Map(this.used);
    for (const [key, entry] of this.stored) {
      if (kept.size >= MAX_REGEX_CACHE_ENTRIES) break;
      kept.set(key, entry);
    }
    const verdicts = [...kept.values()]
      .sort((a, b) => compare(a.flags, b.flags) || compare(a.pattern, b.pattern))
      .map((e) => ({ pattern: e.pattern, flags: e.flags, ...(e.finding ? { finding: e.finding } : {}) }));
    const json = `${JSON.stringify({ format: REGEX_CACHE_FORMAT, checker: REGEX_CHECKER_VERSION, verdicts }, null, 1)}\n`;
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      await writeFile(temp, json, 'utf8');
      await rename(temp, this.file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    this.changed = false;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function readEntries(file: string): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  let data: unknown;
  try {
    const text = await readFile(file, 'utf8');
    if (text.length > MAX_REGEX_CACHE_BYTES) return entries;
    data = JSON.parse(text);
  } catch {
    return entries;
  }
  if (typeof data !== 'object' || data === null) return entries;
  const { format, checker, verdicts } = data as Record<string, unknown>;
  if (format !== REGEX_CACHE_FORMAT || checker !== REGEX_CHECKER_VERSION || !Array.isArray(verdicts)) {
    return entries;
  }
  for (const item of verdicts.slice(0, MAX_REGEX_CACHE_ENTRIES)) {
    const entry = readEntry(item);
    if (entry) entries.set(keyOf(entry.pattern, entry.flags), entry);
  }
  return entries;
}

/** One verdict when every field has the right shape; anything else is skipped (and analysed again). */
function readEntry(item: unknown): Entry | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { pattern, flags, finding } = item as Record<string, unknown>;
  if (typeof pattern !== 'string' || typeof flags !== 'string') return undefined;
  if (finding === undefined) return { pattern, flags };
  if (typeof finding !== 'object' || finding === null) return undefined;
  const { severity, message } = finding as Record<string, unknown>;
  if ((severity !== 'error' && severity !== 'warning') || typeof message !== 'string') return undefined;
  return { pattern, flags, finding: { severity, message } };
}
