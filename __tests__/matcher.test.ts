import { describe, expect, it } from '@jest/globals';
import {
  bucketOf,
  buildTriggerTable,
  compareMatches,
  createMatcher,
  isAsciiAlnum,
  matchScore,
  triggerKeywords,
} from '../src/runbooks/matcher.js';
import { createNaiveMatcher } from '../src/runbooks/naive-matcher.js';
import { MATCH_TEXT_LIMIT, normalizeText, prepareAlertText } from '../src/runbooks/normalize.js';
import type { AlertText, IndexedRunbook, MatchRule } from '../src/runbooks/types.js';
import { ConfigError } from '../src/errors.js';

function rb(id: string, match: Partial<MatchRule>, priority = 0): IndexedRunbook {
  return {
    id,
    title: `Title of ${id}`,
    priority,
    match: { any: [], all: [], none: [], regex: [], services: [], ...match },
  };
}

/** Runs both matchers and insists they agree, so every semantic case here also checks the reference. */
function ids(runbooks: IndexedRunbook[], alert: AlertText | string): string[] {
  const a: AlertText = typeof alert === 'string' ? { text: alert } : alert;
  const fast = createMatcher(runbooks).match(a);
  expect(createNaiveMatcher(runbooks).match(a)).toEqual(fast);
  return fast.map((m) => m.id);
}

