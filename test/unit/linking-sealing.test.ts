import { createCipheriv, randomBytes } from "node:crypto";
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
    const flipped = `${parts[3]?.[0] === "A" ? "B" : "A"}${parts[3]?.slice(1)}`;
    expect(sealer.unseal([parts[0], parts[1], parts[2], flipped, parts[4]].join("."))).toBeUndefined();
    expect(new Sealer("43".repeat(32)).unseal(sealed)).toBeUndefined();
    expect(sealer.unseal("v1.garbage")).toBeUndefined();
  });

  it("binds a record to its context: sealed for one key of the store, it does not open as another", () => {
    const sealer = new Sealer(KEY);
    const sealed = sealer.seal({ refreshToken: "r-1" }, "link:grant:1");
    expect(sealer.unseal(sealed, "link:grant:1")).toEqual({ refreshToken: "r-1" });
    expect(sealer.unseal(sealed, "link:grant:2")).toBeUndefined();
    expect(sealer.unseal(sealed)).toBeUndefined();
  });

  it("rotates: the newest key writes, every key reads, and what an older key wrote is stale", () => {
    const old = new Sealer([{ id: "k1", hex: KEY }]);
    const ring = new Sealer([
      { id: "k2", hex: "43".repeat(32) },
      { id: "k1", hex: KEY },
    ]);
    const byOld = old.seal({ a: 1 }, "ctx");
    expect(byOld.split(".")[1]).toBe("k1");
    expect(ring.open(byOld, "ctx")).toEqual({ value: { a: 1 }, stale: true });
    const byNew = ring.seal({ a: 1 }, "ctx");
    expect(byNew.split(".")[1]).toBe("k2");
    expect(ring.open(byNew, "ctx")).toEqual({ value: { a: 1 }, stale: false });
    // A key dropped from the ring no longer opens what it wrote; an id may not be swapped for another key.
    expect(old.unseal(byNew, "ctx")).toBeUndefined();
    expect(new Sealer([{ id: "k1", hex: "43".repeat(32) }]).unseal(byOld, "ctx")).toBeUndefined();
    expect(() => new Sealer([{ id: "k", hex: "42".repeat(31) }])).toThrow();
  });

  it("reads records of the earlier single-key format with any key of the ring, as stale", () => {
    const legacy = new Sealer(KEY);
    const sealed = legacy.seal({ a: 1 });
    // Earlier releases wrote v1.<iv>.<body>.<tag> without additional data; rebuild one with node:crypto.
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", Buffer.from(KEY, "hex"), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify({ b: 2 }), "utf8"), cipher.final()]);
    const v1 = ["v1", iv, body, cipher.getAuthTag()].map((part) =>
      typeof part === "string" ? part : part.toString("base64url"),
    );
    const ring = new Sealer([
      { id: "k2", hex: "43".repeat(32) },
      { id: "legacy", hex: KEY },
    ]);
    expect(ring.open(v1.join("."))).toEqual({ value: { b: 2 }, stale: true });
    expect(ring.open(sealed)).toEqual({ value: { a: 1 }, stale: true });
  });

  it("derives a CSRF token per purpose and value", () => {
    const sealer = new Sealer(KEY);
    expect(sealer.mac("link-confirm", "a")).toBe(sealer.mac("link-confirm", "a"));
    expect(sealer.mac("link-confirm", "a")).not.toBe(sealer.mac("link-confirm", "b"));
    expect(new Sealer("43".repeat(32)).mac("link-confirm", "a")).not.toBe(sealer.mac("link-confirm", "a"));
  });
});
