/** enUS: the /link replies (the pages' text stays in src/text/linking.ts). */
export const enUSLinkReplies = {
  "cmd.link.name": "link",
  "cmd.link.description": "Link your Discord account to your Roblox account",
  "link.reply.prompt":
    "Press the button to sign in with Roblox and link your account. It works once, for 10 minutes. ({{expires}})\n\n**Never share this button.** It is yours alone: the page it opens names your Discord account, and linking needs your explicit confirm there.\n\nIf Roblox shows its own error page and never sends you back (an app not yet reviewed by Roblox takes only 10 people, and accounts under 13 cannot link), linking through Roblox is not available to you right now; tell a server admin.",
  "link.reply.tooMany": "You started /link too often. Wait a few minutes, then run it again.",
  "link.reply.off": "Linking is not set up on this bot. Ask its owner to configure Roblox sign-in.",
} as const;
