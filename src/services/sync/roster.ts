import type { StorePrimitives } from "../../store/primitives/index.js";

const guildsKey = "sync:guilds";
const rosterKey = (guildId: string) => `sync:roster:${guildId}`;

/**
 * The linked members of each server the scheduled sync visits: a member joins a server's roster when
 * their roles are synced there while linked (on link, /verify, /update), and leaves it when they are
 * no longer in the server or no longer linked. One set per server, through the atomic primitives.
 */
export class SyncRoster {
  readonly #primitives: StorePrimitives;

  constructor(primitives: StorePrimitives) {
    this.#primitives = primitives;
  }

  async add(guildId: string, userId: string): Promise<void> {
    await this.#primitives.setAdd(rosterKey(guildId), userId);
    await this.#primitives.setAdd(guildsKey, guildId);
  }

  async remove(guildId: string, userId: string): Promise<void> {
    await this.#primitives.setRemove(rosterKey(guildId), userId);
  }

  /** The server's members, in a fixed order (so every run of a pass walks them alike). */
  async members(guildId: string): Promise<string[]> {
    return (await this.#primitives.setMembers(rosterKey(guildId))).sort();
  }

  async guilds(): Promise<string[]> {
    return (await this.#primitives.setMembers(guildsKey)).sort();
  }
}
