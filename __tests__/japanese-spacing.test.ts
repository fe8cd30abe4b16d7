import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../src/runbooks/matcher.js';
import { createNaiveMatcher } from '../src/runbooks/naive-matcher.js';
import { normalizeText, regexRequiresSpaceByJapanese } from '../src/runbooks/normalize.js';
import type { IndexedRunbook } from '../src/runbooks/types.js';

const IDEOGRAPHIC_SPACE = '\u3000';
const WRITINGS = [
  'CPU使用率',
  'CPU 使用率',
  `CPU${IDEOGRAPHIC_SPACE}使用率`,
  `ＣＰＵ${IDEOGRAPHIC_SPACE}使用率`,
  'CPU\t使用率',
];

function runbook(any: string): IndexedRunbook {
  return {
    id: 'cpu',
    title: 'CPU',
    priority: 0,
    match: { any: [any], all: [], none: [], regex: [], services: [] },
  };
}

describe('spacing next to Japanese', () => {
  it.each(WRITINGS)('normalises %j to cpu使用率', (text) => {
    expect(normalizeText(text)).toBe('cpu使用率');
  });

  it.each(WRITINGS.flatMap((keyword) => WRITINGS.map((text) => [keyword, text] as const)))(
    'keyword %j matches the alert %j (both matchers)',
    (keyword, text) => {
      const alert = { text: `[FIRING:1] DB の ${text} が 90% を超えました` };
      expect(
        createMatcher([runbook(keyword)])
          .match(alert)
          .map((m) => m.id),
      ).toEqual(['cpu']);
      expect(
        createNaiveMatcher([runbook(keyword)])
          .match(alert)
          .map((m) => m.id),
      ).toEqual(['cpu']);
    },
  );

  it('removes spaces between Japanese words and between Japanese and digits', () => {
    expect(normalizeText('ディスク 使用率 90 パーセント')).toBe('ディスク使用率90パーセント');
  });

  it('keeps spaces between Latin words, next to punctuation, and line breaks', () => {
    expect(normalizeText('Disk full 使用率 > 90%\nCPU 高負荷')).toBe('disk full使用率 > 90%\ncpu高負荷');
  });

  it('keeps the keyword boundary: a Latin keyword next to Japanese still matches, inside a longer word not', () => {
    const m = createMatcher([runbook('CPU')]);
    expect(m.match({ text: 'DBのCPU 使用率' })).toHaveLength(1);
    expect(m.match({ text: 'DBのCPUS 使用率' })).toHaveLength(0);
  });
});

describe('regexRequiresSpaceByJapanese', () => {
  it.each([
    ['CPU 使用率', true],
    ['CPU\\s+使用率', true],
    ['使用率 \\d+%', true],
    ['CPU\\s*使用率', false],
    ['使用率 ?90', false],
    ['エラー (\\d+)', false],
    ['disk\\s+full', false],
  ])('%j → %j', (source, expected) => {
    expect(regexRequiresSpaceByJapanese(source)).toBe(expected);
  });
});
