import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_UNAVAILABLE_MESSAGE } from "../../src/views/failures.js";
import type { InteractionHandle } from "../emulators/discord/index.js";
import { answered, LEVEL, parsedLogs, textOf, until } from "../support/fault-helpers.js";
import { type Harness, startHarness } from "../support/harness.js";
import { createPrivateRedis, type PrivateRedis } from "../support/private-redis.js";

/** A Redis of the test's own (never the shared 127.0.0.1:6379), killed and started again under the bot. */
describe("Redis restarted mid-run", () => {
  let redis: PrivateRedis;
  let harness: Harness;
  beforeAll(async () => {
    redis = await createPrivateRedis();
    harness = await startHarness({ env: { STORE_URL: redis.url } });
  }, 30_000);
  afterAll(async () => {
    await redis?.start();
    harness?.assertClean();
    await harness?.close();
    await redis?.kill();
  });

  const world = () => harness.roblox.world;
  let userCounter = 0;
  function command(name: string, options: Record<string, unknown>): InteractionHandle {
    const id = `33000000000000${String(++userCounter).padStart(4, "0")}`;
    return harness.discord.runCommand({ name, options, user: { id } });
  }

  it("commands fail plainly while Redis is down, and work again once it is back, without a bot restart", async () => {
    const stores = harness.bot()!.context.stores;
    expect(stores.kind).toBe("redis");
    const { admin, smallUser, richUser } = world().subjects;
    const before = await command("user", { user: admin.userId }).waitFor(answered, 15_000);
    expect(textOf(before)).toContain(admin.userId);
    // A paged list whose session lives in Redis.
    const list = await command("inventory", { user: richUser.userId }).waitFor(answered, 15_000);
    expect(list.components.length).toBe(1);

    await redis.kill();
    await until(() => !stores.isUp(), 5_000, "the bot to see Redis gone");
    const logsBefore = harness.logs.length;
    const outcomes: string[] = [];
    for (const subject of [smallUser, world().subjects.emptyUser, world().subjects.oneGroupUser]) {
      const down = command("user", { user: subject.userId });
      expect((await down.ack()).type).toBe(5);
      const notice = await down.waitFor((m) => m.ephemeral && m.content.length > 0, 10_000);
      outcomes.push(notice.content);
    }
    expect(outcomes).toEqual([
      STORE_UNAVAILABLE_MESSAGE,
      STORE_UNAVAILABLE_MESSAGE,
      STORE_UNAVAILABLE_MESSAGE,
    ]);
    const fatal = parsedLogs(harness.logs.slice(logsBefore)).filter((l) => Number(l.level) >= LEVEL.fatal);
    expect(fatal).toEqual([]);
    expect(harness.bot()?.client.isReady()).toBe(true);

    // Same port, empty data: the client reconnects by itself.
    await redis.start();
    await until(() => stores.isUp(), 10_000, "the bot to reconnect to Redis");
    const back = await command("user", { user: smallUser.userId }).waitFor(answered, 15_000);
    expect(back.ephemeral).toBe(false);
    expect(textOf(back)).toContain(smallUser.userId);
    // The old list's session died with Redis's memory: its buttons say so plainly.
    const click = harness.discord.click(list, nextButton(list), {
      user: { id: "330000000000000002" },
    });
    const expired = await click.waitFor((m) => m.ephemeral && m.content.length > 0, 10_000);
    expect(expired.content).toMatch(/expired|no longer work/);
    const fresh = await command("groups", { user: world().subjects.oneGroupUser.userId }).waitFor(
      answered,
      15_000,
    );
    expect(textOf(fresh)).toContain(world().subjects.oneGroup.groupId);
  }, 60_000);
});

function nextButton(message: { components: unknown[] }): string {
  const row = message.components[0] as { components: Array<{ custom_id: string }> };
  return row.components.find((b) => b.custom_id.endsWith(":next"))?.custom_id ?? "";
}
