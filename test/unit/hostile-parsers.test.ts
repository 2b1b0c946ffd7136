import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { CUSTOM_ID_MAX_LENGTH } from "../../src/protocol/customId.js";
import { pagerId } from "../../src/protocol/pagerId.js";
import {
  MAX_IDS_TO_CHECK,
  parseAssetTypes,
  parseInventoryOptions,
} from "../../src/services/inventory/options.js";
import { PAGER_ACTIONS } from "../../src/services/pager/position.js";
import { checkAssetId, checkAttachmentUrl, displayNameFor } from "../../src/services/uploads/preflight.js";
import { parseUserReference } from "../../src/services/users/userInput.js";
import { HUGE_LIST, hostileAssetTypeList, hostileIdList, hostileText } from "../support/hostile-inputs.js";
import { inventoryFilterProblems } from "../support/roblox-requests.js";

const RUNS = 2_000;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must never be echoed back
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Runs `parse`; a UserError is a fine answer if it is short and printable, anything else thrown fails. */
function outcome<T>(parse: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { ok: false, message: error.message };
  }
}

function expectPlainMessage(message: string): void {
  expect(message.length).toBeGreaterThan(0);
  expect(message.length).toBeLessThanOrEqual(400);
  expect(message).not.toMatch(CONTROL);
  expect(message).not.toContain("@everyone");
}

