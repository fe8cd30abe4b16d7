import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  IndexFormatError,
  buildIndex,
  parseIndex,
  readIndexFile,
  resolveSource,
  serializeIndex,
  toIndexed,
} from '../src/runbooks/index-file.js';
import type { Runbook, RunbookIndex } from '../src/runbooks/types.js';

function runbook(id: string, extra: Partial<Runbook> = {}): Runbook {
  return {
    id,
    title: `Title ${id}`,
    doc: `${id}.md`,
    priority: 0,
    match: { any: [id], all: [], none: [], regex: [], services: [] },
    tests: { match: [id], noMatch: [] },
    file: `runbooks/${id}.yml`,
    ...extra,
  };
}

const SOURCE = { repository: 'acme/runbooks', commit: 'a'.repeat(40), dir: 'runbooks' };

describe('toIndexed', () => {
  it('keeps what the alert path needs and drops the file and embedded tests', () => {
    const indexed = toIndexed(
      runbook('disk', { owner: '@sre', escalateTo: 2, url: 'https://wiki.example.com/disk' }),
    );
    expect(indexed).toEqual({
      id: 'disk',
      title: 'Title disk',
      doc: 'disk.md',
      url: 'https://wiki.example.com/disk',
      owner: '@sre',
      priority: 0,
      escalateTo: 2,
      match: { any: ['disk'], all: [], none: [], regex: [], services: [] },
    });
    expect(Object.keys(toIndexed(runbook('x', { doc: undefined })))).not.toContain('doc');
  });
});

describe('buildIndex and serializeIndex', () => {
  it('sorts runbooks by id and records the format, version and source', () => {
    const index = buildIndex([runbook('b'), runbook('a'), runbook('C')], SOURCE);
    expect(index.format).toBe('oncall-runbooks/index');
    expect(index.version).toBe(3);
    expect(index.source).toEqual(SOURCE);
    expect(index.runbooks.map((r) => r.id)).toEqual(['C', 'a', 'b']);
  });

  it('gives byte-identical output for the same runbooks in any order (R7)', () => {
    const one = serializeIndex(buildIndex([runbook('b'), runbook('a', { priority: 3 })], SOURCE));
    const two = serializeIndex(buildIndex([runbook('a', { priority: 3 }), runbook('b')], { ...SOURCE }));
    expect(two).toBe(one);
    expect(one.endsWith('}\n')).toBe(true);
    expect(one).not.toMatch(/time|date/i);
  });

  it('writes keys in a fixed order whatever order the input object has', () => {
    const index = buildIndex([runbook('a', { escalateTo: 1, owner: '@x' })], SOURCE);
    const rb = index.runbooks[0]!;
    const reordered: RunbookIndex = {
      runbooks: [
        {
          match: { services: [], regex: [], none: [], all: [], any: ['a'] },
          escalateTo: 1,
          priority: 0,
          owner: '@x',
          doc: 'a.md',
          title: rb.title,
          id: 'a',
        },
      ],
      source: { dir: 'runbooks', commit: SOURCE.commit, repository: SOURCE.repository },
      version: 2,
      format: 'oncall-runbooks/index',
    };
    expect(serializeIndex(reordered)).toBe(serializeIndex(index));
    const header = `"source":{"repository":"acme/runbooks","commit":"${'a'.repeat(40)}","dir":"runbooks"},"columns":["id","title","doc","url","owner","priority","escalateTo","any","all","none","regex","services","slackChannel","remindAfterSeconds","groupWithinSeconds"]`;
    expect(serializeIndex(index)).toBe(
      [
        `{"format":"oncall-runbooks/index","version":3,${header},"count":1,"channels":[],"grouping":[],`,
        '"table":{"keywords":"a","keywordEnds":[1],"triggers":[0],"triggerEnds":[1],"buckets":[0],"bucketEnds":[1],"untriggered":[]},',
        '"runbooks":[',
        '["a","Title a","a.md",null,"@x",0,1,["a"],[],[],[],[],null,null,null]',
        ']}',
        '',
      ].join('\n'),
    );
    expect(serializeIndex(reordered, 2)).toBe(
      [
        `{"format":"oncall-runbooks/index","version":2,${header},`,
        '"runbooks":[',
        '["a","Title a","a.md",null,"@x",0,1,["a"],[],[],[],[],null,null,null]',
        ']}',
        '',
      ].join('\n'),
    );
  });

  it('round-trips through parseIndex', () => {
    const index = buildIndex(
      [runbook('a', { escalateTo: 2, url: 'https://x.example' }), runbook('b')],
      SOURCE,
    );
    expect(parseIndex(serializeIndex(index), 'index.json')).toEqual(index);
  });
});

