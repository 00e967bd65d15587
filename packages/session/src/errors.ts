/**
 * Error types the library throws. Messages name the failed check or field and
 * the value received, and never contain a token, a session ID or a secret.
 */

/** A configuration value a user supplied is out of range or malformed. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    /** Dotted path of the offending field, e.g. `sessionStore.port`. */
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** The checks a token goes through, in order; `TokenVerificationError.check` names the one that failed. */
export const TOKEN_CHECKS = [
  "format",
  "algorithm",
  "jwks",
  "key",
  "signature",
  "issuer",
  "expired",
  "not_before",
  "audience",
  "client_id",
  "token_use",
  "scope",
] as const;
export type TokenCheck = (typeof TOKEN_CHECKS)[number];

/**
 * A bearer token was rejected. `status` is 401, or 403 for missing scopes, or 503 when keys
 * are unreachable (then `retryAfterSeconds` says when the next fetch may happen). The message
 * is for server logs: it can name configured values, so it is never sent to clients.
 */
export class TokenVerificationError extends Error {
  override readonly name = "TokenVerificationError";
  readonly status: 401 | 403 | 503;
  constructor(
    readonly check: TokenCheck,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(`token rejected (${check}): ${message}`);
    this.status = check === "scope" ? 403 : check === "jwks" ? 503 : 401;
  }
}

/** Why the session store refused a request. */
export const UNAVAILABLE_REASONS = ["connection", "read-only", "timeout", "auth", "full", "unknown"] as const;
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

const REASON_TEXT: Record<UnavailableReason, string> = {
  connection: "Redis is unreachable",
  "read-only": "Redis answered as a read-only replica (failover in progress)",
  timeout: "Redis did not answer in time; the outcome of a write is unknown",
  auth: "Redis refused the credentials",
  full: "Redis is out of memory and has nothing left to evict",
  unknown: "Redis returned an unexpected error",
};

/**
 * The session store cannot be used right now. The request is refused (fail
 * closed): no session is created or assumed. The client reconnects by itself.
 * `code` is never `ENOENT`, so express-session does not mistake it for "no session".
 */
export class SessionStoreUnavailableError extends Error {
  override readonly name = "SessionStoreUnavailableError";
  readonly code = "SESSION_STORE_UNAVAILABLE";
  readonly status = 503;
  constructor(
    readonly reason: UnavailableReason,
    options?: { cause?: unknown },
  ) {
    super(`session store unavailable: ${REASON_TEXT[reason]}; the request was refused`, options);
  }
}

/** A write carried a stale revision: another request changed the session first. Nothing was written. */
export class SessionConflictError extends Error {
  override readonly name = "SessionConflictError";
  readonly code = "SESSION_CONFLICT";
  readonly status = 409;
  constructor(
    readonly expectedRevision: number,
    readonly actualRevision: number,
  ) {
    super(
      `session changed concurrently: write based on revision ${expectedRevision} but the store holds revision ${actualRevision}; nothing was written`,
    );
  }
}

/** A write targeted a session that was destroyed, revoked or expired. It is not recreated. */
export class SessionGoneError extends Error {
  override readonly name = "SessionGoneError";
  readonly code = "SESSION_GONE";
  readonly status = 401;
  constructor() {
    super("session no longer exists (signed out, revoked or expired); it was not recreated");
  }
}

/** A stored session is not a JSON object: it was not written by this library. It is not used. */
export class SessionDataError extends Error {
  override readonly name = "SessionDataError";
  readonly code = "SESSION_DATA";
  readonly status = 500;
  constructor(detail: string) {
    super(`stored session is unusable (${detail}); it was not written by this library`);
  }
}

/** A write tried to attach a different user to an existing session ID (session fixation). */
export class SessionUserChangeError extends Error {
  override readonly name = "SessionUserChangeError";
  readonly code = "SESSION_USER_CHANGE";
  readonly status = 400;
  constructor() {
    super("session user changed without a new session ID: rotate the session (regenerate) on sign-in");
  }
}
