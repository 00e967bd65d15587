import { SessionStoreUnavailableError, type UnavailableReason } from "../errors.js";

const PATTERNS: ReadonlyArray<readonly [RegExp, UnavailableReason]> = [
  [/READONLY|You can't write against a read only replica/, "read-only"],
  [/NOAUTH|WRONGPASS|NOPERM|invalid username-password/, "auth"],
  [/Command timed out/, "timeout"],
  [/^OOM /, "full"],
  [
    /Connection is closed|Stream isn't writeable|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|max retries per request|LOADING|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|Socket closed|Cluster isn't ready|None of startup nodes|Failed to refresh slots|Too many Cluster redirections/i,
    "connection",
  ],
];

/**
 * Maps any Redis client failure to `SessionStoreUnavailableError` (fail closed).
 * The original message is kept as the cause; the command and its arguments
 * (session IDs, data) are not.
 */
export function toUnavailable(error: unknown): SessionStoreUnavailableError {
  if (error instanceof SessionStoreUnavailableError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  const reason = PATTERNS.find(([pattern]) => pattern.test(message))?.[1] ?? "unknown";
  return new SessionStoreUnavailableError(reason, { cause: new Error(message.slice(0, 200)) });
}
