import fc from "fast-check";

/** Hand-picked hostile strings: injections into the filter grammar, paths, markdown, mentions, controls. */
export const NASTY_STRINGS: readonly string[] = [
  "",
  " ",
  "HAT;badges=true",
  "1;badges=true",
  "1,2;assetIds=3",
  "Hat,*",
  "*",
  "inventoryItemAssetTypes=*",
  "1/../../groups/1",
  "../1",
  "1%2F2",
  "1?filter=badges=true",
  "1#x",
  "-1",
  "0",
  "00012",
  "1e9",
  "0x1F",
  "1.5",
  "NaN",
  "Infinity",
  "9".repeat(19),
  "9".repeat(40),
  "1".repeat(1000),
  "@everyone",
  "<@100000000000000001>",
  "`code` **bold** ||spoiler||",
  "builderman\u0000",
  "\u202Ebuilderman",
  "builder\u200Bman",
  "ｂｕｉｌｄｅｒｍａｎ",
  "١٢٣",
  "😀😀😀",
  "a_b_c",
  "_abc",
  "ab",
  "a".repeat(21),
  "'; DROP TABLE users; --",
  "user == 'users/1'",
  `\${process.env.ROBLOX_API_KEY}`,
  "\r\nX-Injected: yes",
];

/** Any text a Discord user could type into a string option (bounded), biased towards hostile shapes. */
export function hostileText(maxLength = 200): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...NASTY_STRINGS),
    fc.string({ maxLength }),
    fc.string({ unit: "grapheme", maxLength: Math.min(maxLength, 40) }),
    fc.string({ unit: "binary", maxLength: Math.min(maxLength, 40) }),
    fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String),
    fc.stringMatching(/^[A-Za-z0-9_]{1,30}$/),
  );
}

/** A comma list with empty entries, duplicates, padding and junk among plausible IDs. */
export function hostileIdList(maxEntries = 40): fc.Arbitrary<string> {
  const entry = fc.oneof(
    { weight: 4, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 12n }).map(String) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("", " ", "0", "-5", "1.0", "x", "1;badges=true", "9".repeat(25)),
    },
    { weight: 1, arbitrary: hostileText(20) },
  );
  return fc
    .tuple(fc.array(entry, { maxLength: maxEntries }), fc.constantFrom(",", ", ", " ,", ",,", " "))
    .chain(([entries, separator]) =>
      fc.boolean().map((duplicate) => (duplicate ? [...entries, ...entries] : entries).join(separator)),
    );
}

/** A comma list of asset type names, friendly or API spelled, with junk and duplicates. */
export function hostileAssetTypeList(): fc.Arbitrary<string> {
  const entry = fc.oneof(
    fc.constantFrom("Hat", "hat", "Classic Shirt", "CLASSIC_SHIRT", "Face", "PURCHASED_PLACE", "Place", "*"),
    fc.constantFrom("INVENTORY_ITEM_ASSET_TYPE_UNSPECIFIED", "HAT;badges=true", "Hat=1", ""),
    hostileText(20),
  );
  return fc.array(entry, { maxLength: 8 }).map((entries) => entries.join(","));
}

/** Thousands of entries in one list (Discord caps the option at 1,000 characters; the parser must not care). */
export const HUGE_LIST = Array.from({ length: 5_000 }, (_, index) => String(index + 1)).join(",");
