import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { seededRandom } from '../src/fakes/random.js';
import { IndexFormatError, buildIndex, parseIndex, serializeIndex } from '../src/runbooks/index-file.js';
import { openIndex } from '../src/runbooks/index-open.js';
import { createMatcher } from '../src/runbooks/matcher.js';
import type { AlertText, Runbook } from '../src/runbooks/types.js';

const SOURCE = { repository: 'acme/runbooks', commit: 'b'.repeat(40), dir: 'runbooks' };

function runbook(id: string, extra: Partial<Runbook> = {}): Runbook {
  return {
    id,
    title: `Title ${id}`,
    priority: 0,
    match: { any: [id], all: [], none: [], regex: [], services: [] },
    tests: { match: [], noMatch: [] },
    file: `runbooks/${id}.yml`,
    ...extra,
  };
}

const WORDS = [
  'disk',
  'Disk',
  'DISK full',
  'mysql',
  'MySQL down',
  'kafka',
  'lag',
  'ＣＰＵ',
  'cpu使用率',
  '決済',
  '5xx',
  '>80%',
];
const SERVICES = ['PSVC1', 'checkout', 'Search'];

/**
 * `count` runbooks the way large rule sets look: an alert name per runbook (shared by a few), human phrases, `all`,
 * `none`, services, regexes, regex-only rules, Slack channels, every optional field sometimes set.
 */
function generated(seed: number, count: number): { runbooks: Runbook[]; alerts: AlertText[] } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const name = (i: number) => `Alert${['Node', 'Mysql', 'Kube', 'Disk'][i % 4]}${Math.floor(i / 3) % 2000}`;
  const runbooks = Array.from({ length: count }, (_, i): Runbook => {
    const regexOnly = i % 97 === 0;
    return runbook(`rb-${String(i).padStart(5, '0')}`, {
      priority: Math.floor(random() * 4) - 1,
      ...(random() < 0.5 ? { doc: `docs/rb-${i}.md` } : {}),
      ...(random() < 0.3 ? { url: `https://wiki.example.com/${i}` } : {}),
      ...(random() < 0.3 ? { owner: `@team-${i % 9}` } : {}),
      ...(random() < 0.2 ? { escalateTo: 1 + (i % 3) } : {}),
      ...(random() < 0.25 ? { slackChannel: `C0TEAM${i % 17}` } : {}),
      match: {
        // A shared word with a number, so that an alert matches a few runbooks, not hundreds.
        any: regexOnly ? [] : [name(i), ...(random() < 0.4 ? [`${pick(WORDS)} ${i % 500}`] : [])],
        all: random() < 0.2 ? [pick(WORDS)] : [],
        none: random() < 0.2 ? ['staging'] : [],
        regex:
          regexOnly || random() < 0.05 ? [pick(['alert\\w+ \\(', '^\\[firing', 'lag \\d+', '決済.'])] : [],
        services: random() < 0.15 ? [pick(SERVICES)] : [],
      },
    });
  });
  const alerts = Array.from({ length: 300 }, (): AlertText => {
    const i = Math.floor(random() * count);
    const text = `[FIRING:1] ${name(i)} (${pick(WORDS)} ${pick(['staging', 'prod'])}) ${pick(WORDS)} ${i % 500} lag ${i}`;
    return random() < 0.5 ? { text, service: { name: pick(SERVICES) } } : { text };
  });
  return { runbooks, alerts };
}

