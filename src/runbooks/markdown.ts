/**
 * Relative links in a runbook's Markdown document. A runbook is read in the middle of an incident; a link to a file
 * that was renamed or never committed, or to a heading that no longer exists, is found then, at the worst moment.
 * The PR check finds it first.
 *
 * The document is parsed by markdown-it (CommonMark, with HTML), so what counts as a link is what GitHub renders as
 * one: link syntax inside fenced or indented code, inline code or an HTML comment is not a link. Links, images and
 * reference definitions are checked; absolute URLs (any scheme), protocol-relative `//host` links are not. An
 * `#anchor` must name a heading of the target document (GitHub's heading ids, see {@link headingSlugs}) or an HTML
 * `id`/`name` in it. markdown-it is loaded on first use: only `oncall validate` reads documents.
 */
import path from 'node:path';
import type { MarkdownIt, Token } from 'markdown-it';
import type { Position } from './yaml.js';

export interface MarkdownLink extends Position {
  /** The destination as written (without `<…>`). */
  target: string;
  kind: 'link' | 'image' | 'reference';
}

export interface BrokenLink extends Position {
  target: string;
  /** Where the link points, relative to `root`. */
  resolved: string;
  message: string;
}

const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

let parser: Promise<MarkdownIt> | undefined;

/** markdown-it with HTML on, so that comments and tags are recognised as such (and their contents ignored). */
function loadParser(): Promise<MarkdownIt> {
  parser ??= import('markdown-it').then((loaded) => {
    const create = ((loaded as { default?: unknown }).default ?? loaded) as (options: object) => MarkdownIt;
    return create({ html: true });
  });
  return parser;
}

/** What the parser found in one document: its tokens, reference definitions and source lines. */
interface Parsed {
  tokens: Token[];
  references: Record<string, { href: string }>;
  lines: string[];
}

async function parse(markdown: string): Promise<Parsed> {
  const md = await loadParser();
  const env: { references?: Record<string, { href: string; title: string }> } = {};
  const tokens = md.parse(markdown, env);
  return { tokens, references: env.references ?? {}, lines: markdown.split(/\r\n|\r|\n/) };
}

/**
 * Every link and image destination in the document with its 1-based line and column, in document order. The parser
 * decides what is a link; the column is found by reading the destinations written on the lines of its paragraph
 * (or heading, list item, table), in order.
 */
export async function extractLinks(markdown: string): Promise<MarkdownLink[]> {
  return linksOf(await parse(markdown));
}

function linksOf({ tokens, references, lines }: Parsed): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  const covered = new Array<boolean>(lines.length).fill(false);
  const referenceHrefs = new Set(Object.values(references).map((r) => r.href));
  for (const token of tokens) {
    if (token.map) for (let l = token.map[0]; l < token.map[1]; l++) covered[l] = true;
    if (token.type !== 'inline' || !token.map || !token.children) continue;
    const written = writtenDestinations(lines, token.map[0], token.map[1]);
    // Each written destination stands for one parsed link; a link around an image comes before the image in the
    // tokens but after it in the text, so the first unused one with the same destination is taken.
    const used = new Set<number>();
    for (const child of token.children) {
      const kind = child.type === 'image' ? 'image' : child.type === 'link_open' ? 'link' : undefined;
      if (!kind) continue;
      const href = String(child.attrGet(kind === 'image' ? 'src' : 'href') ?? '');
      const found = written.findIndex((w, i) => !used.has(i) && sameDestination(w.target, href));
      if (found >= 0) {
        const w = written[found]!;
        used.add(found);
        links.push({ target: w.target, kind, line: w.line, column: w.column });
      } else if (!referenceHrefs.has(href)) {
        // `[text][label]` uses a definition, which is checked where it is written.
        links.push({ target: href, kind, line: token.map[0] + 1, column: 1 });
      }
    }
  }
  // Reference definitions leave no token: they are on lines no block covers.
  lines.forEach((line, index) => {
    if (covered[index]) return;
    const definition = REFERENCE_DEFINITION.exec(line);
    if (!definition) return;
    const raw = definition[1]!;
    const angled = raw.startsWith('<');
    const target = angled ? raw.slice(1, -1) : raw;
    if (![...referenceHrefs].some((href) => sameDestination(target, href))) return;
    const start = definition.index + definition[0].length - raw.length;
    links.push({ target, kind: 'reference', line: index + 1, column: start + (angled ? 2 : 1) });
  });
  return links.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The parser's href is normalised (`my doc.md` → `my%20doc.md`); compare both ways round. */
