import {
  type AssetState,
  type AssetTypeName,
  type ModerationState,
  normaliseAssetState,
  normaliseAssetType,
  normaliseModerationState,
} from "./enums.js";
import {
  asRecord,
  optionalDate,
  optionalId,
  optionalString,
  pathTail,
  requireRecord,
  requireString,
} from "./parse.js";

export type AssetCreator = { userId: string } | { groupId: string };

export interface Asset {
  assetId: string;
  /** Normalised to today's spelling: `Decal`, `Model`, `Audio`, … */
  assetType: AssetTypeName;
  displayName: string;
  description: string;
  creator?: AssetCreator;
  revisionId?: string;
  revisionCreateTime?: Date;
  moderationState: ModerationState;
  state: AssetState;
}

export interface OperationError {
  code: string;
  message: string;
}

export interface AssetOperation {
  operationId: string;
  path: string;
  /** False while pending; a missing `done` counts as pending. */
  done: boolean;
  asset?: Asset;
  error?: OperationError;
}

function parseCreator(value: unknown): AssetCreator | undefined {
  const creator = asRecord(asRecord(value)?.creator);
  const userId = optionalId(creator?.userId);
  if (userId !== undefined) return { userId };
  const groupId = optionalId(creator?.groupId);
  return groupId === undefined ? undefined : { groupId };
}

export function parseAsset(value: unknown): Asset {
  const raw = requireRecord(value, "asset");
  const assetId = optionalId(raw.assetId) ?? optionalId(pathTail(optionalString(raw.path) ?? ""));
  const asset: Asset = {
    assetId: assetId ?? requireString(raw.assetId, "asset.assetId"),
    assetType: normaliseAssetType(optionalString(raw.assetType) ?? "Unspecified"),
    displayName: optionalString(raw.displayName) ?? "",
    description: optionalString(raw.description) ?? "",
    moderationState: normaliseModerationState(asRecord(raw.moderationResult)?.moderationState),
    state: normaliseAssetState(raw.state),
  };
  const creator = parseCreator(raw.creationContext);
  if (creator !== undefined) asset.creator = creator;
  const revisionId = optionalId(raw.revisionId);
  if (revisionId !== undefined) asset.revisionId = revisionId;
  const revisionCreateTime = optionalDate(raw.revisionCreateTime);
  if (revisionCreateTime !== undefined) asset.revisionCreateTime = revisionCreateTime;
  return asset;
}

export function parseOperation(value: unknown): AssetOperation {
  const raw = requireRecord(value, "operation");
  const path = optionalString(raw.path) ?? "";
  const operationId = optionalString(raw.operationId) ?? pathTail(path);
  const operation: AssetOperation = {
    operationId: operationId || requireString(raw.operationId, "operation id"),
    path,
    done: raw.done === true,
  };
  const error = asRecord(raw.error);
  if (error) {
    operation.error = {
      code: String(error.code ?? "UNKNOWN"),
      message: optionalString(error.message) ?? "",
    };
  }
  if (raw.response !== undefined && raw.response !== null) operation.asset = parseAsset(raw.response);
  return operation;
}
