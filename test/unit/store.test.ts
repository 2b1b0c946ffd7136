import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createStores, storeKind } from "../../src/store/index.js";
import { storeContract } from "../support/store-contract.js";

const tempDir = mkdtempSync(join(tmpdir(), "bot-store-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

storeContract("memory", () => "memory://");
storeContract("sqlite", () => `sqlite://${join(tempDir, "nested", "bot.sqlite")}`);

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
