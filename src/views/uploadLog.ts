import type { APIEmbed } from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import { DELETED_MEMBER } from "../services/privacy/index.js";
import { logStateOf, type UploadJob } from "../services/uploads/index.js";
import { cleanInput, truncate } from "../text/format.js";
import { EMBED_COLOR } from "./links.js";
import { creatorWords } from "./upload.js";

function quoted(t: Translator, typed: string, max: number): string {
  return truncate(t.t("quote.input", { text: cleanInput(typed) }), max);
}

function assetPart(t: Translator, job: UploadJob): string {
  const result = job.result;
  const assetId =
    result !== undefined && "assetId" in result && result.assetId !== undefined
      ? result.assetId
      : job.targetAssetId;
  if (assetId === undefined) return t.t("uploadLog.noAsset");
  const version = result !== undefined && "revisionId" in result ? result.revisionId : undefined;
  return version === undefined
    ? t.t("uploadLog.asset", { id: assetId })
    : t.t("uploadLog.assetVersion", { id: assetId, version });
}

/** Who uploaded: a mention, or "deleted member" once the member deleted their data with /privacy. */
function uploader(t: Translator, job: UploadJob): string {
  return job.userId === DELETED_MEMBER ? t.t("privacy.deletedMember") : `<@${job.userId}>`;
}

/** One upload as the log shows it: who, when, the file and its fingerprint, where it went, and its state. */
export function logLine(t: Translator, job: UploadJob): string {
  // Records written before the fingerprint was kept have none.
  const sha =
    job.sha256 === undefined ? t.t("uploadLog.shaMissing") : t.t("uploadLog.sha", { sha: job.sha256 });
  return [
    `${uploader(t, job)} · <t:${Math.floor(job.createdAt / 1000)}:f>`,
    `${quoted(t, job.fileName, 100)} · ${t.bytes(job.size)} · ${sha}`,
    `${creatorWords(t, job.creator)} · ${assetPart(t, job)} · ${t.t(`uploadLog.state.${logStateOf(job)}`)}`,
  ].join("\n");
}

export type UploadLogTitle = "server" | "member" | "own";

export function uploadLogEmbed(t: Translator, jobs: readonly UploadJob[], title: UploadLogTitle): APIEmbed {
  const heading = t.t(`uploadLog.title.${title}`);
  if (jobs.length === 0) {
    return { title: heading, color: EMBED_COLOR, description: t.t("uploadLog.noMatch") };
  }
  return {
    title: heading,
    color: EMBED_COLOR,
    fields: jobs.slice(0, 10).map((job) => ({
      name: quoted(t, job.displayName, 256),
      value: truncate(logLine(t, job), 1024),
    })),
  };
}

/** The message posted in a server's upload log channel for one finished upload. */
export function uploadLogEntry(t: Translator, job: UploadJob) {
  return {
    embeds: [{ title: quoted(t, job.displayName, 256), color: EMBED_COLOR, description: logLine(t, job) }],
    allowed_mentions: { parse: [] },
  };
}
