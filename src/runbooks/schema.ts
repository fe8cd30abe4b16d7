/**
 * Runbook format v1, declared once. The same declarations drive the checks `oncall validate` runs on the YAML tree
 * ({@link checkRunbookShape}: unknown keys with "did you mean", wrong types, missing keys, patterns, one-of rules)
 * and the JSON Schema editors use ({@link runbookJsonSchema}, committed as runbooks/schema/runbook-v1.schema.json and
 * compared with this file by a test).
 */
import { didYouMean } from '../util/did-you-mean.js';
import { DURATION_PATTERN } from './duration.js';
import {
  INPUT_NAME_PATTERN,
  MAX_DIAGNOSE_WORKFLOWS,
  MAX_INPUT_VALUE_CHARS,
  MAX_RUNBOOK_INPUTS,
  WORKFLOW_FILE_PATTERN,
  isAlwaysSent,
  type DiagnoseEntryShape,
} from './diagnose.js';
import { describeFound, type Position, type YamlMapping, type YamlNode, type YamlProblem } from './yaml.js';

export const RUNBOOK_FORMAT_VERSION = 1;

/** Where the JSON Schema is committed, relative to the repository root. */
export const SCHEMA_PATH = 'runbooks/schema/runbook-v1.schema.json';

/** Lowercase kebab-case: `mysql-too-many-connections`. */
export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

export type FieldType = 'string' | 'integer' | 'string-list' | 'mapping' | 'mapping-list' | 'string-map';

export interface FieldSpec {
  /** The YAML key (snake_case). */
  key: string;
  type: FieldType;
  required?: boolean;
  description: string;
  /** For strings: a regular expression the value must match, and what to say when it does not. */
  pattern?: { source: string; hint: string };
  /** For integers. */
  minimum?: number;
  maximum?: number;
  /** For `string-list` items. */
  maxItemLength?: number;
  default?: unknown;
  examples?: unknown[];
  /** For mappings. */
  fields?: readonly FieldSpec[];
  /** For mappings: at least one of these keys must be present. */
  requireOneOf?: { keys: string[]; hint: string };
  /** For `mapping-list`: most items. */
  maxItems?: number;
  /** For `string-map`: what each key must look like, and most keys. Values are scalars, kept as text. */
  keyPattern?: { source: string; hint: string };
  maxKeys?: number;
}

export const MATCH_FIELDS: readonly FieldSpec[] = [
  {
    key: 'any',
    type: 'string-list',
    description: 'Keywords; at least one must appear in the alert text.',
    examples: [['MysqlTooManyConnections', 'too many connections', 'ERROR 1040']],
  },
  { key: 'all', type: 'string-list', description: 'Keywords that must all appear.', examples: [['mysql']] },
  {
    key: 'none',
    type: 'string-list',
    description: 'Keywords none of which may appear.',
    examples: [['staging']],
  },
  {
    key: 'regex',
    type: 'string-list',
    description:
      'JavaScript regular expressions (case-insensitive, Unicode); at least one must match when given. No backreferences or lookaround, at most 256 characters, no catastrophic backtracking.',
    maxItemLength: 256,
    examples: [['max_connections\\s*=\\s*\\d+']],
  },
  {
    key: 'services',
    type: 'string-list',
    description: 'PagerDuty service names or IDs the alert must come from; empty or absent = any service.',
    examples: [['checkout-db']],
  },
];

export const TESTS_FIELDS: readonly FieldSpec[] = [
  {
    key: 'match',
    type: 'string-list',
    description:
      'Alert texts this runbook must match (checked by `oncall validate` with the runtime matcher).',
  },
  { key: 'no_match', type: 'string-list', description: 'Alert texts this runbook must not match.' },
];

