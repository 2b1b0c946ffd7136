import type { APIEmbed, RESTPatchAPIWebhookWithTokenMessageJSONBody } from "discord-api-types/v10";
import type { UploadCreator } from "../config.js";
import type { UploadJob, UploadProgress, UploadResult } from "../services/uploads/jobs.js";
import { formatBytes, quoteInput } from "../text/format.js";
import { EMBED_COLOR, FAILURE_COLOR, robloxLinks, SUCCESS_COLOR, WARNING_COLOR } from "./links.js";

export const CREATIONS_URL = "https://create.roblox.com/dashboard/creations";

export function creatorWords(creator: UploadCreator): string {
  return "userId" in creator ? `Roblox user ${creator.userId}` : `Roblox group ${creator.groupId}`;
}

function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function what(job: UploadJob): string {
  const kind = job.assetType ?? "asset";
  return job.targetAssetId === undefined
    ? `a new ${kind} for ${creatorWords(job.creator)}`
    : `a new version of Model ${job.targetAssetId}`;
}

function stageLine(job: UploadJob, progress: UploadProgress): string {
  switch (job.stage) {
    case "downloading":
      return "⏳ Downloading the file from Discord and checking what it is…";
    case "uploading":
      return `⏳ Uploading to Roblox… ${formatBytes(progress.bytesSent ?? 0)} of ${formatBytes(job.size)}`;
    case "waiting":
      return progress.stillProcessing
        ? `⏳ Roblox is still processing it after ${duration(progress.waitedMs ?? 0)}. This message can no longer be updated: run \`/uploads\` later to see the result, or look at ${CREATIONS_URL}.`
        : `⏳ Waiting for Roblox to process it (${duration(progress.waitedMs ?? 0)} so far)…`;
    default:
      return "";
  }
}

const MODERATION_WORDS = {
  approved: "Approved",
  reviewing: "Under review: Roblox is still checking it, and it may not show until approved",
} as const;

function resultEmbed(job: UploadJob, result: UploadResult): APIEmbed {
  const name = quoteInput(job.displayName);
  switch (result.kind) {
    case "approved":
    case "reviewing":
      return {
        title: job.targetAssetId === undefined ? "Uploaded to Roblox" : "New version uploaded",
        url: robloxLinks.library(result.assetId),
        color: result.kind === "approved" ? SUCCESS_COLOR : WARNING_COLOR,
        description: `${name} is now ${job.targetAssetId === undefined ? what(job) : `version ${result.revisionId ?? "?"} of Model ${result.assetId}`}.`,
        fields: [
          { name: "Asset ID", value: result.assetId, inline: true },
          {
            name: "Moderation",
            value: result.note === undefined ? MODERATION_WORDS[result.kind] : result.note,
            inline: true,
          },
          { name: "Link", value: robloxLinks.library(result.assetId) },
        ],
      };
    case "rejected":
      return {
        title: "Rejected by Roblox moderation",
        color: FAILURE_COLOR,
        description: `${name} was not accepted: ${result.reason}`,
        fields:
          result.assetId === undefined ? [] : [{ name: "Asset ID", value: result.assetId, inline: true }],
      };
    case "failed":
      return {
        title: "Upload failed",
        color: FAILURE_COLOR,
        description: result.reason,
      };
    case "interrupted":
      return { title: "Upload interrupted", color: WARNING_COLOR, description: result.reason };
    case "timeout":
      return { title: "Still processing", color: WARNING_COLOR, description: result.reason };
  }
}

/** The reply of an upload at any stage: progress while it runs, the result at the end. */
export function uploadReply(
  job: UploadJob,
  progress: UploadProgress = {},
): RESTPatchAPIWebhookWithTokenMessageJSONBody {
  const embed: APIEmbed =
    job.stage === "finished" && job.result !== undefined
      ? resultEmbed(job, job.result)
      : {
          title: `Uploading ${quoteInput(job.displayName)}`,
          color: EMBED_COLOR,
          description: `${stageLine(job, progress)}\n\nThis will be ${what(job)}.`,
        };
  embed.footer = {
    text: `File: ${truncateFileName(job.fileName)} · ${formatBytes(job.size)}${job.fileLabel ? ` · ${job.fileLabel}` : ""}`,
  };
  return { content: "", embeds: [embed], components: [], allowed_mentions: { parse: [] } };
}

function truncateFileName(name: string): string {
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

function resultLine(job: UploadJob): string {
  const result = job.result;
  if (job.stage !== "finished" || result === undefined) {
    return job.operationId === undefined ? "in progress" : "Roblox is still processing it";
  }
  switch (result.kind) {
    case "approved":
      return `✅ asset ${result.assetId}, approved: ${robloxLinks.library(result.assetId)}`;
    case "reviewing":
      return result.note === undefined
        ? `🕓 asset ${result.assetId}, under review: ${robloxLinks.library(result.assetId)}`
        : `🕓 asset ${result.assetId}: ${result.note} ${robloxLinks.library(result.assetId)}`;
    case "rejected":
      return `⛔ rejected by moderation: ${result.reason}`;
    case "failed":
      return `❌ ${result.reason}`;
    case "interrupted":
      return `⚠️ ${result.reason}`;
    case "timeout":
      return `🕓 ${result.reason}`;
  }
}

/** The invoking member's recent uploads, newest first. */
export function uploadsListEmbed(jobs: readonly UploadJob[]): APIEmbed {
  if (jobs.length === 0) {
    return {
      title: "Your uploads",
      color: EMBED_COLOR,
      description: "You have not uploaded anything recently.",
    };
  }
  return {
    title: "Your uploads",
    color: EMBED_COLOR,
    fields: jobs.slice(0, 10).map((job) => ({
      name: quoteInput(job.displayName).slice(0, 256),
      value: `<t:${Math.floor(job.createdAt / 1000)}:R> · ${resultLine(job)}`.slice(0, 1024),
    })),
  };
}
