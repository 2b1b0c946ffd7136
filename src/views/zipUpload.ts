import type { APIEmbed, APIEmbedField } from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import type { ZipFileResult, ZipProgress, ZipUpload } from "../services/uploads/index.js";
import { mappingJson, mappingLuau } from "../services/uploads/zip/mapping.js";
import { cleanInput, truncate } from "../text/format.js";
import { EMBED_COLOR, FAILURE_COLOR, SUCCESS_COLOR, WARNING_COLOR } from "./links.js";

/** The result files attached at the end. */
export const MAPPING_JSON = "assets.json";
export const MAPPING_LUAU = "Assets.luau";

const FIELD_MAX = 1024;

function field(name: string, lines: readonly string[]): APIEmbedField[] {
  if (lines.length === 0) return [];
  return [{ name, value: truncate(lines.join("\n"), FIELD_MAX) }];
}

const nameOf = (name: string) => cleanInput(name);

function fields(t: Translator, results: readonly ZipFileResult[]): APIEmbedField[] {
  const of = (state: ZipFileResult["state"]) => results.filter((r) => r.state === state);
  const failed = results.filter((r) => r.state === "failed" || r.state === "interrupted");
  return [
    ...field(
      t.t("zip.view.failures"),
      failed.map((r) =>
        t.t("zip.view.failureLine", {
          name: nameOf(r.name),
          reason: r.reason === undefined ? "" : t.render(r.reason),
        }),
      ),
    ),
    ...field(
      t.t("zip.view.renamed"),
      results.flatMap((r) =>
        r.renamedTo === undefined
          ? []
          : [t.t("zip.view.renamedLine", { name: nameOf(r.name), as: nameOf(r.renamedTo) })],
      ),
    ),
    ...field(
      t.t("zip.view.unsupported"),
      of("unsupported").map((r) => nameOf(r.name)),
    ),
    ...field(
      t.t("zip.view.duplicates"),
      of("duplicate").map((r) =>
        t.t("zip.view.duplicateLine", { name: nameOf(r.name), first: nameOf(r.duplicateOf ?? "") }),
      ),
    ),
  ];
}

/** The reply of a zip upload: the stage, n of N, the outcomes so far, and at the end the mapping files. */
export function zipUploadReply(t: Translator, upload: ZipUpload, progress: ZipProgress) {
  const base = { content: "", components: [], allowed_mentions: { parse: [] } };
  if (upload.refusal !== undefined) {
    const embed: APIEmbed = {
      title: t.t("zip.view.title.refused"),
      color: FAILURE_COLOR,
      description: t.render(upload.refusal),
    };
    return { ...base, embeds: [embed] };
  }
  const { results } = progress;
  const count = (...states: ZipFileResult["state"][]) =>
    results.filter((r) => states.includes(r.state)).length;
  if (progress.phase !== "finished") {
    const line =
      progress.phase === "downloading"
        ? t.t("zip.view.downloading")
        : progress.phase === "checking"
          ? t.t("zip.view.checking")
          : t.t("zip.view.progress", { done: progress.done, total: progress.total });
    const embed: APIEmbed = {
      title: t.t("zip.view.title.working"),
      color: EMBED_COLOR,
      description: line,
      fields: fields(t, results),
    };
    return { ...base, embeds: [embed] };
  }
  const failed = count("failed", "interrupted");
  const embed: APIEmbed = {
    title: t.t("zip.view.title.done"),
    color: failed > 0 ? WARNING_COLOR : SUCCESS_COLOR,
    description: [
      t.t("zip.view.progress", { done: progress.done, total: progress.total }),
      t.t("zip.view.summary", {
        uploaded: count("uploaded"),
        existing: count("existing"),
        duplicates: count("duplicate"),
        unsupported: count("unsupported"),
        failed,
      }),
      t.t("zip.view.files", { json: MAPPING_JSON, luau: MAPPING_LUAU }),
    ].join("\n"),
    fields: fields(t, results),
  };
  return {
    ...base,
    embeds: [embed],
    attachments: [
      { id: "0", filename: MAPPING_JSON },
      { id: "1", filename: MAPPING_LUAU },
    ],
    files: [
      { name: MAPPING_JSON, data: Buffer.from(mappingJson(results)), contentType: "application/json" },
      { name: MAPPING_LUAU, data: Buffer.from(mappingLuau(results)), contentType: "text/plain" },
    ],
  };
}
