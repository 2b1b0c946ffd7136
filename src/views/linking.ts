import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import { type Localized, message } from "../i18n/types.js";
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
  /** Whether /link also offers the profile phrase, which works where Roblox's sign-in will not. */
  profileFallback: boolean,
): {
  content: Localized;
  components: APIActionRowComponent<APIButtonComponent>[];
} {
  const expires = `<t:${Math.floor(expiresAt / 1000)}:R>`;
  return {
    content: t.t("link.reply.prompt", {
      expires,
      fallback: {
        message: message(profileFallback ? "link.reply.fallback.profile" : "link.reply.fallback.admin"),
      },
    }),
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

/** The /link reply once the profile phrase was found: linked, and the phrase may go. */
export function profileLinkedReply(
  t: Translator,
  link: AccountLink,
): { content: Localized; components: []; allowed_mentions: { parse: [] } } {
  return {
    content: t.t("link.profile.linked", { roblox: nameOf(link), robloxId: link.robloxUserId }),
    components: [],
    allowed_mentions: { parse: [] },
  };
}

/** The DM to the member whose Roblox account is now linked to another Discord account. */
export function movedMessage(t: Translator, link: AccountLink): RESTPatchAPIWebhookWithTokenMessageJSONBody {
  return { content: t.t("link.moved.dm", { roblox: nameOf(link) }), allowed_mentions: { parse: [] } };
}

/** The private reply to /link method:profile: the phrase, where it goes, and the check button. */
export function profilePrompt(
  t: Translator,
  input: { phrase: string; account: string; expiresAt: number; checkId: string },
): { content: Localized; components: APIActionRowComponent<APIButtonComponent>[] } {
  const expires = `<t:${Math.floor(input.expiresAt / 1000)}:R>`;
  return {
    content: t.t("link.profile.prompt", { phrase: input.phrase, account: input.account, expires }),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Primary,
            label: t.t("link.profile.button"),
            custom_id: input.checkId,
          },
        ],
      },
    ],
  };
}

function nameOf(link: AccountLink): string {
  return robloxName({
    displayName: link.robloxDisplayName,
    username: link.robloxUsername,
    sub: link.robloxUserId,
  });
}
