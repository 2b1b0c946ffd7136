import { describe, expect, it } from "vitest";
import {
  InProcessRateLimiter,
  type LimiterClock,
  rateLimitsWith,
  rateOwnerKey,
} from "../../../src/services/opencloud/index.js";

class FakeClock implements LimiterClock {
  time = 0;
  #timers: Array<{ at: number; fn: () => void; cancelled: boolean }> = [];

  now = () => this.time;

  setTimer = (fn: () => void, ms: number) => {
    const timer = { at: this.time + ms, fn, cancelled: false };
    this.#timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };

  /** Moves time forward, firing due timers in order and letting promise callbacks run between them. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      await flush();
      const due = this.#timers
        .filter((timer) => !timer.cancelled && timer.at <= target)
        .sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.#timers.splice(this.#timers.indexOf(due), 1);
      this.time = Math.max(this.time, due.at);
      due.fn();
    }
    this.time = target;
    await flush();
  }
}

async function flush() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

function setup(limit = 3, windowMs = 1_000) {
  const clock = new FakeClock();
  const limiter = new InProcessRateLimiter({
    limits: rateLimitsWith({ inventory: { limit, windowMs } }),
    clock,
    marginMs: 0,
  });
  const granted: Array<{ id: number; at: number }> = [];
  const request = (id: number, owner = "owner-a", signal?: AbortSignal) =>
    limiter.acquire("inventory", owner, signal).then(() => {
      granted.push({ id, at: clock.time });
    });
  return { clock, limiter, granted, request };
}

describe("InProcessRateLimiter", () => {
  it("grants the budget at once and queues the rest until the window frees a slot", async () => {
    const { clock, granted, request } = setup(3, 1_000);
    for (let id = 1; id <= 7; id++) void request(id);
    await flush();
    expect(granted.map((g) => g.id)).toEqual([1, 2, 3]);
    await clock.advance(999);
    expect(granted).toHaveLength(3);
    await clock.advance(1);
    expect(granted.map((g) => g.id)).toEqual([1, 2, 3, 4, 5, 6]);
    await clock.advance(1_000);
    expect(granted.map((g) => g.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(granted.map((g) => g.at)).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
  });

  it("never grants more than the limit in any window", async () => {
    const { clock, granted, request } = setup(5, 1_000);
    let id = 0;
    for (let step = 0; step < 40; step++) {
      for (let n = 0; n < 2; n++) void request(++id);
      await clock.advance(137);
    }
    await clock.advance(20_000);
    expect(granted).toHaveLength(80);
    const times = granted.map((g) => g.at);
    for (const start of times) {
      expect(times.filter((t) => t >= start && t < start + 1_000).length).toBeLessThanOrEqual(5);
    }
    // FIFO: grants come in request order.
    expect(granted.map((g) => g.id)).toEqual([...granted.map((g) => g.id)].sort((a, b) => a - b));
  });

  it("keeps owners and families apart", async () => {
    const { clock, granted, request, limiter } = setup(1, 1_000);
    void request(1, "a");
    void request(2, "b");
    let usersGranted = false;
    void limiter.acquire("users", "a").then(() => {
      usersGranted = true;
    });
    await clock.advance(0);
    expect(granted.map((g) => g.id)).toEqual([1, 2]);
    expect(usersGranted).toBe(true);
  });

  it("gives OAuth owners the per-authorization limits", async () => {
    const clock = new FakeClock();
    const limiter = new InProcessRateLimiter({
      limits: rateLimitsWith({ inventory: { limit: 5, windowMs: 1_000 } }),
      oauthLimits: rateLimitsWith({ inventory: { limit: 2, windowMs: 1_000 } }),
      clock,
      marginMs: 0,
    });
    const owner = rateOwnerKey({ kind: "bearer", token: "token-xyz" });
    expect(owner.startsWith("oauth:")).toBe(true);
    expect(owner).not.toContain("token-xyz");
    let granted = 0;
    for (let i = 0; i < 4; i++) void limiter.acquire("inventory", owner).then(() => granted++);
    await clock.advance(0);
    expect(granted).toBe(2);
    const keyOwner = rateOwnerKey({ kind: "apiKey", key: "key-xyz" });
    let keyGranted = 0;
    for (let i = 0; i < 6; i++) void limiter.acquire("inventory", keyOwner).then(() => keyGranted++);
    await clock.advance(0);
    expect(keyGranted).toBe(5);
  });

  it("does not limit a family without a limit", async () => {
    const { clock, limiter, granted, request } = setup(3, 1_000);
    let unlimited = 0;
    for (let i = 0; i < 1_000; i++) void limiter.acquire("keys", "a").then(() => unlimited++);
    for (let i = 0; i < 5; i++) void request(i, "a");
    await clock.advance(0);
    // All at once, with no time passing, while the limited family of the same owner stops at its 3.
    expect(unlimited).toBe(1_000);
    expect(granted).toHaveLength(3);
    expect(clock.time).toBe(0);
  });

  it("adds the safety margin to the window", async () => {
    const clock = new FakeClock();
    const limiter = new InProcessRateLimiter({
      limits: rateLimitsWith({ inventory: { limit: 1, windowMs: 1_000 } }),
      clock,
      marginMs: 50,
    });
    await limiter.acquire("inventory", "a");
    let second = false;
    void limiter.acquire("inventory", "a").then(() => {
      second = true;
    });
    await clock.advance(1_000);
    expect(second).toBe(false);
    await clock.advance(50);
    expect(second).toBe(true);
  });

  it("drops an aborted waiter without spending budget", async () => {
    const { clock, granted, request } = setup(1, 1_000);
    void request(1);
    const controller = new AbortController();
    const aborted = request(2, "owner-a", controller.signal);
    void request(3);
    controller.abort(new Error("gave up"));
    await expect(aborted).rejects.toThrow("gave up");
    await clock.advance(1_000);
    expect(granted.map((g) => g.id)).toEqual([1, 3]);
  });
});
