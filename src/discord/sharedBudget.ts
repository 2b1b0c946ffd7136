import { createHash, randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { DefaultRestOptions, type ResponseLike } from "@discordjs/rest";
import { type RedisEvalClient, SLIDING_LOG_LUA } from "../services/opencloud/redisLimiter.js";
import type { Stores } from "../store/index.js";
import { REDIS_KEY_PREFIX } from "../store/primitives/index.js";

type MakeRequest = (typeof DefaultRestOptions)["makeRequest"];

/**
 * "All bots can make up to 50 requests per second to our API … Interaction endpoints are not bound to
 * the bot's Global Rate Limit" (discord-api-docs topics/rate-limits, "Global Rate Limit"); a little
 * under, since the window is counted here and at Discord a few ms apart.
 */
const GLOBAL_PER_SECOND = 45;
const GLOBAL_WINDOW_MS = 1_000;
/** Longest single sleep, so a waiter sees slots another instance freed soon enough. */
const MAX_POLL_MS = 250;

/**
 * A route bucket's remaining count, kept under KEYS[1] until its reset (set from the response
 * headers). Takes one when some remain and answers 0; else the ms until the bucket resets.
 */
const BUCKET_TAKE_LUA = `
local remaining = redis.call('GET', KEYS[1])
if not remaining then return 0 end
if tonumber(remaining) <= 0 then return math.max(1, redis.call('PTTL', KEYS[1])) end
redis.call('DECR', KEYS[1])
return 0
`;

export interface RedisBudgetClient extends RedisEvalClient {
  set(key: string, value: string, options: { expiration: { type: "PX"; value: number } }): Promise<unknown>;
}

/**
 * The route bucket a request counts against: method and path, with the ids that are not a bucket's
 * major parameter (channel, guild, webhook) replaced, and webhook tokens hashed (they are secrets).
 */
export function routeKey(method: string, url: string): string {
  const path = new URL(url).pathname.replace(/^\/api(\/v\d+)?/, "");
  const parts = path.split("/");
  const shaped = parts.map((part, index) => {
    const previous = parts[index - 1] ?? "";
    if (previous === "webhooks" || previous === "channels" || previous === "guilds") return part;
    if (parts[index - 2] === "webhooks" && index === 3) return hashOf(part);
    return /^\d{17,20}$/.test(part) ? ":id" : part;
  });
  return `${method.toUpperCase()} ${shaped.join("/")}`;
}

function hashOf(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 24);
}

function isInteractionRoute(key: string): boolean {
  return / \/(webhooks|interactions)\//.test(key);
}

/**
 * One Discord budget for every process of the bot on one Redis: the global 50 requests a second and
 * the route buckets belong to the bot token, while @discordjs/rest counts both per process. Plugged in
 * as a REST client's `makeRequest`, it waits for a global slot (interaction routes excepted) and for
 * the route's bucket, then records the bucket Discord's response headers announce, for every process.
 */
export function sharedDiscordBudget(
  client: RedisBudgetClient,
  botToken: string | undefined,
  prefix: string,
  makeRequest: MakeRequest = DefaultRestOptions.makeRequest,
): MakeRequest {
  const owner = botToken === undefined ? "webhooks" : hashOf(botToken);
  const globalKey = `${prefix}discord:global:${owner}`;
  const bucketKey = (key: string) => `${prefix}discord:bucket:${owner}:${hashOf(key)}`;

  async function waitFor(script: string, keys: string[], args: string[]): Promise<void> {
    for (;;) {
      const waitMs = Number(await client.eval(script, { keys, arguments: args }));
      if (waitMs <= 0) return;
      await delay(Math.min(waitMs, MAX_POLL_MS) + Math.floor(Math.random() * 10));
    }
  }

  async function record(key: string, response: ResponseLike): Promise<void> {
    const remaining = Number(response.headers.get("x-ratelimit-remaining"));
    const resetAfterMs = Number(response.headers.get("x-ratelimit-reset-after")) * 1000;
    if (!Number.isFinite(remaining) || !Number.isFinite(resetAfterMs) || resetAfterMs <= 0) return;
    await client.set(bucketKey(key), String(remaining), {
      expiration: { type: "PX", value: Math.ceil(resetAfterMs) },
    });
  }

  return async (url, init) => {
    const key = routeKey(init.method ?? "GET", url);
    if (!isInteractionRoute(key) && botToken !== undefined) {
      await waitFor(
        SLIDING_LOG_LUA,
        [globalKey],
        [String(GLOBAL_PER_SECOND), String(GLOBAL_WINDOW_MS), randomUUID()],
      );
    }
    await waitFor(BUCKET_TAKE_LUA, [bucketKey(key)], []);
    const response = await makeRequest(url, init);
    await record(key, response);
    return response;
  };
}

/** The shared budget over the store's Redis; with another store the bot is one process, and REST's own counts do. */
export function discordBudget(stores: Stores, botToken: string | undefined): MakeRequest {
  return stores.redis
    ? sharedDiscordBudget(stores.redis, botToken, REDIS_KEY_PREFIX)
    : DefaultRestOptions.makeRequest;
}
