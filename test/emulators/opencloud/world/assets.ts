import type { WorldAsset, WorldAssetVersion } from "./model.js";

/** Assets uploaded through the emulator, by id, and every version each has had. */
export class Assets {
  readonly byId = new Map<string, WorldAsset>();
  readonly #history = new Map<string, WorldAssetVersion[]>();
  #nextId = 9_000_000_001;

  allocateId(): string {
    return String(this.#nextId++);
  }

  get(id: string): WorldAsset | undefined {
    return this.byId.get(id);
  }

  /** Stores the asset; a revision not seen before becomes a new version. */
  put(asset: WorldAsset): void {
    const before = this.byId.get(asset.assetId);
    if (before !== undefined) this.#record(before);
    this.byId.set(asset.assetId, asset);
    this.#record(asset);
  }

  /** The asset's versions, oldest first (an asset set straight into `byId` is recorded on first look). */
  versions(id: string): WorldAssetVersion[] {
    const asset = this.byId.get(id);
    if (asset !== undefined) this.#record(asset);
    return this.#history.get(id) ?? [];
  }

  #record(asset: WorldAsset): void {
    const history = this.#history.get(asset.assetId) ?? [];
    const last = history.at(-1);
    if (last !== undefined && last.versionNumber >= asset.revisionId) {
      // The same revision again (a metadata edit, a moderation verdict): keep its moderation current.
      if (last.versionNumber === asset.revisionId) last.moderationState = asset.moderationState;
      return;
    }
    history.push({
      versionNumber: asset.revisionId,
      creator: asset.creator,
      moderationState: asset.moderationState,
      createTime: asset.revisionCreateTime,
      contentSize: asset.contentSize,
      contentSha256: asset.contentSha256,
      contentHead: asset.contentHead,
    });
    this.#history.set(asset.assetId, history);
  }
}
