import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/translator.js";
import type { InventoryRow, ListScope, OwnershipResult } from "../../src/services/inventory/index.js";
import { emptyInventoryEmbed, inventoryPageEmbed, ownershipEmbed } from "../../src/views/inventory.js";
import { rowLine, scopeSummary } from "../../src/views/inventoryRows.js";
import type { UserHeader } from "../../src/views/userHeader.js";

const user: UserHeader = {
  id: "2000009",
  username: "Long_Name_User_123",
  displayName: "Ångström_Ünïcødé東京✨",
  headshotUrl: "https://tr.rbxcdn.com/headshot.png",
};
const everything: ListScope = {
  everything: true,
  assets: undefined,
  collectiblesOnly: false,
  badges: false,
  gamePasses: false,
  privateServers: false,
};
/** 50 characters (Roblox's limit), with markdown, brackets and letters outside the BMP. */
const LONGEST = "[*Ünïcødé*] _Størm_ `Crown` of ~~𝔈𝔱𝔢𝔯𝔫𝔞𝔩~~ ||Sky|| ✦✦";

type RowOverrides = { [K in keyof InventoryRow]?: InventoryRow[K] | undefined };

function row(n: number, overrides: RowOverrides = {}): InventoryRow {
  return {
    kind: "asset",
    id: String(10_000_000 + n),
    assetType: "HAT",
    serialNumber: 99_999,
    added: "2023-07-05T12:34:56Z",
    name: LONGEST,
    imageUrl: `https://tr.rbxcdn.com/${n}/150/150/Asset/Png`,
    ...overrides,
  } as InventoryRow;
}

describe("inventory views", () => {
  it("keeps a page of the longest names within Discord's embed limits, links intact", () => {
    const rows = Array.from({ length: 10 }, (_, n) => row(n));
    const embed = inventoryPageEmbed(
      en,
      user,
      everything,
      rows,
      { index: 41, count: 1000, hasNext: true },
      10_000,
    );
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.footer?.text).toBe("Page 42 of 1,000 · 10,000 items");
    expect(embed.thumbnail?.url).toBe(rows[0]!.imageUrl);
    const lines = embed.description!.split("\n");
    expect(lines).toHaveLength(12);
    for (const line of lines.slice(2)) {
      // The link text cannot close early: no raw brackets inside it, markdown escaped.
      expect(line).toMatch(
        /^💎 \[[^[\]]+\]\(https:\/\/www\.roblox\.com\/catalog\/\d+\) · Hat · #99,999 · added <t:\d+:d>$/,
      );
      expect(line).toContain("\\*Ünïcødé\\*");
    }
  });

  it("shows a row without a name by its kind, ID and link", () => {
    expect(rowLine(en, row(1, { name: undefined, serialNumber: undefined, added: undefined }))).toBe(
      "🧩 [Asset 10000001](https://www.roblox.com/catalog/10000001) · Hat · ID 10000001",
    );
    expect(rowLine(en, { kind: "gamePass", id: "30000001", name: undefined, imageUrl: undefined })).toBe(
      "🎟️ [Game pass 30000001](https://www.roblox.com/game-pass/30000001) · Game pass · ID 30000001",
    );
    expect(
      rowLine(en, {
        kind: "privateServer",
        id: "40000001",
        name: undefined,
        imageUrl: undefined,
        added: "2020-01-01T00:00:00Z",
      }),
    ).toBe("🖥️ **Private server 40000001** · Private server · added <t:1577836800:d> · ID 40000001");
    expect(
      rowLine(en, row(2, { assetType: "MODEL", serialNumber: undefined, added: undefined, name: "M" })),
    ).toBe("🧩 [M](https://create.roblox.com/store/asset/10000002) · Model");
  });

  it("sums up the filter in one line", () => {
    expect(scopeSummary(en, everything)).toBe("Everything (assets, badges, game passes, private servers)");
    expect(
      scopeSummary(en, {
        ...everything,
        everything: false,
        assets: ["HAT", "CLASSIC_SHIRT"],
        collectiblesOnly: true,
        badges: true,
      }),
    ).toBe("Assets: Hat, Classic Shirt (collectible Limiteds only) · Badges");
    expect(
      scopeSummary(en, { ...everything, everything: false, gamePasses: true, privateServers: true }),
    ).toBe("Game passes · Private servers");
  });

  it("says what is empty", () => {
    expect(emptyInventoryEmbed(en, user, everything).description).toBe(
      "Ångström\\_Ünïcødé東京✨ (@Long\\_Name\\_User\\_123)'s inventory is empty.",
    );
  });

  it("groups an ownership check by kind within the limits", () => {
    const result: OwnershipResult = [
      {
        kind: "asset",
        entries: Array.from({ length: 13 }, (_, n) => ({
          id: String(10_000_000 + n),
          owned: n % 2 === 0,
          details: { name: LONGEST, imageUrl: n === 2 ? "https://tr.rbxcdn.com/x.png" : undefined },
        })),
      },
      {
        kind: "badge",
        entries: Array.from({ length: 12 }, (_, n) => ({
          id: String(2_100_000_000 + n),
          owned: false,
          details: { name: undefined, imageUrl: undefined },
        })),
      },
    ];
    const embed = ownershipEmbed(en, user, result);
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    const lines = embed.description!.split("\n");
    expect(lines[0]).toBe("**Assets**");
    expect(lines[1]).toMatch(
      /^✓ owns · \[.+\]\(https:\/\/www\.roblox\.com\/catalog\/10000000\) · ID 10000000$/,
    );
    expect(lines[2]).toMatch(/^✗ does not own · /);
    expect(lines).toContain("**Badges**");
    expect(lines.at(-1)).toBe(
      "✗ does not own · [Badge 2100000011](https://www.roblox.com/badges/2100000011) · ID 2100000011",
    );
    expect(embed.footer?.text).toBe("Owns 7 of 25 items asked about");
    expect(embed.thumbnail?.url).toBe("https://tr.rbxcdn.com/x.png");
  });
});
