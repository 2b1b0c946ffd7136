import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorldUser } from "../emulators/opencloud/world/model.js";
import { type Harness, startHarness } from "../support/harness.js";
import {
  hostileAssetTypeList,
  hostileIdList,
  hostileText,
  NASTY_STRINGS,
} from "../support/hostile-inputs.js";
import { noticeProblems, type Outcome, outcomeOf } from "../support/outcomes.js";
import { assertWellFormedRobloxRequests } from "../support/roblox-requests.js";

/** Generated inputs per command, end to end through the real bot (the pure parsers get thousands in unit tests). */
const RUNS = { user: 20, groups: 20, inventory: 30 };
/** A fixed seed keeps the end-to-end sample (and its counts) reproducible; set FC_SEED to explore others. */
const SEED = Number(process.env.FC_SEED ?? 11);

let harness: Harness;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
/** Counts of what was tried, by command and outcome, printed at the end. */
const tried = new Map<string, number>();
const count = (key: string) => tried.set(key, (tried.get(key) ?? 0) + 1);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  // Rate limits off: this file is about input; the load test runs with the real limits.
  harness = await startHarness({ opencloud: { rateLimits: "off" } });
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  console.info("hostile command inputs tried:", Object.fromEntries(tried));
  harness?.assertClean();
  await harness?.close();
});

/** The user Roblox knows by what was typed, judged from the emulator's world (not the bot's parser). */
function expectedUser(typed: string): WorldUser | undefined {
  const text = typed.trim();
  if (/^[1-9]\d{0,18}$/.test(text)) return harness.roblox.world.getUser(text);
  const name = text.startsWith("@") ? text.slice(1) : text;
  if (!/^(?=.{3,20}$)[A-Za-z0-9]+(?:_[A-Za-z0-9]+)?$/.test(name)) return undefined;
  return harness.roblox.world.findUserByName(name);
}

/** Real users' names and IDs, decorated the ways people type them, among hostile text. */
function userInput(): fc.Arbitrary<string> {
  const { richUser, smallUser, emptyUser, manyGroupsUser, oneGroupUser, longNameUser } =
    harness.roblox.world.subjects;
  const real = fc.constantFrom(smallUser, emptyUser, manyGroupsUser, oneGroupUser, longNameUser, richUser);
  const decorated = fc
    .tuple(real, fc.constantFrom("id", "name", "@name", "UPPER", " pad ", "id;x"))
    .map(([subject, style]) => {
      if (style === "id") return subject.userId;
      if (style === "@name") return `@${subject.username}`;
      if (style === "UPPER") return subject.username.toUpperCase();
      if (style === " pad ") return `  ${subject.username}\t`;
      if (style === "id;x") return `${subject.userId};badges=true`;
      return subject.username;
    });
  return fc.oneof({ weight: 3, arbitrary: decorated }, { weight: 2, arbitrary: hostileText(60) });
}

async function expectGoodOutcome(
  handle: ReturnType<Harness["discord"]["runCommand"]>,
  typedUser: string,
  label: string,
) {
  const since = harness.roblox.requests.length;
  const outcome: Outcome = await outcomeOf(handle);
  count(`${label} ${outcome.kind}`);
  expect(noticeProblems(outcome)).toEqual([]);
  const user = expectedUser(typedUser);
  if (outcome.kind === "answer") {
    expect(user, `an answer for ${JSON.stringify(typedUser)}, who is nobody`).toBeDefined();
    expect(outcome.text).toContain(user?.id ?? "?");
  }
  // Every Roblox request of this command has been made once the bot has handled it to the end.
  await harness.settled();
  assertWellFormedRobloxRequests(harness.roblox, since);
  return outcome;
}

const privacy = fc.option(fc.boolean(), { nil: undefined });
const withPrivacy = (options: Record<string, unknown>, isPrivate: boolean | undefined) =>
  isPrivate === undefined ? options : { ...options, private: isPrivate };

