import { relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/harness";
import { importCycles, importGraph, importsOf, type ReadModule, typeScriptFiles } from "../support/imports";

// Configuration is the bottom layer (docs/STYLE.md, "Layering"): its modules import each
// other and packages, never the platform or a cloud; the program hands each cloud's rules down.
const SRC = resolve(REPO_ROOT, "src");
const CONFIG = resolve(SRC, "config");

const inConfig = (file: string) => file.startsWith(`${CONFIG}${sep}`);
const shown = (file: string) => relative(REPO_ROOT, file);

/** Every import from a module under `configDir` that leaves it, as "from -> to". */
function layerViolations(files: readonly string[], configDir: string, read?: ReadModule): string[] {
  return files
    .filter((file) => file.startsWith(`${configDir}${sep}`))
    .flatMap((file) =>
      importsOf(file, read)
        .filter((target) => !target.startsWith(`${configDir}${sep}`))
        .map((target) => `${shown(file)} -> ${shown(target)}`),
    );
}

describe("GIVEN the modules under src/config", () => {
  const files = typeScriptFiles(SRC);

  it("THEN none imports anything outside src/config (packages and Node built-ins aside)", () => {
    expect(files.filter(inConfig).length).toBeGreaterThan(20);
    expect(layerViolations(files, CONFIG)).toEqual([]);
  });

  it("THEN src/ has no import cycle at all, so none passes through src/config", () => {
    const graph = importGraph(files);
    expect(graph.size).toBe(files.length);
    expect(importCycles(graph).map((cycle) => cycle.map(shown))).toEqual([]);
  });
});

describe("GIVEN a tree where validation imports the cloud dispatch and the dispatch imports validation", () => {
  // The shape this project had before configuration became the bottom layer.
  const tree: Record<string, string> = {
    [resolve(CONFIG, "validate.ts")]: 'import { CLOUDS } from "../platform/clouds";\nimport "./problems";',
    [resolve(CONFIG, "problems.ts")]: "export class ConfigError {}",
    [resolve(SRC, "platform/clouds.ts")]: 'import type { X } from "../config/validate";\nimport "../aws";',
    [resolve(SRC, "aws/index.ts")]: 'const rules = require("../config/validate.js");',
  };
  const read: ReadModule = (file) => tree[file];
  const files = Object.keys(tree);

  it("THEN the layer check names the import that leaves src/config", () => {
    expect(layerViolations(files, CONFIG, read)).toEqual([
      "src/config/validate.ts -> src/platform/clouds.ts",
    ]);
  });

  it("THEN the cycle check finds the circle through validation, type-only and require() edges included", () => {
    expect(importCycles(importGraph(files, read)).map((cycle) => cycle.map(shown))).toEqual([
      ["src/aws/index.ts", "src/config/validate.ts", "src/platform/clouds.ts"],
    ]);
  });

  it("THEN an import that resolves to no module is an error, not a silent gap", () => {
    const broken: ReadModule = (file) =>
      file === resolve(CONFIG, "a.ts") ? 'import "./missing";' : undefined;
    expect(() => importsOf(resolve(CONFIG, "a.ts"), broken)).toThrow(
      `${resolve(CONFIG, "a.ts")}: cannot resolve "./missing"`,
    );
  });
});
