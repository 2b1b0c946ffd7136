import type { Clock } from "../../clock.js";
import type { Logger } from "../../logger.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import { type GrantTokens, OAuthFailure } from "./oauthClient.js";
import { randomToken, type Sealer } from "./sealing.js";

/** The scopes each feature asks for beyond identity (creator-docs oauth2 and usage-assets guides). */
export const GRANT_SCOPES = {
  /** "Grants access to read the target user's private inventory." */
  inventory: ["user.inventory-item:read"],
  /** Uploads to the member's own account, and reading their operations and quotas. */
  uploads: ["asset:read", "asset:write"],
} as const satisfies Record<string, readonly string[]>;

/** Roblox's refresh tokens live 90 days from issue (oauth2-reference.md §Token exchange). */
export const REFRESH_LIFETIME_MS = 90 * 24 * 60 * 60_000;
/** An access token is renewed this long before Roblox's 15 minutes are up, so none expires in flight. */
const ACCESS_MARGIN_MS = 60_000;
/** How long one refresh may hold the member's lock (the token request times out after 10 s). */
const LOCK_MS = 15_000;

/** A member's OAuth grant beyond identity, kept sealed: the refresh token is the secret. */
interface StoredGrant {
  readonly robloxUserId: string;
  readonly scopes: readonly string[];
  /** Absent once Roblox refused it: the member must consent again. */
  readonly refreshToken?: string;
  readonly refreshExpiresAt: number;
  readonly grantedAt: number;
}

interface StoredAccess {
  readonly token: string;
  readonly expiresAt: number;
  readonly scopes: readonly string[];
}

/** What the bot may say and show of a grant: never a token. */
export interface GrantSummary {
  readonly robloxUserId: string;
  readonly scopes: readonly string[];
  /** Roblox refused the grant (revoked, expired, reused): the member needs to /link again. */
  readonly lapsed: boolean;
  readonly grantedAt: number;
}

export type AccessOutcome =
  | { readonly ok: true; readonly token: string; readonly robloxUserId: string }
  /** The member never granted anything beyond identity. */
  | { readonly ok: false; readonly reason: "none" }
  | { readonly ok: false; readonly reason: "missing-scope"; readonly missing: readonly string[] }
  /** Roblox no longer honours the grant: /link again. */
  | { readonly ok: false; readonly reason: "lapsed" }
  | { readonly ok: false; readonly reason: "unavailable" };

/** The token endpoint as the grants need it (RobloxOAuth, or a stand-in in unit tests). */
export interface TokenEndpoint {
  refresh(refreshToken: string): Promise<GrantTokens>;
  revoke(refreshToken: string): Promise<boolean>;
}

export interface MemberGrantsOptions {
  readonly primitives: StorePrimitives;
  readonly sealer: Sealer;
  readonly tokens: TokenEndpoint;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How often a process that did not win the refresh lock looks for the winner's token (ms). */
  readonly pollMs?: number;
}

const key = {
  grant: (discordUserId: string) => `link:grant:${discordUserId}`,
  access: (discordUserId: string) => `link:grant-access:${discordUserId}`,
  lock: (discordUserId: string) => `link:grant-lock:${discordUserId}`,
};

/**
 * Members' own grants: the refresh token sealed at rest (additional data = the record's key and the key
 * id), access tokens renewed lazily and single-flight per member (in the process by one shared promise,
 * across processes by a lock in the store), because a Roblox refresh token works once. A rotated refresh
 * token replaces the old one in the one write of the grant record, under the lock; a record sealed with
 * an older key is sealed again with the newest when used.
 */
export class MemberGrants {
  readonly #options: MemberGrantsOptions;
  readonly #inFlight = new Map<string, Promise<AccessOutcome>>();

  constructor(options: MemberGrantsOptions) {
    this.#options = options;
  }

