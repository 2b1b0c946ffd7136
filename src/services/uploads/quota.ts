import { UserError } from "../../errors.js";
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

  async ensureRoom(creator: AssetCreator): Promise<void> {
    const ownerId = await this.#ownerId().catch(() => undefined);
    if (ownerId === undefined) return;
    const quotas = await this.#roblox.assets.listAssetQuotas(ownerId).catch(() => []);
    const quota = quotas.find((q) => q.quotaType === "RATE_LIMIT_UPLOAD" && q.assetType === "AUDIO");
    if (quota === undefined || quota.capacity <= 0 || quota.usage < quota.capacity) return;
    const reset = quota.usageResetTime
      ? ` It resets on ${quota.usageResetTime.toISOString().slice(0, 10)}.`
      : "";
    const whose =
      "groupId" in creator
        ? `Uploads to group ${creator.groupId} count against the quota of user ${ownerId}, the owner of the bot's API key (Roblox keeps upload quotas per user, not per group), and it is used up`
        : `The audio upload quota of user ${ownerId} is used up`;
    throw new UserError(
      `${whose}: ${quota.usage} of ${quota.capacity} audio uploads this ${quota.period === "DAY" ? "day" : "month"}.${reset} Nothing was sent to Roblox.`,
    );
  }

  async #ownerId(): Promise<string | undefined> {
    const cached = this.#owner;
    if (cached !== undefined && this.#now() - cached.at < OWNER_TTL_MS) return cached.userId;
    const key = await this.#roblox.keys.introspect();
    this.#owner = { at: this.#now(), userId: key.ownerUserId };
    return key.ownerUserId;
  }
}
