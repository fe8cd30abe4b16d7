import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RegexSafetyChecker } from '../src/runbooks/regex-safety.js';
import {
  hasErrors,
  ruleShadows,
  rulesAmbiguous,
  validateRunbooks,
  type Problem,
  type RuleInput,
} from '../src/runbooks/validate.js';

// Shared so recheck analyses each distinct pattern once for the whole file.
const regexChecker = new RegexSafetyChecker();
let fixtures: string;
const validate = (dir: string, cwd = fixtures) => validateRunbooks(dir, { cwd, regexChecker });

beforeAll(async () => {
  // The fixtures are copied so that a file with a YAML syntax error can join them: committed, it would break the
  // repository-wide formatting check, which parses every YAML file.
  fixtures = await mkdtemp(path.join(tmpdir(), 'oncall-validate-fixtures-'));
  await cp(path.resolve('__tests__/fixtures/validate'), fixtures, { recursive: true });
  await writeFile(
    path.join(fixtures, 'invalid', 'syntax-error.yml'),
    'id: syntax-error\ntitle: Broken YAML\nurl: https://wiki.example.com/x\nmatch:\n  any: [one, two\n  all: [three]\n',
  );
});

afterAll(async () => {
  await rm(fixtures, { recursive: true, force: true });
});

type Expected = [file: string, line: number, column: number, severity: Problem['severity'], text: string];

function expectProblems(problems: Problem[], expected: Expected[]): void {
  const found = problems.map((p) => [p.file, p.line, p.column, p.severity, p.message] as const);
  for (const [file, line, column, severity, text] of expected) {
    const hit = found.find(
      (f) => f[0] === file && f[1] === line && f[2] === column && f[3] === severity && f[4].includes(text),
    );
    if (!hit) {
      throw new Error(
        `expected ${file}:${line}:${column}: ${severity}: …${text}…\nfound:\n${found.map((f) => f.join(':')).join('\n')}`,
      );
    }
  }
  // Nothing unexpected either: every problem is accounted for by one expectation.
  expect(problems).toHaveLength(expected.length);
}

describe('validateRunbooks on valid runbooks', () => {
  it('finds no problem and reads every runbook, .yml and .yaml, ignoring other files', async () => {
    const result = await validate('valid');
    expect(result.problems).toEqual([]);
    expect(hasErrors(result)).toBe(false);
    expect(result.runbooks.map((r) => [r.id, r.file])).toEqual([
      ['checkout-payment-errors', 'valid/checkout-payment-errors.yaml'],
      ['disk-almost-full', 'valid/disk-almost-full.yml'],
      ['mysql-too-many-connections', 'valid/mysql-too-many-connections.yml'],
    ]);
    expect(result.runbooks[2]).toEqual({
      id: 'mysql-too-many-connections',
      title: 'MySQL refuses new connections',
      doc: 'mysql-too-many-connections.md',
      owner: '@dba-team',
      priority: 1,
      escalateTo: 2,
      match: {
        any: ['MysqlTooManyConnections', 'too many connections', 'ERROR 1040'],
        all: ['mysql'],
        none: ['staging'],
        regex: ['connections=\\d{1,5}'],
        services: [],
      },
      tests: {
        match: ['[FIRING:1] MysqlTooManyConnections mysql connections=151 (db-1 critical)'],
        noMatch: [
          '[FIRING:1] MysqlSlowQueries mysql (db-1 warning)',
          '[FIRING:1] MysqlTooManyConnections mysql connections=151 (staging)',
        ],
      },
      file: 'valid/mysql-too-many-connections.yml',
    });
  });

  it('reports paths relative to the working directory', async () => {
    const result = await validateRunbooks(path.resolve('__tests__/fixtures/validate/valid/../invalid'), {
      cwd: path.resolve('.'),
      regexChecker,
    });
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((p) => p.file.startsWith('__tests__/fixtures/validate/invalid/'))).toBe(
      true,
    );
  });
});

