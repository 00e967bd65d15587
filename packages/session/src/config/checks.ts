import { ConfigError } from "../errors.js";

/** Throws unless `value` is an integer in `[min, max]`. */
export function checkInteger(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(
      field,
      `must be an integer between ${min} and ${max} (inclusive); received ${show(value)}`,
    );
  }
  return value;
}

/** Throws unless `value` is a non-empty string. */
export function checkString(field: string, value: unknown): string {
  if (typeof value !== "string" || value.length === 0) {
    throw new ConfigError(field, `must be a non-empty string; received ${show(value)}`);
  }
  return value;
}

/** Throws unless `value` is one of `allowed`. */
export function checkOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) {
    throw new ConfigError(field, `must be one of ${allowed.join(", ")}; received ${show(value)}`);
  }
  return match;
}

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]", "::1"] as const;

/** True for the local host, where plaintext HTTP and Redis are tolerated (tests, development). */
export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.some((loopback) => loopback === host);
}

/** Throws unless `value` is an absolute https URL (http only for loopback hosts). */
export function checkUrl(field: string, value: unknown): URL {
  const text = checkString(field, value);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(field, `must be an absolute URL; received ${show(text)}`);
  }
  if (url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url.hostname))) {
    return url;
  }
  throw new ConfigError(field, `must use https (http only for localhost); received ${show(text)}`);
}

/** Renders a received value for an error message, shortened so no large blob is echoed. */
export function show(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
