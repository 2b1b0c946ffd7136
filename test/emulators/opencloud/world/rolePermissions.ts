/** Group role permission sets (the keys of GroupRole_RolePermissions in the spec). */
const PERMISSION_KEYS = [
  "viewWallPosts",
  "createWallPosts",
  "deleteWallPosts",
  "viewGroupShout",
  "createGroupShout",
  "changeRank",
  "acceptRequests",
  "exileMembers",
  "manageRelationships",
  "viewAuditLog",
  "spendGroupFunds",
  "advertiseGroup",
  "createAvatarItems",
  "manageAvatarItems",
  "manageGroupUniverses",
  "viewUniverseAnalytics",
  "createApiKeys",
  "manageApiKeys",
  "banMembers",
  "viewForums",
  "manageCategories",
  "createPosts",
  "lockPosts",
  "pinPosts",
  "removePosts",
  "createComments",
  "removeComments",
  "manageBlockedWords",
  "viewBlockedWords",
  "bypassSlowMode",
] as const;

const VIEW_KEYS = new Set<string>(["viewWallPosts", "viewGroupShout", "viewForums"]);
const MEMBER_KEYS = new Set<string>([...VIEW_KEYS, "createWallPosts", "createPosts", "createComments"]);

function permissions(granted: (key: string) => boolean): Record<string, boolean> {
  return Object.fromEntries(PERMISSION_KEYS.map((key) => [key, granted(key)]));
}

export const guestPermissions = () => permissions((key) => VIEW_KEYS.has(key));
export const memberPermissions = () => permissions((key) => MEMBER_KEYS.has(key));
export const ownerPermissions = () => permissions(() => true);
