import { describe, expect, it } from "vitest";
import {
  botStanding,
  diagnose,
  MANAGE_NICKNAMES,
  MANAGE_ROLES,
  roleRefusal,
} from "../../src/services/binds/hierarchy.js";
import type { GuildFacts } from "../../src/services/binds/types.js";

const ADMIN = 1n << 3n;
const role = (id: string, position: number, permissions = 0n, managed = false) => ({
  id,
  name: `role-${id}`,
  position,
  permissions,
  managed,
});

function guild(botPermissions: bigint, extra: GuildFacts["roles"] = []): GuildFacts {
  return {
    id: "g",
    ownerId: "owner",
    roles: [
      role("g", 0),
      role("low", 1),
      role("integration", 2, 0n, true),
      role("bot", 3, botPermissions),
      role("high", 4),
      ...extra,
    ],
    botRoleIds: ["bot"],
  };
}

describe("role hierarchy", () => {
  const managing = guild(MANAGE_ROLES | MANAGE_NICKNAMES);
  const standing = botStanding(managing);

  it("finds the bot's top role and permissions from @everyone and its roles", () => {
    expect(standing.top?.id).toBe("bot");
    expect(standing.permissions).toBe(MANAGE_ROLES | MANAGE_NICKNAMES);
  });

  it("allows only roles strictly below the bot's top role, not managed, not @everyone", () => {
    expect(roleRefusal(managing, standing, "low")).toBeUndefined();
    expect(roleRefusal(managing, standing, "bot")).toMatchObject({ kind: "above-bot" });
    expect(roleRefusal(managing, standing, "high")).toMatchObject({
      kind: "above-bot",
      botTop: { id: "bot" },
    });
    expect(roleRefusal(managing, standing, "integration")).toMatchObject({ kind: "managed" });
    expect(roleRefusal(managing, standing, "g")).toEqual({ kind: "everyone" });
    expect(roleRefusal(managing, standing, "gone")).toEqual({ kind: "unknown-role", roleId: "gone" });
  });

  it("refuses every role without Manage Roles; Administrator counts as every permission", () => {
    const bare = guild(0n);
    expect(roleRefusal(bare, botStanding(bare), "low")).toEqual({ kind: "no-manage-roles" });
    const admin = guild(ADMIN);
    expect(roleRefusal(admin, botStanding(admin), "low")).toBeUndefined();
    expect(roleRefusal(admin, botStanding(admin), "high")).toMatchObject({ kind: "above-bot" });
  });

  it("the doctor lists missing permissions and every unassignable bound role once", () => {
    const findings = diagnose(guild(0n), ["low", "high", "high", "integration", "g"]);
    expect(findings.map((finding) => finding.kind)).toEqual([
      "no-manage-roles",
      "no-manage-nicknames",
      "above-bot",
      "managed",
      "everyone",
    ]);
    expect(diagnose(managing, ["low"])).toEqual([]);
  });
});
