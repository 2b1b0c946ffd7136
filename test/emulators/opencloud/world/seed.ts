import { ALL_SCOPES, type ScopeName } from "./model.js";
import { hash32 } from "./random.js";
import { World } from "./world.js";

export interface SubjectUser {
  userId: string;
  username: string;
  displayName: string;
}

export interface SubjectGroup {
  groupId: string;
  name: string;
}

/** The well-known seeded subjects, found by role rather than by ID. */
export interface WorldSubjects {
  admin: SubjectUser;
  richUser: SubjectUser;
  smallUser: SubjectUser;
  emptyUser: SubjectUser;
  privateUser: SubjectUser;
  groupless: SubjectUser;
  oneGroupUser: SubjectUser;
  manyGroupsUser: SubjectUser;
  longNameUser: SubjectUser;
  noPermissionUser: SubjectUser;
  /** Holds three roles in manyRolesGroup; `role` names only the highest, `roles` all three. */
  multiRoleUser: SubjectUser;
  manyRolesGroup: SubjectGroup;
  uploadGroup: SubjectGroup;
  oneGroup: SubjectGroup;
  abandonedGroup: SubjectGroup;
  lockedGroup: SubjectGroup;
  modelAsset: { assetId: string };
  decalAsset: { assetId: string };
  keys: {
    /** Owned by admin, every scope the bot uses. Same as `emulator.adminKey`. */
    admin: string;
    /** Owned by privateUser, may read that user's private inventory. */
    privateUserOwn: string;
    /** Owned by noPermissionUser, no scopes at all. */
    noScopes: string;
    /** Owned by admin, only asset:read. */
    assetsReadOnly: string;
    /** Owned by uploadGroup, asset:read + asset:write: a group key, refused since group keys were retired. */
    retiredGroupKey: string;
    /** Owned by admin, every scope, but accepted only from 203.0.113.0/24 (not from the tests' address). */
    ipRestricted: string;
    disabled: string;
    expired: string;
  };
  oauth: {
    /** Bearer token admin granted with every scope. */
    admin: string;
    /** Bearer token privateUser granted with user.inventory-item:read. */
    privateUser: string;
  };
}

/**
 * 165 assets of each of the 53 types, 1,000 badges, 420 passes, 200 private servers: 10,365 items in all,
 * of which exactly 10,000 are visible to other users' keys (private servers and purchased places are not).
 */
export const RICH_USER_PLAN = {
  assets: 53 * 165,
  badges: 1_000,
  gamePasses: 420,
  privateServers: 200,
} as const;
export const RICH_USER_PUBLIC_ITEMS = 10_000;
export const MANY_GROUPS = 120;
export const MANY_ROLES = 40;

const LONG_DISPLAY_NAME = "Ångström_Ünïcødé東京✨";

function subjectOf(world: World, id: string): SubjectUser {
  const user = world.getUser(id);
  if (user === undefined) throw new Error(`seed lost user ${id}`);
  return { userId: user.id, username: user.name, displayName: user.displayName };
}

