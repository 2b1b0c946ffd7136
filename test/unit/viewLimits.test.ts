import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../../src/i18n/catalogue.js";
import { LOCALES } from "../../src/i18n/locales.js";
import { type Translator, translatorFor } from "../../src/i18n/translator.js";
import { type Message, type MessageKey, message } from "../../src/i18n/types.js";
import { pagerRow } from "../../src/pager/row.js";
import type { GroupRow, GroupSummary, RoleSummary } from "../../src/services/groups/index.js";
import { assetTypeChoices } from "../../src/services/inventory/assetTypeChoices.js";
import type { InventoryRow, ListScope } from "../../src/services/inventory/index.js";
import type { UploadJob, UploadResult } from "../../src/services/uploads/jobs.js";
import { groupCheckEmbed, groupsPageEmbed, noGroupsEmbed } from "../../src/views/groups.js";
import { emptyInventoryEmbed, inventoryPageEmbed, ownershipEmbed } from "../../src/views/inventory.js";
import { profileEmbed } from "../../src/views/profile.js";
import { uploadReply, uploadsListEmbed } from "../../src/views/upload.js";
import type { UserHeader } from "../../src/views/userHeader.js";
import { checkAutocompleteLimits, checkMessageLimits } from "../emulators/discord/validation/limits.js";

// Every view, in every locale, with the longest names Roblox allows (and longer), letters outside
// the BMP, right-to-left text and markdown, and the largest numbers: within Discord's limits
// (the Discord emulator's own checks: title 256, description 4096, field 1024, footer 2048,
// total 6000, button label 80, choice name 100), with every template's own words intact.

const BIG = Number.MAX_SAFE_INTEGER;
const NAME_20 = "Ångström東京✨𝔈𝔱𝔢𝔯𝔫𝔞𝔩שלום";
const user: UserHeader = {
  id: "9223372036854775807",
  username: "Long_Name_User_12345",
  displayName: NAME_20,
  headshotUrl: "https://tr.rbxcdn.com/headshot.png",
};
const LONG =
  "[*Ünïcødé*] _Størm_ `Crown` of ~~𝔈𝔱𝔢𝔯𝔫𝔞𝔩~~ ||Sky|| ✦✦ مرحبا بالعالم 東京タワー 🏰🏰🏰🏰🏰🏰🏰🏰🏰🏰";
// Roblox caps group names at 50 characters; this one is longer still.
const group: GroupSummary = { id: "9223372036854775807", name: LONG, verified: true, memberCount: BIG };
const role = (n: number): RoleSummary => ({ id: String(n), name: `${LONG} ${n}`, rank: 255 });
const groupRow = (n: number): GroupRow => ({
  group,
  role: role(n),
  moreRoles: BIG,
  joined: "2020-01-01T00:00:00Z",
});
const allBut: ListScope = {
  everything: false,
  allBut: ["badge", "gamePass", "privateServer"],
  assets: [
    "HAIR_ACCESSORY",
    "LEFT_SHOE_ACCESSORY",
    "RIGHT_SHOE_ACCESSORY",
    "DRESS_SKIRT_ACCESSORY",
    "EMOTE_ANIMATION",
    "SHORTS_ACCESSORY",
    "MOOD_ANIMATION",
    "PURCHASED_PLACE",
  ],
  collectiblesOnly: true,
  badges: true,
  gamePasses: true,
  privateServers: true,
};
const inventoryRow = (n: number): InventoryRow =>
  ({
    kind: "asset",
    id: String(BIG - n),
    assetType: "DRESS_SKIRT_ACCESSORY",
    serialNumber: BIG,
    added: "2023-07-05T12:34:56Z",
    name: LONG,
    imageUrl: `https://tr.rbxcdn.com/${n}/150/150/Asset/Png`,
    limited: true,
  }) as InventoryRow;

/** The longest reason an upload can end with, every parameter at its longest. */
const longestReason = (): Message =>
  message("upload.quotaGroup", {
    group: "9223372036854775807",
    owner: "9223372036854775807",
    usage: BIG,
    capacity: BIG,
    period: { message: message("upload.quotaPeriod.month") },
    reset: { message: message("upload.quotaReset", { date: { date: Date.UTC(2099, 11, 31) } }) },
  });

