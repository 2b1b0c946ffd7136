import { userError } from "../errors.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { profileCheckId } from "../protocol/linkId.js";
import { profileLinkedReply } from "../views/linking.js";
import type { ComponentHandler } from "./types.js";

/** "I've added it": reads the member's Roblox profile and, when the phrase is there, links the accounts. */
export const profileCheckButton: ComponentHandler = {
  namespace: profileCheckId.namespace,
  async handle(interaction, { services }) {
    if (profileCheckId.decode(interaction.customId) === null) throw userError("failure.expiredComponent");
    const linker = services.profileLinking;
    if (linker === undefined) throw userError("link.reply.methodOff");
    const outcome = await linker.check(interaction.user.id);
    if (!outcome.ok) {
      if (outcome.reason === "expired") throw userError("link.profile.expired");
      if (outcome.reason === "too-soon") throw userError("link.profile.tooSoon");
      throw userError("link.profile.notFound", { account: outcome.robloxUserId ?? "" });
    }
    await interaction.editReply(profileLinkedReply(replyTranslator(interaction), outcome.link));
  },
};
