import { UserError } from "../errors.js";
import { approvalId } from "../protocol/approvalId.js";
import { EXPIRED_COMPONENT_MESSAGE } from "../text/failures.js";
import { STAFF_ONLY_REVIEW } from "../views/uploadLog.js";
import { uploadReviewDecided } from "../views/uploadReview.js";
import type { ComponentHandler } from "./types.js";
import { isStaff } from "./uploads.js";

/** Approve and Reject on an upload's review message: staff only, counted once on any process. */
export const uploadReviewButtons: ComponentHandler = {
  namespace: approvalId.namespace,
  async handle(interaction, { services }) {
    const pressed = approvalId.decode(interaction.customId);
    if (pressed === null || interaction.guildId === undefined) throw new UserError(EXPIRED_COMPONENT_MESSAGE);
    if (!isStaff(interaction.member)) throw new UserError(STAFF_ONLY_REVIEW);
    const job = await services.uploads.decideApproval(
      pressed.upload,
      interaction.guildId,
      interaction.user.id,
      pressed.decision === "approve",
    );
    await interaction.editReply(uploadReviewDecided(job));
  },
};