/** Builds the deterministic world for a seed; cheap, since inventories are generated on first use. */
export function seedWorld(seed: number): { world: World; subjects: WorldSubjects } {
  const world = new World(seed);
  const suffix = (hash32(seed, "names") % 900) + 100;
  const name = (stem: string) => `${stem}${suffix}`;

  const admin = world.addUser({
    id: 2_000_001,
    name: name("EmulatorAdmin"),
    displayName: "Emulator Admin",
    about: "Owns the emulator's API key.",
    inventory: { assets: 12, badges: 2, gamePasses: 1, privateServers: 1 },
  });
  const rich = world.addUser({
    id: 2_000_002,
    name: name("RichCollector"),
    displayName: "Rich Collector",
    about: "Owns 10,000 items of every kind.",
    premium: true,
    inventory: RICH_USER_PLAN,
  });
  const small = world.addUser({
    id: 2_000_003,
    name: name("SmallBackpack"),
    displayName: "Small Backpack",
    inventory: { assets: 0, badges: 1, gamePasses: 1, privateServers: 1 },
  });
  // Four hand-picked assets: two ordinary, one Limited with a serial, one created place.
  world.addInventoryItems(small.id, [
    { kind: "asset", assetId: 10_300_001, addTime: "2021-04-01T10:00:00Z" },
    { kind: "asset", assetId: 10_100_002, addTime: "2021-05-01T10:00:00Z" },
    { kind: "asset", assetId: 10_300_000, addTime: "2022-01-01T10:00:00Z" },
    { kind: "asset", assetId: 15_100_003, addTime: "2023-01-01T10:00:00Z" },
  ]);
  const empty = world.addUser({ id: 2_000_004, name: name("EmptyPockets"), displayName: "Empty Pockets" });
  const privateUser = world.addUser({
    id: 2_000_005,
    name: name("PrivatePerson"),
    displayName: "Private Person",
    inventoryPublic: false,
    inventory: { assets: 20, badges: 3, gamePasses: 1, privateServers: 1 },
  });
  const groupless = world.addUser({
    id: 2_000_006,
    name: name("LoneWolf"),
    displayName: "Lone Wolf",
    inventory: { assets: 3, badges: 0, gamePasses: 0, privateServers: 0 },
  });
  const oneGroupUser = world.addUser({ id: 2_000_007, name: name("OneClubMember"), displayName: "One Club" });
  const manyGroupsUser = world.addUser({ id: 2_000_008, name: name("Joiner"), displayName: "Group Joiner" });
  const longName = world.addUser({
    id: 2_000_009,
    name: `Long_Name_User_${suffix}`.slice(0, 20),
    displayName: LONG_DISPLAY_NAME,
    about: "Ünïcødé ✨ ".repeat(100).slice(0, 1000),
    locale: "ja_jp",
    inventory: { assets: 53, badges: 1, gamePasses: 1, privateServers: 0 },
  });
  const noPermission = world.addUser({ id: 2_000_010, name: name("NoPerms"), displayName: "No Permissions" });
  const clubOwner = world.addUser({ id: 2_000_011, name: name("ClubOwner"), displayName: "Club Owner" });
  const multiRole = world.addUser({ id: 2_000_012, name: name("ManyHats"), displayName: "Many Hats" });
  const fillers = Array.from({ length: 30 }, (_, i) =>
    world.addUser({
      id: 2_000_100 + i,
      name: name(`Member${String(i).padStart(2, "0")}_`),
      inventory: { assets: i % 7, badges: i % 3, gamePasses: i % 2, privateServers: 0 },
    }),
  );

  const uploadGroup = world.addGroup({
    id: 3_000_001,
    name: "Emulator Studios",
    description: "Admin's group; uploads to it are allowed.",
    ownerId: admin.id,
    verified: true,
  });
  const manyRoles = world.addGroup({
    id: 3_000_002,
    name: "Rank Ladder",
    description: "A group with many roles.",
    ownerId: clubOwner.id,
    roles: Array.from({ length: MANY_ROLES - 3 }, (_, i) => ({ name: `Rank ${i + 2}`, rank: i + 2 })),
  });
  const oneGroup = world.addGroup({ id: 3_000_003, name: "The Only Club", ownerId: clubOwner.id });
  world.addMembership(oneGroupUser.id, oneGroup.id);
  for (const [index, filler] of fillers.entries()) {
    const role = manyRoles.roles[1 + (index % (manyRoles.roles.length - 2))];
    world.addMembership(filler.id, manyRoles.id, role?.id);
    if (index % 2 === 0) world.addMembership(filler.id, oneGroup.id);
  }
  let abandoned = "";
  let locked = "";
  for (let i = 0; i < MANY_GROUPS; i++) {
    const id = 3_100_000 + i;
    const isAbandoned = i === 7;
    const group = world.addGroup({
      id,
      name: `Club ${String(i + 1).padStart(3, "0")} ${["Builders", "Racers", "Artists", "Traders"][i % 4]}`,
      description: i % 5 === 0 ? "" : `Club number ${i + 1}.`,
      ...(isAbandoned ? {} : { ownerId: clubOwner.id }),
      roles: [{ name: "Officer", rank: 100 }],
      locked: i === 13,
      verified: i % 10 === 0,
      publicEntryAllowed: i % 3 !== 0,
    });
    if (isAbandoned) abandoned = group.id;
    if (i === 13) locked = group.id;
    world.addMembership(manyGroupsUser.id, group.id, group.roles[i % 2 === 0 ? 1 : 2]?.id);
  }
  world.addMembership(rich.id, oneGroup.id);
  world.addMembership(small.id, manyRoles.id, manyRoles.roles[3]?.id);
  const heldRoles = [manyRoles.roles[5], manyRoles.roles[12]].flatMap((role) => (role ? [role.id] : []));
  world.addMembership(multiRole.id, manyRoles.id, manyRoles.roles[2]?.id, heldRoles);

  const adminKey = world.addApiKey({ name: "admin", ownerUserId: admin.id, scopes: ALL_SCOPES });
  const privateKey = world.addApiKey({
    name: "private-user-own",
    ownerUserId: privateUser.id,
    scopes: ["user.inventory-item:read"],
  });
  const noScopes = world.addApiKey({ name: "no-scopes", ownerUserId: noPermission.id, scopes: [] });
  const readOnly = world.addApiKey({
    name: "assets-read-only",
    ownerUserId: admin.id,
    scopes: ["asset:read"],
  });
  const groupKey = world.addApiKey({
    name: "retired-group-key",
    ownerGroupId: uploadGroup.id,
    scopes: ["asset:read", "asset:write"] satisfies ScopeName[],
  });
  const ipRestricted = world.addApiKey({
    name: "ip-restricted",
    ownerUserId: admin.id,
    scopes: ALL_SCOPES,
    allowedIps: ["203.0.113.0/24"],
  });
  const disabled = world.addApiKey({ name: "disabled", ownerUserId: admin.id, enabled: false });
  const expired = world.addApiKey({ name: "expired", ownerUserId: admin.id, expired: true });

  const model = seedAsset(world, admin.id, "Model", "Seeded Model");
  const decal = seedAsset(world, admin.id, "Decal", "Seeded Decal");

  const subjects: WorldSubjects = {
    admin: subjectOf(world, admin.id),
    richUser: subjectOf(world, rich.id),
    smallUser: subjectOf(world, small.id),
    emptyUser: subjectOf(world, empty.id),
    privateUser: subjectOf(world, privateUser.id),
    groupless: subjectOf(world, groupless.id),
    oneGroupUser: subjectOf(world, oneGroupUser.id),
    manyGroupsUser: subjectOf(world, manyGroupsUser.id),
    longNameUser: subjectOf(world, longName.id),
    noPermissionUser: subjectOf(world, noPermission.id),
    multiRoleUser: subjectOf(world, multiRole.id),
    manyRolesGroup: { groupId: manyRoles.id, name: manyRoles.name },
    uploadGroup: { groupId: uploadGroup.id, name: uploadGroup.name },
    oneGroup: { groupId: oneGroup.id, name: oneGroup.name },
    abandonedGroup: { groupId: abandoned, name: world.getGroup(abandoned)?.name ?? "" },
    lockedGroup: { groupId: locked, name: world.getGroup(locked)?.name ?? "" },
    modelAsset: { assetId: model },
    decalAsset: { assetId: decal },
    keys: {
      admin: adminKey.key,
      privateUserOwn: privateKey.key,
      noScopes: noScopes.key,
      assetsReadOnly: readOnly.key,
      retiredGroupKey: groupKey.key,
      ipRestricted: ipRestricted.key,
      disabled: disabled.key,
      expired: expired.key,
    },
    oauth: {
      admin: world.addOAuthToken({ userId: admin.id }),
      privateUser: world.addOAuthToken({ userId: privateUser.id, scopes: ["user.inventory-item:read"] }),
    },
  };
  return { world, subjects };
}

function seedAsset(world: World, ownerId: string, assetType: string, displayName: string): string {
  const assetId = world.allocateAssetId();
  world.assets.set(assetId, {
    assetId,
    assetType,
    displayName,
    description: `${displayName} owned by the admin user.`,
    creator: { userId: ownerId },
    revisionId: 1,
    revisionCreateTime: "2024-07-14T18:02:50.597Z",
    moderationState: "Approved",
    state: "Active",
    contentSize: 0,
    contentSha256: "",
    contentHead: "",
  });
  return assetId;
}
