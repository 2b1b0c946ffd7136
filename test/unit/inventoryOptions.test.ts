import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { en } from "../../src/i18n/translator.js";
import {
  type InventoryOptionsInput,
  MAX_IDS_TO_CHECK,
  parseInventoryOptions,
} from "../../src/services/inventory/options.js";
import { scopeSummary } from "../../src/views/inventoryRows.js";

/**
 * Each row: the /inventory options, the matching rblxopencloud call, and the `filter` that call
 * sends (rblxopencloud/user.py `list_inventory`; `""` is its "no filter"). The bot sends the same
 * string, except that rblxopencloud writes Python's `True` for onlyCollectibles where the bot
 * writes `true` like every other boolean in the documented grammar.
 */
const TABLE: Array<[string, InventoryOptionsInput, string]> = [
  ["list_inventory()", {}, ""],
  ["list_inventory(assets=True)", { assets: true }, "inventoryItemAssetTypes=*"],
  ["list_inventory(badges=True)", { badges: true }, "badges=true"],
  ["list_inventory(game_passes=True)", { gamePasses: true }, "gamePasses=true"],
  ["list_inventory(private_servers=True)", { privateServers: true }, "privateServers=true"],
  [
    "list_inventory(assets=True, badges=True, game_passes=True, private_servers=True)",
    { assets: true, badges: true, gamePasses: true, privateServers: true },
    "inventoryItemAssetTypes=*;badges=true;gamePasses=true;privateServers=true",
  ],
  [
    "list_inventory(badges=True, game_passes=True)",
    { gamePasses: true, badges: true },
    "badges=true;gamePasses=true",
  ],
  [
    "list_inventory(assets=[CLASSIC_SHIRT])",
    { assetTypes: "Classic Shirt" },
    "inventoryItemAssetTypes=CLASSIC_SHIRT",
  ],
  [
    "list_inventory(assets=[HAT, CLASSIC_PANTS, TSHIRT_ACCESSORY], game_passes=True)",
    { assetTypes: "hat, CLASSIC_PANTS ,T-Shirt Accessory", gamePasses: true },
    "inventoryItemAssetTypes=HAT,CLASSIC_PANTS,TSHIRT_ACCESSORY;gamePasses=true",
  ],
  [
    "list_inventory(only_collectibles=True)",
    { collectiblesOnly: true },
    "onlyCollectibles=True;inventoryItemAssetTypes=*",
  ],
  [
    "list_inventory(only_collectibles=True, assets=[HAT, FACE])",
    { collectiblesOnly: true, assetTypes: "Hat,Face" },
    "onlyCollectibles=True;inventoryItemAssetTypes=HAT,FACE",
  ],
  [
    "list_inventory(only_collectibles=True, badges=True)",
    { collectiblesOnly: true, badges: true },
    "onlyCollectibles=True;inventoryItemAssetTypes=*;badges=true",
  ],
  // false leaves that kind out; alone it means every other kind (rblxopencloud itself sends no filter here).
  [
    "assets:false alone: everything but assets",
    { assets: false },
    "badges=true;gamePasses=true;privateServers=true",
  ],
  [
    "badges:false, private_servers:false: everything but those",
    { badges: false, privateServers: false },
    "inventoryItemAssetTypes=*;gamePasses=true",
  ],
  ["list_inventory(badges=False, game_passes=True)", { badges: false, gamePasses: true }, "gamePasses=true"],
  [
    "list_inventory(assets=[62724852, 1028595, 4773588762])",
    { assetIds: "62724852, 1028595,4773588762" },
    "assetIds=62724852,1028595,4773588762",
  ],
  ["list_inventory(badges=[1, 2])", { badgeIds: "1 2" }, "badgeIds=1,2"],
  ["list_inventory(game_passes=[83167572])", { gamePassIds: "83167572" }, "gamePassIds=83167572"],
  ["list_inventory(private_servers=[175156])", { privateServerIds: "175156," }, "privateServerIds=175156"],
  [
    "list_inventory(assets=[1, 2], badges=[1, 2], game_passes=[1, 2], private_servers=[1, 2])",
    { assetIds: "1,2", badgeIds: "1,2", gamePassIds: "1,2", privateServerIds: "1,2" },
    "assetIds=1,2;badgeIds=1,2;gamePassIds=1,2;privateServerIds=1,2",
  ],
  // Discord leaves unset options null; they count as not given.
  [
    "list_inventory(badges=True)",
    { badges: true, assets: null, assetIds: null, assetTypes: null },
    "badges=true",
  ],
];

function sentFilter(input: InventoryOptionsInput): string {
  const query = parseInventoryOptions(input);
  return query.filter ?? "";
}

