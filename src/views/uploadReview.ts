import { type APIEmbed, ButtonStyle, ComponentType } from "discord-api-types/v10";
import { approvalId } from "../protocol/approvalId.js";
import type { UploadJob } from "../services/uploads/index.js";
import { formatBytes, quoteInput } from "../text/format.js";
import { EMBED_COLOR, FAILURE_COLOR, SUCCESS_COLOR } from "./links.js";
import { creatorWords } from "./upload.js";

function reviewEmbed(job: UploadJob): APIEmbed {
  const target =
    job.targetAssetId === undefined ? creatorWords(job.creator) : `new version of Model ${job.targetAssetId}`;
  const embed: APIEmbed = {
    title: `Upload waiting for approval: ${quoteInput(job.displayName)}`.slice(0, 256),
    color: EMBED_COLOR,
    fields: [
      { name: "Member", value: `<@${job.userId}>`, inline: true },
      {
        name: "File",
        value: `${quoteInput(job.fileName).slice(0, 200)} · ${formatBytes(job.size)}`,
        inline: true,
      },
      {
        name: "What the bytes are",
        value: `${job.fileLabel ?? "?"} → ${job.assetType ?? "?"}`,
        inline: true,
      },
      { name: "Goes to", value: target, inline: true },
    ],
  };
  // An attached image is shown under the message by Discord itself: that is the preview.
  return embed;
}

/** The review channel's message for an upload: the file is attached beside it. */
export function uploadReviewMessage(job: UploadJob) {
  const button = (decision: "approve" | "reject", label: string, style: ButtonStyle) => ({
    type: ComponentType.Button,
    style,
    label,
    custom_id: approvalId.encode({ upload: job.id, decision }),
  });
  return {
    embeds: [reviewEmbed(job)],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          button("approve", "Approve", ButtonStyle.Success),
          button("reject", "Reject", ButtonStyle.Danger),
        ],
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

/** The review message once decided: who decided, and no buttons. */
export function uploadReviewDecided(job: UploadJob) {
  const approved = job.approval?.state === "approved";
  const embed = reviewEmbed(job);
  embed.color = approved ? SUCCESS_COLOR : FAILURE_COLOR;
  embed.description = `${approved ? "Approved" : "Rejected"} by <@${job.approval?.by ?? ""}>.${approved ? " Uploading to Roblox." : " Nothing was sent to Roblox."}`;
  return { embeds: [embed], components: [], allowed_mentions: { parse: [] } };
}
