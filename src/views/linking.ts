import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import type { Localized } from "../i18n/types.js";
import type { AccountLink } from "../services/linking/index.js";
import { robloxName } from "../text/linking.js";

/**
 * The user's avatar on Discord's CDN (discord-api-docs reference.md, Image Formatting): their own, or the
 * default one of new usernames, `(id >> 22) % 6`.
 */
export function discordAvatarUrl(user: { readonly id: string; readonly avatar: string | undefined }): string {
  if (user.avatar !== undefined)
    return `https://cdn.discordapp.com/avatars/${user.id}/${user.avatar}.png?size=64`;
  return `https://cdn.discordapp.com/embed/avatars/${(BigInt(user.id) >> 22n) % 6n}.png`;
}

/** The private /link reply: what the button does, never to share it, and what Roblox's own error page means. */
export function linkPrompt(
  t: Translator,
  url: string,
  expiresAt: number,
): {
  content: Localized;
  components: APIActionRowComponent<APIButtonComponent>[];
} {
  const expires = `<t:${Math.floor(expiresAt / 1000)}:R>`;
  return {
    content: t.t("link.reply.prompt", { expires }),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          { type: ComponentType.Button, style: ButtonStyle.Link, label: t.t("link.reply.button"), url },
        ],
      },
    ],
  };
}

/** The /link reply once the member confirmed: the button goes, the Roblox account is named. */
export function linkedReply(t: Translator, link: AccountLink): RESTPatchAPIWebhookWithTokenMessageJSONBody {
  const roblox = robloxName({
    displayName: link.robloxDisplayName,
    username: link.robloxUsername,
    sub: link.robloxUserId,
  });
  return {
    content: t.t("link.reply.linked", { roblox, robloxId: link.robloxUserId }),
    components: [],
    allowed_mentions: { parse: [] },
  };
}
