import type { GuildFacts, GuildRoleFacts } from "./types.js";

// Permission bits (discord-api-docs topics/permissions); services do not import Discord's libraries.
export const ADMINISTRATOR = 1n << 3n;
export const MANAGE_GUILD = 1n << 5n;
export const MANAGE_NICKNAMES = 1n << 27n;
export const MANAGE_ROLES = 1n << 28n;

/** Why Discord would refuse to give or take a role, or what the bot lacks. */
export type RoleRefusal =
  | { readonly kind: "everyone" }
  | { readonly kind: "managed"; readonly role: GuildRoleFacts }
  | { readonly kind: "above-bot"; readonly role: GuildRoleFacts; readonly botTop: GuildRoleFacts | undefined }
  | { readonly kind: "unknown-role"; readonly roleId: string }
  | { readonly kind: "no-manage-roles" };

export interface BotStanding {
  readonly permissions: bigint;
  /** The bot's highest role; undefined when it holds none (then only @everyone, position 0). */
  readonly top: GuildRoleFacts | undefined;
}

export function has(bits: bigint, permission: bigint): boolean {
  return (bits & ADMINISTRATOR) !== 0n || (bits & permission) === permission;
}

/** The bot's server-wide permissions and highest role, from @everyone and its roles. */
export function botStanding(guild: GuildFacts): BotStanding {
  const everyone = guild.roles.find((role) => role.id === guild.id);
  let permissions = everyone?.permissions ?? 0n;
  let top: GuildRoleFacts | undefined;
  for (const id of guild.botRoleIds) {
    const role = guild.roles.find((candidate) => candidate.id === id);
    if (!role) continue;
    permissions |= role.permissions;
    if (top === undefined || role.position > top.position) top = role;
  }
  return { permissions, top };
}

/**
 * Why Discord would answer 403 (50013) to the bot giving or taking this role, or undefined when it would
 * not: Manage Roles, then @everyone, managed (integration) roles, and roles not strictly below the bot's
 * highest role (discord-api-docs topics/permissions, "Permission Hierarchy").
 */
export function roleRefusal(
  guild: GuildFacts,
  standing: BotStanding,
  roleId: string,
): RoleRefusal | undefined {
  if (!has(standing.permissions, MANAGE_ROLES)) return { kind: "no-manage-roles" };
  if (roleId === guild.id) return { kind: "everyone" };
  const role = guild.roles.find((candidate) => candidate.id === roleId);
  if (!role) return { kind: "unknown-role", roleId };
  if (role.managed) return { kind: "managed", role };
  if (role.position >= (standing.top?.position ?? 0))
    return { kind: "above-bot", role, botTop: standing.top };
  return undefined;
}

/** What the doctor finds wrong in a server for its binds. */
export type DoctorFinding =
  | RoleRefusal
  | { readonly kind: "no-manage-nicknames" }
  | { readonly kind: "sync-paused"; readonly refusals: number };

/** Every problem with the server's bound roles and the bot's permissions; the same role is listed once. */
export function diagnose(guild: GuildFacts, boundRoleIds: readonly string[]): DoctorFinding[] {
  const standing = botStanding(guild);
  const findings: DoctorFinding[] = [];
  if (!has(standing.permissions, MANAGE_ROLES)) findings.push({ kind: "no-manage-roles" });
  if (!has(standing.permissions, MANAGE_NICKNAMES)) findings.push({ kind: "no-manage-nicknames" });
  // Checked as if the bot had Manage Roles, so a missing permission does not hide the role problems.
  const asManager = { ...standing, permissions: standing.permissions | MANAGE_ROLES };
  for (const roleId of new Set(boundRoleIds)) {
    const refusal = roleRefusal(guild, asManager, roleId);
    if (refusal) findings.push(refusal);
  }
  return findings;
}
