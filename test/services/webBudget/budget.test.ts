import { randomUUID } from "node:crypto";
import { createClient } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  InProcessWebBudget,
  RedisWebBudget,
  type WebBudget,
  WebGuard,
  WebLimitedError,
} from "../../../src/services/webBudget/index.js";

const prefix = `test:web-rl:${randomUUID()}:`;
const client = createClient({ url: "redis://127.0.0.1:6379" });
beforeAll(async () => {
  await client.connect();
});
afterAll(async () => {
  const keys = await client.keys(`${prefix}*`);
  if (keys.length > 0) await client.del(keys);
  await client.quit();
});

const LIMITS = { catalog: { limit: 2, windowMs: 60_000 } };
const redisBudget = (egressId: string) => new RedisWebBudget({ client, prefix, limits: LIMITS, egressId });

describe("web API budgets", () => {
  it("in process: grants up to the limit per window, then says how long to wait; a 429 backs the family off", async () => {
    let now = 1_000_000;
    const budget = new InProcessWebBudget(LIMITS, { now: () => now });
    expect(await budget.take("catalog")).toBe(0);
    expect(await budget.take("catalog")).toBe(0);
    const wait = await budget.take("catalog");
    expect(wait).toBeGreaterThan(59_000);
    // Unlimited families are only held back by a back-off.
    expect(await budget.take("badges")).toBe(0);
    await budget.backOff("badges", 10_000);
    expect(await budget.take("badges")).toBe(10_000);
    now += wait;
    expect(await budget.take("catalog")).toBe(0);
    expect(await budget.take("badges")).toBe(0);
  });

  it("in Redis: shared by every process with the same egress ID, separate for another egress", async () => {
    const shardA = redisBudget("egress-1");
    const shardB = redisBudget("egress-1");
    const otherMachine = redisBudget("egress-2");
    expect(await shardA.take("catalog")).toBe(0);
    expect(await shardB.take("catalog")).toBe(0);
    expect(await shardA.take("catalog")).toBeGreaterThan(0);
    expect(await otherMachine.take("catalog")).toBe(0);
    await shardB.backOff("thumbnails", 5_000);
    expect(await shardA.take("thumbnails")).toBeGreaterThan(4_000);
    expect(await otherMachine.take("thumbnails")).toBe(0);
  });

  it("the guard sends nothing without budget and turns a 429 into a back-off instead of a retry", async () => {
    let now = 0;
    const budget: WebBudget = new InProcessWebBudget({}, { now: () => now });
    const guard = new WebGuard(budget, () => 0);
    let sent = 0;
    const tooMany = Object.assign(new Error("429"), { status: 429, retryAfterMs: 20_000 });
    await expect(
      guard.run("usernames", async () => {
        sent++;
        throw tooMany;
      }),
    ).rejects.toBeInstanceOf(WebLimitedError);
    await expect(guard.run("usernames", async () => sent++)).rejects.toMatchObject({ retryInMs: 20_000 });
    expect(sent).toBe(1);
    now += 20_000;
    expect(await guard.run("usernames", async () => ++sent)).toBe(2);
    // Without a hint it backs off on its own, longer each time.
    const bare = Object.assign(new Error("429"), { status: 429 });
    const first = await guard
      .run("catalog", async () => Promise.reject(bare))
      .catch((e: WebLimitedError) => e);
    now += 60_000;
    const second = await guard
      .run("catalog", async () => Promise.reject(bare))
      .catch((e: WebLimitedError) => e);
    expect((second as WebLimitedError).retryInMs).toBeGreaterThan((first as WebLimitedError).retryInMs);
  });
});
