import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageState } from "../emulators/discord/types.js";
import { filterKeeps, parseInventoryFilter } from "../emulators/opencloud/inventoryFilter.js";
import { decodeCatalogAsset, MAX_ITEM_NAME_LENGTH } from "../emulators/opencloud/world/catalog.js";
import type { InventoryEntry } from "../emulators/opencloud/world/inventory.js";
import { type Harness, startHarness } from "../support/harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ store: "sqlite" });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

const INVOKER = { id: "300000000000000011", username: "collector" };

interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
  thumbnail?: { url: string };
}

const embedOf = (message: MessageState) => message.embeds[0] as Embed;
const world = () => harness.roblox.world;
const inventoryRequests = () => harness.roblox.requests.filter((r) => r.family === "inventory");
const lookups = () => harness.roblox.countRequests({ family: "public-lookups" });

function entryId(entry: InventoryEntry): string {
  switch (entry.kind) {
    case "asset":
      return entry.assetId;
    case "badge":
      return entry.badgeId;
    case "gamePass":
      return entry.gamePassId;
    case "privateServer":
      return entry.privateServerId;
  }
}

/** What the emulator lists for the bot's key (the admin's), in order. */
function expectedItems(userId: string, filter?: string): InventoryEntry[] {
  const parsed = parseInventoryFilter(filter ?? null);
  const ownKey = userId === world().subjects.admin.userId;
  return world()
    .inventoryOf(userId)
    .filter((entry) => filterKeeps(parsed, entry, ownKey));
}

/** Where a row shows its item: the end of its link, or the private server's bold label. */
function marker(entry: InventoryEntry): string {
  return entry.kind === "privateServer" ? `Private server ${entryId(entry)}**` : `/${entryId(entry)})`;
}

function expectPage(message: MessageState, items: InventoryEntry[], index: number, withNames = true): void {
  const description = embedOf(message).description ?? "";
  const rows = description.split("\n").slice(2);
  const page = items.slice(index * 10, index * 10 + 10);
  expect(page.length).toBeGreaterThan(0);
  expect(rows).toHaveLength(page.length);
  page.forEach((entry, row) => {
    expect(rows[row], `row ${row + 1} of page ${index + 1}`).toContain(marker(entry));
    if (entry.kind === "asset") {
      const name = decodeCatalogAsset(world().seed, entry.assetId)?.name;
      if (name && withNames) expect(rows[row]).toContain(name.slice(0, 12));
      if (entry.collectible?.serialNumber !== undefined)
        expect(rows[row]).toContain(`#${entry.collectible.serialNumber.toLocaleString("en-US")}`);
    }
    if ("addTime" in entry)
      expect(rows[row]).toContain(`<t:${Math.floor(Date.parse(entry.addTime) / 1000)}:d>`);
  });
}

function buttons(message: MessageState): Record<string, { id: string; disabled: boolean }> {
  const row = message.components[0] as { components: Array<{ custom_id: string; disabled?: boolean }> };
  return Object.fromEntries(
    row.components.map((b) => [
      b.custom_id.split(":").at(-1)!,
      { id: b.custom_id, disabled: b.disabled ?? false },
    ]),
  );
}

async function turn(message: MessageState, action: string): Promise<MessageState> {
  const click = harness.discord.click(message, buttons(message)[action]!.id, { user: INVOKER });
  await click.ack();
  return click.reply();
}

async function run(options: Record<string, unknown>): Promise<MessageState> {
  const handle = harness.discord.runCommand({ name: "inventory", options, user: INVOKER });
  return handle.waitFor((m) => !m.loading && (m.embeds.length > 0 || m.content.length > 0));
}

async function runForNotice(options: Record<string, unknown>): Promise<string> {
  const handle = harness.discord.runCommand({ name: "inventory", options, user: INVOKER });
  const notice = await handle.waitFor((m) => m.ephemeral && m.content.length > 0);
  return notice.content;
}