describe('validateRunbooks on invalid runbooks', () => {
  it('reports every problem of every file in one run, each with file, line and column (R6)', async () => {
    const { problems, runbooks } = await validate('invalid');
    expectProblems(problems, [
      ['invalid/Bad_ID.yml', 1, 5, 'error', 'id should be lowercase letters, digits and single hyphens'],
      ['invalid/anchors.yml', 2, 8, 'error', 'YAML anchors are not allowed in runbook files, found "&t"'],
      ['invalid/anchors.yml', 5, 9, 'error', 'YAML aliases are not allowed in runbook files, found "*t"'],
      ['invalid/broken-links.md', 4, 16, 'error', 'broken link: "gone.md" points to invalid/gone.md'],
      ['invalid/broken-links.md', 4, 38, 'error', 'broken link: "../nowhere/b.md#h" points to nowhere/b.md'],
      ['invalid/broken-links.md', 5, 12, 'error', 'broken image: "img/diagram.png"'],
      ['invalid/broken-links.md', 6, 26, 'error', 'broken anchor: "#nowhere" names "#nowhere"'],
      [
        'invalid/doc-missing.yml',
        3,
        6,
        'error',
        'doc "docs/nowhere.md" not found: expected invalid/docs/nowhere.md',
      ],
      ['invalid/duplicate-key.yml', 4, 1, 'error', 'duplicate key "title" (first defined at line 2)'],
      [
        'invalid/duplicate.yaml',
        2,
        5,
        'error',
        'duplicate id "duplicate": also defined in invalid/duplicate.yml:1:5',
      ],
      [
        'invalid/duplicate.yml',
        1,
        5,
        'error',
        'duplicate id "duplicate": also defined in invalid/duplicate.yaml:2:5',
      ],
      ['invalid/failing-tests.yml', 9, 7, 'error', 'tests.match[0] does not match this runbook'],
      ['invalid/failing-tests.yml', 11, 7, 'error', 'tests.no_match[0] matches this runbook but must not'],
      ['invalid/generic.yml', 5, 9, 'warning', 'match.any[0] "Error" is too generic'],
      ['invalid/generic.yml', 5, 16, 'warning', 'match.any[1] "db" is too short (2 characters)'],
      ['invalid/missing-fields.yml', 1, 1, 'error', 'missing required key "title"'],
      ['invalid/missing-fields.yml', 1, 1, 'error', 'missing required key "match"'],
      [
        'invalid/no-condition.yml',
        4,
        1,
        'error',
        '"match" needs at least one of "match.any", "match.all" or "match.regex"',
      ],
      ['invalid/no-condition.yml', 1, 5, 'warning', 'no tests'],
      ['invalid/no-doc-or-url.yml', 1, 1, 'error', 'needs at least one of "doc" or "url"'],
      ['invalid/no-tests.yml', 1, 5, 'warning', 'no tests: add tests.match'],
      ['invalid/proto.yml', 6, 3, 'error', 'YAML merge keys ("<<") are not allowed'],
      ['invalid/proto.yml', 6, 9, 'error', 'key "__proto__" is not allowed'],
      ['invalid/proto.yml', 7, 1, 'error', 'key "__proto__" is not allowed'],
      ['invalid/proto.yml', 9, 1, 'error', 'key "constructor" is not allowed'],
      ['invalid/renamed.yml', 1, 5, 'error', 'id "other-name" does not match the file name "renamed.yml"'],
      ['invalid/syntax-error.yml', 6, 3, 'error', 'YAML syntax error'],
      ['invalid/tagged.yml', 2, 8, 'error', 'YAML tag "!!binary" is not allowed'],
      ['invalid/unknown-key.yml', 1, 1, 'error', 'missing required key "title"'],
      ['invalid/unknown-key.yml', 2, 1, 'error', 'unknown key "tittle" in a runbook. Did you mean "title"?'],
      ['invalid/unknown-key.yml', 6, 3, 'error', 'unknown key "nome" in "match". Did you mean "match.none"?'],
      ['invalid/unsafe-regex.yml', 6, 7, 'error', 'unsafe regular expression: exponential backtracking'],
      ['invalid/unsafe-regex.yml', 7, 7, 'error', 'unsafe regular expression: exponential backtracking'],
      ['invalid/unsafe-regex.yml', 8, 7, 'error', 'unsafe regular expression: exponential backtracking'],
      ['invalid/unsafe-regex.yml', 9, 7, 'error', 'backreference "\\1"'],
      ['invalid/unsafe-regex.yml', 10, 7, 'error', 'lookahead "(?="'],
      ['invalid/unsafe-regex.yml', 11, 7, 'error', 'lookbehind "(?<!"'],
      ['invalid/unsafe-regex.yml', 12, 7, 'error', 'invalid regular expression'],
      ['invalid/unsafe-regex.yml', 13, 7, 'error', 'regular expression is too long'],
      ['invalid/url-not-http.yml', 3, 6, 'error', 'url should be an http:// or https:// address'],
      [
        'invalid/wrong-type.yml',
        4,
        11,
        'error',
        'priority should be a whole number, found "high" (a string)',
      ],
      [
        'invalid/wrong-type.yml',
        6,
        8,
        'error',
        'match.any should be a list of strings, found "disk" (a string)',
      ],
      ['invalid/wrong-type.yml', 7, 16, 'error', 'match.all[1] should be a string, found 1040 (a number)'],
    ]);
    // Files that do not fit the format are not handed on as runbooks.
    expect(runbooks.map((r) => r.id)).not.toContain('wrong-type');
    expect(runbooks.map((r) => r.id)).toContain('failing-tests');
  });

  it('explains which condition a failing embedded test misses', async () => {
    const { problems } = await validate('invalid');
    const miss = problems.find((p) => p.file === 'invalid/failing-tests.yml' && p.line === 9)!;
    expect(miss.message).toBe(
      'tests.match[0] does not match this runbook: "[FIRING:1] EtcdHighFsyncDurationsCritical (etcd-0)". Why: none of match.any appears. Keywords match whole words after NFKC normalisation and case folding.',
    );
    const hit = problems.find((p) => p.file === 'invalid/failing-tests.yml' && p.line === 11)!;
    expect(hit.message).toContain('(matched on "EtcdHighFsyncDurations")');
  });

  it('says what was expected and what was found for a wrong type', async () => {
    const { problems } = await validate('invalid');
    expect(problems.find((p) => p.file === 'invalid/wrong-type.yml' && p.line === 6)).toEqual({
      file: 'invalid/wrong-type.yml',
      line: 6,
      column: 8,
      severity: 'error',
      path: 'match.any',
      message:
        'match.any should be a list of strings, found "disk" (a string). Write it as a list: ["disk"].',
    });
  });
});

