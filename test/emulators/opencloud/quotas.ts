import type { World } from "./world/world.js";

/**
 * Upload quotas per user (creator-docs cloud/guides/usage-assets.md, Audio: "Up to 100 uploads per month
 * if you're ID-verified", "Up to 10 total uploads per month if you aren't"). Roblox lists them only under
 * users (`GET /cloud/v2/users/{id}/asset-quotas`); uploads to a group count against the uploading
 * key's owner, since a group has no quota resource.
 */
export const AUDIO_UPLOADS_PER_MONTH = { verified: 100, unverified: 10 } as const;

export interface AssetQuota {
  assetType: "AUDIO";
  quotaType: "RATE_LIMIT_UPLOAD";
  period: "MONTH";
  usage: number;
  capacity: number;
  usageResetTime: string;
}

/** The first instant of the next calendar month (UTC), when monthly usage resets. */
export function nextMonthStart(now: number): string {
  const date = new Date(now);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)).toISOString();
}

/** Audio uploads used per user and month (`yyyy-mm`). */
export class QuotaBook {
  private readonly used = new Map<string, number>();

  constructor(private readonly world: World) {}

  private key(userId: string, now: number): string {
    return `${userId}:${new Date(now).toISOString().slice(0, 7)}`;
  }

  audio(userId: string, now: number): AssetQuota {
    const user = this.world.getUser(userId);
    const capacity = user?.idVerified ? AUDIO_UPLOADS_PER_MONTH.verified : AUDIO_UPLOADS_PER_MONTH.unverified;
    return {
      assetType: "AUDIO",
      quotaType: "RATE_LIMIT_UPLOAD",
      period: "MONTH",
      usage: this.used.get(this.key(userId, now)) ?? 0,
      capacity,
      usageResetTime: nextMonthStart(now),
    };
  }

  /** Counts one audio upload; false (and nothing counted) when the month's quota is used up. */
  takeAudio(userId: string, now: number): boolean {
    const quota = this.audio(userId, now);
    if (quota.usage >= quota.capacity) return false;
    this.used.set(this.key(userId, now), quota.usage + 1);
    return true;
  }

  /** For tests: set this month's usage. */
  setAudioUsage(userId: string, usage: number, now: number): void {
    this.used.set(this.key(userId, now), usage);
  }
}
