/**
 * YAML → plain values with a line and column for every key and value, for runbook files.
 *
 * Runbook files are untrusted input (anyone can open a pull request), so this loader is deliberately narrower than
 * YAML: one document; no anchors or aliases (an alias bomb expands a few hundred bytes into gigabytes); no merge keys
 * (`<<` was js-yaml's prototype-pollution vector); no duplicate keys (YAML forbids them, and "last one wins" hides
 * mistakes); no keys that are special to JavaScript objects; no explicit tags except `!!str` (`!!binary`,
 * `!!timestamp`, custom tags). Mappings are `Map`s, never plain objects, so no key can reach a prototype.
 *
 * It works on js-yaml's event stream (`parseEvents`), which carries source offsets, and resolves plain scalars with
 * the YAML 1.2 core schema's own tag resolvers (so `3` is a number, `true` a boolean, `~` null, `"3"` a string).
 * Problems are collected, never thrown: a caller gets every problem in the file at once.
 */
import {
  boolCoreTag,
  EVENT_ID,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  NOT_RESOLVED,
  nullCoreTag,
  parseEvents,
  SCALAR_STYLE,
  YAMLException,
  type Event,
  type ScalarEvent,
} from 'js-yaml';

/** A 1-based position in the source. */
export interface Position {
  line: number;
  column: number;
}

export type ScalarValue = string | number | boolean | null;

export interface YamlScalar extends Position {
  kind: 'scalar';
  value: ScalarValue;
  /** True when the scalar was quoted or a block scalar: `"3"` is text even though `3` would be a number. */
  quoted: boolean;
}

export interface YamlSequence extends Position {
  kind: 'sequence';
  items: YamlNode[];
}

export interface YamlEntry {
  key: string;
  /** Where the key is written. */
  keyPosition: Position;
  value: YamlNode;
}

export interface YamlMapping extends Position {
  kind: 'mapping';
  /** In source order; keys are unique (a duplicate is a problem and is left out). */
  entries: Map<string, YamlEntry>;
}

/** A node whose problem has already been reported (an alias, a rejected tag): later checks skip it silently. */
export interface YamlRejected extends Position {
  kind: 'rejected';
}

export type YamlNode = YamlScalar | YamlSequence | YamlMapping | YamlRejected;

export interface YamlProblem extends Position {
  message: string;
  /** Dotted path of the value concerned, e.g. `match.any[2]`, when there is one. */
  path?: string;
}

export interface ParsedYaml {
  /** The document's root node, or null when the file is empty or not parseable at all. */
  root: YamlNode | null;
  problems: YamlProblem[];
}

/** Keys that mean something to JavaScript objects; refusing them keeps any later `{...}` spread harmless. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Nesting deeper than this is refused by the parser; a runbook needs three levels. */
const MAX_DEPTH = 32;

/** Explicit tags that only confirm "this is text". */
const STRING_TAGS: ReadonlySet<string> = new Set(['!', '!!str', '!<tag:yaml.org,2002:str>']);

/** Maps source offsets to 1-based line/column; built once per file, binary search per lookup. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      // \r\n counts once; a lone \r is a line break too (YAML treats it as one).
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.max(0, offset - this.starts[lo]!) + 1 };
  }
}

/** Plain scalars in the YAML 1.2 core schema: null, booleans, integers, floats — anything else is a string. */
function resolvePlain(text: string): ScalarValue {
  for (const tag of [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag] as const) {
    const first = text.charAt(0);
    if (tag.implicitFirstChars && !tag.implicitFirstChars.includes(first)) continue;
    const value = tag.resolve(text, false, tag.tagName);
    if (value !== NOT_RESOLVED) return value as ScalarValue;
  }
  return text;
}

function describeTag(tag: string): string {
  return tag.startsWith('!<') ? tag : JSON.stringify(tag).slice(1, -1);
}

/**
 * Parses one runbook file. Never throws: syntax errors and everything this loader refuses come back as problems
 * with a position. When a file has problems, `root` still holds whatever could be read, so schema checks can report
 * the rest of the file in the same run.
 */
export function parseYaml(source: string): ParsedYaml {
  const problems: YamlProblem[] = [];
  const lines = new LineIndex(source);
  let events: Event[];
  try {
    events = parseEvents(source, { maxDepth: MAX_DEPTH });
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      problems.push({
        line: (mark?.line ?? 0) + 1,
        column: (mark?.column ?? 0) + 1,
        message:
          reservedIndicatorMessage(source, mark?.position) ??
          `YAML syntax error: ${error.reason}. Check the indentation and quoting on this line or the one before.`,
      });
    } else {
      problems.push({ line: 1, column: 1, message: `YAML could not be read: ${String(error)}` });
    }
    return { root: null, problems };
  }

  const builder = new TreeBuilder(source, events, lines, problems);
  const root = builder.build();
  return { root, problems };
}

