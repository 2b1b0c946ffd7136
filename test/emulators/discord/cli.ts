/**
 * Runs the Discord emulator until interrupted and prints how to point a bot at it.
 * Environment: DISCORD_EMULATOR_PORT (default 0 = any free port), DISCORD_EMULATOR_TOKEN,
 * DISCORD_EMULATOR_APPLICATION_ID, DISCORD_EMULATOR_GUILD_ID, DISCORD_EMULATOR_RECORD (JSON-lines file),
 * DISCORD_EMULATOR_OAUTH_REDIRECT_URIS (comma-separated), DISCORD_EMULATOR_OAUTH_CLIENT_SECRET,
 * DISCORD_EMULATOR_INTERACTIONS_URL (deliver interactions over HTTP to this URL instead of the gateway).
 */
import { startDiscordEmulator } from "./index.js";

const env = process.env;
const options = {
  port: Number(env.DISCORD_EMULATOR_PORT ?? 0),
  ...(env.DISCORD_EMULATOR_TOKEN ? { token: env.DISCORD_EMULATOR_TOKEN } : {}),
  ...(env.DISCORD_EMULATOR_APPLICATION_ID ? { applicationId: env.DISCORD_EMULATOR_APPLICATION_ID } : {}),
  ...(env.DISCORD_EMULATOR_GUILD_ID ? { guilds: [{ id: env.DISCORD_EMULATOR_GUILD_ID }] } : {}),
  oauth: {
    redirectUris: (env.DISCORD_EMULATOR_OAUTH_REDIRECT_URIS ?? "").split(",").filter((uri) => uri.length > 0),
    ...(env.DISCORD_EMULATOR_OAUTH_CLIENT_SECRET
      ? { clientSecret: env.DISCORD_EMULATOR_OAUTH_CLIENT_SECRET }
      : {}),
  },
};

const emu = await startDiscordEmulator(options);
if (env.DISCORD_EMULATOR_INTERACTIONS_URL)
  await emu.setInteractionsEndpoint(env.DISCORD_EMULATOR_INTERACTIONS_URL);
console.log(`Discord emulator listening on ${emu.url}
  REST api (rest.api): ${emu.apiUrl}
  gateway:             ${emu.gatewayUrl}
  CDN:                 ${emu.cdnUrl}
  bot token:           ${emu.token}
  application id:      ${emu.applicationId}
  guilds:              ${emu.guilds.map((guild) => `${guild.name} (${guild.id})`).join(", ")}
  public key:          ${emu.verifyKey}${env.DISCORD_EMULATOR_INTERACTIONS_URL ? ` (interactions POSTed to ${env.DISCORD_EMULATOR_INTERACTIONS_URL})` : ""}
  OAuth2:              ${emu.oauthAuthorizeUrl} (client ${emu.oauth.clientId}, secret ${emu.oauth.clientSecret},
                       redirect URIs ${emu.oauth.redirectUris.join(" ") || "none"}; sign in with POST /_emulator/oauth/sign-in)
  control:             POST ${emu.url}/_emulator/command {"name":"ping","options":{...}}, POST /_emulator/click,
                       GET /_emulator/messages | /requests | /violations
Press Ctrl+C to stop.`);

const stop = (): void => {
  emu.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
