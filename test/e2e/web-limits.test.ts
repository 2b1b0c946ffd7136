import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageState } from "../emulators/discord/types.js";
import { WEB_LIMIT_FAMILIES } from "../emulators/opencloud/index.js";
import { type Harness, startHarness } from "../support/harness.js";

// The legacy web APIs are throttled per IP with the emulator's realistic (conservative) numbers,
// and the bot runs with its matching budget.
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    opencloud: { webLimits: "realistic", pendingThumbnails: 0 },
    env: { ROBLOX_WEB_LIMITS: "realistic" },
  });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

const WEB_PATHS =
  /^\/(v1\/usernames\/users|v1\/catalog\/|v1\/badges\/|game-passes\/|v1\/assets$|v1\/game-passes$)/;
const webRequests = () => harness.roblox.requests.filter((r) => WEB_PATHS.test(r.path));
const webTooMany = () => webRequests().filter((r) => r.status === 429);
const world = () => harness.roblox.world;

async function finalMessage(name: string, options: Record<string, unknown>): Promise<MessageState> {
  const handle = harness.discord.runCommand({ name, options });
  return handle.waitFor((m) => !m.loading && (m.embeds.length > 0 || m.content.length > 0));
}

const embedText = (message: MessageState) => JSON.stringify(message.embeds[0] ?? {});

describe("usernames under the per-IP limit", () => {
  it("coalesces concurrent lookups, caches IDs, and says plainly when Roblox is limiting instead of asking", async () => {
    const { smallUser, richUser } = world().subjects;
    const [small, rich] = await Promise.all([
      finalMessage("user", { user: smallUser.username }),
      finalMessage("user", { user: richUser.username }),
    ]);
    expect(embedText(small)).toContain(smallUser.userId);
    expect(embedText(rich)).toContain(richUser.userId);
    expect(harness.roblox.countRequests({ family: "usernames" })).toBe(1);

    // The one lookup Roblox allows per 90 s is spent: the bot does not ask, it explains.
    const limited = await finalMessage("user", { user: "SomeoneElseEntirely" });
    expect(limited.ephemeral).toBe(true);
    expect(limited.content).toMatch(/Roblox is limiting username lookups/);
    expect(limited.content).toMatch(/numeric user ID/);
    expect(harness.roblox.countRequests({ family: "usernames" })).toBe(1);

    // A name looked up before comes from the cache.
    const again = await finalMessage("user", { user: smallUser.username.toUpperCase() });
    expect(embedText(again)).toContain(smallUser.userId);
    expect(harness.roblox.countRequests({ family: "usernames" })).toBe(1);
    expect(webTooMany()).toHaveLength(0);
  });
});

describe("inventory names and pictures under the per-IP limits", () => {
  it("never runs into a 429, renders every page, says what is missing, and does not ask again at once", async () => {
    const users = world()
      .listUsers()
      .filter(
        (user) =>
          user.inventoryPublic &&
          world()
            .inventoryOf(user.id)
            .some((item) => item.kind === "asset"),
      )
      .slice(0, 8);
    expect(users.length).toBe(8);
    const pages: MessageState[] = [];
    for (const user of users) pages.push(await finalMessage("inventory", { user: user.id }));
    for (const page of pages) expect(page.embeds[0]?.description ?? "").toMatch(/\n\n.+/);
    // Eight first pages need more catalog requests than the five a minute Roblox allows.
    const last = pages.at(-1) as MessageState;
    expect(embedText(last)).toMatch(/Roblox is limiting/);
    expect(webTooMany()).toHaveLength(0);

    const before = webRequests().length;
    await finalMessage("inventory", { user: users.at(-1)?.id });
    expect(webRequests().length).toBe(before);
    expect(WEB_LIMIT_FAMILIES.length).toBe(5);
  });
});
