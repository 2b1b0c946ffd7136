import type { Translator } from "../../i18n/translator.js";
import { type Message, message } from "../../i18n/types.js";
import type { AccountLink, DiscordAccount, LinkRefusal } from "../../services/linking/index.js";
import { discordName, robloxName } from "../../text/linking.js";
import { html, type Page, type SafeHtml } from "../page.js";
import type { CspAllowances } from "../security.js";

const REFUSAL_TEXT: Readonly<Record<LinkRefusal, Message>> = {
  "too-many": message("link.page.refused.tooMany"),
  expired: message("link.page.refused.expired"),
  "other-browser": message("link.page.refused.otherBrowser"),
  denied: message("link.page.refused.denied"),
  "roblox-error": message("link.page.refused.robloxError"),
  "sign-in-failed": message("link.page.refused.signInFailed"),
  unavailable: message("link.page.refused.unavailable"),
  "bad-form": message("link.page.refused.badForm"),
  cancelled: message("link.page.refused.cancelled"),
};

export function isRefusal(value: string): value is LinkRefusal {
  return Object.hasOwn(REFUSAL_TEXT, value);
}

/** A refusal: one fixed sentence per reason, whatever the request carried. */
export function refusalPage(t: Translator, reason: LinkRefusal): Page {
  return {
    lang: t.locale,
    title: t.t("link.page.refused.title"),
    body: html`<p id="reason" data-reason="${reason}">${t.render(REFUSAL_TEXT[reason])}</p>`,
  };
}

function avatar(url: string | undefined): SafeHtml | string {
  return url === undefined
    ? ""
    : html`<img src="${url}" alt="" width="48" height="48" referrerpolicy="no-referrer"> `;
}

/** The https origins of the two pictures, the only images the confirm page may load. */
export function confirmCsp(pictures: readonly (string | undefined)[]): CspAllowances {
  const origins = pictures.flatMap((url) => (url?.startsWith("https://") ? [new URL(url).origin] : []));
  return { "form-action": ["'self'"], ...(origins.length > 0 ? { "img-src": [...new Set(origins)] } : {}) };
}

export function confirmPage(
  t: Translator,
  pending: {
    discord: DiscordAccount;
    roblox: {
      sub: string;
      username: string | undefined;
      displayName: string | undefined;
      picture: string | undefined;
    };
    csrf: string;
  },
): Page {
  const { discord, roblox } = pending;
  return {
    lang: t.locale,
    title: t.t("link.page.confirm.title"),
    body: html`<p>${t.t("link.page.confirm.discord")}</p>
<p id="discord-account">${avatar(discord.avatarUrl)}<strong>${discordName(discord)}</strong> · ${discord.id}</p>
<p>${t.t("link.page.confirm.roblox")}</p>
<p id="roblox-account">${avatar(roblox.picture)}<strong>${robloxName(roblox)}</strong> · ${roblox.sub}</p>
<p>${t.t("link.page.confirm.warning")}</p>
<form method="post" action="/link/confirm">
<input type="hidden" name="csrf" value="${pending.csrf}">
<button type="submit" name="decision" value="confirm">${t.t("link.page.confirm.button")}</button>
<button type="submit" name="decision" value="cancel">${t.t("link.page.cancel.button")}</button>
</form>`,
  };
}

export function donePage(t: Translator, link: AccountLink, account: DiscordAccount): Page {
  const discord = discordName(account);
  const roblox = robloxName({
    displayName: link.robloxDisplayName,
    username: link.robloxUsername,
    sub: link.robloxUserId,
  });
  return {
    lang: t.locale,
    title: t.t("link.page.done.title"),
    body: html`<p id="done">${t.t("link.page.done.body", { discord, roblox })}</p>`,
  };
}
