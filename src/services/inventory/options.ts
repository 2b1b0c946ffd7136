import { userError } from "../../errors.js";
import type { LocaleId } from "../../i18n/locales.js";
import { type ListParam, message } from "../../i18n/types.js";
import { quoted } from "../../text/format.js";
import {
  buildInventoryFilter,
  type InventoryAssetType,
  type InventoryFilterArgs,
} from "../opencloud/index.js";
import { matchAssetType } from "./assetTypeMatch.js";
import { assetTypeKey } from "./assetTypeNames.js";

/** The /inventory options as plain values; null or undefined means "not given". */
export interface InventoryOptionsInput {
  readonly assets?: boolean | null;
  readonly badges?: boolean | null;
  readonly gamePasses?: boolean | null;
  readonly privateServers?: boolean | null;
  readonly collectiblesOnly?: boolean | null;
  /** Comma list of asset types, friendly names (`Classic Shirt`) or API names (`CLASSIC_SHIRT`). */
  readonly assetTypes?: string | null;
  readonly assetIds?: string | null;
  readonly badgeIds?: string | null;
  readonly gamePassIds?: string | null;
  readonly privateServerIds?: string | null;
}

export type ItemKind = "asset" | "badge" | "gamePass" | "privateServer";
export const ITEM_KINDS: readonly ItemKind[] = ["asset", "badge", "gamePass", "privateServer"];

/** What a listing shows; `everything` when no filter was given. */
export interface ListScope {
  readonly everything: boolean;
  /** The kinds set to false when nothing was asked for: the listing is everything but these. */
  readonly allBut?: readonly ItemKind[];
  /** "all" for every asset type, a list for some, undefined for none. */
  readonly assets: "all" | readonly InventoryAssetType[] | undefined;
  readonly collectiblesOnly: boolean;
  readonly badges: boolean;
  readonly gamePasses: boolean;
  readonly privateServers: boolean;
}

export type OwnershipIds = Readonly<Record<ItemKind, readonly string[]>>;

export type InventoryQuery =
  | { readonly mode: "list"; readonly filter: string | undefined; readonly scope: ListScope }
  | { readonly mode: "check"; readonly filter: string; readonly ids: OwnershipIds };

/** One ownership check asks about at most this many IDs, so the answer fits one message. */
export const MAX_IDS_TO_CHECK = 25;

const KIND_FLAGS = {
  asset: "assets",
  badge: "badges",
  gamePass: "gamePasses",
  privateServer: "privateServers",
} as const satisfies Record<ItemKind, keyof InventoryOptionsInput>;

const ID_OPTIONS: ReadonlyArray<{ kind: ItemKind; option: InventoryOptionName }> = [
  { kind: "asset", option: "asset_ids" },
  { kind: "badge", option: "badge_ids" },
  { kind: "gamePass", option: "game_pass_ids" },
  { kind: "privateServer", option: "private_server_ids" },
];

type InventoryOptionName =
  | "assets"
  | "asset_types"
  | "collectibles_only"
  | "badges"
  | "game_passes"
  | "private_servers"
  | "asset_ids"
  | "badge_ids"
  | "game_pass_ids"
  | "private_server_ids";

/** Option names as the member sees them: each is localised in the registered command. */
function optionList(names: readonly InventoryOptionName[]): ListParam {
  return {
    list: names.map((name) => ({ message: message(`cmd.inventory.opt.${name}.name`) })),
    join: "and",
  };
}

const ROBLOX_ID = /^[1-9]\d{0,18}$/;

