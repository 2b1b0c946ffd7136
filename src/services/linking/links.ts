import type { AttemptStore } from "./attempts.js";
import type { AccountLink } from "./types.js";

/** The stored links, whichever way they were made: who is linked, and unlinking. */
export class LinkRecords {
  constructor(private readonly store: AttemptStore) {}

  linkOf(discordUserId: string): Promise<AccountLink | undefined> {
    return this.store.linkOf(discordUserId);
  }

  /** Deletes the member's link; undefined when there was none. */
  unlink(discordUserId: string): Promise<AccountLink | undefined> {
    return this.store.deleteLink(discordUserId);
  }
}
