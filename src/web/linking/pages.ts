import type { AccountLink, DiscordAccount, LinkRefusal } from "../../services/linking/index.js";
import { discordName, fill, type LinkingTextKey, robloxName } from "../../text/linking.js";
import { html, type Page, type SafeHtml } from "../page.js";
import type { CspAllowances } from "../security.js";

const LANG = "en-US";

const REFUSAL_TEXT: Readonly<Record<LinkRefusal, LinkingTextKey>> = {
  "too-many": "link.page.refused.tooMany",
  expired: "link.page.refused.expired",
  "other-browser": "link.page.refused.otherBrowser",
  denied: "link.page.refused.denied",
  "roblox-error": "link.page.refused.robloxError",
  "sign-in-failed": "link.page.refused.signInFailed",
  unavailable: "link.page.refused.unavailable",
  "bad-form": "link.page.refused.badForm",
  cancelled: "link.page.refused.cancelled",
};

export function isRefusal(value: string): value is LinkRefusal {
  return Object.hasOwn(REFUSAL_TEXT, value);
}

/** A refusal: one fixed sentence per reason, whatever the request carried. */
export function refusalPage(reason: LinkRefusal): Page {
  return {
    lang: LANG,
    title: fill("link.page.refused.title"),
    body: html`<p id="reason" data-reason="${reason}">${fill(REFUSAL_TEXT[reason])}</p>`,
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

export function confirmPage(pending: {
  discord: DiscordAccount;
  roblox: {
    sub: string;
    username: string | undefined;
    displayName: string | undefined;
    picture: string | undefined;
  };
  csrf: string;
}): Page {
  const { discord, roblox } = pending;
  return {
    lang: LANG,
    title: fill("link.page.confirm.title"),
    body: html`<p>${fill("link.page.confirm.discord")}:</p>
<p id="discord-account">${avatar(discord.avatarUrl)}<strong>${discordName(discord)}</strong> · ${discord.id}</p>
<p>${fill("link.page.confirm.roblox")}:</p>
<p id="roblox-account">${avatar(roblox.picture)}<strong>${robloxName(roblox)}</strong> · ${roblox.sub}</p>
<p>${fill("link.page.confirm.warning")}</p>
<form method="post" action="/link/confirm">
<input type="hidden" name="csrf" value="${pending.csrf}">
<button type="submit" name="decision" value="confirm">${fill("link.page.confirm.button")}</button>
<button type="submit" name="decision" value="cancel">${fill("link.page.cancel.button")}</button>
</form>`,
  };
}

export function donePage(link: AccountLink, account: DiscordAccount): Page {
  const discord = discordName(account);
  const roblox = robloxName({
    displayName: link.robloxDisplayName,
    username: link.robloxUsername,
    sub: link.robloxUserId,
  });
  return {
    lang: LANG,
    title: fill("link.page.done.title"),
    body: html`<p id="done">${fill("link.page.done.body", { discord, roblox })}</p>`,
  };
}
