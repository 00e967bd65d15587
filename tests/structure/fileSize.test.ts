import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/harness";
import { typeScriptFiles } from "../support/imports";

// Files stay small and single-purpose (the project's rules): no source file over 250 lines.
const LIMIT = 250;

/** The source trees the limit applies to: src/ and each package's src/. */
function sourceTrees(): string[] {
  const packages = resolve(REPO_ROOT, "packages");
  return [
    resolve(REPO_ROOT, "src"),
    ...readdirSync(packages, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(packages, entry.name, "src")),
  ];
}

/** Each file over `limit` lines, as "path: N lines". */
function oversized(files: readonly string[], read: (file: string) => string, limit = LIMIT): string[] {
  return files.flatMap((file) => {
    const lines = read(file).split("\n").length - (read(file).endsWith("\n") ? 1 : 0);
    return lines > limit ? [`${relative(REPO_ROOT, file)}: ${lines} lines`] : [];
  });
}

describe("GIVEN the TypeScript sources of src/ and packages/*/src", () => {
  const files = sourceTrees().flatMap((tree) => typeScriptFiles(tree));

  it(`THEN none runs past ${LIMIT} lines`, () => {
    expect(files.length).toBeGreaterThan(150);
    expect(oversized(files, (file) => readFileSync(file, "utf8"))).toEqual([]);
  });
});

describe("GIVEN files just at and just over the limit", () => {
  it("THEN only the one over it is named, with its length", () => {
    const text = {
      [resolve(REPO_ROOT, "src/a.ts")]: "x\n".repeat(LIMIT),
      [resolve(REPO_ROOT, "src/b.ts")]: "x\n".repeat(LIMIT + 1),
    };
    expect(oversized(Object.keys(text), (file) => text[file] ?? "")).toEqual([
      `src/b.ts: ${LIMIT + 1} lines`,
    ]);
  });
});
