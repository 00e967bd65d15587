import { z } from "zod";
import { DURATION_PATTERN, parseDuration } from "../duration";
import { SecretString } from "../secret";

/** A duration such as "15m", "12h" or "30d", parsed to seconds. */
export const duration = () =>
  z
    .string({ error: 'must be a duration such as "90s", "15m", "12h" or "30d"' })
    .regex(DURATION_PATTERN, { error: 'must be a duration such as "90s", "15m", "12h" or "30d"' })
    .transform((text) => parseDuration(text) ?? { text, seconds: 0 });

/** An https:// URL of at most 1024 characters (Cognito's limit for callback URLs). */
export const httpsUrl = () =>
  z
    .string({ error: "must be an https:// URL" })
    .max(1024, { error: "must be an https:// URL of at most 1024 characters" })
    .refine(isHttpsUrl, { error: "must be an https:// URL" });

/** A browser origin for CORS: `https://host[:port]`, no path, query or wildcard. */
export const origin = () =>
  z
    .string({ error: "must be an https origin such as https://app.example.com (no path, query or wildcard)" })
    .max(1024)
    .refine(isHttpsOrigin, {
      error: "must be an https origin such as https://app.example.com (no path, query or wildcard)",
    });

/** A lowercase DNS name such as login.example.co.kr. */
export const hostname = () =>
  z
    .string({ error: "must be a DNS name such as login.example.co.kr" })
    .regex(/^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
      error: "must be a lowercase DNS name such as login.example.co.kr",
    });

/** Prefix of the session store's keys, e.g. `sess:`. */
export const keyPrefix = () =>
  z
    .string({ error: "must be 1..32 letters, digits, or _ : . -, such as sess:" })
    .regex(/^[\w:.-]{1,32}$/, { error: "must be 1..32 letters, digits, or _ : . -, such as sess:" });

/**
 * A redirect URL: https everywhere, plus http only for localhost (development) and app schemes
 * for native apps: reverse-DNS ones (`com.example.app:/callback`, RFC 8252 7.1) and short ones
 * such as `myapp://callback`, which Cognito documents as valid callbacks (CreateUserPoolClient,
 * CallbackURLs). Schemes a browser acts on by itself (javascript, data, file, ...) are refused.
 */
export const redirectUrl = () =>
  z
    .string({ error: "must be a URL" })
    .max(1024, { error: "must be a URL of at most 1024 characters" })
    .refine(isRedirectUrl, {
      error:
        "must be an https:// URL, http://localhost for development, or an app scheme (com.example.app:/callback, myapp://callback)",
    });

export const email = () =>
  z.string({ error: "must be an e-mail address" }).max(254).email({ error: "must be an e-mail address" });

/** A non-empty string secret, carried as a SecretString so it never prints. */
export const secret = () =>
  z
    .string({ error: "must be a non-empty secret string" })
    .min(1, { error: "must be a non-empty secret string" })
    .transform((value) => new SecretString(value));

/** A short identifier: lowercase letters, digits and hyphens, starting with a letter. */
export const slug = (max: number) =>
  z
    .string({ error: `must be 1..${max} lowercase letters, digits or hyphens, starting with a letter` })
    .regex(new RegExp(`^[a-z][a-z0-9-]{0,${max - 1}}$`), {
      error: `must be 1..${max} lowercase letters, digits or hyphens, starting with a letter`,
    })
    .refine((s) => !s.endsWith("-") && !s.includes("--"), {
      error: "must not end with a hyphen or contain two hyphens in a row",
    });

/** An OAuth scope name as written in config, e.g. `orders.read`. */
export const scopeName = () =>
  z.string({ error: "must be a scope name such as orders.read" }).regex(/^[a-z][a-z0-9._-]{0,63}$/, {
    error: "must be a scope name of 1..64 lowercase letters, digits, dots, hyphens or underscores",
  });

/** Printable text without control characters, for display names and descriptions. */
export const text = (max: number) =>
  z
    .string({ error: `must be text of 1..${max} characters` })
    .min(1, { error: `must be text of 1..${max} characters` })
    .max(max, { error: `must be text of 1..${max} characters` })
    .refine((s) => !/\p{Cc}/u.test(s), { error: "must not contain control characters" });

export function isHttpsUrl(value: string): boolean {
  const url = safeUrl(value);
  return url !== undefined && url.protocol === "https:" && url.hostname !== "" && url.username === "";
}

function isHttpsOrigin(value: string): boolean {
  const url = safeUrl(value);
  return (
    url !== undefined && isHttpsUrl(value) && url.origin === value.replace(/\/$/, "") && !value.includes("*")
  );
}

function isRedirectUrl(value: string): boolean {
  const url = safeUrl(value);
  if (url === undefined) return false;
  if (url.username !== "" || url.hash !== "") return false;
  if (url.protocol === "https:") return url.hostname !== "";
  if (url.protocol === "http:") return url.hostname === "localhost" || url.hostname === "127.0.0.1";
  const scheme = url.protocol.slice(0, -1);
  return /^[a-z][a-z0-9+.-]*$/.test(scheme) && !BROWSER_SCHEMES.has(scheme);
}

/** Schemes that are not an app's: the browser (or the OS) handles them itself. */
const BROWSER_SCHEMES: ReadonlySet<string> = new Set([
  "about",
  "blob",
  "data",
  "file",
  "filesystem",
  "ftp",
  "javascript",
  "mailto",
  "tel",
  "vbscript",
  "view-source",
  "ws",
  "wss",
]);

function safeUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
