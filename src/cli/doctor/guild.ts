import { API } from "@discordjs/core/http-only";
import { REST } from "@discordjs/rest";
import { systemClock } from "../../clock.js";
import type { Config } from "../../config.js";
import { createGuildDirectory } from "../../discord/guildDirectory.js";
import { en } from "../../i18n/translator.js";
import { BindStore, serverDoctor } from "../../services/binds/index.js";
import { createStores } from "../../store/index.js";
import { openPrimitives } from "../../store/primitives/index.js";
import { doctorFindingParts } from "../../views/binds.js";
import type { DoctorFinding } from "./finding.js";

/** Markdown bold reads as noise in a terminal. */
const plain = (text: string): string => text.replaceAll("**", "");

/**
 * `npm run doctor -- --guild <id>`: the role doctor of `/binds doctor` for one server, over Discord's REST API
 * (no gateway session) and the bot's store, each problem with how to fix it.
 */
export async function checkGuild(config: Config, guildId: string): Promise<DoctorFinding[]> {
  const subject = `Server ${guildId}`;
  const api = new API(
    new REST({ api: config.discord.apiUrl, retries: 0, timeout: 10_000 }).setToken(config.discord.token),
  );
  // A bot user's id is its application's: the directory reads the bot's own member with it.
  const applicationId = config.discord.applicationId ?? (await api.applications.getCurrent()).id;
  const stores = await createStores(config.storeUrl);
  const primitives = openPrimitives(config.storeUrl, stores.redis, systemClock);
  try {
    const store = new BindStore(primitives);
    const directory = createGuildDirectory(undefined, { ...config.discord, applicationId });
    const findings = await serverDoctor({ store, directory, primitives }, guildId);
    if (findings === undefined) {
      return [
        {
          ok: false,
          subject,
          detail: "the bot is not in this server (or the ID is not a server's)",
          fix: "Check the server ID (right-click the server with Developer Mode on → Copy Server ID), or invite the bot.",
        },
      ];
    }
    const binds = (await store.list(guildId)).length;
    if (findings.length === 0) {
      return [{ ok: true, subject, detail: `${binds} bind(s); ${plain(en.t("doctor.clean"))}` }];
    }
    return findings.map((finding) => {
      const { problem, fix } = doctorFindingParts(en, finding);
      return { ok: false, subject, detail: plain(problem), fix: plain(fix) };
    });
  } finally {
    await primitives.close();
    await stores.close();
  }
}
