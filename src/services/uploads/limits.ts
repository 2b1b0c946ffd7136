import type { StorePrimitives } from "../../store/primitives/index.js";

export interface UploadLimitSettings {
  readonly cooldownSeconds: number;
  readonly dailyCapPerServer: number;
}

export type LimitVerdict =
  | { ok: true }
  | { ok: false; reason: "cooldown"; retryAfterMs: number }
  | { ok: false; reason: "daily_cap"; cap: number; resetsAt: number };

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(now: number): { day: string; endsAt: number } {
  const start = Math.floor(now / DAY_MS) * DAY_MS;
  return { day: new Date(start).toISOString().slice(0, 10), endsAt: start + DAY_MS };
}

/**
 * The per-member cooldown and the per-server daily cap, on the store primitives so every process
 * sees them and each check-and-take is atomic: set-if-absent for the cooldown, a counter for the cap.
 */
export class UploadLimits {
  readonly #primitives: StorePrimitives;
  readonly #settings: UploadLimitSettings;
  readonly #now: () => number;

  constructor(primitives: StorePrimitives, settings: UploadLimitSettings, now: () => number = Date.now) {
    this.#primitives = primitives;
    this.#settings = settings;
    this.#now = now;
  }

  /** Takes a cooldown slot for the member and one upload of the server's day, or says why not. */
  async take(userId: string, guildId: string): Promise<LimitVerdict> {
    const now = this.#now();
    const { day, endsAt } = utcDay(now);
    const cooldownKey = `upload-cooldown:${userId}`;
    const capKey = `upload-cap:${guildId}:${day}`;
    const cooldownMs = this.#settings.cooldownSeconds * 1000;
    const cap = this.#settings.dailyCapPerServer;
    const capTtlMs = endsAt - now + 60_000;
    if (
      cooldownMs > 0 &&
      !(await this.#primitives.setIfAbsent(cooldownKey, String(now + cooldownMs), cooldownMs))
    ) {
      const until = Number(await this.#primitives.get(cooldownKey));
      return { ok: false, reason: "cooldown", retryAfterMs: Math.max(1_000, until - now) };
    }
    const used = await this.#primitives.increment(capKey, 1, capTtlMs);
    if (used > cap) {
      await this.#primitives.increment(capKey, -1, capTtlMs);
      if (cooldownMs > 0) await this.#primitives.delete(cooldownKey);
      return { ok: false, reason: "daily_cap", cap, resetsAt: endsAt };
    }
    return { ok: true };
  }

  /** One more upload of the server's day (a zip's files after its first); false when the cap is reached. */
  async takeOne(guildId: string): Promise<boolean> {
    const now = this.#now();
    const { day, endsAt } = utcDay(now);
    const capKey = `upload-cap:${guildId}:${day}`;
    const used = await this.#primitives.increment(capKey, 1, endsAt - now + 60_000);
    if (used <= this.#settings.dailyCapPerServer) return true;
    await this.#primitives.increment(capKey, -1, endsAt - now + 60_000);
    return false;
  }

  /**
   * Gives back what `take` took, when nothing reached Roblox (the file was refused before the POST):
   * the member's cooldown and the server's upload of the day.
   */
  async giveBack(userId: string, guildId: string): Promise<void> {
    const now = this.#now();
    const { day, endsAt } = utcDay(now);
    await this.#primitives.delete(`upload-cooldown:${userId}`);
    await this.#primitives.increment(`upload-cap:${guildId}:${day}`, -1, endsAt - now + 60_000);
  }
}
