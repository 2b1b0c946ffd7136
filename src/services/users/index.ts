import type { Keyv } from "keyv";
import { userError } from "../../errors.js";
import { quoted } from "../../text/format.js";
import { Batcher } from "../batcher.js";
import { cached, HOUR, MINUTE } from "../cache.js";
import type { OpenCloudClient, ResolvedUsername } from "../opencloud/index.js";
import { OpenCloudError } from "../opencloud/index.js";
import { WebLimitedError } from "../webBudget/index.js";
import { parseUserReference } from "./userInput.js";

/** A Roblox user as the views show it; plain JSON so it can be cached. */
export interface UserProfile {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly about: string;
  /** ISO 8601. */
  readonly created: string;
  readonly premium: boolean;
  /** The avatar headshot, when Roblox could make one. */
  readonly headshotUrl: string | undefined;
}

/** A user's ID never changes and names change rarely (old names still resolve): a week. */
const USERNAME_TTL = 7 * 24 * HOUR;
/** A name nobody has is remembered briefly: it may be taken any time. */
const UNKNOWN_NAME_TTL = 10 * MINUTE;
/** users.roblox.com takes up to 100 names a request. */
const USERNAMES_PER_REQUEST = 100;
const BACKLOG_LIMIT = 500;
const PROFILE_TTL = 10 * MINUTE;
const HEADSHOT_TTL = 6 * HOUR;

export class UserService {
  readonly #usernames: Batcher<string, string>;
  /** Names asked for while Roblox was limiting, to ride along with the next lookup. */
  readonly #backlog = new Set<string>();

  readonly #roblox: OpenCloudClient;
  readonly #cache: Keyv;

  constructor(roblox: OpenCloudClient, cache: Keyv) {
    this.#roblox = roblox;
    this.#cache = cache;
    // Names typed within 25 ms share one request, and a name already being looked up shares its answer.
    this.#usernames = new Batcher((names) => this.#lookUp(names), USERNAMES_PER_REQUEST, 25);
  }

  /**
   * One users.roblox.com request for `names`, topped up with names people asked for while Roblox
   * was limiting: the few requests Roblox allows then answer (and cache) as many names as they can.
   */
  async #lookUp(names: string[]): Promise<Map<string, string>> {
    const asked = new Set(names);
    const backlog = [...this.#backlog].filter((name) => !asked.has(name));
    const batch = [...names, ...backlog.slice(0, Math.max(0, USERNAMES_PER_REQUEST - names.length))];
    let found: Map<string, ResolvedUsername>;
    try {
      // The client spends users.roblox.com's per-IP budget; a refusal is a WebLimitedError.
      found = await this.#roblox.users.resolveUsernames(batch);
    } catch (error) {
      if (error instanceof WebLimitedError) {
        for (const name of names) if (this.#backlog.size < BACKLOG_LIMIT) this.#backlog.add(name);
      }
      throw error;
    }
    const ids = new Map([...found].map(([name, user]) => [name, user.id]));
    await Promise.all(
      batch
        .filter((name) => !asked.has(name))
        .map((name) => {
          this.#backlog.delete(name);
          const id = ids.get(name) ?? null;
          return this.#cache.set(`username:${name}`, { id }, id === null ? UNKNOWN_NAME_TTL : USERNAME_TTL);
        }),
    );
    for (const name of names) this.#backlog.delete(name);
    return ids;
  }

  /** Turns what someone typed (a username, @username or numeric ID) into a Roblox user ID. */
  async resolveId(typed: string): Promise<string> {
    const reference = parseUserReference(typed);
    if (reference.kind === "id") return reference.id;
    const name = reference.name.toLowerCase();
    const key = `username:${name}`;
    const hit = (await this.#cache.get(key)) as { id: string | null } | string | undefined;
    let id = typeof hit === "string" ? hit : hit?.id;
    if (hit === undefined) {
      try {
        id = (await this.#usernames.load(name)) ?? null;
      } catch (error) {
        if (error instanceof WebLimitedError) {
          const seconds = Math.max(1, Math.ceil(error.retryInMs / 1000));
          throw userError("users.lookupLimited", { name: quoted(reference.name), count: seconds });
        }
        throw error;
      }
      await this.#cache.set(key, { id }, id === null ? UNKNOWN_NAME_TTL : USERNAME_TTL);
    }
    if (id === null || id === undefined) {
      throw userError("users.noSuchName", { name: quoted(reference.name) });
    }
    return id;
  }

  /** The profile of the user someone typed, with their headshot. */
  async profileOf(typed: string): Promise<UserProfile> {
    return this.profile(await this.resolveId(typed));
  }

  async profile(userId: string): Promise<UserProfile> {
    const [user, headshotUrl] = await Promise.all([
      cached(this.#cache, `user:${userId}`, PROFILE_TTL, () => this.#fetchUser(userId)),
      this.headshot(userId),
    ]);
    return { ...user, headshotUrl };
  }

  /** The headshot URL, or undefined when Roblox cannot make one right now (a profile still shows without it). */
  async headshot(userId: string): Promise<string | undefined> {
    try {
      return await cached(this.#cache, `headshot:${userId}`, HEADSHOT_TTL, () =>
        this.#roblox.users.getHeadshotUrl(userId, { size: 150, shape: "round" }),
      );
    } catch (error) {
      if (error instanceof OpenCloudError) return undefined;
      throw error;
    }
  }

  async #fetchUser(userId: string): Promise<Omit<UserProfile, "headshotUrl">> {
    try {
      const user = await this.#roblox.users.getUser(userId);
      return {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        about: user.about,
        created: user.createTime.toISOString(),
        premium: user.premium,
      };
    } catch (error) {
      if (
        error instanceof OpenCloudError &&
        (error.kind === "not_found" || error.kind === "invalid_argument")
      ) {
        throw userError("users.noSuchId", { id: userId });
      }
      throw error;
    }
  }
}
