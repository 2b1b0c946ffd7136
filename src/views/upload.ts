import type { APIEmbed, RESTPatchAPIWebhookWithTokenMessageJSONBody } from "discord-api-types/v10";
import type { UploadCreator } from "../config.js";
import type { Translator } from "../i18n/translator.js";
import type { UploadJob, UploadProgress, UploadResult } from "../services/uploads/jobs.js";
import { cleanInput, truncate } from "../text/format.js";
import { EMBED_COLOR, FAILURE_COLOR, robloxLinks, SUCCESS_COLOR, WARNING_COLOR } from "./links.js";

export const CREATIONS_URL = "https://create.roblox.com/dashboard/creations";

function quoted(t: Translator, typed: string): string {
  return t.t("quote.input", { text: cleanInput(typed) });
}

export function creatorWords(t: Translator, creator: UploadCreator): string {
  return "userId" in creator
    ? t.t("upload.creatorUser", { id: creator.userId })
    : t.t("upload.creatorGroup", { id: creator.groupId });
}

function what(t: Translator, job: UploadJob): string {
  if (job.targetAssetId !== undefined) return t.t("upload.newVersion", { id: job.targetAssetId });
  const type = job.assetType === undefined ? t.t("upload.assetWord") : t.t(`assetType.${job.assetType}`);
  return t.t("upload.newAsset", { type, creator: creatorWords(t, job.creator) });
}

function stageLine(t: Translator, job: UploadJob, progress: UploadProgress): string {
  switch (job.stage) {
    case "approval":
      return t.t("approval.waiting", { channel: `<#${job.approval?.channelId ?? ""}>` });
    case "downloading":
      return t.t("upload.downloading");
    case "uploading":
      return t.t("upload.uploading", { sent: { bytes: progress.bytesSent ?? 0 }, size: { bytes: job.size } });
    case "waiting": {
      const waited = { durationMs: progress.waitedMs ?? 0 };
      return progress.stillProcessing
        ? t.t("upload.stillProcessing", { waited, url: CREATIONS_URL })
        : t.t("upload.waiting", { waited });
    }
    default:
      return "";
  }
}

function resultEmbed(t: Translator, job: UploadJob, result: UploadResult): APIEmbed {
  const name = quoted(t, job.displayName);
  switch (result.kind) {
    case "approved":
    case "reviewing":
      return {
        title: t.t(job.targetAssetId === undefined ? "upload.uploadedTitle" : "upload.versionTitle"),
        url: robloxLinks.library(result.assetId),
        color: result.kind === "approved" ? SUCCESS_COLOR : WARNING_COLOR,
        description: t.t("upload.isNow", {
          name,
          what:
            job.targetAssetId === undefined
              ? what(t, job)
              : t.t("upload.versionOf", { revision: result.revisionId ?? "?", id: result.assetId }),
        }),
        fields: [
          { name: t.t("upload.assetId"), value: result.assetId, inline: true },
          {
            name: t.t("upload.moderation"),
            value:
              result.note === undefined
                ? t.t(result.kind === "approved" ? "upload.approved" : "upload.reviewing")
                : t.render(result.note),
            inline: true,
          },
          { name: t.t("upload.link"), value: robloxLinks.library(result.assetId) },
        ],
      };
    case "rejected":
      return {
        title: t.t("upload.rejectedTitle"),
        color: FAILURE_COLOR,
        description: t.t("upload.notAccepted", { name, reason: t.render(result.reason) }),
        fields:
          result.assetId === undefined
            ? []
            : [{ name: t.t("upload.assetId"), value: result.assetId, inline: true }],
      };
    case "failed":
      return { title: t.t("upload.failedTitle"), color: FAILURE_COLOR, description: t.render(result.reason) };
    case "interrupted":
      return {
        title: t.t("upload.interruptedTitle"),
        color: WARNING_COLOR,
        description: t.render(result.reason),
      };
    case "timeout":
      return {
        title: t.t("upload.timeoutTitle"),
        color: WARNING_COLOR,
        description: t.render(result.reason),
      };
  }
}

export function fileKindWords(t: Translator, job: UploadJob): string | undefined {
  if (job.fileKind !== undefined) return t.t(`fileLabel.${job.fileKind}`);
  return job.fileLabel;
}

/** The reply of an upload at any stage: progress while it runs, the result at the end. */
export function uploadReply(
  t: Translator,
  job: UploadJob,
  progress: UploadProgress = {},
): RESTPatchAPIWebhookWithTokenMessageJSONBody {
  const embed: APIEmbed =
    job.stage === "finished" && job.result !== undefined
      ? resultEmbed(t, job, job.result)
      : {
          title: t.t("upload.uploadingTitle", { name: quoted(t, job.displayName) }),
          color: EMBED_COLOR,
          description: t.t("upload.willBe", { stage: stageLine(t, job, progress), what: what(t, job) }),
        };
  const file = truncate(job.fileName, 80);
  const kind = fileKindWords(t, job);
  embed.footer = {
    text:
      kind === undefined
        ? t.t("upload.footer", { file, size: { bytes: job.size } })
        : t.t("upload.footerKind", { file, size: { bytes: job.size }, kind }),
  };
  return { content: "", embeds: [embed], components: [], allowed_mentions: { parse: [] } };
}

function resultLine(t: Translator, job: UploadJob): string {
  const result = job.result;
  if (job.stage !== "finished" || result === undefined) {
    return t.t(job.operationId === undefined ? "upload.inProgress" : "upload.processing");
  }
  switch (result.kind) {
    case "approved":
      return t.t("upload.lineApproved", { id: result.assetId, url: robloxLinks.library(result.assetId) });
    case "reviewing":
      return result.note === undefined
        ? t.t("upload.lineReviewing", { id: result.assetId, url: robloxLinks.library(result.assetId) })
        : t.t("upload.lineNote", {
            id: result.assetId,
            note: t.render(result.note),
            url: robloxLinks.library(result.assetId),
          });
    case "rejected":
      return t.t("upload.lineRejected", { reason: t.render(result.reason) });
    case "failed":
      return `❌ ${t.render(result.reason)}`;
    case "interrupted":
      return `⚠️ ${t.render(result.reason)}`;
    case "timeout":
      return `🕓 ${t.render(result.reason)}`;
  }
}

/** The invoking member's recent uploads, newest first. */
export function uploadsListEmbed(t: Translator, jobs: readonly UploadJob[]): APIEmbed {
  if (jobs.length === 0) {
    return { title: t.t("upload.listTitle"), color: EMBED_COLOR, description: t.t("upload.listEmpty") };
  }
  return {
    title: t.t("upload.listTitle"),
    color: EMBED_COLOR,
    fields: jobs.slice(0, 10).map((job) => ({
      name: truncate(quoted(t, job.displayName), 256),
      value: truncate(`<t:${Math.floor(job.createdAt / 1000)}:R> · ${resultLine(t, job)}`, 1024),
    })),
  };
}
