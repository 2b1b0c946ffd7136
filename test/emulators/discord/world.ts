import type { EmulatedUser, UserInput } from "./types.js";

/** Every permission bit Discord defines (0–52) except ADMINISTRATOR (1 << 3): the default for members and the bot. */
export const DEFAULT_MEMBER_PERMISSIONS = ((1n << 53n) - 1n - (1n << 3n)).toString();

export const DEFAULT_USER: Required<UserInput> = {
  id: "100000000000000001",
  username: "tester",
  globalName: "Tester",
};

/** Every permission bit Discord defines (0–52), ADMINISTRATOR included. */
export const ALL_PERMISSIONS = ((1n << 53n) - 1n).toString();
const ADMINISTRATOR = 1n << 3n;

export const DEFAULT_ATTACHMENT_SIZE_LIMIT = 10_485_760;

/** A role of a guild besides @everyone. */
export interface GuildRole {
  id: string;
  name: string;
  /** Permission bits as a decimal string. */
  permissions: string;
  /** 1 is just above @everyone (0); higher is higher in the hierarchy. */
  position: number;
  /** Managed by an integration (a bot's own role, a booster role): no one can assign or remove it. */
  managed: boolean;
  /** Discord's role tags, e.g. `{ bot_id }` on a bot's managed role. */
  tags?: Record<string, string | null>;
}

/** A member of a guild besides the bot. */
export interface GuildMemberRecord {
  user: EmulatedUser;
  roles: string[];
  nick?: string | null;
}

export interface SeededGuild {
  id: string;
  name: string;
  channelId: string;
  /** The guild's owner; default the default user. */
  ownerId: string;
  roles: GuildRole[];
  /** Permissions of @everyone (the role whose id is the guild's id). */
  everyonePermissions: string;
  /** Members besides the bot, listed in GUILD_CREATE. */
  members: GuildMemberRecord[];
  /** When the bot joined, if not at the emulator's start (ISO). */
  joinedAt?: string;
}

/**
 * What Discord puts in an interaction's `member.permissions` when a test does not say: a member holding
 * a role with Administrator has every permission (Discord's permissions docs: ADMINISTRATOR "Allows all
 * permissions and bypasses channel permission overwrites"), others the emulator's default.
 */
export function defaultPermissionsOf(guild: SeededGuild, roleIds: readonly string[]): string {
  const administrator = guild.roles.some(
    (role) => roleIds.includes(role.id) && (BigInt(role.permissions) & ADMINISTRATOR) !== 0n,
  );
  return administrator ? ALL_PERMISSIONS : DEFAULT_MEMBER_PERMISSIONS;
}

export function toUser(input: UserInput | undefined): EmulatedUser {
  const id = input?.id ?? DEFAULT_USER.id;
  const username = input?.username ?? (input?.id ? `user${id.slice(-4)}` : DEFAULT_USER.username);
  const globalName =
    input?.globalName !== undefined ? input.globalName : input?.id ? null : DEFAULT_USER.globalName;
  return { id, username, global_name: globalName, discriminator: "0", avatar: null };
}

/**
 * The managed role Discord creates for a bot added with permissions, tagged with the bot's id; nobody can
 * assign or remove it (discord-api-docs topics/permissions, Role Tags: `bot_id`).
 */
export function botRole(id: string, bot: EmulatedUser, position: number, permissions: string): GuildRole {
  return { id, name: bot.username, permissions, position, managed: true, tags: { bot_id: bot.id } };
}

export function botUser(id: string, username: string): EmulatedUser {
  return { id, username, global_name: null, discriminator: "0000", avatar: null, bot: true };
}

export function guildTextChannel(guild: SeededGuild): Record<string, unknown> {
  return {
    id: guild.channelId,
    type: 0,
    guild_id: guild.id,
    name: "general",
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: 0,
  };
}

export function dmChannel(channelId: string, recipient: EmulatedUser): Record<string, unknown> {
  return { id: channelId, type: 1, flags: 0, last_message_id: null, recipients: [recipient] };
}

export function guildMember(
  user: EmulatedUser,
  joinedAt: string,
  roles: string[] = [],
  nick: string | null = null,
): Record<string, unknown> {
  return {
    user,
    roles,
    joined_at: joinedAt,
    nick,
    avatar: null,
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
    communication_disabled_until: null,
  };
}

/** The GUILD_CREATE payload discord.js needs to build a Guild with its @everyone role, a text channel and the bot member. */
export function guildCreatePayload(
  guild: SeededGuild,
  bot: EmulatedUser,
  startedAt: string,
): Record<string, unknown> {
  const joinedAt = guild.joinedAt ?? startedAt;
  const otherMembers = guild.members;
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: rolesPayload(guild),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 1 + otherMembers.length,
    voice_states: [],
    members: [
      guildMember(bot, joinedAt, botRoleIds(guild, bot.id)),
      ...otherMembers.map((member) => guildMember(member.user, joinedAt, member.roles, member.nick ?? null)),
    ],
    channels: [guildTextChannel(guild)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A role as Discord serialises it. */
export function rolePayload(role: GuildRole): Record<string, unknown> {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions,
    managed: role.managed,
    mentionable: false,
    flags: 0,
    ...(role.tags ? { tags: role.tags } : {}),
  };
}

/** @everyone (position 0, id = the guild's id) and every other role, lowest first. */
export function rolesPayload(guild: SeededGuild): Array<Record<string, unknown>> {
  const everyone: GuildRole = {
    id: guild.id,
    name: "@everyone",
    permissions: guild.everyonePermissions,
    position: 0,
    managed: false,
  };
  return [everyone, ...[...guild.roles].sort((a, b) => a.position - b.position)].map(rolePayload);
}

/** The roles of the bot's member: its managed role (tagged with its id). */
export function botRoleIds(guild: SeededGuild, botId: string): string[] {
  return guild.roles.filter((role) => role.tags?.bot_id === botId).map((role) => role.id);
}
