import { API, type RESTPostAPIChannelMessageJSONBody } from "@discordjs/core/http-only";
import { DefaultRestOptions, DiscordAPIError, REST, type RESTOptions } from "@discordjs/rest";
import type { DirectMessenger } from "../services/uploads/index.js";

/** Discord's answer when a member does not take DMs from the bot (DMs closed, or no shared server). */
const CANNOT_MESSAGE_USER = 50007;

/** Sends DMs as the bot: opens (or finds) the DM channel, then posts the message into it. */
export function createDirectMessenger(
  discordApiUrl: string,
  botToken: string,
  makeRequest: RESTOptions["makeRequest"] = DefaultRestOptions.makeRequest,
): DirectMessenger {
  const api = new API(
    new REST({ api: discordApiUrl, version: "10", timeout: 15_000, makeRequest }).setToken(botToken),
  );
  return async (userId, body) => {
    try {
      const channel = await api.users.createDM(userId);
      // The upload renderer (views/upload.ts) builds this body; services only carry it.
      await api.channels.createMessage(channel.id, body as RESTPostAPIChannelMessageJSONBody);
      return { ok: true };
    } catch (error) {
      const code = error instanceof DiscordAPIError ? error.code : undefined;
      const status = error instanceof DiscordAPIError ? error.status : undefined;
      return { ok: false, closed: code === CANNOT_MESSAGE_USER, code, status };
    }
  };
}
