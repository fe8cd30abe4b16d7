import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import {
  checkRunbookShape,
  RUNBOOK_FIELDS,
  runbookJsonSchema,
  runbookJsonSchemaText,
  SCHEMA_PATH,
} from '../src/runbooks/schema.js';
import { parseYaml } from '../src/runbooks/yaml.js';

describe('runbook format v1 schema', () => {
  it('matches the committed JSON Schema file (regenerate with UPDATE_SCHEMA=1)', async () => {
    // The committed file is what editors read; it must never drift from the checks validate runs. It is kept in the
    // repository's Prettier style so that `npm run lint` accepts it as generated.
    const options = (await prettier.resolveConfig(SCHEMA_PATH)) ?? {};
    const expected = await prettier.format(runbookJsonSchemaText(), { ...options, filepath: SCHEMA_PATH });
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_PATH, expected);
    expect(existsSync(SCHEMA_PATH)).toBe(true);
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(committed).toBe(expected);
    expect(JSON.parse(committed)).toEqual(runbookJsonSchema());
  });

  it('lists every field with a description, and the required ones', () => {
    const schema = runbookJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { description: string; properties?: Record<string, unknown> }>;
      anyOf: unknown[];
    };
    expect(schema.required).toEqual(['id', 'title', 'match']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(RUNBOOK_FIELDS.map((f) => f.key));
    for (const field of Object.values(schema.properties))
      expect(field.description.length).toBeGreaterThan(10);
    expect(Object.keys(schema.properties.match!.properties!)).toEqual([
      'any',
      'all',
      'none',
      'regex',
      'services',
    ]);
    expect(schema.anyOf).toEqual([{ required: ['doc'] }, { required: ['url'] }]);
  });

  it('reads a complete runbook into typed fields with positions', () => {
    const { root } = parseYaml(
      [
        'id: disk-full',
        'title: Disk full',
        'url: https://wiki.example.com/disk',
        'priority: 3',
        'escalate_to: 2',
        'match:',
        '  any: [DiskFull]',
        'tests:',
        '  no_match: [DiskFullCritical]',
      ].join('\n'),
    );
    const { shape, problems } = checkRunbookShape(root);
    expect(problems).toEqual([]);
    expect(shape.complete).toBe(true);
    expect(shape.id).toEqual({ line: 1, column: 5, value: 'disk-full' });
    expect(shape.priority?.value).toBe(3);
    expect(shape.escalateTo?.value).toBe(2);
    expect(shape.match?.value.any).toEqual([{ line: 7, column: 9, value: 'DiskFull' }]);
    expect(shape.tests?.value.noMatch.map((t) => t.value)).toEqual(['DiskFullCritical']);
  });

  it.each([
    ['a list at the top', '- a\n- b\n', 'a runbook file must be a YAML mapping'],
    ['an empty file', '', 'the file is empty'],
    ['escalate_to below 1', 'escalate_to: 0\n', 'escalate_to should be at least 1, found 0'],
    ['a channel name for slack_channel', 'slack_channel: "#ops"\n', 'a Slack channel ID such as C0123ABCD'],
    [
      'a priority too large to rank',
      'priority: 5000000\n',
      'priority should be at most 1000000, found 5000000',
    ],
    [
      'a priority too small to rank',
      'priority: -5000000\n',
      'priority should be at least -1000000, found -5000000',
    ],
    [
      'a decimal priority',
      'priority: 1.5\n',
      'priority should be a whole number, found 1.5 (a decimal number)',
    ],
    ['an empty title', 'title: " "\n', 'title is empty'],
    ['a number as title', 'title: 42\n', 'title should be a string, found 42 (a number). Quote it: "42"'],
    ['match as a list', 'match: [a]\n', 'match should be a mapping'],
    ['an empty keyword', 'match:\n  any: [""]\n', 'match.any[0] is an empty string'],
    ['a key of another level', 'any: [x]\n', 'Did you mean "match.any" (indented under "match:")?'],
    ['a camelCase key', 'escalateTo: 2\n', 'Did you mean "escalate_to"?'],
    [
      'remind_after without a unit',
      'remind_after: 5\n',
      'remind_after should be a string, found 5 (a number)',
    ],
    [
      'remind_after in words',
      'remind_after: "five minutes"\n',
      'remind_after should be a duration such as "5m" (a whole number and s, m or h), found "five minutes"',
    ],
    [
      'group_within with two units',
      'group_within: 1h30m\n',
      'group_within should be a duration such as "10m" (a whole number and s, m or h), found "1h30m"',
    ],
  ])('reports %s', (_name, source, message) => {
    const { problems } = checkRunbookShape(parseYaml(source).root);
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
  });
});