/** A version 1 index, written out by hand the way earlier releases wrote it (one object per runbook). */
function v1Json(runbooks: Runbook[]): string {
  return JSON.stringify({
    format: 'oncall-runbooks/index',
    version: 1,
    source: SOURCE,
    runbooks: runbooks.map((r) => ({
      id: r.id,
      title: r.title,
      doc: r.doc,
      url: r.url,
      owner: r.owner,
      priority: r.priority,
      escalateTo: r.escalateTo,
      match: r.match,
    })),
  });
}

describe('parseIndex on a version 1 index', () => {
  const good = () => JSON.parse(v1Json([runbook('a')])) as Record<string, unknown>;
  const bad = (
    mutate: (index: Record<string, unknown> & { runbooks: Record<string, unknown>[] }) => void,
  ) => {
    const index = good() as Record<string, unknown> & { runbooks: Record<string, unknown>[] };
    mutate(index);
    return JSON.stringify(index);
  };

  it.each([
    ['not JSON', '{"format": ', /index\.json: not a runbook index: expected JSON, found invalid JSON/],
    ['a JSON list', '[]', /expected a JSON object, found a list/],
    [
      'the wrong format',
      bad((i) => (i.format = 'something-else')),
      /expected "format": "oncall-runbooks\/index", found "something-else"/,
    ],
    [
      'a newer version',
      bad((i) => (i.version = 4)),
      /unsupported index version 4 \(a number\); this program reads version 1, 2, 3\. Upgrade/,
    ],
    [
      'a version that is not a number',
      bad((i) => (i.version = '1')),
      /unsupported index version "1" \(a string\)/,
    ],
    [
      'no runbooks list',
      bad((i) => delete (i as Record<string, unknown>).runbooks),
      /index\.json: runbooks is missing/,
    ],
    ['a runbook without id', bad((i) => delete i.runbooks[0]!.id), /runbooks\[0\]\.id is missing/],
    [
      'a numeric title',
      bad((i) => (i.runbooks[0]!.title = 5)),
      /runbooks\[0\]\.title should be a non-empty string, found 5 \(a number\)/,
    ],
    [
      'a fractional priority',
      bad((i) => (i.runbooks[0]!.priority = 1.5)),
      /runbooks\[0\]\.priority should be an integer, found 1\.5/,
    ],
    [
      'match.any as a string',
      bad((i) => ((i.runbooks[0]!.match as Record<string, unknown>).any = 'disk')),
      /runbooks\[0\]\.match\.any should be a list of strings, found "disk" \(a string\)/,
    ],
    [
      'a number inside match.none',
      bad((i) => ((i.runbooks[0]!.match as Record<string, unknown>).none = ['x', 3])),
      /runbooks\[0\]\.match\.none\[1\] should be a string, found 3/,
    ],
    [
      'a zero escalation level',
      bad((i) => (i.runbooks[0]!.escalateTo = 0)),
      /runbooks\[0\]\.escalateTo should be a positive integer, found 0/,
    ],
    [
      'a numeric commit',
      bad((i) => ((i.source as Record<string, unknown>).commit = 7)),
      /source\.commit should be a string or null, found 7/,
    ],
    [
      'a duplicate id',
      bad((i) => i.runbooks.push({ ...i.runbooks[0]! })),
      /runbooks\[1\]\.id: runbook id "a" appears more than once/,
    ],
  ])('rejects %s with a message naming the field', (_name, json, message) => {
    expect(() => parseIndex(json, 'index.json')).toThrow(IndexFormatError);
    expect(() => parseIndex(json, 'index.json')).toThrow(message);
  });

  it('ignores unknown keys and never reads fields through the prototype', () => {
    const json = bad((i) => {
      i.extra = true;
      i.runbooks[0]!.future = { x: 1 };
    }).replace('"id":"a"', '"id":"a","__proto__":{"polluted":true}');
    const index = parseIndex(json, 'index.json');
    expect(index.runbooks[0]).not.toHaveProperty('future');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() =>
      parseIndex(
        bad((i) => delete i.runbooks[0]!.title).replace('"id":"a"', '"id":"a","constructor":1'),
        'i',
      ),
    ).toThrow(/title is missing/);
  });

  it('accepts a null repository and commit', () => {
    const json = bad((i) => (i.source = { repository: null, commit: null, dir: 'runbooks' }));
    expect(parseIndex(json, 'x').source).toEqual({ repository: null, commit: null, dir: 'runbooks' });
  });
});

