/**
 * What a runbook pull request changes for real alerts: for each added, changed or removed runbook, its embedded test
 * titles, which runbook each title gets now and which it got on the default branch, and the Slack message it would
 * produce. Test titles of untouched runbooks are checked too, because a rule change steals titles from its
 * neighbours: those whose runbook changed are listed (and flagged) as well.
 *
 * The default branch's runbooks come from, in order: `--base-dir` (a second checkout), `--base-index` (an index file)
 * or, in Actions, the published index read through the contents API — the PR check needs no extra checkout or fetch.
 *
 * `compareWithBase` and the formatters are pure; `runPrPreview` is the adapter `oncall validate` calls.
 */
import { readAlert } from '../runbooks/titles.js';
import type { LoadedRunbooks } from '../alert/run.js';
import { optionalString } from '../commands/args.js';
import type { CommandContext, ParsedArgs } from '../commands/command.js';
import { describeError } from '../errors.js';
import { createMatcher, type Matcher } from '../runbooks/matcher.js';
import { toIndexed } from '../runbooks/index-file.js';
import { DEFAULT_INDEX_BRANCH, DEFAULT_INDEX_PATH } from '../runbooks/types.js';
import type { AlertText, IndexedRunbook, Runbook, RunbookIndex, RunbookMatch } from '../runbooks/types.js';
import type { ValidationResult } from '../runbooks/validate.js';
import { escapeMarkdown } from '../util/markdown-text.js';
import { printable } from '../util/printable.js';

/** At most this many message previews in one summary (the job summary is capped at 1 MiB). */
export const MAX_PREVIEWS = 25;
/** At most this many test titles listed per runbook. */
export const MAX_TITLES_PER_RUNBOOK = 50;

export interface RunbookTests {
  match: string[];
  noMatch: string[];
}

/** The default branch's runbooks. `tests` only when read from files (an index carries no tests). */
export interface BaseRunbooks {
  runbooks: readonly IndexedRunbook[];
  tests?: ReadonlyMap<string, RunbookTests>;
  /** Where they came from, for the summary: "base-dir ../base/runbooks", "published index (branch:path)". */
  origin: string;
  commit: string | null;
}

export interface TitleVerdict {
  /** The runbook whose embedded test this title is. */
  runbookId: string;
  kind: 'match' | 'no_match';
  text: string;
  /** Best runbook with this pull request's rules (undefined: none). */
  now?: RunbookMatch;
  /** Best runbook on the default branch. */
  before?: RunbookMatch;
  /** The best runbook differs between the two. */
  changed: boolean;
}

export interface RunbookChange {
  id: string;
  title: string;
  kind: 'added' | 'changed' | 'removed';
  /** Source file (head) for added/changed runbooks. */
  file?: string;
  titles: TitleVerdict[];
}

export interface Comparison {
  origin: string;
  /** The base carried embedded tests (a directory); an index does not, so removed runbooks show no titles. */
  baseHasTests: boolean;
  commit: string | null;
  changes: RunbookChange[];
  /** Test titles of unchanged runbooks whose best runbook changed: rules elsewhere now claim (or drop) them. */
  moved: TitleVerdict[];
}

/**
 * Compares the pull request's runbooks (`head`, matchable ones with their tests) with the default branch's. Each test
 * title is matched as the alert path matches an incident title (normalised by monitoring tool), with the service set
 * to its runbook's first `match.services` entry, as `oncall validate` runs embedded tests.
 */
export function compareWithBase(head: readonly Runbook[], base: BaseRunbooks): Comparison {
  const headIndexed = head.map(toIndexed);
  const headMatcher = safeMatcher(headIndexed);
  const baseMatcher = safeMatcher(base.runbooks);
  const baseById = new Map(base.runbooks.map((r) => [r.id, r]));
  const headById = new Map(headIndexed.map((r) => [r.id, r]));

  const verdicts = (owner: IndexedRunbook, tests: RunbookTests): TitleVerdict[] => {
    const service = owner.match.services[0];
    const check = (kind: TitleVerdict['kind'], text: string): TitleVerdict => {
      const alert = alertFor(text, service);
      const now = headMatcher(alert)[0];
      const before = baseMatcher(alert)[0];
      return {
        runbookId: owner.id,
        kind,
        text,
        ...(now ? { now } : {}),
        ...(before ? { before } : {}),
        changed: now?.id !== before?.id,
      };
    };
    return [...tests.match.map((t) => check('match', t)), ...tests.noMatch.map((t) => check('no_match', t))];
  };

  const changes: RunbookChange[] = [];
  const moved: TitleVerdict[] = [];
  head.forEach((runbook, i) => {
    const indexed = headIndexed[i]!;
    const before = baseById.get(runbook.id);
    const titles = verdicts(indexed, runbook.tests);
    const baseTests = base.tests?.get(runbook.id);
    const kind = !before
      ? 'added'
      : canonical(before) !== canonical(indexed) ||
          (baseTests !== undefined && canonical(baseTests) !== canonical(runbook.tests))
        ? 'changed'
        : undefined;
    if (kind) changes.push({ id: runbook.id, title: runbook.title, kind, file: runbook.file, titles });
    else moved.push(...titles.filter((t) => t.changed));
  });
  for (const removed of base.runbooks) {
    if (headById.has(removed.id)) continue;
    const tests = base.tests?.get(removed.id) ?? { match: [], noMatch: [] };
    changes.push({ id: removed.id, title: removed.title, kind: 'removed', titles: verdicts(removed, tests) });
  }
  changes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { origin: base.origin, baseHasTests: base.tests !== undefined, commit: base.commit, changes, moved };
}

