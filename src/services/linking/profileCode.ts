import { randomInt } from "node:crypto";
import type { Clock } from "../../clock.js";
import type { Logger } from "../../logger.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import type { AttemptStore } from "./attempts.js";
import type { AccountLink } from "./types.js";

/** A phrase works for 15 minutes by the injected clock. */
export const PHRASE_LIFETIME_MS = 15 * 60_000;
/** "I've added it" reads Roblox at most once per member in this window. */
export const CHECK_INTERVAL_MS = 10_000;
const PHRASE_WORDS = 6;

// 64 short, plain words: six of them are 36 bits, and a phrase is only good for 15 minutes.
const WORDS = (
  "amber anchor apple arrow basil beacon birch blossom breeze cactus canyon cedar cherry cloud comet coral " +
  "cotton crystal daisy delta desert ember falcon fern forest frost garden glacier harbor hazel island jade " +
  "juniper lagoon lantern lemon lilac maple meadow meteor mint nectar oasis ocean olive orbit otter pebble " +
  "pepper pine planet prairie quartz raven river saffron shell spruce summit thistle tulip valley willow"
).split(" ");

const phraseKey = (discordUserId: string) => `link:phrase:${discordUserId}`;
const pressKey = (discordUserId: string) => `link:phrase-check:${discordUserId}`;

interface Challenge {
  readonly robloxUserId: string;
  readonly phrase: string;
  readonly guildId: string | null;
  readonly expiresAt: number;
  /** The language of the /link reply, kept with the link. */
  readonly locale?: string;
}

/** What the check needs from Roblox: the profile as it is now, never a cached copy. */
export type ProfileReader = (
  robloxUserId: string,
) => Promise<{ readonly username: string; readonly displayName: string; readonly about: string }>;

export interface ProfileCodeOptions {
  readonly primitives: StorePrimitives;
  readonly links: AttemptStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly readProfile: ProfileReader;
  /** Tells a member their Roblox account was linked to someone else (best effort). */
  readonly tellMoved: (discordUserId: string, link: AccountLink, locale: string | undefined) => Promise<void>;
  /** After a link is stored (the member's roles are synced in the server they linked from). */
  readonly linked?: (link: AccountLink) => Promise<void>;
}

export type CheckOutcome =
  | { readonly ok: true; readonly link: AccountLink }
  | {
      readonly ok: false;
      readonly reason: "expired" | "not-found" | "too-soon";
      readonly robloxUserId?: string;
    };

export function newPhrase(): string {
  return Array.from({ length: PHRASE_WORDS }, () => WORDS[randomInt(WORDS.length)]).join(" ");
}

/** Links a member to the Roblox account whose About shows the one-time phrase they were given. */
export class ProfileCodeLinker {
  constructor(private readonly options: ProfileCodeOptions) {}

  /** A new phrase for this member and Roblox account; it replaces any earlier one. */
  async begin(input: {
    discordUserId: string;
    robloxUserId: string;
    guildId: string | null;
    locale: string;
  }): Promise<{ phrase: string; expiresAt: number }> {
    const challenge: Challenge = {
      robloxUserId: input.robloxUserId,
      phrase: newPhrase(),
      guildId: input.guildId,
      locale: input.locale,
      expiresAt: this.options.clock.now() + PHRASE_LIFETIME_MS,
    };
    await this.options.primitives.set(
      phraseKey(input.discordUserId),
      JSON.stringify(challenge),
      PHRASE_LIFETIME_MS * 2,
    );
    return { phrase: challenge.phrase, expiresAt: challenge.expiresAt };
  }

  /** "I've added it": reads the profile now and, if the phrase is there, stores the link. */
  async check(discordUserId: string): Promise<CheckOutcome> {
    const { primitives, clock, logger } = this.options;
    const raw = await primitives.get(phraseKey(discordUserId));
    const challenge = raw === undefined ? undefined : (JSON.parse(raw) as Challenge);
    if (challenge === undefined || clock.now() >= challenge.expiresAt) {
      if (challenge !== undefined) await primitives.delete(phraseKey(discordUserId));
      return { ok: false, reason: "expired" };
    }
    // By the injected clock, like the phrase's lifetime; the store's expiry only clears the key.
    const lastPress = Number(await primitives.get(pressKey(discordUserId)));
    if (clock.now() - lastPress < CHECK_INTERVAL_MS) return { ok: false, reason: "too-soon" };
    await primitives.set(pressKey(discordUserId), String(clock.now()), CHECK_INTERVAL_MS * 6);
    const profile = await this.options.readProfile(challenge.robloxUserId);
    if (!profile.about.includes(challenge.phrase)) {
      logger.info({ discordUserId }, "profile phrase not found");
      return { ok: false, reason: "not-found", robloxUserId: challenge.robloxUserId };
    }
    await primitives.delete(phraseKey(discordUserId));
    const link: AccountLink = {
      robloxUserId: challenge.robloxUserId,
      robloxUsername: profile.username,
      robloxDisplayName: profile.displayName,
      discordUserId,
      guildId: challenge.guildId,
      linkedAt: clock.now(),
      method: "profile-code",
      ...(challenge.locale === undefined ? {} : { locale: challenge.locale }),
    };
    const { previousOwner, previousLocale } = await this.options.links.storeLink(link);
    logger.info(
      { discordUserId, robloxUserId: link.robloxUserId, moved: previousOwner !== undefined },
      "account linked by profile phrase",
    );
    if (previousOwner !== undefined) await this.options.tellMoved(previousOwner, link, previousLocale);
    await this.options.linked?.(link).catch((error: unknown) => {
      logger.warn({ err: error }, "could not queue the role sync of a new link");
    });
    return { ok: true, link };
  }
}
