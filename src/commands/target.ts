import type { AppContext } from "../context.js";
import { userError } from "../errors.js";
import type { CommandContext } from "../interaction/types.js";
import { memberOption, robloxUserOption } from "./options.js";

/**
 * Who a command asks about: the Roblox user typed, else the linked account of the member named, else the
 * caller's own. Another member's link shows only in the server where they linked it, where they ran
 * /verify, or everywhere when they allowed it in /privacy.
 */
export async function robloxTargetOf(interaction: CommandContext, { services }: AppContext): Promise<string> {
  const typed = interaction.option(robloxUserOption);
  if (typed !== undefined) return typed;
  const member = interaction.option(memberOption);
  const self = member === undefined || member === interaction.user.id;
  const link = await services.links?.linkOf(member ?? interaction.user.id);
  const shown =
    link !== undefined && (self || (await services.privacy.linkShownIn(link, interaction.guildId ?? null)));
  if (link === undefined || !shown) {
    throw self ? userError("target.selfNotLinked") : userError("target.memberNotLinked");
  }
  return link.robloxUserId;
}

/**
 * The same target, and the caller's Discord ID when it is the caller's own linked account: only then may
 * a command act with the caller's own grant.
 */
export async function robloxTargetAndOwnerOf(
  interaction: CommandContext,
  context: AppContext,
): Promise<{ robloxUserId: string; owner: string | undefined }> {
  const robloxUserId = await robloxTargetOf(interaction, context);
  const member = interaction.option(memberOption);
  if (member !== undefined && member !== interaction.user.id) return { robloxUserId, owner: undefined };
  const link = await context.services.links?.linkOf(interaction.user.id);
  return { robloxUserId, owner: link?.robloxUserId === robloxUserId ? interaction.user.id : undefined };
}
