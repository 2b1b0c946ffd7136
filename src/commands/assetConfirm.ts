import type { AppContext } from "../context.js";
import { UserError } from "../errors.js";
import type { ComponentContext } from "../interaction/types.js";
import { assetDeskId } from "../protocol/assetDeskId.js";
import { EXPIRED_COMPONENT_MESSAGE } from "../text/failures.js";
import { decisionMessage } from "../views/assetDesk.js";
import { deskMember } from "./asset.js";
import type { ComponentHandler } from "./types.js";

/** The Confirm and Cancel buttons of /asset rollback, archive and restore. */
export const assetConfirmButtons: ComponentHandler = {
  namespace: assetDeskId.namespace,
  async handle(interaction: ComponentContext, { services }: AppContext) {
    const pressed = assetDeskId.decode(interaction.customId);
    if (pressed === null) throw new UserError(EXPIRED_COMPONENT_MESSAGE);
    const decision = await services.assetDesk.decide(
      deskMember(interaction),
      pressed.key,
      pressed.answer === "yes",
    );
    await interaction.editReply(decisionMessage(decision));
  },
};