/**
 * js-yaml reports a plain value that starts with `@` or a backquote (characters YAML reserves) as "bad
 * indentation" or "missed comma", which sends authors looking in the wrong place. When the error points at such a
 * character where a value begins, say what is wrong instead.
 */
function reservedIndicatorMessage(source: string, position: number | undefined): string | undefined {
  if (position === undefined) return undefined;
  const indicator = source[position];
  if (indicator !== '@' && indicator !== '`') return undefined;
  const before = source.slice(source.lastIndexOf('\n', position - 1) + 1, position).trimEnd();
  if (before !== '' && !/[:\-[,{?]$/.test(before)) return undefined;
  const value = /^[^\n,\]}#]*/.exec(source.slice(position))![0].trimEnd();
  const quoted = `'${value.replace(/'/g, "''")}'`;
  return `value ${JSON.stringify(value)} begins with "${indicator}", which YAML reserves: values that begin with @ or \` must be quoted. Write ${quoted}.`;
}

class TreeBuilder {
  private i = 0;
  private anchors = 0;
  private aliases = 0;
  private firstAnchor?: { position: Position; name: string; path: string };
  private firstAlias?: { position: Position; name: string; path: string };

  constructor(
    private readonly source: string,
    private readonly events: Event[],
    private readonly lines: LineIndex,
    private readonly problems: YamlProblem[],
  ) {}

  build(): YamlNode | null {
    const documents = this.events.filter((e) => e.type === EVENT_ID.DOCUMENT).length;
    if (documents === 0) return null;
    // The first document event, then its content node (absent for an empty document).
    this.i = 1;
    const first = this.events[this.i];
    const root = first && first.type !== EVENT_ID.POP ? this.node('') : null;
    if (documents > 1) {
      const second = this.events.findIndex((e, index) => index > 0 && e.type === EVENT_ID.DOCUMENT);
      const content = this.events[second + 1];
      const where = content ? this.eventPosition(content) : this.lines.position(this.source.length);
      this.problems.push({
        ...where,
        message: `expected one YAML document per runbook file, found ${documents}. Remove the "---" separator and move the second runbook into its own file.`,
      });
    }
    // One problem per kind, with a count: an alias bomb has hundreds of aliases, and one line says it all.
    const more = (count: number, what: string) => (count > 1 ? ` and ${count - 1} more ${what}` : '');
    if (this.firstAnchor) {
      const { position, name, path } = this.firstAnchor;
      this.problems.push({
        ...position,
        message: `YAML anchors are not allowed in runbook files, found "&${name}"${more(this.anchors, 'anchor(s)')}. Write each value out in full.`,
        ...(path ? { path } : {}),
      });
    }
    if (this.firstAlias) {
      const { position, name, path } = this.firstAlias;
      this.problems.push({
        ...position,
        message: `YAML aliases are not allowed in runbook files, found "*${name}"${more(this.aliases, 'alias(es)')}. Write the value out in full.`,
        ...(path ? { path } : {}),
      });
    }
    return root;
  }

  private eventPosition(event: Event): Position {
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        if (event.tagStart >= 0) return this.lines.position(event.tagStart);
        if (event.anchorStart >= 0) return this.lines.position(Math.max(0, event.anchorStart - 1));
        // A quoted scalar's value starts after its opening quote; point at the quote, where the value is written.
        const quoted =
          event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        return this.lines.position(quoted ? Math.max(0, event.valueStart - 1) : event.valueStart);
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return this.lines.position(event.start);
      case EVENT_ID.ALIAS:
        // anchorStart points at the name; the `*` is one character before it.
        return this.lines.position(Math.max(0, event.anchorStart - 1));
      default:
        return { line: 1, column: 1 };
    }
  }

  /** Reads the node starting at `this.i` and leaves `this.i` just after it (after its POP for collections). */
  private node(path: string): YamlNode {
    const event = this.events[this.i++]!;
    if (event.type === EVENT_ID.ALIAS) {
      this.aliases++;
      const name = this.source.slice(event.anchorStart, event.anchorEnd);
      this.firstAlias ??= { position: this.eventPosition(event), name, path };
      return { kind: 'rejected', ...this.eventPosition(event) };
    }
    if (
      event.type !== EVENT_ID.SCALAR &&
      event.type !== EVENT_ID.MAPPING &&
      event.type !== EVENT_ID.SEQUENCE
    ) {
      // Not reachable with js-yaml's event grammar; treated as an empty value rather than trusted.
      return { kind: 'rejected', line: 1, column: 1 };
    }
    const position = this.eventPosition(event);
    if (event.anchorStart >= 0) {
      this.anchors++;
      const name = this.source.slice(event.anchorStart, event.anchorEnd);
      this.firstAnchor ??= { position: this.lines.position(Math.max(0, event.anchorStart - 1)), name, path };
    }
    let rejectedTag = false;
    if (event.tagStart >= 0) {
      const tag = this.source.slice(event.tagStart, event.tagEnd);
      if (event.type !== EVENT_ID.SCALAR || !STRING_TAGS.has(tag)) {
        rejectedTag = true;
        this.problems.push({
          ...this.lines.position(event.tagStart),
          message: `YAML tag "${describeTag(tag)}" is not allowed in runbook files: use plain strings, numbers, lists and mappings (only "!!str" is accepted).`,
          ...(path ? { path } : {}),
        });
      }
    }
    if (event.type === EVENT_ID.SCALAR) {
      if (rejectedTag) return { kind: 'rejected', ...position };
      return { kind: 'scalar', ...position, ...this.scalar(event) };
    }
    const result =
      event.type === EVENT_ID.MAPPING ? this.mapping(position, path) : this.sequence(position, path);
    return rejectedTag ? { kind: 'rejected', ...position } : result;
  }

  private scalar(event: ScalarEvent): { value: ScalarValue; quoted: boolean } {
    const text = getScalarValue(this.source, event);
    if (event.style === SCALAR_STYLE.PLAIN && event.tagStart < 0)
      return { value: resolvePlain(text), quoted: false };
    return { value: text, quoted: true };
  }

  private sequence(position: Position, path: string): YamlSequence {
    const items: YamlNode[] = [];
    while (this.i < this.events.length && this.events[this.i]!.type !== EVENT_ID.POP) {
      items.push(this.node(`${path}[${items.length}]`));
    }
    this.i++; // POP
    return { kind: 'sequence', ...position, items };
  }

  private mapping(position: Position, path: string): YamlMapping {
    const entries = new Map<string, YamlEntry>();
    while (this.i < this.events.length && this.events[this.i]!.type !== EVENT_ID.POP) {
      const keyEvent = this.events[this.i]!;
      const keyNode = this.node(path);
      const keyPosition: Position = { line: keyNode.line, column: keyNode.column };
      const key = this.keyText(keyEvent, keyNode, path);
      const childPath = key === undefined ? path : path ? `${path}.${key}` : key;
      const value = this.node(childPath);
      if (key === undefined) continue;
      const existing = entries.get(key);
      if (existing) {
        this.problems.push({
          ...keyPosition,
          message: `duplicate key "${key}" (first defined at line ${existing.keyPosition.line}). YAML keys must be unique: keep one of them.`,
          path: childPath,
        });
        continue;
      }
      entries.set(key, { key, keyPosition, value });
    }
    this.i++; // POP
    return { kind: 'mapping', ...position, entries };
  }

  /** The key as text, or undefined (after reporting why) when it cannot be a runbook key. */
  private keyText(event: Event, node: YamlNode, path: string): string | undefined {
    if (node.kind === 'rejected') return undefined;
    const where = { line: node.line, column: node.column, ...(path ? { path } : {}) };
    if (node.kind !== 'scalar' || event.type !== EVENT_ID.SCALAR) {
      this.problems.push({
        ...where,
        message: `mapping keys must be plain words, found a ${node.kind === 'mapping' ? 'mapping' : 'list'} used as a key.`,
      });
      return undefined;
    }
    const text = getScalarValue(this.source, event);
    if (text === '<<' && event.style === SCALAR_STYLE.PLAIN) {
      this.problems.push({
        ...where,
        message: 'YAML merge keys ("<<") are not allowed in runbook files. Write the keys out in full.',
      });
      return undefined;
    }
    if (FORBIDDEN_KEYS.has(text)) {
      this.problems.push({
        ...where,
        message: `key "${text}" is not allowed: it is reserved in JavaScript objects. Remove it.`,
      });
      return undefined;
    }
    return text;
  }
}

