import { describe, expect, it } from "vitest";
import {
  CUSTOM_ID_MAX_LENGTH,
  CustomIdError,
  defineCustomId,
  namespaceOf,
} from "../../src/protocol/customId.js";

const pager = defineCustomId({
  namespace: "pg",
  version: 1,
  fields: { session: /[A-Za-z0-9_-]{8,24}/, action: ["first", "prev", "next", "last"] },
});

describe("custom_id codec", () => {
  it("round-trips typed fields", () => {
    const id = pager.encode({ session: "Ab3_xYz9-0", action: "next" });
    expect(id).toBe("pg:v1:Ab3_xYz9-0:next");
    expect(pager.decode(id)).toEqual({ session: "Ab3_xYz9-0", action: "next" });
    expect(namespaceOf(id)).toBe("pg");
  });

  it("refuses to encode values outside the declared fields", () => {
    expect(() => pager.encode({ session: "short", action: "next" })).toThrow(CustomIdError);
    expect(() => pager.encode({ session: "abcdefgh:ij", action: "next" })).toThrow(CustomIdError);
    expect(() => pager.encode({ session: "abcdefghij", action: "jump" as "next" })).toThrow(CustomIdError);
  });

  it("refuses to encode more than 100 characters", () => {
    const wide = defineCustomId({ namespace: "wide", version: 1, fields: { blob: /[a-z]+/ } });
    expect(wide.encode({ blob: "a".repeat(CUSTOM_ID_MAX_LENGTH - "wide:v1:".length) })).toHaveLength(100);
    expect(() => wide.encode({ blob: "a".repeat(CUSTOM_ID_MAX_LENGTH) })).toThrow(/characters/);
  });

  it.each([
    ["another namespace", "xx:v1:Ab3_xYz9-0:next"],
    ["another version", "pg:v2:Ab3_xYz9-0:next"],
    ["a missing field", "pg:v1:Ab3_xYz9-0"],
    ["an extra field", "pg:v1:Ab3_xYz9-0:next:again"],
    ["a tampered session", "pg:v1:Ab3_x$z9-0:next"],
    ["a partial pattern match", "pg:v1:Ab3_xYz9-0!!:next"],
    ["an unknown action", "pg:v1:Ab3_xYz9-0:jump"],
    ["an over-long id", `pg:v1:${"a".repeat(100)}:next`],
    ["garbage", "💥"],
    ["empty", ""],
  ])("decodes %s to null", (_, raw) => {
    expect(pager.decode(raw)).toBeNull();
  });

  it("rejects bad definitions", () => {
    expect(() => defineCustomId({ namespace: "Bad NS", version: 1, fields: {} })).toThrow(CustomIdError);
    expect(() => defineCustomId({ namespace: "ok", version: 0, fields: {} })).toThrow(CustomIdError);
  });
});

describe("pager positions", () => {
  it("derives where a shown page stands from the furthest position reached", async () => {
    const { positionAt, targetPage } = await import("../../src/services/pager/position.js");
    expect(positionAt(2, { index: 5, count: 8, hasNext: true })).toEqual({
      index: 2,
      count: 8,
      hasNext: true,
    });
    expect(positionAt(7, { index: 5, count: 8, hasNext: true })).toEqual({
      index: 7,
      count: 8,
      hasNext: false,
    });
    expect(positionAt(2, { index: 5, count: undefined, hasNext: false })).toEqual({
      index: 2,
      count: undefined,
      hasNext: true,
    });
    expect(positionAt(5, { index: 5, count: undefined, hasNext: false }).hasNext).toBe(false);
    expect(targetPage("next", positionAt(2, { index: 5, count: undefined, hasNext: false }))).toBe(3);
    expect(targetPage("last", positionAt(2, { index: 2, count: 8, hasNext: true }))).toBe(7);
    expect(targetPage("prev", positionAt(0, { index: 3, count: 8, hasNext: true }))).toBeUndefined();
  });
});
