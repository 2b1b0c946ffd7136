/**
 * Runs the Discord emulator until interrupted and prints how to point a bot at it.
 * Environment: DISCORD_EMULATOR_PORT (default 0 = any free port), DISCORD_EMULATOR_TOKEN,
 * DISCORD_EMULATOR_APPLICATION_ID, DISCORD_EMULATOR_GUILD_ID, DISCORD_EMULATOR_RECORD (JSON-lines file).
 */
import { startDiscordEmulator } from "./index.js";

const env = process.env;
const options = {
  port: Number(env.DISCORD_EMULATOR_PORT ?? 0),
  ...(env.DISCORD_EMULATOR_TOKEN ? { token: env.DISCORD_EMULATOR_TOKEN } : {}),
  ...(env.DISCORD_EMULATOR_APPLICATION_ID ? { applicationId: env.DISCORD_EMULATOR_APPLICATION_ID } : {}),
  ...(env.DISCORD_EMULATOR_GUILD_ID ? { guilds: [{ id: env.DISCORD_EMULATOR_GUILD_ID }] } : {}),
};

const emu = await startDiscordEmulator(options);
console.log(`Discord emulator listening on ${emu.url}
  REST api (rest.api): ${emu.apiUrl}
  gateway:             ${emu.gatewayUrl}
  CDN:                 ${emu.cdnUrl}
  bot token:           ${emu.token}
  application id:      ${emu.applicationId}
  guilds:              ${emu.guilds.map((guild) => `${guild.name} (${guild.id})`).join(", ")}
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
