/**
 * Typed errors. Callers branch on `instanceof`, never on message text.
 * Every message says where, what was expected and what was found, and how to fix it when we know.
 */
export class OncallError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad input or configuration (flags, action inputs, files): the user must change something. */
export class ConfigError extends OncallError {}

/** Credentials were refused (HTTP 401/403, Slack `invalid_auth`): retrying cannot help. */
export class AuthError extends OncallError {}

/** The remote asked us to slow down for longer than our budget allows. */
export class RateLimitedError extends OncallError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A failure worth retrying later (5xx, network error, timeout): nothing was decided. */
export class TransientError extends OncallError {}

/** The remote answered, but with something we do not accept (wrong shape, unexpected status). */
export class RemoteError extends OncallError {}

/** Runbooks failed validation; nothing may be built or published from them. */
export class ValidationFailedError extends OncallError {}

/** Turns anything thrown into a message fit for a log line. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  // Errors from another realm (vm contexts, workers) fail instanceof but still carry a message.
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  ) {
    return (error as { message: string }).message;
  }
  return JSON.stringify(error);
}