describe('normalizeText', () => {
  it.each([
    ['ＤＩＳＫ', 'disk'],
    ['Disk FULL', 'disk full'],
    ['ｴﾗｰ', 'エラー'],
    ['①②', '12'],
    ['plain ascii', 'plain ascii'],
    ['ＭｙＳＱＬ　接続', 'mysql接続'],
  ])('folds %j to %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('keyword boundaries', () => {
  it.each([
    ['EtcdHighFsyncDurations', '[FIRING:1] EtcdHighFsyncDurationsCritical (etcd critical)', false],
    ['EtcdHighFsyncDurations', '[FIRING:1] EtcdHighFsyncDurations (etcd warning)', true],
    ['disk', 'diskless node is fine', false],
    ['disk', 'root disk almost full', true],
    ['disk', 'DISK', true],
    ['disk', 'ＤＩＳＫ almost full', true],
    ['MysqlTooManyConnections', '[FIRING:1] MysqlTooManyConnections(>80%) (db-1 critical)', true],
    ['MysqlTooManyConnections', 'XMysqlTooManyConnections', false],
    ['too many connections', 'ERROR 1040: Too many connections', true],
    ['too many connections', 'too many connectionsX', false],
    ['5xx', 'api 5xx rate above 2%', true],
    ['5xx', 'api 45xx rate', false],
    ['disk', 'node_disk_io_time', true],
    ['cpu', 'DBのCPU使用率が高い', true],
    ['決済エラー', '【本番】決済エラーが急増', true],
    ['決済エラー', '決済処理は正常', false],
    ['>80%', 'MysqlTooManyConnections(>80%)', true],
    ['(>80%', 'x(>80%)', true],
    ['error 1040', 'MySQL ERROR 1040 (08004)', true],
    ['error 1040', 'MySQL ERROR 10400', false],
    ['kube-pod', 'xkube-pod', false],
    ['kube-', 'kube-podx', true],
  ])('keyword %j in %j → %s', (keyword, text, expected) => {
    expect(ids([rb('r', { any: [keyword] })], text)).toEqual(expected ? ['r'] : []);
  });

  it('treats only ASCII letters and digits as word characters', () => {
    expect(isAsciiAlnum('a'.charCodeAt(0))).toBe(true);
    expect(isAsciiAlnum('Z'.charCodeAt(0))).toBe(true);
    expect(isAsciiAlnum('7'.charCodeAt(0))).toBe(true);
    expect(isAsciiAlnum('_'.charCodeAt(0))).toBe(false);
    expect(isAsciiAlnum('é'.charCodeAt(0))).toBe(false);
    expect(isAsciiAlnum('の'.charCodeAt(0))).toBe(false);
  });

  it('finds a keyword after an earlier occurrence that failed its boundary check', () => {
    expect(ids([rb('r', { any: ['disk'] })], 'diskless node, disk full')).toEqual(['r']);
  });

  it('matches full-width keywords written in the runbook against ASCII text', () => {
    expect(ids([rb('r', { any: ['ＥＲＲＯＲ　１０４０'] })], 'mysql error 1040')).toEqual(['r']);
  });
});

describe('conditions', () => {
  const cases: [string, Partial<MatchRule>, AlertText, boolean][] = [
    ['any: one of several', { any: ['a1', 'b2'] }, { text: 'x b2 y' }, true],
    ['any: none present', { any: ['a1', 'b2'] }, { text: 'x c3 y' }, false],
    ['all: every one present', { any: ['conn'], all: ['mysql', 'prod'] }, { text: 'prod mysql conn' }, true],
    ['all: one missing', { any: ['conn'], all: ['mysql', 'prod'] }, { text: 'mysql conn' }, false],
    ['all only', { all: ['mysql', 'prod'] }, { text: 'PROD MySQL' }, true],
    ['none: absent', { any: ['conn'], none: ['staging'] }, { text: 'prod conn' }, true],
    ['none: present', { any: ['conn'], none: ['staging'] }, { text: 'staging conn' }, false],
    ['none: only as part of a word', { any: ['conn'], none: ['stag'] }, { text: 'staging conn' }, true],
    [
      'regex only: matches',
      { regex: ['max_connections\\s*=\\s*\\d+'] },
      { text: 'MAX_CONNECTIONS = 151' },
      true,
    ],
    [
      'regex only: no match',
      { regex: ['max_connections\\s*=\\s*\\d+'] },
      { text: 'max_connections unset' },
      false,
    ],
    ['regex with any: both hold', { any: ['mysql'], regex: ['\\d{4}'] }, { text: 'mysql 1040' }, true],
    ['regex with any: regex fails', { any: ['mysql'], regex: ['\\d{4}'] }, { text: 'mysql 10' }, false],
    ['regex runs on normalised text', { regex: ['^disk full$'] }, { text: 'ＤＩＳＫ ＦＵＬＬ' }, true],
    ['regex in unicode mode', { regex: ['決済.エラー'] }, { text: '決済🔥エラー' }, true],
    [
      'services: id',
      { any: ['x1'], services: ['PABC123'] },
      { text: 'x1', service: { id: 'PABC123' } },
      true,
    ],
    [
      'services: id is exact',
      { any: ['x1'], services: ['PABC123'] },
      { text: 'x1', service: { id: 'pabc123' } },
      false,
    ],
    [
      'services: name any case',
      { any: ['x1'], services: ['Checkout-DB'] },
      { text: 'x1', service: { name: 'checkout-db' } },
      true,
    ],
    [
      'services: other service',
      { any: ['x1'], services: ['checkout-db'] },
      { text: 'x1', service: { name: 'search' } },
      false,
    ],
    ['services: alert without service', { any: ['x1'], services: ['checkout-db'] }, { text: 'x1' }, false],
    ['no services: any service', { any: ['x1'] }, { text: 'x1', service: { name: 'search' } }, true],
    [
      'services: anyService counts as a listed service',
      { any: ['x1'], services: ['checkout-db'] },
      { text: 'x1', anyService: true },
      true,
    ],
    [
      'services: anyService keeps every other condition',
      { any: ['x1'], none: ['staging'], services: ['checkout-db'] },
      { text: 'x1 staging', anyService: true },
      false,
    ],
    ['nothing stated never matches', { none: ['x'] }, { text: 'anything' }, false],
    ['empty keywords are ignored', { any: ['', 'x1'] }, { text: 'x1' }, true],
  ];
  it.each(cases)('%s', (_name, match, alert, expected) => {
    expect(ids([rb('r', match)], alert)).toEqual(expected ? ['r'] : []);
  });

  it('rejects a regex that does not compile, naming the runbook', () => {
    expect(() => createMatcher([rb('bad-regex', { regex: ['(unclosed'] })])).toThrow(ConfigError);
    expect(() => createMatcher([rb('bad-regex', { regex: ['(unclosed'] })])).toThrow(/bad-regex.*\(unclosed/);
  });
});

describe('ranking and terms', () => {
  it('puts higher priority first, whatever the evidence', () => {
    const runbooks = [
      rb('specific', { any: ['mysql', 'too many connections'] }),
      rb('urgent', { any: ['mysql'] }, 5),
    ];
    expect(ids(runbooks, 'mysql: too many connections')).toEqual(['urgent', 'specific']);
  });

  it('prefers more matched terms, then longer ones, then the id', () => {
    const runbooks = [
      rb('c-one-short', { any: ['db'] }),
      rb('b-one-long', { any: ['database'] }),
      rb('a-two', { any: ['db', 'database'] }),
      rb('a-one-short', { any: ['db'] }),
    ];
    expect(ids(runbooks, 'db database')).toEqual(['a-two', 'b-one-long', 'a-one-short', 'c-one-short']);
  });

  it('gives scores that order the same way as the ranking', () => {
    const runbooks = [
      rb('x', { any: ['a1'] }, 1),
      rb('y', { any: ['a1', 'b2'] }),
      rb('z', { any: ['b2'] }, -1),
    ];
    const matches = createMatcher(runbooks).match({ text: 'a1 b2' });
    expect(matches.map((m) => m.id)).toEqual(['x', 'y', 'z']);
    for (let i = 1; i < matches.length; i++) expect(matches[i - 1]!.score).toBeGreaterThan(matches[i]!.score);
    // priority × 1,000,000 + terms × 1,000 + total term length, worked out by hand.
    expect(matches.map((m) => m.score)).toEqual([1_001_002, 2_004, -998_998]);
  });

  it('lists the matched terms as written: any, then all, then regex sources', () => {
    const [m] = createMatcher([
      rb('r', {
        any: ['MysqlTooManyConnections', 'ERROR 1040', 'unused'],
        all: ['MySQL'],
        regex: ['\\(>\\d+%\\)'],
      }),
    ]).match({ text: '[FIRING:1] MysqlTooManyConnections(>80%) mysql error 1040' });
    expect(m).toEqual({
      id: 'r',
      title: 'Title of r',
      // 4 terms; lengths 23 (mysqltoomanyconnections) + 10 (error 1040) + 5 (mysql) + 9 (the regex source `\\(>\\d+%\\)`).
      score: 4_047,
      terms: ['MysqlTooManyConnections', 'ERROR 1040', 'MySQL', '\\(>\\d+%\\)'],
    });
  });

  it('reports a keyword written twice (or in both any and all) once', () => {
    const [m] = createMatcher([rb('r', { any: ['disk', 'DISK'], all: ['Disk'] })]).match({ text: 'disk' });
    expect(m?.terms).toEqual(['disk']);
  });

  it('caps evidence so the score stays an exact integer', () => {
    expect(matchScore(2, 5000, 100_000)).toBe(2_000_000 + 999_000 + 999);
  });

  it('breaks score ties by id in code-unit order', () => {
    const a = { id: 'b', title: '', score: 1, terms: [] };
    const b = { id: 'a', title: '', score: 1, terms: [] };
    expect([a, b].sort(compareMatches).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('gives the same answer whatever order the runbooks come in', () => {
    const runbooks = Array.from({ length: 30 }, (_, i) =>
      rb(`r${String(i).padStart(2, '0')}`, { any: ['disk'] }, i % 3),
    );
    const expected = createMatcher(runbooks).match({ text: 'disk' });
    const shuffled = [...runbooks].reverse();
    expect(createMatcher(shuffled).match({ text: 'disk' })).toEqual(expected);
    expect(createMatcher(runbooks).match({ text: 'disk' })).toEqual(expected);
  });

  it('answers repeated calls independently (no state leaks between alerts)', () => {
    const matcher = createMatcher([rb('r', { any: ['a1'], none: ['b2'] })]);
    expect(matcher.match({ text: 'a1 b2' })).toEqual([]);
    expect(matcher.match({ text: 'a1' }).map((m) => m.id)).toEqual(['r']);
    expect(matcher.match({ text: 'b2' })).toEqual([]);
    expect(matcher.size).toBe(1);
  });
});

describe('text cap (R3)', () => {
  it('keeps at most MATCH_TEXT_LIMIT code units of normalised text', () => {
    expect(prepareAlertText('x'.repeat(1_000_000)).length).toBe(MATCH_TEXT_LIMIT);
  });

  it('ignores keywords beyond the cap and finds those before it', () => {
    const runbooks = [
      rb('early', { any: ['early'] }),
      rb('late', { any: ['late'] }),
      rb('re-late', { regex: ['late'] }),
    ];
    const text = `early ${'.'.repeat(1_000_000)} late`;
    expect(ids(runbooks, text)).toEqual(['early']);
  });

  it('treats the cut as the edge of the text for boundaries', () => {
    const text = `${' '.repeat(MATCH_TEXT_LIMIT - 4)}diskless`;
    expect(ids([rb('r', { any: ['disk'] })], text)).toEqual(['r']);
  });

  it('normalises up to 65,536 raw code units, enough for text that NFKC shrinks fourfold', () => {
    // `α` + three combining marks (4 code units) is one character (U+1F87) after NFKC: 16,383 of them fill 65,532
    // raw units and 16,383 normalised ones, so the keyword after them is the last unit within both caps.
    const shrinking = '\u03b1\u0314\u0342\u0345'.repeat(MATCH_TEXT_LIMIT - 1);
    const prepared = prepareAlertText(`${shrinking}!`);
    expect(prepared.length).toBe(MATCH_TEXT_LIMIT);
    expect(prepared.slice(-2)).toBe('\u1f87!');
    expect(ids([rb('bang', { any: ['!'] })], `${shrinking}!`)).toEqual(['bang']);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = `${'a'.repeat(MATCH_TEXT_LIMIT - 1)}🔥tail`;
    const prepared = prepareAlertText(text);
    expect(prepared.length).toBe(MATCH_TEXT_LIMIT - 1);
    expect(prepared.endsWith('a')).toBe(true);
  });
});

describe('golden alert titles per monitoring tool', () => {
  const runbooks = [
    rb('etcd-fsync', { any: ['EtcdHighFsyncDurations'] }),
    rb('etcd-fsync-critical', { any: ['EtcdHighFsyncDurationsCritical'] }, 1),
    rb('mysql-too-many-connections', {
      any: ['MysqlTooManyConnections', 'too many connections', 'ERROR 1040'],
    }),
    rb('pod-crash-looping', { any: ['KubePodCrashLooping', 'CrashLoopBackOff'] }),
    rb('disk-almost-full', { any: ['disk almost full', 'NodeFilesystemAlmostOutOfSpace', 'disk space'] }),
    rb('payment-errors', { any: ['決済エラー'] }),
    rb('http-5xx', { any: ['5xx', 'HTTPCode_Target_5XX_Count'], none: ['staging'] }),
  ];
  it.each([
    ['[FIRING:1] EtcdHighFsyncDurations (10.0.3.17:2379 etcd warning)', ['etcd-fsync']],
    ['[FIRING:1] EtcdHighFsyncDurationsCritical (etcd critical)', ['etcd-fsync-critical']],
    ['[FIRING:1] MysqlTooManyConnections(>80%) (db-1 critical)', ['mysql-too-many-connections']],
    [
      '[FIRING:1] payments (KubePodCrashLooping api 10.2.1.14:8443 monitoring/k8s warning)',
      ['pod-crash-looping'],
    ],
    ['[Triggered on {host:db-1}] Disk space is low on {{host.name}}', ['disk-almost-full']],
    ['[P1] [Triggered] Disk almost full on /var', ['disk-almost-full']],
    ['ALARM: "alb-HTTPCode_Target_5XX_Count-high" in Asia Pacific (Tokyo)', ['http-5xx']],
    ['ALARM: "staging-alb-HTTPCode_Target_5XX_Count-high" in US East', []],
    ['【本番】決済エラーが急増しています', ['payment-errors']],
    ['TypeError: Cannot read properties of undefined (reading "id")', []],
  ])('%s', (title, expected) => {
    expect(ids(runbooks, title)).toEqual(expected);
  });
});

describe('edges of the contract', () => {
  it('orders ids by code unit in both directions and treats equal ids as equal', () => {
    const match = (id: string) => ({ id, title: '', score: 5, terms: [] });
    expect(compareMatches(match('b'), match('a'))).toBe(1);
    expect(compareMatches(match('a'), match('b'))).toBe(-1);
    expect(compareMatches(match('a'), match('a'))).toBe(0);
    expect([match('c'), match('a'), match('b')].sort(compareMatches).map((m) => m.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('counts exactly the ASCII letters and digits as letters or digits', () => {
    const alnum = [...'09AZaz'];
    const neighbours = [...'/:@[`{'];
    expect(alnum.map((c) => isAsciiAlnum(c.charCodeAt(0)))).toEqual(alnum.map(() => true));
    expect(neighbours.map((c) => isAsciiAlnum(c.charCodeAt(0)))).toEqual(neighbours.map(() => false));
  });

  it('ignores keywords that are empty, in any, all and none', () => {
    const [m] = createMatcher([rb('r', { any: ['', 'disk'], all: ['', 'full'], none: [''] })]).match({
      text: 'disk full',
    });
    expect(m).toEqual({ id: 'r', title: 'Title of r', score: 2_008, terms: ['disk', 'full'] });
  });

  it('evaluates a rule whose only keywords are empty by its regex, for every alert', () => {
    const runbooks = [
      rb('any-empty', { any: [''], regex: ['dis[ck]'] }),
      rb('all-empty', { all: [''], regex: ['full'] }),
    ];
    expect(ids(runbooks, 'disk full')).toEqual(['any-empty', 'all-empty']);
    expect(ids(runbooks, 'disc')).toEqual(['any-empty']);
  });

  it('finds a keyword that starts with the first character past ASCII (U+0080)', () => {
    expect(ids([rb('c1', { any: ['\u0080x'] })], 'a \u0080x')).toEqual(['c1']);
  });

  it('counts a regex written twice once', () => {
    const [m] = createMatcher([rb('r', { regex: ['disk', 'disk'] })]).match({ text: 'disk' });
    expect(m).toEqual({ id: 'r', title: 'Title of r', score: 1_004, terms: ['disk'] });
  });

  it('checks every regex of a runbook, not only its first', () => {
    expect(ids([rb('r', { regex: ['cpu', 'disk'] })], 'disk full')).toEqual(['r']);
  });

  it('keeps the syntax error as the cause of a regex that does not compile', () => {
    let error: unknown;
    try {
      createMatcher([rb('broken', { regex: ['(unclosed'] })]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });
});

describe('text cap edges', () => {
  const kept = (tail: string, pad = MATCH_TEXT_LIMIT - 1) => prepareAlertText(`${'a'.repeat(pad)}${tail}`);

  it('keeps a text of exactly the cap whole, whatever its last unit', () => {
    expect(kept('\ud83d')).toBe(`${'a'.repeat(MATCH_TEXT_LIMIT - 1)}\ud83d`);
  });

  it('drops the high surrogate of a pair cut by the cap, across the whole high-surrogate range', () => {
    // U+10000 starts with \ud800, U+10FFFD with \udbff: the first and last high surrogates.
    expect(kept('\ud800\udc00 tail')).toHaveLength(MATCH_TEXT_LIMIT - 1);
    expect(kept('\udbff\udffd tail')).toHaveLength(MATCH_TEXT_LIMIT - 1);
  });

  it('keeps the full cap when the last kept unit is not a high surrogate', () => {
    expect(kept('\ue000 tail')).toHaveLength(MATCH_TEXT_LIMIT);
    expect(kept('🔥 tail', MATCH_TEXT_LIMIT - 2)).toBe(`${'a'.repeat(MATCH_TEXT_LIMIT - 2)}🔥`);
  });
});

describe('the trigger table (part of the index format, docs/index-format.md)', () => {
  const runbooks = [
    // `any` keywords, normalised, each once, empty ones left out; `all` is not used when there is `any`.
    rb('r0', { any: ['Disk Full', 'disk full', '', 'ＤＩＳＫ　ＦＵＬＬ'], all: ['node'] }),
    // No `any`: its `all` keywords trigger it, each once.
    rb('r1', { all: ['MySQL', 'mysql'] }),
    // Only a regex: evaluated for every alert.
    rb('r2', { regex: ['\\d{4}'] }),
    // A keyword another runbook already named keeps its number.
    rb('r3', { any: ['kafka', 'DISK FULL'] }),
    // `any` that normalises to nothing counts as none: `all` triggers it.
    rb('r4', { any: [' '.trim()], all: ['lag', ''] }),
  ];
  const table = buildTriggerTable(runbooks);

  it('lists each keyword once, in the order the runbooks first name it, with the runbooks it triggers', () => {
    expect(table.keywords).toBe('disk fullmysqlkafkalag');
    expect(table.keywordEnds).toEqual([9, 14, 19, 22]);
    expect(table.triggers).toEqual([0, 3, 1, 3, 4]);
    expect(table.triggerEnds).toEqual([2, 3, 4, 5]);
    expect(table.untriggered).toEqual([2]);
    expect(triggerKeywords(runbooks[0]!)).toEqual(['disk full']);
    expect(triggerKeywords(runbooks[4]!)).toEqual(['lag']);
  });

  it('files every keyword once in the bucket of its key, buckets a power of two not below half the keywords', () => {
    // 4 keywords: 2 buckets (the smallest power of two not below 4 / 2).
    expect(table.bucketEnds).toHaveLength(2);
    expect(table.bucketEnds.at(-1)).toBe(4);
    expect([...table.buckets].sort()).toEqual([0, 1, 2, 3]);
    const keyword = (k: number) => table.keywords.slice(table.keywordEnds[k - 1] ?? 0, table.keywordEnds[k]);
    table.bucketEnds.forEach((end, b) => {
      const ids = table.buckets.slice(table.bucketEnds[b - 1] ?? 0, end);
      expect(ids).toEqual([...ids].sort((x, y) => x - y));
      for (const k of ids) {
        const key = keyword(k).match(/^[a-z0-9]+/)![0];
        expect(bucketOf(key, 0, key.length, 2)).toBe(b);
      }
    });
    // One keyword: one bucket; five: four.
    expect(buildTriggerTable([rb('a', { any: ['one'] })]).bucketEnds).toEqual([1]);
    const five = buildTriggerTable([rb('a', { any: ['k1', 'k2', 'k3', 'k4', 'k5'] })]);
    expect(five.bucketEnds).toHaveLength(4);
  });

  it('names as terms only the keywords present in the text, and scores them alone', () => {
    const [match] = createMatcher([rb('r', { any: ['mysql', 'too many connections', 'error 1040'] })]).match({
      text: 'mysql is down',
    });
    expect(match?.terms).toEqual(['mysql']);
    expect(match?.score).toBe(matchScore(0, 1, 'mysql'.length));
  });

  it('matches through the table exactly as the runbooks say', () => {
    expect(ids(runbooks, 'ＤＩＳＫ ＦＵＬＬ on node-1')).toEqual(['r0', 'r3']);
    expect(ids(runbooks, 'kafka lag')).toEqual(['r3', 'r4']);
    expect(ids(runbooks, 'MySQL error 1040')).toEqual(['r1', 'r2']);
  });
});
