import { defineConfig } from "vitest/config";

/** `npm test -w @auth-platform/session`: the library's tests alone (the root `npm test` runs them too). */
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    pool: "forks",
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
