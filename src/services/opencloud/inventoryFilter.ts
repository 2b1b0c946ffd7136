import { InvalidFilterError } from "./errors.js";
import { type InventoryAssetType, isInventoryAssetType } from "./inventoryAssetTypes.js";

type Ids = ReadonlyArray<number | string>;

/**
 * The arguments of rblxopencloud's `User.list_inventory`: each kind is either "include all of
 * this kind" (`true`) or a list of IDs; `assets` may also be a list of asset types. `false` or
 * absent adds nothing. When any filter is present the server treats the missing kinds as excluded.
 */
export interface InventoryFilterArgs {
  assets?: boolean | Ids | ReadonlyArray<InventoryAssetType>;
  badges?: boolean | Ids;
  gamePasses?: boolean | Ids;
  privateServers?: boolean | Ids;
  /** Only non-UGC Limiteds; implies `assets: true` when `assets` is absent (as rblxopencloud does). */
  onlyCollectibles?: boolean;
}

const TYPE_FIELDS = new Set([
  "onlyCollectibles",
  "inventoryItemAssetTypes",
  "badges",
  "gamePasses",
  "privateServers",
]);

function idList(ids: Ids, field: string): string {
  return ids
    .map((id) => {
      const text = String(id).trim();
      if (!/^\d+$/.test(text))
        throw new InvalidFilterError(`${field} must contain numeric IDs, got "${text}"`);
      return text;
    })
    .join(",");
}

/** The ordered `field=value` clauses, exactly as rblxopencloud builds them. */
export function inventoryFilterClauses(args: InventoryFilterArgs): Array<[string, string]> {
  const clauses: Array<[string, string]> = [];
  let assets = args.assets;
  if (args.onlyCollectibles) {
    // rblxopencloud sends Python's `str(True)`; the documented grammar and every example use `true`,
    // as do all other booleans rblxopencloud sends, so we send lowercase.
    clauses.push(["onlyCollectibles", "true"]);
    if (assets === undefined) assets = true;
  }
  if (assets === true) {
    clauses.push(["inventoryItemAssetTypes", "*"]);
  } else if (Array.isArray(assets) && assets.length > 0) {
    const values = assets.map((value) => String(value));
    const types = values.filter((value) => isInventoryAssetType(value));
    if (types.length === values.length) {
      clauses.push(["inventoryItemAssetTypes", types.join(",")]);
    } else if (types.length === 0) {
      clauses.push(["assetIds", idList(values, "assets")]);
    } else {
      throw new InvalidFilterError("assets cannot mix asset types and asset IDs", [
        "inventoryItemAssetTypes",
        "assetIds",
      ]);
    }
  }
  const kinds = [
    [args.badges, "badges", "badgeIds"],
    [args.gamePasses, "gamePasses", "gamePassIds"],
    [args.privateServers, "privateServers", "privateServerIds"],
  ] as const;
  for (const [value, typeField, idField] of kinds) {
    if (value === true) clauses.push([typeField, "true"]);
    else if (Array.isArray(value) && value.length > 0) clauses.push([idField, idList(value, typeField)]);
  }
  return clauses;
}

function join(clauses: Array<[string, string]>): string | undefined {
  return clauses.length === 0 ? undefined : clauses.map(([field, value]) => `${field}=${value}`).join(";");
}

/**
 * The `filter` query value for these arguments, or undefined for "no filter" (whole inventory).
 * Throws InvalidFilterError naming the fields when type fields and ID fields would be mixed,
 * which the API does not allow; use `splitInventoryFilter` to list both halves separately.
 */
export function buildInventoryFilter(args: InventoryFilterArgs): string | undefined {
  const clauses = inventoryFilterClauses(args);
  const typeFields = clauses.filter(([field]) => TYPE_FIELDS.has(field)).map(([field]) => field);
  const idFields = clauses.filter(([field]) => !TYPE_FIELDS.has(field)).map(([field]) => field);
  if (typeFields.length > 0 && idFields.length > 0) {
    throw new InvalidFilterError(
      `An inventory filter cannot mix type fields (${typeFields.join(", ")}) with ID fields (${idFields.join(", ")})`,
      [...typeFields, ...idFields],
    );
  }
  return join(clauses);
}

/**
 * One filter per listing the caller must make: `[undefined]` for the whole inventory, one filter
 * when nothing is mixed, else the type half and the ID half. The halves may overlap (e.g. all
 * assets plus some asset IDs); callers merging both listings should dedupe.
 */
export function splitInventoryFilter(args: InventoryFilterArgs): Array<string | undefined> {
  const clauses = inventoryFilterClauses(args);
  const typeHalf = join(clauses.filter(([field]) => TYPE_FIELDS.has(field)));
  const idHalf = join(clauses.filter(([field]) => !TYPE_FIELDS.has(field)));
  if (typeHalf !== undefined && idHalf !== undefined) return [typeHalf, idHalf];
  return [typeHalf ?? idHalf];
}
