import { userError } from "../../errors.js";
import type { Logger } from "../../logger.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import type { AttemptStore } from "../linking/attempts.js";
import type { GrantSummary, MemberGrants } from "../linking/grants.js";
import type { AccountLink } from "../linking/types.js";
import {
  LOG_PER_GUILD,
  RECENT_PER_USER,
  type UploadJob,
  UploadJobStore,
  uploadUserIndex,
} from "../uploads/jobs.js";

/** What an upload record names as its uploader once that member deleted their data. */
export const DELETED_MEMBER = "deleted";

/** The member allows their link to be shown in every server (not only where they ran /link or /verify). */
const showEverywhereKey = (discordUserId: string) => `privacy:show-link:${discordUserId}`;
/** The servers where the member ran /verify: their link is shown there too. */
const shownInKey = (discordUserId: string) => `privacy:shown-in:${discordUserId}`;

/** The member-keyed records of linking and uploads that carry no lasting value once the member leaves. */
const memberKeys = (discordUserId: string): string[] => [
  showEverywhereKey(discordUserId),
  shownInKey(discordUserId),
  `link:open:${discordUserId}`,
  `link:recent:${discordUserId}`,
  `link:phrase:${discordUserId}`,
  `link:phrase-check:${discordUserId}`,
  `upload-cooldown:${discordUserId}`,
  uploadUserIndex(discordUserId),
];

/** Everything the bot keeps about one member, as /privacy shows it. */
export interface MemberData {
  readonly link: AccountLink | undefined;
  /**
   * The OAuth grant kept for the member (`/link access:…`), as scopes and dates, never a token. Identity
   * links keep none: that grant is revoked at once.
   */
  readonly grant: GrantSummary | undefined;
  readonly showLinkEverywhere: boolean;
  readonly verifiedIn: readonly string[];
  readonly uploads: readonly UploadJob[];
}

export interface PrivacyOptions {
  readonly primitives: StorePrimitives;
  /** Undefined when linking is not configured: there are no links to show or delete. */
  readonly links: AttemptStore | undefined;
  /** Undefined when linking is not configured: no grant can be kept. */
  readonly grants: Pick<MemberGrants, "summary"> | undefined;
  readonly now: () => number;
  readonly logger: Logger;
  /** Removes what other services keep under the member's ID (the role sync's rosters). */
  readonly forgetElsewhere?: (discordUserId: string) => Promise<void>;
}

/** /privacy: what the bot stores about a member, who may see their link, and deleting it all. */
export class PrivacyService {
  readonly #options: PrivacyOptions;
  readonly #uploads: UploadJobStore;

  constructor(options: PrivacyOptions) {
    this.#options = options;
    this.#uploads = new UploadJobStore(options.primitives, options.now);
  }

  async dataOf(discordUserId: string): Promise<MemberData> {
    const { primitives, links } = this.#options;
    return {
      link: await links?.linkOf(discordUserId),
      grant: await this.#options.grants?.summary(discordUserId),
      showLinkEverywhere: (await primitives.get(showEverywhereKey(discordUserId))) === "1",
      verifiedIn: await primitives.setMembers(shownInKey(discordUserId)),
      uploads: await this.#uploads.recent(discordUserId, RECENT_PER_USER),
    };
  }

  /** Turns "show my link in every server" on or off. */
  async setShowEverywhere(discordUserId: string, on: boolean): Promise<void> {
    const key = showEverywhereKey(discordUserId);
    if (on) await this.#options.primitives.set(key, "1");
    else await this.#options.primitives.delete(key);
  }

  /** /verify in a server: the member's link is shown to others there from now on. */
  async noteVerified(discordUserId: string, guildId: string): Promise<void> {
    await this.#options.primitives.setAdd(shownInKey(discordUserId), guildId);
  }

  /** Whether others in `guildId` (null: a DM) may see this link. */
  async linkShownIn(link: AccountLink, guildId: string | null): Promise<boolean> {
    if (link.guildId === guildId) return true;
    const { primitives } = this.#options;
    if ((await primitives.get(showEverywhereKey(link.discordUserId))) === "1") return true;
    return (
      guildId !== null && (await primitives.setMembers(shownInKey(link.discordUserId))).includes(guildId)
    );
  }

  /**
   * Deletes the member's link, settings and member-keyed records; their uploads stay in the servers'
   * logs (asset ID and file hash are the server's moderation record) under "deleted member". Refused
   * while one of their uploads is still under way, since its job would write the member back.
   */
  async forget(discordUserId: string): Promise<{ uploadsKept: number }> {
    const { primitives, links, logger } = this.#options;
    const uploads = await this.#uploads.recent(discordUserId, RECENT_PER_USER);
    if (uploads.some((job) => job.stage !== "finished")) {
      throw userError("privacy.uploadInProgress");
    }
    // The member's index holds their latest uploads; the logs of the servers those went to hold older ones.
    const byId = new Map(uploads.map((job) => [job.id, job]));
    for (const guildId of new Set(uploads.map((job) => job.guildId))) {
      for (const job of await this.#uploads.recentInGuild(guildId, LOG_PER_GUILD)) {
        if (job.userId === discordUserId && job.stage === "finished") byId.set(job.id, job);
      }
    }
    for (const job of byId.values()) {
      // Whose grant sent it is the member's ID too: it goes with them.
      const { interactionToken: _token, grantOf: _grant, ...rest } = job;
      await this.#uploads.save({ ...rest, userId: DELETED_MEMBER, replyOpen: false });
    }
    const link = await links?.deleteLink(discordUserId);
    const guilds = new Set(await primitives.setMembers(shownInKey(discordUserId)));
    if (link?.guildId) guilds.add(link.guildId);
    const cooldowns = [...guilds].flatMap((guildId) =>
      ["verify", "update"].map((name) => `cooldown:${name}:${guildId}:${discordUserId}`),
    );
    for (const key of [...memberKeys(discordUserId), ...cooldowns]) await this.#clear(key);
    await this.#options.forgetElsewhere?.(discordUserId);
    logger.info({ uploadsKept: byId.size }, "member data deleted");
    return { uploadsKept: byId.size };
  }

  /** Removes whatever the key holds: a value, a set or a sorted set (kept apart by some stores). */
  async #clear(key: string): Promise<void> {
    const { primitives } = this.#options;
    await primitives.delete(key);
    for (const { member } of await primitives.sortedRange(key)) await primitives.sortedRemove(key, member);
    for (const member of await primitives.setMembers(key)) await primitives.setRemove(key, member);
  }
}
