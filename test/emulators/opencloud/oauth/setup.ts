import type { EmulatorClock } from "../clock.js";
import type { World } from "../world/world.js";
import { AuthorizationServer } from "./authorizationServer.js";
import { createOAuthControl, DEFAULT_APP_SCOPES, type OAuthControl } from "./control.js";
import type { OAuthOptions } from "./types.js";

/**
 * The OAuth server of one emulator: the built-in app (unless `options.apps` is given) and a seeded user
 * under 13. `control` needs the emulator's URL, known only once it listens.
 */
export function setUpOAuth(
  world: World,
  clock: EmulatorClock,
  options: OAuthOptions,
): { server: AuthorizationServer; control: (baseUrl: string) => OAuthControl } {
  const server = new AuthorizationServer(world, clock, options);
  const defaultApp =
    options.apps === undefined
      ? server.registerApp({
          name: "Emulated bot",
          redirectUris: ["http://localhost:3000/oauth/callback"],
          scopes: DEFAULT_APP_SCOPES,
        })
      : server.firstApp();
  const under13 = world.addUser({ name: "YoungBuilder2015", displayName: "Young Builder" });
  server.markUnder13(under13.id);
  return {
    server,
    control: (baseUrl) => {
      server.issuer = `${baseUrl}/oauth/`;
      return createOAuthControl(baseUrl, server, defaultApp, { userId: under13.id, username: under13.name });
    },
  };
}
