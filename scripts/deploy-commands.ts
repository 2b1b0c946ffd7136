/**
 * Registers the bot's slash commands with Discord (a bulk overwrite), after showing what changes.
 *   npm run deploy-commands              → the development server (DISCORD_DEV_GUILD_ID) if set, else global
 *   npm run deploy-commands -- --global  → global, for every server the bot is in
 *   npm run deploy-commands -- --dry-run → show the changes and the JSON, send nothing
 */
import { parseArgs } from "node:util";
import { API } from "@discordjs/core/http-only";
import { REST } from "@discordjs/rest";
import {
  type CommandChanges,
  definitionsFor,
  planRegistration,
  registerCommands,
  resolveApplicationId,
} from "../src/cli/registration/index.js";
import { commands } from "../src/commands/index.js";
import { ConfigError, loadConfig } from "../src/config.js";

const { values: flags } = parseArgs({
  options: { global: { type: "boolean", default: false }, "dry-run": { type: "boolean", default: false } },
});
const definitions = commands.map((command) => command.data);

function describeChanges(changes: CommandChanges): string {
  const line = (label: string, names: readonly string[]) =>
    names.length > 0 ? `  ${label}: ${names.map((name) => `/${name}`).join(", ")}` : undefined;
  return [
    line("new", changes.added),
    line("changed", changes.changed),
    line("removed", changes.removed),
    line("unchanged", changes.unchanged),
  ]
    .filter((text) => text !== undefined)
    .join("\n");
}

if (flags["dry-run"])
  console.log(
    JSON.stringify(definitionsFor({ applicationId: "", guildId: undefined }, definitions), null, 2),
  );

try {
  const config = loadConfig();
  const api = new API(new REST({ api: config.discord.apiUrl }).setToken(config.discord.token));
  const applicationId = await resolveApplicationId(api, config.discord.applicationId);
  const guildId = flags.global ? undefined : config.discord.devGuildId;
  const target = { applicationId, guildId };
  const where = guildId
    ? `the server ${guildId}`
    : "every server (global commands can take a while to appear)";
  const changes = await planRegistration(api, target, definitions);
  console.log(`Commands for ${where}:\n${describeChanges(changes)}`);
  const nothingChanged =
    changes.added.length === 0 && changes.changed.length === 0 && changes.removed.length === 0;
  if (flags["dry-run"]) {
    console.log("Dry run: nothing was sent.");
  } else if (nothingChanged) {
    // Discord allows 200 command creates a day per server: an unchanged deploy sends nothing.
    console.log("Nothing changed: nothing was registered.");
  } else {
    const registered = await registerCommands(api, target, definitions);
    console.log(`Registered ${registered.length} command(s).`);
  }
} catch (error) {
  if (flags["dry-run"] && error instanceof ConfigError) {
    console.log(`Dry run without a configuration (${error.message}): the JSON above is what would be sent.`);
  } else {
    console.error(
      error instanceof ConfigError ? error.message : `Registration failed: ${(error as Error).message}`,
    );
    process.exit(1);
  }
}
