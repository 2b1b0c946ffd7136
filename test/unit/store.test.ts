import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createStores, type Stores, storeKind } from "../../src/store/index.js";

const tempDir = mkdtempSync(join(tmpdir(), "bot-store-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

const backends: Array<[string, () => string]> = [
  ["memory", () => "memory://"],
  ["sqlite", () => `sqlite://${join(tempDir, "nested", "bot.sqlite")}`],
  ["redis", () => "redis://127.0.0.1:6379"],
];

describe.each(backends)("store on %s", (kind, url) => {
  const run = `${process.pid}-${Date.now()}`;
  let stores: Stores;

  it("opens and answers a ping", async () => {
    stores = await createStores(url());
    expect(stores.kind).toBe(kind);
    await stores.ping();
    expect(stores.redis !== undefined).toBe(kind === "redis");
  });

  it("keeps values by namespace", async () => {
    await stores.sessions.set(`k-${run}`, { page: 3, tokens: ["a", "b"] });
    await stores.cache.set(`k-${run}`, "cached");
    expect(await stores.sessions.get(`k-${run}`)).toEqual({ page: 3, tokens: ["a", "b"] });
    expect(await stores.cache.get(`k-${run}`)).toBe("cached");
    expect(await stores.jobs.get(`k-${run}`)).toBeUndefined();
    expect(await stores.sessions.delete(`k-${run}`)).toBe(true);
    expect(await stores.sessions.get(`k-${run}`)).toBeUndefined();
    await stores.cache.delete(`k-${run}`);
  });

  it("expires values after their TTL", async () => {
    await stores.limits.set(`ttl-${run}`, 1, 50);
    expect(await stores.limits.get(`ttl-${run}`)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await stores.limits.get(`ttl-${run}`)).toBeUndefined();
  });

  // The memory store holds no connection, so there is nothing for closing to let go.
  if (kind === "memory") afterAll(() => stores.close());
  else
    it("closes: the connection is let go and later calls are refused", async () => {
      await stores.close();
      if (kind === "redis") expect(stores.redis?.isOpen).toBe(false);
      else await expect(stores.cache.set(`after-close-${run}`, 1)).rejects.toThrow(/closed/);
    });
});

describe("store persistence and failures", () => {
  it("keeps SQLite data across reopen", async () => {
    const url = `sqlite://${join(tempDir, "persist.sqlite")}`;
    const first = await createStores(url);
    await first.jobs.set("job-1", { stage: "uploading" });
    await first.close();
    const second = await createStores(url);
    expect(await second.jobs.get("job-1")).toEqual({ stage: "uploading" });
    await second.close();
  });

  it("fails the ping on a corrupt SQLite file", async () => {
    const path = join(tempDir, "corrupt.sqlite");
    writeFileSync(path, "this is not a database, just text that fills the header and more".repeat(20));
    const stores = await createStores(`sqlite://${path}`);
    await expect(stores.ping()).rejects.toThrow();
    await stores.close();
  });

  it("fails clearly when Redis cannot be reached", async () => {
    await expect(createStores("redis://127.0.0.1:1")).rejects.toThrow(/could not connect to Redis/);
  });

  it("classifies store URLs", () => {
    expect(storeKind("memory://")).toBe("memory");
    expect(storeKind("rediss://h:1")).toBe("redis");
    expect(storeKind("sqlite://x")).toBe("sqlite");
    expect(() => storeKind("mysql://x")).toThrow();
  });
});

describe("the in-memory store's bound", () => {
  it("forgets the oldest written entries past its capacity", async () => {
    const { BoundedMap } = await import("../../src/store/boundedMap.js");
    const map = new BoundedMap<string, number>(3);
    for (const [key, value] of [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ] as const)
      map.set(key, value);
    map.set("a", 10);
    map.set("d", 4);
    expect([...map.keys()]).toEqual(["c", "a", "d"]);
    expect(map.get("a")).toBe(10);
  });

  it("keeps a memory store's namespace at its capacity", async () => {
    const { MEMORY_ENTRIES_PER_NAMESPACE } = await import("../../src/store/index.js");
    const stores = await createStores("memory://");
    for (let i = 0; i < MEMORY_ENTRIES_PER_NAMESPACE + 50; i++) await stores.cache.set(`k${i}`, i);
    expect(await stores.cache.get("k0")).toBeUndefined();
    expect(await stores.cache.get(`k${MEMORY_ENTRIES_PER_NAMESPACE + 49}`)).toBe(
      MEMORY_ENTRIES_PER_NAMESPACE + 49,
    );
    await stores.close();
  });
});
