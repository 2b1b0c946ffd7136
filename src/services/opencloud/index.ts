export type { BaseUrls, CallOptions } from "./api.js";
export type { Asset, AssetCreator, AssetOperation, OperationError } from "./assetModel.js";
export type { AssetQuota, CreatableAssetType, CreateAssetInput } from "./assets.js";
export type { AssetVersion, AssetVersionPage } from "./assetVersions.js";
export type { OpenCloudAuth } from "./auth.js";
export { rateOwnerKey } from "./auth.js";
export { createOpenCloudClient, type OpenCloudClient, type OpenCloudClientOptions } from "./client.js";
export {
  type AssetState,
  type ModerationState,
  normaliseAssetType,
  normaliseModerationState,
} from "./enums.js";
export { parseErrorBody } from "./errorBody.js";
export {
  InvalidFilterError,
  OpenCloudError,
  type OpenCloudErrorKind,
  UploadSizeMismatchError,
} from "./errors.js";
export type { Group, GroupMembership, GroupRole } from "./groups.js";
export type { InventoryItem, InventoryPage, InventoryPageOptions } from "./inventory.js";
export {
  FILTERABLE_INVENTORY_ASSET_TYPES,
  INVENTORY_ASSET_TYPES,
  type InventoryAssetType,
  inventoryAssetTypeName,
  isInventoryAssetType,
  parseInventoryAssetType,
} from "./inventoryAssetTypes.js";
export {
  buildInventoryFilter,
  type InventoryFilterArgs,
  splitInventoryFilter,
} from "./inventoryFilter.js";
export {
  CATALOG_BATCH,
  THUMBNAIL_BATCH,
  type ThumbnailAnswer,
  type ThumbnailKind,
} from "./itemLookups.js";
export type { ApiKeyInfo, KeyScope } from "./keys.js";
export { InProcessRateLimiter, type LimiterClock } from "./limiter.js";
export {
  DOCUMENTED_OAUTH_RATE_LIMITS,
  DOCUMENTED_RATE_LIMITS,
  type RateFamily,
  type RateLimit,
  type RateLimiter,
  type RateLimits,
  rateLimitsWith,
  safetyMarginMs,
} from "./limits.js";
export type { UploadFile } from "./multipart.js";
export { asRecord, optionalId, optionalString } from "./parse.js";
export { type RedisEvalClient, RedisRateLimiter } from "./redisLimiter.js";
export { type RefusalCause, RefusalDiagnosis, type RefusalProbe, refusalsOf } from "./refusal.js";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry.js";
export { RETRY_HINT_CAP_MS, retryHintMs } from "./retryAfter.js";
export type { TransportTimeouts } from "./transport.js";
export type { HeadshotOptions, ResolvedUsername, RobloxUser } from "./users.js";
export type { OperationOutcome, WaitOptions } from "./waitOperation.js";
export type { WebFamily, WebGate } from "./web.js";
