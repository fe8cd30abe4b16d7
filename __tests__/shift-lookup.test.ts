/**
 * The bounded history search against a reference: a plain scan of every message. Histories are generated from a
 * seeded generator (dense bursts, quiet stretches, matches anywhere); the reader pages newest first like Slack.
 */
import { describe, expect, it } from '@jest/globals';
import { seededRandom as prng } from '../src/fakes/random.js';
import { findEarliestMessage, slackTs, toMicros, type ReadHistoryPage } from '../src/shift/lookup.js';
import type { HistoryMessage } from '../src/slack/types.js';

/** Messages with increasing whole-second-and-micro timestamps, written out as Slack strings. */
function history(random: () => number, count: number, startSeconds: number): HistoryMessage[] {
  const out: HistoryMessage[] = [];
  let micros = startSeconds * 1_000_000;
  for (let i = 0; i < count; i++) {
    // Bursts (a few microseconds apart) and gaps (up to an hour).
    micros += random() < 0.7 ? 1 + Math.floor(random() * 50) : Math.floor(random() * 3_600_000_000);
    const ts = `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
    out.push({ ts, text: random() < 0.002 ? 'match' : `m${i}` });
  }
  return out;
}

/** Slack's `conversations.history` over a list: inclusive range, newest first, `limit` per page, a cursor if more. */
function reader(messages: HistoryMessage[], calls: { n: number }): ReadHistoryPage {
  return async ({ oldest, latest, limit }) => {
    calls.n += 1;
    const low = toMicros(oldest);
    const high = toMicros(latest);
    const inRange = messages.filter((m) => toMicros(m.ts) >= low && toMicros(m.ts) <= high).reverse();
    return {
      messages: inRange.slice(0, limit),
      ...(inRange.length > limit ? { nextCursor: 'more' } : {}),
    };
  };
}

describe('findEarliestMessage', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('finds what a full scan finds (seed %i)', async (seed) => {
    const random = prng(seed);
    const messages = history(random, 3000, 1_780_000_000);
    const first = messages[0]!.ts;
    const last = messages[messages.length - 1]!.ts;
    const matches = (m: HistoryMessage) => m.text === 'match';
    const expected = messages.find(matches);
    const calls = { n: 0 };
    const found = await findEarliestMessage(reader(messages, calls), first, last, matches, { maxCalls: 500 });
    expect(found?.ts).toBe(expected?.ts);
  });

  it('reaches an early match behind 10,000 later messages in few calls', async () => {
    const early: HistoryMessage = { ts: '1780621620.000000', text: 'match' };
    const later = Array.from({ length: 10_000 }, (_, i) => ({
      ts: `${1780621621 + Math.floor(i / 20)}.${String((i % 20) * 1000).padStart(6, '0')}`,
      text: `chatter ${i}`,
    }));
    const calls = { n: 0 };
    const found = await findEarliestMessage(
      reader([early, ...later], calls),
      slackTs(new Date('2026-06-05T00:00:00Z')),
      slackTs(new Date('2026-06-06T02:00:00Z')),
      (m) => m.text === 'match',
    );
    expect(found?.ts).toBe(early.ts);
    expect(calls.n).toBeLessThanOrEqual(25);
  });

  it('fails with a clear error instead of guessing when the call budget runs out', async () => {
    const messages = Array.from({ length: 5000 }, (_, i) => ({
      ts: `1780621620.${String(i).padStart(6, '0')}`,
      text: `m${i}`,
    }));
    await expect(
      findEarliestMessage(reader(messages, { n: 0 }), '1780621620.000000', '1780621621.000000', () => false, {
        maxCalls: 5,
        describe: 'the search for the post',
      }),
    ).rejects.toThrow(
      'Slack history: the search for the post read 5 pages of channel history between 1780621620.000000 and ' +
        '1780621621.000000 without finishing; nothing was written so as not to write twice. The channel is ' +
        'unusually busy: re-run later',
    );
  });

  it('a range of one instant is read, and an empty range is not', async () => {
    const messages: HistoryMessage[] = [{ ts: '1780621620.000100', text: 'match' }];
    const calls = { n: 0 };
    const read = reader(messages, calls);
    const isMatch = (m: HistoryMessage) => m.text === 'match';
    expect((await findEarliestMessage(read, '1780621620.000100', '1780621620.000100', isMatch))?.ts).toBe(
      '1780621620.000100',
    );
    expect(calls.n).toBe(1);
    expect(
      await findEarliestMessage(read, '1780621620.000101', '1780621620.000100', isMatch),
    ).toBeUndefined();
    expect(calls.n).toBe(1);
  });

  it('the first page of a busy range is kept when nothing older matches', async () => {
    const messages = Array.from({ length: 450 }, (_, i) => ({
      ts: `1780621620.${String(i * 10).padStart(6, '0')}`,
      text: i === 400 ? 'match' : `m${i}`,
    }));
    const found = await findEarliestMessage(
      reader(messages, { n: 0 }),
      '1780621620.000000',
      '1780621621.000000',
      (m) => m.text === 'match',
    );
    expect(found?.ts).toBe('1780621620.004000');
  });

  it('a range that fits in one page costs one call', async () => {
    const messages = Array.from({ length: 150 }, (_, i) => ({
      ts: `1780621620.${String(i * 10).padStart(6, '0')}`,
      text: i === 20 ? 'match' : `m${i}`,
    }));
    const calls = { n: 0 };
    const found = await findEarliestMessage(
      reader(messages, calls),
      '1780621600.000000',
      '1780621700.000000',
      (m) => m.text === 'match',
    );
    expect(found?.ts).toBe('1780621620.000200');
    expect(calls.n).toBe(1);
  });

  it('finds a match at the very first microsecond of a range packed one message per microsecond', async () => {
    const messages = Array.from({ length: 201 }, (_, i) => ({
      ts: `1780621620.${String(i).padStart(6, '0')}`,
      text: i === 0 ? 'match' : `m${i}`,
    }));
    const found = await findEarliestMessage(
      reader(messages, { n: 0 }),
      '1780621620.000000',
      '1780621621.000000',
      (m) => m.text === 'match',
    );
    expect(found?.ts).toBe('1780621620.000000');
  });

  it('takes no match from just before the range, however the range is split', async () => {
    const before: HistoryMessage = { ts: '1780621619.999999', text: 'match' };
    const packed = Array.from({ length: 201 }, (_, i) => ({
      ts: `1780621620.${String(i).padStart(6, '0')}`,
      text: `m${i}`,
    }));
    const found = await findEarliestMessage(
      reader([before, ...packed], { n: 0 }),
      '1780621620.000000',
      '1780621621.000000',
      (m) => m.text === 'match',
    );
    expect(found).toBeUndefined();
  });

  it('names the lookup in its error when the caller did not', async () => {
    const messages = Array.from({ length: 500 }, (_, i) => ({
      ts: `1780621620.${String(i).padStart(6, '0')}`,
      text: `m${i}`,
    }));
    await expect(
      findEarliestMessage(reader(messages, { n: 0 }), '1780621620.000000', '1780621621.000000', () => false, {
        maxCalls: 1,
      }),
    ).rejects.toThrow('Slack history: the lookup read 1 pages of channel history');
  });

  /** The earliest message with the text "match" in a fixed range around the messages below. */
  const earliestMatchOf = (messages: HistoryMessage[]) =>
    findEarliestMessage(
      reader(messages, { n: 0 }),
      '1780621600.000000',
      '1780621700.000000',
      (m) => m.text === 'match',
    );

  it('a thread parent counts', async () => {
    const found = await earliestMatchOf([
      { ts: '1780621610.000000', threadTs: '1780621610.000000', text: 'match' },
      { ts: '1780621620.000002', text: 'match' },
    ]);
    expect(found?.ts).toBe('1780621610.000000');
  });

  it('ignores thread replies', async () => {
    const found = await earliestMatchOf([
      { ts: '1780621620.000001', threadTs: '1780621600.000000', text: 'match' },
      { ts: '1780621620.000002', text: 'match' },
    ]);
    expect(found?.ts).toBe('1780621620.000002');
  });
});

describe('Slack ts arithmetic', () => {
  it.each([
    ['1780621620.000100', 1780621620000100n],
    ['1780621620.1', 1780621620100000n],
    ['1780621620', 1780621620000000n],
    // Digits past the microsecond are not Slack's; they are cut, not read as more microseconds.
    ['1780621620.0001009', 1780621620000100n],
  ])('reads %s exactly', (ts, micros) => {
    expect(toMicros(ts)).toBe(micros);
  });

  it('writes a Date with microseconds', () => {
    expect(slackTs(new Date('2026-06-05T01:07:00.123Z'))).toBe('1780621620.123000');
    expect(slackTs(new Date('2026-06-05T01:07:00.001Z'))).toBe('1780621620.001000');
  });
});
