import type { DiscordEmulator } from "../emulators/discord/index.js";
import type { OpenCloudEmulator } from "../emulators/opencloud/index.js";

/** The bot's environment pointing every Discord and Roblox host at the emulators. */
export function emulatorEnv(discord: DiscordEmulator, roblox: OpenCloudEmulator): Record<string, string> {
  return {
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_CDN_HOSTS: new URL(discord.cdnUrl).host,
    ROBLOX_API_KEY: roblox.adminKey,
    ROBLOX_APIS_URL: roblox.url,
    ROBLOX_USERS_URL: roblox.url,
    ROBLOX_CATALOG_URL: roblox.url,
    ROBLOX_BADGES_URL: roblox.url,
    ROBLOX_THUMBNAILS_URL: roblox.url,
  };
}

/** UPLOAD_GUILD_IDS naming the emulator's seeded guilds: the servers a test allows uploads in. */
export function seededGuildIds(discord: DiscordEmulator): string {
  return discord.guilds.map((guild) => guild.id).join(",");
}
