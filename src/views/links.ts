/** Public pages on roblox.com that the embeds link to. */
export const robloxLinks = {
  profile: (userId: string) => `https://www.roblox.com/users/${userId}/profile`,
  group: (groupId: string) => `https://www.roblox.com/communities/${groupId}`,
  catalogItem: (assetId: string) => `https://www.roblox.com/catalog/${assetId}`,
  library: (assetId: string) => `https://create.roblox.com/store/asset/${assetId}`,
  badge: (badgeId: string) => `https://www.roblox.com/badges/${badgeId}`,
  gamePass: (gamePassId: string) => `https://www.roblox.com/game-pass/${gamePassId}`,
  privateServers: () => "https://www.roblox.com/my/account#!/privacy",
  inventoryPrivacy: () => "https://www.roblox.com/my/account#!/privacy",
};

export const EMBED_COLOR = 0x00a2ff;
export const WARNING_COLOR = 0xf2a33a;
export const SUCCESS_COLOR = 0x3ba55d;
export const FAILURE_COLOR = 0xed4245;
