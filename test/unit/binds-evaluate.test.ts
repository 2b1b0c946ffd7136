import { describe, expect, it } from "vitest";
import { evaluateBinds, rankMatches, ruleMatches } from "../../src/services/binds/evaluate.js";
import { type Bind, type MemberFacts, ownedKey } from "../../src/services/binds/types.js";

const group = (rank: number, roleNames: string[] = []) => ({ groupId: "7", rank, roleNames });
const facts = (over: Partial<MemberFacts> = {}): MemberFacts => ({
  robloxUserId: "42",
  groups: [group(100, ["Officer"])],
  owned: new Set([ownedKey("gamePass", "9")]),
  unreadable: new Set(),
  ...over,
});
const bind = (id: string, rule: Bind["rule"], roleIds: string[]): Bind => ({ id, rule, roleIds });

describe("rank matches", () => {
  it.each([
    [{ type: "any" } as const, 1, true],
    [{ type: "eq", rank: 100 } as const, 100, true],
    [{ type: "eq", rank: 100 } as const, 101, false],
    [{ type: "gte", rank: 100 } as const, 100, true],
    [{ type: "gte", rank: 100 } as const, 99, false],
    [{ type: "lte", rank: 50 } as const, 50, true],
    [{ type: "lte", rank: 50 } as const, 51, false],
    [{ type: "between", min: 10, max: 20 } as const, 10, true],
    [{ type: "between", min: 10, max: 20 } as const, 20, true],
    [{ type: "between", min: 10, max: 20 } as const, 21, false],
    [{ type: "between", min: 10, max: 20 } as const, 9, false],
  ])("%j at rank %i → %s", (match, rank, expected) => {
    expect(rankMatches(match, group(rank))).toBe(expected);
  });

  it("matches a named role by name, ignoring case and spaces, whatever the rank", () => {
    expect(rankMatches({ type: "role", name: " officer " }, group(3, ["Officer"]))).toBe(true);
    expect(rankMatches({ type: "role", name: "Captain" }, group(255, ["Officer"]))).toBe(false);
  });
});

describe("rules", () => {
  it("group binds need the member in that group", () => {
    expect(ruleMatches({ kind: "group", groupId: "7", match: { type: "any" } }, facts())).toBe(true);
    expect(ruleMatches({ kind: "group", groupId: "8", match: { type: "any" } }, facts())).toBe(false);
  });

  it("ownership binds match owned items; a private inventory makes them unknown, not false", () => {
    expect(ruleMatches({ kind: "owns", item: "gamePass", id: "9" }, facts())).toBe(true);
    expect(ruleMatches({ kind: "owns", item: "badge", id: "9" }, facts())).toBe(false);
    const hidden = facts({ owned: new Set(), unreadable: new Set(["gamePass"]) });
    expect(ruleMatches({ kind: "owns", item: "gamePass", id: "9" }, hidden)).toBe("unknown");
  });

  it("verified and unverified follow the link; an unlinked member matches nothing of Roblox's", () => {
    const unlinked = facts({ robloxUserId: undefined });
    expect(ruleMatches({ kind: "verified" }, facts())).toBe(true);
    expect(ruleMatches({ kind: "unverified" }, facts())).toBe(false);
    expect(ruleMatches({ kind: "unverified" }, unlinked)).toBe(true);
    expect(ruleMatches({ kind: "group", groupId: "7", match: { type: "any" } }, unlinked)).toBe(false);
    expect(ruleMatches({ kind: "owns", item: "gamePass", id: "9" }, unlinked)).toBe(false);
  });
});

describe("evaluateBinds", () => {
  const officer = bind("a", { kind: "group", groupId: "7", match: { type: "gte", rank: 100 } }, [
    "R-off",
    "R-staff",
  ]);
  const vip = bind("b", { kind: "owns", item: "gamePass", id: "9" }, ["R-vip"]);
  const member = bind("c", { kind: "group", groupId: "7", match: { type: "any" } }, ["R-staff"]);

  it("adds every role of every matching bind the member lacks, each with the binds that give it", () => {
    const result = evaluateBinds([officer, vip, member], facts(), ["R-staff"], new Set());
    expect(result.add.map((change) => change.roleId)).toEqual(["R-off", "R-vip"]);
    expect(result.add[0]?.binds).toEqual([officer]);
    expect(result.remove).toEqual([]);
  });

  it("removes a held role only when marked remove-unmatched and no bind that gives it matches", () => {
    const demoted = facts({ groups: [group(50)] });
    const held = ["R-off", "R-staff", "R-vip"];
    expect(evaluateBinds([officer, vip], demoted, held, new Set()).remove).toEqual([]);
    const result = evaluateBinds([officer, vip, member], demoted, held, new Set(["R-off", "R-staff"]));
    // R-staff is still given by the "any rank" bind.
    expect(result.remove.map((change) => change.roleId)).toEqual(["R-off"]);
  });

  it("never removes a role whose bind cannot be checked (private inventory)", () => {
    const hidden = facts({ owned: new Set(), unreadable: new Set(["gamePass"]) });
    const result = evaluateBinds([vip], hidden, ["R-vip"], new Set(["R-vip"]));
    expect(result.remove).toEqual([]);
    expect(result.unknown).toEqual([vip]);
  });

  it("never touches roles no bind gives", () => {
    const result = evaluateBinds([officer], facts({ groups: [] }), ["R-other"], new Set(["R-other"]));
    expect(result).toMatchObject({ add: [], remove: [] });
  });
});
