import type { GuildRole, SeededGuild } from "./world.js";

/**
 * Discord's role hierarchy as it applies to a bot (discord-api-docs topics/permissions, "Permission
 * Hierarchy"): a bot can assign, remove or edit only roles lower than its own highest role, and can change
 * the nickname of (or kick, ban) only members whose highest role is lower than its own; the owner is above
 * everyone. Administrator grants every permission. Managed (integration) roles and @everyone cannot be
 * given or taken by anyone (discord-api-docs resources/guild, Modify Guild Member / Add Guild Member Role;
 * discord.js `GuildMemberRoleManager` refuses neither, so Discord's 403 is what a bot sees).
 */
export const Permission = {
  Administrator: 1n << 3n,
  ManageRoles: 1n << 28n,
  ManageNicknames: 1n << 27n,
} as const;

export function roleOf(guild: SeededGuild, roleId: string): GuildRole | undefined {
  return guild.roles.find((role) => role.id === roleId);
}

/** Position of a member's highest role; 0 (@everyone) when they hold none. */
export function topPosition(guild: SeededGuild, roleIds: readonly string[]): number {
  let top = 0;
  for (const id of roleIds) top = Math.max(top, roleOf(guild, id)?.position ?? 0);
  return top;
}

/** Base permissions of a member from @everyone and their roles (channel overwrites do not apply to member edits). */
export function basePermissions(guild: SeededGuild, userId: string, roleIds: readonly string[]): bigint {
  if (userId === guild.ownerId) return (1n << 53n) - 1n;
  let bits = BigInt(guild.everyonePermissions);
  for (const id of roleIds) bits |= BigInt(roleOf(guild, id)?.permissions ?? "0");
  return (bits & Permission.Administrator) !== 0n ? (1n << 53n) - 1n : bits;
}

export function has(bits: bigint, permission: bigint): boolean {
  return (bits & permission) === permission;
}

/** Why the actor may not give or take this role, or undefined when it may. */
export function roleRefusal(guild: SeededGuild, actorTop: number, roleId: string): string | undefined {
  if (roleId === guild.id) return "@everyone cannot be assigned or removed";
  const role = roleOf(guild, roleId);
  if (!role) return undefined;
  if (role.managed) return `role ${role.name} is managed by an integration`;
  if (role.position >= actorTop) return `role ${role.name} is not below the bot's highest role`;
  return undefined;
}