describe("hostile input end to end", () => {
  it("/user: every hand-picked nasty string gets a private, plain notice", async () => {
    for (const typed of NASTY_STRINGS) {
      const handle = harness.discord.runCommand({ name: "user", options: { user: typed } });
      const outcome = await expectGoodOutcome(handle, typed, "/user nasty");
      expect(outcome.kind).toBe("notice");
    }
  });

  it("/user: generated names and IDs", async () => {
    await fc.assert(
      fc.asyncProperty(userInput(), privacy, async (typed, isPrivate) => {
        const handle = harness.discord.runCommand({
          name: "user",
          options: withPrivacy({ user: typed }, isPrivate),
        });
        await expectGoodOutcome(handle, typed, "/user generated");
      }),
      { numRuns: RUNS.user, seed: SEED },
    );
  });

  it("/groups: generated users and group IDs (negative, zero, huge, real)", async () => {
    const { oneGroup, manyRolesGroup } = harness.roblox.world.subjects;
    const groupId = fc.option(
      fc.oneof(
        fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
        fc.constantFrom(
          0,
          -1,
          1,
          2 ** 31,
          2 ** 53 - 1,
          Number(oneGroup.groupId),
          Number(manyRolesGroup.groupId),
        ),
      ),
      { nil: undefined, freq: 1 },
    );
    await fc.assert(
      fc.asyncProperty(userInput(), groupId, privacy, async (typed, group, isPrivate) => {
        const options = withPrivacy({ user: typed, ...(group === undefined ? {} : { group }) }, isPrivate);
        const handle = harness.discord.runCommand({ name: "groups", options });
        const outcome = await expectGoodOutcome(handle, typed, "/groups");
        if (group !== undefined && group < 1) expect(outcome.kind).toBe("notice");
      }),
      { numRuns: RUNS.groups, seed: SEED },
    );
  });

  it("/inventory: generated users, kinds, asset type lists and ID lists", async () => {
    const { smallUser, emptyUser } = harness.roblox.world.subjects;
    const user = fc.oneof(
      fc.constantFrom(smallUser.username, emptyUser.userId, smallUser.userId),
      userInput(),
    );
    const flag = fc.option(fc.boolean(), { nil: undefined });
    const validIds = fc
      .array(fc.bigInt({ min: 1n, max: 10n ** 10n }), { minLength: 1, maxLength: 5 })
      .map((ids) => ids.join(", "));
    const list = (arb: fc.Arbitrary<string>) =>
      fc.option(fc.oneof(arb, validIds), { nil: undefined, freq: 6 });
    const kinds = fc.record(
      {
        assets: flag,
        badges: flag,
        game_passes: flag,
        private_servers: flag,
        collectibles_only: flag,
        asset_types: fc.option(hostileAssetTypeList(), { nil: undefined, freq: 2 }),
      },
      { requiredKeys: [] },
    );
    const idLists = fc.record(
      {
        asset_ids: list(hostileIdList(30)),
        badge_ids: list(hostileIdList(10)),
        game_pass_ids: list(hostileIdList(10)),
        private_server_ids: list(hostileIdList(10)),
      },
      { requiredKeys: [] },
    );
    // Mostly one mode at a time (kinds, or ID lists), sometimes both mixed, which Roblox cannot answer.
    const options = fc
      .tuple(
        user,
        fc.oneof(
          kinds,
          idLists,
          fc.tuple(kinds, idLists).map(([a, b]) => ({ ...a, ...b })),
        ),
        flag,
      )
      .map(([typed, chosen, isPrivate]) => ({ user: typed, ...chosen, private: isPrivate }));
    await fc.assert(
      fc.asyncProperty(options, async (input) => {
        const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
        const handle = harness.discord.runCommand({ name: "inventory", options: given });
        await expectGoodOutcome(handle, input.user, "/inventory");
      }),
      { numRuns: RUNS.inventory, seed: SEED },
    );
  });

  it("/inventory: thousands of IDs, and filter injections, are refused plainly with no request", async () => {
    const { smallUser } = harness.roblox.world.subjects;
    const cases: Record<string, string>[] = [
      { asset_ids: Array.from({ length: 3_000 }, (_, index) => String(index + 1)).join(",") },
      { asset_types: "HAT;badges=true" },
      { asset_types: "Hat=1,*" },
      { asset_ids: "1;badgeIds=2" },
      { badge_ids: "1,,2,,1,x" },
      { private_server_ids: "-1" },
    ];
    for (const extra of cases) {
      const since = harness.roblox.countRequests({ family: "inventory" });
      const handle = harness.discord.runCommand({
        name: "inventory",
        options: { user: smallUser.userId, ...extra },
      });
      const outcome = await expectGoodOutcome(handle, smallUser.userId, "/inventory crafted");
      expect(outcome.kind).toBe("notice");
      expect(harness.roblox.countRequests({ family: "inventory" })).toBe(since);
    }
  });

  it("left no unhandled rejection and logged no unexpected failure", () => {
    expect(unhandled).toEqual([]);
    // The generators must reach real answers too, not only refusals.
    for (const command of ["/user generated", "/groups", "/inventory"]) {
      expect(tried.get(`${command} answer`) ?? 0, command).toBeGreaterThan(0);
    }
    expect(harness.logs.filter((line) => line.includes('"level":50'))).toEqual([]);
  });
});