describe('parseIndex on a version 2 index', () => {
  const json = (mutate: (index: { columns: unknown[]; runbooks: unknown[][] }) => void) => {
    const index = JSON.parse(serializeIndex(buildIndex([runbook('a'), runbook('b')], SOURCE), 2)) as {
      columns: unknown[];
      runbooks: unknown[][];
    };
    mutate(index);
    return JSON.stringify(index);
  };

  it('reads version 1 and version 2 files into the same runbooks', () => {
    const runbooks = [runbook('a', { escalateTo: 2, url: 'https://x.example', owner: '@o' }), runbook('b')];
    const fromV1 = parseIndex(v1Json(runbooks), 'v1.json');
    const fromV2 = parseIndex(serializeIndex(buildIndex(runbooks, SOURCE), 2), 'v2.json');
    expect(fromV1.version).toBe(1);
    expect(fromV2.version).toBe(2);
    expect(fromV2.runbooks).toEqual(fromV1.runbooks);
    expect(fromV2.source).toEqual(fromV1.source);
  });

  it("keeps a runbook's Slack channel, and names a channel cell that is not a channel ID", () => {
    const parsed = parseIndex(
      serializeIndex(buildIndex([runbook('a', { slackChannel: 'C0DBTEAM1' }), runbook('b')], SOURCE), 2),
      'index.json',
    );
    expect(parsed.runbooks.map((r) => r.slackChannel)).toEqual(['C0DBTEAM1', undefined]);
    expect(() =>
      parseIndex(
        json((index) => {
          index.runbooks[1]![12] = '#payments';
        }),
        'index.json',
      ),
    ).toThrow(
      /runbooks\[1\]\.slackChannel should be a Slack channel ID such as "C0123ABCD", or null, found "#payments"/,
    );
  });

  it('keeps remind_after and group_within in seconds, and names a cell that is not a positive whole number', () => {
    const parsed = parseIndex(
      serializeIndex(
        buildIndex(
          [runbook('a', { remindAfterSeconds: 300, groupWithinSeconds: 600 }), runbook('b')],
          SOURCE,
        ),
      ),
      'index.json',
    );
    expect(parsed.runbooks.map((r) => [r.remindAfterSeconds, r.groupWithinSeconds])).toEqual([
      [300, 600],
      [undefined, undefined],
    ]);
    expect(() =>
      parseIndex(
        json((index) => {
          index.runbooks[0]![13] = '5m';
        }),
        'index.json',
      ),
    ).toThrow(
      /runbooks\[0\]\.remindAfterSeconds should be a positive whole number of seconds or null, found "5m"/,
    );
  });

  it('reads a file written before the duration columns existed (13 cells a row)', () => {
    const old = json((index) => {
      index.columns = index.columns.slice(0, 13);
      index.runbooks = index.runbooks.map((row) => row.slice(0, 13));
    });
    const parsed = parseIndex(old, 'index.json');
    expect(parsed.runbooks.map((r) => r.id)).toEqual(['a', 'b']);
    expect(parsed.runbooks[0]).not.toHaveProperty('remindAfterSeconds');
  });

  it('is less than half the size of the version 1 layout for the same runbooks', () => {
    const runbooks = Array.from({ length: 200 }, (_, i) =>
      runbook(`runbook-${i}`, { url: 'https://x.example' }),
    );
    const v2 = serializeIndex(buildIndex(runbooks, SOURCE), 2);
    const v1Pretty = JSON.stringify(JSON.parse(v1Json(runbooks)), null, 2);
    expect(v2.length).toBeLessThan(v1Pretty.length / 2);
  });

  it.each([
    [
      'a row that is not a list',
      json((i) => (i.runbooks[1] = { id: 'b' } as never)),
      /runbooks\[1\] should be a list of 13 values/,
    ],
    [
      'an empty id',
      json((i) => (i.runbooks[0]![0] = '')),
      /runbooks\[0\]\.id should be a non-empty string, found ""/,
    ],
    [
      'a numeric doc',
      json((i) => (i.runbooks[0]![2] = 3)),
      /runbooks\[0\]\.doc should be a non-empty string or null, found 3/,
    ],
    [
      'a string priority',
      json((i) => (i.runbooks[0]![5] = '1')),
      /runbooks\[0\]\.priority should be an integer/,
    ],
    [
      'a zero escalation',
      json((i) => (i.runbooks[1]![6] = 0)),
      /runbooks\[1\]\.escalateTo should be a positive integer or null/,
    ],
    [
      'a number in regex',
      json((i) => (i.runbooks[0]![10] = [1])),
      /runbooks\[0\]\.regex\[0\] should be a string, found 1/,
    ],
    [
      'a short row',
      json((i) => (i.runbooks[0] = i.runbooks[0]!.slice(0, 11))),
      /runbooks\[0\]\.services should be a list of strings, found nothing/,
    ],
    [
      'columns in another order',
      json((i) => i.columns.reverse()),
      /columns should start with \["id","title"/,
    ],
    ['no columns', json((i) => delete (i as Record<string, unknown>).columns), /columns is missing/],
    [
      'a duplicate id',
      json((i) => (i.runbooks[1]![0] = 'a')),
      /runbooks\[1\]\.id: runbook id "a" appears more than once/,
    ],
  ])('rejects %s with a message naming the cell', (_name, text, message) => {
    expect(() => parseIndex(text, 'index.json')).toThrow(IndexFormatError);
    expect(() => parseIndex(text, 'index.json')).toThrow(message);
  });

  it('ignores columns added after the known ones', () => {
    const text = json((i) => {
      i.columns.push('future');
      i.runbooks.forEach((row) => row.push({ anything: true }));
    });
    expect(parseIndex(text, 'x').runbooks.map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('readIndexFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'oncall-index-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads an index written by serializeIndex', async () => {
    const file = path.join(dir, 'index.json');
    await writeFile(file, serializeIndex(buildIndex([runbook('a')], SOURCE)));
    expect((await readIndexFile(file)).runbooks.map((r) => r.id)).toEqual(['a']);
  });

  it('explains how to build a missing index', async () => {
    await expect(readIndexFile(path.join(dir, 'nope.json'), 'nope.json')).rejects.toThrow(
      /Index file nope\.json does not exist\. Build one with "oncall build runbooks --out nope\.json"/,
    );
  });
});

describe('resolveSource', () => {
  it('takes the commit from GITHUB_SHA and the repository from GITHUB_REPOSITORY', async () => {
    const sha = 'ABCDEF0123456789abcdef0123456789abcdef01';
    expect(
      await resolveSource({
        dir: 'runbooks',
        cwd: '/repo',
        env: { GITHUB_SHA: sha, GITHUB_REPOSITORY: 'acme/runbooks' },
      }),
    ).toEqual({ repository: 'acme/runbooks', commit: sha.toLowerCase(), dir: 'runbooks' });
  });

  it('gives a null commit outside a git repository and a dir relative to the working directory', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'oncall-nogit-'));
    try {
      const source = await resolveSource({ dir: path.join(dir, 'rules'), cwd: dir, env: {} });
      expect(source).toEqual({ repository: null, commit: null, dir: 'rules' });
      expect((await resolveSource({ dir: '.', cwd: dir, env: {} })).dir).toBe('.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
