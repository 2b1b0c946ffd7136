import { z } from "zod";
import { oneOf } from "./formats.js";

/** How interactions arrive: over the gateway (default), or POSTed by Discord to the web server's /interactions. */
export const INTERACTIONS_VARIABLES = {
  INTERACTIONS_MODE: oneOf(["gateway", "http"], "gateway"),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .transform((key) => key.toLowerCase())
    .optional()
    .describe(
      "the application's public key from the developer portal, 64 hexadecimal characters (required with INTERACTIONS_MODE=http)",
    ),
  EVENTS_GUILD_MEMBERS: oneOf(["on", "off"], "off"),
};

interface InteractionsEnv {
  readonly INTERACTIONS_MODE: "gateway" | "http";
  readonly DISCORD_PUBLIC_KEY?: string | undefined;
  readonly EVENTS_GUILD_MEMBERS: "on" | "off";
  readonly WEB_PORT?: number | undefined;
  readonly HEALTH_PORT?: number | undefined;
}

/** INTERACTIONS_MODE=http verifies every request with the public key, on the web server's port. */
export function checkInteractions(env: InteractionsEnv, context: z.RefinementCtx): void {
  if (env.INTERACTIONS_MODE !== "http") return;
  if (env.DISCORD_PUBLIC_KEY === undefined) {
    context.addIssue({ code: "custom", path: ["DISCORD_PUBLIC_KEY"], message: "needed in http mode" });
  }
  if (env.WEB_PORT === undefined && env.HEALTH_PORT === undefined) {
    context.addIssue({ code: "custom", path: ["WEB_PORT"], message: "needed in http mode" });
  }
}

export function interactionsOf(env: InteractionsEnv) {
  return {
    /** "http": Discord POSTs interactions to PUBLIC_URL/interactions; "gateway": they arrive on the gateway. */
    mode: env.INTERACTIONS_MODE,
    /** The application's Ed25519 public key (hex), which signs every HTTP interaction. */
    publicKey: env.DISCORD_PUBLIC_KEY,
    /**
     * Whether the process holding the gateway (the bot; the events process in http mode) asks for the
     * privileged GuildMembers intent: members joining then get their binds at once.
     */
    guildMembersIntent: env.EVENTS_GUILD_MEMBERS === "on",
    /** Whether the bot itself sees members join and leave (gateway mode with the intent) and applies binds then. */
    memberEvents: env.INTERACTIONS_MODE === "gateway" && env.EVENTS_GUILD_MEMBERS === "on",
  };
}
