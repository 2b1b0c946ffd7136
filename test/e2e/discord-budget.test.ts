import { createClient, type RedisClientType } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDirectMessenger } from "../../src/discord/directMessage.js";
import { routeKey, sharedDiscordBudget } from "../../src/discord/sharedBudget.js";
import { startDiscordEmulator } from "../emulators/discord/index.js";
import { createPrivateRedis, type PrivateRedis } from "../support/private-redis.js";

/** Three instances' worth of DMs at once: 90 DMs, 180 requests, well past 50 a second together. */
const INSTANCES = 3;
const DMS_EACH = 30;

let redis: PrivateRedis;
const clients: RedisClientType[] = [];

beforeAll(async () => {
  redis = await createPrivateRedis();
  for (let index = 0; index < INSTANCES; index++) {
    const client = createClient({ url: redis.url }) as RedisClientType;
    await client.connect();
    clients.push(client);
  }
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.quit()));
  await redis?.kill();
});

/** Each instance has its own REST client (its own per-process counts), as separate processes do. */
async function sendFromEveryInstance(shared: boolean, batch: string) {
  const discord = await startDiscordEmulator();
  const messengers = clients.map((client) =>
    shared
      ? createDirectMessenger(
          discord.apiUrl,
          discord.token,
          sharedDiscordBudget(client, discord.token, `test-${batch}:`),
        )
      : createDirectMessenger(discord.apiUrl, discord.token),
  );
  const outcomes = await Promise.all(
    messengers.flatMap((send, instance) =>
      Array.from({ length: DMS_EACH }, (_, index) =>
        send(`7${batch}${String(instance * 100 + index).padStart(16, "0")}`, {
          content: "Your upload is ready.",
        }),
      ),
    ),
  );
  const refused = discord.requests.filter((request) => request.status === 429);
  await discord.close();
  return { outcomes, refused };
}

describe("one Discord budget for every instance", () => {
  it("without it, instances that each keep to 50 a second together meet Discord's global 429", async () => {
    const { refused } = await sendFromEveryInstance(false, "1");
    expect(refused.length).toBeGreaterThan(0);
  }, 30_000);

  it("with it, the same DMs from three instances get no 429 at all and all arrive", async () => {
    const { outcomes, refused } = await sendFromEveryInstance(true, "2");
    expect(refused).toEqual([]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
  }, 30_000);

  it("keys route buckets by their major parameter and never keeps a webhook token", () => {
    expect(routeKey("POST", "https://discord.com/api/v10/channels/123456789012345678/messages")).toBe(
      "POST /channels/123456789012345678/messages",
    );
    expect(
      routeKey(
        "PUT",
        "http://x/api/v10/guilds/123456789012345678/members/223456789012345678/roles/323456789012345678",
      ),
    ).toBe("PUT /guilds/123456789012345678/members/:id/roles/:id");
    const webhook = routeKey(
      "PATCH",
      "http://x/api/v10/webhooks/123456789012345678/secret-token/messages/@original",
    );
    expect(webhook).not.toContain("secret-token");
    expect(webhook).toMatch(/^PATCH \/webhooks\/123456789012345678\/[0-9a-f]{24}\/messages\/@original$/);
  });
});
