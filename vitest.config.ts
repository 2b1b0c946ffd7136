import { defineConfig } from "vitest/config";

/** Tests outside e2e/ that need the Redis at 127.0.0.1:6379; `npm test` checks for it before running. */
const NEEDS_REDIS = [
  "test/services/store-redis.test.ts",
  "test/services/opencloud/redis-limiter.test.ts",
  "test/services/opencloud/client-limiter.test.ts",
  "test/services/store-primitives.test.ts",
  "test/services/jobs.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    reporters: ["default"],
    projects: [
      {
        extends: true,
        // Node alone: pure logic, the Roblox client, the emulators and the specs (`npm run test:unit`).
        test: {
          name: "unit",
          include: [
            "test/unit/**/*.test.ts",
            "test/services/**/*.test.ts",
            "test/emulators/**/*.test.ts",
            "test/specs/**/*.test.ts",
          ],
          exclude: NEEDS_REDIS,
        },
      },
      { extends: true, test: { name: "redis", include: NEEDS_REDIS } },
      // The bot end to end through both emulators, with SQLite and Redis.
      { extends: true, test: { name: "e2e", include: ["test/e2e/**/*.test.ts"] } },
    ],
  },
});
