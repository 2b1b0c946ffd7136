import type { AuthorizationServer } from "./oauth/authorizationServer.js";
import type { QuotaBook } from "./quotas.js";
import type { WorldAsset } from "./world/model.js";
import type { WorldSubjects } from "./world/seed.js";
import type { World } from "./world/world.js";

export type AssetOutcome =
  | { kind: "approved"; asset: WorldAsset }
  | { kind: "rejected"; asset: WorldAsset }
  | { kind: "failed"; error: { code: number; message: string } };

export interface AssetOperation {
  id: string;
  /** Pending polls left before the outcome is visible. */
  pollsLeft: number;
  outcome: AssetOutcome;
  /** Applied to the world once, when the operation finishes. */
  applied: boolean;
}

export interface ThumbnailOperation {
  id: string;
  userId: string;
  pollsLeft: number;
  imageUri: string;
}

/** Everything the route handlers share. */
export interface EmulatorState {
  world: World;
  subjects: WorldSubjects;
  operationPolls: number;
  thumbnailPolls: number;
  catalogCsrf: boolean;
  permissionFailures: "401" | "403";
  unauthorizedBody: "legacy" | "v2";
  requestPart: "field" | "any";
  reviewingReads: number;
  trailingEmptyPage: boolean;
  /** Monthly upload quotas per user (audio). */
  quotas: QuotaBook;
  /** Pending answers each item of the "pending" quarter gives before its thumbnail is done. */
  pendingThumbnails: number;
  /** Pending answers given so far, by "kind:id". */
  thumbnailAnswers: Map<string, number>;
  /** When each thumbnail ("Asset:id", "BadgeIcon:id", "GamePass:id", …) was first answered Completed. */
  picturesServed: Map<string, number>;
  csrfToken: string;
  assetOperations: Map<string, AssetOperation>;
  thumbnailOperations: Map<string, ThumbnailOperation>;
  /** Roblox's OAuth 2.0 server: apps, grants and the tokens accepted as `Authorization: Bearer`. */
  oauth: AuthorizationServer;
}
