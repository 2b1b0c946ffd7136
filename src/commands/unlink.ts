import { type APIEmbed, ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import type { AppContext } from "../context.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import type { CommandContext } from "../interaction/types.js";
import { robloxName } from "../text/linking.js";
import { noPings } from "../views/binds.js";
import { auditLines, auditReason, syncEmbed } from "../views/verify.js";
import type { Command } from "./types.js";

/** Roblox's own list of the apps a member authorised ("Third-party app authorizations"). */
const ROBLOX_AUTHORIZED_APPS_URL = "https://www.roblox.com/my/account#!/security";

/**
 * In the server /unlink was run in, the roles its binds gave go with the link (the binds for unlinked
 * members apply instead), in one member update with the audit-log reason; the embed of what changed, if anything.
 */
async function unbindRoles(interaction: CommandContext, context: AppContext): Promise<APIEmbed[]> {
  const binds = context.services.binds;
  const { guildId, member } = interaction;
  if (guildId === undefined || member === undefined) return [];
  if ((await binds.store.list(guildId)).length === 0) return [];
  const server = replyTranslator({ ...interaction, ephemeral: false });
  const by = server.t("verify.by.unlink", { user: interaction.user.username });
  const result = await binds.sync.sync({
    guildId,
    userId: interaction.user.id,
    heldRoleIds: member.roleIds,
    removeEveryUnmatched: true,
    reason: (added, removed, nickname) => auditReason(server, by, added, removed, nickname),
  });
  if (result.kind !== "synced") return [];
  const mention = `<@${interaction.user.id}>`;
  await binds.sync.announce(guildId, auditLines(server, result, mention, by));
  if (result.write === "none" && result.blocked.length === 0) return [];
  return [syncEmbed(replyTranslator(interaction), result, { self: true, member: mention })];
}

export const unlinkCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "unlink",
    description: en.t("cmd.unlink.description"),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
  defer: "ephemeral",
  async execute(interaction, context) {
    const { services } = context;
    const t = replyTranslator(interaction);
    const { links } = services;
    if (links === undefined) {
      await interaction.editReply({ content: t.t("link.reply.off") });
      return;
    }
    // An identity link keeps no Roblox token (that grant is revoked as soon as the sign-in is verified);
    // a grant kept for a feature (a private inventory, uploads) is revoked at Roblox and forgotten.
    const revoked = (await services.grants?.withdraw(interaction.user.id)) === true;
    const removed = await links.unlink(interaction.user.id);
    if (removed === undefined) {
      await interaction.editReply({ content: t.t("unlink.notLinked") });
      return;
    }
    const roblox = robloxName({
      displayName: removed.robloxDisplayName,
      username: removed.robloxUsername,
      sub: removed.robloxUserId,
    });
    // The link is gone whatever Discord answers: a failed role update is logged, and the reply still sent.
    const embeds = await unbindRoles(interaction, context).catch((error: unknown) => {
      context.logger.warn({ err: error, guildId: interaction.guildId }, "roles not updated after /unlink");
      return [];
    });
    await interaction.editReply({
      content: t.t(revoked ? "unlink.doneRevoked" : "unlink.done", {
        roblox,
        url: ROBLOX_AUTHORIZED_APPS_URL,
      }),
      embeds,
      allowed_mentions: noPings(),
    });
  },
};
