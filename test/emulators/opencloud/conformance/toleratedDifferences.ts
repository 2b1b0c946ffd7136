/**
 * Every place where the emulator deliberately differs from the official specs, with the reason.
 * Each entry either patches the spec copy used for validation or names the local schema used
 * where the spec declares no body. Nothing else is relaxed.
 */
type Json = Record<string, unknown>;
type SpecName = "cloud" | "assets";

export interface ToleratedDifference {
  where: string;
  spec: string;
  emulator: string;
  reason: string;
  patch?: (specs: Record<SpecName, Json>) => void;
}

function schemaOf(spec: Json, name: string): Json {
  const schema = ((spec.components as Json).schemas as Json)[name] as Json | undefined;
  if (schema === undefined) throw new Error(`no schema ${name}`);
  return schema;
}

function allowString(spec: Json, schemaName: string, property: string): void {
  const props = schemaOf(spec, schemaName).properties as Json;
  const prop = props[property] as Json;
  props[property] = { ...prop, type: ["integer", "string"], pattern: "^[0-9]+$" };
}

export const TOLERATED_DIFFERENCES: readonly ToleratedDifference[] = [
  {
    where: "Assets v1 Asset.assetId, Creator.userId, Creator.groupId (both spec files)",
    spec: "integer (int64)",
    emulator: 'decimal string, e.g. "assetId":"18490359719"',
    reason:
      "Captured real responses return these int64 IDs as strings (opencloud.md §0, §5: openblox raw bodies); clients must accept both.",
    patch: (specs) => {
      for (const spec of [specs.cloud, specs.assets]) {
        allowString(spec, "Asset", "assetId");
        allowString(spec, "Creator", "userId");
        allowString(spec, "Creator", "groupId");
      }
    },
  },
  {
    where: "Assets v1 Operation.operationId",
    spec: "absent from OCV1.Assets.Operation",
    emulator: "present (the id after operations/)",
    reason:
      "Captured create/poll bodies carry it and some clients read it (opencloud.md §5). The schema allows extra fields.",
  },
  {
    where: "Assets v1 pending Operation without `done`",
    spec: "done is an optional boolean",
    emulator: "pending polls omit `done`; the create answer has done:false",
    reason:
      "proto3 JSON drops false booleans; real clients report polls without `done` (opencloud.md §5). Valid against the schema.",
  },
  {
    where: "Cloud v2 error bodies (400, 403, 404, 429, 5xx)",
    spec: "v2 operations declare only their 200 response",
    emulator: '{"code":"INVALID_ARGUMENT","message":"…"} with a string code',
    reason:
      "errors.md documents this shape for v2 in-endpoint errors; validated against the local schema V2_ERROR.",
  },
  {
    where: '401 on v2 paths with unauthorizedBody: "v2"',
    spec: "v2 operations declare only their 200 response; errors.md lists no v2 code for 401",
    emulator: '{"code":"UNAUTHENTICATED","message":"Invalid API Key"}',
    reason:
      "rblxopencloud reports missing permissions as 401 in practice; which body Roblox sends there is not known, so the v2 shape is an option beside the gateway shape.",
  },
  {
    where: "Gateway 401 on every Open Cloud API, and legacy web API errors",
    spec: "no body schema (text descriptions such as '2: Too many usernames.')",
    emulator: '{"errors":[{"code":0,"message":"Invalid API Key"}]}',
    reason: "errors.md gives this legacy gateway shape; validated against the local schema LEGACY_ERROR.",
  },
  {
    where: "Assets v1 403, 404 and 429 bodies",
    spec: "only 400 has a schema (OCV1.Assets.Status); 403/404 have none",
    emulator:
      '{"code":<http status>,"message":"…"} except scope failures, which the gateway answers as {"code":"PERMISSION_DENIED",…}',
    reason:
      "Same model as the documented 400; the scope check happens before the service. Exact real bodies are UNCONFIRMED (opencloud.md §8).",
  },
  {
    where: "Assets v1 List Asset Versions 200 (both spec files)",
    spec: "a bare JSON array of AssetVersion",
    emulator: '{"assetVersions":[AssetVersion…],"nextPageToken":"…"}',
    reason:
      'The operation is paged by pageToken, which an array cannot carry; rblxopencloud (treeben77/rblx-open-cloud, list_asset_versions) reads data["assetVersions"] and data.get("nextPageToken"). The items are still checked against the spec\'s AssetVersion.',
    patch: (specs) => {
      for (const [spec, path] of [
        [specs.cloud, "/assets/v1/assets/{assetId}/versions"],
        [specs.assets, "/v1/assets/{assetId}/versions"],
      ] as const) {
        const ok = ((((spec.paths as Json)[path] as Json).get as Json).responses as Json)["200"] as Json;
        const media = (ok.content as Json)["application/json"] as Json;
        media.schema = {
          type: "object",
          required: ["assetVersions"],
          properties: {
            assetVersions: media.schema,
            nextPageToken: { type: "string" },
          },
          additionalProperties: false,
        };
      }
    },
  },
  {
    where: "thumbnails.roblox.com /v1/assets, /v1/badges/icons, /v1/game-passes, /v1/users/avatar-headshot",
    spec: 'responses declared as "200: OK" without a schema',
    emulator: '{"data":[{"targetId","state","imageUrl","version"}]}',
    reason: "The shape real thumbnail batches use; validated against the local schema THUMBNAILS.",
  },
  {
    where: "GET /game-passes/v1/game-passes/{id}/product-info (apis.roblox.com)",
    spec: "not in the spec (its game-pass routes need a cookie or a universe ID)",
    emulator: "PascalCase product info: TargetId, Name, Description, PriceInRobux, IsForSale, …",
    reason:
      "Bots name game passes through this public route; the shape is the live API's as commonly used (UNCONFIRMED by a source in reference/).",
  },
];

export const LOCAL_SCHEMAS: Record<string, Json> = {
  V2_ERROR: {
    type: "object",
    required: ["code", "message"],
    properties: {
      code: {
        enum: [
          "INVALID_ARGUMENT",
          "PERMISSION_DENIED",
          "NOT_FOUND",
          "ABORTED",
          "RESOURCE_EXHAUSTED",
          "CANCELLED",
          "INTERNAL",
          "NOT_IMPLEMENTED",
          "UNAVAILABLE",
          // Not in errors.md's table: gRPC's code for HTTP 401, used by the `unauthorizedBody: "v2"` option.
          "UNAUTHENTICATED",
        ],
      },
      message: { type: "string" },
      details: { type: "array" },
    },
    additionalProperties: false,
  },
  LEGACY_ERROR: {
    type: "object",
    required: ["errors"],
    properties: {
      errors: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          required: ["code", "message"],
          properties: { code: { type: "integer" }, message: { type: "string" } },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
  ASSETS_ERROR: {
    type: "object",
    required: ["code", "message"],
    properties: { code: { type: "integer", minimum: 400, maximum: 599 }, message: { type: "string" } },
    additionalProperties: false,
  },
  THUMBNAILS: {
    type: "object",
    required: ["data"],
    properties: {
      data: {
        type: "array",
        items: {
          type: "object",
          required: ["targetId", "state", "imageUrl"],
          properties: {
            targetId: { type: "integer" },
            state: {
              enum: ["Completed", "Pending", "Blocked", "Error", "InReview", "TemporarilyUnavailable"],
            },
            // null while Pending, until Roblox has rendered the picture.
            imageUrl: { type: ["string", "null"] },
            version: { type: "string" },
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
};
