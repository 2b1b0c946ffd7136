import { randomBytes } from "node:crypto";
import type { UploadCreator } from "../../config.js";
import { type UserError, userError } from "../../errors.js";
import type { StorePrimitives } from "../../store/primitives/index.js";
import {
  type Asset,
  type AssetVersion,
  type AssetVersionPage,
  type OpenCloudClient,
  OpenCloudError,
} from "../opencloud/index.js";
import type { UploadPolicy } from "../uploads/policy.js";
import { checkAssetId, checkUploadAllowed } from "../uploads/preflight.js";

export type { Asset, AssetVersion } from "../opencloud/index.js";

export type DeskActionName = "rollback" | "archive" | "restore";

/** How long a confirmation's buttons work. */
const CONFIRM_TTL_MS = 10 * 60_000;

/** Who asks, as the interaction tells it: the same checks as /upload. */
export interface DeskMember {
  readonly userId: string;
  readonly guildId: string | null;
  readonly memberMayUpload: boolean;
  readonly memberRoleIds: readonly string[];
}

/** A destructive change waiting for its requester's confirmation, kept in the store. */
export interface PendingChange {
  readonly action: DeskActionName;
  readonly assetId: string;
  readonly assetName: string;
  readonly version?: number;
  readonly userId: string;
  readonly guildId: string;
}

export type Decision =
  | { readonly kind: "cancelled"; readonly change: PendingChange }
  | { readonly kind: "done"; readonly change: PendingChange; readonly newVersion?: number };

export interface AssetDeskOptions {
  readonly roblox: OpenCloudClient;
  readonly primitives: StorePrimitives;
  readonly policy: UploadPolicy;
  readonly creator: UploadCreator | undefined;
}

const pendingKey = (key: string) => `desk:confirm:${key}`;
const claimKey = (key: string) => `desk:claimed:${key}`;

function sameCreator(a: Asset["creator"], b: UploadCreator): boolean {
  if (a === undefined) return false;
  return "userId" in a ? "userId" in b && a.userId === b.userId : "groupId" in b && a.groupId === b.groupId;
}

/**
 * Versions, rollback, archive and restore of the upload account's assets, for members who may upload.
 * Destructive changes are proposed, kept in the store, and run once when their requester confirms.
 */
export class AssetDeskService {
  readonly #options: AssetDeskOptions;

  constructor(options: AssetDeskOptions) {
    this.#options = options;
  }

  /** The asset, once the member may manage the upload account's assets here and the asset is the account's. */
  async ownedAsset(member: DeskMember, assetId: string): Promise<Asset> {
    this.#allowed(member);
    checkAssetId(assetId);
    let asset: Asset;
    try {
      asset = await this.#options.roblox.assets.getAsset(assetId);
    } catch (error) {
      throw this.#refusal(error, assetId) ?? error;
    }
    if (!sameCreator(asset.creator, this.#creator())) throw userError("desk.notOurs", { assetId });
    return asset;
  }

  /** One page of versions; the asset was checked by `ownedAsset` when the list was opened. */
  versionsPage(assetId: string, pageToken: string | undefined, size: number): Promise<AssetVersionPage> {
    return this.#options.roblox.assets.listAssetVersions(assetId, { pageToken, maxPageSize: size });
  }

  /** Checks the change and keeps it for confirmation; the key goes in the buttons. */
  async propose(
    member: DeskMember,
    action: DeskActionName,
    assetId: string,
    version?: number,
  ): Promise<{ key: string; change: PendingChange }> {
    const guildId = this.#allowed(member);
    const asset = await this.ownedAsset(member, assetId);
    if (action === "rollback" && (version === undefined || !(await this.#hasVersion(assetId, version)))) {
      throw userError("desk.versionNotFound", { assetId, version: version ?? 0 });
    }
    const change: PendingChange = {
      action,
      assetId,
      assetName: asset.displayName || assetId,
      ...(version === undefined ? {} : { version }),
      userId: member.userId,
      guildId,
    };
    // 12 base64url characters: what the confirmation buttons' custom_id accepts.
    const key = randomBytes(9).toString("base64url");
    await this.#options.primitives.set(pendingKey(key), JSON.stringify(change), CONFIRM_TTL_MS);
    return { key, change };
  }

  /**
   * The requester's answer. A key the store does not hold (forged, expired or answered) is refused, so is
   * anyone but the requester; the checks of /upload are made again, and the change runs at most once.
   */
  async decide(member: DeskMember, key: string, confirm: boolean): Promise<Decision> {
    const { primitives } = this.#options;
    const raw = await primitives.get(pendingKey(key));
    if (raw === undefined) throw userError("desk.confirmationExpired");
    const change = JSON.parse(raw) as PendingChange;
    if (change.userId !== member.userId || change.guildId !== member.guildId) {
      throw userError("desk.onlyRequester");
    }
    this.#allowed(member);
    if (!(await primitives.setIfAbsent(claimKey(key), member.userId, CONFIRM_TTL_MS))) {
      throw userError("desk.confirmationExpired");
    }
    await primitives.delete(pendingKey(key));
    if (!confirm) return { kind: "cancelled", change };
    await this.ownedAsset(member, change.assetId);
    return this.#apply(change);
  }

  async #apply(change: PendingChange): Promise<Decision> {
    const { assets } = this.#options.roblox;
    try {
      if (change.action === "rollback") {
        const created: AssetVersion = await assets.rollbackAsset(change.assetId, change.version ?? 0);
        return { kind: "done", change, newVersion: created.versionNumber };
      }
      if (change.action === "archive") await assets.archiveAsset(change.assetId);
      else await assets.restoreAsset(change.assetId);
      return { kind: "done", change };
    } catch (error) {
      throw this.#refusal(error, change.assetId) ?? error;
    }
  }

  async #hasVersion(assetId: string, version: number): Promise<boolean> {
    if (!Number.isSafeInteger(version) || version < 1) return false;
    let pageToken: string | undefined;
    do {
      const page = await this.versionsPage(assetId, pageToken, 50);
      if (page.versions.some((v) => v.versionNumber === version)) return true;
      // Newest first: once the page reaches below the version, it is not there.
      if (page.versions.some((v) => v.versionNumber < version)) return false;
      pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    return false;
  }

  #creator(): UploadCreator {
    const { creator } = this.#options;
    if (creator === undefined) throw userError("desk.noUploadAccount");
    return creator;
  }

  #allowed(member: DeskMember): string {
    const guildId = checkUploadAllowed(this.#options.policy, member);
    this.#creator();
    return guildId;
  }

  /** Roblox's "not found" and "not yours" for an asset, in words; undefined for other failures. */
  #refusal(error: unknown, assetId: string): UserError | undefined {
    if (!(error instanceof OpenCloudError)) return undefined;
    if (error.kind === "not_found") return userError("desk.notFound", { assetId });
    if (error.kind === "permission_denied" && error.missingScope === undefined) {
      return userError("desk.notOurs", { assetId });
    }
    return undefined;
  }
}
