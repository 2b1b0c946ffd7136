import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Dispatcher } from "undici";
import type { UploadCreator } from "../../../config.js";
import { isUserError, UserError } from "../../../errors.js";
import type { LocaleId } from "../../../i18n/locales.js";
import { type Message, message } from "../../../i18n/types.js";
import type { JobContext, Jobs } from "../../../jobs/index.js";
import type { Logger } from "../../../logger.js";
import type { StorePrimitives } from "../../../store/primitives/index.js";
import { type OpenCloudClient, OpenCloudError, refusalsOf } from "../../opencloud/index.js";
import { openDownload } from "../download.js";
import { explainLimit, explainUploadError } from "../explain.js";
import { type FileKind, sniffFileKind, uploadFileName } from "../inspect.js";
import type { UploadLimits } from "../limits.js";
import { displayNameFor, type Preflight } from "../preflight.js";
import type { AudioQuotaCheck } from "../quota.js";
import type { ReplyBody, ReplyEditor, ReplyEditors } from "../reply.js";
import { type JournalEntry, UploadJournal } from "./journal.js";
import type { ZipFileResult } from "./mapping.js";
import { type CheckedZip, checkZip, looksLikeZip, type ZipLimits, type ZipMember } from "./reader.js";

export const ZIP_UPLOAD_JOB = "upload-zip";
const UPLOAD_SCOPES = ["asset:read", "asset:write"] as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How long one file's operation is polled before it is reported as still processing. */
const OPERATION_DEADLINE_MS = 120_000;

/** A zip upload as stored: one per interaction, its files' outcomes kept in the upload log (the journal). */
export interface ZipUpload {
  readonly id: string;
  readonly userId: string;
  readonly guildId: string;
  readonly applicationId: string;
  /** A secret, dropped once the upload is finished. */
  interactionToken?: string;
  readonly interactionCreatedAt: number;
  readonly createdAt: number;
  readonly fileName: string;
  readonly url: string;
  readonly creator: UploadCreator;
  readonly description: string;
  readonly locale?: LocaleId;
  stage: "running" | "finished";
  replyOpen: boolean;
  /** Why the whole zip was refused, when it was. */
  refusal?: Message;
}

/** What the reply shows: the stage, n of N, and every file's outcome so far. */
export interface ZipProgress {
  readonly phase: "downloading" | "checking" | "uploading" | "finished";
  /** Distinct supported files handled so far, and their number. */
  readonly done: number;
  readonly total: number;
  readonly results: readonly ZipFileResult[];
}

export type ZipRenderer = (upload: ZipUpload, progress: ZipProgress) => ReplyBody;

export interface ZipUploadDeps {
  readonly roblox: OpenCloudClient;
  readonly primitives: StorePrimitives;
  readonly jobs: Jobs;
  readonly replies: ReplyEditors;
  readonly render: ZipRenderer;
  readonly limits: ZipLimits;
  readonly uploadLimits: UploadLimits;
  readonly audioQuota: AudioQuotaCheck;
  readonly dispatcher: Dispatcher;
  readonly logger: Logger;
  readonly now: () => number;
  readonly signal: AbortSignal;
}

const recordKey = (id: string) => `upload-zip:${id}`;

/** The extensions a file's name may carry for its kind without being called renamed. */
const NAME_EXTENSIONS: Partial<Record<FileKind["id"], readonly string[]>> = { jpeg: ["jpg", "jpeg"] };

function renamed(name: string, kind: FileKind): string | undefined {
  const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  const fits = NAME_EXTENSIONS[kind.id] ?? [kind.extension];
  const base = name.slice(name.lastIndexOf("/") + 1);
  return fits.includes(extension) ? undefined : uploadFileName(base, kind);
}

const ASSET_TYPE = { image: "Decal", audio: "Audio", model: "Model" } as const;

/**
 * `/upload` of a zip: every supported file inside is uploaded once, as a job. The job downloads the
 * zip to a temporary file, checks all of it (limits, paths, encryption, nested zips) before the first
 * Roblox request, then sends each new distinct file, writing the upload log by SHA-256 around every
 * create: run again after a restart, it downloads the zip again and skips what the log has.
 */