describe('overlapping rules', () => {
  it('warns about ambiguous and shadowed runbooks and tests another runbook wins, and nothing else', async () => {
    const { problems } = await validate('overlap');
    expectProblems(problems, [
      ['overlap/disk-full-a.yml', 5, 1, 'warning', 'ambiguous: this rule and "disk-full-b"'],
      ['overlap/disk-full-b.yml', 5, 1, 'warning', 'ambiguous: this rule and "disk-full-a"'],
      [
        'overlap/disk-full-b.yml',
        8,
        11,
        'warning',
        'runbook "disk-full-a" ranks first (same score, and ties go to the lower id)',
      ],
      [
        'overlap/node-down-rack.yml',
        5,
        1,
        'warning',
        'shadowed: runbook "node-down" (overlap/node-down.yml, priority 5)',
      ],
      ['overlap/node-down-rack.yml', 9, 11, 'warning', 'runbook "node-down" ranks first'],
      ['overlap/oom-batch.yml', 5, 1, 'warning', 'shadowed: runbook "oom-any-service"'],
      ['overlap/oom-batch.yml', 9, 11, 'warning', 'runbook "oom-any-service" ranks first'],
    ]);
  });

  const rule = (priority: number, match: Partial<RuleInput['match']>): RuleInput => ({
    priority,
    match: { any: [], all: [], none: [], regex: [], services: [], ...match },
  });

  it.each([
    [
      'the same keyword, any service',
      rule(5, { any: ['NodeDown'] }),
      rule(1, { any: ['NodeDown'], all: ['rack-7'] }),
    ],
    [
      'a keyword B requires through all',
      rule(2, { all: ['mysql'] }),
      rule(0, { any: ['ERROR 1040'], all: ['mysql'] }),
    ],
    [
      'B.any ⊆ A.any',
      rule(2, { any: ['a-alert', 'b-alert', 'c-alert'] }),
      rule(1, { any: ['b-alert', 'a-alert'] }),
    ],
    [
      'a none B also has',
      rule(2, { any: ['DiskFull'], none: ['staging'] }),
      rule(0, { any: ['DiskFull'], none: ['staging', 'dev'] }),
    ],
    ['the same regex', rule(2, { regex: ['5\\d\\d'] }), rule(0, { any: ['api'], regex: ['5\\d\\d'] })],
    ['case and width differences', rule(3, { any: ['ＤＩＳＫ ＦＵＬＬ'] }), rule(0, { any: ['disk full'] })],
    [
      'services A covers',
      rule(3, { any: ['OOMKilled'], services: ['batch', 'api'] }),
      rule(0, { any: ['OOMKilled'], services: ['batch'] }),
    ],
  ])('finds that A shadows B: %s', (_name, a, b) => {
    expect(ruleShadows(a, b)).toBe(true);
    expect(ruleShadows(b, a)).toBe(false);
  });

  it.each([
    ['equal priority', rule(1, { any: ['NodeDown'] }), rule(1, { any: ['NodeDown'], all: ['rack-7'] })],
    [
      'A requires a keyword B does not',
      rule(5, { any: ['QueueBacklog'], all: ['orders'] }),
      rule(0, { any: ['QueueBacklog'] }),
    ],
    [
      'A excludes texts B matches',
      rule(5, { any: ['CertExpiry'], none: ['staging'] }),
      rule(0, { any: ['CertExpiry'] }),
    ],
    [
      'A only for some services',
      rule(5, { any: ['HighLatency'], services: ['checkout'] }),
      rule(0, { any: ['HighLatency'] }),
    ],
    ['A has a regex B lacks', rule(5, { any: ['api'], regex: ['5\\d\\d'] }), rule(0, { any: ['api'] })],
    ['B.any has a keyword A lacks', rule(5, { any: ['a-alert'] }), rule(0, { any: ['a-alert', 'b-alert'] })],
    ['different keywords', rule(5, { any: ['DiskFull'] }), rule(0, { any: ['DiskFullSoon'] })],
  ])('raises no false alarm when %s', (_name, a, b) => {
    expect(ruleShadows(a, b)).toBe(false);
  });

  it('calls rules ambiguous only when normalised rule sets and priorities are equal', () => {
    expect(
      rulesAmbiguous(
        rule(0, { any: ['DiskFull', 'disk full'] }),
        rule(0, { any: ['disk full', 'ｄｉｓｋｆｕｌｌ'] }),
      ),
    ).toBe(true);
    expect(rulesAmbiguous(rule(0, { any: ['DiskFull'] }), rule(1, { any: ['DiskFull'] }))).toBe(false);
    expect(
      rulesAmbiguous(rule(0, { any: ['DiskFull'] }), rule(0, { any: ['DiskFull'], none: ['dev'] })),
    ).toBe(false);
  });
});

