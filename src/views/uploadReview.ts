import { type APIEmbed, ButtonStyle, ComponentType } from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import { approvalId } from "../protocol/approvalId.js";
import type { UploadJob } from "../services/uploads/index.js";
import { cleanInput, truncate } from "../text/format.js";
import { EMBED_COLOR, FAILURE_COLOR, SUCCESS_COLOR } from "./links.js";
import { creatorWords, fileKindWords } from "./upload.js";

function reviewEmbed(t: Translator, job: UploadJob): APIEmbed {
  const target =
    job.targetAssetId === undefined
      ? creatorWords(t, job.creator)
      : t.t("upload.newVersion", { id: job.targetAssetId });
  const type = job.assetType === undefined ? "?" : t.t(`assetType.${job.assetType}`);
  const name = t.t("quote.input", { text: cleanInput(job.displayName) });
  const file = t.t("quote.input", { text: cleanInput(job.fileName) });
  // An attached image is shown under the message by Discord itself: that is the preview.
  return {
    title: truncate(t.t("approval.reviewTitle", { name }), 256),
    color: EMBED_COLOR,
    fields: [
      { name: t.t("approval.member"), value: `<@${job.userId}>`, inline: true },
      { name: t.t("approval.file"), value: `${truncate(file, 200)} · ${t.bytes(job.size)}`, inline: true },
      { name: t.t("approval.bytes"), value: `${fileKindWords(t, job) ?? "?"} → ${type}`, inline: true },
      { name: t.t("approval.goesTo"), value: target, inline: true },
    ],
  };
}

/** The review channel's message for an upload: the file is attached beside it. */
export function uploadReviewMessage(t: Translator, job: UploadJob) {
  const button = (decision: "approve" | "reject", style: ButtonStyle) => ({
    type: ComponentType.Button,
    style,
    label: t.t(`approval.${decision}`),
    custom_id: approvalId.encode({ upload: job.id, decision }),
  });
  return {
    embeds: [reviewEmbed(t, job)],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [button("approve", ButtonStyle.Success), button("reject", ButtonStyle.Danger)],
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

/** The review message once decided: who decided, and no buttons. */
export function uploadReviewDecided(t: Translator, job: UploadJob) {
  const approved = job.approval?.state === "approved";
  const embed = reviewEmbed(t, job);
  embed.color = approved ? SUCCESS_COLOR : FAILURE_COLOR;
  const user = `<@${job.approval?.by ?? ""}>`;
  embed.description = t.t(approved ? "approval.approvedBy" : "approval.rejectedBy", { user });
  return { embeds: [embed], components: [], allowed_mentions: { parse: [] } };
}
