/**
 * `X-PagerDuty-Signature` verification. PagerDuty signs the raw request body with HMAC-SHA256 and sends
 * `v1=<hex>`; while a secret is being rotated the header holds several comma-separated `v1=` values, and we may hold
 * several secrets ourselves. Any pair that matches accepts the request.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'mismatch';

const V1 = /^v1=([0-9a-fA-F]{64})$/;

/** `a, b,,c` → `['a','b','c']`: the form PAGERDUTY_WEBHOOK_SECRET takes during a rotation. */
export function parseSecrets(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The header value PagerDuty would send for `body` signed with `secret` (tests, the sandbox, the benchmark). */
export function signBody(body: string | Uint8Array, secret: string): string {
  return `v1=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Checks the header against the raw body bytes. Never says which secret matched or failed. Every candidate is
 * compared with `timingSafeEqual` on 32-byte buffers, and every comparison runs even after a match, so the time
 * taken does not depend on where (or whether) the correct signature appears.
 */
export function verifySignature(
  rawBody: Uint8Array,
  header: string | null | undefined,
  secrets: readonly string[],
): SignatureCheck {
  if (header === null || header === undefined || header.trim() === '') return 'missing';
  const provided: Buffer[] = [];
  for (const part of header.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const match = V1.exec(item);
    if (match) provided.push(Buffer.from(match[1]!, 'hex'));
    // Other schemes (a future `v2=`) are skipped, not fatal: PagerDuty may send both during a migration.
    else if (!/^v\d+=/.test(item)) return 'malformed';
  }
  if (provided.length === 0) return 'malformed';
  let ok = false;
  for (const secret of secrets) {
    const expected = createHmac('sha256', secret).update(rawBody).digest();
    for (const candidate of provided) {
      if (timingSafeEqual(expected, candidate)) ok = true;
    }
  }
  return ok ? 'valid' : 'mismatch';
}
