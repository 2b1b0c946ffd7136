import { API } from "@discordjs/core/http-only";
import { DiscordAPIError, REST } from "@discordjs/rest";
import type { Config } from "../../config.js";
import type { DoctorFinding } from "./finding.js";
import type { InteractionFacts } from "./interactions.js";
import type { DiscordFacts } from "./uploads.js";

const GUILD_PAGE = 200;
const MAX_GUILD_PAGES = 50;

/** The servers the bot is in, by ID, with their names (Discord pages them 200 at a time). */
async function botGuilds(api: API): Promise<Map<string, string>> {
  const guilds = new Map<string, string>();
  let after = "0";
  for (let page = 0; page < MAX_GUILD_PAGES; page++) {
    const batch = await api.users.getGuilds({ limit: GUILD_PAGE, after });
    for (const guild of batch) guilds.set(guild.id, guild.name);
    const last = batch.at(-1);
    if (batch.length < GUILD_PAGE || last === undefined) break;
    after = last.id;
  }
  return guilds;
}

export async function checkDiscord(
  config: Config,
): Promise<{ finding: DoctorFinding; facts: DiscordFacts; interactions?: InteractionFacts }> {
  const api = new API(
    new REST({ api: config.discord.apiUrl, retries: 0, timeout: 10_000 }).setToken(config.discord.token),
  );
  try {
    const application = await api.applications.getCurrent();
    const servers = application.approximate_guild_count;
    const guilds =
      config.uploads.guildIds.length === 0 ? undefined : await botGuilds(api).catch(() => undefined);
    return {
      finding: {
        ok: true,
        subject: "Discord",
        detail: `the token belongs to the application "${application.name}" (${application.id})${servers === undefined ? "" : `, in ${servers} server(s)`}`,
      },
      facts: { botPublic: application.bot_public, botGuilds: guilds },
      interactions: {
        verifyKey: application.verify_key,
        endpointUrl: application.interactions_endpoint_url ?? undefined,
      },
    };
  } catch (error) {
    return { finding: discordProblem(error), facts: { botPublic: undefined, botGuilds: undefined } };
  }
}

function discordProblem(error: unknown): DoctorFinding {
  const refused = error instanceof DiscordAPIError && error.status === 401;
  return {
    ok: false,
    subject: "Discord",
    detail: refused ? "Discord refused DISCORD_TOKEN" : "Discord could not be reached",
    fix: refused
      ? "Reset the token on the Bot page of your application in the Discord developer portal and put it in .env."
      : "Check the network, or DISCORD_API_URL if you changed it.",
  };
}
