import { type ApiContext, type CallOptions, callApi } from "./api.js";
import { type AssetCreator, parseAsset } from "./assetModel.js";
import { type ModerationState, normaliseModerationState } from "./enums.js";
import { asRecord, badResponse, idSegment, optionalId, optionalString, requireRecord } from "./parse.js";

/** One version of an asset (`assets/{id}/versions/{n}`). */
export interface AssetVersion {
  assetId: string;
  versionNumber: number;
  creator?: AssetCreator;
  moderationState: ModerationState;
}

export interface AssetVersionPage {
  versions: AssetVersion[];
  /** Empty or undefined on the last page. */
  nextPageToken: string | undefined;
}

/** Roblox's largest page of versions. */
export const MAX_VERSION_PAGE = 50;

export function parseAssetVersion(value: unknown): AssetVersion {
  const raw = requireRecord(value, "asset version");
  const match = /^assets\/(\d+)\/versions\/(\d+)$/.exec(optionalString(raw.path) ?? "");
  if (match === null) throw badResponse("asset version path");
  const version: AssetVersion = {
    assetId: match[1] as string,
    versionNumber: Number(match[2]),
    moderationState: normaliseModerationState(asRecord(raw.moderationResult)?.moderationState),
  };
  const creator = asRecord(asRecord(raw.creationContext)?.creator);
  const userId = optionalId(creator?.userId);
  const groupId = optionalId(creator?.groupId);
  if (userId !== undefined) version.creator = { userId };
  else if (groupId !== undefined) version.creator = { groupId };
  return version;
}

/** One page of an asset's versions, as Roblox orders them. */
async function listAssetVersions(
  ctx: ApiContext,
  assetId: string,
  page: { pageToken?: string | undefined; maxPageSize?: number },
  options: CallOptions = {},
): Promise<AssetVersionPage> {
  const path = `/assets/v1/assets/${idSegment(assetId, "assetId")}/versions`;
  const query = { maxPageSize: page.maxPageSize ?? MAX_VERSION_PAGE, pageToken: page.pageToken || undefined };
  const raw = await callApi(
    ctx,
    { family: "asset-versions", method: "GET", host: "apis", path, query },
    options,
  );
  const body = asRecord(raw);
  // The spec describes a bare array; the live API pages with an object. Both are read.
  const items = Array.isArray(raw) ? raw : body?.assetVersions;
  if (!Array.isArray(items)) throw badResponse("asset versions");
  return {
    versions: items.map(parseAssetVersion),
    nextPageToken: optionalString(body?.nextPageToken) || undefined,
  };
}

/** Commits a new version with version `versionNumber`'s content; answers the new version. */
async function rollbackAsset(
  ctx: ApiContext,
  assetId: string,
  versionNumber: number,
  options: CallOptions = {},
): Promise<AssetVersion> {
  const id = idSegment(assetId, "assetId");
  const body = JSON.stringify({ assetVersion: `assets/${id}/versions/${versionNumber}` });
  const answer = await callApi(
    ctx,
    {
      family: "asset-versions",
      method: "POST",
      host: "apis",
      path: `/assets/v1/assets/${id}/versions:rollback`,
      headers: { "content-type": "application/json" },
      body,
      // Repeating a rollback would commit a second new version.
      idempotent: false,
    },
    options,
  );
  return parseAssetVersion(answer);
}

function stateCall(verb: "archive" | "restore") {
  return async (ctx: ApiContext, assetId: string, options: CallOptions = {}) => {
    const path = `/assets/v1/assets/${idSegment(assetId, "assetId")}:${verb}`;
    const answer = await callApi(
      ctx,
      {
        family: "asset-versions",
        method: "POST",
        host: "apis",
        path,
        headers: { "content-type": "application/json" },
        body: "{}",
        // Setting a state twice leaves it the same.
        idempotent: true,
      },
      options,
    );
    return parseAsset(answer);
  };
}

export const assetVersionEndpoints = {
  listAssetVersions,
  rollbackAsset,
  archiveAsset: stateCall("archive"),
  restoreAsset: stateCall("restore"),
};
