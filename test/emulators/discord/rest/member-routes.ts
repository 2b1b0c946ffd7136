import { GatewayIntentBits, PermissionFlagsBits } from "discord-api-types/v10";
import type { EmulatorContext } from "../context.js";
import { basePermissions, has, roleOf, roleRefusal, topPosition } from "../hierarchy.js";
import type { RoleWrite } from "../types.js";
import {
  botRoleIds,
  type GuildMemberRecord,
  guildCreatePayload,
  guildMember,
  rolesPayload,
  type SeededGuild,
} from "../world.js";
import { DiscordHttpError, errors, invalidFormBody } from "./errors.js";
import type { Route, RouteContext } from "./router.js";

const MAX_LIST_LIMIT = 1000;

type Json = Record<string, unknown>;

function guildOf(ctx: EmulatorContext, route: RouteContext): SeededGuild {
  const guild = ctx.guilds.find((candidate) => candidate.id === route.params.guild);
  if (!guild) throw errors.unknownGuild();
  return guild;
}

function memberOf(guild: SeededGuild, userId: string): GuildMemberRecord {
  const member = guild.members.find((candidate) => candidate.user.id === userId);
  if (!member) throw errors.unknownMember();
  return member;
}

/** X-Audit-Log-Reason is URL-encoded by clients (discord-api-docs resources/audit-log, "Audit Log Entry Object"). */
function auditReason(route: RouteContext): string | null {
  const header = route.headers["x-audit-log-reason"];
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function memberPayload(ctx: EmulatorContext, member: GuildMemberRecord): Json {
  return guildMember(member.user, ctx.joinedAt, member.roles, member.nick ?? null);
}

/**
 * Guild roles and members: Get Guild Roles, Get/List Guild Members, Modify Guild Member (roles, nick) and
 * Add/Remove Guild Member Role, with Discord's permission and hierarchy checks (discord-api-docs
 * resources/guild and topics/permissions). Every role write is logged in `ctx.roleWrites`, refused or not.
 */
export function memberRoutes(ctx: EmulatorContext): Route[] {
  const bot = (guild: SeededGuild) => {
    const roles = botRoleIds(guild, ctx.bot.id);
    return { bits: basePermissions(guild, ctx.bot.id, roles), top: topPosition(guild, roles) };
  };

  const emitUpdate = (guild: SeededGuild, member: GuildMemberRecord): void =>
    ctx.emitGuildEvent(
      "GUILD_MEMBER_UPDATE",
      { guild_id: guild.id, ...memberPayload(ctx, member) },
      guild.id,
      GatewayIntentBits.GuildMembers,
    );

  /** Records the write, refuses it (throwing) when `refusal` is set, applies it otherwise. */
  const write = (
    route: RouteContext,
    method: string,
    guild: SeededGuild,
    userId: string,
    change: { added: string[]; removed: string[]; nick?: string | null },
    check: () => DiscordHttpError | undefined,
    success: number,
  ): GuildMemberRecord => {
    const entry: RoleWrite = {
      method,
      guildId: guild.id,
      userId,
      added: change.added,
      removed: change.removed,
      ...(change.nick === undefined ? {} : { nick: change.nick }),
      reason: auditReason(route),
      status: success,
      time: route.arrival,
    };
    ctx.roleWrites.push(entry);
    try {
      const refused = check();
      if (refused) throw refused;
      const member = memberOf(guild, userId);
      member.roles = [...member.roles.filter((id) => !change.removed.includes(id)), ...change.added];
      if (change.nick !== undefined) member.nick = change.nick;
      emitUpdate(guild, member);
      return member;
    } catch (error) {
      if (error instanceof DiscordHttpError) {
        entry.status = error.status;
        entry.refusal = error.body.message;
      }
      throw error;
    }
  };

  /** The checks Discord makes before changing roles: Manage Roles, then each role below the bot's top role. */
  const roleCheck = (guild: SeededGuild, roleIds: readonly string[]) => (): DiscordHttpError | undefined => {
    const actor = bot(guild);
    if (!has(actor.bits, PermissionFlagsBits.ManageRoles)) return errors.missingPermissions();
    for (const roleId of roleIds) {
      if (roleId !== guild.id && !roleOf(guild, roleId)) return errors.unknownRole();
      if (roleRefusal(guild, actor.top, roleId)) return errors.missingPermissions();
    }
    return undefined;
  };

  const roleRoute = (method: "PUT" | "DELETE"): Route => ({
    method,
    pattern: "/guilds/:guild/members/:user/roles/:role",
    auth: true,
    handle: (route) => {
      const guild = guildOf(ctx, route);
      const { user, role } = route.params as { user: string; role: string };
      const current = guild.members.find((member) => member.user.id === user)?.roles ?? [];
      const change =
        method === "PUT"
          ? { added: current.includes(role) ? [] : [role], removed: [] }
          : { added: [], removed: current.includes(role) ? [role] : [] };
      write(
        route,
        method,
        guild,
        user,
        change,
        () => {
          const refused = roleCheck(guild, [role])();
          if (refused) return refused;
          if (!guild.members.some((member) => member.user.id === user)) return errors.unknownMember();
          return undefined;
        },
        204,
      );
      return { status: 204 };
    },
  });

  return [
    {
      // Get Guild (discord-api-docs resources/guild, Get Guild): the guild object, without the fields only
      // GUILD_CREATE carries (joined_at, large, member_count, members, channels, threads, presences …).
      method: "GET",
      pattern: "/guilds/:guild",
      auth: true,
      handle: (route) => {
        const {
          joined_at: _joined,
          large: _large,
          unavailable: _unavailable,
          member_count: _count,
          voice_states: _voice,
          members: _members,
          channels: _channels,
          threads: _threads,
          presences: _presences,
          stage_instances: _stages,
          guild_scheduled_events: _events,
          soundboard_sounds: _sounds,
          ...body
        } = guildCreatePayload(guildOf(ctx, route), ctx.bot, ctx.joinedAt);
        return { status: 200, body };
      },
    },
    {
      method: "GET",
      pattern: "/guilds/:guild/roles",
      auth: true,
      handle: (route) => ({ status: 200, body: rolesPayload(guildOf(ctx, route)) }),
    },
    {
      method: "GET",
      pattern: "/guilds/:guild/members/:user",
      auth: true,
      handle: (route) => {
        const guild = guildOf(ctx, route);
        const user = route.params.user ?? "";
        if (user === ctx.bot.id || user === "@me") {
          return {
            status: 200,
            body: guildMember(ctx.bot, ctx.joinedAt, botRoleIds(guild, ctx.bot.id)),
          };
        }
        return { status: 200, body: memberPayload(ctx, memberOf(guild, user)) };
      },
    },
    {
      // List Guild Members needs the GUILD_MEMBERS privileged intent enabled for the app (discord-api-docs
      // resources/guild, List Guild Members: "This endpoint is restricted according to whether the
      // GUILD_MEMBERS Privileged Intent is enabled for your application"); without it Discord answers
      // 403 Missing Access.
      method: "GET",
      pattern: "/guilds/:guild/members",
      auth: true,
      handle: (route) => {
        const guild = guildOf(ctx, route);
        if ((ctx.allowedPrivilegedIntents & GatewayIntentBits.GuildMembers) === 0)
          throw errors.missingAccess();
        const limit = Number(route.query.get("limit") ?? "1");
        if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
          throw invalidFormBody([
            { path: "limit", code: "NUMBER_TYPE_MAX", message: "int value should be between 1 and 1000." },
          ]);
        }
        const after = BigInt(route.query.get("after") ?? "0");
        const everyone = [
          { user: ctx.bot, roles: botRoleIds(guild, ctx.bot.id) } as GuildMemberRecord,
          ...guild.members,
        ]
          .filter((member) => BigInt(member.user.id) > after)
          .sort((a, b) => (BigInt(a.user.id) < BigInt(b.user.id) ? -1 : 1))
          .slice(0, limit);
        return { status: 200, body: everyone.map((member) => memberPayload(ctx, member)) };
      },
    },
    {
      method: "PATCH",
      pattern: "/guilds/:guild/members/:user",
      auth: true,
      handle: (route) => {
        const guild = guildOf(ctx, route);
        const user = route.params.user ?? "";
        const issues = ctx.validator.memberUpdate(route.body.json ?? {});
        if (issues.length > 0) throw invalidFormBody(issues);
        const body = (route.body.json ?? {}) as { roles?: string[] | null; nick?: string | null };
        const current = guild.members.find((member) => member.user.id === user)?.roles ?? [];
        const wanted = body.roles === undefined ? undefined : (body.roles ?? []);
        const added = wanted ? wanted.filter((id) => !current.includes(id)) : [];
        const removed = wanted ? current.filter((id) => !wanted.includes(id)) : [];
        const nick = body.nick === undefined ? undefined : body.nick === "" ? null : body.nick;
        const member = write(
          route,
          "PATCH",
          guild,
          user,
          { added, removed, ...(nick === undefined ? {} : { nick }) },
          () => {
            const target = guild.members.find((candidate) => candidate.user.id === user);
            if (!target) return errors.unknownMember();
            if (wanted) {
              const refused = roleCheck(guild, [...added, ...removed])();
              if (refused) return refused;
            }
            if (nick !== undefined) {
              const actor = bot(guild);
              if (!has(actor.bits, PermissionFlagsBits.ManageNicknames)) return errors.missingPermissions();
              // The owner's nickname is beyond any bot; so is a member whose top role is not below the bot's.
              if (user === guild.ownerId || topPosition(guild, target.roles) >= actor.top) {
                return errors.missingPermissions();
              }
            }
            return undefined;
          },
          200,
        );
        return { status: 200, body: memberPayload(ctx, member) };
      },
    },
    roleRoute("PUT"),
    roleRoute("DELETE"),
  ];
}
