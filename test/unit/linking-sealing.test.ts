import { describe, expect, it } from "vitest";
import { Sealer } from "../../src/services/linking/sealing.js";

const KEY = "42".repeat(32);

describe("sealed linking records", () => {
  it("round-trips, hides the plaintext, and reads a tampered or foreign record as absent", () => {
    const sealer = new Sealer(KEY);
    const record = { verifier: "verifier-value-0123456789", token: "interaction-token-value" };
    const sealed = sealer.seal(record);
    expect(sealed).not.toContain("verifier-value");
    expect(sealed).not.toContain("interaction-token");
    expect(sealer.unseal(sealed)).toEqual(record);
    expect(sealer.seal(record)).not.toBe(sealed);
    const parts = sealed.split(".");
    const flipped = `${parts[2]?.[0] === "A" ? "B" : "A"}${parts[2]?.slice(1)}`;
    expect(sealer.unseal([parts[0], parts[1], flipped, parts[3]].join("."))).toBeUndefined();
    expect(new Sealer("43".repeat(32)).unseal(sealed)).toBeUndefined();
    expect(sealer.unseal("v1.garbage")).toBeUndefined();
  });

  it("derives a CSRF token per purpose and value", () => {
    const sealer = new Sealer(KEY);
    expect(sealer.mac("link-confirm", "a")).toBe(sealer.mac("link-confirm", "a"));
    expect(sealer.mac("link-confirm", "a")).not.toBe(sealer.mac("link-confirm", "b"));
    expect(new Sealer("43".repeat(32)).mac("link-confirm", "a")).not.toBe(sealer.mac("link-confirm", "a"));
  });
});
