/** Session data: a JSON object. */
export type SessionData = Record<string, unknown>;

/** A session as stored. `revision` is what a later `save` must be based on. */
export interface Session<T extends SessionData = SessionData> {
  id: string;
  /** The signed-in user, or undefined for an anonymous session. */
  userId: string | undefined;
  data: T;
  revision: number;
  /** Start of the absolute window (sign-in), by the Redis clock. */
  createdAt: Date;
  /** Last read or write, by the Redis clock. */
  lastAccessAt: Date;
  /** When the session ends unless used again: the earliest of idle, absolute and cookie expiry. */
  expiresAt: Date;
  /** When the session ends at the latest. */
  absoluteExpiresAt: Date;
}

/** One of a user's sessions as `listForUser` shows it: a reference, never the session ID. */
export interface SessionSummary<T extends SessionData = SessionData> {
  /** Stable reference for `destroyForUser` and logs (16 characters of SHA-256 of the ID). */
  ref: string;
  createdAt: Date;
  lastAccessAt: Date;
  expiresAt: Date;
  data: T;
}

/** Options of a write that comes with a cookie. */
export interface CookieOptions {
  /**
   * The cookie's remaining lifetime in milliseconds: the session ends no later than the cookie
   * (what connect-redis and @fastify/session do with `cookie.expires`). @default undefined
   */
  expiresInMs?: number;
}

/** Why a session ended when a read found it gone. */
export type EndReason = "idle" | "absolute" | "cookie" | "revoked";

/**
 * Lifecycle events for audit logs (OWASP ASVS 7). `ref` is a hash of the session ID, never the
 * ID. `expired` is reported when a read finds a session ended (idle, absolute or cookie
 * deadline passed, or its user's index revoked or evicted).
 */
export type SessionEvent =
  | { type: "created"; ref: string; userId: string | undefined }
  | { type: "rotated"; ref: string; previousRef: string; userId: string | undefined }
  | { type: "revoked"; ref: string; userId: string | undefined; reason: "sign-out" | "cap" }
  | { type: "revoked"; userId: string; reason: "all" | "others"; count: number }
  | { type: "expired"; ref: string; userId: string | undefined; reason: EndReason };
