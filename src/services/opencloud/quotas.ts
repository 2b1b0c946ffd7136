import { type ApiContext, type CallOptions, callApi } from "./api.js";
import { asRecord, idSegment, optionalString } from "./parse.js";

/** One of a user's upload quotas (spec `AssetQuota`). */
export interface AssetQuota {
  /** `RATE_LIMIT_UPLOAD`, `RATE_LIMIT_CREATOR_STORE_DISTRIBUTE`. */
  quotaType: string;
  /** `AUDIO`, `IMAGE`, … */
  assetType: string;
  usage: number;
  capacity: number;
  /** `MONTH` or `DAY`. */
  period: string;
  usageResetTime: Date | undefined;
}

function count(value: unknown): number {
  const number = typeof value === "string" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : 0;
}

/** The user's upload quota for one asset type (`GET /cloud/v2/users/{id}/asset-quotas`, needs asset:read). */
export async function getUploadQuota(
  ctx: ApiContext,
  userId: string | number,
  assetType: string,
  options: CallOptions = {},
): Promise<AssetQuota | undefined> {
  const path = `/cloud/v2/users/${idSegment(userId, "userId")}/asset-quotas`;
  const body = asRecord(
    await callApi(
      ctx,
      {
        family: "asset-quotas",
        method: "GET",
        host: "apis",
        path,
        query: { filter: `quotaType == RateLimitUpload && assetType == ${assetType}`, maxPageSize: 100 },
      },
      options,
    ),
  );
  const wanted = assetType.toUpperCase();
  for (const entry of Array.isArray(body?.assetQuotas) ? body.assetQuotas : []) {
    const raw = asRecord(entry);
    if (raw === undefined || optionalString(raw.assetType)?.toUpperCase() !== wanted) continue;
    if (optionalString(raw.quotaType) !== "RATE_LIMIT_UPLOAD") continue;
    const reset = optionalString(raw.usageResetTime);
    const resetTime = reset === undefined ? undefined : new Date(reset);
    return {
      quotaType: "RATE_LIMIT_UPLOAD",
      assetType: wanted,
      usage: count(raw.usage),
      capacity: count(raw.capacity),
      period: optionalString(raw.period) ?? "PERIOD_UNSPECIFIED",
      usageResetTime: resetTime !== undefined && !Number.isNaN(resetTime.getTime()) ? resetTime : undefined,
    };
  }
  return undefined;
}
