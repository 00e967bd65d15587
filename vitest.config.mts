import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "packages/*/tests/**/*.test.ts", "policy/tests/**/*.test.ts"],
    pool: "forks",
    isolate: false,
    // Two files at a time: the session library's tests mostly wait (redis-server, HTTP, clocks),
    // so they run beside the CPU-bound plan tests instead of after them.
    maxWorkers: 2,
    testTimeout: 20_000,
    // A plan in a beforeAll shares the two cores with another test file now.
    hookTimeout: 60_000,
  },
});