describe('openIndex on a version 3 index', () => {
  it('matches exactly as a version 2 index and the runbooks in memory do, 10,000 runbooks (ids, order, terms, scores)', () => {
    const { runbooks, alerts } = generated(11, 10_000);
    const index = buildIndex(runbooks, SOURCE);
    const v3 = openIndex(serializeIndex(index), 'v3.json');
    const v2 = openIndex(serializeIndex(index, 2), 'v2.json');
    expect([v3.version, v2.version]).toEqual([3, 2]);
    const inMemory = createMatcher(index.runbooks);
    let matched = 0;
    for (const alert of alerts) {
      const expected = inMemory.match(alert);
      matched += expected.length;
      expect(v3.matcher().match(alert)).toEqual(expected);
      expect(v2.matcher().match(alert)).toEqual(expected);
    }
    // The comparison means something only if alerts do match, several runbooks each on average.
    expect(matched).toBeGreaterThan(alerts.length);
  });

  it('gives the same runbooks, channels, size and source as parseIndex', () => {
    const { runbooks } = generated(5, 300);
    const text = serializeIndex(buildIndex(runbooks, SOURCE));
    const parsed = parseIndex(text, 'index.json');
    const opened = openIndex(text, 'index.json');
    expect(opened.size).toBe(300);
    expect(opened.source).toEqual(SOURCE);
    expect(opened.runbook('rb-00042')).toEqual(parsed.runbooks[42]);
    expect(opened.runbook('rb-99999')).toBeUndefined();
    expect(opened.runbooks()).toEqual(parsed.runbooks);
    const named = parsed.runbooks.flatMap((r) => (r.slackChannel ? [r.slackChannel] : []));
    expect(opened.channels).toEqual([...new Set(named)]);
    expect(opened.channels.length).toBeGreaterThan(3);
  });

  it('reads only the rows of candidate runbooks: a broken row elsewhere does not stop a match', () => {
    const text = serializeIndex(
      buildIndex([runbook('disk-full'), runbook('kafka-lag'), runbook('mysql-down')], SOURCE),
    );
    const broken = text.replace('["mysql-down","Title mysql-down"', '["mysql-down",7');
    const opened = openIndex(broken, 'index.json');
    expect(
      opened
        .matcher()
        .match({ text: 'disk-full on db-1' })
        .map((m) => m.id),
    ).toEqual(['disk-full']);
    expect(opened.runbook('disk-full')?.title).toBe('Title disk-full');
    // The full read, and the matcher when the row is needed, say where the problem is.
    expect(() => parseIndex(broken, 'index.json')).toThrow(
      /runbooks\[2\]\.title should be a non-empty string/,
    );
    expect(() => opened.matcher().match({ text: 'mysql-down' })).toThrow(
      /index\.json: runbooks\[2\]\.title should be a non-empty string, found 7/,
    );
  });

  it('knows the runbooks that group alert storms from its header, without reading a row', () => {
    const text = serializeIndex(
      buildIndex(
        [
          runbook('disk-full', { groupWithinSeconds: 600 }),
          runbook('kafka-lag'),
          runbook('mysql-down', { groupWithinSeconds: 60 }),
        ],
        SOURCE,
      ),
    );
    expect(text.split('\n')[0]).toContain('"grouping":["disk-full","mysql-down"],');
    // Every row broken: a look-up that read one would throw.
    const rowsBroken = text.replace(/^\["([a-z-]+)","Title [a-z-]+"/gm, '["$1",7');
    expect(rowsBroken).not.toContain('"Title');
    expect([...openIndex(rowsBroken, 'index.json').groupingIds()]).toEqual(['disk-full', 'mysql-down']);
    // A file written before the header carried them: the rows are read, with the same answer.
    const older = text.replace('"grouping":["disk-full","mysql-down"],', '');
    expect(older).not.toContain('"grouping"');
    expect([...openIndex(older, 'index.json').groupingIds()]).toEqual(['disk-full', 'mysql-down']);
    expect(parseIndex(older, 'index.json').runbooks).toHaveLength(3);
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect([...openIndex(pretty, 'pretty.json').groupingIds()]).toEqual(['disk-full', 'mysql-down']);
  });

  it('reads an index whose lines were rearranged (pretty-printed) in full, with the same result', () => {
    const { runbooks, alerts } = generated(3, 200);
    const text = serializeIndex(buildIndex(runbooks, SOURCE));
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    const fromPretty = openIndex(pretty, 'pretty.json');
    const fromText = openIndex(text, 'index.json');
    for (const alert of alerts.slice(0, 50)) {
      expect(fromPretty.matcher().match(alert)).toEqual(fromText.matcher().match(alert));
    }
  });

  it('names a version it does not know, and what to do', () => {
    const text = serializeIndex(buildIndex([runbook('a')], SOURCE)).replace('"version":3', '"version":4');
    expect(() => openIndex(text, 'index.json')).toThrow(
      /index\.json: unsupported index version 4 \(a number\); this program reads version 1, 2, 3\. Upgrade/,
    );
  });
});

describe('a version 3 index edited after it was built', () => {
  const text = serializeIndex(
    buildIndex(
      [runbook('disk-full', { slackChannel: 'C0DISK1' }), runbook('kafka-lag'), runbook('mysql-down')],
      SOURCE,
    ),
  );

  it('is refused by parseIndex when its channels are not those the rows name (openIndex trusts them)', () => {
    const edited = text.replace('"channels":["C0DISK1"]', '"channels":["C0OTHER1"]');
    expect(() => parseIndex(edited, 'index.json')).toThrow(
      /index\.json: channels does not agree with the runbook rows\. The file was changed after "oncall build" wrote it/,
    );
  });

  it('is refused by parseIndex when its grouping runbooks are not those the rows give', () => {
    const edited = text.replace('"grouping":[]', '"grouping":["kafka-lag"]');
    expect(edited).not.toBe(text);
    expect(() => parseIndex(edited, 'index.json')).toThrow(
      /index\.json: grouping does not agree with the runbook rows\. The file was changed after "oncall build" wrote it/,
    );
  });

  it('is refused by parseIndex when a row no longer agrees with the trigger table', () => {
    const edited = text.replace('["kafka-lag"]', '["kafka-lag","consumer lag"]');
    expect(() => parseIndex(edited, 'index.json')).toThrow(
      /index\.json: table\.keywords does not agree with the runbook rows it is derived from\. The file was changed after "oncall build" wrote it/,
    );
  });

  it('makes the lazy matcher throw when it reads a row the table does not list for its keyword', () => {
    // The row now triggers on "kafka-backlog", which the table never heard of; the table still files it under
    // "kafka-lag", so the alert "kafka-lag" reaches the row, and the row gives the edit away.
    const edited = text.replace('["kafka-lag"],[],[]', '["kafka-lag","kafka-backlog"],[],[]');
    const opened = openIndex(edited, 'index.json');
    expect(() => opened.matcher().match({ text: 'kafka-lag' })).toThrow(IndexFormatError);
    expect(() => opened.matcher().match({ text: 'kafka-lag' })).toThrow(
      /index\.json: runbooks\[1\] \("kafka-lag"\) disagrees with the trigger table: its keyword "kafka-backlog" is not listed as triggering it\. The file was changed after "oncall build" wrote it; rebuild it/,
    );
  });

  it('makes the lazy matcher throw when the table files a row under another keyword than its own', () => {
    // Two runbooks, each triggered by its own keyword; the edit swaps which runbook each keyword triggers.
    const two = serializeIndex(buildIndex([runbook('alpha-down'), runbook('beta-down')], SOURCE));
    expect(two).toContain('"triggers":[0,1]');
    const swapped = two.replace('"triggers":[0,1]', '"triggers":[1,0]');
    for (const text of ['alpha-down', 'beta-down']) {
      expect(() => openIndex(swapped, 'index.json').matcher().match({ text })).toThrow(
        /disagrees with the trigger table: its keyword "(alpha|beta)-down" is not listed as triggering it/,
      );
    }
    expect(
      openIndex(two, 'index.json')
        .matcher()
        .match({ text: 'beta-down' })
        .map((m) => m.id),
    ).toEqual(['beta-down']);
  });

  it.each([
    [
      'a count that is not the number of rows',
      ['"count":3', '"count":4'],
      /count says 4 runbooks, but the file has 3 rows/,
    ],
    [
      'a count far beyond the file (nothing is allocated for it)',
      ['"count":3', '"count":9007199254740991'],
      /count says 9007199254740991 runbooks, but the file has 3 rows/,
    ],
    [
      'a channel that is not a channel ID',
      ['"channels":["C0DISK1"]', '"channels":["#disk"]'],
      /channels\[0\] should be a Slack channel ID/,
    ],
    [
      'a grouping list that is not a list of runbook ids',
      ['"grouping":[]', '"grouping":["disk-full",3]'],
      /grouping\[1\] should be a runbook id, found 3/,
    ],
    [
      'a runbook number past the rows',
      ['"triggers":[0,1,2]', '"triggers":[0,1,3]'],
      /table\.triggers\[2\] should be an integer from 0 to 2, found 3/,
    ],
    [
      'runbook numbers out of order',
      ['"untriggered":[]', '"untriggered":[2,1]'],
      /table\.untriggered\[1\] should be a number greater than 2, found 1/,
    ],
    [
      'keyword ends that do not end with the keywords',
      ['"keywordEnds":[9,18,28]', '"keywordEnds":[9,18,27]'],
      /table\.keywordEnds should be a list ending with 28/,
    ],
    [
      'a bucket count that is not a power of two',
      ['"bucketEnds":[', '"bucketEnds":[3,'],
      /table\.bucketEnds/,
    ],
    ['no table', ['"table":{', '"tables":{'], /index\.json: table is missing/],
  ])('is refused, by openIndex and parseIndex alike, for %s', (_name, [from, to], message) => {
    expect(text).toContain(from);
    const edited = text.replace(from!, to!);
    expect(() => openIndex(edited, 'index.json')).toThrow(IndexFormatError);
    expect(() => openIndex(edited, 'index.json')).toThrow(message);
    expect(() => parseIndex(edited, 'index.json')).toThrow(message);
  });
});

describe('the version 3 example in docs/index-format.md', () => {
  it('is what oncall build writes for its two runbooks, and matches as they do', () => {
    const doc = readFileSync(new URL('../docs/index-format.md', import.meta.url), 'utf8');
    const example = /## Example \(version 3\)\n\n```text\n([\s\S]*?)```/.exec(doc)![1]!;
    const runbooks = [
      runbook('disk-almost-full', {
        title: 'Disk almost full',
        doc: 'disk-almost-full.md',
        priority: 1,
        match: { any: ['NodeFilesystemAlmostOutOfSpace'], all: [], none: [], regex: [], services: [] },
      }),
      runbook('mysql-too-many-connections', {
        title: 'MySQL refuses new connections',
        doc: 'mysql-too-many-connections.md',
        url: 'https://wiki.example.com/db/conn',
        owner: '@dba-team',
        escalateTo: 2,
        slackChannel: 'C0DBTEAM1',
        remindAfterSeconds: 300,
        match: {
          any: ['MysqlTooManyConnections', 'too many connections', 'ERROR 1040'],
          all: ['mysql'],
          none: ['staging'],
          regex: ['max_connections\\s*=\\s*\\d+'],
          services: ['checkout-db'],
        },
      }),
    ];
    const source = {
      repository: 'acme/runbooks',
      commit: '4d719f1dea8853540b3823ab1fbe6be74a9953b3',
      dir: 'runbooks',
    };
    expect(serializeIndex(buildIndex(runbooks, source))).toBe(example);
    const matches = openIndex(example, 'example')
      .matcher()
      .match({
        text: 'ERROR 1040: too many connections (mysql, max_connections = 151)',
        service: { name: 'checkout-db' },
      });
    expect(matches.map((m) => [m.id, m.terms])).toEqual([
      [
        'mysql-too-many-connections',
        ['too many connections', 'ERROR 1040', 'mysql', 'max_connections\\s*=\\s*\\d+'],
      ],
    ]);
  });
});