function alertFor(text: string, service: string | undefined): AlertText {
  return {
    text: readAlert(text).text,
    ...(service !== undefined ? { service: { id: service, name: service } } : {}),
  };
}

/** A matcher that reports nothing instead of throwing on a rule it cannot compile (a base index edited by hand). */
function safeMatcher(runbooks: readonly IndexedRunbook[]): (alert: AlertText) => RunbookMatch[] {
  let matcher: Matcher;
  try {
    matcher = createMatcher(runbooks);
  } catch {
    const usable = runbooks.filter((r) => {
      try {
        createMatcher([r]);
        return true;
      } catch {
        return false;
      }
    });
    matcher = createMatcher(usable);
  }
  return (alert) => matcher.match(alert);
}

/** JSON with sorted keys: the same rule reads the same whether it came from YAML or from an index. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** How many titles are flagged (their best runbook changed). */
export function flaggedCount(c: Comparison): number {
  return c.changes.reduce((n, ch) => n + ch.titles.filter((t) => t.changed).length, 0) + c.moved.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Text (CLI)

/** The comparison for a terminal: one block per changed runbook, then titles of other runbooks that moved. */
export function formatComparisonText(c: Comparison): string {
  const out: string[] = [
    `Compared with the default branch (${printable(c.origin)}${c.commit ? ` @ ${c.commit.slice(0, 7)}` : ''}):`,
    `${plural(c.changes.length, 'changed runbook')}${countKinds(c)}, ${plural(flaggedCount(c), 'test title')} now matching a different runbook.`,
  ];
  for (const ch of c.changes) {
    const file = ch.file ? `, ${printable(ch.file)}` : '';
    out.push('', `${KIND_MARK[ch.kind]} ${printable(ch.id)} — ${printable(ch.title)} (${ch.kind}${file})`);
    if (ch.titles.length === 0) out.push('  (no embedded tests)');
    for (const t of ch.titles.slice(0, MAX_TITLES_PER_RUNBOOK)) out.push(titleLine(t));
    if (ch.titles.length > MAX_TITLES_PER_RUNBOOK)
      out.push(`  … and ${ch.titles.length - MAX_TITLES_PER_RUNBOOK} more`);
  }
  if (c.moved.length > 0) {
    out.push('', 'Test titles of unchanged runbooks that now match differently:');
    for (const t of c.moved) out.push(titleLine(t, true));
  }
  out.push('', 'Preview one message with: oncall preview "<alert title>"');
  return `${out.join('\n')}\n`;
}

const KIND_MARK: Record<RunbookChange['kind'], string> = { added: '+', changed: '~', removed: '-' };

function titleLine(t: TitleVerdict, withOwner = false): string {
  const flag = t.changed ? '  << CHANGED' : '';
  const owner = withOwner ? `${t.runbookId} ` : '';
  return `  ${owner}${t.kind === 'match' ? 'match   ' : 'no_match'} ${JSON.stringify(t.text)}\n      now: ${t.now?.id ?? '(none)'}   default branch: ${t.before?.id ?? '(none)'}${flag}`;
}

function countKinds(c: Comparison): string {
  const counts = (['added', 'changed', 'removed'] as const)
    .map((k) => [k, c.changes.filter((ch) => ch.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return counts.length > 0 ? ` (${counts.join(', ')})` : '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown (job summary)

/**
 * The job summary section. `previews` maps a test title to its message as text (see {@link previewTitles}); titles
 * without one are listed without a preview.
 */
export function formatComparisonMarkdown(
  c: Comparison,
  previews: ReadonlyMap<string, string> = new Map(),
): string {
  const flagged = flaggedCount(c);
  const lines = [
    '## Runbook changes compared with the default branch',
    '',
    `Base: ${md(c.origin)}${c.commit ? ` @ <code>${md(c.commit.slice(0, 7))}</code>` : ''} · ${plural(c.changes.length, 'changed runbook')}${countKinds(c)} · ` +
      (flagged > 0
        ? `⚠️ **${plural(flagged, 'test title')} now match a different runbook**`
        : 'no test title changes runbook'),
    '',
  ];
  if (c.changes.length === 0) lines.push('No runbook differs from the default branch.', '');
  for (const ch of c.changes) {
    lines.push(`### ${KIND_ICON[ch.kind]} <code>${md(ch.id)}</code> — ${md(ch.title)} (${ch.kind})`, '');
    if (ch.titles.length === 0) {
      lines.push(
        ch.kind === 'removed' && !c.baseHasTests
          ? '_Removed. Its test titles are not in the base (an index carries none); give `base-dir` to see them._'
          : '_No embedded tests: add `tests.match` so reviewers see what this runbook catches._',
        '',
      );
      continue;
    }
    lines.push(...titleTable(ch.titles.slice(0, MAX_TITLES_PER_RUNBOOK), false), '');
    if (ch.titles.length > MAX_TITLES_PER_RUNBOOK) {
      lines.push(`… and ${ch.titles.length - MAX_TITLES_PER_RUNBOOK} more test titles.`, '');
    }
    lines.push(...previewBlocks(ch.titles, previews));
  }
  if (c.moved.length > 0) {
    lines.push(
      '### ⚠️ Test titles of unchanged runbooks that now match differently',
      '',
      'A changed rule now claims (or no longer claims) these titles:',
      '',
      ...titleTable(c.moved, true),
      '',
      ...previewBlocks(c.moved, previews),
    );
  }
  return lines.join('\n');
}

/** A collapsible message preview per `tests.match` title that has one. */
function previewBlocks(titles: readonly TitleVerdict[], previews: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  for (const t of titles) {
    const preview = previews.get(t.text);
    if (t.kind !== 'match' || preview === undefined) continue;
    lines.push(
      `<details><summary>Message preview: ${md(t.text)}</summary>`,
      '',
      fenced(preview),
      '',
      '</details>',
      '',
    );
  }
  return lines;
}

const KIND_ICON: Record<RunbookChange['kind'], string> = { added: '🆕', changed: '✏️', removed: '🗑️' };

function titleTable(titles: readonly TitleVerdict[], withOwner: boolean): string[] {
  const head = withOwner
    ? [
        '| Runbook | Test | Alert title | Matches now | On the default branch | |',
        '| --- | --- | --- | --- | --- | --- |',
      ]
    : ['| Test | Alert title | Matches now | On the default branch | |', '| --- | --- | --- | --- | --- |'];
  return [
    ...head,
    ...titles.map((t) => {
      const cells = [
        ...(withOwner ? [`<code>${md(t.runbookId)}</code>`] : []),
        t.kind === 'match' ? 'match' : 'no_match',
        `<code>${md(t.text)}</code>`,
        matchCell(t.now),
        matchCell(t.before),
        t.changed ? '⚠️ changed' : '',
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

function matchCell(m: RunbookMatch | undefined): string {
  return m ? `<code>${md(m.id)}</code>` : '_none_';
}

/** Outside text (titles, ids) for Markdown: see {@link escapeMarkdown}. */
export const md = escapeMarkdown;

/** A fenced block that the content cannot close: the fence is longer than any backtick run inside. */
function fenced(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${text.replace(/\n+$/, '')}\n${fence}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Adapter: called from `oncall validate`

/**
 * Message previews (as text) of the `tests.match` titles of added and changed runbooks, then of the titles other
 * runbooks lost or gained, at most {@link MAX_PREVIEWS}.
 */
export async function previewTitles(
  c: Comparison,
  head: LoadedRunbooks,
  ctx: Pick<CommandContext, 'clock' | 'env'>,
): Promise<Map<string, string>> {
  const { previewAlert, renderPreviewText } = await import('./alert-preview.js');
  const previews = new Map<string, string>();
  const serverUrl = ctx.env.GITHUB_SERVER_URL || undefined;
  const titles = [...c.changes.filter((ch) => ch.kind !== 'removed').flatMap((ch) => ch.titles), ...c.moved];
  for (const t of titles) {
    if (t.kind !== 'match' || previews.has(t.text)) continue;
    if (previews.size >= MAX_PREVIEWS) break;
    const service = head.runbook(t.runbookId)?.match.services[0];
    const { message } = await previewAlert({
      title: t.text,
      runbooks: head,
      clock: ctx.clock,
      ...(service !== undefined ? { service } : {}),
      ...(serverUrl ? { serverUrl } : {}),
    });
    previews.set(t.text, renderPreviewText(message, ctx.clock.now()).trimEnd());
  }
  return previews;
}

/**
 * `oncall validate`'s comparison step. Never fails the check: a base that cannot be read is reported (a warning and a
 * line in the summary) and validation's own result stands.
 */
export async function runPrPreview(
  args: ParsedArgs,
  ctx: CommandContext,
  result: Pick<ValidationResult, 'runbooks' | 'problems'>,
  options: { dir: string; printText: boolean },
): Promise<void> {
  let base: BaseRunbooks | undefined;
  try {
    base = await loadBase(args, ctx);
  } catch (error) {
    const message = `Cannot compare with the default branch: ${describeError(error)}`;
    ctx.log.warning(message);
    ctx.summary?.addMarkdown(`## Runbook changes compared with the default branch\n\n${md(message)}\n`);
    return;
  }
  if (!base) {
    ctx.summary?.addMarkdown(
      '## Runbook changes compared with the default branch\n\nNot compared: give the action a `github-token` (to read ' +
        'the published index), a `base-index` file or a `base-dir` checkout of the default branch.\n',
    );
    return;
  }
  const [{ matchableRunbooks, loadedFromIndex }, { resolveSource }] = await Promise.all([
    import('../alert/runbooks.js'),
    import('../runbooks/index-file.js'),
  ]);
  const head = matchableRunbooks(result);
  const comparison = compareWithBase(head, base);
  if (options.printText) ctx.stdout(formatComparisonText(comparison));
  if (ctx.summary) {
    const source = await resolveSource({ dir: options.dir, cwd: ctx.cwd, env: ctx.env });
    const loaded = loadedFromIndex(
      { format: 'oncall-runbooks/index', version: 1, source, runbooks: head.map(toIndexed) },
      `${options.dir.replace(/\/+$/, '')}/ (this pull request)`,
    );
    const previews = await previewTitles(comparison, loaded, ctx);
    ctx.summary.addMarkdown(formatComparisonMarkdown(comparison, previews));
  }
  const flagged = flaggedCount(comparison);
  ctx.log.info(
    `Compared with ${base.origin}: ${plural(comparison.changes.length, 'changed runbook')}, ${plural(flagged, 'test title')} now matching a different runbook.`,
  );
}

/** The default branch's runbooks from the first source given, or undefined when there is none. */
async function loadBase(args: ParsedArgs, ctx: CommandContext): Promise<BaseRunbooks | undefined> {
  const baseDir = optionalString(args, 'base-dir');
  const baseIndex = optionalString(args, 'base-index');
  if (baseDir !== undefined) {
    const [{ validateRunbooks }, { matchableRunbooks }] = await Promise.all([
      import('../runbooks/validate.js'),
      import('../alert/runbooks.js'),
    ]);
    const { existsSync } = await import('node:fs');
    const path = await import('node:path');
    if (!existsSync(path.resolve(ctx.cwd, baseDir))) {
      throw new Error(
        `base-dir "${baseDir}" does not exist (looked in ${path.resolve(ctx.cwd, baseDir)}): check out the default branch there first (e.g. actions/checkout with ref: \${{ github.base_ref }} and path: base).`,
      );
    }
    const runbooks = matchableRunbooks(await validateRunbooks(baseDir, { cwd: ctx.cwd }));
    return {
      runbooks: runbooks.map(toIndexed),
      tests: new Map(runbooks.map((r) => [r.id, r.tests])),
      origin: `base-dir ${baseDir}`,
      commit: null,
    };
  }
  if (baseIndex !== undefined) {
    const [{ readIndexFile }, path] = await Promise.all([
      import('../runbooks/index-file.js'),
      import('node:path'),
    ]);
    const index = await readIndexFile(path.resolve(ctx.cwd, baseIndex), baseIndex);
    return fromIndex(index, `base-index ${baseIndex}`);
  }
  if (ctx.surface !== 'action') return undefined;
  const token = optionalString(args, 'github-token');
  const repository = optionalString(args, 'repository');
  if (token === undefined || repository === undefined) return undefined;
  const [{ createGitHubClient }, { loadPublishedIndex }] = await Promise.all([
    import('../github/client.js'),
    import('../publish/publish.js'),
  ]);
  const apiUrl = optionalString(args, 'github-api-url');
  const github = createGitHubClient({
    token,
    repository,
    ...(apiUrl ? { apiUrl } : {}),
    clock: ctx.clock,
    log: ctx.log,
  });
  const branch = optionalString(args, 'index-branch') ?? DEFAULT_INDEX_BRANCH;
  const file = optionalString(args, 'index-path') ?? DEFAULT_INDEX_PATH;
  return fromIndex(
    await loadPublishedIndex(github, { branch, path: file }),
    `published index (${branch}:${file})`,
  );
}

function fromIndex(index: RunbookIndex, origin: string): BaseRunbooks {
  return { runbooks: index.runbooks, origin, commit: index.source.commit };
}
