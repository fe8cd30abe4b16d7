/**
 * Runbooks for previews: an index file, or a runbooks directory validated on the fly. Broken runbooks never stop a
 * preview — a reviewer previews precisely while rules are being changed — but a runbook the matcher cannot run safely
 * (an unsafe or invalid regex, no condition, a duplicate id) is left out, as the validator leaves it out of the tests.
 */
import path from 'node:path';
import type { LoadedRunbooks } from './run.js';
import { openIndexFile, openParsed, type OpenIndex } from '../runbooks/index-open.js';
import type { Problem, ValidationResult } from '../runbooks/validate.js';
import {
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexedRunbook,
  type Runbook,
  type RunbookIndex,
} from '../runbooks/types.js';

/**
 * The alert path's view of an index: its runbooks, a matcher over them (built now, so that an index read in full
 * reports a regex that does not compile before any alert), where it came from.
 */
export function loadedFromIndex(index: RunbookIndex | OpenIndex, origin: string): LoadedRunbooks {
  const opened = 'matcher' in index ? index : openParsed(index);
  const matcher = opened.matcher();
  return {
    size: opened.size,
    channels: opened.channels,
    groupingIds: () => opened.groupingIds(),
    runbook: (id) => opened.runbook(id),
    runbooks: () => opened.runbooks(),
    match: (alert) => matcher.match(alert),
    source: opened.source,
    version: opened.version,
    origin,
  };
}

/**
 * The runbooks of a validation result that the matcher can run: shape-valid, at least one condition, no error on
 * `match.*` (unsafe or invalid regex), first file per id. Other errors (a missing doc, a failing test) do not change
 * what the rule matches, so those runbooks stay in.
 */
export function matchableRunbooks(result: Pick<ValidationResult, 'runbooks' | 'problems'>): Runbook[] {
  const brokenFiles = new Set(
    result.problems
      .filter((p: Problem) => p.severity === 'error' && /^match(\.|\[|$)/.test(p.path ?? ''))
      .map((p) => p.file),
  );
  const seen = new Set<string>();
  return result.runbooks.filter((r) => {
    const { any, all, regex } = r.match;
    if (brokenFiles.has(r.file) || seen.has(r.id) || any.length + all.length + regex.length === 0)
      return false;
    seen.add(r.id);
    return true;
  });
}

export interface DirRunbooks {
  loaded: LoadedRunbooks;
  /** Matchable runbooks, with their embedded tests. */
  runbooks: Runbook[];
  /** How many problems of severity error the directory has (the preview still runs). */
  errors: number;
}

/** Validates `dir` (relative to `cwd`) and returns its matchable runbooks as the alert path would load them. */
export async function loadRunbooksDir(
  dir: string,
  options: { cwd: string; env: Readonly<Record<string, string | undefined>> },
): Promise<DirRunbooks> {
  const [{ validateRunbooks }, { toIndexed, resolveSource }] = await Promise.all([
    import('../runbooks/validate.js'),
    import('../runbooks/index-file.js'),
  ]);
  const result = await validateRunbooks(dir, { cwd: options.cwd });
  const runbooks = matchableRunbooks(result);
  const source = await resolveSource({ dir, cwd: options.cwd, env: options.env });
  const index: RunbookIndex = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    source,
    runbooks: runbooks.map((r): IndexedRunbook => toIndexed(r)),
  };
  return {
    loaded: loadedFromIndex(index, `${dir.replace(/\/+$/, '')}/`),
    runbooks,
    errors: result.problems.filter((p) => p.severity === 'error').length,
  };
}

/** Opens an index file built by `oncall build` (or the published one). */
export async function loadIndexFile(file: string, cwd: string): Promise<LoadedRunbooks> {
  return loadedFromIndex(await openIndexFile(path.resolve(cwd, file), file), file);
}
