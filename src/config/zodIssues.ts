import type { z } from "zod";
import { type ConfigProblem, joinPath, problem, suggest } from "./problems";
import { CLOUDS } from "./schema/root";
import { allowedKeys, isRecord, keysOf, schemaAt } from "./schemaWalk";

type Issue = z.core.$ZodIssue & { input?: unknown };
type AnySchema = z.core.$ZodType;

/**
 * Turns zod's issues into config problems that name the key, the value received
 * and what is allowed. `schema` is used to list the keys allowed where an unknown one was found.
 */
export function problemsFromIssues(
  issues: readonly Issue[],
  schema: AnySchema,
  root: unknown,
): ConfigProblem[] {
  const seen = new Set<string>();
  return issues
    .filter((issue) => !isSafeIntegerNoise(issue))
    .flatMap((issue) => fromIssue(issue, schema, root))
    .filter((p) => {
      // One problem per key: the first says what is allowed; the rest repeat it in other words.
      const key = `${p.path}\u0000${p.message.startsWith("unknown key") ? p.message : ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** zod adds "within the safe integer range" beside the real bound; the real bound is the useful one. */
function isSafeIntegerNoise(issue: Issue): boolean {
  return (
    (issue.code === "too_big" || issue.code === "too_small") &&
    Math.abs(Number(issue.code === "too_big" ? issue.maximum : issue.minimum)) === Number.MAX_SAFE_INTEGER
  );
}

function fromIssue(issue: Issue, schema: AnySchema, root: unknown): ConfigProblem[] {
  const path = joinPath(issue.path);
  const received = issue.input;
  const custom = issue.message.startsWith("must ") ? issue.message : undefined;
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => unknownKey(issue.path, key, allowedKeys(schema, issue.path, root)));
    case "invalid_type":
      if (received === undefined)
        return [{ path, message: `is required (${custom ?? `must be ${article(issue.expected)}`})` }];
      return [problem(path, custom ?? `must be ${article(issue.expected)}`, received)];
    case "invalid_value":
      return [problem(path, custom ?? oneOf(issue.values, received), received)];
    case "invalid_union":
      if ("discriminator" in issue && typeof issue.discriminator === "string") {
        const options = "options" in issue && Array.isArray(issue.options) ? issue.options : [];
        const value = isRecord(received) ? received[issue.discriminator] : received;
        const at =
          issue.path.at(-1) === issue.discriminator ? path : joinPath([...issue.path, issue.discriminator]);
        if (value === undefined)
          return [
            {
              path: at,
              message: `is required (must be one of ${options.map((o) => JSON.stringify(o)).join(", ")})`,
            },
          ];
        return [problem(at, `must be one of ${options.map((o) => JSON.stringify(o)).join(", ")}`, value)];
      }
      return unionProblems(issue, schema, root);
    case "too_small":
      return [problem(path, custom ?? bound("at least", issue.origin, issue.minimum), received)];
    case "too_big":
      return [problem(path, custom ?? bound("at most", issue.origin, issue.maximum), received)];
    case "invalid_key": {
      const inner = issue.issues[0]?.message;
      const allowed = inner?.startsWith("must ") ? inner : "must be a plain name";
      return [problem(path, allowed.replace(/^must be/, "must be a key that is"), issue.path.at(-1))];
    }
    case "invalid_format":
      if (custom) return [problem(path, custom, received)];
      return [
        problem(
          path,
          issue.format === "regex" && "pattern" in issue
            ? `must match the pattern ${String(issue.pattern)}`
            : `must be a valid ${issue.format}`,
          received,
        ),
      ];
    case "not_multiple_of":
      return [problem(path, custom ?? `must be a multiple of ${String(issue.divisor)}`, received)];
    default:
      return [problem(path, custom ?? `is not valid (${issue.message})`, received)];
  }
}

function unknownKey(at: readonly PropertyKey[], key: string, allowed: readonly string[]): ConfigProblem {
  const path = joinPath([...at, key]);
  if (at.length === 0 && (CLOUDS as readonly string[]).includes(key)) {
    return { path, message: `is only read when cloud is "${key}"; remove it or set cloud: ${key}` };
  }
  const guess = suggest(key, allowed);
  const hint = guess ? `did you mean "${guess}"? ` : "";
  return { path, message: `unknown key; ${hint}allowed keys: ${allowed.join(", ")}` };
}

function bound(word: string, origin: string, limit: number | bigint): string {
  switch (origin) {
    case "string":
      return `must be ${word} ${limit} characters long`;
    case "array":
    case "set":
      return `must have ${word} ${limit} ${Number(limit) === 1 ? "item" : "items"}`;
    default:
      return `must be ${word} ${limit}`;
  }
}

function article(type: string): string {
  if (type === "object" || type === "record" || type === "map") return "a map of keys to values";
  if (type === "array") return "a list";
  if (type === "int") return "a whole number";
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * The problems of a union no option accepted. An option whose kind the value has (a map for a
 * map) is what the user meant: its own problems name the innermost key. When the value has none
 * of the options' kinds, the problem lists them all.
 */
function unionProblems(
  issue: Issue & { code: "invalid_union" },
  schema: AnySchema,
  root: unknown,
): ConfigProblem[] {
  const branches = "errors" in issue && Array.isArray(issue.errors) ? (issue.errors as Issue[][]) : [];
  const wrongKind = (errors: readonly Issue[]) =>
    errors.some((e) => e.path.length === 0 && (e.code === "invalid_type" || e.code === "invalid_value"));
  const meant = branches.filter((errors) => !wrongKind(errors)).sort((a, b) => a.length - b.length)[0];
  if (meant !== undefined) {
    return meant.flatMap((e) => fromIssue({ ...e, path: [...issue.path, ...e.path] } as Issue, schema, root));
  }
  const options = (
    schemaAt(schema, issue.path, root, false)?._zod.def as unknown as { options?: AnySchema[] }
  )?.options;
  const kinds = branches.map((errors, i) => {
    const e = errors.find((x) => x.path.length === 0);
    if (e?.code === "invalid_value") return e.values.map((v) => JSON.stringify(v)).join(" or ");
    const keys = options?.[i] ? keysOf(options[i]) : [];
    if (e?.code === "invalid_type" && e.expected === "object" && keys.length > 0)
      return `a map with ${keys.join(", ")}`;
    return e?.code === "invalid_type" ? article(e.expected) : "another shape";
  });
  return [problem(joinPath(issue.path), `must be ${kinds.join(" or ")}`, issue.input)];
}

/**
 * "must be one of ...": when a number or boolean is refused whose text is allowed ("60" for 60),
 * the YAML needs quotes, and the message says so.
 */
function oneOf(values: readonly unknown[], received: unknown): string {
  const list = `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}`;
  const quoted =
    (typeof received === "number" || typeof received === "boolean") && values.includes(String(received));
  return quoted ? `${list} (text: write "${String(received)}" in quotes)` : list;
}
