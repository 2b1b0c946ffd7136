import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from "discord.js";
import type { AccountLink } from "../services/linking/index.js";
import { fill, robloxName } from "../text/linking.js";

/** The private /link reply: what the button does, never to share it, and what Roblox's own error page means. */
export function linkPrompt(
  url: string,
  expiresAt: number,
): {
  content: string;
  components: APIActionRowComponent<APIButtonComponent>[];
} {
  const expires = `<t:${Math.floor(expiresAt / 1000)}:R>`;
  return {
    content: [
      `${fill("link.reply.intro")} (${expires})`,
      fill("link.reply.neverShare"),
      fill("link.reply.robloxPage"),
    ].join("\n\n"),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          { type: ComponentType.Button, style: ButtonStyle.Link, label: fill("link.reply.button"), url },
        ],
      },
    ],
  };
}

/** The /link reply once the member confirmed: the button goes, the Roblox account is named. */
export function linkedReply(link: AccountLink): RESTPatchAPIWebhookWithTokenMessageJSONBody {
  const roblox = robloxName({
    displayName: link.robloxDisplayName,
    username: link.robloxUsername,
    sub: link.robloxUserId,
  });
  return {
    content: fill("link.reply.linked", { roblox, robloxId: link.robloxUserId }),
    components: [],
    allowed_mentions: { parse: [] },
  };
}
