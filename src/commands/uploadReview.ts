import { userError } from "../errors.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import { approvalId } from "../protocol/approvalId.js";
import { uploadReviewDecided } from "../views/uploadReview.js";
import type { ComponentHandler } from "./types.js";
import { isStaff } from "./uploads.js";

/** Approve and Reject on an upload's review message: staff only, counted once on any process. */
export const uploadReviewButtons: ComponentHandler = {
  namespace: approvalId.namespace,
  async handle(interaction, { services }) {
    const pressed = approvalId.decode(interaction.customId);
    if (pressed === null || interaction.guildId === undefined) throw userError("failure.expiredComponent");
    if (!isStaff(interaction.member)) throw userError("approval.staffOnly");
    const job = await services.uploads.decideApproval(
      pressed.upload,
      interaction.guildId,
      interaction.user.id,
      pressed.decision === "approve",
    );
    await interaction.editReply(uploadReviewDecided(replyTranslator(interaction), job));
  },
};