function job(result: UploadResult | undefined, stage: UploadJob["stage"] = "finished"): UploadJob {
  return {
    id: "1",
    userId: "2",
    guildId: "3",
    applicationId: "4",
    interactionCreatedAt: 0,
    createdAt: 0,
    fileName: `${"ファイル名".repeat(60)}.png`,
    size: 20 * 1024 * 1024,
    displayName: LONG.slice(0, 50),
    creator: { groupId: "9223372036854775807" },
    targetAssetId: "9223372036854775807",
    assetType: "Model",
    fileKind: "glb",
    stage,
    replyOpen: true,
    updatedAt: 0,
    operationId: "operations/0123456789abcdef0123456789abcdef",
    ...(result === undefined ? {} : { result }),
  };
}

const results = (reason: Message): UploadResult[] => [
  { kind: "approved", assetId: "9223372036854775807", revisionId: "9223372036854775807" },
  { kind: "reviewing", assetId: "9223372036854775807", note: message("upload.stillReviewing") },
  { kind: "rejected", assetId: "9223372036854775807", reason },
  { kind: "failed", reason, nothingSent: false },
  { kind: "interrupted", reason: message("upload.interrupted") },
  { kind: "timeout", reason: message("upload.timedOut", { operation: "operations/0123456789abcdef" }) },
];

type Body = { embeds?: object[]; components?: object[]; content?: string };

function views(t: Translator): Array<[string, Body]> {
  // A button carries at most a 6-digit page (src/protocol/pagerId.ts): the largest list it can page.
  const position = { index: 999_998, count: 999_999, hasNext: true };
  const reason = longestReason();
  const uploads = results(reason).map((result) => job(result));
  return [
    [
      "groups page",
      {
        embeds: [
          groupsPageEmbed(
            t,
            user,
            Array.from({ length: 15 }, (_, n) => groupRow(n)),
            { index: BIG - 1, count: BIG, totalGroups: BIG },
          ),
        ],
      },
    ],
    ["no groups", { embeds: [noGroupsEmbed(t, user)] }],
    [
      "group check, member",
      {
        embeds: [
          groupCheckEmbed(t, user, {
            group,
            membership: { ...groupRow(1), roles: Array.from({ length: 40 }, (_, n) => role(n)) },
          }),
        ],
      },
    ],
    ["group check, not a member", { embeds: [groupCheckEmbed(t, user, { group, membership: undefined })] }],
    [
      "profile",
      {
        embeds: [
          profileEmbed(t, {
            ...user,
            about: LONG.repeat(40),
            created: "2006-02-27T00:00:00Z",
            premium: true,
          }),
        ],
      },
    ],
    [
      "inventory page",
      {
        embeds: [
          inventoryPageEmbed(
            t,
            user,
            allBut,
            Array.from({ length: 10 }, (_, n) => inventoryRow(n)),
            position,
            BIG,
          ),
        ],
      },
    ],
    [
      "inventory page, total unknown",
      {
        embeds: [
          inventoryPageEmbed(
            t,
            user,
            allBut,
            [inventoryRow(1)],
            { index: 999_998, count: undefined, hasNext: true },
            undefined,
          ),
        ],
      },
    ],
    ["empty inventory", { embeds: [emptyInventoryEmbed(t, user, allBut)] }],
    [
      "ownership check",
      {
        embeds: [
          ownershipEmbed(
            t,
            user,
            (["asset", "badge", "gamePass", "privateServer"] as const).map((kind) => ({
              kind,
              entries: Array.from({ length: 7 }, (_, n) => ({
                id: String(BIG - n),
                owned: n % 2 === 0,
                details: { name: LONG, imageUrl: undefined, limited: true },
              })),
            })),
          ),
        ],
      },
    ],
    ...(["downloading", "uploading", "waiting"] as const).map((stage): [string, Body] => [
      `upload ${stage}`,
      uploadReply(t, job(undefined, stage), {
        bytesSent: 20 * 1024 * 1024,
        waitedMs: 59 * 60_000,
        stillProcessing: true,
      }) as Body,
    ]),
    ...uploads.map((finished): [string, Body] => [
      `upload ${finished.result?.kind}`,
      uploadReply(t, finished) as Body,
    ]),
    ["uploads list", { embeds: [uploadsListEmbed(t, [...uploads, ...uploads])] }],
    ["pager", { components: [pagerRow(t, "abcdefghijkl", position)] }],
  ];
}