/**
 * The node as plain JavaScript values (objects without a prototype), e.g. for tests and debugging.
 * Rejected nodes become `undefined`.
 */
export function toPlain(node: YamlNode | null): unknown {
  if (node === null) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'sequence':
      return node.items.map(toPlain);
    case 'mapping': {
      const out = Object.create(null) as Record<string, unknown>;
      for (const [key, entry] of node.entries) out[key] = toPlain(entry.value);
      return out;
    }
    case 'rejected':
      return undefined;
  }
}

/** "a string", "a number", "a list", … for messages that say what was found. */
export function describeKind(node: YamlNode): string {
  if (node.kind === 'sequence') return 'a list';
  if (node.kind === 'mapping') return 'a mapping';
  if (node.kind === 'rejected') return 'an unusable value';
  const v = node.value;
  if (v === null) return 'nothing (null)';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'a number' : 'a decimal number';
  return 'a boolean';
}

/** `"disk" (a string)`, `3 (a number)`, `a list` — the value itself when it is short enough to quote. */
export function describeFound(node: YamlNode): string {
  if (node.kind !== 'scalar' || node.value === null) return describeKind(node);
  const shown =
    typeof node.value === 'string' ? JSON.stringify(truncate(node.value, 60)) : String(node.value);
  return `${shown} (${describeKind(node)})`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
