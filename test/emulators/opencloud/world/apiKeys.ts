import { ALL_SCOPES, type ScopeName, type WorldApiKey } from "./model.js";
import { createRandom, hash32 } from "./random.js";
import type { Users } from "./users.js";

export interface AddApiKeyInput {
  name?: string;
  ownerUserId?: string | number;
  ownerGroupId?: string | number;
  scopes?: readonly ScopeName[];
  enabled?: boolean;
  expired?: boolean;
  /** Accepted IP addresses, plain or CIDR (`203.0.113.0/24`). */
  allowedIps?: readonly string[];
}

const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** API keys, by their secret; a key without an owner belongs to the first user. */
export class ApiKeys {
  readonly #byKey = new Map<string, WorldApiKey>();
  #counter = 0;

  constructor(
    private readonly seed: number,
    private readonly users: Users,
  ) {}

  add(input: AddApiKeyInput): WorldApiKey {
    const counter = this.#counter++;
    const name = input.name ?? `key-${counter}`;
    const random = createRandom(hash32(this.seed, "api-key", name, counter));
    const body = Array.from(
      { length: 96 },
      () => KEY_ALPHABET[Math.floor(random() * KEY_ALPHABET.length)],
    ).join("");
    const owner: WorldApiKey["owner"] =
      input.ownerGroupId !== undefined
        ? { type: "group", groupId: String(input.ownerGroupId) }
        : { type: "user", userId: String(input.ownerUserId ?? this.users.requireFirst()) };
    const key: WorldApiKey = {
      name,
      key: body,
      owner,
      scopes: [...(input.scopes ?? ALL_SCOPES)],
      enabled: input.enabled ?? true,
      expired: input.expired ?? false,
      expirationTimeUtc: input.expired ? "2024-01-01T00:00:00Z" : "2099-01-01T00:00:00Z",
      ...(input.allowedIps === undefined ? {} : { allowedIps: [...input.allowedIps] }),
    };
    this.#byKey.set(key.key, key);
    return key;
  }

  /** A ready API key owned by the user (created on first call for these scopes). */
  forUser(userId: string | number, scopes: readonly ScopeName[] = ALL_SCOPES): string {
    const wanted = [...scopes].sort().join(" ");
    for (const key of this.#byKey.values()) {
      if (
        key.owner.type === "user" &&
        key.owner.userId === String(userId) &&
        key.enabled &&
        !key.expired &&
        [...key.scopes].sort().join(" ") === wanted
      ) {
        return key.key;
      }
    }
    return this.add({ ownerUserId: userId, scopes, name: `user-${userId}-${wanted || "none"}` }).key;
  }

  find(key: string): WorldApiKey | undefined {
    return this.#byKey.get(key);
  }

  list(): WorldApiKey[] {
    return [...this.#byKey.values()];
  }
}
