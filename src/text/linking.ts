/** How the linking pages and replies name the two accounts (no words: handles, names and IDs only). */

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
