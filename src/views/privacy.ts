import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from "discord-api-types/v10";
import type { Translator } from "../i18n/translator.js";
import type { Localized } from "../i18n/types.js";
import { privacyId } from "../protocol/privacyId.js";
import type { MemberData } from "../services/privacy/index.js";
import { truncate } from "../text/format.js";
import { robloxName } from "../text/linking.js";
import { EMBED_COLOR } from "./links.js";

type Row = APIActionRowComponent<APIButtonComponent>;

type Action = Parameters<typeof privacyId.encode>[0]["action"];

function button(
  label: string,
  action: Action,
  style: ButtonStyle.Secondary | ButtonStyle.Danger,
): APIButtonComponent {
  return { type: ComponentType.Button, style, label, custom_id: privacyId.encode({ action }) };
}

function linkText(t: Translator, data: MemberData): string {
  const { link } = data;
  if (link === undefined) return t.t("privacy.link.none");
  const roblox = robloxName({
    displayName: link.robloxDisplayName,
    username: link.robloxUsername,
    sub: link.robloxUserId,
  });
  return t.t("privacy.link.one", {
    roblox,
    method: t.t(link.method === "profile-code" ? "privacy.method.profile" : "privacy.method.oauth"),
    when: `<t:${Math.floor(link.linkedAt / 1000)}:f>`,
  });
}

function uploadsText(t: Translator, data: MemberData): string {
  if (data.uploads.length === 0) return t.t("privacy.uploads.none");
  const lines = data.uploads
    .slice(0, 5)
    .map((job) => `${job.displayName} · <t:${Math.floor(job.createdAt / 1000)}:d>`);
  return truncate([t.t("privacy.uploads.count", { count: data.uploads.length }), ...lines].join("\n"), 1024);
}

/** The /privacy reply: everything stored about the member, and the buttons that change it. */
export function privacyReply(t: Translator, data: MemberData): { embeds: APIEmbed[]; components: Row[] } {
  const verified =
    data.verifiedIn.length === 0 || data.showLinkEverywhere
      ? []
      : [t.t("privacy.shown.verified", { servers: data.verifiedIn.map((id) => `\`${id}\``).join(", ") })];
  const shown = [
    data.showLinkEverywhere ? t.t("privacy.shown.everywhere") : t.t("privacy.shown.linked"),
    ...verified,
  ].join("\n");
  return {
    embeds: [
      {
        title: t.t("privacy.title"),
        color: EMBED_COLOR,
        description: t.t("privacy.intro"),
        fields: [
          { name: t.t("privacy.field.link"), value: linkText(t, data) },
          { name: t.t("privacy.field.grants"), value: t.t("privacy.grants.none") },
          { name: t.t("privacy.field.shown"), value: shown },
          { name: t.t("privacy.field.uploads"), value: uploadsText(t, data) },
        ],
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          data.showLinkEverywhere
            ? button(t.t("privacy.button.showLinked"), "show-linked", ButtonStyle.Secondary)
            : button(t.t("privacy.button.showEverywhere"), "show-everywhere", ButtonStyle.Secondary),
          button(t.t("privacy.button.delete"), "delete", ButtonStyle.Danger),
        ],
      },
    ],
  };
}

/** The question before anything is deleted. */
export function privacyConfirm(t: Translator): { content: Localized; embeds: APIEmbed[]; components: Row[] } {
  return {
    content: t.t("privacy.confirm"),
    embeds: [],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          button(t.t("privacy.button.confirm"), "confirm", ButtonStyle.Danger),
          button(t.t("privacy.button.cancel"), "cancel", ButtonStyle.Secondary),
        ],
      },
    ],
  };
}
