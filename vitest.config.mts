import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "packages/*/tests/**/*.test.ts", "policy/tests/**/*.test.ts"],
    pool: "forks",
    isolate: false,
    testTimeout: 20_000,
  },
});
