import { userError } from "../../errors.js";
import { message } from "../../i18n/types.js";
import type { OpenCloudAuth } from "../opencloud/auth.js";
import type { AssetCreator, OpenCloudClient } from "../opencloud/index.js";

const OWNER_TTL_MS = 10 * 60_000;

/**
 * Audio uploads are limited per month (creator-docs cloud/guides/usage-assets.md: 10, or 100 if
 * ID-verified). Roblox lists quotas only under users (`users/{id}/asset-quotas`), so the quota that
 * counts is the key owner's, for a group creator too. Read before sending: a spent quota is refused
 * with its reset date instead of a failed upload. A quota Roblox does not show lets the upload go on.
 */
export class AudioQuotaCheck {
  #owner: { at: number; userId: string | undefined } | undefined;

  readonly #roblox: OpenCloudClient;
  readonly #now: () => number;

  constructor(roblox: OpenCloudClient, now: () => number) {
    this.#roblox = roblox;
    this.#now = now;
  }

  /**
   * With `memberAuth` (an upload to the member's own account) the quota read, with their token, is theirs:
   * the creator is their own user.
   */
  async ensureRoom(creator: AssetCreator, memberAuth?: OpenCloudAuth): Promise<void> {
    const ownerId =
      memberAuth !== undefined && "userId" in creator
        ? creator.userId
        : await this.#ownerId().catch(() => undefined);
    if (ownerId === undefined) return;
    const quotas = await this.#roblox.assets
      .listAssetQuotas(ownerId, memberAuth === undefined ? {} : { auth: memberAuth })
      .catch(() => []);
    const quota = quotas.find((q) => q.quotaType === "RATE_LIMIT_UPLOAD" && q.assetType === "AUDIO");
    if (quota === undefined || quota.capacity <= 0 || quota.usage < quota.capacity) return;
    const reset = quota.usageResetTime
      ? { message: message("upload.quotaReset", { date: { date: quota.usageResetTime.getTime() } }) }
      : "";
    const counts = {
      owner: ownerId,
      usage: quota.usage,
      capacity: quota.capacity,
      period: {
        message: message(quota.period === "DAY" ? "upload.quotaPeriod.day" : "upload.quotaPeriod.month"),
      },
      reset,
    };
    throw "groupId" in creator
      ? userError("upload.quotaGroup", { ...counts, group: creator.groupId })
      : userError("upload.quotaUser", counts);
  }

  async #ownerId(): Promise<string | undefined> {
    const cached = this.#owner;
    if (cached !== undefined && this.#now() - cached.at < OWNER_TTL_MS) return cached.userId;
    const key = await this.#roblox.keys.introspect();
    this.#owner = { at: this.#now(), userId: key.ownerUserId };
    return key.ownerUserId;
  }
}
