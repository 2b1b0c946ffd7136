import type { InventoryEntry, InventoryPlan } from "./inventory.js";

export interface SocialNetworkProfiles {
  facebook: string;
  twitter: string;
  youtube: string;
  twitch: string;
  guilded: string;
  visibility: "SOCIAL_NETWORK_VISIBILITY_UNSPECIFIED" | "NO_ONE" | "FRIENDS" | "EVERYONE";
}

export interface WorldUser {
  id: string;
  name: string;
  displayName: string;
  about: string;
  locale: string;
  premium: boolean;
  idVerified: boolean;
  hasVerifiedBadge: boolean;
  createTime: string;
  socialNetworkProfiles: SocialNetworkProfiles;
  /** "Who can see my inventory?" = Everyone. */
  inventoryPublic: boolean;
  /** Generated lazily from the plan, then extended by addInventoryItems. */
  inventoryPlan: InventoryPlan;
  extraItems: InventoryEntry[];
}

export interface WorldRole {
  id: string;
  name: string;
  description: string;
  rank: number;
  createTime: string;
  updateTime: string;
  permissions: Record<string, boolean>;
}

export interface WorldGroup {
  id: string;
  name: string;
  description: string;
  /** Absent for an abandoned group. */
  ownerId?: string;
  createTime: string;
  updateTime: string;
  publicEntryAllowed: boolean;
  locked: boolean;
  verified: boolean;
  /** Sorted by rank ascending; rank 0 is the Guest role. */
  roles: WorldRole[];
}

export interface WorldMembership {
  userId: string;
  groupId: string;
  /** The highest-ranked role: what the membership's `role` field names. */
  roleId: string;
  /** Further roles the member holds (Roblox lets a member hold several); listed in `roles` with `roleId`. */
  extraRoleIds?: string[];
  createTime: string;
  updateTime: string;
}

/** Scope names as in `x-roblox-scopes`, e.g. "asset:read", "user.inventory-item:read", "group:read". */
export type ScopeName = string;

export interface WorldApiKey {
  name: string;
  key: string;
  owner: { type: "user"; userId: string } | { type: "group"; groupId: string };
  scopes: ScopeName[];
  enabled: boolean;
  expired: boolean;
  expirationTimeUtc?: string;
  /** Accepted IP addresses (plain or CIDR); absent = any address, as with "Restrict IP addresses" off. */
  allowedIps?: string[];
}

export interface WorldOAuthToken {
  token: string;
  userId: string;
  scopes: ScopeName[];
}

export interface WorldAsset {
  assetId: string;
  assetType: string;
  displayName: string;
  description: string;
  creator: { userId: string } | { groupId: string };
  revisionId: number;
  revisionCreateTime: string;
  moderationState: "Approved" | "Rejected" | "Reviewing";
  /** While `Reviewing`: reads of the asset left before moderation decides, and what it decides. */
  review?: { readsLeft: number; verdict: "Approved" | "Rejected" };
  state: "Active" | "Archived";
  /** Size and first bytes of the latest content; the content itself is not kept. */
  contentSize: number;
  contentSha256: string;
  contentHead: string;
}

/** One version of an asset: its content and moderation as they were when it was committed. */
export interface WorldAssetVersion {
  versionNumber: number;
  creator: WorldAsset["creator"];
  moderationState: WorldAsset["moderationState"];
  createTime: string;
  contentSize: number;
  contentSha256: string;
  contentHead: string;
}

/** Every scope the bot uses, granted to the admin key. */
export const ALL_SCOPES: readonly ScopeName[] = [
  "asset:read",
  "asset:write",
  "user.inventory-item:read",
  "group:read",
  "group:write",
  "user.advanced:read",
  "user.social:read",
];
