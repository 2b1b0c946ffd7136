import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { uploadsConfiguredButOff } from "../../src/services/uploads/policy.js";
import { checkUploadAllowed } from "../../src/services/uploads/preflight.js";

const SERVER = "101500000000000001";
const ROLE = "101500000000000009";
const member = { guildId: SERVER, memberMayUpload: true, memberRoleIds: [] as string[] };

function refusal(
  policy: Parameters<typeof checkUploadAllowed>[0],
  uploader: typeof member | { guildId: null; memberMayUpload: boolean; memberRoleIds: string[] },
): string {
  try {
    checkUploadAllowed(policy, uploader);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  return "allowed";
}

describe("checkUploadAllowed", () => {
  it("allows no server at all when the list is empty, whoever asks", () => {
    expect(refusal({ guildIds: [], roleIds: [] }, member)).toMatch(/not enabled uploads in any server/);
  });

  it("allows only listed servers", () => {
    expect(refusal({ guildIds: ["101500000000000002"], roleIds: [] }, member)).toMatch(
      /has not enabled uploads in this server/,
    );
    expect(refusal({ guildIds: [SERVER], roleIds: [] }, member)).toBe("allowed");
  });

  it("refuses direct messages", () => {
    expect(refusal({ guildIds: [SERVER], roleIds: [] }, { ...member, guildId: null })).toBe(
      "Uploads work only in a server.",
    );
  });

  it("checks the server before the member's permission", () => {
    expect(refusal({ guildIds: [], roleIds: [] }, { ...member, memberMayUpload: false })).toMatch(
      /not enabled uploads/,
    );
    expect(refusal({ guildIds: [SERVER], roleIds: [] }, { ...member, memberMayUpload: false })).toMatch(
      /Manage Expressions/,
    );
  });

  it("needs one of the named roles besides Manage Expressions when roles are named", () => {
    const policy = { guildIds: [SERVER], roleIds: [ROLE, "101500000000000010"] };
    expect(refusal(policy, member)).toBe(
      `The bot's operator allows uploads here only for members with one of these roles: <@&${ROLE}>, <@&101500000000000010>. Ask a server admin to give you one.`,
    );
    expect(refusal(policy, { ...member, memberRoleIds: [ROLE] })).toBe("allowed");
    expect(refusal(policy, { ...member, memberRoleIds: [ROLE], memberMayUpload: false })).toMatch(
      /Manage Expressions/,
    );
  });
});

describe("uploadsConfiguredButOff", () => {
  it("is true only when an upload account is set and no server is allowed", () => {
    expect(uploadsConfiguredButOff(true, { guildIds: [], roleIds: [] })).toBe(true);
    expect(uploadsConfiguredButOff(true, { guildIds: [SERVER], roleIds: [] })).toBe(false);
    expect(uploadsConfiguredButOff(false, { guildIds: [], roleIds: [] })).toBe(false);
  });
});