function sameDestination(written: string, href: string): boolean {
  if (written === href) return true;
  try {
    return (
      decodeURI(href) === written || encodeURI(written) === href || decodeURI(href) === decodeURI(written)
    );
  } catch {
    return false;
  }
}

/** `](destination` occurrences on lines `from`…`to` (0-based, end exclusive), inline code blanked. */
function writtenDestinations(lines: string[], from: number, to: number): MarkdownLink[] {
  const out: MarkdownLink[] = [];
  for (let index = from; index < to && index < lines.length; index++) {
    const line = blankCodeSpans(lines[index]!);
    let at = 0;
    for (;;) {
      const close = line.indexOf('](', at);
      if (close < 0) break;
      at = close + 2;
      const destination = readDestination(line, close + 2);
      if (!destination) continue;
      out.push({
        target: destination.target,
        kind: isImage(line, close) ? 'image' : 'link',
        line: index + 1,
        column: destination.start + 1,
      });
      at = destination.end;
    }
  }
  return out;
}

/** Replaces inline code spans with spaces (columns stay put), so `` `[a](b)` `` is not taken for a link. */
function blankCodeSpans(line: string): string {
  if (!line.includes('`')) return line;
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`') {
      out += line[i];
      i++;
      continue;
    }
    let ticks = 0;
    while (line[i + ticks] === '`') ticks++;
    const fence = '`'.repeat(ticks);
    const close = line.indexOf(fence, i + ticks);
    if (close < 0) {
      out += fence;
      i += ticks;
      continue;
    }
    out += ' '.repeat(close + ticks - i);
    i = close + ticks;
  }
  return out;
}

/** True when the `[` that opens the text before `](` at `closeAt` is preceded by `!`. */
function isImage(line: string, closeAt: number): boolean {
  let depth = 0;
  for (let i = closeAt - 1; i >= 0; i--) {
    const c = line[i];
    if (c === ']') depth++;
    else if (c === '[') {
      if (depth === 0) return line[i - 1] === '!';
      depth--;
    }
  }
  return false;
}

/** Reads a link destination starting at `start` (just after `(`): `<…>` or a run without spaces, parentheses balanced. */
function readDestination(
  line: string,
  start: number,
): { target: string; start: number; end: number } | undefined {
  let i = start;
  while (line[i] === ' ' || line[i] === '\t') i++;
  if (line[i] === '<') {
    const close = line.indexOf('>', i + 1);
    if (close < 0) return undefined;
    return { target: line.slice(i + 1, close), start: i + 1, end: close + 1 };
  }
  const begin = i;
  let depth = 0;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === ' ' || c === '\t') break;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  if (i === begin) return undefined;
  return { target: line.slice(begin, i), start: begin, end: i };
}

/**
 * The file path a link points to, or undefined when it is not a relative link to check (absolute URL, any scheme
 * such as `mailto:`, `//host/…`, or only `#anchor`). Drops `#fragment` and `?query`, undoes `%20` and `\` escapes.
 */
export function relativeLinkPath(target: string): string | undefined {
  const trimmed = target.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//') || SCHEME.test(trimmed))
    return undefined;
  const withoutFragment = trimmed.replace(/[#?].*$/, '');
  if (withoutFragment === '') return undefined;
  const unescaped = withoutFragment.replace(/\\(.)/g, '$1');
  try {
    return decodeURIComponent(unescaped);
  } catch {
    return unescaped;
  }
}

/**
 * GitHub's id for each heading, in document order: the heading's text, lower-cased, without characters other than
 * letters, marks, digits, `_`, `-` and spaces, spaces turned into `-`; a repeated id gets `-1`, `-2`, … Japanese
 * headings keep their characters (`## 確認 手順` → `確認-手順`).
 */
export function headingSlugs(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = text
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let slug = base;
    let count = seen.get(base) ?? 0;
    while (seen.has(slug)) slug = `${base}-${++count}`;
    seen.set(base, count);
    seen.set(slug, seen.get(slug) ?? 0);
    return slug;
  });
}