describe('validateRunbooks on a bad directory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'oncall-validate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a directory that does not exist', async () => {
    const { problems, runbooks } = await validate('no-such-dir', dir);
    expect(runbooks).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'no-such-dir',
        line: 1,
        column: 1,
        severity: 'error',
        message: expect.stringMatching(/^runbook directory "no-such-dir" does not exist/),
      },
    ]);
  });

  it('reports a directory without runbooks', async () => {
    await writeFile(path.join(dir, 'README.md'), '# nothing here\n');
    const { problems } = await validate('.', dir);
    expect(problems.map((p) => [p.file, p.severity, p.message.slice(0, 28)])).toEqual([
      ['.', 'error', 'no runbooks found in ".": ex'],
    ]);
  });

  it('reports a file given instead of a directory', async () => {
    await writeFile(path.join(dir, 'x.yml'), 'id: x\n');
    const { problems } = await validate('x.yml', dir);
    expect(problems[0]!.message).toContain('is a file, not a directory');
  });

  it('reads remind_after and group_within as seconds and reports durations out of range where they are', async () => {
    const runbook = (id: string, extra: string) =>
      `id: ${id}\ntitle: ${id}\nurl: https://wiki.example/${id}\n${extra}match:\n  any: [${id}]\ntests:\n  match: [${id}]\n`;
    await writeFile(path.join(dir, 'ok.yml'), runbook('ok', 'remind_after: 5m\ngroup_within: 10m\n'));
    await writeFile(path.join(dir, 'short.yml'), runbook('short', 'remind_after: 30s\n'));
    await writeFile(path.join(dir, 'wide.yml'), runbook('wide', 'group_within: 2h\n'));
    const { problems, runbooks } = await validate('.', dir);
    const ok = runbooks.find((r) => r.id === 'ok');
    expect([ok?.remindAfterSeconds, ok?.groupWithinSeconds]).toEqual([300, 600]);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file, p.line, p.message])).toEqual([
      [
        'short.yml',
        4,
        'remind_after should be between 1m and 24h (how long nobody acknowledged), found "30s".',
      ],
      [
        'wide.yml',
        4,
        'group_within should be between 1m and 1h (how far back a storm is looked for), found "2h".',
      ],
    ]);
  });

  it('refuses an oversized file without parsing it', async () => {
    await writeFile(path.join(dir, 'big.yml'), `id: big\ntitle: "${'x'.repeat(300_000)}"\n`);
    const { problems } = await validate('.', dir);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^file is too large/)]);
  });

  it('reports doc paths that are absolute, outside the directory or not a file, and shares one check per document', async () => {
    const runbook = (id: string, doc: string) =>
      `id: ${id}\ntitle: T\ndoc: ${doc}\nmatch:\n  any: [${id}-alert]\ntests:\n  match: [${id}-alert]\n`;
    await mkdir(path.join(dir, 'rb', 'folder.md'), { recursive: true });
    await writeFile(path.join(dir, 'outside.md'), '# outside\n');
    await writeFile(path.join(dir, 'rb', 'shared.md'), '[gone](gone.md)\n');
    await writeFile(path.join(dir, 'rb', 'absolute.yml'), runbook('absolute', '/etc/passwd'));
    await writeFile(path.join(dir, 'rb', 'web.yml'), runbook('web', 'https://wiki.example.com/x'));
    await writeFile(path.join(dir, 'rb', 'outside.yml'), runbook('outside', '../outside.md'));
    await writeFile(path.join(dir, 'rb', 'folder.yml'), runbook('folder', 'folder.md'));
    await writeFile(path.join(dir, 'rb', 'shared-a.yml'), runbook('shared-a', 'shared.md'));
    await writeFile(path.join(dir, 'rb', 'shared-b.yml'), runbook('shared-b', 'shared.md'));
    const { problems } = await validate('rb', dir);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message.slice(0, 48)}`)).toEqual([
      'rb/absolute.yml:3:6 doc should be a path relative to the runbooks di',
      'rb/folder.yml:3:6 doc "folder.md" is not a file (rb/folder.md). Po',
      'rb/outside.yml:3:6 doc "../outside.md" points outside the runbooks ',
      'rb/shared.md:1:8 broken link: "gone.md" points to rb/gone.md, whi',
      'rb/web.yml:3:6 doc should be a path relative to the runbooks di',
    ]);
  });

  it('explains a failing test condition by condition, with the same matcher', async () => {
    await writeFile(
      path.join(dir, 'db.yml'),
      [
        'id: db',
        'title: DB',
        'url: https://wiki.example.com/db',
        'match:',
        '  any: [MysqlDown]',
        '  all: [mysql, primary]',
        '  none: [staging]',
        "  regex: ['db-\\d{1,3}']",
        'tests:',
        '  match: ["MysqlDown mysql staging replica"]',
        '',
      ].join('\n'),
    );
    const { problems } = await validate('.', dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(
      'tests.match[0] does not match this runbook: "MysqlDown mysql staging replica". Why: match.all keyword(s) missing: "primary"; it contains match.none keyword(s): "staging"; no match.regex pattern matches. Keywords match whole words after NFKC normalisation and case folding.',
    );
  });

  it('reads embedded tests as incident titles, the way match, preview and alert read them', async () => {
    await writeFile(
      path.join(dir, 'crash.yml'),
      [
        'id: crash',
        'title: Crash loop',
        'url: https://wiki.example.com/crash',
        'match:',
        "  regex: ['^KubePodCrashLooping\\b']",
        'tests:',
        '  match: ["[FIRING:1] payments (KubePodCrashLooping api warning)"]',
        '  no_match: ["[FIRING:1] KubePodNotReady (api)"]',
        '',
      ].join('\n'),
    );
    expect((await validate('.', dir)).problems).toEqual([]);
  });

  it('warns about phrases made only of generic words, and not about names, failures or verbatim monitor names', async () => {
    const keywords = [
      'SSL certificate',
      'Disk usage',
      'Connection refused',
      'CPU 使用率',
      'High CPU usage',
      'certificate expired',
      'HostOutOfDiskSpace',
      '(Host) Host Disk Usage',
      'too many connections',
      'ERROR 1040',
      'disk_used_percent',
      '決済エラー',
      'Envoy SSL certificate',
    ];
    await writeFile(
      path.join(dir, 'generic.yml'),
      [
        'id: generic',
        'title: Generic',
        'url: https://wiki.example.com/generic',
        'match:',
        '  any:',
        ...keywords.map((k) => `    - '${k}'`),
        '',
      ].join('\n'),
    );
    const problems = (await validate('.', dir)).problems.filter((p) => p.message.includes('too generic'));
    expect(problems.map((p) => [p.severity, p.line, p.message.slice(0, p.message.indexOf(' is '))])).toEqual([
      ['warning', 6, 'match.any[0] "SSL certificate"'],
      ['warning', 7, 'match.any[1] "Disk usage"'],
      ['warning', 8, 'match.any[2] "Connection refused"'],
      ['warning', 9, 'match.any[3] "CPU 使用率"'],
      ['warning', 10, 'match.any[4] "High CPU usage"'],
    ]);
    expect(problems[0]!.message).toContain(
      'every word of it ("ssl", "certificate") is common to alerts of many',
    );
  });

  it('warns about a regex that requires a space next to Japanese text, which normalised text never has', async () => {
    await writeFile(
      path.join(dir, 'cpu.yml'),
      [
        'id: cpu',
        'title: CPU',
        'url: https://wiki.example.com/cpu',
        'match:',
        "  regex: ['CPU\\s+使用率', 'CPU\\s*使用率', 'エラー (\\d+)']",
        'tests:',
        '  match: ["CPU 使用率が 95% です"]',
        '',
      ].join('\n'),
    );
    const { problems } = await validate('.', dir);
    expect(problems.map((p) => [p.severity, p.path, p.message.slice(0, 60)])).toEqual([
      ['warning', 'match.regex[0]', 'match.regex[0] requires a space next to Japanese text, but a'],
    ]);
  });

  it('tests a runbook limited to services as if the alert came from its first service', async () => {
    await writeFile(
      path.join(dir, 'pay.yml'),
      'id: pay\ntitle: Pay\nurl: https://x.example\nmatch:\n  any: [決済エラー]\n  services: [checkout-api]\ntests:\n  match: ["【本番】決済エラーが急増"]\n  no_match: ["決済レイテンシ"]\n',
    );
    expect((await validate('.', dir)).problems).toEqual([]);
  });

  it('never throws on random garbage files, and reports them', async () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pieces = [
      'id: ',
      'title: ',
      'match:\n',
      '  any: [',
      ']',
      '- ',
      '&a ',
      '*a',
      '<<: ',
      '__proto__: ',
      '!!binary ',
      '"',
      '\n',
      '  ',
      'tests:\n',
      '{',
      '}',
      ':',
      'x',
      '決済',
      '\t',
      '\u0000',
      'regex: ["(a+)+$"]\n',
    ];
    for (let f = 0; f < 40; f++) {
      let text = '';
      const n = Math.floor(random() * 40);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)];
      await writeFile(path.join(dir, `garbage-${f}.yml`), text);
    }
    await mkdir(path.join(dir, 'sub.yml'));
    const result = await validate('.', dir);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(['error', 'warning']).toContain(p.severity);
    }
  });
});

describe('files validate cannot check are reported, never skipped or followed', () => {
  let repo: string;
  let outside: string;
  const RUNBOOK = (id: string, extra = '') =>
    `id: ${id}\ntitle: T ${id}\nurl: https://wiki.example.com/${id}\n${extra}match:\n  any: [VerySpecificAlert${id}]\ntests:\n  match: ['VerySpecificAlert${id} fired']\n`;

  beforeEach(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'oncall-validate-special-'));
    outside = await mkdtemp(path.join(tmpdir(), 'oncall-validate-outside-'));
    await mkdir(path.join(repo, 'runbooks'));
    await writeFile(path.join(repo, 'runbooks', 'ok.yml'), RUNBOOK('ok'));
  });

  afterEach(async () => {
    await rm(repo, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  const check = () => validateRunbooks('runbooks', { cwd: repo, regexChecker });

  it('reports invalid UTF-8 with the place of the first bad byte instead of reading U+FFFD', async () => {
    const text = Buffer.from(RUNBOOK('latin1', 'owner: "Ren'), 'utf8');
    const withLatin1 = Buffer.concat([
      text.subarray(0, text.indexOf('match:')),
      Buffer.from([0xe9]),
      Buffer.from('e"\n', 'utf8'),
      text.subarray(text.indexOf('match:')),
    ]);
    await writeFile(path.join(repo, 'runbooks', 'latin1.yml'), withLatin1);
    const result = await check();
    expect(hasErrors(result)).toBe(true);
    expectProblems(result.problems, [
      ['runbooks/latin1.yml', 4, 12, 'error', 'not valid UTF-8: the byte 0xE9 at line 4, column 12'],
    ]);
    expect(result.runbooks.map((r) => r.id)).toEqual(['ok']);
  });

  it('places the bad byte of a broken multi-byte sequence at its first byte', async () => {
    // "障害" with the second character cut after its first two bytes, then ASCII.
    const bytes = Buffer.concat([
      Buffer.from('id: x\ntitle: 障', 'utf8'),
      Buffer.from([0xe5, 0xae]),
      Buffer.from('!\n', 'utf8'),
    ]);
    await writeFile(path.join(repo, 'runbooks', 'cut.yml'), bytes);
    const result = await check();
    expectProblems(result.problems, [
      ['runbooks/cut.yml', 2, 9, 'error', 'not valid UTF-8: the byte 0xE5 at line 2, column 9'],
    ]);
  });

  it('reports a symbolic link named *.yml, to a file outside the repository or inside it, without reading it', async () => {
    await writeFile(path.join(outside, 'secret.yml'), RUNBOOK('secret'));
    await symlink(path.join(outside, 'secret.yml'), path.join(repo, 'runbooks', 'secret.yml'));
    await symlink('ok.yml', path.join(repo, 'runbooks', 'alias.yml'));
    const result = await check();
    expectProblems(result.problems, [
      ['runbooks/alias.yml', 1, 1, 'error', 'not checked: this is a symbolic link.'],
      ['runbooks/secret.yml', 1, 1, 'error', 'not checked: this is a symbolic link.'],
    ]);
    expect(result.runbooks.map((r) => r.id)).toEqual(['ok']);
    expect(JSON.stringify(result)).not.toContain('VerySpecificAlertsecret');
  });

  it('reports a directory and a named pipe named *.yml (and never opens the pipe)', async () => {
    await mkdir(path.join(repo, 'runbooks', 'folder.yml'));
    execFileSync('mkfifo', [path.join(repo, 'runbooks', 'pipe.yml')]);
    const result = await check();
    expectProblems(result.problems, [
      ['runbooks/folder.yml', 1, 1, 'error', 'not checked: this is a directory, not a runbook file.'],
      [
        'runbooks/pipe.yml',
        1,
        1,
        'error',
        'not checked: this is a named pipe (FIFO), not a regular file, and it is never opened.',
      ],
    ]);
  });

  it('reports a directory of nothing but links instead of "no runbooks"', async () => {
    await rm(path.join(repo, 'runbooks', 'ok.yml'));
    await symlink('/etc/hostname', path.join(repo, 'runbooks', 'host.yml'));
    const result = await check();
    expectProblems(result.problems, [
      ['runbooks/host.yml', 1, 1, 'error', 'not checked: this is a symbolic link.'],
    ]);
  });

  it('rejects a doc that is a symbolic link or reached through one, and reads nothing outside', async () => {
    await writeFile(path.join(outside, 'notes.md'), '[x](missing-outside.md)\n');
    await symlink('/etc/hostname', path.join(repo, 'runbooks', 'host.md'));
    await symlink(outside, path.join(repo, 'runbooks', 'shared'));
    await writeFile(path.join(repo, 'runbooks', 'a.yml'), RUNBOOK('a', 'doc: host.md\n'));
    await writeFile(path.join(repo, 'runbooks', 'b.yml'), RUNBOOK('b', 'doc: shared/notes.md\n'));
    const result = await check();
    expectProblems(result.problems, [
      ['runbooks/a.yml', 4, 6, 'error', 'doc "host.md" is a symbolic link (runbooks/host.md)'],
      ['runbooks/b.yml', 4, 6, 'error', 'doc "shared/notes.md" leads outside the runbooks directory'],
    ]);
    expect(JSON.stringify(result.problems)).not.toContain('missing-outside');
  });

  it('reports a doc that is not valid UTF-8 at the bad byte', async () => {
    await writeFile(path.join(repo, 'runbooks', 'a.yml'), RUNBOOK('a', 'doc: a.md\n'));
    await writeFile(
      path.join(repo, 'runbooks', 'a.md'),
      Buffer.from([0x23, 0x20, 0x41, 0x0a, 0x62, 0xff, 0x0a]),
    );
    const result = await check();
    expectProblems(result.problems, [['runbooks/a.md', 2, 2, 'error', 'not valid UTF-8: the byte 0xFF']]);
  });
});
