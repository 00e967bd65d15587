import { randomBytes } from "node:crypto";

/** Bytes of CSPRNG output per session ID: 256 bits, twice the 128-bit minimum. */
export const SESSION_ID_BYTES = 32;

/** 32..128 base64url characters: at least 192 bits (express-session's own generator yields 32). */
const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;

/** A new session ID: 32 bytes from the OS CSPRNG, base64url (43 characters). */
export function newSessionId(): string {
  return randomBytes(SESSION_ID_BYTES).toString("base64url");
}

/** True when `id` has the shape of a CSPRNG session ID; anything else is never looked up. */
export function isSessionId(id: unknown): id is string {
  return typeof id === "string" && SESSION_ID_PATTERN.test(id);
}
