import { type ApiContext, type CallOptions, callApi } from "./api.js";
import { type AssetCreator, type AssetOperation, parseAsset, parseOperation } from "./asset-model.js";
import { OpenCloudError } from "./errors.js";
import { multipartBody, type UploadFile } from "./multipart.js";
import { idSegment } from "./parse.js";

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
export async function createAsset(
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
export async function updateAsset(
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

export async function getAsset(ctx: ApiContext, assetId: string | number, options: CallOptions = {}) {
  const path = `/assets/v1/assets/${idSegment(assetId, "assetId")}`;
  const body = await callApi(
    ctx,
    { family: "assets-read", method: "GET", host: "apis", path, query: { readMask: READ_MASK } },
    options,
  );
  return parseAsset(body);
}

export async function getOperation(
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
