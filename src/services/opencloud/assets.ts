import { type ApiContext, type CallOptions, callApi } from "./api.js";
import { type AssetCreator, type AssetOperation, parseAsset, parseOperation } from "./assetModel.js";
import { assetVersionEndpoints } from "./assetVersions.js";
import { OpenCloudError } from "./errors.js";
import { multipartBody, type UploadFile } from "./multipart.js";
import { collectPages } from "./pages.js";
import {
  asRecord,
  badResponse,
  idSegment,
  optionalDate,
  optionalNumber,
  optionalString,
  requireString,
} from "./parse.js";
import { type OperationOutcome, type WaitOptions, waitForOperation } from "./waitOperation.js";

/** Uploads of up to 20 MB: give the server time to read the body before it answers. */
const UPLOAD_HEADERS_TIMEOUT_MS = 120_000;

export type CreatableAssetType = "Audio" | "Decal" | "Image" | "Model" | "Animation" | "Video";

export interface CreateAssetInput {
  assetType: CreatableAssetType;
  displayName: string;
  description: string;
  creator: AssetCreator;
  /** Robux the caller accepts to pay; the operation fails if the fee is higher. */
  expectedPrice?: number;
  file: UploadFile;
}

function uploadCall(method: "POST" | "PATCH", path: string, request: unknown, file: UploadFile) {
  // A plain text field with no part Content-Type, as the docs' curl example and rblxopencloud send it.
  const multipart = multipartBody([{ name: "request", value: JSON.stringify(request) }], "fileContent", file);
  return {
    family: "assets-write" as const,
    method,
    host: "apis" as const,
    path,
    headers: { "content-type": multipart.contentType, "content-length": String(multipart.contentLength) },
    body: multipart.body,
    // Roblox has no idempotency key: a repeated upload could create a second asset.
    idempotent: false,
    headersTimeoutMs: UPLOAD_HEADERS_TIMEOUT_MS,
  };
}

/**
 * Starts an upload. The file is streamed once and the request is never retried, so a failure
 * here means "maybe not created": report it rather than uploading again.
 */
async function createAsset(
  ctx: ApiContext,
  input: CreateAssetInput,
  options: CallOptions = {},
): Promise<AssetOperation> {
  const creator =
    "userId" in input.creator
      ? { userId: idSegment(input.creator.userId, "creator.userId") }
      : { groupId: idSegment(input.creator.groupId, "creator.groupId") };
  const request = {
    assetType: input.assetType,
    displayName: input.displayName,
    description: input.description,
    creationContext: {
      creator,
      ...(input.expectedPrice === undefined ? {} : { expectedPrice: input.expectedPrice }),
    },
  };
  const body = await callApi(ctx, uploadCall("POST", "/assets/v1/assets", request, input.file), options);
  return parseOperation(body);
}

/** Uploads a new version of a Model asset (the only type whose content can be updated). */
async function updateAsset(
  ctx: ApiContext,
  assetId: string | number,
  file: UploadFile,
  options: CallOptions = {},
): Promise<AssetOperation> {
  const id = idSegment(assetId, "assetId");
  const request = { assetId: id, assetType: "Model" };
  const body = await callApi(ctx, uploadCall("PATCH", `/assets/v1/assets/${id}`, request, file), options);
  return parseOperation(body);
}

const READ_MASK =
  "assetId,assetType,displayName,description,creationContext,moderationResult,state,revisionId,revisionCreateTime";

async function getAsset(ctx: ApiContext, assetId: string | number, options: CallOptions = {}) {
  const path = `/assets/v1/assets/${idSegment(assetId, "assetId")}`;
  const body = await callApi(
    ctx,
    { family: "assets-read", method: "GET", host: "apis", path, query: { readMask: READ_MASK } },
    options,
  );
  return parseAsset(body);
}

async function getOperation(
  ctx: ApiContext,
  operationId: string,
  options: CallOptions = {},
): Promise<AssetOperation> {
  if (!/^[A-Za-z0-9_-]+$/.test(operationId)) {
    throw new OpenCloudError({
      kind: "invalid_argument",
      status: 0,
      code: "INVALID_ID",
      message: "operationId has unexpected characters",
    });
  }
  const path = `/assets/v1/operations/${operationId}`;
  return parseOperation(
    await callApi(ctx, { family: "operations", method: "GET", host: "apis", path }, options),
  );
}

/** Polls an operation until it is done or the wait's deadline passes (see waitForOperation). */
function waitForAssetOperation(
  ctx: ApiContext,
  operationId: string,
  options: WaitOptions & CallOptions = {},
): Promise<OperationOutcome> {
  return waitForOperation(
    operationId,
    (id, signal) =>
      getOperation(ctx, id, {
        ...(options.auth === undefined ? {} : { auth: options.auth }),
        ...(signal === undefined ? {} : { signal }),
      }),
    options,
  );
}

/** One of a user's asset quotas, e.g. audio uploads: 15 of 100 used this month. */
export interface AssetQuota {
  /** `RATE_LIMIT_UPLOAD`, `RATE_LIMIT_CREATOR_STORE_DISTRIBUTE`, … */
  quotaType: string;
  /** `AUDIO`, `IMAGE`, `MODEL`, … */
  assetType: string;
  usage: number;
  capacity: number;
  /** `MONTH` or `DAY`. */
  period: string;
  /** When usage goes back to 0; not tied to the calendar. */
  usageResetTime: Date | undefined;
}

function parseAssetQuota(value: unknown): AssetQuota {
  const raw = asRecord(value);
  const usage = optionalNumber(raw?.usage);
  const capacity = optionalNumber(raw?.capacity);
  if (raw === undefined || usage === undefined || capacity === undefined) throw badResponse("asset quota");
  return {
    quotaType: requireString(raw.quotaType, "asset quota quotaType"),
    assetType: requireString(raw.assetType, "asset quota assetType"),
    usage,
    capacity,
    period: optionalString(raw.period) ?? "PERIOD_UNSPECIFIED",
    usageResetTime: optionalDate(raw.usageResetTime),
  };
}

/** Every asset quota of a user (GET /cloud/v2/users/{id}/asset-quotas, all pages). */
async function listAssetQuotas(
  ctx: ApiContext,
  userId: string | number,
  options: CallOptions = {},
): Promise<AssetQuota[]> {
  const path = `/cloud/v2/users/${idSegment(userId, "userId")}/asset-quotas`;
  return collectPages(async (pageToken) => {
    const body = asRecord(
      await callApi(
        ctx,
        { family: "asset-quotas", method: "GET", host: "apis", path, query: { maxPageSize: 100, pageToken } },
        options,
      ),
    );
    const quotas = body?.assetQuotas;
    return {
      items: Array.isArray(quotas) ? quotas.map(parseAssetQuota) : [],
      nextPageToken: optionalString(body?.nextPageToken),
    };
  });
}

export const assetEndpoints = {
  createAsset,
  updateAsset,
  getAsset,
  getOperation,
  waitForOperation: waitForAssetOperation,
  listAssetQuotas,
  ...assetVersionEndpoints,
};
