import type { AppContext } from "../context.js";
import { userError } from "../errors.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import type { ComponentContext } from "../interaction/types.js";
import { assetDeskId } from "../protocol/assetDeskId.js";
import { decisionMessage } from "../views/assetDesk.js";
import { deskMember } from "./asset.js";
import type { ComponentHandler } from "./types.js";

/** The Confirm and Cancel buttons of /asset rollback, archive and restore. */
export const assetConfirmButtons: ComponentHandler = {
  namespace: assetDeskId.namespace,
  async handle(interaction: ComponentContext, { services }: AppContext) {
    const pressed = assetDeskId.decode(interaction.customId);
    if (pressed === null) throw userError("failure.expiredComponent");
    const decision = await services.assetDesk.decide(
      deskMember(interaction),
      pressed.key,
      pressed.answer === "yes",
    );
    await interaction.editReply(decisionMessage(replyTranslator(interaction), decision));
  },
};
