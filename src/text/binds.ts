/**
 * Every string the binds, /verify, /update and /settings show, en-US, keyed as a catalogue would key
 * them. `{name}` placeholders are filled by `say`.
 */
export const bindsText = {
  "binds.command.description": "Roles that follow Roblox: add, remove, list and check this server's binds",
  "verify.command.description": "Update your roles from your Roblox groups, ranks and items",
  "update.command.description": "Update a member's roles from their Roblox groups, ranks and items (staff)",
  "settings.command.description": "Show or change this server's switches",

  "binds.guildOnly": "Binds belong to a server: run this in one.",
  "binds.needManageRoles": "You need the Manage Roles permission for this.",
  "settings.needManageGuild": "You need the Manage Server permission for this.",
  "binds.badRank": "Pick a rank for this match (a whole number from 0 to 255).",
  "binds.badRange": "For “between”, give rank (the lowest) and rank_max (the highest), with rank ≤ rank_max.",
  "binds.badRoleName": "For “a named role”, give the group role's name in group_role.",
  "binds.unassignable": "Nothing was saved: {why}",
  "binds.added": "Bind `{id}` saved: {rule} gives {roles}.",
  "binds.full": "This server already has {max} binds. Remove one (/binds remove) first.",
  "binds.removed":
    "Bind `{id}` removed ({rule} → {roles}). Members keep roles it gave until an update removes them.",
  "binds.unknownId": "This server has no bind `{id}`. /binds list shows their ids.",
  "binds.list.title": "Binds of this server",
  "binds.list.empty": "This server has no binds yet. Add one with /binds add.",
  "binds.list.row": "`{id}` {rule} → {roles}",
  "binds.list.removeUnmatched":
    "Taken away when no bind gives them (remove-unmatched): {roles}. Other roles are only ever added.",
  "binds.list.unverifiedNote":
    "The role for unlinked members is applied when they run /verify (the bot does not watch members join).",

  "rule.group.any": "member of group {group}",
  "rule.group.eq": "rank = {rank} in group {group}",
  "rule.group.gte": "rank ≥ {rank} in group {group}",
  "rule.group.lte": "rank ≤ {rank} in group {group}",
  "rule.group.between": "rank {min}–{max} in group {group}",
  "rule.group.role": "role “{name}” in group {group}",
  "rule.owns.gamePass": "owns game pass {id}",
  "rule.owns.badge": "owns badge {id}",
  "rule.owns.asset": "owns asset {id}",
  "rule.verified": "linked to a Roblox account",
  "rule.unverified": "not linked to a Roblox account",

  "refusal.everyone": "@everyone belongs to every member; no one can give or take it.",
  "refusal.everyone.fix": "Remove that bind (/binds remove).",
  "refusal.managed":
    "{role} is managed by an integration (a bot, a booster or a subscription role); Discord lets no one give or take it.",
  "refusal.managed.fix": "Bind a role of your own instead, and remove that bind.",
  "refusal.aboveBot":
    "{role} is not below the bot's highest role ({botTop}), so Discord does not let the bot give or take it.",
  "refusal.aboveBot.fix": "In Server Settings → Roles, drag the bot's role ({botTop}) above {role}.",
  "refusal.unknownRole": "a bound role (id {roleId}) no longer exists.",
  "refusal.unknownRole.fix": "Remove the binds that give it (/binds remove).",
  "refusal.noManageRoles": "the bot does not have the Manage Roles permission.",
  "refusal.noManageRoles.fix": "In Server Settings → Roles, give the bot's role Manage Roles.",
  "refusal.noManageNicknames":
    "the bot does not have the Manage Nicknames permission (nicknames cannot follow Roblox).",
  "refusal.noManageNicknames.fix": "In Server Settings → Roles, give the bot's role Manage Nicknames.",
  "refusal.paused":
    "role sync is stopped in this server: Discord refused {count} role changes in the last hour.",
  "refusal.paused.fix": "Fix the problems listed here; sync starts again within the hour.",
  "refusal.noBotRole": "no role",

  "doctor.title": "Role doctor",
  "doctor.clean": "Nothing in the way: the bot can give and take every bound role.",
  "doctor.fix": "Fix: {fix}",

  "verify.noServer": "The bot cannot see this server's roles right now. Try again in a minute.",
  "verify.notMember": "{member} is not a member of this server.",
  "verify.cooldown": "Roles were updated moments ago. Try again {when}.",
  "verify.paused":
    "Role updates are stopped in this server: Discord refused {count} role changes in the last hour. A server admin can run /binds doctor.",
  "verify.noBinds":
    "This server has no binds yet, so there are no roles to update. Staff add them with /binds add.",
  "verify.upToDate": "{who} roles are already up to date.",
  "verify.title.self": "Your roles",
  "verify.title.other": "Roles of {member}",
  "verify.linked": "Linked Roblox account: {robloxId}.",
  "verify.notLinked":
    "Not linked to a Roblox account, so only the binds for unlinked members apply. /link links one.",
  "verify.added": "Added {role}: {why}",
  "verify.removed": "Removed {role}: no bind that gives it matches any more ({binds})",
  "verify.blockedAdd": "Could not give {role}: {why}",
  "verify.blockedRemove": "Could not take {role}: {why}",
  "verify.unknown":
    "Left as they are: {rule} (the Roblox inventory is private, so the bot cannot see it). The owner can make it visible on roblox.com: Settings → Privacy → “Who can see my inventory?” → Everyone.",
  "verify.refused":
    "Discord refused the role change, so nothing changed. A server admin can run /binds doctor.",
  "verify.reason": "Binds ({by}): {changes}",

  "settings.title": "Settings of this server",
  "settings.removeUnmatched": "**remove-unmatched** (roles taken away when no bind gives them): {value}",
  "settings.none": "none",
  "settings.auditChannel": "**audit-channel** (one line per role change): {value}",
  "settings.off": "off",
  "settings.set.auditChannel.on": "Role changes will be posted in {channel}.",
  "settings.set.auditChannel.off": "Role changes will no longer be posted anywhere.",
  "audit.added": "{member} +{role} ({why}), {by}",
  "audit.removed": "{member} −{role} (no bind matches: {why}), {by}",
  "audit.blocked": "{member} {role} not applied: {why}",
  "settings.set.removeUnmatched.on": "{role} will now be taken away from members no bind gives it to.",
  "settings.set.removeUnmatched.off": "{role} will no longer be taken away; binds only add it.",
  "settings.set.unchanged": "Nothing changed: {role} was already set that way.",
} as const;

export type BindsTextKey = keyof typeof bindsText;

export function say(key: BindsTextKey, values: Readonly<Record<string, string | number>> = {}): string {
  return bindsText[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}
