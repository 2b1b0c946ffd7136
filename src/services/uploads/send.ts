import { createHash } from "node:crypto";
import { UserError } from "../../errors.js";
import type { OpenCloudAuth } from "../opencloud/auth.js";
import type { OpenCloudClient } from "../opencloud/index.js";
import { OpenCloudError, refusalsOf } from "../opencloud/index.js";
import type { Download } from "./download.js";
import { explainUploadError } from "./explain.js";
import type { Inspection } from "./inspect.js";
import type { UploadJob, UploadJobStore } from "./jobs.js";
import type { AudioQuotaCheck } from "./quota.js";
import type { Upload, UploadRecorder, UploadRenderer } from "./record.js";

/** What Create and Update Asset need (spec `x-roblox-scopes`). */
const UPLOAD_SCOPES = ["asset:read", "asset:write"] as const;

export interface SendDeps {
  readonly roblox: OpenCloudClient;
  readonly records: UploadJobStore;
  readonly recorder: UploadRecorder;
  readonly audioQuota: AudioQuotaCheck;
  readonly render: UploadRenderer;
  readonly now: () => number;
  /** Aborted when the service closes. */
  readonly signal: AbortSignal;
  /** The member's own token for an upload to their account (UserError when their grant cannot give one). */
  readonly memberAuth: MemberAuth;
}

/** The bearer credential of `job.grantOf`'s grant; undefined for uploads to the operator's account. */
export type MemberAuth = (job: UploadJob) => Promise<OpenCloudAuth | undefined>;

/**
 * The upload's one create (or update) call, the file streamed from the download into it. An audio
 * quota already spent is refused first (UserError, nothing sent). Once Roblox answered, the record
 * waits for its operation; a failed call ends it with the failure in plain words.
 */
export async function send(
  deps: SendDeps,
  upload: Upload,
  download: Download,
  inspected: Inspection,
  description: string,
): Promise<void> {
  const { job, editor, log } = upload;
  // Set before the quota check: a refused audio upload's record still says what it was.
  job.assetType = inspected.assetType;
  let auth: OpenCloudAuth | undefined;
  try {
    auth = await deps.memberAuth(job);
    // The operator's audio quota is read with the bot's key, a member's own with their token.
    if (job.assetType === "Audio") await deps.audioQuota.ensureRoom(job.creator, auth);
  } catch (error) {
    download.cancel();
    await deps.recorder.refuse(upload, error);
    throw error;
  }
  const withAuth = auth === undefined ? {} : { auth };
  job.fileKind = inspected.kind.id;
  job.stage = "uploading";
  await deps.records.save(job);
  log.info(
    { assetType: job.assetType, size: job.size, update: job.targetAssetId !== undefined },
    "upload started",
  );
  void editor.progress(deps.render(job, { bytesSent: 0 }), true);

  let streamError: unknown;
  const sent = { bytes: 0 };
  // The upload log's fingerprint of the bytes, taken chunk by chunk as they go to Roblox (nothing kept).
  const hash = createHash("sha256");
  let sha256: string | undefined;
  async function* counted(): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of download.body) {
        sent.bytes += chunk.byteLength;
        hash.update(chunk);
        void editor.progress(deps.render(job, { bytesSent: sent.bytes }));
        yield chunk;
      }
      sha256 = hash.digest("hex");
    } catch (error) {
      streamError = error;
      throw error;
    }
  }
  const file = {
    stream: counted(),
    // Discord's declared size is only a claim: the CDN's Content-Length is what will really arrive.
    size: download.contentLength ?? job.size,
    contentType: inspected.contentType,
    fileName: inspected.uploadFileName,
  };
  const { assetType } = inspected;
  const { displayName, creator } = job;
  try {
    const operation =
      job.targetAssetId === undefined
        ? await deps.roblox.assets.createAsset(
            { assetType, displayName, description, creator, file },
            { signal: deps.signal, ...withAuth },
          )
        : await deps.roblox.assets.updateAsset(job.targetAssetId, file, { signal: deps.signal, ...withAuth });
    job.operationId = operation.operationId;
    if (sha256 !== undefined) job.sha256 = sha256;
    job.stage = "waiting";
    job.waitingSince = deps.now();
    await deps.records.save(job);
    log.info({ operationId: operation.operationId }, "upload accepted by Roblox");
    await editor.progress(deps.render(job, { waitedMs: 0 }), true);
  } catch (error) {
    download.cancel();
    if (deps.signal.aborted) return;
    if (streamError instanceof UserError) {
      await deps.recorder.finish(upload, { kind: "failed", reason: streamError.text, nothingSent: true });
      await deps.recorder.giveBack(job);
      return;
    }
    log.warn(
      {
        err:
          error instanceof OpenCloudError
            ? { kind: error.kind, status: error.status, code: error.code }
            : String(error),
      },
      "upload call failed",
    );
    const explained = await refusalsOf(deps.roblox).explain(error, UPLOAD_SCOPES);
    await deps.recorder.finish(upload, explainUploadError(explained, job.targetAssetId));
  }
}
