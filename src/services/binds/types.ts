/** Which ranks of a group a group bind covers. */
export type RankMatch =
  | { readonly type: "any" }
  | { readonly type: "eq"; readonly rank: number }
  | { readonly type: "gte"; readonly rank: number }
  | { readonly type: "lte"; readonly rank: number }
  | { readonly type: "between"; readonly min: number; readonly max: number }
  /** A named role of the group, matched by its name (case-insensitive), whatever its rank. */
  | { readonly type: "role"; readonly name: string };

export type OwnedKind = "gamePass" | "badge" | "asset";

/** What a member must be, or have, for a bind to give its roles. */
export type BindRule =
  | { readonly kind: "group"; readonly groupId: string; readonly match: RankMatch }
  | { readonly kind: "owns"; readonly item: OwnedKind; readonly id: string }
  /** Any member linked to a Roblox account. */
  | { readonly kind: "verified" }
  /** Any member not linked. */
  | { readonly kind: "unverified" };

/** One bind of a server: a rule and the Discord roles it gives. */
export interface Bind {
  readonly id: string;
  readonly rule: BindRule;
  readonly roleIds: readonly string[];
}

/** A member's group membership as a bind sees it: the rank and names of every role they hold. */
export interface MemberGroup {
  readonly groupId: string;
  readonly rank: number;
  readonly roleNames: readonly string[];
}

/** What is known about a member when their binds are evaluated. */
export interface MemberFacts {
  /** The linked Roblox account, undefined when the member is not linked. */
  readonly robloxUserId: string | undefined;
  readonly groups: readonly MemberGroup[];
  /** Owned items as `kind:id` (see ownedKey). */
  readonly owned: ReadonlySet<string>;
  /** Ownership kinds that could not be read (a private inventory): their binds are left as they are. */
  readonly unreadable: ReadonlySet<OwnedKind>;
}

export function ownedKey(item: OwnedKind, id: string): string {
  return `${item}:${id}`;
}

/** A server's role, as the cached guild (or Discord's REST answer) gives it. */
export interface GuildRoleFacts {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly permissions: bigint;
  readonly managed: boolean;
}

/** What the role hierarchy checks need to know about a server. */
export interface GuildFacts {
  readonly id: string;
  readonly ownerId: string;
  /** Every role, @everyone (whose id is the server's) included. */
  readonly roles: readonly GuildRoleFacts[];
  /** The roles the bot's own member holds. */
  readonly botRoleIds: readonly string[];
}

/** Discord's answer to a role write. */
export type WriteOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: number; readonly code: number | undefined };

/** Discord, as the binds need it (built over Discord's REST API and the gateway cache in src/discord). */
export interface GuildDirectory {
  /** The server's roles and the bot's place among them; undefined when the bot is not in the server. */
  guild(guildId: string): Promise<GuildFacts | undefined>;
  /** A member's current roles (Get Guild Member, no privileged intent), undefined when not a member. */
  memberRoles(guildId: string, userId: string): Promise<readonly string[] | undefined>;
  /** A member's roles and nickname (Get Guild Member), undefined when not a member. */
  member(
    guildId: string,
    userId: string,
  ): Promise<{ readonly roleIds: readonly string[]; readonly nick: string | null } | undefined>;
  /**
   * One PATCH /guilds/{g}/members/{u} with the full role list and the audit-log reason, and the nickname in
   * the same update when one is given.
   */
  setRoles(
    guildId: string,
    userId: string,
    roleIds: readonly string[],
    reason: string,
    nick?: string,
  ): Promise<WriteOutcome>;
  /** Posts a line (mentions never ping) into a server channel; the outcome of the write. */
  post(channelId: string, content: string): Promise<WriteOutcome>;
}
