import { createHash, randomBytes } from "node:crypto";

/** Bytes of CSPRNG output per session ID: 256 bits, twice the 128-bit minimum. */
export const SESSION_ID_BYTES = 32;

/**
 * Characters at the start of a session ID that name its Redis Cluster hash tag: every key a
 * session script touches carries `{tag}`, so they all hash to one slot. A signed-in session's
 * tag is its user's tag (see `userTag`), so all of a user's sessions and their index share a slot.
 */
export const TAG_LENGTH = 12;

/** 32..128 base64url characters: at least 192 bits (express-session's own generator yields 32). */
const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * A new session ID: 32 bytes from the OS CSPRNG, base64url (43 characters), after `tag` when
 * given (a signed-in session: `userTag(...)`, 12 more characters).
 */
export function newSessionId(tag = ""): string {
  return tag + randomBytes(SESSION_ID_BYTES).toString("base64url");
}

/** True when `id` has the shape of a CSPRNG session ID; anything else is never looked up. */
export function isSessionId(id: unknown): id is string {
  return typeof id === "string" && SESSION_ID_PATTERN.test(id);
}

/** The hash tag of a session: the first 12 characters of its ID. */
export function tagOf(id: string): string {
  return id.slice(0, TAG_LENGTH);
}

/**
 * The hash tag of a user's sessions: 72 bits of SHA-256 over the key prefix and the user ID,
 * base64url. It only places keys; it grants nothing (a session is found by its whole ID).
 */
export function userTag(keyPrefix: string, userId: string): string {
  return createHash("sha256")
    .update(`${keyPrefix}\u0000${userId}`, "utf8")
    .digest("base64url")
    .slice(0, TAG_LENGTH);
}

/** A short, non-reversible reference to a session for logs and lists (never the ID itself). */
export function sessionRef(id: string): string {
  return createHash("sha256").update(id, "utf8").digest("base64url").slice(0, 16);
}
