/**
 * Publishing the runbook index where the alert path can read it without a checkout: one JSON file on a dedicated
 * branch, written through the GitHub contents API. Alert runs then need only `contents: read` and one HTTP GET.
 *
 * Idempotent: the file is compared byte for byte with what is already published and no commit is made when it is
 * the same (a re-run, or a second push of the same commit). The index carries its source commit, because `doc`
 * links point at that commit; a push that changes nothing under the runbooks directory therefore still publishes —
 * the publish workflow filters on `paths: [runbooks/**]` so such pushes do not run it.
 */
import { ConfigError, ValidationFailedError } from '../errors.js';
import { ConflictError } from '../github/client.js';
import type { GitHubApi } from '../github/types.js';
import type { Logger } from '../log.js';
import { buildIndex, parseIndex, serializeIndex } from '../runbooks/index-file.js';
import { openIndex, type OpenIndex } from '../runbooks/index-open.js';
import type { resolveSource } from '../runbooks/index-file.js';
import {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH,
  type Runbook,
  type RunbookIndex,
} from '../runbooks/types.js';

/** One problem found by the validator (the shape of `validateRunbooks`' problems). */
export interface PublishProblem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface PublishDeps {
  /** Absent only for a dry run without a token. */
  github?: GitHubApi;
  log: Logger;
  validate(
    dir: string,
    options: { cwd: string },
  ): Promise<{ runbooks: Runbook[]; problems: PublishProblem[] }>;
  resolveSource: typeof resolveSource;
  /** Reports the validator's problems (annotations in Actions). Returns the number of errors. */
  report(problems: readonly PublishProblem[]): number;
}

export interface PublishOptions {
  dir: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  branch: string;
  path: string;
  dryRun: boolean;
}

export interface PublishResult {
  /** True when a new commit was made (or, in a dry run, would be). */
  changed: boolean;
  /** The new commit, or null when nothing was written. */
  commitSha: string | null;
  runbooks: number;
  bytes: number;
  content: string;
  /** False in a dry run without a token: nothing was compared. */
  compared: boolean;
}

/**
 * Validates `dir`, builds the index and writes it to `branch:path` when it differs from what is there.
 * Throws `ValidationFailedError` (after reporting the problems) when validation finds any error: nothing is written.
 */
export async function publishRunbooks(deps: PublishDeps, options: PublishOptions): Promise<PublishResult> {
  const { runbooks, problems } = await deps.validate(options.dir, { cwd: options.cwd });
  const errors = deps.report(problems);
  if (errors > 0) {
    throw new ValidationFailedError(
      `${errors} error(s) in ${options.dir}: nothing was published. Fix them (run "oncall validate ${options.dir}") and publish again.`,
    );
  }
  const source = await deps.resolveSource({ dir: options.dir, cwd: options.cwd, env: options.env });
  const content = serializeIndex(buildIndex(runbooks, source));
  const bytes = Buffer.byteLength(content);
  const base = { runbooks: runbooks.length, bytes, content };
  const target = `${options.branch}:${options.path}`;
  if (!deps.github) {
    deps.log.info(
      `Dry run: would publish ${runbooks.length} runbook(s) (${bytes} bytes) to ${target}; no token, not compared.`,
    );
    return { ...base, changed: true, commitSha: null, compared: false };
  }
  const short = source.commit ? source.commit.slice(0, 12) : 'a working tree';
  const message = `Publish runbook index: ${runbooks.length} runbook(s) from ${short}`;
  if (options.dryRun) {
    const current = await deps.github.getFile(options.branch, options.path);
    const changed = current?.content !== content;
    deps.log.info(
      `Dry run: ${target} ${changed ? 'would be updated' : 'is up to date'} (${runbooks.length} runbook(s), ${bytes} bytes).`,
    );
    return { ...base, changed, commitSha: null, compared: true };
  }
  const written = await writeIfChanged(deps.github, {
    branch: options.branch,
    path: options.path,
    content,
    message,
  });
  deps.log.info(
    written.changed
      ? `Published ${runbooks.length} runbook(s) to ${target} in commit ${written.commitSha}.`
      : `${target} is up to date (${runbooks.length} runbook(s)); no commit made.`,
  );
  return { ...base, changed: written.changed, commitSha: written.commitSha, compared: true };
}

/**
 * Writes `content` to `branch:path` unless it is already there, creating the branch when missing. A concurrent
 * writer (409/422 on a stale blob SHA) makes it read again and try once more.
 */
export async function writeIfChanged(
  github: GitHubApi,
  file: { branch: string; path: string; content: string; message: string },
): Promise<{ changed: boolean; commitSha: string | null }> {
  for (let attempt = 1; ; attempt++) {
    const current = await github.getFile(file.branch, file.path);
    if (current?.content === file.content) return { changed: false, commitSha: null };
    if (!current) await github.ensureBranch(file.branch);
    try {
      const { commitSha } = await github.putFile(
        file.branch,
        file.path,
        file.content,
        file.message,
        current?.sha,
      );
      return { changed: true, commitSha };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 2) throw error;
    }
  }
}

/**
 * The published index, read through the contents API (no checkout needed) and checked in full. A clear error when it
 * was never published.
 */
export async function loadPublishedIndex(
  github: GitHubApi,
  options: { branch?: string; path?: string } = {},
): Promise<RunbookIndex> {
  const { content, origin } = await readPublishedIndex(github, options);
  return parseIndex(content, origin);
}

/**
 * The published index opened for matching (see `openIndex`): of a version 3 index only the header and the trigger
 * table are read now, a runbook's row when it is needed. What the alert path uses.
 */
export async function openPublishedIndex(
  github: GitHubApi,
  options: { branch?: string; path?: string } = {},
): Promise<OpenIndex> {
  const { content, origin } = await readPublishedIndex(github, options);
  return openIndex(content, origin);
}

async function readPublishedIndex(
  github: GitHubApi,
  options: { branch?: string; path?: string },
): Promise<{ content: string; origin: string }> {
  const branch = options.branch ?? DEFAULT_INDEX_BRANCH;
  const path = options.path ?? DEFAULT_INDEX_PATH;
  const file = await github.getFile(branch, path);
  if (!file) {
    throw new ConfigError(
      `No published runbook index at ${path} on branch "${branch}": run the publish workflow first ("oncall publish" on a push to the default branch), or check the branch and path settings.`,
    );
  }
  return { content: file.content, origin: `${branch}:${path}` };
}
