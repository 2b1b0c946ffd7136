import type { UploadCreator } from "../../../config.js";
import type { StorePrimitives } from "../../../store/primitives/index.js";
import type { UploadAssetType } from "../assetTypes.js";

/**
 * What the upload log knows of one file's bytes for one creator. `sending` is written before the create
 * call (a file found there after a restart may or may not have reached Roblox, and is never sent again),
 * `sent` once Roblox answered with its operation, `done` once the asset exists.
 */
export interface JournalEntry {
  readonly state: "sending" | "sent" | "done";
  /** The zip upload that sent it. */
  readonly by: string;
  readonly operationId?: string;
  readonly assetId?: string;
  readonly assetType?: UploadAssetType;
}

/** Kept for a year: long enough that a creator's later zips skip what is already up. */
const JOURNAL_TTL_MS = 365 * 24 * 60 * 60 * 1000;

const creatorKey = (creator: UploadCreator) =>
  "userId" in creator ? `user:${creator.userId}` : `group:${creator.groupId}`;
export const journalKey = (creator: UploadCreator, sha256: string) =>
  `upload-sha:${creatorKey(creator)}:${sha256}`;

/** The upload log by SHA-256 of the bytes, per creator, on the atomic store primitives. */
export class UploadJournal {
  readonly #primitives: StorePrimitives;

  constructor(primitives: StorePrimitives) {
    this.#primitives = primitives;
  }

  async get(creator: UploadCreator, sha256: string): Promise<JournalEntry | undefined> {
    const raw = await this.#primitives.get(journalKey(creator, sha256));
    return raw === undefined ? undefined : (JSON.parse(raw) as JournalEntry);
  }

  /** Claims the bytes for sending; false when another upload has them already (sending or sent). */
  claim(creator: UploadCreator, sha256: string, by: string): Promise<boolean> {
    const entry: JournalEntry = { state: "sending", by };
    return this.#primitives.setIfAbsent(journalKey(creator, sha256), JSON.stringify(entry), JOURNAL_TTL_MS);
  }

  set(creator: UploadCreator, sha256: string, entry: JournalEntry): Promise<void> {
    return this.#primitives.set(journalKey(creator, sha256), JSON.stringify(entry), JOURNAL_TTL_MS);
  }

  /** Forgets bytes Roblox refused (nothing was created), so a later upload may try them again. */
  forget(creator: UploadCreator, sha256: string): Promise<void> {
    return this.#primitives.delete(journalKey(creator, sha256));
  }
}
