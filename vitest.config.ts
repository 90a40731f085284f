import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/build.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // End-to-end suites spawn bot processes; two workers fit the 2-core machine.
    maxWorkers: 2,
  },
});