export const RUNBOOK_FIELDS: readonly FieldSpec[] = [
  {
    key: 'id',
    type: 'string',
    required: true,
    description: 'Unique id, lowercase kebab-case; the file must be named `<id>.yml`.',
    pattern: {
      source: ID_PATTERN,
      hint: 'lowercase letters, digits and single hyphens, e.g. "mysql-too-many-connections"',
    },
    examples: ['mysql-too-many-connections'],
  },
  {
    key: 'title',
    type: 'string',
    required: true,
    description: 'One line shown in Slack next to the alert.',
    examples: ['MySQL refuses new connections'],
  },
  {
    key: 'doc',
    type: 'string',
    description: 'Markdown document, relative to the runbooks directory (at least one of doc and url).',
    examples: ['mysql-too-many-connections.md'],
  },
  {
    key: 'url',
    type: 'string',
    description: 'External page, http(s) (at least one of doc and url).',
    pattern: { source: '^https?://\\S+$', hint: 'an http:// or https:// address without spaces' },
    examples: ['https://wiki.example.com/db/conn'],
  },
  {
    key: 'owner',
    type: 'string',
    description: 'Owning team or person, shown in Slack.',
    examples: ['@dba-team'],
  },
  {
    key: 'priority',
    type: 'integer',
    // The matcher's score is priority × 1e6 plus evidence: beyond ±1e6 it would stop ranking exactly.
    minimum: -1_000_000,
    maximum: 1_000_000,
    description: 'Higher wins when several runbooks match.',
    default: 0,
  },
  {
    key: 'escalate_to',
    type: 'integer',
    minimum: 1,
    description: 'Escalation level the alert path escalates to for this runbook.',
    examples: [2],
  },
  {
    key: 'slack_channel',
    type: 'string',
    description:
      "Slack channel ID the alert path posts matching incidents to, instead of the workflow's channel.",
    pattern: {
      source: '^[CG][A-Z0-9]{2,}$',
      hint: 'a Slack channel ID such as C0123ABCD (channel details → About → Channel ID), not a #name',
    },
    examples: ['C0123ABCD'],
  },
  {
    key: 'remind_after',
    type: 'string',
    description:
      'Remind the thread when nobody has acknowledged an incident this long after it was triggered (a number and s, m or h; 1m to 24h).',
    pattern: {
      source: DURATION_PATTERN,
      hint: 'a duration such as "5m" (a whole number and s, m or h)',
    },
    examples: ['5m'],
  },
  {
    key: 'group_within',
    type: 'string',
    description:
      "Post a matching incident as a reply in the thread of this runbook's open incident posted at most this long before (an alert storm); off when absent (1m to 1h).",
    pattern: {
      source: DURATION_PATTERN,
      hint: 'a duration such as "10m" (a whole number and s, m or h)',
    },
    examples: ['10m'],
  },
  {
    key: 'diagnose',
    type: 'mapping-list',
    maxItems: MAX_DIAGNOSE_WORKFLOWS,
    description:
      'Diagnostic workflows (files under .github/workflows/ with a workflow_dispatch trigger) the alert path dispatches once when a matching incident is triggered, with the inputs incident_id, labels and channel plus those given here.',
    fields: [
      {
        key: 'workflow',
        type: 'string',
        required: true,
        description: 'Workflow file name under .github/workflows/.',
        pattern: {
          source: WORKFLOW_FILE_PATTERN,
          hint: 'a workflow file name under .github/workflows/ such as "diagnose-mysql.yml" (no directory)',
        },
        examples: ['diagnose-mysql.yml'],
      },
      {
        key: 'inputs',
        type: 'string-map',
        maxKeys: MAX_RUNBOOK_INPUTS,
        maxItemLength: MAX_INPUT_VALUE_CHARS,
        keyPattern: {
          source: INPUT_NAME_PATTERN,
          hint: 'an input name: a letter or "_" first, then letters, digits, "-" or "_"',
        },
        description:
          'Fixed inputs for the workflow (text; numbers and booleans are sent as text). incident_id, labels and channel are always sent and cannot be set here.',
        examples: [{ database: 'checkout-db' }],
      },
    ],
    examples: [[{ workflow: 'diagnose-mysql.yml', inputs: { database: 'checkout-db' } }]],
  },
  {
    key: 'match',
    type: 'mapping',
    required: true,
    description: 'When this runbook applies: every condition given must hold.',
    fields: MATCH_FIELDS,
    requireOneOf: { keys: ['any', 'all', 'regex'], hint: 'a rule needs something to look for' },
  },
  {
    key: 'tests',
    type: 'mapping',
    description: 'Alert texts checked by `oncall validate`.',
    fields: TESTS_FIELDS,
  },
];

/** The whole file, as a mapping spec. */
export const RUNBOOK_SPEC: FieldSpec = {
  key: '',
  type: 'mapping',
  description: 'A runbook: one per file, runbooks/<id>.yml.',
  fields: RUNBOOK_FIELDS,
  requireOneOf: { keys: ['doc', 'url'], hint: 'responders need something to read' },
};

// ---------------------------------------------------------------------------------------------------------------
// JSON Schema

