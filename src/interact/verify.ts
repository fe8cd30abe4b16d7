/**
 * Slack request verification. Slack signs every request it sends to an app: `X-Slack-Signature: v0=<hex>` is the
 * HMAC-SHA256 of `v0:<X-Slack-Request-Timestamp>:<raw body>` under the app's signing secret. The timestamp is inside
 * the signed string, so a captured request stops being accepted once it is older than the freshness window; within
 * the window, the caller's replay memory (see RecentEvents) keeps it from acting twice.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's SDKs refuse requests whose timestamp is more than 5 minutes from their clock. */
export const SLACK_FRESHNESS_MS = 5 * 60 * 1000;

export type SlackSignatureCheck = 'valid' | 'missing' | 'malformed' | 'stale' | 'mismatch';

const V0 = /^v0=([0-9a-f]{64})$/;
const TIMESTAMP = /^\d{1,12}$/;

/** The `X-Slack-Signature` Slack would send for `body` at `timestamp` (Unix seconds): tests and the sandbox. */
export function signSlackRequest(
  body: string | Uint8Array,
  secret: string,
  timestamp: number | string,
): string {
  const mac = createHmac('sha256', secret).update(`v0:${timestamp}:`);
  mac.update(body);
  return `v0=${mac.digest('hex')}`;
}

/**
 * Checks a request against every signing secret (several during a rotation). Every secret is compared, with
 * `timingSafeEqual` on equal-length buffers, even after a match, so the time taken says nothing about which secret
 * matched or how close a guess was. Freshness is judged on `nowMs` (the relay's clock) before any HMAC is computed.
 */
export function verifySlackRequest(
  rawBody: Uint8Array,
  headers: { timestamp: string | null; signature: string | null },
  secrets: readonly string[],
  nowMs: number,
  freshnessMs = SLACK_FRESHNESS_MS,
): SlackSignatureCheck {
  const timestamp = headers.timestamp?.trim() ?? '';
  const signature = headers.signature?.trim() ?? '';
  if (timestamp === '' || signature === '') return 'missing';
  if (!TIMESTAMP.test(timestamp)) return 'malformed';
  const match = V0.exec(signature);
  if (!match) return 'malformed';
  if (Math.abs(nowMs - Number(timestamp) * 1000) > freshnessMs) return 'stale';
  const provided = Buffer.from(match[1]!, 'hex');
  let ok = false;
  for (const secret of secrets) {
    const expected = createHmac('sha256', secret).update(`v0:${timestamp}:`).update(rawBody).digest();
    if (timingSafeEqual(expected, provided)) ok = true;
  }
  return ok ? 'valid' : 'mismatch';
}
