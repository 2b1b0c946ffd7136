import { ApplicationCommandType, InteractionContextType } from "discord-api-types/v10";
import { userError } from "../errors.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { en } from "../i18n/translator.js";
import { privacyId } from "../protocol/privacyId.js";
import { ROBLOX_AUTHORIZED_APPS_URL } from "../text/linking.js";
import { privacyConfirm, privacyReply } from "../views/privacy.js";
import type { Command, ComponentHandler } from "./types.js";

export const privacyCommand: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "privacy",
    description: en.t("cmd.privacy.description"),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
  defer: "ephemeral",
  async execute(interaction, { services }) {
    const data = await services.privacy.dataOf(interaction.user.id);
    await interaction.editReply({
      ...privacyReply(replyTranslator(interaction), data),
      allowed_mentions: { parse: [] },
    });
  },
};

/** The /privacy buttons; each acts on the data of whoever presses it, never on anyone else's. */
export const privacyButtons: ComponentHandler = {
  namespace: privacyId.namespace,
  async handle(interaction, { services }) {
    const pressed = privacyId.decode(interaction.customId);
    if (pressed === null) throw userError("failure.expiredComponent");
    const t = replyTranslator(interaction);
    const member = interaction.user.id;
    if (pressed.action === "delete") {
      await interaction.editReply(privacyConfirm(t));
      return;
    }
    if (pressed.action === "confirm") {
      // Forgotten first: a refusal (an upload still running) then leaves the grant its job needs.
      const { uploadsKept } = await services.privacy.forget(member);
      // A grant kept for a feature is ended at Roblox.
      await services.grants?.withdraw(member);
      await interaction.editReply({
        content: t.t("privacy.deleted", { count: uploadsKept }),
        embeds: [],
        components: [],
      });
      return;
    }
    if (pressed.action === "withdraw") {
      // Only the presser's own grant: ended at Roblox, then deleted; the link stays.
      const ended = await services.grants?.end(member);
      const data = await services.privacy.dataOf(member);
      await interaction.editReply({
        content:
          ended === "not-revoked"
            ? t.t("privacy.withdrawnHere", { url: ROBLOX_AUTHORIZED_APPS_URL })
            : t.t("privacy.withdrawn"),
        ...privacyReply(t, data),
        allowed_mentions: { parse: [] },
      });
      return;
    }
    if (pressed.action !== "cancel") {
      await services.privacy.setShowEverywhere(member, pressed.action === "show-everywhere");
    }
    const data = await services.privacy.dataOf(member);
    await interaction.editReply({ content: "", ...privacyReply(t, data), allowed_mentions: { parse: [] } });
  },
};
