import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ConfigError } from "../../src/config/problems";
import { platformConfig } from "../../src/config/schema/root";
import { exampleValues, settingsOf, validateStack } from "../support/harness";

type Def = Record<string, unknown> & { type: string };
type Path = Array<string | number>;
const defOf = (schema: unknown) => (schema as z.core.$ZodType)._zod.def as unknown as Def;

/** Every union in the schema, by key path (`0` for a list item, `*` for any key of a map). */
function unionsIn(schema: unknown, path: Path = []): Array<{ path: Path; def: Def }> {
  const def = defOf(schema);
  switch (def.type) {
    case "union":
      return [{ path, def }, ...(def.options as unknown[]).flatMap((option) => unionsIn(option, path))];
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, inner]) =>
        unionsIn(inner, [...path, key]),
      );
    case "array":
      return unionsIn(def.element, [...path, 0]);
    case "record":
      return unionsIn(def.valueType, [...path, "*"]);
    case "pipe":
      return unionsIn(def.in, path);
    default:
      return def.innerType ? unionsIn(def.innerType, path) : [];
  }
}

const UNIONS = unionsIn(platformConfig).filter(
  // An option shared by both clouds is found once per cloud: keep one.
  (u, i, all) => all.findIndex((v) => v.path.join(".") === u.path.join(".")) === i,
);

const PROVIDER = { "aws:region": "ap-northeast-2", "azure-native:location": "koreacentral" };

/** The problem lines of a configuration: the example stack's values with `change` applied. */
async function problemsOf(cloud: "aws" | "azure", change: (values: Record<string, unknown>) => void) {
  const values = exampleValues(cloud);
  change(values);
  try {
    await validateStack(settingsOf(values, { providerConfig: PROVIDER, secretKeys: ["identity"] }));
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((p) => `${p.path}: ${p.message}`);
  }
}

function at(values: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], values);
}

function set(values: unknown, path: Path, value: unknown): void {
  const parent = at(values, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = value;
}

const joined = (path: Path) =>
  path
    .map((k) => (typeof k === "number" ? `[${k}]` : `.${k}`))
    .join("")
    .slice(1);

/** For each union, where an example stack holds one, and a value of a kind none of its options takes. */
const WRONG: Record<string, { cloud: "aws" | "azure"; path: Path; value: unknown; line: string }> = {
  "": {
    cloud: "aws",
    path: ["cloud"],
    value: "gcp",
    line: 'cloud: must be one of "aws", "azure"; received "gcp"',
  },
  "identity.providers.0": {
    cloud: "aws",
    path: ["identity", "providers", 0, "type"],
    value: "okta",
    line: 'identity.providers[0].type: must be one of "google", "facebook", "amazon", "linkedin", "microsoft", "apple", "oidc", "saml"; received "okta"',
  },
  "azure.sessionStore.persistence": {
    cloud: "azure",
    path: ["azure", "sessionStore", "persistence"],
    value: "hourly",
    line: 'azure.sessionStore.persistence: must be false or a map with storageAccountId, frequency; received "hourly"',
  },
};

describe("GIVEN every union in the configuration schema, found by walking it", () => {
  it("THEN there are exactly the unions this test knows a wrong value for", () => {
    expect(UNIONS.map((u) => u.path.join("."))).toEqual(Object.keys(WRONG));
  });

  it.each(Object.entries(WRONG))(
    "WHEN %j gets a value none of its options takes THEN one line names the key and what is allowed",
    async (_union, wrong) => {
      expect(await problemsOf(wrong.cloud, (v) => set(v, wrong.path, wrong.value))).toEqual([wrong.line]);
    },
  );

  // Inside the option the user meant, each key of the example's value, given a number where it
  // takes something else (or text where it takes a number), is named itself: never the union.
  const leaves = UNIONS.filter((u) => u.path.length > 0).flatMap((u) =>
    (["aws", "azure"] as const).flatMap((cloud) => {
      const values = exampleValues(cloud);
      // A union that is a list's item has one instance per item; any other, at most one.
      const instances: Path[] =
        u.path.at(-1) === 0
          ? ((at(values, u.path.slice(0, -1)) as unknown[] | undefined) ?? []).map((_, i) => [
              ...u.path.slice(0, -1),
              i,
            ])
          : at(values, u.path) === undefined
            ? []
            : [u.path];
      return instances.flatMap((path) => {
        const instance = at(values, path);
        if (typeof instance !== "object" || instance === null) return [];
        return Object.entries(instance)
          .filter(([key]) => key !== u.def.discriminator)
          .map(([key, value]): ["aws" | "azure", Path, unknown] => [
            cloud,
            [...path, key],
            typeof value === "number" ? "many" : 60,
          ]);
      });
    }),
  );

  it("THEN the example stacks hold keys inside every union below the root", () => {
    const covered = new Set(
      leaves.map(([, path]) =>
        UNIONS.findLast((u) =>
          u.path.every((k, i) => k === path[i] || (k === 0 && typeof path[i] === "number")),
        )?.path.join("."),
      ),
    );
    expect([...covered]).toEqual(["identity.providers.0", "azure.sessionStore.persistence"]);
    expect(leaves).toHaveLength(28);
  });

  it.each(leaves)(
    "WHEN %s %j is given %j THEN the problem names that key and what it must be",
    async (cloud, path, value) => {
      const lines = await problemsOf(cloud, (v) => set(v, path, value));
      expect(lines.length).toBe(1);
      expect(lines[0]).toMatch(new RegExp(`^${joined(path).replace(/[.[\]]/g, "\\$&")}: (must|is required)`));
      expect(lines[0]).not.toContain("unsupported shape");
    },
  );

  it("WHEN a persistence frequency is written as a number THEN the message names it and says to quote it", async () => {
    const lines = await problemsOf("azure", (v) =>
      set(v, ["azure", "sessionStore", "persistence", "frequency"], 60),
    );
    expect(lines).toEqual([
      'azure.sessionStore.persistence.frequency: must be one of "15", "30", "60", "360", "720", "1440" (text: write "60" in quotes); received 60',
    ]);
  });
});
