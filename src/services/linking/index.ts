import type { Clock } from "../../clock.js";
import type { Logger } from "../../logger.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import type { ReplyBody, ReplyWebhook } from "../uploads/reply.js";
import { AttemptStore, type DoneLink } from "./attempts.js";
import { MemberGrants } from "./grants.js";
import { OAuthFailure, type RobloxIdentity, RobloxOAuth } from "./oauthClient.js";
import { digest, randomToken, Sealer, type SealingKey, sameSecret } from "./sealing.js";
import type { AccountLink, DiscordAccount, LinkAttempt, LinkReply, PendingLink, Refused } from "./types.js";

export { AUTHORIZED_USERS_KEY } from "./attempts.js";
export type { MemberGrants } from "./grants.js";
export { GRANT_SCOPES } from "./grants.js";
export { LINK_SCOPES, pkceChallenge } from "./oauthClient.js";
export type { AccountLink, DiscordAccount, LinkRefusal } from "./types.js";

/** A button works for 10 minutes, and so does the confirm page after Roblox sends the member back. */
export const ATTEMPT_LIFETIME_MS = 10 * 60_000;
/** At most this many /link per member in the window. */
export const BEGIN_LIMIT = { max: 5, windowMs: 10 * 60_000 } as const;

export interface LinkingOptions {
  readonly apisUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  readonly encryptionKeys: readonly SealingKey[];
  readonly sharedAccounts: boolean;
  readonly primitives: StorePrimitives;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly replies: ReplyWebhook;
  /** The /link reply once linked, in the reply's language (views build it; the service only carries it). */
  readonly renderLinked: (link: AccountLink, locale: string) => ReplyBody;
  /** Tells the member whose Roblox account moved to another Discord account (best effort). */
  readonly tellMoved: (discordUserId: string, link: AccountLink, locale: string | undefined) => Promise<void>;
  /** After a link is stored (the member's roles are synced in the server they linked from). */
  readonly linked?: (link: AccountLink) => Promise<void>;
}

/**
 * Links a Discord member to the Roblox account they sign in with through OAuth 2.0: the button, the
 * callback, an explicit confirm, and then the link, keyed on Roblox's `sub`. No token is kept.
 */
export class LinkingService {
  readonly #options: LinkingOptions;
  readonly #store: AttemptStore;
  readonly #sealer: Sealer;
  readonly #oauth: RobloxOAuth;
  readonly #logger: Logger;
  /** Members' grants beyond identity, asked for by the features that need them. */
  readonly grants: MemberGrants;

  constructor(options: LinkingOptions) {
    this.#options = options;
    this.#sealer = new Sealer(options.encryptionKeys);
    this.#store = new AttemptStore(options.primitives, this.#sealer, options.sharedAccounts);
    this.#oauth = new RobloxOAuth(options);
    this.#logger = options.logger;
    this.grants = new MemberGrants({
      primitives: options.primitives,
      sealer: this.#sealer,
      tokens: this.#oauth,
      clock: options.clock,
      logger: options.logger,
    });
  }

