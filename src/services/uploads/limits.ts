import type { Keyv } from "keyv";
import type { Stores } from "../../store/index.js";

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
 * The per-member cooldown and the per-server daily cap, kept in the store so every shard sees them.
 * On Redis the checks are atomic (SET NX, INCR); on SQLite or memory one process owns the store,
 * and a queue makes each check-and-take whole.
 */
export class UploadLimits {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly stores: Pick<Stores, "limits" | "redis">,
    private readonly settings: UploadLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a cooldown slot for the member and one upload of the server's day, or says why not. */
  async take(userId: string, guildId: string): Promise<LimitVerdict> {
    const now = this.now();
    const { day, endsAt } = utcDay(now);
    const cooldownKey = `upload-cooldown:${userId}`;
    const capKey = `upload-cap:${guildId}:${day}`;
    const cooldownMs = this.settings.cooldownSeconds * 1000;
    const cap = this.settings.dailyCapPerServer;
    const redis = this.stores.redis;

    if (redis) {
      if (cooldownMs > 0) {
        const set = await redis.set(`bot:${cooldownKey}`, String(now + cooldownMs), {
          NX: true,
          PX: cooldownMs,
        });
        if (set === null) {
          const until = Number(await redis.get(`bot:${cooldownKey}`));
          return { ok: false, reason: "cooldown", retryAfterMs: Math.max(1_000, until - now) };
        }
      }
      const used = await redis.incr(`bot:${capKey}`);
      if (used === 1) await redis.pExpire(`bot:${capKey}`, endsAt - now + 60_000);
      if (used > cap) {
        await redis.decr(`bot:${capKey}`);
        if (cooldownMs > 0) await redis.del(`bot:${cooldownKey}`);
        return { ok: false, reason: "daily_cap", cap, resetsAt: endsAt };
      }
      return { ok: true };
    }

    return this.serially(async () => {
      const limits: Keyv = this.stores.limits;
      const until = Number((await limits.get(cooldownKey)) ?? 0);
      if (cooldownMs > 0 && until > now)
        return { ok: false, reason: "cooldown", retryAfterMs: Math.max(1_000, until - now) };
      const used = Number((await limits.get(capKey)) ?? 0);
      if (used >= cap) return { ok: false, reason: "daily_cap", cap, resetsAt: endsAt };
      await limits.set(capKey, used + 1, endsAt - now + 60_000);
      if (cooldownMs > 0) await limits.set(cooldownKey, now + cooldownMs, cooldownMs);
      return { ok: true };
    });
  }

  /**
   * Gives back what `take` took, when nothing reached Roblox (the file was refused before the POST):
   * the member's cooldown and the server's upload of the day.
   */
  async giveBack(userId: string, guildId: string): Promise<void> {
    const { day } = utcDay(this.now());
    const cooldownKey = `upload-cooldown:${userId}`;
    const capKey = `upload-cap:${guildId}:${day}`;
    const redis = this.stores.redis;
    if (redis) {
      await redis.del(`bot:${cooldownKey}`);
      await redis.decr(`bot:${capKey}`);
      return;
    }
    await this.serially(async () => {
      await this.stores.limits.delete(cooldownKey);
      const used = Number((await this.stores.limits.get(capKey)) ?? 0);
      if (used > 0) await this.stores.limits.set(capKey, used - 1, DAY_MS);
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
