/**
 * npm run demo: the Open Cloud and Discord emulators, the real bot (its own process) wired to them,
 * the commands registered, and a tour of every command printed as a transcript. Exits 0 when every
 * step worked, non-zero with the reason otherwise. No accounts, no network beyond loopback.
 */
import { parseArgs } from "node:util";
import { API } from "@discordjs/core/http-only";
import { REST } from "@discordjs/rest";
import { registerCommands } from "../../src/cli/registration/index.js";
import { commands } from "../../src/commands/index.js";
import { LOCALES, type LocaleId } from "../../src/i18n/locales.js";
import { seedWorld } from "../../test/emulators/opencloud/world/seed.js";
import { seededGuildIds } from "../../test/support/emulatorEnv.js";
import { startHarness } from "../../test/support/harness.js";
import { buildTour } from "./tour.js";
import { frame } from "./transcript.js";

// npm run demo -- --locale pt-BR: the member and the server speak that language (default en-US).
const { values: flags } = parseArgs({ options: { locale: { type: "string", default: "en-US" } } });
if (!(LOCALES as readonly string[]).includes(flags.locale)) {
  console.error(`--locale must be one of ${LOCALES.join(", ")}`);
  process.exit(2);
}
const locale = flags.locale as LocaleId;
const admin = seedWorld(1).subjects.admin;
const harness = await startHarness({
  childProcess: true,
  store: "sqlite",
  opencloud: { operationPolls: 1 },
  // Uploads to the operator's account only in the demo's own server, as a real deployment names its servers.
  env: ({ discord }) => ({
    ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
    UPLOAD_GUILD_IDS: seededGuildIds(discord),
    UPLOAD_COOLDOWN_SECONDS: "0",
    // Linking by profile phrase needs no Roblox OAuth app.
    LINK_METHODS: "profile-code",
  }),
});
let failed = false;
try {
  const { discord, roblox } = harness;
  const api = new API(new REST({ api: discord.apiUrl }).setToken(discord.token));
  const guildId = discord.guilds[0]?.id;
  const registered = await registerCommands(
    api,
    { applicationId: discord.applicationId, guildId },
    commands.map((command) => command.data),
  );
  console.log(
    `Emulated Discord at ${discord.url}, emulated Roblox at ${roblox.url}; the bot runs as its own process.`,
  );
  console.log(`Registered ${registered.map((command) => `/${command.name}`).join(", ")}`);
  console.log(`The member and the server speak ${locale}.\n`);

  for (const step of buildTour(roblox)) {
    const messages = await step.run({ discord, roblox, locale });
    messages.forEach((message, index) => {
      console.log(frame(index === 0 ? step.heading : `${step.heading} (after the click)`, message));
    });
    console.log();
  }
  harness.assertClean();
  console.log("Demo finished: every step worked.");
} catch (error) {
  failed = true;
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  const problems = harness.logs.filter((line) => /"level":(50|60)|stderr/.test(line)).slice(-5);
  if (problems.length > 0) console.error(`Last errors the bot logged:\n${problems.join("\n")}`);
} finally {
  await harness.close();
}
process.exit(failed ? 1 : 0);
