/**
 * Every string the account-linking pages and the /link replies show, en-US, keyed as a catalogue
 * would key them. `{name}` placeholders are filled by `fill`; pages escape the result.
 */
export const linkingText = {
  "link.command.description": "Link your Discord account to your Roblox account",
  "link.reply.intro":
    "Press the button to sign in with Roblox and link your account. It works once, for 10 minutes.",
  "link.reply.neverShare":
    "**Never share this button.** It is yours alone: the page it opens names your Discord account, and linking needs your explicit confirm there.",
  "link.reply.robloxPage":
    "If Roblox shows its own error page and never sends you back (an app not yet reviewed by Roblox takes only 10 people, and accounts under 13 cannot link), linking through Roblox is not available to you right now; tell a server admin.",
  "link.reply.button": "Link with Roblox",
  "link.reply.tooMany": "You started /link too often. Wait a few minutes, then run it again.",
  "link.reply.off": "Linking is not set up on this bot. Ask its owner to configure Roblox sign-in.",
  "link.reply.linked": "Linked as {roblox}. Your Roblox account ID is {robloxId}.",

  "link.page.confirm.title": "Link these accounts?",
  "link.page.confirm.discord": "Discord account that asked to link",
  "link.page.confirm.roblox": "Roblox account you signed in with",
  "link.page.confirm.warning":
    "If you did not run /link yourself, or this is not your Discord account, press Cancel: someone may have sent you their button.",
  "link.page.confirm.button": "Confirm",
  "link.page.cancel.button": "Cancel",
  "link.page.done.title": "Linked",
  "link.page.done.body": "{discord} is now linked to the Roblox account {roblox}. You can close this page.",

  "link.page.refused.title": "Not linked",
  "link.page.refused.expired":
    "This link has expired or was already used. Run /link in Discord again for a new button.",
  "link.page.refused.otherBrowser":
    "This sign-in did not start in this browser, so nothing was linked. Run /link in Discord again and open the new button here.",
  "link.page.refused.denied": "You declined on Roblox, so nothing was linked.",
  "link.page.refused.robloxError":
    "Roblox did not complete the sign-in, so nothing was linked. Run /link to try again.",
  "link.page.refused.signInFailed":
    "The sign-in could not be verified, so nothing was linked. Run /link in Discord to try again.",
  "link.page.refused.unavailable":
    "Roblox is not answering right now. Run /link in a few minutes to try again.",
  "link.page.refused.badForm":
    "This form could not be checked, so nothing was linked. Run /link to start again.",
  "link.page.refused.cancelled": "Cancelled: nothing was linked.",
  "link.page.refused.tooMany": "Too many attempts. Wait a few minutes, then run /link again.",
} as const;

export type LinkingTextKey = keyof typeof linkingText;

/** The text for a key with its placeholders filled. */
export function fill(key: LinkingTextKey, values: Readonly<Record<string, string>> = {}): string {
  return linkingText[key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A Roblox account as members know it: "Display (@name)", or "@name" when both are the same. */
export function robloxName(roblox: {
  readonly displayName: string | undefined;
  readonly username: string | undefined;
  readonly sub: string;
}): string {
  if (roblox.username === undefined) return `#${roblox.sub}`;
  return roblox.displayName === undefined || roblox.displayName === roblox.username
    ? `@${roblox.username}`
    : `${roblox.displayName} (@${roblox.username})`;
}

export function discordName(discord: { readonly displayName: string; readonly username: string }): string {
  return discord.displayName === discord.username
    ? `@${discord.username}`
    : `${discord.displayName} (@${discord.username})`;
}