  get #now(): number {
    return this.#options.clock.now();
  }

  /** Keeps a grant from a consent: replaces any earlier one (whose cached access token is dropped). */
  async save(discordUserId: string, input: { robloxUserId: string; tokens: GrantTokens }): Promise<void> {
    // Under the refresh lock: a refresh in flight cannot then write the older grant over this one.
    await this.#locked(discordUserId, async () => {
      const now = this.#now;
      await this.#options.primitives.delete(key.access(discordUserId));
      await this.#writeGrant(discordUserId, {
        robloxUserId: input.robloxUserId,
        scopes: input.tokens.scopes,
        refreshToken: input.tokens.refreshToken,
        refreshExpiresAt: now + REFRESH_LIFETIME_MS,
        grantedAt: now,
      });
      await this.#writeAccess(discordUserId, input.tokens);
    });
  }

  async summary(discordUserId: string): Promise<GrantSummary | undefined> {
    const grant = await this.#readGrant(discordUserId);
    if (grant === undefined) return undefined;
    return {
      robloxUserId: grant.robloxUserId,
      scopes: grant.scopes,
      lapsed: this.#lapsed(grant),
      grantedAt: grant.grantedAt,
    };
  }

  /** Ends the grant at Roblox (best effort) and forgets it. True when there was one. */
  async withdraw(discordUserId: string): Promise<boolean> {
    return (await this.end(discordUserId)) !== "none";
  }

  /**
   * Ends the grant at Roblox (best effort) and forgets it, saying how it went: "ended" when Roblox
   * confirmed the revoke or had already refused the grant (lapsed), "not-revoked" when Roblox did not
   * answer the revoke (the grant is forgotten here all the same).
   */
  async end(discordUserId: string): Promise<"none" | "ended" | "not-revoked"> {
    // Under the refresh lock: a refresh in flight cannot then write the grant back.
    const grant = await this.#locked(discordUserId, async () => {
      const held = await this.#readGrant(discordUserId);
      await this.#options.primitives.delete(key.grant(discordUserId));
      await this.#options.primitives.delete(key.access(discordUserId));
      return held;
    });
    if (grant === undefined) return "none";
    if (grant.refreshToken !== undefined && !(await this.#options.tokens.revoke(grant.refreshToken))) {
      this.#options.logger.warn({ discordUserId }, "could not revoke a member's grant at Roblox");
      return "not-revoked";
    }
    return "ended";
  }

  /** An access token of the member's grant carrying every scope in `needed`, refreshed if it must be. */
  async accessToken(discordUserId: string, needed: readonly string[]): Promise<AccessOutcome> {
    const running = this.#inFlight.get(discordUserId);
    const outcome =
      running ??
      this.#access(discordUserId).finally(() => {
        this.#inFlight.delete(discordUserId);
      });
    if (running === undefined) this.#inFlight.set(discordUserId, outcome);
    const result = await outcome;
    if (!result.ok) return result;
    const grant = await this.#readGrant(discordUserId);
    const missing = needed.filter((scope) => !(grant?.scopes ?? []).includes(scope));
    return missing.length > 0 ? { ok: false, reason: "missing-scope", missing } : result;
  }

  #lapsed(grant: StoredGrant): boolean {
    return grant.refreshToken === undefined || this.#now >= grant.refreshExpiresAt;
  }

  async #access(discordUserId: string): Promise<AccessOutcome> {
    const grant = await this.#readGrant(discordUserId, { reseal: true });
    if (grant === undefined) return { ok: false, reason: "none" };
    const cached = await this.#readAccess(discordUserId);
    if (cached !== undefined) return { ok: true, token: cached.token, robloxUserId: grant.robloxUserId };
    if (this.#lapsed(grant)) return { ok: false, reason: "lapsed" };
    return this.#refreshOnce(discordUserId);
  }

  /** One refresh across every process: the lock's winner refreshes; the others wait for its token. */
  async #refreshOnce(discordUserId: string): Promise<AccessOutcome> {
    const { primitives, pollMs = 50 } = this.#options;
    const owner = randomToken(9);
    // Waits on the wall clock for another process, at most a little past the lock's lifetime.
    const giveUpAt = Date.now() + LOCK_MS + 5_000;
    while (!(await primitives.acquireLock(key.lock(discordUserId), owner, LOCK_MS))) {
      const done = await this.#settled(discordUserId);
      if (done !== undefined) return done;
      if (Date.now() > giveUpAt) return { ok: false, reason: "unavailable" };
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    try {
      // Another process may have refreshed between our look and our lock.
      const done = await this.#settled(discordUserId);
      if (done !== undefined) return done;
      return await this.#refresh(discordUserId);
    } finally {
      await primitives.releaseLock(key.lock(discordUserId), owner);
    }
  }

  /** Runs `change` holding the member's refresh lock; past the lock's lifetime, runs it all the same. */
  async #locked<T>(discordUserId: string, change: () => Promise<T>): Promise<T> {
    const { primitives, pollMs = 50 } = this.#options;
    const owner = randomToken(9);
    const giveUpAt = Date.now() + LOCK_MS + 5_000;
    let held = await primitives.acquireLock(key.lock(discordUserId), owner, LOCK_MS);
    while (!held && Date.now() <= giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      held = await primitives.acquireLock(key.lock(discordUserId), owner, LOCK_MS);
    }
    try {
      return await change();
    } finally {
      if (held) await primitives.releaseLock(key.lock(discordUserId), owner);
    }
  }

  /** A fresh access token, a lapsed grant or no grant: whatever makes a refresh needless. */
  async #settled(discordUserId: string): Promise<AccessOutcome | undefined> {
    const grant = await this.#readGrant(discordUserId);
    if (grant === undefined) return { ok: false, reason: "none" };
    const cached = await this.#readAccess(discordUserId);
    if (cached !== undefined) return { ok: true, token: cached.token, robloxUserId: grant.robloxUserId };
    if (this.#lapsed(grant)) return { ok: false, reason: "lapsed" };
    return undefined;
  }

  /** Under the lock: trade the refresh token, store the new one (one write), then the access token. */
  async #refresh(discordUserId: string): Promise<AccessOutcome> {
    const grant = await this.#readGrant(discordUserId);
    if (grant?.refreshToken === undefined) return { ok: false, reason: grant ? "lapsed" : "none" };
    const { logger, tokens } = this.#options;
    try {
      const renewed = await tokens.refresh(grant.refreshToken);
      await this.#writeGrant(discordUserId, {
        ...grant,
        refreshToken: renewed.refreshToken,
        refreshExpiresAt: this.#now + REFRESH_LIFETIME_MS,
        scopes: renewed.scopes.length > 0 ? renewed.scopes : grant.scopes,
      });
      await this.#writeAccess(discordUserId, renewed);
      logger.info({ discordUserId }, "member's access token refreshed");
      return { ok: true, token: renewed.accessToken, robloxUserId: grant.robloxUserId };
    } catch (error) {
      if (!(error instanceof OAuthFailure)) throw error;
      if (error.kind !== "grant-invalid") {
        logger.warn({ discordUserId, failure: error.kind }, "could not refresh a member's access token");
        return { ok: false, reason: "unavailable" };
      }
      const { refreshToken: _spent, ...rest } = grant;
      await this.#writeGrant(discordUserId, rest);
      logger.info({ discordUserId }, "Roblox refused a member's grant: re-consent needed");
      return { ok: false, reason: "lapsed" };
    }
  }

  async #readGrant(
    discordUserId: string,
    options: { reseal?: boolean } = {},
  ): Promise<StoredGrant | undefined> {
    const recordKey = key.grant(discordUserId);
    const opened = this.#options.sealer.open<StoredGrant>(
      await this.#options.primitives.get(recordKey),
      recordKey,
    );
    if (opened?.stale === true && options.reseal === true) await this.#reseal(discordUserId);
    return opened?.value;
  }

  /** Seals a record an older key wrote with the newest, under the lock so no refresh is overwritten. */
  async #reseal(discordUserId: string): Promise<void> {
    const { primitives, sealer } = this.#options;
    const owner = randomToken(9);
    if (!(await primitives.acquireLock(key.lock(discordUserId), owner, LOCK_MS))) return;
    try {
      const recordKey = key.grant(discordUserId);
      const opened = sealer.open<StoredGrant>(await primitives.get(recordKey), recordKey);
      if (opened?.stale === true) await this.#writeGrant(discordUserId, opened.value);
      const accessKey = key.access(discordUserId);
      const access = sealer.open<StoredAccess>(await primitives.get(accessKey), accessKey);
      if (access?.stale === true) await this.#putAccess(discordUserId, access.value);
    } finally {
      await primitives.releaseLock(key.lock(discordUserId), owner);
    }
  }

  async #writeGrant(discordUserId: string, grant: StoredGrant): Promise<void> {
    const recordKey = key.grant(discordUserId);
    await this.#options.primitives.set(recordKey, this.#options.sealer.seal(grant, recordKey));
  }

  async #readAccess(discordUserId: string): Promise<StoredAccess | undefined> {
    const recordKey = key.access(discordUserId);
    const access = this.#options.sealer.unseal<StoredAccess>(
      await this.#options.primitives.get(recordKey),
      recordKey,
    );
    return access !== undefined && this.#now < access.expiresAt - ACCESS_MARGIN_MS ? access : undefined;
  }

  async #writeAccess(discordUserId: string, tokens: GrantTokens): Promise<void> {
    await this.#putAccess(discordUserId, {
      token: tokens.accessToken,
      expiresAt: this.#now + tokens.expiresIn * 1000,
      scopes: tokens.scopes,
    });
  }

  async #putAccess(discordUserId: string, access: StoredAccess): Promise<void> {
    const recordKey = key.access(discordUserId);
    const ttl = Math.max(1_000, access.expiresAt - this.#now);
    await this.#options.primitives.set(recordKey, this.#options.sealer.seal(access, recordKey), ttl);
  }
}
