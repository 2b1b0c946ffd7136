import { describe, expect, it } from "vitest";
import { describeRedis } from "../../src/cli/doctor/redis.js";

describe("the doctor's Redis findings", () => {
  it("accepts Redis 6.2 and later with noeviction", () => {
    for (const version of ["6.2.0", "7.0.15", "10.1.2"]) {
      expect(describeRedis({ version, maxmemoryPolicy: "noeviction" }).every((finding) => finding.ok)).toBe(
        true,
      );
    }
  });

  it("names a Redis older than 6.2, and one of unknown version", () => {
    for (const version of ["6.0.16", "5.0.7", undefined]) {
      const [finding] = describeRedis({ version, maxmemoryPolicy: "noeviction" });
      expect(finding).toMatchObject({
        ok: false,
        subject: "Redis version",
        fix: expect.stringContaining("6.2"),
      });
    }
  });
});
