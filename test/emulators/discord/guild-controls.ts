import { GatewayIntentBits } from "discord-api-types/v10";
import type { EmulatorContext } from "./context.js";
import { memberPayload } from "./rest/member-routes.js";
import type { GuildControls } from "./types.js";
import { botRoleIds, type GuildRole, rolePayload, rolesPayload, type SeededGuild, toUser } from "./world.js";

/** Renumbers roles 1..n in the given order (Discord keeps positions contiguous above @everyone at 0). */
function renumber(ordered: GuildRole[]): GuildRole[] {
  const moved: GuildRole[] = [];
  ordered.forEach((role, index) => {
    if (role.position !== index + 1) moved.push(role);
    role.position = index + 1;
  });
  return moved;
}

export function createGuildControls(ctx: EmulatorContext): GuildControls {
  const guildOf = (guildId: string): SeededGuild => {
    const guild = ctx.guilds.find((candidate) => candidate.id === guildId);
    if (!guild) throw new Error(`the emulator knows no guild ${guildId}`);
    return guild;
  };
  const memberOf = (guild: SeededGuild, userId: string) => {
    const member = guild.members.find((candidate) => candidate.user.id === userId);
    if (!member) throw new Error(`${userId} is not a member of guild ${guild.id}`);
    return member;
  };
  const roleUpdated = (guild: SeededGuild, role: GuildRole): void =>
    ctx.emitGuildEvent(
      "GUILD_ROLE_UPDATE",
      { guild_id: guild.id, role: rolePayload(role) },
      guild.id,
      GatewayIntentBits.Guilds,
    );
  const ordered = (guild: SeededGuild, without?: string): GuildRole[] =>
    guild.roles.filter((role) => role.id !== without).sort((a, b) => a.position - b.position);

  return {
    addMember: (guildId, input, roles = []) => {
      const guild = guildOf(guildId);
      const user = toUser(input);
      if (guild.members.some((member) => member.user.id === user.id)) {
        throw new Error(`${user.id} is already a member of guild ${guildId}`);
      }
      const member = { user, roles: [...roles], nick: null };
      guild.members.push(member);
      ctx.emitGuildEvent(
        "GUILD_MEMBER_ADD",
        { guild_id: guild.id, ...memberPayload(ctx, member) },
        guild.id,
        GatewayIntentBits.GuildMembers,
      );
    },
    removeMember: (guildId, userId) => {
      const guild = guildOf(guildId);
      const member = memberOf(guild, userId);
      guild.members.splice(guild.members.indexOf(member), 1);
      ctx.emitGuildEvent(
        "GUILD_MEMBER_REMOVE",
        { guild_id: guild.id, user: member.user },
        guild.id,
        GatewayIntentBits.GuildMembers,
      );
    },
    setMemberRoles: (guildId, userId, roles) => {
      const guild = guildOf(guildId);
      const member = memberOf(guild, userId);
      member.roles = [...roles];
      ctx.emitGuildEvent(
        "GUILD_MEMBER_UPDATE",
        { guild_id: guild.id, ...memberPayload(ctx, member) },
        guild.id,
        GatewayIntentBits.GuildMembers,
      );
    },
    member: (guildId, userId) => {
      const member = guildOf(guildId).members.find((candidate) => candidate.user.id === userId);
      return member ? { roles: [...member.roles], nick: member.nick ?? null } : undefined;
    },
    createRole: (guildId, input) => {
      const guild = guildOf(guildId);
      const role: GuildRole = {
        id: input.id ?? ctx.nextId(),
        name: input.name,
        permissions: (input.permissions ?? "0").toString(),
        position: 0,
        managed: input.managed ?? false,
      };
      const roles = ordered(guild);
      const at = Math.min(Math.max(1, input.position ?? 1), roles.length + 1);
      roles.splice(at - 1, 0, role);
      guild.roles.push(role);
      const moved = renumber(roles).filter((other) => other !== role);
      ctx.emitGuildEvent(
        "GUILD_ROLE_CREATE",
        { guild_id: guild.id, role: rolePayload(role) },
        guild.id,
        GatewayIntentBits.Guilds,
      );
      for (const other of moved) roleUpdated(guild, other);
      return role.id;
    },
    moveRole: (guildId, roleId, position) => {
      const guild = guildOf(guildId);
      const role = guild.roles.find((candidate) => candidate.id === roleId);
      if (!role) throw new Error(`guild ${guildId} has no role ${roleId}`);
      const roles = ordered(guild, roleId);
      roles.splice(Math.min(Math.max(1, position), roles.length + 1) - 1, 0, role);
      for (const moved of renumber(roles)) roleUpdated(guild, moved);
    },
    setRolePermissions: (guildId, roleId, permissions) => {
      const guild = guildOf(guildId);
      if (roleId === guild.id) {
        guild.everyonePermissions = permissions.toString();
        const everyone = rolesPayload(guild)[0];
        ctx.emitGuildEvent(
          "GUILD_ROLE_UPDATE",
          { guild_id: guild.id, role: everyone },
          guild.id,
          GatewayIntentBits.Guilds,
        );
        return;
      }
      const role = guild.roles.find((candidate) => candidate.id === roleId);
      if (!role) throw new Error(`guild ${guildId} has no role ${roleId}`);
      role.permissions = permissions.toString();
      roleUpdated(guild, role);
    },
    roles: (guildId) =>
      rolesPayload(guildOf(guildId)).map((role) => ({
        id: String(role.id),
        name: String(role.name),
        position: Number(role.position),
        permissions: String(role.permissions),
        managed: Boolean(role.managed),
      })),
    textChannelId: (guildId) => guildOf(guildId).channelId,
    botRoleId: (guildId) => {
      const id = botRoleIds(guildOf(guildId), ctx.bot.id)[0];
      if (id === undefined) throw new Error(`the bot has no role in guild ${guildId}`);
      return id;
    },
  };
}
