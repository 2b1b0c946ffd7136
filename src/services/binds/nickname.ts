import { botStanding, has, MANAGE_NICKNAMES } from "./hierarchy.js";
import type { GuildFacts } from "./types.js";

/** Discord's nickname length limit (discord-api-docs resources/guild, Modify Guild Member: nick, 1–32). */
export const MAX_NICKNAME_LENGTH = 32;
/** The longest template a server may save (before its placeholders are filled in). */
export const MAX_TEMPLATE_LENGTH = 64;

const PLACEHOLDERS = { "{roblox-name}": "username", "{display-name}": "displayName" } as const;

/** Whether a template names a Roblox placeholder (else every member would get the same nickname), without backticks. */
export function isNicknameTemplate(template: string): boolean {
  return (
    template.length <= MAX_TEMPLATE_LENGTH &&
    !template.includes("`") &&
    Object.keys(PLACEHOLDERS).some((placeholder) => template.includes(placeholder))
  );
}

/**
 * The template with the linked account's names filled in, cut to Discord's 32 characters; undefined when a
 * name it needs is not known (a link made without it), so the nickname is left as it is.
 */
export function renderNickname(
  template: string,
  names: { readonly username: string | undefined; readonly displayName: string | undefined },
): string | undefined {
  let missing = false;
  const filled = template.replace(/\{roblox-name\}|\{display-name\}/g, (placeholder) => {
    const value = names[PLACEHOLDERS[placeholder as keyof typeof PLACEHOLDERS]];
    if (value === undefined) missing = true;
    return value ?? "";
  });
  const nick = [...filled.trim()].slice(0, MAX_NICKNAME_LENGTH).join("").trim();
  return missing || nick === "" ? undefined : nick;
}

/** Why Discord would refuse the bot renaming this member (discord-api-docs topics/permissions, hierarchy). */
export type NicknameRefusal =
  | { readonly kind: "no-manage-nicknames" }
  | { readonly kind: "owner" }
  | { readonly kind: "member-above-bot" };

export function nicknameRefusal(
  guild: GuildFacts,
  userId: string,
  heldRoleIds: readonly string[],
): NicknameRefusal | undefined {
  const standing = botStanding(guild);
  if (!has(standing.permissions, MANAGE_NICKNAMES)) return { kind: "no-manage-nicknames" };
  if (userId === guild.ownerId) return { kind: "owner" };
  const held = new Set(heldRoleIds);
  const top = Math.max(0, ...guild.roles.filter((role) => held.has(role.id)).map((role) => role.position));
  if (top >= (standing.top?.position ?? 0)) return { kind: "member-above-bot" };
  return undefined;
}