export class ZipUploads {
  readonly #deps: ZipUploadDeps;
  readonly #journal: UploadJournal;

  constructor(deps: ZipUploadDeps) {
    this.#deps = deps;
    this.#journal = new UploadJournal(deps.primitives);
    deps.jobs.define<{ uploadId: string }>(ZIP_UPLOAD_JOB, (run) => this.#run(run));
  }

  /** Records the zip upload and queues its job; refusals before that throw UserError. */
  async start(checked: Preflight): Promise<void> {
    const { job } = checked;
    const { primitives } = this.#deps;
    if ((await primitives.get(recordKey(job.id))) !== undefined) return;
    explainLimit(await this.#deps.uploadLimits.take(job.userId, job.guildId));
    const upload: ZipUpload = {
      id: job.id,
      userId: job.userId,
      guildId: job.guildId,
      applicationId: job.applicationId,
      ...(job.interactionToken === undefined ? {} : { interactionToken: job.interactionToken }),
      interactionCreatedAt: job.interactionCreatedAt,
      createdAt: job.createdAt,
      fileName: job.fileName,
      url: checked.url.href,
      creator: job.creator,
      description: checked.description,
      ...(job.locale === undefined ? {} : { locale: job.locale }),
      stage: "running",
      replyOpen: true,
    };
    if (!(await primitives.setIfAbsent(recordKey(job.id), JSON.stringify(upload), 2 * DAY_MS))) return;
    const editor = this.#editor(upload);
    void editor.progress(this.#deps.render(upload, { phase: "downloading", done: 0, total: 0, results: [] }));
    await this.#deps.jobs.enqueue(ZIP_UPLOAD_JOB, { uploadId: job.id }, { id: `upload-zip-${job.id}` });
  }

  #editor(upload: ZipUpload): ReplyEditor {
    return this.#deps.replies.open(upload, this.#deps.logger.child({ zipUploadId: upload.id }));
  }

  /** Writes the record; a finished one keeps no token (the open editor still has it for its last edit). */
  async #save(upload: ZipUpload): Promise<void> {
    const { interactionToken, ...rest } = upload;
    const kept = upload.stage === "finished" ? rest : upload;
    await this.#deps.primitives.set(recordKey(upload.id), JSON.stringify(kept), 30 * DAY_MS);
  }

  async #run(run: JobContext<{ uploadId: string }>): Promise<void> {
    const raw = await this.#deps.primitives.get(recordKey(run.data.uploadId));
    if (raw === undefined) return;
    const upload = JSON.parse(raw) as ZipUpload;
    if (upload.stage === "finished") return;
    const log = this.#deps.logger.child({ zipUploadId: upload.id });
    if (run.run > 1) log.info("resuming a zip upload");
    const editor = this.#editor(upload);
    const signal = AbortSignal.any([run.signal, this.#deps.signal]);
    const folder = await mkdtemp(join(tmpdir(), "zip-upload-"));
    let zip: CheckedZip | undefined;
    try {
      const path = join(folder, "upload.zip");
      await this.#download(upload, path, signal);
      void editor.progress(
        this.#deps.render(upload, { phase: "checking", done: 0, total: 0, results: [] }),
        true,
      );
      zip = await checkZip(path, this.#deps.limits, signal);
      const results = await this.#uploadAll(upload, zip, editor, signal, run.run);
      // Stopped (the process is closing): the job is handed back below, so the next start goes on.
      signal.throwIfAborted();
      upload.stage = "finished";
      await this.#save(upload);
      const total = results.filter((r) => r.state !== "duplicate" && r.state !== "unsupported").length;
      await editor.final(this.#deps.render(upload, { phase: "finished", done: total, total, results }));
      log.info({ files: results.length }, "zip upload finished");
    } catch (error) {
      // Stopped, not failed: the engine hands a job back only when its handler throws.
      if (signal.aborted) throw error;
      if (!isUserError(error)) log.error({ err: error }, "zip upload failed");
      upload.refusal = isUserError(error) ? error.text : message("upload.botSide");
      upload.stage = "finished";
      await this.#save(upload);
      await editor.final(this.#deps.render(upload, { phase: "finished", done: 0, total: 0, results: [] }));
    } finally {
      zip?.close();
      await rm(folder, { recursive: true, force: true });
      await editor.settled();
    }
  }

  /** The zip to a temporary file, its size checked while it streams; never held in memory whole. */
  async #download(upload: ZipUpload, path: string, signal: AbortSignal): Promise<void> {
    const download = await openDownload(new URL(upload.url), {
      maxBytes: this.#deps.limits.maxZipBytes,
      dispatcher: this.#deps.dispatcher,
      signal,
    });
    if (!looksLikeZip(download.head)) {
      download.cancel();
      throw new UserError(message("zip.notZip"));
    }
    try {
      await pipeline(Readable.from(download.body), createWriteStream(path));
    } catch (error) {
      if (isUserError(error)) throw error;
      throw new UserError(message("upload.downloadBroke"));
    }
  }

  async #uploadAll(
    upload: ZipUpload,
    zip: CheckedZip,
    editor: ReplyEditor,
    signal: AbortSignal,
    run: number,
  ): Promise<ZipFileResult[]> {
    const firstOf = new Map<string, string>();
    const planned: { member: ZipMember; kind: FileKind }[] = [];
    const results: (ZipFileResult | undefined)[] = [];
    for (const member of zip.members) {
      const kind = sniffFileKind(member.head);
      const first = firstOf.get(member.sha256);
      if (kind === undefined) {
        results.push({ name: member.name, state: "unsupported" });
      } else if (first !== undefined) {
        results.push({ name: member.name, state: "duplicate", duplicateOf: first });
      } else {
        firstOf.set(member.sha256, member.name);
        planned.push({ member, kind });
        results.push(undefined);
      }
    }
    const total = planned.length;
    let done = 0;
    // The zip's start took one upload of the server's day: its first create (in its first run) uses it.
    let startSlot = run === 1;
    const snapshot = () => results.filter((r): r is ZipFileResult => r !== undefined);
    const show = (force: boolean) =>
      void editor.progress(
        this.#deps.render(upload, { phase: "uploading", done, total, results: snapshot() }),
        force,
      );
    show(true);
    for (const { member, kind } of planned) {
      if (signal.aborted) return snapshot();
      const result = await this.#one(upload, zip, member, kind, signal, () => {
        const free = startSlot;
        startSlot = false;
        return free;
      });
      results[results.findIndex((r, i) => r === undefined && zip.members[i] === member)] = result;
      done += 1;
      show(false);
    }
    // Duplicates take their first copy's asset.
    const byName = new Map(snapshot().map((r) => [r.name, r]));
    return snapshot().map((r) => {
      if (r.state !== "duplicate" || r.duplicateOf === undefined) return r;
      const first = byName.get(r.duplicateOf);
      return first?.assetId === undefined
        ? r
        : { ...r, assetId: first.assetId, ...(first.assetType ? { assetType: first.assetType } : {}) };
    });
  }

  /** One distinct file: skipped when the log has its bytes, else one create and its operation followed. */
  async #one(
    upload: ZipUpload,
    zip: CheckedZip,
    member: ZipMember,
    kind: FileKind,
    signal: AbortSignal,
    startSlot: () => boolean,
  ): Promise<ZipFileResult> {
    const { creator } = upload;
    const assetType = ASSET_TYPE[kind.family];
    const newName = renamed(member.name, kind);
    const base = { name: member.name, assetType, ...(newName === undefined ? {} : { renamedTo: newName }) };
    if (!(await this.#journal.claim(creator, member.sha256, upload.id))) {
      const entry = await this.#journal.get(creator, member.sha256);
      return this.#resume(upload, member, base, entry, signal);
    }
    const failed = async (reason: Message, forget: boolean): Promise<ZipFileResult> => {
      if (forget) await this.#journal.forget(creator, member.sha256);
      return { ...base, state: "failed", reason };
    };
    try {
      if (assetType === "Audio") await this.#deps.audioQuota.ensureRoom(creator);
      if (!startSlot() && !(await this.#deps.uploadLimits.takeOne(upload.guildId))) {
        return failed(message("zip.dailyCap"), true);
      }
    } catch (error) {
      return failed(isUserError(error) ? error.text : message("upload.botSide"), true);
    }
    let operationId: string;
    try {
      const stream = await zip.open(member);
      const operation = await this.#deps.roblox.assets.createAsset(
        {
          assetType,
          displayName: displayNameFor(undefined, member.name.slice(member.name.lastIndexOf("/") + 1)),
          description: upload.description,
          creator,
          file: {
            stream,
            size: member.size,
            contentType: kind.contentType,
            fileName: uploadFileName(member.name.slice(member.name.lastIndexOf("/") + 1), kind),
          },
        },
        { signal },
      );
      operationId = operation.operationId;
    } catch (error) {
      if (signal.aborted) return { ...base, state: "interrupted", reason: message("upload.interrupted") };
      const explained = await refusalsOf(this.#deps.roblox).explain(error, UPLOAD_SCOPES);
      const outcome = explainUploadError(explained, undefined);
      // A clear refusal created nothing: the bytes may be tried again later. Anything else may have.
      const refused = error instanceof OpenCloudError && error.status >= 400 && error.status < 500;
      return failed("reason" in outcome ? outcome.reason : message("zip.failed"), refused);
    }
    await this.#journal.set(creator, member.sha256, { state: "sent", by: upload.id, operationId, assetType });
    return this.#follow(upload, member, base, operationId, signal);
  }

  /** Bytes the log already has: the asset, the operation to follow, or a send that may have happened. */
  #resume(
    upload: ZipUpload,
    member: ZipMember,
    base: Pick<ZipFileResult, "name" | "assetType" | "renamedTo">,
    entry: JournalEntry | undefined,
    signal: AbortSignal,
  ): Promise<ZipFileResult> | ZipFileResult {
    if (entry?.assetId !== undefined) {
      const state = entry.by === upload.id ? "uploaded" : "existing";
      return {
        ...base,
        ...(entry.assetType ? { assetType: entry.assetType } : {}),
        state,
        assetId: entry.assetId,
      };
    }
    if (entry?.operationId !== undefined)
      return this.#follow(upload, member, base, entry.operationId, signal);
    return { ...base, state: "interrupted", reason: message("upload.interrupted") };
  }

  async #follow(
    upload: ZipUpload,
    member: ZipMember,
    base: Pick<ZipFileResult, "name" | "assetType" | "renamedTo">,
    operationId: string,
    signal: AbortSignal,
  ): Promise<ZipFileResult> {
    try {
      const outcome = await this.#deps.roblox.assets.waitForOperation(operationId, {
        deadlineMs: OPERATION_DEADLINE_MS,
        signal,
      });
      if (outcome.status === "approved" || outcome.status === "reviewing") {
        const assetId = String(outcome.asset.assetId);
        const entry: JournalEntry = {
          state: "done",
          by: upload.id,
          operationId,
          assetId,
          ...(base.assetType ? { assetType: base.assetType } : {}),
        };
        await this.#journal.set(upload.creator, member.sha256, entry);
        return { ...base, state: "uploaded", assetId };
      }
      if (outcome.status === "timeout") {
        return { ...base, state: "failed", reason: message("zip.stillProcessing") };
      }
      await this.#journal.forget(upload.creator, member.sha256);
      return {
        ...base,
        state: "failed",
        reason: message(outcome.status === "rejected" ? "zip.rejected" : "zip.failed"),
      };
    } catch {
      if (signal.aborted) return { ...base, state: "interrupted", reason: message("upload.interrupted") };
      return { ...base, state: "failed", reason: message("zip.stillProcessing") };
    }
  }
}
