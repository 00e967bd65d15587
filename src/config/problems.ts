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

/** Joins a key path the way `pulumi config set --path` spells it: `identity.providers[0].clientId`. */
export function joinPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

const MAX_SHOWN = 80;

/**
 * Renders a received value for an error message: JSON-ish, cut when long,
 * and never the value of a secret field.
 */
export function showReceived(value: unknown, path = ""): string {
  const last =
    path
      .split(/[.[\]]/)
      .filter(Boolean)
      .pop() ?? "";
  if (SECRET_FIELDS.has(last)) return value === undefined ? "nothing" : REDACTED;
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text;
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
