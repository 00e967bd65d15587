import { resolve } from "node:path";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const src = resolve(import.meta.dirname, "src");

/**
 * Each cloud's resources load on first use through `require("./index")` (src/*\/cloud.ts),
 * which keeps them lazy under Pulumi's ts-node, tsx and the plan's esbuild bundle. Vitest
 * runs src/ through Vite's module runner instead, which a plain `require` cannot reach; in
 * tests only, such relative `require`s become static imports on the module's first line
 * (both clouds load, as every test process plans both). tests/plan/lazyClouds.test.ts
 * proves the laziness in real processes.
 */
function relativeRequiresAsImports(): Plugin {
  return {
    name: "relative-requires-as-imports",
    enforce: "pre",
    transform(code, id) {
      if (!id.startsWith(`${src}/`) || !id.endsWith(".ts")) return null;
      const imports: string[] = [];
      const rewritten = code.replace(/\brequire\("(\.\.?\/[^"]+)"\)/g, (_call, specifier: string) => {
        imports.push(`import * as __required${imports.length} from ${JSON.stringify(specifier)};`);
        return `__required${imports.length - 1}`;
      });
      return imports.length > 0 ? { code: `${imports.join(" ")} ${rewritten}`, map: null } : null;
    },
  };
}

export default defineConfig({
  plugins: [relativeRequiresAsImports()],
  test: {
    include: ["tests/**/*.test.ts", "packages/*/tests/**/*.test.ts", "policy/tests/**/*.test.ts"],
    pool: "forks",
    isolate: false,
    // Two files at a time: the session library's tests mostly wait (redis-server, HTTP, clocks),
    // so they run beside the CPU-bound plan tests instead of after them.
    maxWorkers: 2,
    // Planning a stack under the mock runtime allocates hundreds of thousands of short-lived
    // promises and outputs: letting the young generation grow to 64 MiB semi-spaces cut the
    // suite's CPU by about an eighth (67 s to 59 s of user time), for memory the machine has.
    execArgv: ["--max-semi-space-size=64"],
    testTimeout: 20_000,
    // A plan in a beforeAll shares the two cores with another test file now.
    hookTimeout: 60_000,
  },
});