/** The JSON Schema (draft-07, what yaml-language-server and most editors read) for runbook files. */
export function runbookJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Runbook (oncall-runbooks format v${RUNBOOK_FORMAT_VERSION})`,
    ...mappingSchema(RUNBOOK_SPEC),
  };
}

function mappingSchema(spec: FieldSpec): Record<string, unknown> {
  const fields = spec.fields ?? [];
  const required = fields.filter((f) => f.required).map((f) => f.key);
  return {
    description: spec.description,
    type: 'object',
    additionalProperties: false,
    ...(required.length ? { required } : {}),
    properties: Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)])),
    ...(spec.requireOneOf ? { anyOf: spec.requireOneOf.keys.map((k) => ({ required: [k] })) } : {}),
  };
}

function fieldSchema(spec: FieldSpec): Record<string, unknown> {
  const common = {
    ...(spec.default !== undefined ? { default: spec.default } : {}),
    ...(spec.examples ? { examples: spec.examples } : {}),
  };
  switch (spec.type) {
    case 'string':
      return {
        description: spec.description,
        type: 'string',
        minLength: 1,
        ...(spec.pattern ? { pattern: spec.pattern.source } : {}),
        ...common,
      };
    case 'integer':
      return {
        description: spec.description,
        type: 'integer',
        ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}),
        ...(spec.maximum !== undefined ? { maximum: spec.maximum } : {}),
        ...common,
      };
    case 'string-list':
      return {
        description: spec.description,
        type: 'array',
        items: {
          type: 'string',
          minLength: 1,
          ...(spec.maxItemLength !== undefined ? { maxLength: spec.maxItemLength } : {}),
        },
        ...common,
      };
    case 'mapping':
      return { ...mappingSchema(spec), ...common };
    case 'mapping-list':
      return {
        description: spec.description,
        type: 'array',
        ...(spec.maxItems !== undefined ? { maxItems: spec.maxItems } : {}),
        items: mappingSchema(spec),
        ...common,
      };
    case 'string-map':
      return {
        description: spec.description,
        type: 'object',
        ...(spec.maxKeys !== undefined ? { maxProperties: spec.maxKeys } : {}),
        ...(spec.keyPattern ? { propertyNames: { pattern: spec.keyPattern.source } } : {}),
        additionalProperties: {
          type: ['string', 'number', 'boolean'],
          ...(spec.maxItemLength !== undefined ? { maxLength: spec.maxItemLength } : {}),
        },
        ...common,
      };
  }
}

/** The committed file's exact text: 2-space JSON and a final newline. */
export function runbookJsonSchemaText(): string {
  return `${JSON.stringify(runbookJsonSchema(), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a parsed YAML tree against the spec

/** A string read from the file with where it was written. */
export interface Located<T> extends Position {
  value: T;
}

/** What {@link checkRunbookShape} could read: every field that has the right type, with positions. */
export interface RunbookShape {
  id?: Located<string>;
  title?: Located<string>;
  doc?: Located<string>;
  url?: Located<string>;
  owner?: Located<string>;
  priority?: Located<number>;
  escalateTo?: Located<number>;
  slackChannel?: Located<string>;
  remindAfter?: Located<string>;
  groupWithin?: Located<string>;
  /** Present when `match` is a mapping (even when its lists have problems). */
  match?: Located<{
    any: Located<string>[];
    all: Located<string>[];
    none: Located<string>[];
    regex: Located<string>[];
    services: Located<string>[];
  }>;
  tests?: Located<{ match: Located<string>[]; noMatch: Located<string>[] }>;
  /** The `diagnose` entries that are mappings (each with what of it could be read). */
  diagnose?: Located<Located<DiagnoseEntryShape>[]>;
  /** True when every key of the file has the right type and nothing required is missing. */
  complete: boolean;
}

type Values = Map<string, Located<unknown>>;

/**
 * Checks the tree against {@link RUNBOOK_SPEC}, reporting every problem (with the key's or value's position and a
 * dotted path), and returns the fields that could be read.
 */
export function checkRunbookShape(root: YamlNode | null): { shape: RunbookShape; problems: YamlProblem[] } {
  const problems: YamlProblem[] = [];
  if (root === null) {
    problems.push({
      line: 1,
      column: 1,
      message: `the file is empty: expected a runbook mapping with at least ${RUNBOOK_FIELDS.filter(
        (f) => f.required,
      )
        .map((f) => `"${f.key}"`)
        .join(', ')}.`,
    });
    return { shape: { complete: false }, problems };
  }
  if (root.kind === 'rejected') return { shape: { complete: false }, problems };
  if (root.kind !== 'mapping') {
    problems.push({
      line: root.line,
      column: root.column,
      message: `a runbook file must be a YAML mapping of keys (id:, title:, match: …), found ${describeFound(root)}.`,
    });
    return { shape: { complete: false }, problems };
  }
  const top = checkMapping(root, RUNBOOK_SPEC, '', problems);
  const str = (key: string) => top.get(key) as Located<string> | undefined;
  const num = (key: string) => top.get(key) as Located<number> | undefined;
  const shape: RunbookShape = { complete: problems.length === 0 };
  const assign = <K extends keyof RunbookShape>(key: K, value: RunbookShape[K] | undefined) => {
    if (value !== undefined) shape[key] = value;
  };
  assign('id', str('id'));
  assign('title', str('title'));
  assign('doc', str('doc'));
  assign('url', str('url'));
  assign('owner', str('owner'));
  assign('priority', num('priority'));
  assign('escalateTo', num('escalate_to'));
  assign('slackChannel', str('slack_channel'));
  assign('remindAfter', str('remind_after'));
  assign('groupWithin', str('group_within'));
  const match = top.get('match') as Located<Values> | undefined;
  if (match) {
    const list = (key: string) => (match.value.get(key)?.value as Located<string>[] | undefined) ?? [];
    shape.match = {
      line: match.line,
      column: match.column,
      value: {
        any: list('any'),
        all: list('all'),
        none: list('none'),
        regex: list('regex'),
        services: list('services'),
      },
    };
  }
  const tests = top.get('tests') as Located<Values> | undefined;
  if (tests) {
    const list = (key: string) => (tests.value.get(key)?.value as Located<string>[] | undefined) ?? [];
    shape.tests = {
      line: tests.line,
      column: tests.column,
      value: { match: list('match'), noMatch: list('no_match') },
    };
  }
  const diagnose = top.get('diagnose') as Located<Located<Values>[]> | undefined;
  if (diagnose) shape.diagnose = { ...diagnose, value: diagnose.value.map(diagnoseEntry) };
  return { shape, problems };
}

/** One checked `diagnose` entry, as the workflow check reads it. */
function diagnoseEntry(entry: Located<Values>): Located<DiagnoseEntryShape> {
  const workflow = entry.value.get('workflow') as Located<string> | undefined;
  const inputs = entry.value.get('inputs') as Located<Map<string, Located<string>>> | undefined;
  return {
    line: entry.line,
    column: entry.column,
    value: {
      ...(workflow ? { workflow } : {}),
      inputs: [...(inputs?.value ?? new Map<string, Located<string>>())].map(([name, value]) => ({
        name,
        value,
      })),
    },
  };
}

const ALL_KEYS_BY_PARENT: ReadonlyMap<string, string> = new Map(
  RUNBOOK_FIELDS.flatMap((parent) =>
    (parent.fields ?? []).map((child) => [child.key, `${parent.key}.${child.key}`]),
  ),
);

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** `anchor` is where missing-key problems are reported: the parent key (`match:`), or the mapping itself at the top. */
function checkMapping(
  node: YamlMapping,
  spec: FieldSpec,
  path: string,
  problems: YamlProblem[],
  anchor: Position = node,
): Values {
  const fields = spec.fields ?? [];
  const known = new Map(fields.map((f) => [f.key, f]));
  const values: Values = new Map();
  const where = path ? `"${path}"` : 'a runbook';
  for (const [key, entry] of node.entries) {
    const field = known.get(key);
    const childPath = join(path, key);
    if (!field) {
      const hint = didYouMean(key, [...known.keys()]);
      const elsewhere = path === '' ? ALL_KEYS_BY_PARENT.get(key) : undefined;
      const suggestion = hint
        ? ` Did you mean "${join(path, hint)}"?`
        : elsewhere
          ? ` Did you mean "${elsewhere}" (indented under "${elsewhere.split('.')[0]}:")?`
          : '';
      problems.push({
        ...entry.keyPosition,
        path: childPath,
        message: `unknown key "${key}" in ${where}.${suggestion} Allowed keys: ${[...known.keys()].join(', ')}.`,
      });
      continue;
    }
    const value = checkValue(entry.value, field, childPath, problems, entry.keyPosition);
    if (value !== undefined) values.set(key, value);
  }
  for (const field of fields) {
    if (field.required && !node.entries.has(field.key)) {
      problems.push({
        line: anchor.line,
        column: anchor.column,
        ...(path ? { path } : {}),
        message: `missing required key "${join(path, field.key)}" (${lowerFirst(field.description).replace(/\.$/, '')}).`,
      });
    }
  }
  if (spec.requireOneOf && !spec.requireOneOf.keys.some((k) => node.entries.has(k))) {
    const keys = spec.requireOneOf.keys.map((k) => `"${join(path, k)}"`);
    problems.push({
      line: anchor.line,
      column: anchor.column,
      ...(path ? { path } : {}),
      message: `${where} needs at least one of ${keys.slice(0, -1).join(', ')} or ${keys.at(-1)} (${spec.requireOneOf.hint}), found none.`,
    });
  }
  return values;
}

const compiledPatterns = new Map<string, RegExp>();

function compiledPattern(source: string): RegExp {
  let re = compiledPatterns.get(source);
  if (!re) {
    re = new RegExp(source);
    compiledPatterns.set(source, re);
  }
  return re;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function checkValue(
  node: YamlNode,
  field: FieldSpec,
  path: string,
  problems: YamlProblem[],
  keyPosition: Position,
): Located<unknown> | undefined {
  // Already reported by the YAML loader (alias, tag): one message per mistake.
  if (node.kind === 'rejected') return undefined;
  const at = { line: node.line, column: node.column, path };
  switch (field.type) {
    case 'string': {
      if (node.kind !== 'scalar' || typeof node.value !== 'string') {
        const quote =
          node.kind === 'scalar' && (typeof node.value === 'number' || typeof node.value === 'boolean')
            ? ` Quote it: "${String(node.value)}".`
            : '';
        problems.push({
          ...at,
          message: `${path} should be a string, found ${describeFound(node)}.${quote}`,
        });
        return undefined;
      }
      if (node.value.trim() === '') {
        problems.push({ ...at, message: `${path} is empty: expected ${lowerFirst(field.description)}` });
        return undefined;
      }
      if (field.pattern && !compiledPattern(field.pattern.source).test(node.value)) {
        problems.push({
          ...at,
          message: `${path} should be ${field.pattern.hint}, found ${describeFound(node)}.`,
        });
        return undefined;
      }
      return { line: node.line, column: node.column, value: node.value };
    }
    case 'integer': {
      if (node.kind !== 'scalar' || typeof node.value !== 'number' || !Number.isSafeInteger(node.value)) {
        problems.push({ ...at, message: `${path} should be a whole number, found ${describeFound(node)}.` });
        return undefined;
      }
      if (field.minimum !== undefined && node.value < field.minimum) {
        problems.push({
          ...at,
          message: `${path} should be at least ${field.minimum}, found ${node.value}.`,
        });
        return undefined;
      }
      if (field.maximum !== undefined && node.value > field.maximum) {
        problems.push({
          ...at,
          message: `${path} should be at most ${field.maximum}, found ${node.value}.`,
        });
        return undefined;
      }
      return { line: node.line, column: node.column, value: node.value };
    }
    case 'string-list': {
      if (node.kind !== 'sequence') {
        const hint =
          node.kind === 'scalar' && typeof node.value === 'string'
            ? ` Write it as a list: [${JSON.stringify(node.value)}].`
            : '';
        problems.push({
          ...at,
          message: `${path} should be a list of strings, found ${describeFound(node)}.${hint}`,
        });
        return undefined;
      }
      const items: Located<string>[] = [];
      node.items.forEach((item, index) => {
        if (item.kind === 'rejected') return;
        const itemPath = `${path}[${index}]`;
        const itemAt = { line: item.line, column: item.column, path: itemPath };
        if (item.kind !== 'scalar' || typeof item.value !== 'string') {
          const quote =
            item.kind === 'scalar' && (typeof item.value === 'number' || typeof item.value === 'boolean')
              ? ` Quote it: "${String(item.value)}".`
              : '';
          problems.push({
            ...itemAt,
            message: `${itemPath} should be a string, found ${describeFound(item)}.${quote}`,
          });
          return;
        }
        if (item.value.trim() === '') {
          problems.push({ ...itemAt, message: `${itemPath} is an empty string. Remove it.` });
          return;
        }
        items.push({ line: item.line, column: item.column, value: item.value });
      });
      return { line: node.line, column: node.column, value: items };
    }
    case 'mapping-list':
      return checkMappingList(node, field, path, problems);
    case 'string-map':
      return checkStringMap(node, field, path, problems);
    case 'mapping': {
      if (node.kind !== 'mapping') {
        problems.push({
          ...at,
          message: `${path} should be a mapping (indented "key: value" lines: ${(field.fields ?? []).map((f) => f.key).join(', ')}), found ${describeFound(node)}.`,
        });
        return undefined;
      }
      return {
        line: keyPosition.line,
        column: keyPosition.column,
        value: checkMapping(node, field, path, problems, keyPosition),
      };
    }
  }
}

/** A list of mappings, each checked against `field.fields`: `diagnose: [{workflow: …, inputs: {…}}]`. */
function checkMappingList(
  node: YamlNode,
  field: FieldSpec,
  path: string,
  problems: YamlProblem[],
): Located<Located<Values>[]> | undefined {
  const at = { line: node.line, column: node.column, path };
  const keys = (field.fields ?? []).map((f) => f.key).join(', ');
  if (node.kind !== 'sequence') {
    problems.push({
      ...at,
      message: `${path} should be a list of mappings (each "- ${field.fields?.[0]?.key}: …" with ${keys}), found ${describeFound(node)}.`,
    });
    return undefined;
  }
  if (field.maxItems !== undefined && node.items.length > field.maxItems) {
    problems.push({
      ...at,
      message: `${path} lists ${node.items.length} entries; at most ${field.maxItems} are allowed (each one is a workflow run on every matching incident).`,
    });
  }
  const items: Located<Values>[] = [];
  node.items.forEach((item, index) => {
    if (item.kind === 'rejected') return;
    const itemPath = `${path}[${index}]`;
    if (item.kind !== 'mapping') {
      problems.push({
        line: item.line,
        column: item.column,
        path: itemPath,
        message: `${itemPath} should be a mapping (${keys}), found ${describeFound(item)}.`,
      });
      return;
    }
    items.push({
      line: item.line,
      column: item.column,
      value: checkMapping(item, field, itemPath, problems),
    });
  });
  return { line: node.line, column: node.column, value: items };
}

/** A mapping of free keys (each matching `field.keyPattern`) to scalars, kept as text: a workflow's inputs. */
function checkStringMap(
  node: YamlNode,
  field: FieldSpec,
  path: string,
  problems: YamlProblem[],
): Located<Map<string, Located<string>>> | undefined {
  if (node.kind !== 'mapping') {
    problems.push({
      line: node.line,
      column: node.column,
      path,
      message: `${path} should be a mapping of names to values (e.g. "database: checkout-db"), found ${describeFound(node)}.`,
    });
    return undefined;
  }
  if (field.maxKeys !== undefined && node.entries.size > field.maxKeys) {
    problems.push({
      line: node.line,
      column: node.column,
      path,
      message: `${path} has ${node.entries.size} inputs; at most ${field.maxKeys} are allowed (a dispatch carries at most 10, and incident_id, labels and channel are always sent).`,
    });
  }
  const values = new Map<string, Located<string>>();
  for (const [key, entry] of node.entries) {
    const keyPath = `${path}.${key}`;
    const at = { ...entry.keyPosition, path: keyPath };
    if (field.keyPattern && !compiledPattern(field.keyPattern.source).test(key)) {
      problems.push({ ...at, message: `${keyPath}: "${key}" is not ${field.keyPattern.hint}.` });
      continue;
    }
    if (isAlwaysSent(key)) {
      problems.push({
        ...at,
        message: `${keyPath}: "${key}" is sent with every dispatch (from the incident) and cannot be set in a runbook. Remove it.`,
      });
      continue;
    }
    const value = entry.value;
    if (value.kind === 'rejected') continue;
    if (value.kind !== 'scalar' || value.value === null) {
      problems.push({
        line: value.line,
        column: value.column,
        path: keyPath,
        message: `${keyPath} should be a text value, found ${describeFound(value)}.`,
      });
      continue;
    }
    const text = String(value.value);
    if (field.maxItemLength !== undefined && text.length > field.maxItemLength) {
      problems.push({
        line: value.line,
        column: value.column,
        path: keyPath,
        message: `${keyPath} is ${text.length} characters long; at most ${field.maxItemLength} are allowed. Let the workflow read long settings from the repository instead.`,
      });
      continue;
    }
    values.set(key, { line: value.line, column: value.column, value: text });
  }
  return { line: node.line, column: node.column, value: values };
}
