/**
 * npm run doctor: checks the Discord token, the Roblox API key and the store before going live.
 * npm run doctor -- --guild <server ID>: the role doctor of that server (what /binds doctor says), with fixes.
 */

import { parseArgs } from "node:util";
import { checkGuild } from "../src/cli/doctor/guild.js";
import { runDoctor } from "../src/cli/doctor/index.js";
import { ConfigError, loadConfig } from "../src/config.js";

try {
  const { values } = parseArgs({ options: { guild: { type: "string" } } });
  const guildId = values.guild;
  if (guildId !== undefined && !/^\d{17,20}$/.test(guildId)) {
    throw new ConfigError(`--guild takes a server ID (17 to 20 digits), not "${guildId}"`);
  }
  const config = loadConfig();
  const findings = guildId === undefined ? await runDoctor(config) : await checkGuild(config, guildId);
  for (const finding of findings) {
    console.log(`${finding.ok ? "✓" : "✗"} ${finding.subject}: ${finding.detail}`);
    if (finding.fix) console.log(`    → ${finding.fix}`);
  }
  const problems = findings.filter((finding) => !finding.ok).length;
  const ready = guildId === undefined ? "Everything is ready." : "The binds of this server can be applied.";
  const toFix = guildId === undefined ? "before going live" : "in this server";
  console.log(problems === 0 ? `\n${ready}` : `\n${problems} thing(s) to fix ${toFix}.`);
  process.exit(problems === 0 ? 0 : 1);
} catch (error) {
  console.error(
    error instanceof ConfigError ? error.message : `The doctor failed: ${(error as Error).message}`,
  );
  process.exit(1);
}