describe("/inventory listing", () => {
  it("browses 10,000 items: 10 a page, 100 per Roblox read, going back costs nothing", async () => {
    const rich = world().subjects.richUser;
    const items = expectedItems(rich.userId);
    expect(items).toHaveLength(10_000);
    const readsBefore = inventoryRequests().length;

    let message = await run({ user: rich.username });
    expect(embedOf(message).title).toBe(`Inventory of Rich Collector (@${rich.username})`);
    expect(embedOf(message).description?.split("\n")[0]).toBe(
      "**Showing:** Everything (assets, badges, game passes, private servers)",
    );
    expectPage(message, items, 0);
    expect(embedOf(message).thumbnail?.url).toMatch(/^https:\/\/tr\.rbxcdn\.com\//);
    expect(buttons(message).prev?.disabled).toBe(true);
    expect(buttons(message).next?.disabled).toBe(false);

    for (let index = 1; index <= 12; index++) {
      message = await turn(message, "next");
      expectPage(message, items, index);
      expect(embedOf(message).footer?.text).toBe(`Page ${index + 1} · more items on the next pages`);
    }
    // 13 pages seen, 2 reads of 100 made: pages 1–10 and 11–20.
    const reads = inventoryRequests().slice(readsBefore);
    expect(reads).toHaveLength(2);
    expect(reads.map((r) => r.query.maxPageSize)).toEqual(["100", "100"]);
    expect(reads[0]?.query.pageToken).toBeUndefined();
    expect(reads[1]?.query.pageToken).toMatch(/.+/);
    expect(reads.every((r) => r.query.filter === undefined)).toBe(true);

    const lookupsBefore = lookups();
    for (let index = 11; index >= 0; index--) {
      message = await turn(message, "prev");
      expectPage(message, items, index);
    }
    const first = await turn(await turn(message, "next"), "first");
    expectPage(first, items, 0);
    expect(inventoryRequests().length - readsBefore).toBe(2);
    // Names and pictures of pages seen before come from the cache.
    expect(lookups()).toBe(lookupsBefore);

    // The same command again: its first read and the names of its first page are cached.
    const again = await run({ user: rich.userId });
    expectPage(again, items, 0);
    expect(inventoryRequests().length - readsBefore).toBe(2);
    expect(lookups()).toBe(lookupsBefore);
  });

  it("keeps the page count learned at the end of a list through an immediate press of first (saved before shown)", async () => {
    const rich = world().subjects.richUser;
    const hats = expectedItems(rich.userId, "inventoryItemAssetTypes=HAT");
    expect(hats).toHaveLength(165);
    let message = await run({ user: rich.username, asset_types: "Hat" });
    for (let index = 1; index <= 9; index++) message = await turn(message, "next");
    expect(embedOf(message).footer?.text).toBe("Page 10 · more items on the next pages");

    // A slow store write: the member sees page 11 (where the count is learned) and presses at once.
    const sessions = harness.bot()!.context.services.sessions;
    const save = sessions.save.bind(sessions);
    sessions.save = async (key, session) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return save(key, session);
    };
    try {
      message = await turn(message, "next");
      expect(embedOf(message).footer?.text).toBe("Page 11 of 17 · 165 items");
      message = await turn(message, "first");
    } finally {
      sessions.save = save;
    }
    expectPage(message, hats, 0);
    expect(embedOf(message).footer?.text).toBe("Page 1 of 17 · 165 items");
    expect(buttons(message).last?.disabled).toBe(false);
  });

  it("keeps the page count learned at the end of a list when first is pressed while that turn is in flight", async () => {
    const rich = world().subjects.richUser;
    const hats = expectedItems(rich.userId, "inventoryItemAssetTypes=HAT");
    expect(hats).toHaveLength(165);
    let message = await run({ user: rich.username, asset_types: "Hat" });
    for (let index = 1; index <= 9; index++) message = await turn(message, "next");
    expect(embedOf(message).footer?.text).toBe("Page 10 · more items on the next pages");

    // Next (which learns the count) and first are pressed on page 10 together. The write of a
    // session that knows no count is held until the one that knows it is written (or 2 s pass), so
    // two turns that both read the session before either wrote end with the stale write last.
    const sessions = harness.bot()!.context.services.sessions;
    const save = sessions.save.bind(sessions);
    let countSaved: () => void = () => undefined;
    const countWritten = new Promise<void>((resolve) => {
      countSaved = resolve;
    });
    sessions.save = async (key, session) => {
      if (session.position.count === undefined) {
        await Promise.race([countWritten, new Promise((resolve) => setTimeout(resolve, 2000))]);
        return save(key, session);
      }
      await save(key, session);
      countSaved();
    };
    let end: MessageState;
    let start: MessageState;
    let shown: MessageState | undefined;
    try {
      const toEnd = harness.discord.click(message, buttons(message).next!.id, { user: INVOKER });
      const toStart = harness.discord.click(message, buttons(message).first!.id, { user: INVOKER });
      await Promise.all([toEnd.ack(), toStart.ack()]);
      [end, start] = await Promise.all([toEnd.reply(), toStart.reply()]);
      // Both presses were served: neither was turned away as busy.
      expect([...toEnd.followUps(), ...toStart.followUps()]).toEqual([]);
      shown = toEnd.message();
    } finally {
      sessions.save = save;
    }
    expect(embedOf(end).footer?.text).toBe("Page 11 of 17 · 165 items");
    expectPage(start, hats, 0);

    // The list still knows its 17 pages, whichever press was served last: the message shows page 1
    // or page 11, and one more press from there moves with the count known.
    expect(shown).toBeDefined();
    const onFirstPage = buttons(shown!).first?.disabled === true;
    message = await turn(shown!, onFirstPage ? "next" : "first");
    expectPage(message, hats, onFirstPage ? 1 : 0);
    expect(embedOf(message).footer?.text).toBe(`Page ${onFirstPage ? 2 : 1} of 17 · 165 items`);
    expect(buttons(message).last?.disabled).toBe(false);
  });

  it("pages through a list whose count divides by Roblox's page size, trailing empty page and all", async () => {
    const exact = world().addUser({
      name: "ExactlyOneHundred",
      inventory: { assets: 100, badges: 1, gamePasses: 0, privateServers: 0 },
    });
    const items = expectedItems(exact.id);
    expect(items).toHaveLength(100);
    let message = await run({ user: exact.id });
    for (let index = 1; index <= 9; index++) message = await turn(message, "next");
    expectPage(message, items, 9);
    // Roblox gave a token with the 100th item, so the bot cannot know yet that the list ends here.
    expect(embedOf(message).footer?.text).toBe("Page 10 · more items on the next pages");
    const before = inventoryRequests().length;
    message = await turn(message, "next");
    // The read after the 100th item came back empty with no token: the list ends at page 10.
    expect(inventoryRequests().length - before).toBe(1);
    expectPage(message, items, 9);
    expect(embedOf(message).footer?.text).toBe("Page 10 of 10 · 100 items");
    expect(buttons(message).next?.disabled).toBe(true);
    message = await turn(message, "first");
    expect(embedOf(message).footer?.text).toBe("Page 1 of 10 · 100 items");
  });

  it("shows a 7-item inventory on one page without buttons", async () => {
    const seven = world()
      .listUsers()
      .find((user) => expectedItems(user.id).length === 7);
    expect(seven).toBeDefined();
    const message = await run({ user: seven!.id });
    expectPage(message, expectedItems(seven!.id), 0);
    expect(embedOf(message).footer?.text).toBe("Page 1 of 1 · 7 items");
    expect(message.components).toEqual([]);
  });

  it("says an empty inventory is empty, for everything and for a filter", async () => {
    const empty = world().subjects.emptyUser;
    const all = await run({ user: empty.username });
    expect(embedOf(all).description).toMatch(/'s inventory is empty\.$/);
    const small = world().subjects.smallUser;
    const none = await run({ user: small.username, asset_types: "Video", collectibles_only: true });
    expect(expectedItems(small.userId, "onlyCollectibles=true;inventoryItemAssetTypes=VIDEO")).toHaveLength(
      0,
    );
    expect(embedOf(none).description).toMatch(
      /has nothing in their inventory that matches: Assets: Video \(collectible Limiteds only\)\.$/,
    );
  });

  it.each([
    ["assets", { assets: true }, "inventoryItemAssetTypes=*", "All assets"],
    ["badges", { badges: true }, "badges=true", "Badges"],
    ["game_passes", { game_passes: true }, "gamePasses=true", "Game passes"],
  ])("lists only %s when asked", async (_, options, filter, summary) => {
    const rich = world().subjects.richUser;
    const before = inventoryRequests().length;
    const message = await run({ user: rich.username, ...options });
    expect(
      inventoryRequests()
        .slice(before)
        .map((r) => r.query.filter),
    ).toEqual([filter]);
    expect(embedOf(message).description?.split("\n")[0]).toBe(`**Showing:** ${summary}`);
    const items = expectedItems(rich.userId, filter);
    expectPage(message, items, 0);
    const next = await turn(message, "next");
    expectPage(next, items, 1);
  });

  it.each([
    [
      "assets:false",
      { assets: false },
      "badges=true;gamePasses=true;privateServers=true",
      "Everything but assets: Badges · Game passes · Private servers",
    ],
    [
      "badges:false",
      { badges: false },
      "inventoryItemAssetTypes=*;gamePasses=true;privateServers=true",
      "Everything but badges: All assets · Game passes · Private servers",
    ],
  ])("leaves a kind out with %s, and says so", async (_, options, filter, summary) => {
    const admin = world().subjects.admin;
    const before = inventoryRequests().length;
    const message = await run({ user: admin.userId, ...options });
    expect(
      inventoryRequests()
        .slice(before)
        .map((r) => r.query.filter),
    ).toEqual([filter]);
    expect(embedOf(message).description?.split("\n")[0]).toBe(`**Showing:** ${summary}`);
    const items = expectedItems(admin.userId, filter);
    expect(items.length).toBeGreaterThan(0);
    expectPage(message, items, 0);
  });

  it.each([
    ["T-Shirt", /Did you mean T-Shirt Accessory or Classic T-Shirt\?/],
    ["pants", /Did you mean Pants Accessory or Classic Pants\?/],
  ])("suggests the closest asset types for %s", async (typed, expected) => {
    const before = inventoryRequests().length;
    const notice = await runForNotice({ user: world().subjects.richUser.username, asset_types: typed });
    expect(notice).toMatch(expected);
    expect(inventoryRequests().length).toBe(before);
  });

  it.each([
    ["faces", "FACE", "Face"],
    ["Hats, pants accessory", "HAT,PANTS_ACCESSORY", "Hat, Pants Accessory"],
  ])("accepts %s as the one type it can mean", async (typed, types, names) => {
    const rich = world().subjects.richUser;
    const before = inventoryRequests().length;
    const message = await run({ user: rich.username, asset_types: typed });
    expect(
      inventoryRequests()
        .slice(before)
        .map((r) => r.query.filter),
    ).toEqual([`inventoryItemAssetTypes=${types}`]);
    expect(embedOf(message).description?.split("\n")[0]).toBe(`**Showing:** Assets: ${names}`);
  });

  it.each([
    ["Hats, Fa", true],
    ["Hat, Face, anim", true],
    ["T-Shirt, Fa", false],
    ["zzz, ha", false],
  ])("offers for %s only choices the command then accepts", async (typed, offersSome) => {
    const rich = world().subjects.richUser;
    const choices = await harness.discord.autocomplete({
      name: "inventory",
      options: { user: rich.username, asset_types: typed },
      focused: "asset_types",
      user: INVOKER,
    });
    // After an entry that names no one type there is nothing the command would accept to offer.
    expect(choices.length > 0).toBe(offersSome);
    for (const choice of choices.slice(0, 3)) {
      const message = await run({ user: rich.username, asset_types: choice.value });
      expect(message.ephemeral, `${choice.value}: ${message.content}`).toBe(false);
      expect(embedOf(message).description?.split("\n")[0]).toBe(`**Showing:** Assets: ${choice.name}`);
    }
  });

  it("lists private servers with the owner's own key, and explains why others' are hidden", async () => {
    const admin = world().subjects.admin;
    const own = await run({ user: admin.userId, private_servers: true, badges: true });
    expectPage(own, expectedItems(admin.userId, "badges=true;privateServers=true"), 0);
    expect(embedOf(own).description).toContain("🖥️ **Private server");

    const notice = await runForNotice({ user: world().subjects.richUser.username, private_servers: true });
    expect(notice).toMatch(/Private servers and purchased places are only shown to the owner's own API key/);
  });

  it("filters by asset types picked through autocomplete", async () => {
    const rich = world().subjects.richUser;
    const choices = await harness.discord.autocomplete({
      name: "inventory",
      options: { user: rich.username, asset_types: "Hat, classic sh" },
      focused: "asset_types",
      user: INVOKER,
    });
    expect(choices[0]).toEqual({ name: "Hat, Classic Shirt", value: "HAT,CLASSIC_SHIRT" });
    const before = inventoryRequests().length;
    const message = await run({ user: rich.username, asset_types: choices[0]!.value });
    expect(
      inventoryRequests()
        .slice(before)
        .map((r) => r.query.filter),
    ).toEqual(["inventoryItemAssetTypes=HAT,CLASSIC_SHIRT"]);
    expect(embedOf(message).description?.split("\n")[0]).toBe("**Showing:** Assets: Hat, Classic Shirt");
    const items = expectedItems(rich.userId, "inventoryItemAssetTypes=HAT,CLASSIC_SHIRT");
    expect(new Set(items.map((e) => (e.kind === "asset" ? e.assetType : e.kind)))).toEqual(
      new Set(["HAT", "CLASSIC_SHIRT"]),
    );
    expectPage(message, items, 0);
    expect(embedOf(message).description).toContain(" · Hat · ");
  });

  it("lists only collectibles, with their serial numbers", async () => {
    const rich = world().subjects.richUser;
    const before = inventoryRequests().length;
    const message = await run({ user: rich.username, collectibles_only: true });
    const filter = "onlyCollectibles=true;inventoryItemAssetTypes=*";
    expect(
      inventoryRequests()
        .slice(before)
        .map((r) => r.query.filter),
    ).toEqual([filter]);
    const items = expectedItems(rich.userId, filter);
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((e) => e.kind === "asset" && e.collectible?.serialNumber !== undefined)).toBe(true);
    expectPage(message, items, 0);
    expect(
      (embedOf(message).description ?? "")
        .split("\n")
        .slice(2)
        .every((row) => row.startsWith("💎")),
    ).toBe(true);
  });

  it("shows pages of the longest item names Roblox allows within Discord's limits", async () => {
    const rich = world().subjects.richUser;
    const all = expectedItems(rich.userId, "inventoryItemAssetTypes=*");
    const isLong = (e: InventoryEntry) =>
      e.kind === "asset" && decodeCatalogAsset(world().seed, e.assetId)?.name.length === MAX_ITEM_NAME_LENGTH;
    // The asset type whose first page has the most 50-character names.
    const types = [...new Set(all.map((e) => (e.kind === "asset" ? e.assetType : "")))].filter(
      (type) => type !== "INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED",
    );
    const best = types
      .map((type) => ({
        type,
        long: all
          .filter((e) => e.kind === "asset" && e.assetType === type)
          .slice(0, 10)
          .filter(isLong).length,
      }))
      .sort((a, b) => b.long - a.long)[0]!;
    expect(best.long).toBeGreaterThan(0);
    const message = await run({ user: rich.username, asset_types: best.type });
    const items = expectedItems(rich.userId, `inventoryItemAssetTypes=${best.type}`);
    expectPage(message, items, 0);
    const longOne = items.slice(0, 10).find(isLong)!;
    const name = decodeCatalogAsset(world().seed, (longOne as { assetId: string }).assetId)!.name;
    expect(embedOf(message).description).toContain(name.replace(/[[\]]/g, ""));
    expect(harness.discord.violations).toEqual([]);
  });

  it("still shows the page, with IDs and links, when the name lookups fail", async () => {
    const user = world().subjects.longNameUser;
    const items = expectedItems(user.userId);
    harness.roblox.setFaults({ status5xx: { count: 50, path: /^\/v1\/catalog\/items\/details$/ } });
    try {
      const message = await run({ user: user.userId });
      expectPage(message, items, 0, false);
      const rows = (embedOf(message).description ?? "").split("\n").slice(2);
      const first = items[0] as { assetId: string };
      expect(rows[0]).toContain(`[Asset ${first.assetId}](https://www.roblox.com/catalog/${first.assetId})`);
      expect(rows[0]).toContain(`ID ${first.assetId}`);
    } finally {
      harness.roblox.setFaults({});
    }
    expect(
      harness.roblox.requests.some((r) => r.path === "/v1/catalog/items/details" && r.status === 500),
    ).toBe(true);
  });
});

describe("/inventory ownership check", () => {
  it("says which IDs of each kind the user owns and which not", async () => {
    const admin = world().subjects.admin;
    const owned = world().inventoryOf(admin.userId);
    const pick = <K extends InventoryEntry["kind"]>(kind: K) =>
      entryId(owned.find((entry) => entry.kind === kind)!);
    const asset = pick("asset");
    const badge = pick("badge");
    const pass = pick("gamePass");
    const server = pick("privateServer");
    const ownedIds = new Set(owned.map(entryId));
    const firstFree = (from: string) => {
      let id = Number(from);
      while (ownedIds.has(String(id))) id += 1;
      return String(id);
    };
    const notOwned = {
      asset: firstFree("10000399"),
      badge: firstFree(badge),
      pass: firstFree(pass),
      server: firstFree(server),
    };
    expect(owned.some((e) => e.kind === "asset" && e.assetId === notOwned.asset)).toBe(false);
    const before = inventoryRequests().length;
    const message = await run({
      user: admin.username,
      asset_ids: `${asset}, ${notOwned.asset}`,
      badge_ids: `${badge},${notOwned.badge}`,
      game_pass_ids: `${pass} ${notOwned.pass}`,
      private_server_ids: `${server},${notOwned.server}`,
    });
    expect(
      inventoryRequests()
        .slice(before)
        .map((r) => r.query.filter),
    ).toEqual([
      `assetIds=${asset},${notOwned.asset};badgeIds=${badge},${notOwned.badge};gamePassIds=${pass},${notOwned.pass};privateServerIds=${server},${notOwned.server}`,
    ]);
    const lines = (embedOf(message).description ?? "").split("\n");
    const lineOf = (id: string) => lines.find((line) => line.endsWith(`ID ${id}`)) ?? "";
    for (const id of [asset, badge, pass, server]) expect(lineOf(id)).toMatch(/^✓ owns · /);
    for (const id of Object.values(notOwned)) expect(lineOf(id)).toMatch(/^✗ does not own · /);
    expect(lines.filter((line) => /^\*\*.+\*\*$/.test(line))).toEqual([
      "**Assets**",
      "**Badges**",
      "**Game passes**",
      "**Private servers**",
    ]);
    expect(embedOf(message).footer?.text).toBe("Owns 4 of 8 items asked about");
  });

  it("refuses to mix kinds and IDs, and names a malformed entry", async () => {
    const user = world().subjects.smallUser.username;
    const before = harness.roblox.countRequests({ family: "inventory" });
    expect(await runForNotice({ user, badges: true, asset_ids: "1" })).toMatch(
      /cannot list kinds of items and check IDs in one request/,
    );
    expect(await runForNotice({ user, badge_ids: "12, twelve" })).toMatch(
      /In badge_ids, “twelve” is not a badge ID/,
    );
    expect(await runForNotice({ user, asset_types: "Hat, Hatt" })).toMatch(
      /“Hatt” is not an inventory asset type/,
    );
    expect(harness.roblox.countRequests({ family: "inventory" })).toBe(before);
  });
});

describe("/inventory failures", () => {
  it("explains a private inventory and how its owner can show it", async () => {
    const notice = await runForNotice({ user: world().subjects.privateUser.username });
    expect(notice).toMatch(/inventory is private, so Roblox does not show it to the bot/);
    expect(notice).toMatch(/“Who can see my inventory\?” → Everyone/);
  });

  it.each([
    ["an unknown username", "NoSuchCollector", /No Roblox user is named “NoSuchCollector”/],
    ["an unknown ID", "999999999999", /No Roblox user has the ID 999999999999/],
  ])("answers %s privately", async (_, user, expected) => {
    expect(await runForNotice({ user })).toMatch(expected);
  });
});
