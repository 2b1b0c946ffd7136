import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/translator.js";
import { message } from "../../src/i18n/types.js";
import { assetDeskId } from "../../src/protocol/assetDeskId.js";
import { parseAssetVersion } from "../../src/services/opencloud/assetVersions.js";
import type { UploadJob } from "../../src/services/uploads/jobs.js";
import { filterLog, logStateOf } from "../../src/services/uploads/log.js";
import { logLine } from "../../src/views/uploadLog.js";

function job(id: string, fields: Partial<UploadJob>): UploadJob {
  return {
    id,
    userId: "1",
    guildId: "g",
    applicationId: "a",
    interactionCreatedAt: 0,
    createdAt: Number(id) * 1000,
    fileName: "f.png",
    size: 10,
    displayName: "f",
    creator: { userId: "9" },
    stage: "finished",
    replyOpen: false,
    updatedAt: 0,
    ...fields,
  };
}

describe("the upload log", () => {
  const pool = [
    job("5", { userId: "2", result: { kind: "rejected", reason: message("upload.unreadable") } }),
    job("4", { result: { kind: "approved", assetId: "100", revisionId: "2" }, sha256: "ab".repeat(32) }),
    job("3", { guildId: "other", result: { kind: "approved", assetId: "101" } }),
    job("2", { stage: "waiting" }),
    job("1", { result: { kind: "timeout", reason: message("upload.unreadable") } }),
  ];

  it("states: the final moderation state, in progress until finished, a lost wait still under review", () => {
    expect(pool.map(logStateOf)).toEqual(["rejected", "approved", "approved", "in-progress", "reviewing"]);
  });

  it("keeps this server's entries that match member, state and age, newest first", () => {
    const ids = (filter: Parameters<typeof filterLog>[1]) => filterLog(pool, filter).map((j) => j.id);
    expect(ids({ guildId: "g", limit: 10 })).toEqual(["5", "4", "2", "1"]);
    expect(ids({ guildId: "g", memberId: "1", limit: 10 })).toEqual(["4", "2", "1"]);
    expect(ids({ guildId: "g", state: "approved", limit: 10 })).toEqual(["4"]);
    expect(ids({ guildId: "g", since: 4000, limit: 10 })).toEqual(["5", "4"]);
    expect(ids({ guildId: "g", limit: 1 })).toEqual(["5"]);
  });

  it("shows the fingerprint, asset and version, and says when an old record has no fingerprint", () => {
    expect(logLine(en, pool[1] as UploadJob)).toContain(`SHA-256 \`${"ab".repeat(32)}\``);
    expect(logLine(en, pool[1] as UploadJob)).toContain("asset 100 v2");
    expect(logLine(en, pool[0] as UploadJob)).toContain("SHA-256 not recorded");
  });
});

describe("asset versions and their confirmations", () => {
  it("reads a version from its path and refuses one without", () => {
    expect(
      parseAssetVersion({
        path: "assets/12/versions/3",
        creationContext: { creator: { userId: "7" } },
        moderationResult: { moderationState: "Approved" },
      }),
    ).toEqual({ assetId: "12", versionNumber: 3, creator: { userId: "7" }, moderationState: "approved" });
    expect(() => parseAssetVersion({ path: "assets/12" })).toThrow(/asset version path/);
  });

  it("decodes only its own well-formed confirmation ids", () => {
    const id = assetDeskId.encode({ key: "abcdefghijkl", answer: "yes" });
    expect(assetDeskId.decode(id)).toEqual({ key: "abcdefghijkl", answer: "yes" });
    for (const forged of [
      "ad:v1:short:yes",
      "ad:v1:abcdefghijkl:maybe",
      "ad:v2:abcdefghijkl:yes",
      "pg:v1:x",
    ]) {
      expect(assetDeskId.decode(forged)).toBeNull();
    }
  });
});
