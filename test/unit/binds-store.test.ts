import { describe, expect, it } from "vitest";
import { BindStore, MAX_BINDS_PER_SERVER } from "../../src/services/binds/store.js";
import { openPrimitives } from "../../src/store/primitives/index.js";

const store = () => new BindStore(openPrimitives("memory://", undefined, { now: () => Date.now() }));

describe("bind store", () => {
  it("keeps binds per server, merges roles of the same rule, and removes by id", async () => {
    const binds = store();
    const first = await binds.add("g1", { kind: "verified" }, ["r1"]);
    const merged = await binds.add("g1", { kind: "verified" }, ["r2", "r1"]);
    expect(merged).toMatchObject({ id: first !== "full" ? first.id : "", roleIds: ["r1", "r2"] });
    expect(await binds.list("g2")).toEqual([]);
    expect(await binds.list("g1")).toHaveLength(1);
    expect(await binds.remove("g1", "nope")).toBeUndefined();
    expect(await binds.remove("g1", first !== "full" ? first.id : "")).toMatchObject({
      rule: { kind: "verified" },
    });
    expect(await binds.list("g1")).toEqual([]);
  });

  it("stops at the per-server maximum", async () => {
    const binds = store();
    for (let index = 0; index < MAX_BINDS_PER_SERVER; index++) {
      expect(await binds.add("g", { kind: "owns", item: "badge", id: String(index + 1) }, ["r"])).not.toBe(
        "full",
      );
    }
    expect(await binds.add("g", { kind: "owns", item: "badge", id: "999" }, ["r"])).toBe("full");
  });

  it("keeps the remove-unmatched roles per server", async () => {
    const binds = store();
    expect(await binds.setRemoveUnmatched("g", "r1", true)).toBe(true);
    expect(await binds.setRemoveUnmatched("g", "r1", true)).toBe(false);
    expect(await binds.settings("g")).toEqual({ removeUnmatchedRoleIds: ["r1"], selfUploads: false });
    expect(await binds.settings("other")).toEqual({ removeUnmatchedRoleIds: [], selfUploads: false });
    expect(await binds.setRemoveUnmatched("g", "r1", false)).toBe(true);
    expect(await binds.settings("g")).toEqual({ removeUnmatchedRoleIds: [], selfUploads: false });
  });

  it("keeps the self-uploads switch per server, off unless turned on", async () => {
    const binds = store();
    expect(await binds.selfUploads("g")).toBe(false);
    await binds.setSelfUploads("g", true);
    expect(await binds.selfUploads("g")).toBe(true);
    expect(await binds.selfUploads("other")).toBe(false);
    expect((await binds.settings("g")).selfUploads).toBe(true);
    await binds.setSelfUploads("g", false);
    expect(await binds.selfUploads("g")).toBe(false);
  });
});