  #now(): number {
    return this.#options.clock.now();
  }

  #live(attempt: LinkAttempt | undefined): attempt is LinkAttempt {
    return attempt !== undefined && this.#now() < attempt.expiresAt;
  }

  #refuse(reason: Refused["reason"], attempt?: LinkAttempt): Refused {
    this.#logger.info({ reason, discordUserId: attempt?.discord.id }, "link step refused");
    return { ok: false, reason };
  }

  /** /link: a new attempt that replaces the member's open one; at most BEGIN_LIMIT per member. */
  async begin(input: {
    discord: DiscordAccount;
    guildId: string | null;
    reply: LinkReply;
    locale: string;
    /** Scopes beyond identity a feature needs: the grant is then kept, sealed, for that feature. */
    extraScopes?: readonly string[];
  }): Promise<{ ok: true; id: string; expiresAt: number } | Refused> {
    const { primitives } = this.#options;
    const now = this.#now();
    const recent = `link:recent:${input.discord.id}`;
    const lockOwner = randomToken(9);
    if (!(await primitives.acquireLock(`${recent}:lock`, lockOwner, 5_000))) return this.#refuse("too-many");
    try {
      for (const old of await primitives.sortedRange(recent, { max: now - BEGIN_LIMIT.windowMs })) {
        await primitives.sortedRemove(recent, old.member);
      }
      const started = await primitives.sortedRange(recent, { min: now - BEGIN_LIMIT.windowMs + 1 });
      if (started.length >= BEGIN_LIMIT.max) return this.#refuse("too-many");
      const previousId = await this.#store.openOf(input.discord.id);
      const previous = previousId === undefined ? undefined : await this.#store.get(previousId);
      if (previous !== undefined) await this.#store.discard(previous);
      const attempt: LinkAttempt = {
        id: randomToken(24),
        state: randomToken(32),
        nonce: randomToken(32),
        verifier: randomToken(48),
        discord: input.discord,
        guildId: input.guildId,
        reply: input.reply,
        locale: input.locale,
        createdAt: now,
        expiresAt: now + ATTEMPT_LIFETIME_MS,
        stage: "open",
        ...(input.extraScopes === undefined || input.extraScopes.length === 0
          ? {}
          : { extraScopes: input.extraScopes }),
      };
      await this.#store.save(attempt);
      await this.#store.setOpen(input.discord.id, attempt.id);
      await primitives.sortedAdd(recent, attempt.id, now);
      this.#logger.info(
        { discordUserId: input.discord.id, replaced: previous !== undefined },
        "link started",
      );
      return { ok: true, id: attempt.id, expiresAt: attempt.expiresAt };
    } finally {
      await primitives.releaseLock(`${recent}:lock`, lockOwner);
    }
  }

  /** The button: binds the attempt to this browser (a new key each time) and sends it to Roblox. */
  async open(id: string): Promise<{ ok: true; authorizeUrl: string; browserKey: string } | Refused> {
    const attempt = await this.#store.get(id);
    if (!this.#live(attempt) || attempt.stage !== "open") return this.#refuse("expired", attempt);
    const browserKey = randomToken(32);
    if (attempt.browser !== undefined) await this.#store.discard(attempt);
    await this.#store.save({ ...attempt, browser: digest(browserKey) });
    await this.#store.setOpen(attempt.discord.id, attempt.id);
    return { ok: true, authorizeUrl: this.#oauth.authorizeUrl(attempt), browserKey };
  }

  /**
   * Roblox sent the browser back. Once per attempt, from the browser that opened the button: the code is
   * exchanged at once, the ID token verified, the grant revoked, and the confirm page comes next.
   */
  async callback(input: {
    state: string | undefined;
    code: string | undefined;
    error: string | undefined;
    browserKey: string | undefined;
  }): Promise<{ ok: true } | Refused> {
    const attempt = input.state === undefined ? undefined : await this.#store.byState(input.state);
    if (!this.#live(attempt) || attempt.stage !== "open") return this.#refuse("expired", attempt);
    if (!(await this.#store.claim(attempt.id, "callback"))) return this.#refuse("expired", attempt);
    const sameBrowser =
      input.browserKey !== undefined &&
      attempt.browser !== undefined &&
      sameSecret(digest(input.browserKey), attempt.browser);
    if (!sameBrowser || input.error !== undefined || input.code === undefined) {
      await this.#store.discard(attempt);
      if (!sameBrowser) return this.#refuse("other-browser", attempt);
      return this.#refuse(input.error === "access_denied" ? "denied" : "roblox-error", attempt);
    }
    try {
      const tokens = await this.#oauth.exchange(input.code, attempt.verifier);
      const keep = attempt.extraScopes !== undefined ? tokens.grant : undefined;
      let roblox: RobloxIdentity;
      let verified = false;
      try {
        roblox = await this.#oauth.verifyIdToken(tokens.idToken, attempt.nonce);
        verified = true;
      } finally {
        // Identity only: nothing more is read with this grant (and a bad ID token ends it all the same),
        // so it is revoked at once and no token is kept. A grant for a feature is kept until the confirm.
        const revoke = keep === undefined || !verified;
        if (revoke && tokens.refreshToken !== undefined && !(await this.#oauth.revoke(tokens.refreshToken))) {
          this.#logger.warn({ discordUserId: attempt.discord.id }, "could not revoke the identity grant");
        }
      }
      await this.#store.noteAuthorized(roblox.sub);
      await this.#store.save({
        ...attempt,
        stage: "confirm",
        roblox,
        expiresAt: this.#now() + ATTEMPT_LIFETIME_MS,
        ...(keep === undefined ? {} : { grant: keep }),
      });
      return { ok: true };
    } catch (error) {
      await this.#store.discard(attempt);
      if (!(error instanceof OAuthFailure)) throw error;
      this.#logger.warn({ failure: error.kind, discordUserId: attempt.discord.id }, "Roblox sign-in failed");
      return this.#refuse(error.kind === "unreachable" ? "unavailable" : "sign-in-failed", attempt);
    }
  }

  async #pendingAttempt(browserKey: string | undefined): Promise<LinkAttempt | undefined> {
    if (browserKey === undefined) return undefined;
    const attempt = await this.#store.byBrowser(digest(browserKey));
    return this.#live(attempt) && attempt.stage === "confirm" ? attempt : undefined;
  }

  #csrf(attempt: LinkAttempt): string {
    return this.#sealer.mac("link-confirm", `${attempt.id}\0${attempt.state}`);
  }

  /** The confirm page's content, for the browser that signed in only. */
  async pending(browserKey: string | undefined): Promise<PendingLink | undefined> {
    const attempt = await this.#pendingAttempt(browserKey);
    if (attempt?.roblox === undefined) return undefined;
    const { discord, roblox, locale } = attempt;
    return { discord, roblox, locale, csrf: this.#csrf(attempt) };
  }

  /** The explicit Confirm (or Cancel): only now is the link stored and the /link reply edited. */
  async confirm(input: {
    browserKey: string | undefined;
    csrf: string | undefined;
    decision: string | undefined;
  }): Promise<{ ok: true; link: AccountLink } | Refused> {
    const attempt = await this.#pendingAttempt(input.browserKey);
    if (attempt?.roblox === undefined || input.browserKey === undefined)
      return this.#refuse("expired", attempt);
    if (input.csrf === undefined || !sameSecret(input.csrf, this.#csrf(attempt))) {
      return this.#refuse("bad-form", attempt);
    }
    if (!(await this.#store.claim(attempt.id, "confirm"))) return this.#refuse("expired", attempt);
    await this.#store.discard(attempt);
    if (input.decision !== "confirm") {
      if (attempt.grant !== undefined) await this.#oauth.revoke(attempt.grant.refreshToken);
      return this.#refuse("cancelled", attempt);
    }
    const link: AccountLink = {
      robloxUserId: attempt.roblox.sub,
      robloxUsername: attempt.roblox.username,
      robloxDisplayName: attempt.roblox.displayName,
      discordUserId: attempt.discord.id,
      guildId: attempt.guildId,
      linkedAt: this.#now(),
      method: "oauth",
      locale: attempt.locale,
    };
    const { previousOwner, previousLocale } = await this.#store.storeLink(link);
    if (attempt.grant !== undefined) {
      await this.grants.save(link.discordUserId, { robloxUserId: link.robloxUserId, tokens: attempt.grant });
    } else if ((await this.grants.summary(link.discordUserId))?.robloxUserId !== link.robloxUserId) {
      // Linked to another Roblox account: a grant of the previous one is of no use and is ended.
      await this.grants.withdraw(link.discordUserId);
    }
    if (previousOwner !== undefined) {
      // The account is someone else's link now: a grant the previous owner kept for it is ended.
      if ((await this.grants.summary(previousOwner))?.robloxUserId === link.robloxUserId) {
        await this.grants.withdraw(previousOwner);
      }
      await this.#options.tellMoved(previousOwner, link, previousLocale);
    }
    await this.#whenLinked(link);
    await this.#store.saveDone(digest(input.browserKey), {
      link,
      discord: attempt.discord,
      expiresAt: this.#now() + ATTEMPT_LIFETIME_MS,
      locale: attempt.locale,
    });
    this.#logger.info(
      { discordUserId: link.discordUserId, robloxUserId: link.robloxUserId },
      "account linked",
    );
    const edited = await this.#options.replies(
      attempt.reply,
      this.#options.renderLinked(link, attempt.locale),
    );
    if (!edited.ok) this.#logger.warn({ gone: edited.gone }, "could not edit the /link reply");
    return { ok: true, link };
  }

  /** The done page's content, for the browser that confirmed, for a while. */
  async done(browserKey: string | undefined): Promise<DoneLink | undefined> {
    if (browserKey === undefined) return undefined;
    const done = await this.#store.done(digest(browserKey));
    return done !== undefined && this.#now() < done.expiresAt ? done : undefined;
  }

  async #whenLinked(link: AccountLink): Promise<void> {
    await this.#options.linked?.(link).catch((error: unknown) => {
      this.#logger.warn({ err: error }, "could not queue the role sync of a new link");
    });
  }

  linkOf(discordUserId: string): Promise<AccountLink | undefined> {
    return this.#store.linkOf(discordUserId);
  }
}
