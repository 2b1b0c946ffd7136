import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import type { MemberFactsReader } from "../../src/services/binds/facts.js";
import { MANAGE_ROLES } from "../../src/services/binds/hierarchy.js";
import { BindStore } from "../../src/services/binds/store.js";
import { BindSync, MAX_REFUSALS } from "../../src/services/binds/sync.js";
import type { GuildDirectory, MemberFacts, WriteOutcome } from "../../src/services/binds/types.js";
import { openPrimitives } from "../../src/store/primitives/index.js";

const clock = { now: () => Date.now() };

function setup(answer: WriteOutcome) {
  const primitives = openPrimitives("memory://", undefined, clock);
  const store = new BindStore(primitives);
  const writes: Array<{ roleIds: readonly string[]; reason: string }> = [];
  const directory: GuildDirectory = {
    guild: async () => ({
      id: "g",
      ownerId: "owner",
      roles: [
        { id: "g", name: "@everyone", position: 0, permissions: 0n, managed: false },
        { id: "low", name: "Low", position: 1, permissions: 0n, managed: false },
        { id: "other", name: "Other", position: 2, permissions: 0n, managed: false },
        { id: "bot", name: "Bot", position: 3, permissions: MANAGE_ROLES, managed: true },
        { id: "high", name: "High", position: 4, permissions: 0n, managed: false },
      ],
      botRoleIds: ["bot"],
    }),
    memberRoles: async () => ["other"],
    member: async () => ({ roleIds: ["other"], nick: null }),
    post: async () => ({ ok: true }),
    setRoles: async (_guild, _user, roleIds, reason) => {
      writes.push({ roleIds, reason });
      return answer;
    },
  };
  const facts = {
    read: async (robloxUserId: string | undefined): Promise<MemberFacts> => ({
      robloxUserId,
      groups: [],
      owned: new Set(),
      unreadable: new Set(),
    }),
  } as unknown as MemberFactsReader;
  const sync = new BindSync({
    store,
    facts,
    directory,
    primitives,
    linkOf: async () => ({ robloxUserId: "42" }),
    logger: createLogger({ level: "silent", pretty: false, secrets: [] }),
    clock,
  });
  return { store, sync, writes };
}

const request = { guildId: "g", userId: "u", reason: () => "because" };

describe("bind sync", () => {
  it("sends one write with the full role list, leaving out the role above the bot, and says why", async () => {
    const { store, sync, writes } = setup({ ok: true });
    await store.add("g", { kind: "verified" }, ["low", "high"]);
    const result = await sync.sync(request);
    expect(writes).toEqual([{ roleIds: ["other", "low"], reason: "because" }]);
    expect(result).toMatchObject({
      kind: "synced",
      write: "applied",
      added: [{ roleId: "low" }],
      blocked: [
        {
          direction: "add",
          change: { roleId: "high" },
          refusal: { kind: "above-bot", role: { name: "High" } },
        },
      ],
    });
  });

  it("sends nothing when every change would be refused", async () => {
    const { store, sync, writes } = setup({ ok: true });
    await store.add("g", { kind: "verified" }, ["high", "g"]);
    expect(await sync.sync(request)).toMatchObject({ write: "none", added: [] });
    expect(writes).toEqual([]);
  });

  it(`stops the server's sync after ${MAX_REFUSALS} writes Discord refused`, async () => {
    const { store, sync, writes } = setup({ ok: false, status: 403, code: 50013 });
    await store.add("g", { kind: "verified" }, ["low"]);
    for (let index = 0; index < MAX_REFUSALS; index++) {
      expect(await sync.sync(request)).toMatchObject({ kind: "synced", write: "refused" });
    }
    expect(await sync.sync(request)).toEqual({ kind: "paused", refusals: MAX_REFUSALS });
    expect(writes).toHaveLength(MAX_REFUSALS);
    expect((await sync.doctor("g"))?.[0]).toEqual({ kind: "sync-paused", refusals: MAX_REFUSALS });
  });

  it("holds a second run inside the cooldown and tells how long is left", async () => {
    const { sync } = setup({ ok: true });
    expect(await sync.cooldown("verify", "g", "u", 30)).toBeUndefined();
    const left = await sync.cooldown("verify", "g", "u", 30);
    expect(left).toBeGreaterThan(29_000);
    expect(left).toBeLessThanOrEqual(30_000);
    expect(await sync.cooldown("verify", "g", "other", 30)).toBeUndefined();
  });
});