describe("usernames and user IDs", () => {
  it("reads any text as a valid ID, a valid username, or a plain UserError", () => {
    fc.assert(
      fc.property(hostileText(300), (typed) => {
        const result = outcome(() => parseUserReference(typed));
        if (!result.ok) return expectPlainMessage(result.message);
        if (result.value.kind === "id") expect(result.value.id).toMatch(/^[1-9]\d{0,18}$/);
        else expect(result.value.name).toMatch(/^(?=.{3,32}$)[A-Za-z0-9](?:[A-Za-z0-9_]*[A-Za-z0-9])?$/);
      }),
      { numRuns: RUNS },
    );
  });

  it("never lets filter-grammar or path characters through", () => {
    fc.assert(
      fc.property(
        hostileText(),
        fc.constantFrom(";", "=", ",", "/", "?", "#", "%", "*", " ", "'"),
        (text, bad) => {
          const result = outcome(() => parseUserReference(`${text}${bad}x`));
          if (result.ok) expect(JSON.stringify(result.value)).not.toContain(bad);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("/inventory options", () => {
  const booleans = fc.option(fc.boolean(), { nil: null });
  const text = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: null, freq: 2 });
  const options = fc.record({
    assets: booleans,
    badges: booleans,
    gamePasses: booleans,
    privateServers: booleans,
    collectiblesOnly: booleans,
    assetTypes: text(hostileAssetTypeList()),
    assetIds: text(hostileIdList()),
    badgeIds: text(hostileIdList()),
    gamePassIds: text(hostileIdList()),
    privateServerIds: text(hostileIdList()),
  });

  it("turns any options into a well-formed filter or a plain UserError", () => {
    fc.assert(
      fc.property(options, (input) => {
        const result = outcome(() => parseInventoryOptions(input));
        if (!result.ok) return expectPlainMessage(result.message);
        const query = result.value;
        if (query.filter !== undefined) expect(inventoryFilterProblems(query.filter)).toEqual([]);
        if (query.mode === "check") {
          const ids = Object.values(query.ids).flat();
          expect(ids.length).toBeGreaterThan(0);
          expect(ids.length).toBeLessThanOrEqual(MAX_IDS_TO_CHECK);
          for (const list of Object.values(query.ids)) expect(new Set(list).size).toBe(list.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("dedupes repeated IDs and ignores empty entries", () => {
    const query = parseInventoryOptions({ assetIds: " ,1,,1, 2 ,2,,", badgeIds: ",,," });
    expect(query).toMatchObject({ mode: "check", filter: "assetIds=1,2" });
  });

  it("answers thousands of IDs with a plain limit message, quickly", () => {
    const started = performance.now();
    const result = outcome(() => parseInventoryOptions({ assetIds: HUGE_LIST }));
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toMatch(/up to 25 IDs; you gave 5,000/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("refuses injections into the filter grammar", () => {
    for (const injected of ["HAT;badges=true", "Hat=1", "*;gamePasses=true", "Hat,badges=true"]) {
      expect(() => parseAssetTypes(injected)).toThrow(UserError);
    }
    for (const injected of ["1;badges=true", "1=2", "1,2;assetIds=3", "0x10", "-1", "1.0"]) {
      expect(() => parseInventoryOptions({ assetIds: injected })).toThrow(UserError);
    }
  });
});

describe("pager custom_ids", () => {
  const valid = fc.record({
    session: fc.stringMatching(/^[A-Za-z0-9_-]{12}$/),
    page: fc.nat({ max: 99_999 }).map(String),
    action: fc.constantFrom(...PAGER_ACTIONS),
  });

  it("decodes only ids it could have encoded", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileText(150),
          fc.string({ maxLength: 150 }).map((tail) => `pg:v2:${tail}`),
        ),
        (id) => {
          const decoded = pagerId.decode(id);
          if (decoded !== null) expect(pagerId.encode(decoded)).toBe(id);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("rejects every single-character tampering that leaves the grammar, and anything over-long", () => {
    fc.assert(
      fc.property(valid, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (fields, at, char) => {
        const id = pagerId.encode(fields);
        const position = at % id.length;
        const tampered = id.slice(0, position) + char + id.slice(position + 1);
        const decoded = pagerId.decode(tampered);
        if (decoded !== null) expect(pagerId.encode(decoded)).toBe(tampered);
        expect(pagerId.decode(id + "x".repeat(CUSTOM_ID_MAX_LENGTH))).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});

describe("attachment URLs", () => {
  const CDN = ["cdn.discordapp.com", "media.discordapp.net"];
  const hostileHost = fc.constantFrom(
    "127.0.0.1",
    "localhost",
    "[::1]",
    "[::ffff:127.0.0.1]",
    "2130706433",
    "0x7f.1",
    "0177.0.0.1",
    "10.0.0.5",
    "172.16.3.4",
    "192.168.1.1",
    "169.254.169.254",
    "[fd00::1]",
    "0.0.0.0",
    "cdn.discordapp.com.evil.example",
    "evilcdn.discordapp.com",
    "cdn.discordapp.com.",
    "xn--cdn-discordapp-com.example",
  );

  it("accepts only the CDN hosts on their default port, with no credentials", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("http", "https", "file", "ftp", "gopher", "data", "javascript"),
        fc.oneof(hostileHost, fc.constantFrom(...CDN), fc.domain()),
        fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: undefined }),
        fc.option(fc.constantFrom("user", "cdn.discordapp.com", "user:pass"), { nil: undefined }),
        fc.webPath(),
        (scheme, host, port, userinfo, path) => {
          const raw = `${scheme}://${userinfo === undefined ? "" : `${userinfo}@`}${host}${port === undefined ? "" : `:${port}`}${path}`;
          const result = outcome(() => checkAttachmentUrl(raw, CDN));
          if (!result.ok) return expectPlainMessage(result.message);
          const url = result.value;
          expect(CDN).toContain(url.hostname);
          expect(["http:", "https:"]).toContain(url.protocol);
          expect(url.port).toBe("");
          expect(url.username + url.password).toBe("");
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("upload text options", () => {
  it("makes a display name of at most 50 code points with no line breaks, from anything", () => {
    fc.assert(
      fc.property(fc.option(hostileText(300), { nil: undefined }), hostileText(300), (given, fileName) => {
        const name = displayNameFor(given, fileName);
        expect(Array.from(name).length).toBeLessThanOrEqual(50);
        expect(name.length).toBeGreaterThan(0);
        expect(name).not.toMatch(/[\r\n\t]/);
      }),
      { numRuns: RUNS },
    );
  });

  it("accepts only numeric asset IDs", () => {
    fc.assert(
      fc.property(hostileText(40), (typed) => {
        const result = outcome(() => checkAssetId(typed));
        if (result.ok) expect(typed).toMatch(/^\d{1,20}$/);
        else expectPlainMessage(result.message);
      }),
      { numRuns: RUNS },
    );
  });
});
