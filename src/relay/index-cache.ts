/**
 * The published runbook index for a relay that runs alerts itself (direct mode), kept in memory with its ETag.
 *
 * - Within `revalidateAfterMs` of the last look, the cached index is used without asking GitHub.
 * - After that, a conditional GET (`If-None-Match`): 304 → the cached index again (GitHub does not count it against
 *   the rate limit); 200 → the new index, parsed and compiled once.
 * - GitHub unreachable, slow, or the file gone, with an index cached → the cached one, and a warning in the log.
 * - Nothing cached and nothing readable → runbooks that match nothing, whose origin line in the message says the
 *   index could not be read: the incident is posted without a runbook rather than not at all.
 * Callers arriving while a look is under way share it.
 */
import type { LoadedRunbooks } from '../alert/run.js';
import { loadedFromIndex } from '../alert/runbooks.js';
import type { Clock } from '../clock.js';
import { describeError } from '../errors.js';
import type { GitHubFileReader } from '../github/types.js';
import type { Logger } from '../log.js';
import { openIndex } from '../runbooks/index-open.js';
import { INDEX_VERSION } from '../runbooks/types.js';

/** A new runbook reaches the relay's matches at most this long after it was published. */
export const DEFAULT_INDEX_REVALIDATE_MS = 30_000;

export interface PublishedIndexCacheOptions {
  github: GitHubFileReader;
  branch: string;
  path: string;
  clock: Clock;
  log: Logger;
  /** The cached index is used without asking GitHub this long after the last look (default 30 s). */
  revalidateAfterMs?: number;
}

interface Cached {
  loaded: LoadedRunbooks;
  etag: string | undefined;
}

export class PublishedIndexCache {
  private cached: Cached | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private looking: Promise<LoadedRunbooks> | undefined;
  private readonly revalidateAfterMs: number;
  private readonly where: string;

  constructor(private readonly options: PublishedIndexCacheOptions) {
    this.revalidateAfterMs = options.revalidateAfterMs ?? DEFAULT_INDEX_REVALIDATE_MS;
    this.where = `${options.branch}:${options.path}`;
  }

  /** The runbooks to match against; never rejects (see the module comment for what stands in for a missing index). */
  load(): Promise<LoadedRunbooks> {
    const now = this.options.clock.now().getTime();
    if (this.cached && now - this.checkedAt < this.revalidateAfterMs) {
      return Promise.resolve(this.cached.loaded);
    }
    this.looking ??= this.look().finally(() => (this.looking = undefined));
    return this.looking;
  }

  /** The ETag of the index held, for tests and the log. */
  get etag(): string | undefined {
    return this.cached?.etag;
  }

  private async look(): Promise<LoadedRunbooks> {
    const { github, branch, path, log, clock } = this.options;
    let problem: string;
    try {
      const answer = await github.getFileIfChanged(branch, path, this.cached?.etag);
      if (answer.kind === 'not-modified' && this.cached) {
        this.checkedAt = clock.now().getTime();
        return this.cached.loaded;
      }
      if (answer.kind === 'file') {
        const loaded = loadedFromIndex(
          openIndex(answer.file.content, this.where),
          `published index (${this.where})`,
        );
        this.cached = { loaded, etag: answer.etag };
        this.checkedAt = clock.now().getTime();
        log.info(
          `relay: runbook index ${this.where} loaded: ${loaded.size} runbook(s)` +
            (loaded.source.commit ? ` from ${loaded.source.commit.slice(0, 7)}` : ''),
        );
        return loaded;
      }
      problem =
        answer.kind === 'missing'
          ? `no published index at ${this.where} (run the publish workflow)`
          : `GitHub answered 304 for ${this.where} but no index is cached`;
    } catch (error) {
      problem = describeError(error);
    }
    if (this.cached) {
      log.warning(`relay: could not refresh the runbook index (${problem}); using the cached one.`);
      // Look again at the next event, not only after the revalidation interval: the cached copy may be outdated.
      return this.cached.loaded;
    }
    log.warning(`relay: no runbook index (${problem}); posting without runbooks.`);
    return noRunbooks(`runbook index unavailable (${this.where}); posted without runbooks`);
  }
}

/** Runbooks that match nothing; `origin` is shown in the message's index line. */
export function noRunbooks(origin: string): LoadedRunbooks {
  return {
    size: 0,
    channels: [],
    groupingIds: () => new Set(),
    runbook: () => undefined,
    runbooks: () => [],
    match: () => [],
    source: { repository: null, commit: null, dir: '' },
    version: INDEX_VERSION,
    origin,
  };
}
