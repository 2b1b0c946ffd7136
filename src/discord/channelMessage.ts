import { API, type RESTPostAPIChannelMessageJSONBody } from "@discordjs/core/http-only";
import { REST } from "@discordjs/rest";
import type { ChannelPoster } from "../services/uploads/index.js";

/** Posts messages in a server's channel as the bot (the upload log). */
export function createChannelPoster(discordApiUrl: string, botToken: string): ChannelPoster {
  const api = new API(new REST({ api: discordApiUrl, version: "10", timeout: 15_000 }).setToken(botToken));
  return async (channelId, body) => {
    try {
      // The log renderer (views/uploadLog.ts) builds this body; services only carry it.
      await api.channels.createMessage(channelId, body as RESTPostAPIChannelMessageJSONBody);
      return true;
    } catch {
      return false;
    }
  };
}
