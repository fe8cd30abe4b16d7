import { describe, expect, it } from '@jest/globals';
import { seededRandom } from '../src/fakes/random.js';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkSync } from 'recheck';
import { provablyLinear } from '../src/runbooks/regex-linear.js';
import { RegexVerdictFile, REGEX_CACHE_FORMAT } from '../src/runbooks/regex-cache.js';
import {
  RECHECK_VERSION,
  REGEX_CHECKER_VERSION,
  RegexSafetyChecker,
  RULE_REGEX_FLAGS,
  type RegexVerdictStore,
} from '../src/runbooks/regex-safety.js';

// Every pattern the other tests and fixtures reject or warn about, plus classic ReDoS and quadratic shapes.
const NOT_LINEAR = [
  '(a+)+$',
  '(a|a)*$',
  '^(\\w+\\s?)*$',
  '(x+x+)+y',
  '(\\d|\\d\\d)+$',
  '.*a.*b.*c',
  'disk.*full',
  '^(?:[a-z0-9]+[._-]?)+@example\\.(?:com|org|net)$',
  'a*b',
  '\\s*=',
  'a\\w*b',
  'x\\s*\\s*y',
  'x\\s+\\s+y',
  'k\\w+',
  '[^x]+y',
  'ab+b',
  'a[ab]+',
  'a.*',
  'a\\d*\\d',
  'x[Kk]*k',
  'error:\\s*\\S+\\s*$',
];

// Shapes real rules have; all provable.
const COMMON = [
  'max_connections\\s*=\\s*\\d+',
  'disk[ _-]+full',
  'connections=\\d{1,5}',
  '5\\d\\d',
  '^KubePodCrashLooping\\b',
  '^disk full$',
  '\\(>\\d+%\\)',
  'db-\\d{1,3}',
  '決済.エラー',
  'oom[ _-]?killed',
  'latency\\s*>\\s*\\d+ms',
  'error\\s+1040',
];

/** Flat patterns from a pool of overlapping and disjoint items: the shapes the proof decides about. */
function randomFlatPatterns(count: number): string[] {
  const items = [
    'a',
    'b',
    'K',
    's',
    '=',
    ' ',
    '\\s',
    '\\d',
    '\\w',
    '\\W',
    '[ _-]',
    '[a-c]',
    '[^a]',
    '.',
    'x',
  ];
  const quantifiers = ['', '', '*', '+', '?', '{1,3}', '{2,}', '{2}'];
  const next = seededRandom(7);
  const out = new Set<string>();
  while (out.size < count) {
    const length = 1 + Math.floor(next() * 5);
    let pattern = next() < 0.2 ? '^' : '';
    for (let i = 0; i < length; i++) {
      pattern +=
        items[Math.floor(next() * items.length)]! + quantifiers[Math.floor(next() * quantifiers.length)]!;
    }
    out.add(pattern);
  }
  return [...out];
}

function recheckVerdict(pattern: string): string {
  const diagnostics = checkSync(pattern, RULE_REGEX_FLAGS, { timeout: 20_000, checker: 'automaton' });
  if (diagnostics.status !== 'vulnerable') return diagnostics.status;
  const c = diagnostics.complexity;
  return c.type === 'exponential' ? 'exponential' : `polynomial ${c.degree}`;
}

describe('provablyLinear', () => {
  it.each(NOT_LINEAR)('does not claim %s is linear', (pattern) => {
    expect(provablyLinear(pattern)).toBe(false);
  });

  it.each(COMMON)('proves the common shape %s linear', (pattern) => {
    expect(provablyLinear(pattern)).toBe(true);
  });

  it('agrees with recheck on every pattern it proves linear, and recheck rejects the ones listed as not linear', () => {
    process.env.RECHECK_SYNC_BACKEND ??= 'pure';
    const random = randomFlatPatterns(200);
    // recheck needs seconds for long literals (the reason for the quick proof), so the long common ones stay out.
    const proven = [...COMMON.filter((p) => p.length <= 16), ...random.filter(provablyLinear)];
    // The random corpus must exercise both answers, or agreement would prove little.
    expect(proven.length).toBeGreaterThan(30);
    expect(random.filter((p) => !provablyLinear(p)).length).toBeGreaterThan(100);
    const verdicts = proven.map((p) => [p, recheckVerdict(p)]);
    expect(verdicts.filter(([, v]) => v !== 'safe')).toEqual([]);
    // The classic ReDoS and quadratic shapes above are indeed vulnerable (a timeout would not count).
    const unsafe = ['(a+)+$', '.*a.*b.*c', 'disk.*full', 'a*b', 'a\\w*b', 'x\\s*\\s*y'];
    expect(
      unsafe.map((p) => [
        p,
        recheckVerdict(p).startsWith('polynomial') || recheckVerdict(p) === 'exponential',
      ]),
    ).toEqual(unsafe.map((p) => [p, true]));
  }, 120_000);
});

