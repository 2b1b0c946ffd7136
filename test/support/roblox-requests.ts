import type { OpenCloudEmulator } from "../emulators/opencloud/index.js";
import { parseInventoryFilter } from "../emulators/opencloud/inventoryFilter.js";
import type { RecordedRequest } from "../emulators/opencloud/types.js";
import { isInventoryAssetType } from "../emulators/opencloud/world/assetTypes.js";

const ID = /^[1-9]\d{0,18}$/;
const TYPE_FIELDS = new Set([
  "inventoryItemAssetTypes",
  "onlyCollectibles",
  "badges",
  "gamePasses",
  "privateServers",
]);
const ID_FIELDS = new Set(["assetIds", "badgeIds", "gamePassIds", "privateServerIds"]);
const MEMBERSHIP_FILTER =
  /^user == 'users\/[1-9]\d{0,18}'$|^user in \['users\/[1-9]\d{0,18}'(?:, ?'users\/[1-9]\d{0,18}')*\]$/;

/** Path templates with the ID segments the bot must fill with numbers (`-` is the memberships wildcard). */
const ID_PATHS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^\/cloud\/v2\/users\/([^/:]*)/, ID],
  [/^\/cloud\/v2\/groups\/([^/]*)/, /^(?:-|[1-9]\d{0,18})$/],
  [/^\/cloud\/v2\/groups\/[^/]+\/roles\/([^/]*)/, ID],
  [/^\/assets\/v1\/assets\/([^/]+)/, ID],
  [/^\/assets\/v1\/operations\/([^/]+)/, /^[\w-]{1,64}$/],
  // /v1/badges/icons is the thumbnails host's route, not a badge.
  [/^\/v1\/badges\/(?!icons$)([^/]+)$/, ID],
  [/^\/game-passes\/v1\/game-passes\/([^/]+)/, ID],
];

/**
 * Problems with an inventory `filter` under the documented grammar, stricter than the emulator: no spaces,
 * no empty clauses or values, known fields once each, lowercase booleans, numeric IDs, known asset types,
 * type and ID fields never mixed.
 */
export function inventoryFilterProblems(filter: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const clause of filter.split(";")) {
    const match = /^([A-Za-z]+)=([^=]+)$/.exec(clause);
    if (!match) {
      problems.push(`clause ${JSON.stringify(clause)} is not field=values`);
      continue;
    }
    const [, field = "", raw = ""] = match;
    const values = raw.split(",");
    if (seen.has(field)) problems.push(`${field} given twice`);
    seen.add(field);
    if (values.some((value) => value === "" || value !== value.trim()))
      problems.push(`${field} has an empty or padded value`);
    if (ID_FIELDS.has(field)) {
      if (!values.every((value) => ID.test(value))) problems.push(`${field} has a non-numeric ID`);
      if (new Set(values).size !== values.length) problems.push(`${field} repeats an ID`);
    } else if (field === "inventoryItemAssetTypes") {
      const ok =
        (values.length === 1 && values[0] === "*") || values.every((value) => isInventoryAssetType(value));
      if (!ok) problems.push(`${field} has an unknown type or mixes * with types`);
    } else if (TYPE_FIELDS.has(field)) {
      if (values.length !== 1 || values[0] !== "true") problems.push(`${field} is not exactly true`);
    } else {
      problems.push(`unknown field ${field}`);
    }
  }
  const fields = [...seen];
  if (fields.some((field) => TYPE_FIELDS.has(field)) && fields.some((field) => ID_FIELDS.has(field)))
    problems.push("type fields mixed with ID fields");
  try {
    parseInventoryFilter(filter);
  } catch (error) {
    problems.push(`the emulator refuses it: ${(error as Error).message}`);
  }
  return problems;
}

/** Why one recorded request is malformed, or an empty list. */
export function requestProblems(request: RecordedRequest): string[] {
  const problems: string[] = [];
  if (request.family === "unknown") problems.push("no such route");
  if (request.status === 400) problems.push("the emulator answered 400 (invalid argument)");
  for (const [template, idRule] of ID_PATHS) {
    const segment = template.exec(request.path)?.[1];
    if (segment !== undefined && !idRule.test(decodeURIComponent(segment)))
      problems.push(`path segment ${JSON.stringify(segment)} is not a valid ID`);
  }
  const { filter, maxPageSize, pageToken } = request.query;
  if (maxPageSize !== undefined && !/^(?:[1-9]\d?|100)$/.test(maxPageSize))
    problems.push(`maxPageSize ${JSON.stringify(maxPageSize)} is not 1..100`);
  if (pageToken !== undefined && !/^[\w.~=+/-]*$/.test(pageToken))
    problems.push("pageToken has odd characters");
  if (filter !== undefined && request.path.endsWith("/inventory-items")) {
    problems.push(
      ...inventoryFilterProblems(filter).map((problem) => `filter ${JSON.stringify(filter)}: ${problem}`),
    );
  }
  if (filter !== undefined && request.path.endsWith("/memberships") && !MEMBERSHIP_FILTER.test(filter))
    problems.push(`memberships filter ${JSON.stringify(filter)} is malformed`);
  return problems;
}

/** Every malformed request in the emulator's log from `since` (an index into `roblox.requests`) on. */
export function malformedRobloxRequests(roblox: OpenCloudEmulator, since = 0): string[] {
  return roblox.requests.slice(since).flatMap((request) => {
    const problems = requestProblems(request);
    return problems.length === 0 ? [] : [`${request.method} ${request.path}: ${problems.join("; ")}`];
  });
}

/** Throws, listing them, if the bot sent Roblox any malformed request since `since`. */
export function assertWellFormedRobloxRequests(roblox: OpenCloudEmulator, since = 0): void {
  const malformed = malformedRobloxRequests(roblox, since);
  if (malformed.length > 0) throw new Error(`malformed requests to Roblox:\n${malformed.join("\n")}`);
}
