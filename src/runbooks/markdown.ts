/**
 * Relative links in a runbook's Markdown document. A runbook is read in the middle of an incident; a link to a file
 * that was renamed or never committed is found then, at the worst moment. The PR check finds it first.
 *
 * This is a deliberately small scanner, not a Markdown parser: it finds inline links and images (`[x](a.md)`,
 * `![x](img/a.png "title")`, `[x](<a b.md>)`) and reference definitions (`[x]: a.md`), and ignores fenced code blocks
 * and inline code spans, where link syntax is only an example. Absolute URLs (`https:`, `mailto:`, any scheme),
 * protocol-relative `//host` links and pure `#anchors` are not checked.
 */
import path from 'node:path';
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

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Every link and image destination in the document with its 1-based line and column. */
export function extractLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  const lines = markdown.split(/\r\n|\r|\n/);
  let fence: { char: string; length: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence.char && fenceMatch[1]!.length >= fence.length)
        fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = { char: fenceMatch[1]![0]!, length: fenceMatch[1]!.length };
      continue;
    }
    const line = blankCodeSpans(raw);
    const definition = REFERENCE_DEFINITION.exec(line);
    if (definition) {
      const written = definition[1]!;
      const start = definition.index + definition[0].length - written.length;
      const angled = written.startsWith('<');
      links.push({
        target: angled ? written.slice(1, -1) : written,
        kind: 'reference',
        line: index + 1,
        column: start + (angled ? 2 : 1),
      });
      continue;
    }
    let from = 0;
    for (;;) {
      const at = line.indexOf('](', from);
      if (at < 0) break;
      from = at + 2;
      const destination = readDestination(line, at + 2);
      if (!destination) continue;
      links.push({
        target: destination.target,
        kind: isImage(line, at) ? 'image' : 'link',
        line: index + 1,
        column: destination.start + 1,
      });
      from = destination.end;
    }
  }
  return links;
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
 * Relative links in `markdown` (the file `file`, an absolute path) whose target does not exist. Links starting with
 * `/` are taken from `root` (the repository root, as GitHub renders them). `exists` is injected so this stays pure.
 */
export function findBrokenLinks(
  markdown: string,
  file: string,
  root: string,
  exists: (absolutePath: string) => boolean,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const link of extractLinks(markdown)) {
    const target = relativeLinkPath(link.target);
    if (target === undefined) continue;
    const absolute = target.startsWith('/')
      ? path.join(root, target)
      : path.resolve(path.dirname(file), target);
    if (exists(absolute)) continue;
    const resolved = toPosix(path.relative(root, absolute));
    const what = link.kind === 'image' ? 'image' : 'link';
    broken.push({
      line: link.line,
      column: link.column,
      target: link.target,
      resolved,
      message: `broken ${what}: "${link.target}" points to ${resolved}, which does not exist. Fix the path (relative to this file) or add the file.`,
    });
  }
  return broken;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
