import { type Client, GatewayDispatchEvents } from "discord.js";
import type { MemberEvent } from "../events/memberEvents.js";

/**
 * GUILD_MEMBER_ADD and GUILD_MEMBER_REMOVE as the gateway sends them (GuildMembers intent only), read raw:
 * the bot keeps no member cache, so discord.js would have no member to hand over for a departure.
 */
export function onMemberEvents(
  client: Client,
  handlers: { readonly joined: (event: MemberEvent) => void; readonly left: (event: MemberEvent) => void },
): void {
  client.ws.on(GatewayDispatchEvents.GuildMemberAdd, (event: MemberEvent) => handlers.joined(event));
  client.ws.on(GatewayDispatchEvents.GuildMemberRemove, (event: MemberEvent) => handlers.left(event));
}

/** The server's preferred language from the guild cache, for what is said outside an interaction. */
export const cachedPreferredLocale =
  (client: Client) =>
  (guildId: string): string | undefined =>
    client.guilds.cache.get(guildId)?.preferredLocale;
