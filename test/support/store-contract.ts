import { afterAll, describe, expect, it } from "vitest";
import { createStores, type StoreKind, type Stores } from "../../src/store/index.js";

/** What every store must do, run against one backend (the Redis one needs 127.0.0.1:6379). */
export function storeContract(kind: StoreKind, url: () => string): void {
  describe(`store on ${kind}`, () => {
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
}
