import { describe, expect, it } from "vitest";
import { classifyConnectionError, classifyHttpFailure } from "../../../src/services/opencloud/classify.js";
import { OpenCloudError, parseErrorBody } from "../../../src/services/opencloud/index.js";
import { RETRY_HINT_CAP_MS, retryHintMs } from "../../../src/services/opencloud/retryAfter.js";

describe("parseErrorBody", () => {
  it.each([
    ["gateway errors[]", '{"errors":[{"code":0,"message":"Invalid API Key"}]}', "0", "Invalid API Key"],
    [
      "v2 code/message",
      '{"code":"NOT_FOUND","message":"User not found.","details":[]}',
      "NOT_FOUND",
      "User not found.",
    ],
    [
      "v1 error/message/errorDetails",
      '{"error":"INSUFFICIENT_SCOPE","message":"Insufficient scope to perform the operation.","errorDetails":[{"errorDetailType":"DatastoreErrorInfo"}]}',
      "INSUFFICIENT_SCOPE",
      "Insufficient scope to perform the operation.",
    ],
    ["assets code:int", '{"code":400,"message":"\\"InvalidImage\\""}', "400", '"InvalidImage"'],
    [
      "problem details",
      '{"errors":{"assetId":["The value \'a\' is not valid."]},"title":"One or more validation errors occurred.","status":400}',
      "400",
      "One or more validation errors occurred.",
    ],
  ])("reads the %s shape", (_shape, text, code, message) => {
    const parsed = parseErrorBody(text);
    expect(parsed.code).toBe(code);
    expect(parsed.message).toBe(message);
  });

  it("keeps v1 errorDetails and v2 details", () => {
    expect(parseErrorBody('{"error":"X","errorDetails":[{"a":1}]}').details).toEqual([{ a: 1 }]);
    expect(parseErrorBody('{"code":"X","details":[{"b":2}]}').details).toEqual([{ b: 2 }]);
  });

  it.each(["", "   ", "<html>Bad gateway</html>", "null", "[1,2]", '"text"', "{"])("tolerates %j", (text) => {
    expect(parseErrorBody(text)).toEqual({ details: [] });
  });
});

const failure = (status: number, bodyText: string, headers: Record<string, string> = {}) =>
  classifyHttpFailure({ method: "GET", path: "/cloud/v2/users/1", status, headers, bodyText }, 1_000_000);

describe("classifyHttpFailure", () => {
  it.each([
    [404, '{"code":"NOT_FOUND","message":"x"}', "not_found"],
    [403, '{"code":"PERMISSION_DENIED","message":"x"}', "permission_denied"],
    [401, '{"errors":[{"code":0,"message":"Invalid API Key"}]}', "unauthenticated"],
    [401, '{"error":"INSUFFICIENT_SCOPE","message":"needs asset:write"}', "permission_denied"],
    [400, '{"code":"INVALID_ARGUMENT","message":"bad filter"}', "invalid_argument"],
    [429, "", "rate_limited"],
    [500, "", "unavailable"],
    [502, "<html></html>", "unavailable"],
    [503, '{"code":"UNAVAILABLE"}', "unavailable"],
    [409, '{"code":"ABORTED","message":"conflict"}', "unknown"],
    [418, "", "unknown"],
  ])("HTTP %i %s → %s", (status, body, kind) => {
    const error = failure(status, body);
    expect(error).toBeInstanceOf(OpenCloudError);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
  });

  it("carries the server code and message", () => {
    const error = failure(400, '{"code":"INVALID_ARGUMENT","message":"Invalid cursor."}');
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.message).toContain("Invalid cursor.");
    expect(error.message).toContain("HTTP 400");
  });

  it("names the missing scope when the body does", () => {
    const error = failure(
      403,
      '{"code":"PERMISSION_DENIED","message":"Requires scope user.inventory-item:read."}',
    );
    expect(error.missingScope).toBe("user.inventory-item:read");
    expect(failure(403, '{"code":"PERMISSION_DENIED","message":"Forbidden"}').missingScope).toBeUndefined();
    const inDetails = failure(
      403,
      '{"code":"PERMISSION_DENIED","message":"Forbidden","details":[{"missingScopes":["asset:write"]}]}',
    );
    expect(inDetails.missingScope).toBe("asset:write");
  });

  it("reads when to retry from retry-after, or from x-ratelimit-reset once the quota is used up", () => {
    expect(failure(429, "", { "retry-after": "7" }).retryAfterMs).toBe(7000);
    expect(failure(429, "", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "20" }).retryAfterMs).toBe(
      20000,
    );
    expect(failure(429, "", { "x-ratelimit-reset": "20" }).retryAfterMs).toBeUndefined();
    expect(failure(429, "").retryAfterMs).toBeUndefined();
    expect(
      failure(503, "", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "45" }).retryAfterMs,
    ).toBeUndefined();
  });
});

describe("retryHintMs", () => {
  const hint = (status: number, headers: Record<string, string>, nowMs?: number) =>
    retryHintMs({ status, headers, ...(nowMs === undefined ? {} : { nowMs }) });

  it("uses retry-after whenever it is present, for a 429 and a 5xx alike", () => {
    expect(hint(429, { "retry-after": "2", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "5" })).toBe(
      2000,
    );
    expect(hint(429, { "retry-after": "1.5" })).toBe(1500);
    expect(hint(503, { "retry-after": "3" })).toBe(3000);
  });

  it("reads x-ratelimit-reset for a 429 only when a window has nothing remaining, capped", () => {
    expect(hint(429, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "3, 3;w=60" })).toBe(3000);
    expect(hint(429, { "x-ratelimit-remaining": "86", "x-ratelimit-reset": "56442" })).toBeUndefined();
    expect(hint(429, { "x-ratelimit-remaining": "5, 0", "x-ratelimit-reset": "9, 30" })).toBe(9000);
    expect(hint(429, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "56442" })).toBe(RETRY_HINT_CAP_MS);
  });

  it("never reads x-ratelimit-* for a 5xx", () => {
    expect(hint(500, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "45" })).toBeUndefined();
  });

  it("accepts an HTTP date", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(hint(429, { "retry-after": "Wed, 01 Jan 2025 00:00:30 GMT" }, now)).toBe(30_000);
  });

  it("ignores garbage", () => {
    expect(hint(429, { "retry-after": "soon" })).toBeUndefined();
  });
});

describe("classifyConnectionError", () => {
  it("wraps socket failures as unavailable with status 0", () => {
    const error = classifyConnectionError(
      Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
      "GET",
      "/x",
    );
    expect(error?.kind).toBe("unavailable");
    expect(error?.status).toBe(0);
    expect(error?.code).toBe("UND_ERR_SOCKET");
  });

  it("leaves other errors alone", () => {
    expect(classifyConnectionError(new Error("boom"), "GET", "/x")).toBeUndefined();
    const abort = new DOMException("aborted", "AbortError");
    expect(classifyConnectionError(abort, "GET", "/x")).toBeUndefined();
  });
});