describe("/inventory options → Roblox filter", () => {
  it.each(TABLE)("%s", (_call, input, rblxopencloudFilter) => {
    expect(sentFilter(input)).toBe(
      rblxopencloudFilter.replace("onlyCollectibles=True", "onlyCollectibles=true"),
    );
  });

  it("lists everything with no filter, and only what was asked otherwise", () => {
    expect(parseInventoryOptions({})).toEqual({
      mode: "list",
      filter: undefined,
      scope: {
        everything: true,
        assets: undefined,
        collectiblesOnly: false,
        badges: false,
        gamePasses: false,
        privateServers: false,
      },
    });
    const query = parseInventoryOptions({ assetTypes: "Hat", collectiblesOnly: true });
    expect(query).toMatchObject({
      mode: "list",
      scope: { everything: false, assets: ["HAT"], collectiblesOnly: true, badges: false },
    });
    expect(parseInventoryOptions({ collectiblesOnly: true })).toMatchObject({ scope: { assets: "all" } });
  });

  it("says what a listing of everything but the kinds set to false shows", () => {
    const query = parseInventoryOptions({ assets: false });
    expect(query).toMatchObject({
      mode: "list",
      scope: { everything: false, allBut: ["asset"], assets: undefined, badges: true, gamePasses: true },
    });
    if (query.mode !== "list") throw new Error("expected a listing");
    expect(scopeSummary(en, query.scope)).toBe(
      "Everything but assets: Badges · Game passes · Private servers",
    );
  });

  it.each([
    [{ assets: false, assetTypes: "Hat" }, /assets:false leaves assets out, but asset_types/],
    [{ assets: false, collectiblesOnly: true }, /assets:false leaves assets out, but collectibles_only/],
    [{ assets: false, badges: false, gamePasses: false, privateServers: false }, /nothing is left to list/],
  ])("refuses false combined with what contradicts it: %o", (input, expected) => {
    expect(() => parseInventoryOptions(input)).toThrow(expected);
  });

  it("turns ID lists into an ownership check, deduplicated, grouped by kind", () => {
    expect(parseInventoryOptions({ assetIds: "5, 5,6", gamePassIds: "7" })).toEqual({
      mode: "check",
      filter: "assetIds=5,6;gamePassIds=7",
      ids: { asset: ["5", "6"], badge: [], gamePass: ["7"], privateServer: [] },
    });
  });
});

const INVALID: Array<[string, InventoryOptionsInput, RegExp]> = [
  [
    "assets with asset_ids",
    { assets: true, assetIds: "1" },
    /cannot list kinds of items and check IDs in one request\. Use either assets .* or asset_ids/,
  ],
  [
    "collectibles_only with badge_ids",
    { collectiblesOnly: true, badgeIds: "2" },
    /Use either collectibles_only .* or badge_ids/,
  ],
  [
    "asset_types and badges with game_pass_ids and private_server_ids",
    { assetTypes: "Hat", badges: true, gamePassIds: "3", privateServerIds: "4" },
    /Use either asset_types and badges .* or game_pass_ids and private_server_ids/,
  ],
  ["private_servers with asset_ids", { privateServers: true, assetIds: "9" }, /Use either private_servers/],
  [
    "assets with asset_types",
    { assets: true, assetTypes: "Hat" },
    /either assets \(every asset type\) or asset_types/,
  ],
  [
    "an unknown asset type",
    { assetTypes: "Hat, Hatt" },
    /In asset_types, “Hatt” is not an inventory asset type/,
  ],
  [
    "the unspecified asset type",
    { assetTypes: "Unspecified" },
    /“Unspecified” is not an inventory asset type/,
  ],
  ["a word among asset IDs", { assetIds: "12, abc" }, /In asset_ids, “abc” is not an asset ID/],
  ["a negative badge ID", { badgeIds: "-5" }, /In badge_ids, “-5” is not a badge ID/],
  ["a zero game pass ID", { gamePassIds: "0" }, /In game_pass_ids, “0” is not a game pass ID/],
  [
    "a fractional private server ID",
    { privateServerIds: "1.5" },
    /In private_server_ids, “1\.5” is not a private server ID/,
  ],
  [
    "an ID too long to be one",
    { assetIds: "12345678901234567890" },
    /“12345678901234567890” is not an asset ID/,
  ],
  [
    "too many IDs",
    { assetIds: Array.from({ length: MAX_IDS_TO_CHECK + 1 }, (_, i) => i + 1).join(",") },
    new RegExp(`up to ${MAX_IDS_TO_CHECK} IDs; you gave ${MAX_IDS_TO_CHECK + 1}`),
  ],
  ["markdown in a bad entry", { badgeIds: "**x**" }, /“\\\*\\\*x\\\*\\\*” is not a badge ID/],
];

describe("/inventory invalid options", () => {
  it.each(INVALID)("%s", (_name, input, message) => {
    let thrown: unknown;
    try {
      parseInventoryOptions(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toMatch(message);
  });
});

describe("collectibles_only's help text", () => {
  it("says Roblox returns only non-UGC Limiteds for it (patterns.md, onlyCollectibles)", async () => {
    const { inventoryCommand } = await import("../../src/commands/inventory.js");
    const option = inventoryCommand.data.options?.find((o) => o.name === "collectibles_only");
    expect(option?.description).toMatch(/not UGC Limiteds/);
    expect(option?.description.length).toBeLessThanOrEqual(100);
  });
});
