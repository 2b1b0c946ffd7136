/** How the linking pages and replies name the two accounts (no words: handles, names and IDs only). */

/** Roblox's own list of the apps a member authorised ("Third-party app authorizations"). */
export const ROBLOX_AUTHORIZED_APPS_URL = "https://www.roblox.com/my/account#!/security";

/** A Roblox account as members know it: "Display (@name)", or "@name" when both are the same. */
export function robloxName(roblox: {
  readonly displayName: string | undefined;
  readonly username: string | undefined;
  readonly sub: string;
}): string {
  if (roblox.username === undefined) return `#${roblox.sub}`;
  return roblox.displayName === undefined || roblox.displayName === roblox.username
    ? `@${roblox.username}`
    : `${roblox.displayName} (@${roblox.username})`;
}

export function discordName(discord: { readonly displayName: string; readonly username: string }): string {
  return discord.displayName === discord.username
    ? `@${discord.username}`
    : `${discord.displayName} (@${discord.username})`;
}
