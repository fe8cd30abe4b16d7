
// src/errors.ts
var OncallError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var ConfigError = class extends OncallError {
};
var AuthError = class extends OncallError {
};
var RateLimitedError = class extends OncallError {
  constructor(message, retryAfterMs, options) {
    super(message, options);
    this.retryAfterMs = retryAfterMs;
  }
  retryAfterMs;
};
var TransientError = class extends OncallError {
};
var RemoteError = class extends OncallError {
};
var ValidationFailedError = class extends OncallError {
};
function describeError(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null && typeof error.message === "string") {
    return error.message;
  }
  return JSON.stringify(error);
}

export {
  OncallError,
  ConfigError,
  AuthError,
  RateLimitedError,
  TransientError,
  RemoteError,
  ValidationFailedError,
  describeError
};
