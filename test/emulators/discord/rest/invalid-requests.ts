import type { VirtualClock } from "../clock.js";

/**
 * Discord's invalid request limit (discord-api-docs topics/rate-limits, "Invalid Request Limit"): "IP
 * addresses that make too many invalid HTTP requests are automatically and temporarily restricted from
 * accessing the Discord API. Currently, this limit is 10,000 per 10 minutes. An invalid request is one that
 * results in 401, 403, or 429 statuses", a 429 of scope `shared` excepted. The restriction is Cloudflare's:
 * every request is refused with a 429 that is not Discord's JSON. Discord counts per IP; every caller of the
 * emulator is on loopback, so it counts per credential (the Authorization header, or none) instead, which
 * lets one test's bad token not ban another's bot. The ban lasts an hour here (not published: an assumption).
 */
export interface InvalidRequestSettings {
  limit?: number;
  windowMs?: number;
  banMs?: number;
}

export const INVALID_REQUEST_LIMIT = 10_000;
const WINDOW_MS = 10 * 60_000;
const BAN_MS = 60 * 60_000;

export interface InvalidRequestState {
  /** Invalid requests counted in the current window. */
  count: number;
  /** Virtual time the ban ends, when banned. */
  bannedUntil?: number;
}

interface Counter {
  count: number;
  windowEnds: number;
  bannedUntil?: number;
}

export class InvalidRequests {
  private settings: Required<InvalidRequestSettings> = {
    limit: INVALID_REQUEST_LIMIT,
    windowMs: WINDOW_MS,
    banMs: BAN_MS,
  };
  private readonly counters = new Map<string, Counter>();

  constructor(private readonly clock: VirtualClock) {}

  set(settings: InvalidRequestSettings): void {
    this.settings = {
      limit: settings.limit ?? INVALID_REQUEST_LIMIT,
      windowMs: settings.windowMs ?? WINDOW_MS,
      banMs: settings.banMs ?? BAN_MS,
    };
    this.counters.clear();
  }

  banned(caller: string): boolean {
    const until = this.counters.get(caller)?.bannedUntil;
    return until !== undefined && until > this.clock.now();
  }

  /** Counts an answer; past the limit the caller is banned. */
  record(caller: string, status: number, scope: string | undefined): void {
    if (!(status === 401 || status === 403 || (status === 429 && scope !== "shared"))) return;
    const now = this.clock.now();
    let counter = this.counters.get(caller);
    if (!counter || counter.windowEnds <= now) {
      counter = { count: 0, windowEnds: now + this.settings.windowMs };
      this.counters.set(caller, counter);
    }
    counter.count++;
    if (counter.count >= this.settings.limit) counter.bannedUntil = now + this.settings.banMs;
  }

  state(caller: string): InvalidRequestState {
    const counter = this.counters.get(caller);
    if (!counter) return { count: 0 };
    const now = this.clock.now();
    const count = counter.windowEnds > now ? counter.count : 0;
    return counter.bannedUntil !== undefined && counter.bannedUntil > now
      ? { count, bannedUntil: counter.bannedUntil }
      : { count };
  }
}

/** The key a request is counted under: its Authorization header (a bot or bearer token), or none. */
export function callerOf(authorization: string | undefined): string {
  return authorization ?? "(no authorization)";
}
