import { SECRET_SHOWN, UNKNOWN_SHOWN } from "../plan/model";
import type { CheckedResource } from "./checks";
import type { Constraint } from "./constraints";

/** A value found at a concrete path, e.g. `rules[2].priority`. */
export interface Located {
  readonly path: string;
  readonly value: unknown;
}

/**
 * The values at `input` in a resource's inputs; `[]` walks every item of a list
 * (`rules[].priority`). Absent values are left out, and so are values the plan cannot
 * know (`[unknown]`, `[secret]`): the provider checks those once they are known.
 */
export function valuesAt(props: Readonly<Record<string, unknown>>, input: string): Located[] {
  let found: Located[] = [{ path: "", value: props }];
  for (const part of input.split(".")) {
    const list = part.endsWith("[]");
    const key = list ? part.slice(0, -2) : part;
    found = found.flatMap(({ path, value }) => {
      if (typeof value !== "object" || value === null) return [];
      const inner = (value as Record<string, unknown>)[key];
      const at = path ? `${path}.${key}` : key;
      if (!list) return inner === undefined ? [] : [{ path: at, value: inner }];
      return Array.isArray(inner) ? inner.map((item, i) => ({ path: `${at}[${i}]`, value: item })) : [];
    });
  }
  return found.filter(({ value }) => value !== UNKNOWN_SHOWN && value !== SECRET_SHOWN);
}

type Base = Pick<Constraint, "id" | "type" | "input" | "source">;

/** A constraint from a test of each value at `input` (`problem` returns why it fails, or undefined). */
export function eachValue(
  base: Base & { readonly rule: string },
  problem: (value: unknown, resource: CheckedResource) => string | undefined,
): Constraint {
  return {
    ...base,
    violations: (resource) =>
      valuesAt(resource.props, base.input).flatMap(({ path, value }) => {
        const why = problem(value, resource);
        return why === undefined ? [] : [`${path} ${why}`];
      }),
  };
}

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);

/** An integer in `min..max` (inclusive). */
export function integerIn(base: Base, min: number, max: number): Constraint {
  return eachValue(
    { ...base, rule: `an integer in ${min.toLocaleString("en")}..${max.toLocaleString("en")}` },
    (value) =>
      Number.isInteger(value) && (value as number) >= min && (value as number) <= max
        ? undefined
        : `is ${shown(value)}`,
  );
}

/** One of a closed set of values. */
export function oneOf(base: Base, allowed: readonly unknown[]): Constraint {
  return eachValue({ ...base, rule: `one of ${allowed.map(shown).join(", ")}` }, (value) =>
    allowed.includes(value) ? undefined : `is ${shown(value)}`,
  );
}

/** A string matching a pattern, with a readable name for the pattern. */
export function matches(base: Base, pattern: RegExp, described: string): Constraint {
  return eachValue({ ...base, rule: `${described} (${pattern.source})` }, (value) =>
    typeof value === "string" && pattern.test(value) ? undefined : `is ${shown(value)}`,
  );
}

/** A string of `min..max` characters. */
export function lengthIn(base: Base, min: number, max: number): Constraint {
  return eachValue({ ...base, rule: `a string of ${min}..${max} characters` }, (value) =>
    typeof value === "string" && value.length >= min && value.length <= max
      ? undefined
      : typeof value === "string"
        ? `has ${value.length} characters`
        : `is ${shown(value)}`,
  );
}

/** A list of at most `max` items. */
export function atMostItems(base: Base, max: number): Constraint {
  return eachValue({ ...base, rule: `a list of at most ${max} items` }, (value) =>
    Array.isArray(value) && value.length > max ? `has ${value.length} items` : undefined,
  );
}

/** An input that must be set: missing (or null) is a violation; a value the plan cannot know holds. */
export function present(base: Base, rule = "set"): Constraint {
  return {
    ...base,
    rule,
    violations: (resource) => {
      const parts = base.input.split(".");
      let node: unknown = resource.props;
      for (const part of parts) {
        if (typeof node !== "object" || node === null) return [`${base.input} is missing`];
        node = (node as Record<string, unknown>)[part];
      }
      return node === undefined || node === null ? [`${base.input} is missing`] : [];
    },
  };
}

/** A JSON document of at most `maxLength` characters. */
export function jsonText(base: Base, maxLength: number): Constraint {
  return eachValue(
    { ...base, rule: `a JSON document of at most ${maxLength.toLocaleString("en")} characters` },
    (value) => {
      if (typeof value !== "string") return `is ${shown(value)}`;
      try {
        JSON.parse(value);
      } catch {
        return "is not valid JSON";
      }
      return value.length > maxLength ? `has ${value.length} characters` : undefined;
    },
  );
}

/** A boolean (true or false). */
export function isBoolean(base: Base): Constraint {
  return eachValue({ ...base, rule: "true or false" }, (value) =>
    typeof value === "boolean" ? undefined : `is ${shown(value)}`,
  );
}
