import { describe, expect, it } from "vitest";
import { isNicknameTemplate, nicknameRefusal, renderNickname } from "../../src/services/binds/nickname.js";
import type { GuildFacts } from "../../src/services/binds/types.js";

const MANAGE_NICKNAMES = 1n << 27n;
const guild = (botPermissions: bigint): GuildFacts => ({
  id: "g",
  ownerId: "owner",
  roles: [
    { id: "g", name: "@everyone", position: 0, permissions: 0n, managed: false },
    { id: "low", name: "Low", position: 1, permissions: 0n, managed: false },
    { id: "bot", name: "Bot", position: 2, permissions: botPermissions, managed: true },
    { id: "high", name: "High", position: 3, permissions: 0n, managed: false },
  ],
  botRoleIds: ["bot"],
});

describe("nickname template", () => {
  it("fills in the Roblox names and cuts to 32 characters", () => {
    const names = { username: "builder_bob", displayName: "Bob" };
    expect(renderNickname("{display-name} (@{roblox-name})", names)).toBe("Bob (@builder_bob)");
    expect(renderNickname("{roblox-name}", { username: "x".repeat(40), displayName: "X" })).toHaveLength(32);
    // A name the link does not know leaves the nickname alone.
    expect(renderNickname("{display-name}", { username: "bob", displayName: undefined })).toBeUndefined();
  });

  it("accepts only templates with a Roblox name, without backticks, up to 64 characters", () => {
    expect(isNicknameTemplate("{roblox-name}")).toBe(true);
    expect(isNicknameTemplate("Member")).toBe(false);
    expect(isNicknameTemplate("`{roblox-name}`")).toBe(false);
    expect(isNicknameTemplate(`{roblox-name}${"x".repeat(60)}`)).toBe(false);
  });

  it("refuses what Discord refuses: no Manage Nicknames, the owner, a member not below the bot", () => {
    expect(nicknameRefusal(guild(0n), "member", ["low"])).toEqual({ kind: "no-manage-nicknames" });
    expect(nicknameRefusal(guild(MANAGE_NICKNAMES), "owner", [])).toEqual({ kind: "owner" });
    expect(nicknameRefusal(guild(MANAGE_NICKNAMES), "member", ["high"])).toEqual({
      kind: "member-above-bot",
    });
    expect(nicknameRefusal(guild(MANAGE_NICKNAMES), "member", ["low"])).toBeUndefined();
    expect(nicknameRefusal(guild(MANAGE_NICKNAMES), "member", [])).toBeUndefined();
  });
});
