import { describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Spy on timingSafeEqual while keeping the real implementation, to prove the comparison is the constant-time one.
const realCrypto = await import('node:crypto');
const timingSafeEqual = jest.fn(realCrypto.timingSafeEqual);
jest.unstable_mockModule('node:crypto', () => ({ ...realCrypto, timingSafeEqual }));
const { parseSecrets, signBody, verifySignature } = await import('../src/relay/signature.js');

const body = readFileSync(
  join(process.cwd(), '__tests__', 'fixtures', 'webhooks', 'incident.triggered.json'),
);
const secret = 'whsec_current_0123456789';
const oldSecret = 'whsec_previous_9876543210';
const good = signBody(body, secret);
const bad = `v1=${'0'.repeat(64)}`;

describe('X-PagerDuty-Signature verification', () => {
  it.each([
    ['a single good signature', good, [secret], 'valid'],
    ['W1: a bad then a good v1 value (PagerDuty rotating its secret)', `${bad},${good}`, [secret], 'valid'],
    ['a good then a bad value, with spaces', ` ${good} , ${bad} `, [secret], 'valid'],
    [
      'our rotation: the request is signed with the old secret',
      signBody(body, oldSecret),
      [secret, oldSecret],
      'valid',
    ],
    ['our rotation: signed with the new secret', good, [oldSecret, secret], 'valid'],
    ['a signature made with another secret', signBody(body, 'someone-else'), [secret, oldSecret], 'mismatch'],
    ['only bad values', `${bad},v1=${'f'.repeat(64)}`, [secret], 'mismatch'],
    ['W3: no header', undefined, [secret], 'missing'],
    ['W3: an empty header', '', [secret], 'missing'],
    ['W3: a bare hex digest without v1=', good.slice(3), [secret], 'malformed'],
    ['W3: a truncated digest', good.slice(0, 40), [secret], 'malformed'],
    ['W3: non-hex characters', `v1=${'z'.repeat(64)}`, [secret], 'malformed'],
    ['W3: only an unknown scheme', `v2=${'a'.repeat(64)}`, [secret], 'malformed'],
    ['an unknown scheme beside a good v1', `v2=abc,${good}`, [secret], 'valid'],
    ['a two-digit future scheme beside a good v1', `v10=abc,${good}`, [secret], 'valid'],
    ['W3: a null header', null, [secret], 'missing'],
    ['W3: a header of blanks only', '  \t ', [secret], 'missing'],
    ['empty items between and after good values', `${good},,${bad},`, [secret], 'valid'],
    ['W3: junk before a good v1', `junk,${good}`, [secret], 'malformed'],
    ['W3: junk ahead of a scheme-like text', `xv2=abc,${good}`, [secret], 'malformed'],
    ['W3: a good v1 with a prefix', `x${good}`, [secret], 'malformed'],
    ['W3: a good v1 with extra hex after it', `${good}00`, [secret], 'malformed'],
  ] as const)('%s → %s', (_name, header, secrets, expected) => {
    expect(verifySignature(body, header, secrets)).toBe(expected);
  });

  it('W2: rejects the body when one byte changed (the raw bytes are verified, not a re-serialisation)', () => {
    const changed = Buffer.from(body);
    const at = changed.indexOf('KubePodCrashLooping');
    changed[at] = 'k'.charCodeAt(0);
    expect(verifySignature(changed, good, [secret])).toBe('mismatch');
    // Re-serialising the same JSON changes the bytes too: only the bytes as received are signed.
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(body.toString('utf8'))));
    expect(verifySignature(reserialised, good, [secret])).toBe('mismatch');
  });

  it('W3: compares every candidate with crypto.timingSafeEqual on 32-byte buffers, even after a match', () => {
    timingSafeEqual.mockClear();
    expect(verifySignature(body, `${good},${bad}`, [secret, oldSecret])).toBe('valid');
    expect(timingSafeEqual).toHaveBeenCalledTimes(4);
    for (const [a, b] of timingSafeEqual.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
  });

  it('splits the secret setting on commas and drops blanks', () => {
    expect(parseSecrets(' new , old,,')).toEqual(['new', 'old']);
    expect(parseSecrets(undefined)).toEqual([]);
  });
});
