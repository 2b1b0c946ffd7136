import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import { robloxName } from "../text/linking.js";
import type { Command } from "./types.js";

/** Roblox's own list of the apps a member authorised ("Third-party app authorizations"). */
const ROBLOX_AUTHORIZED_APPS_URL = "https://www.roblox.com/my/account#!/security";

export const unlinkCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "unlink",
    description: en.t("cmd.unlink.description"),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
  defer: "ephemeral",
  async execute(interaction, { services }) {
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
    await interaction.editReply({
      content: t.t(revoked ? "unlink.doneRevoked" : "unlink.done", {
        roblox,
        url: ROBLOX_AUTHORIZED_APPS_URL,
      }),
      allowed_mentions: { parse: [] },
    });
  },
};
