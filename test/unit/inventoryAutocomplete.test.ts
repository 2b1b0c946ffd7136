import fc from "fast-check";
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

describe("asset_types as people type them", () => {
  it("accepts plurals and fragments that fit one type, suggests the closest types otherwise", () => {
    expect(parseAssetTypes("faces, Hats, tshirt acc")).toEqual(["FACE", "HAT", "TSHIRT_ACCESSORY"]);
    expect(() => parseAssetTypes("T-Shirt")).toThrow(
      /“T-Shirt” is not an inventory asset type. Did you mean T-Shirt Accessory or Classic T-Shirt\?/,
    );
    expect(() => parseAssetTypes("pants")).toThrow(/Did you mean Pants Accessory or Classic Pants\?/);
    expect(() => parseAssetTypes("zz")).toThrow(/Start typing in the option to pick from the list/);
  });

  it("offers only choices parseAssetTypes accepts, whatever came before the last comma", () => {
    const fragment = fc.constantFrom("Hats", "Fa", "T-Shirt", "pants", "zzz", "classic", "acc", "", "faces");
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 4 }), (entries) => {
        for (const choice of assetTypeChoices(entries.join(", "))) {
          expect(parseAssetTypes(choice.value).join(",")).toBe(choice.value);
        }
      }),
      { numRuns: 300 },
    );
    expect(assetTypeChoices("Hats, Fa")[0]).toEqual({ name: "Hat, Face", value: "HAT,FACE" });
  });
});
