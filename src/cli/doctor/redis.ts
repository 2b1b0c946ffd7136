import type { DoctorFinding } from "./finding.js";

/** BullMQ needs Redis 6.2 or later, and a Redis that never evicts its keys. */
const MINIMUM_VERSION = [6, 2] as const;

export interface RedisFacts {
  readonly version: string | undefined;
  readonly maxmemoryPolicy: string | undefined;
}

/** The one call the check needs from a `@redis/client` client. */
export interface RedisInfoClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/** Reads the version and eviction policy from INFO (CONFIG is often disabled on hosted Redis). */
export async function readRedisFacts(client: RedisInfoClient): Promise<RedisFacts> {
  const info = String(await client.sendCommand(["INFO"]));
  const field = (name: string) => info.match(new RegExp(`^${name}:(.*)$`, "m"))?.[1]?.trim();
  return { version: field("redis_version"), maxmemoryPolicy: field("maxmemory_policy") };
}

export function describeRedis(facts: RedisFacts): DoctorFinding[] {
  const [major = 0, minor = 0] = (facts.version ?? "").split(".").map(Number);
  const recentEnough =
    major > MINIMUM_VERSION[0] || (major === MINIMUM_VERSION[0] && minor >= MINIMUM_VERSION[1]);
  const findings: DoctorFinding[] = [
    recentEnough
      ? {
          ok: true,
          subject: "Redis version",
          detail: `Redis ${facts.version} (background jobs need 6.2 or later)`,
        }
      : {
          ok: false,
          subject: "Redis version",
          detail: `Redis ${facts.version ?? "of unknown version"} is older than 6.2, which background jobs need`,
          fix: "Upgrade Redis to 6.2 or later (7 is current).",
        },
  ];
  findings.push(
    facts.maxmemoryPolicy === "noeviction"
      ? {
          ok: true,
          subject: "Redis eviction",
          detail: "maxmemory-policy is noeviction: Redis never drops jobs",
        }
      : {
          ok: false,
          subject: "Redis eviction",
          detail: `maxmemory-policy is ${facts.maxmemoryPolicy ?? "unknown"}: when memory runs short Redis may drop queued uploads and their records`,
          fix: "Set maxmemory-policy noeviction in redis.conf (or your host's settings) and restart Redis.",
        },
  );
  return findings;
}