describe('RegexSafetyChecker with the quick proof and a verdict store', () => {
  it('accepts the schema example max_connections\\s*=\\s*\\d+ without waiting for recheck', async () => {
    // A 1 ms budget is far too little for recheck on this pattern: only the quick proof can accept it.
    const impatient = new RegexSafetyChecker(RULE_REGEX_FLAGS, 1);
    expect(await impatient.check('max_connections\\s*=\\s*\\d+')).toBeUndefined();
    expect(await impatient.check('disk[ _-]+full')).toBeUndefined();
  });

  it('still rejects the unsafe patterns, and takes a kept verdict instead of analysing again', async () => {
    const kept = new Map<string, string>();
    const store: RegexVerdictStore = {
      get: (pattern) =>
        pattern === '5xx[ _-]?(error|rate)' ? { severity: 'warning', message: 'kept verdict' } : undefined,
      set: (pattern, _flags, finding) => void kept.set(pattern, finding?.severity ?? 'safe'),
    };
    const checker = new RegexSafetyChecker(RULE_REGEX_FLAGS, undefined, store);
    expect((await checker.check('(a+)+$'))?.severity).toBe('error');
    expect(await checker.check('5xx[ _-]?(error|rate)')).toEqual({
      severity: 'warning',
      message: 'kept verdict',
    });
    expect(await checker.check('disk[ _-]+full')).toBeUndefined();
    // Only recheck's verdicts are stored; proven and syntax verdicts are cheap to reach again.
    expect([...kept]).toEqual([['(a+)+$', 'error']]);
  });

  it('never stores a timeout, which depends on the machine', async () => {
    const kept: string[] = [];
    const store: RegexVerdictStore = { get: () => undefined, set: (pattern) => void kept.push(pattern) };
    const impatient = new RegexSafetyChecker(RULE_REGEX_FLAGS, 1, store);
    const finding = await impatient.check('^(?:[a-z0-9]+[._-]?)+@example\\.(?:com|org|net)$');
    expect(finding?.message).toMatch(/could not be proven safe/);
    expect(kept).toEqual([]);
  });

  it('keys verdicts by the installed recheck version', () => {
    const installed = JSON.parse(readFileSync('node_modules/recheck/package.json', 'utf8')) as {
      version: string;
    };
    expect(RECHECK_VERSION).toBe(installed.version);
    expect(REGEX_CHECKER_VERSION).toContain(`recheck@${installed.version}`);
  });
});

describe('RegexVerdictFile', () => {
  it('writes verdicts sorted, reads them back, and ignores a file from another checker version', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'oncall-regex-cache-'));
    try {
      const file = path.join(dir, 'cache', 'verdicts.json');
      const first = await RegexVerdictFile.load(file);
      expect(first.size).toBe(0);
      first.set('b(c|d)', 'iu', null);
      first.set('(a+)+$', 'iu', { severity: 'error', message: 'unsafe' });
      await first.save();
      const written = JSON.parse(await readFile(file, 'utf8')) as { verdicts: { pattern: string }[] };
      expect(written).toMatchObject({ format: REGEX_CACHE_FORMAT, checker: REGEX_CHECKER_VERSION });
      expect(written.verdicts.map((v) => v.pattern)).toEqual(['(a+)+$', 'b(c|d)']);

      const second = await RegexVerdictFile.load(file);
      expect(second.get('b(c|d)', 'iu')).toBeNull();
      expect(second.get('(a+)+$', 'iu')).toEqual({ severity: 'error', message: 'unsafe' });
      expect(second.get('(a+)+$', 'u')).toBeUndefined();

      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace(REGEX_CHECKER_VERSION, 'recheck@0.0.1/oncall-1'),
      );
      expect((await RegexVerdictFile.load(file)).size).toBe(0);
      await writeFile(file, '{not json');
      expect((await RegexVerdictFile.load(file)).size).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
