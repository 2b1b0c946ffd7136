import type { APIEmbed } from "discord-api-types/v10";
import { logStateOf, type UploadJob } from "../services/uploads/index.js";
import { formatBytes, quoteInput } from "../text/format.js";
import { EMBED_COLOR } from "./links.js";
import { creatorWords } from "./upload.js";

const STATE_WORDS: Record<ReturnType<typeof logStateOf>, string> = {
  approved: "✅ approved",
  reviewing: "🕓 under review",
  rejected: "⛔ rejected",
  failed: "❌ failed",
  interrupted: "⚠️ interrupted",
  "in-progress": "⏳ in progress",
};

function assetPart(job: UploadJob): string {
  const result = job.result;
  const assetId =
    result !== undefined && "assetId" in result && result.assetId !== undefined
      ? result.assetId
      : job.targetAssetId;
  if (assetId === undefined) return "no asset";
  const version = result !== undefined && "revisionId" in result ? result.revisionId : undefined;
  return version === undefined ? `asset ${assetId}` : `asset ${assetId} v${version}`;
}

/** One upload as the log shows it: who, when, the file and its fingerprint, where it went, and its state. */
export function logLine(job: UploadJob): string {
  // Records written before the fingerprint was kept have none.
  const sha = job.sha256 === undefined ? "SHA-256 not recorded" : `SHA-256 \`${job.sha256}\``;
  return [
    `<@${job.userId}> · <t:${Math.floor(job.createdAt / 1000)}:f>`,
    `${quoteInput(job.fileName).slice(0, 100)} · ${formatBytes(job.size)} · ${sha}`,
    `${creatorWords(job.creator)} · ${assetPart(job)} · ${STATE_WORDS[logStateOf(job)]}`,
  ].join("\n");
}

export function uploadLogEmbed(jobs: readonly UploadJob[], title: string): APIEmbed {
  if (jobs.length === 0) {
    return { title, color: EMBED_COLOR, description: "No uploads match." };
  }
  return {
    title,
    color: EMBED_COLOR,
    fields: jobs.slice(0, 10).map((job) => ({
      name: quoteInput(job.displayName).slice(0, 256),
      value: logLine(job).slice(0, 1024),
    })),
  };
}

export const UPLOAD_LOG_TITLE = {
  server: "Uploads in this server",
  member: "A member's uploads in this server",
  own: "Your uploads",
};
export const STAFF_ONLY =
  "Only staff (members with the Manage Server permission) can see other members' uploads or the server's log.";

/** The message posted in a server's upload log channel for one finished upload. */
export function uploadLogEntry(job: UploadJob) {
  return {
    embeds: [
      { title: quoteInput(job.displayName).slice(0, 256), color: EMBED_COLOR, description: logLine(job) },
    ],
    allowed_mentions: { parse: [] },
  };
}
export const STAFF_ONLY_REVIEW =
  "Only staff (members with the Manage Server permission) can approve or reject uploads.";
