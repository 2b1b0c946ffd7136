import type { StorePrimitives } from "../../store/primitives/index.js";
import { digest, type Sealer } from "./sealing.js";
import type { AccountLink, DiscordAccount, LinkAttempt } from "./types.js";

export interface DoneLink {
  readonly link: AccountLink;
  readonly discord: DiscordAccount;
  readonly expiresAt: number;
  /** The language of the /link that led here (absent in records of the previous release: en-US). */
  readonly locale?: string;
}

/** Lifetimes are checked against the injected clock; store expiry only clears what is left behind. */
const KEEP_MS = 30 * 60_000;

const key = {
  attempt: (id: string) => `link:attempt:${id}`,
  byState: (state: string) => `link:by-state:${digest(state)}`,
  byBrowser: (browser: string) => `link:by-browser:${browser}`,
  open: (discordUserId: string) => `link:open:${discordUserId}`,
  claim: (id: string, step: string) => `link:claim:${id}:${step}`,
  done: (browser: string) => `link:done:${browser}`,
  account: (robloxUserId: string) => `link:account:${robloxUserId}`,
  member: (discordUserId: string) => `link:member:${discordUserId}`,
  /** The member's own copy of their link: with shared accounts the account record names only the latest. */
  memberLink: (discordUserId: string) => `link:member-link:${discordUserId}`,
};

/** Roblox users who authorized the app at least once: what the unreviewed app's 10-user cap counts. */
export const AUTHORIZED_USERS_KEY = "link:authorized-users";

/** The linking records, every secret-bearing one sealed. */
export class AttemptStore {
  constructor(
    private readonly primitives: StorePrimitives,
    private readonly sealer: Sealer,
    private readonly sharedAccounts = false,
  ) {}

  async save(attempt: LinkAttempt): Promise<void> {
    await this.primitives.set(key.attempt(attempt.id), this.sealer.seal(attempt), KEEP_MS);
    await this.primitives.set(key.byState(attempt.state), attempt.id, KEEP_MS);
    if (attempt.browser !== undefined) {
      await this.primitives.set(key.byBrowser(attempt.browser), attempt.id, KEEP_MS);
    }
  }

  async get(id: string): Promise<LinkAttempt | undefined> {
    const attempt = this.sealer.unseal<LinkAttempt>(await this.primitives.get(key.attempt(id)));
    return attempt?.id === id ? attempt : undefined;
  }

  async byState(state: string): Promise<LinkAttempt | undefined> {
    const id = await this.primitives.get(key.byState(state));
    const attempt = id === undefined ? undefined : await this.get(id);
    return attempt?.state === state ? attempt : undefined;
  }

  async byBrowser(browser: string): Promise<LinkAttempt | undefined> {
    const id = await this.primitives.get(key.byBrowser(browser));
    const attempt = id === undefined ? undefined : await this.get(id);
    return attempt?.browser === browser ? attempt : undefined;
  }

  async openOf(discordUserId: string): Promise<string | undefined> {
    return this.primitives.get(key.open(discordUserId));
  }

  async setOpen(discordUserId: string, id: string): Promise<void> {
    await this.primitives.set(key.open(discordUserId), id, KEEP_MS);
  }

  /** Removes the attempt and every way to reach it: its button, its state and its browser all fail after. */
  async discard(attempt: LinkAttempt): Promise<void> {
    await this.primitives.delete(key.attempt(attempt.id));
    await this.primitives.delete(key.byState(attempt.state));
    if (attempt.browser !== undefined) await this.primitives.delete(key.byBrowser(attempt.browser));
    if ((await this.openOf(attempt.discord.id)) === attempt.id) {
      await this.primitives.delete(key.open(attempt.discord.id));
    }
  }

  /** True for the first caller only: a step of one attempt runs once, however many requests race. */
  claim(id: string, step: "callback" | "confirm"): Promise<boolean> {
    return this.primitives.setIfAbsent(key.claim(id, step), "1", KEEP_MS);
  }

  async saveDone(browser: string, done: DoneLink): Promise<void> {
    await this.primitives.set(key.done(browser), this.sealer.seal(done), KEEP_MS);
  }

  async done(browser: string): Promise<DoneLink | undefined> {
    return this.sealer.unseal<DoneLink>(await this.primitives.get(key.done(browser)));
  }

  async noteAuthorized(robloxUserId: string): Promise<void> {
    await this.primitives.setAdd(AUTHORIZED_USERS_KEY, robloxUserId);
  }

  async linkOf(discordUserId: string): Promise<AccountLink | undefined> {
    const robloxUserId = await this.primitives.get(key.member(discordUserId));
    if (robloxUserId === undefined) return undefined;
    for (const raw of [
      await this.primitives.get(key.account(robloxUserId)),
      await this.primitives.get(key.memberLink(discordUserId)),
    ]) {
      const link = raw === undefined ? undefined : (JSON.parse(raw) as AccountLink);
      if (link?.discordUserId === discordUserId && link.robloxUserId === robloxUserId) return link;
    }
    return undefined;
  }

  /** Removes the member's link, if any, and returns what it was. */
  async deleteLink(discordUserId: string): Promise<AccountLink | undefined> {
    const link = await this.linkOf(discordUserId);
    const raw = link === undefined ? undefined : await this.primitives.get(key.account(link.robloxUserId));
    // With shared accounts the account record may name another member's link: that one stays.
    if (
      link !== undefined &&
      raw !== undefined &&
      (JSON.parse(raw) as AccountLink).discordUserId === discordUserId
    ) {
      await this.primitives.delete(key.account(link.robloxUserId));
    }
    await this.primitives.delete(key.member(discordUserId));
    await this.primitives.delete(key.memberLink(discordUserId));
    return link;
  }

  /**
   * Stores the link keyed on the Roblox user ID. A Roblox account linked to someone else moves to this
   * member; a member linked to another Roblox account is linked to this one instead.
   */
  async storeLink(
    link: AccountLink,
  ): Promise<{ previousOwner: string | undefined; previousLocale: string | undefined }> {
    const previousAccount = await this.primitives.get(key.member(link.discordUserId));
    if (previousAccount !== undefined && previousAccount !== link.robloxUserId) {
      await this.primitives.delete(key.account(previousAccount));
    }
    const raw = await this.primitives.get(key.account(link.robloxUserId));
    const previous = raw === undefined ? undefined : (JSON.parse(raw) as AccountLink);
    const previousOwner = previous?.discordUserId;
    const moved = previousOwner !== undefined && previousOwner !== link.discordUserId && !this.sharedAccounts;
    if (moved) await this.primitives.delete(key.member(previousOwner));
    await this.primitives.set(key.account(link.robloxUserId), JSON.stringify(link));
    await this.primitives.set(key.memberLink(link.discordUserId), JSON.stringify(link));
    await this.primitives.set(key.member(link.discordUserId), link.robloxUserId);
    return {
      previousOwner: moved ? previousOwner : undefined,
      previousLocale: moved ? previous?.locale : undefined,
    };
  }
}
