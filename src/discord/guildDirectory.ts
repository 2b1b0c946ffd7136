import { API } from "@discordjs/core/http-only";
import { DefaultRestOptions, DiscordAPIError, REST, type RESTOptions } from "@discordjs/rest";
import type { Client, Guild } from "discord.js";
import type { GuildDirectory, GuildRoleFacts } from "../services/binds/index.js";

function notThere(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.status === 404 || error.status === 403);
}

function rolesOf(guild: Guild): GuildRoleFacts[] {
  // rawPosition is Discord's own position field; `position` is discord.js's re-sorted one.
  return guild.roles.cache.map((role) => ({
    id: role.id,
    name: role.name,
    position: role.rawPosition,
    permissions: role.permissions.bitfield,
    managed: role.managed,
  }));
}

/**
 * The binds' view of Discord: roles from the gateway's guild cache (kept current by GUILD_ROLE_* events,
 * Guilds intent only) or Get Guild Roles when the guild is not cached; the bot's own roles and members'
 * roles from Get Guild Member (no privileged intent); role writes as one Modify Guild Member.
 */
export function createGuildDirectory(
  /** The gateway client whose guild cache is read first; undefined: REST only (npm run doctor). */
  client: Client | undefined,
  discord: { readonly apiUrl: string; readonly token: string; readonly applicationId: string | undefined },
  makeRequest: RESTOptions["makeRequest"] = DefaultRestOptions.makeRequest,
): GuildDirectory {
  // makeRequest: the Discord budget every process of the bot shares (src/discord/sharedBudget.ts).
  const api = new API(
    new REST({ api: discord.apiUrl, version: "10", timeout: 15_000, makeRequest }).setToken(discord.token),
  );
  // A bot user's id is its application's id: known from the config when no gateway session logged in.
  const botId = () => {
    const id = client?.user?.id ?? discord.applicationId;
    if (id === undefined)
      throw new Error("the bot's user id is not known yet (not logged in, no DISCORD_APPLICATION_ID)");
    return id;
  };
  return {
    async guild(guildId) {
      try {
        const cached = client?.guilds.cache.get(guildId);
        const me = await api.guilds.getMember(guildId, botId());
        if (cached)
          return { id: guildId, ownerId: cached.ownerId, roles: rolesOf(cached), botRoleIds: me.roles };
        const [guild, roles] = await Promise.all([api.guilds.get(guildId), api.guilds.getRoles(guildId)]);
        return {
          id: guildId,
          ownerId: guild.owner_id,
          roles: roles.map((role) => ({
            id: role.id,
            name: role.name,
            position: role.position,
            permissions: BigInt(role.permissions),
            managed: role.managed,
          })),
          botRoleIds: me.roles,
        };
      } catch (error) {
        if (notThere(error)) return undefined;
        throw error;
      }
    },
    async memberRoles(guildId, userId) {
      try {
        return (await api.guilds.getMember(guildId, userId)).roles;
      } catch (error) {
        if (error instanceof DiscordAPIError && error.status === 404) return undefined;
        throw error;
      }
    },
    async member(guildId, userId) {
      try {
        const member = await api.guilds.getMember(guildId, userId);
        return { roleIds: member.roles, nick: member.nick ?? null };
      } catch (error) {
        if (error instanceof DiscordAPIError && error.status === 404) return undefined;
        throw error;
      }
    },
    async post(channelId, content) {
      try {
        await api.channels.createMessage(channelId, { content, allowed_mentions: { parse: [] } });
        return { ok: true };
      } catch (error) {
        if (!(error instanceof DiscordAPIError)) throw error;
        return {
          ok: false,
          status: error.status,
          code: typeof error.code === "number" ? error.code : undefined,
        };
      }
    },
    async setRoles(guildId, userId, roleIds, reason, nick) {
      try {
        const body = nick === undefined ? { roles: [...roleIds] } : { roles: [...roleIds], nick };
        await api.guilds.editMember(guildId, userId, body, { reason });
        return { ok: true };
      } catch (error) {
        if (!(error instanceof DiscordAPIError)) throw error;
        return {
          ok: false,
          status: error.status,
          code: typeof error.code === "number" ? error.code : undefined,
        };
      }
    },
  };
}
