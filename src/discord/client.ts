import { Client, GatewayIntentBits, Options, Partials } from "discord.js";
import type { Config } from "../config.js";

/**
 * A client for a slash-command bot: the Guilds intent only, and no caches beyond what discord.js
 * needs to build interactions (guilds, channels, roles stay as the library requires).
 */
export function createDiscordClient(
  config: Config,
  options: { readonly guildMembers?: boolean } = {},
): Client {
  return new Client({
    // GuildMembers (privileged, switched on in the developer portal) only for the events process that asks.
    intents: options.guildMembers
      ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers]
      : [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    // Until it is ready, discord.js holds back every INTERACTION_CREATE, and by default it is ready only
    // when every guild's GUILD_CREATE has arrived, or 15 s after the last one when some stay unavailable:
    // commands sent after a restart would miss Discord's 3 s deadline. The bot needs no guild cache to
    // answer (READY already lists every guild; late GUILD_CREATEs still fill the cache), so be ready at once.
    waitGuildTimeout: 0,
    // Discord's REST client keeps one handler per interaction token; sweeping idle ones every minute
    // (instead of every hour) keeps memory flat under a steady stream of interactions.
    rest: { api: config.discord.apiUrl, timeout: 10_000, handlerSweepInterval: 60_000 },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      ApplicationCommandManager: 0,
      AutoModerationRuleManager: 0,
      BaseGuildEmojiManager: 0,
      DMMessageManager: 0,
      EntitlementManager: 0,
      GuildBanManager: 0,
      GuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildInviteManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      GuildMessageManager: 0,
      GuildScheduledEventManager: 0,
      GuildStickerManager: 0,
      GuildTextThreadManager: 0,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      StageInstanceManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      VoiceStateManager: 0,
    }),
  });
}
