import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { joinPath } from "./problems";

/**
 * The paths of every `secure:` value in a stack settings document (`Pulumi.<stack>.yaml`), in the
 * project's namespace, spelled as `pulumi config set --path` spells them
 * (`identity.providers[1].clientSecret`). Pulumi hands a program only which top-level keys hold
 * some secret; the stack file is where each value's own secrecy is written down.
 */
export function securePaths(document: unknown, project: string): Set<string> {
  const found = new Set<string>();
  const config = (document as { config?: unknown } | null)?.config;
  if (typeof config !== "object" || config === null) return found;
  const walk = (value: unknown, at: PropertyKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...at, i]);
      });
    } else if (typeof value === "object" && value !== null) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === "secure") found.add(joinPath(at));
      else for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
    }
  };
  for (const [fullKey, value] of Object.entries(config)) {
    const key = fullKey.includes(":")
      ? fullKey.startsWith(`${project}:`)
        ? fullKey.slice(project.length + 1)
        : undefined
      : fullKey;
    if (key !== undefined) walk(value, [key]);
  }
  return found;
}

/** The secure paths of a stack settings file, or undefined when it cannot be read as YAML. */
export function readSecurePaths(file: string, project: string): Set<string> | undefined {
  try {
    return securePaths(parse(readFileSync(file, "utf8")), project);
  } catch {
    return undefined;
  }
}
