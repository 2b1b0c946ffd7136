import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buttonUrl,
  csrfOf,
  HttpClient,
  type LinkingHarness,
  refusalReason,
  runLink,
  startLinkingHarness,
} from "../support/linking.js";
import { createPrivateRedis, type PrivateRedis } from "../support/private-redis.js";
import { findInStore } from "../support/store-search.js";

let redis: PrivateRedis;
let linking: LinkingHarness;
const browser = new HttpClient();

beforeAll(async () => {
  redis = await createPrivateRedis();
  await redis.start();
  linking = await startLinkingHarness({ store: "redis", env: { STORE_URL: redis.url } });
});
afterAll(async () => {
  linking?.harness.assertClean(browser.pages);
  await linking?.harness.close();
  await redis?.kill();
});

describe("linking on a Redis store", () => {
  it("links once, refuses the replayed callback and a second confirm, and keeps no secret in Redis", async () => {
    const user = { id: "420000000000000001", username: "redisuser" };
    const roblox = linking.harness.roblox.world.subjects.richUser;
    const opened = await browser.request(buttonUrl(await runLink(linking.harness, user)));
    const consent = await linking.harness.roblox.oauth.consent(opened.location ?? "", {
      userId: roblox.userId,
    });
    if (consent.kind !== "redirect") throw new Error("Roblox kept the browser");
    const back = await browser.request(consent.location.toString());
    const confirm = await browser.request(back.location ?? "");
    const replay = await browser.request(consent.location.toString());
    expect(refusalReason((await browser.request(replay.location ?? "")).body)).toBe("expired");

    const form = { csrf: csrfOf(confirm.body) ?? "", decision: "confirm" };
    const first = await browser.request(`${linking.origin}/link/confirm`, { form });
    expect(first.status).toBe(303);
    const second = await browser.request(`${linking.origin}/link/confirm`, { form });
    expect(refusalReason(second.body)).toBe("expired");
    const service = linking.harness.bot()?.context.services.linking;
    expect(await service?.linkOf(user.id)).toMatchObject({
      robloxUserId: roblox.userId,
      discordUserId: user.id,
    });

    const secrets = [
      ...linking.harness.roblox.oauth.secretsSeen(),
      ...linking.harness.discord.interactionTokens(),
    ];
    for (const secret of secrets) expect(await findInStore(redis.url, secret)).toEqual([]);
  });
});
