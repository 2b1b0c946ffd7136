import { Keyv } from "keyv";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { InventoryService, type ItemLookups } from "../../src/services/inventory/index.js";
import {
  type InventoryItem,
  type InventoryPage,
  type InventoryPageOptions,
  type OpenCloudClient,
  OpenCloudError,
} from "../../src/services/opencloud/index.js";

const badge = (n: number): InventoryItem => ({ kind: "badge", badgeId: String(1000 + n) });

/** A fake inventory API: `count` badges, read `maxPageSize` at a time, optionally with the trailing empty page. */
function fakeRoblox(count: number, options: { trailingEmpty?: boolean; fail?: OpenCloudError } = {}) {
  const calls: InventoryPageOptions[] = [];
  const roblox = {
    inventory: {
      async listInventoryPage(
        _userId: string,
        pageOptions: InventoryPageOptions = {},
      ): Promise<InventoryPage> {
        calls.push(pageOptions);
        if (options.fail) throw options.fail;
        const start = Number(pageOptions.pageToken ?? "0");
        const size = pageOptions.maxPageSize ?? 10;
        const items = Array.from({ length: Math.max(0, Math.min(size, count - start)) }, (_, i) =>
          badge(start + i),
        );
        const end = start + items.length;
        const more = end < count || (options.trailingEmpty === true && items.length > 0 && end === count);
        return more ? { items, nextPageToken: String(end) } : { items };
      },
    },
  } as unknown as OpenCloudClient;
  return { roblox, calls };
}

function fakeLookups(): { lookups: ItemLookups; badgeCalls: string[] } {
  const badgeCalls: string[] = [];
  const lookups = {
    assetNames: async () => new Map(),
    badgeName: async (id: string) => {
      badgeCalls.push(id);
      return `Badge ${id}`;
    },
    gamePassName: async () => undefined,
    thumbnails: async () => new Map(),
    close: async () => undefined,
  } as unknown as ItemLookups;
  return { lookups, badgeCalls };
}

function service(roblox: OpenCloudClient, lookups = fakeLookups().lookups) {
  return new InventoryService(roblox, lookups, new Keyv(), pino({ level: "silent" }));
}

describe("InventoryService paging", () => {
  it("reads 100 items per request, shows 10 per page, and learns the total at the end", async () => {
    const { roblox, calls } = fakeRoblox(205);
    const inventory = service(roblox);
    let cursor = inventory.startCursor("1", "@someone", "badges=true");
    for (let index = 0; index < 21; index++) {
      const page = await inventory.page(cursor, index);
      cursor = page.cursor;
      const last = index === 20;
      expect(page.rows.map((row) => row.id)).toEqual(
        Array.from({ length: last ? 5 : 10 }, (_, i) => String(1000 + index * 10 + i)),
      );
      expect(page.position).toEqual({ index, count: index >= 20 ? 21 : undefined, hasNext: !last });
    }
    expect(calls.map((call) => [call.pageToken, call.maxPageSize, call.filter])).toEqual([
      [undefined, 100, "badges=true"],
      ["100", 100, "badges=true"],
      ["200", 100, "badges=true"],
    ]);
    expect(cursor.tokens).toEqual(["", "100", "200"]);
    expect(cursor.total).toBe(205);
    // Back to the start and forward again: every read is cached.
    await inventory.page(cursor, 0);
    await inventory.page(cursor, 15);
    expect(calls).toHaveLength(3);
  });

  it("browses 100 pages with 10 inventory requests", async () => {
    const { roblox, calls } = fakeRoblox(5_000);
    const inventory = service(roblox);
    let cursor = inventory.startCursor("1", "@someone", undefined);
    for (let index = 0; index < 100; index++) cursor = (await inventory.page(cursor, index)).cursor;
    expect(calls).toHaveLength(10);
    expect(calls.every((call) => call.maxPageSize === 100)).toBe(true);
  });

  it("ends on the last full read when Roblox hands out a token to an empty page", async () => {
    const { roblox, calls } = fakeRoblox(200, { trailingEmpty: true });
    const inventory = service(roblox);
    let cursor = inventory.startCursor("1", "@someone", undefined);
    for (let index = 0; index < 20; index++) cursor = (await inventory.page(cursor, index)).cursor;
    const beyond = await inventory.page(cursor, 20);
    expect(beyond.position).toEqual({ index: 19, count: 20, hasNext: false });
    expect(beyond.rows.map((row) => row.id)[0]).toBe("1190");
    expect(beyond.cursor.total).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it("clamps a page past the end of a short list and reports an empty one", async () => {
    const { roblox } = fakeRoblox(7);
    const inventory = service(roblox);
    const cursor = inventory.startCursor("1", "@someone", undefined);
    const page = await inventory.page(cursor, 3);
    expect(page.position).toEqual({ index: 0, count: 1, hasNext: false });
    expect(page.rows).toHaveLength(7);
    expect(page.rows[0]?.name).toBe("Badge 1000");
    const empty = await service(fakeRoblox(0).roblox).page(cursor, 0);
    expect(empty.rows).toEqual([]);
    expect(empty.position).toEqual({ index: 0, count: 1, hasNext: false });
  });

  it("looks each name up once and caches it", async () => {
    const { roblox } = fakeRoblox(30);
    const { lookups, badgeCalls } = fakeLookups();
    const inventory = service(roblox, lookups);
    const cursor = inventory.startCursor("1", "@someone", undefined);
    await inventory.page(cursor, 0);
    await inventory.page(cursor, 0);
    await inventory.page(cursor, 1);
    expect(badgeCalls).toHaveLength(20);
    expect(new Set(badgeCalls).size).toBe(20);
  });

  it("turns Roblox's refusal into a plain explanation of a private inventory", async () => {
    const denied = new OpenCloudError({ kind: "permission_denied", status: 403, message: "denied" });
    const inventory = service(fakeRoblox(0, { fail: denied }).roblox);
    const attempt = inventory.page(inventory.startCursor("5", "Private Person (@pp)", undefined), 0);
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(/Private Person \(@pp\)'s inventory is private/);
    const servers = inventory.page(inventory.startCursor("5", "@pp", "privateServers=true"), 0);
    await expect(servers).rejects.toThrow(/only shown to the owner's own API key/);
    // A missing scope is the bot's key's problem, explained elsewhere: passed on untouched.
    const scope = new OpenCloudError({
      kind: "permission_denied",
      status: 403,
      message: "scope",
      missingScope: "user.inventory-item:read",
    });
    const withScope = service(fakeRoblox(0, { fail: scope }).roblox);
    await expect(withScope.page(withScope.startCursor("5", "@pp", undefined), 0)).rejects.toBe(scope);
  });
});
