import { API, type RESTPatchAPIWebhookWithTokenMessageJSONBody } from "@discordjs/core/http-only";
import { DefaultRestOptions, DiscordAPIError, REST, type RESTOptions } from "@discordjs/rest";
import type { ReplyWebhook } from "../services/uploads/reply.js";
import { isGoneCode } from "./goneCodes.js";

/** Edits interactions' original replies through Discord's webhook route (the token is the only auth). */
export function createReplyWebhook(
  discordApiUrl: string,
  makeRequest: RESTOptions["makeRequest"] = DefaultRestOptions.makeRequest,
): ReplyWebhook {
  const api = new API(new REST({ api: discordApiUrl, version: "10", timeout: 15_000, makeRequest }));
  return async (address, body) => {
    try {
      const message = await api.webhooks.editMessage(
        address.applicationId,
        address.interactionToken,
        "@original",
        // The upload renderer (views/upload.ts) builds exactly this body; services only carry it.
        body as RESTPatchAPIWebhookWithTokenMessageJSONBody,
      );
      const edited =
        typeof message.edited_timestamp === "string" ? Date.parse(message.edited_timestamp) : Number.NaN;
      return { ok: true, editedAt: Number.isFinite(edited) ? edited : undefined };
    } catch (error) {
      // Never pass the error itself on: its URL carries the interaction token.
      const code = error instanceof DiscordAPIError ? error.code : undefined;
      const status = error instanceof DiscordAPIError ? error.status : undefined;
      // Discord's rate-limit docs: a webhook that answered 404 must not be used again (apps that keep
      // trying are restricted), whether or not the answer carries an error code.
      // By code: this DiscordAPIError (ESM @discordjs/rest) is not the class discord.js (CommonJS) exports.
      const gone = status === 404 || (code !== undefined && isGoneCode(code));
      return { ok: false, gone, code, status, errorName: (error as Error | undefined)?.name };
    }
  };
}
