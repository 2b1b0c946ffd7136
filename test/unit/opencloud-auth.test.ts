import { describe, expect, it } from "vitest";
import { grantRateOwner, rateOwnerKey } from "../../src/services/opencloud/auth.js";
import {
  DOCUMENTED_OAUTH_RATE_LIMITS,
  DOCUMENTED_RATE_LIMITS,
  ruleFor,
} from "../../src/services/opencloud/limits.js";

describe("whose rate budget a call spends", () => {
  it("one member's grant keeps one per-authorization budget across its access tokens", () => {
    const first = rateOwnerKey({ kind: "bearer", token: "AT.first", rateOwner: grantRateOwner("42") });
    const second = rateOwnerKey({ kind: "bearer", token: "AT.second", rateOwner: grantRateOwner("42") });
    expect(first).toBe(second);
    expect(first).not.toContain("AT.");
    expect(rateOwnerKey({ kind: "bearer", token: "AT.x", rateOwner: grantRateOwner("43") })).not.toBe(first);
    // The per-authorization limits apply: 20 inventory reads a minute, not the API key's 100.
    expect(ruleFor(DOCUMENTED_RATE_LIMITS, DOCUMENTED_OAUTH_RATE_LIMITS, "inventory", first)).toMatchObject({
      limit: 20,
    });
  });

  it("a bearer token without a known grant, or an owner outside the OAuth namespace, is keyed by its digest", () => {
    const plain = rateOwnerKey({ kind: "bearer", token: "AT.plain" });
    expect(plain).toMatch(/^oauth:[0-9a-f]{24}$/);
    expect(rateOwnerKey({ kind: "bearer", token: "AT.plain", rateOwner: "key:someone" })).toBe(plain);
  });
});
