import type { Config } from "../../config.js";
import { NO_UPLOAD_SERVERS, uploadsConfiguredButOff } from "../../services/uploads/policy.js";
import type { DoctorFinding } from "./finding.js";

/** What the doctor learned from Discord: the application's public flag and the servers the bot is in. */
export interface DiscordFacts {
  readonly botPublic: boolean | undefined;
  /** Names of the servers the bot is in, by ID; undefined when Discord could not say. */
  readonly botGuilds: ReadonlyMap<string, string> | undefined;
}

/** Plain-words findings about who may upload to the operator's Roblox account. */
export function describeUploadPolicy(config: Config, facts: DiscordFacts): DoctorFinding[] {
  if (config.roblox.uploadCreator === undefined) return [];
  const { guildIds, roleIds } = config.uploads;
  if (uploadsConfiguredButOff(true, config.uploads)) {
    return [
      {
        ok: false,
        subject: "Upload servers",
        detail: NO_UPLOAD_SERVERS,
        fix: "Put the IDs of your own servers in UPLOAD_GUILD_IDS (comma-separated; with Developer Mode on in Discord, right-click a server → Copy Server ID).",
      },
    ];
  }
  const findings: DoctorFinding[] = [];
  const servers = guildIds.map((id) => {
    const name = facts.botGuilds?.get(id);
    if (name !== undefined) return `"${name}" (${id})`;
    return facts.botGuilds === undefined ? id : `${id} (the bot is not in this server)`;
  });
  findings.push({ ok: true, subject: "Upload servers", detail: `uploads allowed in ${servers.join(", ")}` });
  findings.push({
    ok: true,
    subject: "Upload roles",
    detail:
      roleIds.length === 0
        ? "any member with Manage Expressions in those servers may upload (UPLOAD_ROLE_IDS is empty)"
        : `members need Manage Expressions and one of the roles ${roleIds.join(", ")}`,
  });
  if (facts.botPublic === true) {
    findings.push({
      ok: false,
      subject: "Public bot",
      detail:
        "the application is public: anyone with its invite link can add the bot to a server they manage",
      fix: "Untick Public Bot on the Bot page of the Discord developer portal (set Installation → Install Link to None first), so only you can add the bot.",
    });
  }
  return findings;
}
