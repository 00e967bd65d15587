import { REDACTED, SECRET_FIELDS } from "./secret";

/** One thing wrong with the stack configuration, at a config key path. */
export interface ConfigProblem {
  /** Key path as a user would type it for `pulumi config set --path`, e.g. `session.idleTimeout`. */
  readonly path: string;
  /** What is allowed and what was received, e.g. `must be between 5m and 1d; received "2d"`. */
  readonly message: string;
}

/**
 * Raised when the configuration is invalid. Carries every problem found, so the
 * user fixes them all in one go; its message is one line per problem, no stack.
 */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(formatProblems(problems));
    this.name = "ConfigError";
    this.problems = problems;
  }
}

export function formatProblems(problems: readonly ConfigProblem[]): string {
  const lines = problems.map((p) => `  ${p.path}: ${p.message}`);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [`invalid stack configuration (${count}):`, ...lines].join("\n");
}

const PLAIN_SEGMENT = /^[A-Za-z_$][\w$-]*$/;

/**
 * Joins a key path the way `pulumi config set --path` spells it:
 * `identity.providers[0].clientId`, `api.scopes["orders.read"]`. Keys that are not plain
 * identifiers are quoted, so a key holding a dot or a newline cannot forge another path or line.
 */
export function joinPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_SEGMENT.test(String(segment))) out += out === "" ? String(segment) : `.${String(segment)}`;
    else out += `[${escapeText(JSON.stringify(String(segment)))}]`;
  }
  return out;
}

const MAX_SHOWN = 80;
/** Provider fields that never hold a secret; a string under any other provider key is not shown. */
const SAFE_PROVIDER_FIELDS = new Set([
  "type",
  "name",
  "clientId",
  "issuer",
  "metadataUrl",
  "teamId",
  "keyId",
  "scopes",
  "attributeMapping",
  "signRequests",
  "idpSignOut",
]);

/** Where a value sits relative to the identity providers, which are where secrets live. */
type Place = "anywhere" | "providerList" | "provider" | "unknownProviderField";

/**
 * Renders a received value for an error message: JSON, cut when long, with control and
 * bidirectional characters escaped, and never a secret: secret fields are redacted wherever
 * they sit inside the value, and a string that may be a misplaced secret (a bare provider, or
 * a provider key that is not a known field) is described instead of shown.
 */
export function showReceived(value: unknown, path = ""): string {
  if (value === undefined) return "nothing";
  const place = placeOf(path);
  if (SECRET_FIELDS.has(lastKey(path))) return REDACTED;
  if (typeof value === "string" && (place === "provider" || place === "unknownProviderField")) {
    return `a string of ${value.length} characters (not shown: it may be a secret)`;
  }
  let text: string;
  try {
    text = JSON.stringify(redact(value, place)) ?? String(value);
  } catch {
    text = String(value);
  }
  text = escapeText(text);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text;
}

function lastKey(path: string): string {
  return (
    path
      .split(/[.[\]"]/)
      .filter((s) => s !== "" && !/^\d+$/.test(s))
      .pop() ?? ""
  );
}

function placeOf(path: string): Place {
  const match = /^identity\.providers(\[\d+\])?(?:\.([A-Za-z_$][\w$-]*)|\["[^"]*"\])?/.exec(path);
  if (!match || (path !== match[0] && !match[2] && !path.startsWith(`${match[0]}[`))) return "anywhere";
  if (!match[1]) return path === "identity.providers" ? "providerList" : "anywhere";
  const field = match[2];
  if (match[0] === path && !field && !path.endsWith('"]')) return "provider";
  return field && SAFE_PROVIDER_FIELDS.has(field) ? "anywhere" : "unknownProviderField";
}

/** A copy with every secret field replaced, and strings that may be misplaced secrets hidden. */
function redact(value: unknown, place: Place): unknown {
  if (typeof value === "string")
    return place === "anywhere" || place === "providerList" ? value : "[not shown]";
  if (Array.isArray(value))
    return value.map((item) => redact(item, place === "providerList" ? "provider" : place));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (SECRET_FIELDS.has(key)) return [key, REDACTED];
      if (place === "provider")
        return [key, redact(inner, SAFE_PROVIDER_FIELDS.has(key) ? "anywhere" : "unknownProviderField")];
      if (place === "anywhere" && key === "providers") return [key, redact(inner, "providerList")];
      return [key, redact(inner, place === "providerList" ? "provider" : place)];
    }),
  );
}

/** Escapes what JSON leaves raw but a terminal would act on: bidirectional overrides and isolates. */
function escapeText(text: string): string {
  return text.replace(
    /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Builds `must be …; received …` for a value at a path. */
export function problem(path: string, allowed: string, received: unknown): ConfigProblem {
  return { path, message: `${allowed}; received ${showReceived(received, path)}` };
}

/** The closest candidate to a mistyped key, when it is close enough to be a likely typo. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(input.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
