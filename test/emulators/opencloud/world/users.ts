import type { InventoryPlan } from "./inventory.js";
import type { WorldUser } from "./model.js";
import { derivedTime, hash32 } from "./random.js";

export interface AddUserInput {
  id?: string | number;
  name: string;
  displayName?: string;
  about?: string;
  locale?: string;
  premium?: boolean;
  idVerified?: boolean;
  inventoryPublic?: boolean;
  inventory?: Partial<InventoryPlan>;
  createTime?: string;
}

const NO_ITEMS: InventoryPlan = { assets: 0, badges: 0, gamePasses: 0, privateServers: 0 };

/** The world's users, by id and by (case-insensitive) name. */
export class Users {
  readonly #byId = new Map<string, WorldUser>();
  readonly #idsByName = new Map<string, string>();
  #nextId = 5_000_001;

  constructor(private readonly seed: number) {}

  add(input: AddUserInput): WorldUser {
    const id = String(input.id ?? this.#nextId++);
    if (this.#byId.has(id)) throw new Error(`user ${id} already exists`);
    if (this.#idsByName.has(input.name.toLowerCase())) throw new Error(`username ${input.name} is taken`);
    const user: WorldUser = {
      id,
      name: input.name,
      displayName: input.displayName ?? input.name,
      about: input.about ?? "",
      locale: input.locale ?? "en_us",
      premium: input.premium ?? hash32(this.seed, "premium", id) % 3 === 0,
      idVerified: input.idVerified ?? hash32(this.seed, "verified", id) % 2 === 0,
      hasVerifiedBadge: false,
      createTime: input.createTime ?? derivedTime(this.seed, "user", id),
      socialNetworkProfiles: {
        facebook: "",
        twitter: "",
        youtube: "",
        twitch: "",
        guilded: "",
        visibility: "EVERYONE",
      },
      inventoryPublic: input.inventoryPublic ?? true,
      inventoryPlan: { ...NO_ITEMS, ...input.inventory },
      extraItems: [],
    };
    this.#byId.set(id, user);
    this.#idsByName.set(user.name.toLowerCase(), id);
    return user;
  }

  get(id: string | number): WorldUser | undefined {
    return this.#byId.get(String(id));
  }

  findByName(name: string): WorldUser | undefined {
    const id = this.#idsByName.get(name.toLowerCase());
    return id === undefined ? undefined : this.#byId.get(id);
  }

  list(): WorldUser[] {
    return [...this.#byId.values()];
  }

  require(id: string | number): WorldUser {
    const user = this.get(id);
    if (user === undefined) throw new Error(`unknown user ${id}`);
    return user;
  }

  /** Id of the first user added. */
  requireFirst(): string {
    const first = this.#byId.keys().next();
    if (first.done) throw new Error("no users yet");
    return first.value;
  }
}
