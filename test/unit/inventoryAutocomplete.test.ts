import { describe, expect, it } from "vitest";
import { assetTypeChoices } from "../../src/services/inventory/assetTypeChoices.js";
import { parseAssetTypes } from "../../src/services/inventory/options.js";

describe("asset_types autocomplete", () => {
  it("offers the 52 filterable types (25 at a time) when nothing is typed", () => {
    const choices = assetTypeChoices("");
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: "Classic T-Shirt", value: "CLASSIC_TSHIRT" });
    expect(choices.map((choice) => choice.value)).not.toContain("INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED");
  });

  it("maps friendly names to API names, names starting with the typed text first", () => {
    const choices = assetTypeChoices("classic sh");
    expect(choices[0]).toEqual({ name: "Classic Shirt", value: "CLASSIC_SHIRT" });
    const shirts = assetTypeChoices("shirt").map((choice) => choice.value);
    expect(shirts[0]).toBe("SHIRT_ACCESSORY");
    expect(shirts).toEqual(expect.arrayContaining(["CLASSIC_SHIRT", "CLASSIC_TSHIRT", "TSHIRT_ACCESSORY"]));
  });

  it("completes the last entry of a comma list and keeps the earlier ones", () => {
    const choices = assetTypeChoices("Hat, classic sh");
    expect(choices[0]).toEqual({ name: "Hat, Classic Shirt", value: "HAT,CLASSIC_SHIRT" });
    // A type already in the list is not offered again.
    expect(assetTypeChoices("Hat, ha").map((choice) => choice.value)).not.toContain("HAT,HAT");
    expect(assetTypeChoices("HAT,").length).toBe(25);
  });

  it("every suggested value parses back to the types it names, within Discord's 100 characters", () => {
    for (const typed of [
      "",
      "a",
      "Hat, Face, anim",
      "Dynamic Head, Left Shoe Accessory, Right Shoe Accessory, acc",
    ]) {
      for (const choice of assetTypeChoices(typed)) {
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(choice.value.length).toBeLessThanOrEqual(100);
        expect(parseAssetTypes(choice.value).join(",")).toBe(choice.value);
      }
    }
  });

  it("offers nothing for text that matches no type", () => {
    expect(assetTypeChoices("Hat, zzz")).toEqual([]);
  });
});
