import { describe, expect, it } from '@jest/globals';
import {
  checkRegexSyntax,
  findUnsupportedFeature,
  MAX_REGEX_LENGTH,
  RegexSafetyChecker,
  RULE_REGEX_FLAGS,
} from '../src/runbooks/regex-safety.js';
import { compileRuleRegex } from '../src/runbooks/matcher.js';

// One checker for the file: recheck warms up once, and each distinct pattern is analysed once.
const checker = new RegexSafetyChecker();

describe('rule regex safety', () => {
  it('checks with the flags the matcher compiles rule regexes with', () => {
    expect(RULE_REGEX_FLAGS).toBe(compileRuleRegex('x').flags);
  });

  it('uses recheck’s pure backend, as the bundle does', async () => {
    await checker.check('(a+)+$');
    expect(process.env.RECHECK_SYNC_BACKEND).toBe('pure');
  });

  it.each(['(a+)+$', '(a|a)*$', '^(\\w+\\s?)*$', '(x+x+)+y', '(\\d|\\d\\d)+$'])(
    'rejects %s as exponential backtracking within seconds (R1)',
    async (pattern) => {
      const started = performance.now();
      const finding = await checker.check(pattern);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(finding?.severity).toBe('error');
      expect(finding?.message).toMatch(
        /^unsafe regular expression: exponential backtracking, e\.g\. on '.+…/,
      );
    },
  );

  it('rejects cubic-or-worse polynomial backtracking', async () => {
    const finding = await checker.check('.*a.*b.*c');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(/^unsafe regular expression: \d+(rd|th)-degree polynomial backtracking/);
  });

  it('only warns about quadratic patterns, which capped alert texts keep cheap', async () => {
    const finding = await checker.check('disk.*full');
    expect(finding).toEqual({ severity: 'warning', message: expect.stringContaining('quadratic time') });
  });

  it.each([
    ['(disk)\\1', 'unsupported regular expression: backreference "\\1" at character 7'],
    ['(?<d>disk)\\k<d>', 'unsupported regular expression: named backreference "\\k<d>"'],
    ['disk(?=full)', 'unsupported regular expression: lookahead "(?="'],
    ['disk(?!less)', 'unsupported regular expression: lookahead "(?!"'],
    ['(?<=no )disk', 'unsupported regular expression: lookbehind "(?<="'],
    ['(?<!no )disk', 'unsupported regular expression: lookbehind "(?<!"'],
    ['(unclosed', 'invalid regular expression: /(unclosed/iu: Unterminated group'],
    ['\\p{Nope}', 'invalid regular expression'],
    ['', 'regular expression is empty'],
    [
      'x'.repeat(MAX_REGEX_LENGTH + 1),
      `too long: ${MAX_REGEX_LENGTH + 1} characters, the limit is ${MAX_REGEX_LENGTH}`,
    ],
  ])('rejects %s with the reason (R2)', (pattern, reason) => {
    const finding = checkRegexSyntax(pattern);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain(reason);
  });

  it.each(['[(?=]x', '\\(?=x\\)', '[\\1]?x', '\\\\1', '(?<name>disk) full', '(?:disk)'])(
    'does not mistake %s for lookaround or a backreference',
    (pattern) => {
      expect(findUnsupportedFeature(pattern)).toBeUndefined();
    },
  );

  it.each(['KubePod(CrashLooping|NotReady)', '5\\d\\d errors?', '^\\[FIRING:\\d+\\] Etcd'])(
    'accepts the safe pattern %s',
    async (pattern) => {
      expect(await checker.check(pattern)).toBeUndefined();
    },
  );

  it('checks each distinct pattern once, even when asked concurrently', async () => {
    const local = new RegexSafetyChecker();
    const first = local.check('(a+)+$');
    const again = Array.from({ length: 1000 }, () => local.check('(a+)+$'));
    expect(again.every((p) => p === first)).toBe(true);
    expect(await Promise.all(again)).toEqual(Array(1000).fill(await first));
  });

  it('refuses a pattern that cannot be analysed in time instead of letting it through', async () => {
    const impatient = new RegexSafetyChecker(RULE_REGEX_FLAGS, 1);
    const finding = await impatient.check('^(?:[a-z0-9]+[._-]?)+@example\\.(?:com|org|net)$');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(/could not be proven safe|unsafe regular expression/);
  });
});