/** Every string in a body, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** Every `[label](link)` is whole: a cut never falls inside a link the text interpolated. */
function linksWhole(text: string): boolean {
  const opened = (text.match(/\]\(/g) ?? []).length;
  const closed = (text.match(/\]\(https:\/\/[^\s)]+\)/g) ?? []).length;
  return opened === closed;
}

/** The texts of a body that a template fills whole: titles, footers, field names, button labels, notices. */
function templated(body: Body): string[] {
  const embeds = (body.embeds ?? []) as Array<{
    title?: string;
    footer?: { text: string };
    fields?: Array<{ name: string }>;
  }>;
  return [
    ...embeds.flatMap((embed) => [
      embed.title ?? "",
      embed.footer?.text ?? "",
      ...(embed.fields ?? []).map((field) => field.name),
    ]),
    ...((body.components ?? []) as Array<{ components: Array<{ label?: string }> }>).flatMap((row) =>
      row.components.map((button) => button.label ?? ""),
    ),
  ].filter((text) => text.length > 0);
}

describe.each(LOCALES)("views in %s", (locale) => {
  const t = translatorFor(locale);

  it.each(views(t))("%s stays within Discord's limits, links and words whole", (_, body) => {
    expect(checkMessageLimits(body, { prefix: "" })).toEqual([]);
    for (const text of strings(body)) expect(text).not.toMatch(/\{\{|\}\}|\$t\(/);
    for (const embed of (body.embeds ?? []) as Array<{
      description?: string;
      fields?: Array<{ value: string }>;
    }>) {
      expect(linksWhole(embed.description ?? ""), embed.description).toBe(true);
      for (const field of embed.fields ?? []) expect(linksWhole(field.value), field.value).toBe(true);
    }
    // A title, footer, field name or label is one template filled in: none is cut.
    for (const text of templated(body)) expect(text.endsWith("…"), text).toBe(false);
  });

  it("words every private notice within a message's 2000 characters", () => {
    for (const key of Object.keys(CATALOGUES["en-US"]).filter((k) =>
      /^(failure|pager|users|groups|inventory|upload)\./.test(k),
    )) {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, "") as MessageKey;
      const params = Object.fromEntries(
        [...(CATALOGUES["en-US"][key] ?? "").matchAll(/\{\{\s*([^,}\s]+)/g)].map((m) => [
          m[1],
          m[1] === "count" ||
          m[1] === "max" ||
          m[1] === "given" ||
          m[1] === "cap" ||
          m[1] === "usage" ||
          m[1] === "capacity" ||
          m[1] === "seconds" ||
          m[1] === "page" ||
          m[1] === "pages" ||
          m[1] === "rank" ||
          m[1] === "owned"
            ? BIG
            : LONG,
        ]),
      );
      const content = t.t(base, params as never);
      expect(checkMessageLimits({ content }, { prefix: "" }), key).toEqual([]);
    }
  });

  it("offers asset types within Discord's 25 choices of 100 characters", () => {
    const names = Object.keys(CATALOGUES[locale]).filter((key) => key.startsWith("inventoryType."));
    const typed = names
      .slice(0, 12)
      .map((key) => CATALOGUES[locale][key])
      .join(", ");
    for (const text of ["", "a", typed, `${typed}, a`]) {
      const choices = assetTypeChoices(text, locale);
      expect(checkAutocompleteLimits({ choices }), text).toEqual([]);
      for (const choice of choices) expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});
