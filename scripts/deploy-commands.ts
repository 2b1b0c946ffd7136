/**
 * Registers the bot's slash commands with Discord (a bulk overwrite).
 *   npm run deploy-commands              → the development server (DISCORD_DEV_GUILD_ID) if set, else global
 *   npm run deploy-commands -- --global  → global, for every server the bot is in
 *   npm run deploy-commands -- --dry-run → print the JSON that would be sent, change nothing
 */
import { parseArgs } from "node:util";
import { REST, type RESTGetAPIApplicationCommandsResult, Routes } from "discord.js";
import { commands } from "../src/commands/index.js";
import { ConfigError, loadConfig } from "../src/config.js";

const { values: flags } = parseArgs({
  options: { global: { type: "boolean", default: false }, "dry-run": { type: "boolean", default: false } },
});
const body = commands.map((command) => command.data);

if (flags["dry-run"]) {
  console.log(JSON.stringify(body, null, 2));
  console.log(`${body.length} command(s); nothing was sent (dry run).`);
  process.exit(0);
}

try {
  const config = loadConfig();
  const rest = new REST({ api: config.discord.apiUrl }).setToken(config.discord.token);
  const applicationId =
    config.discord.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const guildId = flags.global ? undefined : config.discord.devGuildId;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body })) as RESTGetAPIApplicationCommandsResult;
  const where = guildId
    ? `the server ${guildId}`
    : "every server (global commands may take a while to appear)";
  console.log(
    `Registered ${registered.length} command(s) in ${where}: ${registered.map((c) => `/${c.name}`).join(", ")}`,
  );
} catch (error) {
  console.error(
    error instanceof ConfigError ? error.message : `Registration failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
