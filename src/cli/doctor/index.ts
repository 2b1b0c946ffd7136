import type { Config } from "../../config.js";
import { checkDiscord } from "./discord.js";
import type { DoctorFinding } from "./finding.js";
import { describeInteractions } from "./interactions.js";
import { checkLinking } from "./linking.js";
import { checkRoblox } from "./roblox.js";
import { checkStore } from "./store.js";
import { describeUploadPolicy } from "./uploads.js";

/** Checks a real configuration before going live. */
export async function runDoctor(config: Config): Promise<DoctorFinding[]> {
  const [discord, roblox, store, linking] = await Promise.all([
    checkDiscord(config),
    checkRoblox(config),
    checkStore(config),
    checkLinking(config),
  ]);
  return [
    discord.finding,
    ...describeInteractions(config, discord.interactions),
    ...roblox,
    ...describeUploadPolicy(config, discord.facts),
    ...store,
    ...linking,
  ];
}
