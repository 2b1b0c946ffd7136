import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { type PreflightRules, preflight, type UploadRequest } from "../../src/services/uploads/preflight.js";

const SERVER = "101500000000000001";
const CDN = "cdn.discordapp.com";
const NOW = Date.UTC(2026, 0, 1);
const rules: PreflightRules = {
  policy: { guildIds: [SERVER], roleIds: [] },
  creator: { groupId: "77" },
  cdnHosts: [CDN],
};
const request: UploadRequest = Object.freeze({
  interactionId: "1015000000000000077",
  applicationId: "1015000000000000002",
  interactionToken: "token",
  interactionCreatedAt: NOW - 1_000,
  userId: "1015000000000000003",
  guildId: SERVER,
  memberMayUpload: true,
  memberRoleIds: [],
  attachment: Object.freeze({
    url: `https://${CDN}/attachments/1/2/Tree.FBX`,
    name: "Tree.FBX",
    size: 5_000,
  }),
  attachmentSizeLimit: 10 * 1024 * 1024,
  type: "Auto",
  locale: "en-US",
  guildLocale: "en-US",
  memberLocale: "en-US",
});

function refusal(changed: Partial<UploadRequest>, changedRules: Partial<PreflightRules> = {}): string {
  try {
    preflight({ ...request, ...changed }, { ...rules, ...changedRules }, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  return "allowed";
}

describe("preflight", () => {
  it("turns an allowed request into the record to create and what inspection needs, without I/O", () => {
    const checked = preflight(request, rules, NOW);
    expect(checked).not.toBeInstanceOf(Promise);
    expect(checked.guildId).toBe(SERVER);
    expect(checked.url.href).toBe(request.attachment.url);
    expect(checked.description).toBe("");
    expect(checked.job).toEqual({
      id: request.interactionId,
      userId: request.userId,
      guildId: SERVER,
      applicationId: request.applicationId,
      interactionToken: "token",
      interactionCreatedAt: request.interactionCreatedAt,
      createdAt: NOW,
      fileName: "Tree.FBX",
      size: 5_000,
      displayName: "Tree",
      locale: "en-US",
      guildLocale: "en-US",
      memberLocale: "en-US",
      creator: { groupId: "77" },
      stage: "downloading",
      replyOpen: true,
      updatedAt: NOW,
    });
    expect(checked.inspection).toEqual({
      requested: "Auto",
      fileName: "Tree.FBX",
      extension: ".fbx",
      targetAssetId: undefined,
    });
  });

  it("gives the same answer for the same request, and changes nothing it is given", () => {
    const first = preflight(request, rules, NOW);
    const again = preflight(request, rules, NOW);
    expect(again).toEqual(first);
    expect(first.job).not.toBe(again.job);
  });

  it("keeps the name and description given, and the asset to update", () => {
    const checked = preflight(
      { ...request, name: "  A\ttall\ntree ", description: "Green.", assetId: "123", type: "Model" },
      rules,
      NOW,
    );
    expect(checked.job.displayName).toBe("A tall tree");
    expect(checked.job.targetAssetId).toBe("123");
    expect(checked.description).toBe("Green.");
    expect(checked.inspection).toMatchObject({ requested: "Model", targetAssetId: "123" });
  });

  it("checks who may upload where before anything else", () => {
    const everythingWrong = { assetId: "0", description: "x".repeat(2_000), memberMayUpload: false };
    expect(refusal({ ...everythingWrong, guildId: null })).toBe("Uploads work only in a server.");
    expect(refusal(everythingWrong)).toMatch(/Manage Expressions/);
    expect(refusal({}, { policy: { guildIds: [SERVER], roleIds: ["9"] } })).toMatch(
      /one of these roles: <@&9>/,
    );
  });

  it("refuses every upload while no Roblox creator is configured", () => {
    expect(refusal({}, { creator: undefined })).toMatch(/ROBLOX_UPLOAD_CREATOR/);
  });

  it("applies the asset_id rules: a Roblox ID, a type that takes versions, an .fbx file", () => {
    expect(refusal({ assetId: "12ab" })).toBe("asset_id must be the numeric ID of one of your Model assets.");
    expect(refusal({ assetId: "0123" })).toMatch(/cannot be a Roblox asset ID/);
    expect(refusal({ assetId: "9223372036854775808" })).toMatch(/cannot be a Roblox asset ID/);
    expect(refusal({ assetId: "123", type: "Decal" })).toMatch(/not allow new versions of Decal/);
    expect(refusal({ assetId: "123", type: "Audio" })).toMatch(/not allow new versions of Audio/);
    const glb = { ...request.attachment, name: "tree.glb" };
    expect(refusal({ assetId: "123", attachment: glb })).toMatch(/only as \.fbx files/);
    expect(refusal({ attachment: glb })).toBe("allowed");
  });

  it("refuses a long description, an empty or oversized file, and a link off Discord's CDN", () => {
    expect(refusal({ description: "x".repeat(1_001) })).toMatch(/at most 1,000 characters/);
    expect(refusal({ attachment: { ...request.attachment, size: 0 } })).toBe("That attachment is empty.");
    expect(refusal({ attachmentSizeLimit: 4_000 })).toMatch(/at most .*Nothing was downloaded/);
    expect(
      refusal({ attachmentSizeLimit: undefined, attachment: { ...request.attachment, size: 21 * 2 ** 20 } }),
    ).toMatch(/Nothing was downloaded/);
    expect(refusal({ attachment: { ...request.attachment, url: "https://example.com/Tree.fbx" } })).toMatch(
      /not on Discord's CDN/,
    );
  });
});
