import { API, type RESTPostAPIChannelMessageJSONBody } from "@discordjs/core/http-only";
import { REST } from "@discordjs/rest";
import type { ReviewChannel } from "../services/uploads/index.js";

/** The approval queue's review channel: posts a file with its review message, and reads it again. */
export function createReviewChannel(discordApiUrl: string, botToken: string): ReviewChannel {
  const api = new API(new REST({ api: discordApiUrl, version: "10", timeout: 60_000 }).setToken(botToken));
  return {
    async post(channelId, body, file) {
      try {
        // The review renderer (views/uploadReview.ts) builds this body; services only carry it.
        const message = await api.channels.createMessage(channelId, {
          ...(body as RESTPostAPIChannelMessageJSONBody),
          attachments: [{ id: "0", filename: file.name }],
          files: [{ name: file.name, data: file.data }],
        });
        return message.id;
      } catch {
        return undefined;
      }
    },
    async attachmentUrl(channelId, messageId) {
      try {
        // Reading the message again is what gives its attachment a fresh signed link.
        const message = await api.channels.getMessage(channelId, messageId);
        return message.attachments[0]?.url;
      } catch {
        return undefined;
      }
    },
  };
}