/** Every anchor a link may name in the parsed document: heading ids and HTML `id`/`name` attributes. */
function anchorsOf({ tokens }: Parsed): Set<string> {
  const headings: string[] = [];
  const anchors = new Set<string>();
  const htmlIds = (html: string) => {
    for (const m of html.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/gi)) anchors.add(m[1]!);
  };
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') {
      const inline = tokens[i + 1];
      headings.push(
        (inline?.children ?? [])
          .filter((c: Token) => c.type === 'text' || c.type === 'code_inline')
          .map((c: Token) => c.content)
          .join(''),
      );
    }
    if (token.type === 'html_block') htmlIds(token.content);
    for (const child of token.children ?? []) if (child.type === 'html_inline') htmlIds(child.content);
  });
  for (const slug of headingSlugs(headings)) anchors.add(slug);
  return anchors;
}

/** The `#fragment` of a link, percent-decoded, or undefined when it has none (or only `#`). */
function fragmentOf(target: string): string | undefined {
  const hash = target.indexOf('#');
  if (hash < 0 || hash === target.length - 1) return undefined;
  const fragment = target.slice(hash + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function hasAnchor(anchors: Set<string>, fragment: string): boolean {
  return anchors.has(fragment) || anchors.has(fragment.toLowerCase());
}

/**
 * Relative links in `markdown` (the file `file`, an absolute path) whose target does not exist, and `#anchors` that
 * name no heading of their document. Links starting with `/` are taken from `root` (the repository root, as GitHub
 * renders them). `exists` and `readMarkdown` (the text of another `.md` file, or undefined when it cannot be read)
 * are injected so this stays pure; without `readMarkdown`, anchors into other files are not checked. `anchorCache`
 * (anchors by absolute path) may be shared by the calls of one check: thousands of runbooks link into the same few
 * shared documents, which are then read and parsed once.
 */
export async function findBrokenLinks(
  markdown: string,
  file: string,
  root: string,
  exists: (absolutePath: string) => boolean,
  readMarkdown?: (absolutePath: string) => string | undefined,
  anchorCache: Map<string, Set<string> | undefined> = new Map(),
): Promise<BrokenLink[]> {
  const document = await parse(markdown);
  anchorCache.set(file, anchorsOf(document));
  const anchorsIn = async (absolute: string): Promise<Set<string> | undefined> => {
    if (!anchorCache.has(absolute)) {
      const text = readMarkdown?.(absolute);
      anchorCache.set(absolute, text === undefined ? undefined : anchorsOf(await parse(text)));
    }
    return anchorCache.get(absolute);
  };
  const broken: BrokenLink[] = [];
  for (const link of linksOf(document)) {
    const trimmed = link.target.trim();
    const fragment = fragmentOf(trimmed);
    const sameDocument = trimmed.startsWith('#');
    const target = relativeLinkPath(link.target);
    if (target === undefined && !sameDocument) continue;
    const absolute =
      target === undefined
        ? file
        : target.startsWith('/')
          ? path.join(root, target)
          : path.resolve(path.dirname(file), target);
    const resolved = toPosix(path.relative(root, absolute));
    const what = link.kind === 'image' ? 'image' : 'link';
    if (target !== undefined && !exists(absolute)) {
      broken.push({
        line: link.line,
        column: link.column,
        target: link.target,
        resolved,
        message: `broken ${what}: "${link.target}" points to ${resolved}, which does not exist. Fix the path (relative to this file) or add the file.`,
      });
      continue;
    }
    if (fragment === undefined || !/\.(md|markdown)$/i.test(absolute)) continue;
    const anchors = await anchorsIn(absolute);
    if (!anchors || hasAnchor(anchors, fragment)) continue;
    const known = [...anchors].slice(0, 8).map((a) => `#${a}`);
    broken.push({
      line: link.line,
      column: link.column,
      target: link.target,
      resolved,
      message:
        `broken anchor: "${link.target}" names "#${fragment}", which is no heading of ${resolved}` +
        (known.length > 0 ? ` (its anchors include ${known.join(', ')})` : ' (it has no headings)') +
        '. Fix the anchor to match the heading (lower case, spaces as "-") or restore the heading.',
    });
  }
  return broken;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