function splitList(text: string | null | undefined, separators: RegExp): string[] {
  if (text === null || text === undefined) return [];
  return text
    .split(separators)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

function parseIds(text: string | null | undefined, kind: ItemKind): string[] {
  const ids: string[] = [];
  for (const entry of splitList(text, /[\s,]+/)) {
    if (!ROBLOX_ID.test(entry)) throw userError(`inventory.badId.${kind}`, { entry: quoted(entry) });
    if (!ids.includes(entry)) ids.push(entry);
  }
  return ids;
}

/**
 * Parses the asset_types option; every entry must stand for one inventory asset type (see
 * matchAssetType), named in the member's locale or in English.
 */
export function parseAssetTypes(text: string | null | undefined, locale?: LocaleId): InventoryAssetType[] {
  const types: InventoryAssetType[] = [];
  for (const entry of splitList(text, /,/)) {
    const match = matchAssetType(entry, locale);
    if (match.type === undefined) {
      if (match.suggestions.length === 0) throw userError("inventory.unknownType", { entry: quoted(entry) });
      throw userError("inventory.unknownTypeSuggest", {
        entry: quoted(entry),
        suggestions: {
          list: match.suggestions.map((type) => ({ message: message(assetTypeKey(type)) })),
          join: "or",
        },
      });
    }
    if (!types.includes(match.type)) types.push(match.type);
  }
  return types;
}

function kindOptionsGiven(
  input: InventoryOptionsInput,
  assetTypes: readonly string[],
): InventoryOptionName[] {
  const given: InventoryOptionName[] = [];
  if (input.assets) given.push("assets");
  if (assetTypes.length > 0) given.push("asset_types");
  if (input.collectiblesOnly) given.push("collectibles_only");
  if (input.badges) given.push("badges");
  if (input.gamePasses) given.push("game_passes");
  if (input.privateServers) given.push("private_servers");
  return given;
}

/**
 * Turns the options into one inventory request: a listing (kinds, or everything) or an ownership
 * check (ID lists). Throws a UserError naming the problem for any combination Roblox cannot answer.
 * A `false` boolean leaves its kind out; alone, it lists every other kind.
 */
export function parseInventoryOptions(input: InventoryOptionsInput, locale?: LocaleId): InventoryQuery {
  const assetTypes = parseAssetTypes(input.assetTypes, locale);
  const ids = Object.fromEntries(
    ID_OPTIONS.map(({ kind }) => [kind, parseIds(input[`${kind}Ids` as const], kind)]),
  ) as Record<ItemKind, string[]>;
  const idOptions = ID_OPTIONS.filter(({ kind }) => ids[kind].length > 0).map(({ option }) => option);
  const kindOptions = kindOptionsGiven(input, assetTypes);

  if (idOptions.length > 0 && kindOptions.length > 0) {
    throw userError("inventory.kindsAndIds", { kinds: optionList(kindOptions), ids: optionList(idOptions) });
  }
  if (input.assets && assetTypes.length > 0) throw userError("inventory.assetsAndTypes");

  if (idOptions.length > 0) {
    const count = ITEM_KINDS.reduce((sum, kind) => sum + ids[kind].length, 0);
    if (count > MAX_IDS_TO_CHECK) {
      throw userError("inventory.tooManyIds", { max: MAX_IDS_TO_CHECK, given: count });
    }
    const args: InventoryFilterArgs = {
      assets: ids.asset,
      badges: ids.badge,
      gamePasses: ids.gamePass,
      privateServers: ids.privateServer,
    };
    return { mode: "check", filter: buildInventoryFilter(args) ?? "", ids };
  }

  // false leaves a kind out. Once any filter is set the kinds not named are left out too (rblxopencloud's
  // rule), so false alone means "everything but": the other kinds are asked for.
  const refused = ITEM_KINDS.filter((kind) => input[KIND_FLAGS[kind]] === false);
  if (input.assets === false && (assetTypes.length > 0 || input.collectiblesOnly)) {
    throw userError("inventory.assetsFalseBut", {
      option: {
        message: message(
          `cmd.inventory.opt.${assetTypes.length > 0 ? "asset_types" : "collectibles_only"}.name`,
        ),
      },
    });
  }
  const allBut = kindOptions.length === 0 ? refused : [];
  if (allBut.length === ITEM_KINDS.length) {
    throw userError("inventory.nothingLeft");
  }
  const wanted = (kind: ItemKind) =>
    input[KIND_FLAGS[kind]] === true || (allBut.length > 0 && !allBut.includes(kind));

  const args: InventoryFilterArgs = {};
  if (input.collectiblesOnly) args.onlyCollectibles = true;
  if (assetTypes.length > 0) args.assets = assetTypes;
  // Collectibles only, with no types named, means collectibles of every type (as rblxopencloud does).
  else if (wanted("asset") || input.collectiblesOnly) args.assets = true;
  if (wanted("badge")) args.badges = true;
  if (wanted("gamePass")) args.gamePasses = true;
  if (wanted("privateServer")) args.privateServers = true;
  const filter = buildInventoryFilter(args);
  const assets = args.assets === true ? "all" : Array.isArray(args.assets) ? assetTypes : undefined;
  return {
    mode: "list",
    filter,
    scope: {
      everything: filter === undefined,
      ...(allBut.length > 0 ? { allBut } : {}),
      assets,
      collectiblesOnly: args.onlyCollectibles === true,
      badges: args.badges === true,
      gamePasses: args.gamePasses === true,
      privateServers: args.privateServers === true,
    },
  };
}
