import { systemClock } from "./clock.js";
import type { Config } from "./config.js";
import { createHttpInteractionReceiver, createInteractionRest } from "./discord/httpInteraction.js";
import type { InteractionRouter } from "./events/interactionCreate.js";
import type { StorePrimitives } from "./store/primitives/index.js";
import type { WebServer } from "./web/index.js";
import { interactionsPublicKey, registerInteractionsRoute, replayGuard } from "./web/interactions/index.js";

/**
 * INTERACTIONS_MODE=http: the web server takes Discord's signed POSTs at /interactions and hands each to
 * the router through the HTTP adapter. Replays are refused through the store, so across every instance.
 */
export async function serveInteractionsOverHttp(
  web: WebServer,
  config: Config,
  primitives: StorePrimitives,
  route: InteractionRouter,
): Promise<void> {
  const publicKey = config.interactions.publicKey;
  if (publicKey === undefined) throw new Error("INTERACTIONS_MODE=http without DISCORD_PUBLIC_KEY");
  await registerInteractionsRoute(web.app, {
    publicKey: interactionsPublicKey(publicKey),
    clock: systemClock,
    firstSeen: replayGuard(primitives),
    receive: createHttpInteractionReceiver(createInteractionRest(config.discord.apiUrl), route),
  });
}
