/** en-US: /link, its private replies, and the account-linking pages (button, confirm, done, refusals). */
export const enUSLinking = {
  "cmd.link.name": "link",
  "cmd.link.description": "Link your Discord account to the Roblox account you sign in with",
  "link.reply.prompt":
    "Press the button to sign in with Roblox and link your account. It works once, and expires {{expires}}.\n\n**Never share this button.** It is yours alone: the page it opens names your Discord account, and nothing is linked until you confirm there.\n\nIf Roblox shows its own error page and never sends you back (an app Roblox has not reviewed yet takes only 10 people, and accounts under 13 cannot link), linking through Roblox is not available to you right now. {{fallback}}",
  "link.reply.fallback.admin": "Tell a server admin.",
  "link.reply.fallback.profile":
    "You can link another way: run /$t(cmd.link.name) again and pick the method “$t(cmd.link.opt.method.choice.profile)”.",
  "link.reply.button": "Link with Roblox",
  "link.reply.tooMany": "You started /link too often. Wait a few minutes, then run it again.",
  "link.reply.off": "Linking is not set up on this bot. Ask its owner to configure Roblox sign-in.",
  "link.reply.linked": "Linked as {{roblox}}. Your Roblox user ID is {{robloxId}}.",
  "link.page.confirm.title": "Link these accounts?",
  "link.page.confirm.discord": "Discord account that asked to link:",
  "link.page.confirm.roblox": "Roblox account you signed in with:",
  "link.page.confirm.warning":
    "If you did not run /link yourself, or this is not your Discord account, press Cancel: someone may have sent you their button.",
  "link.page.confirm.button": "Confirm",
  "link.page.cancel.button": "Cancel",
  "link.page.done.title": "Linked",
  "link.page.done.body":
    "{{discord}} is now linked to the Roblox account {{roblox}}. You can close this page.",
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
  "cmd.link.opt.method.name": "method",
  "cmd.link.opt.method.description":
    "How to prove the Roblox account is yours (default: sign in with Roblox)",
  "cmd.link.opt.method.choice.oauth": "Sign in with Roblox",
  "cmd.link.opt.method.choice.profile": "A phrase on my Roblox profile",
  "cmd.link.opt.account.name": "account",
  "cmd.link.opt.account.description": "Your Roblox username or user ID (for the profile phrase)",
  "link.reply.methodOff": "This way of linking is turned off on this bot. Run /link without a method.",
  "link.profile.needAccount":
    "To link with a profile phrase, give your Roblox username or user ID in the account option.",
  "link.profile.prompt":
    "Add this phrase to the About section of the Roblox profile of user {{account}}, save it, then press the button. The phrase expires {{expires}}.\n\n`{{phrase}}`",
  "link.profile.button": "I've added it",
  "link.profile.notFound":
    "The phrase is not in the About section of Roblox user {{account}} yet, so nothing was linked. Check it is exactly as shown, save the profile, then press the button again.",
  "link.profile.expired":
    "This phrase has expired, so nothing was linked. Run /link method:profile again for a new one.",
  "link.profile.tooSoon": "Wait 10 seconds before checking the profile again.",
  "link.profile.linked":
    "Linked as {{roblox}} (profile phrase). Your Roblox user ID is {{robloxId}}. You can now remove the phrase from your profile.",
  "link.moved.dm":
    "The Roblox account {{roblox}} is now linked to another Discord account, so it is no longer linked to yours. If that was not you, run /link to link it again.",
  "cmd.unlink.name": "unlink",
  "cmd.unlink.description": "Remove the link between your Discord account and your Roblox account",
  "unlink.notLinked":
    "Your Discord account is not linked to a Roblox account, so there was nothing to remove.",
  "unlink.done":
    "Unlinked: your Discord account is no longer linked to {{roblox}}. The bot kept no Roblox sign-in for this link, so there was nothing to revoke at Roblox. Roblox lists the apps you have authorised under “Third-party app authorizations” at {{url}}.",
  "target.selfNotLinked": "You have not linked a Roblox account. Give a Roblox user, or run /link first.",
  "target.memberNotLinked":
    "That member has no Roblox account linked that is shown in this server. Give a Roblox user instead.",
  "cmd.link.opt.access.name": "access",
  "cmd.link.opt.access.description":
    "Also let the bot act for you on Roblox: Roblox asks you for this access",
  "cmd.link.opt.access.choice.inventory": "Read my private inventory",
  "cmd.link.opt.access.choice.uploads": "Upload to my Roblox account",
  "grant.inventoryNeeded":
    "Your inventory is private on Roblox. To list it here, run /$t(cmd.link.name) with $t(cmd.link.opt.access.name) “$t(cmd.link.opt.access.choice.inventory)” and allow it on Roblox.",
  "grant.missingScope.inventory":
    "The access you gave the bot on Roblox does not include {{scope}}, which this needs. Run /$t(cmd.link.name) with $t(cmd.link.opt.access.name) “$t(cmd.link.opt.access.choice.inventory)” and allow it on Roblox.",
  "grant.missingScope.uploads":
    "The access you gave the bot on Roblox does not include {{scope}}, which this needs. Run /$t(cmd.link.name) with $t(cmd.link.opt.access.name) “$t(cmd.link.opt.access.choice.uploads)” and allow it on Roblox.",
  "grant.lapsed":
    "Roblox no longer accepts the access you gave the bot (it was revoked, or unused for 90 days). Run /$t(cmd.link.name) again to give it anew.",
  "grant.unavailable": "Roblox did not renew your access just now. Try again in a minute.",
  "grant.uploadsNeeded":
    "To upload to your own Roblox account, run /$t(cmd.link.name) with $t(cmd.link.opt.access.name) “$t(cmd.link.opt.access.choice.uploads)” and allow it on Roblox.",
  "upload.selfOff":
    "Uploads to members' own Roblox accounts are off in this server. A server admin can turn them on with /settings.",
  "cmd.upload.opt.to.name": "to",
  "cmd.upload.opt.to.description":
    "Whose Roblox account gets the asset (default: yours, where this server allows it)",
  "cmd.upload.opt.to.choice.me": "My own Roblox account",
  "cmd.upload.opt.to.choice.server": "The bot operator's account",
  "cmd.settings.opt.self-uploads.name": "self-uploads",
  "cmd.settings.opt.self-uploads.description": "Let members upload to their own Roblox accounts with /upload",
  "settings.selfUploads": "**self-uploads** (members upload to their own Roblox account): {{value}}",
  "settings.set.selfUploads.on": "Members can now upload to their own Roblox accounts.",
  "settings.set.selfUploads.off": "Members can no longer upload to their own Roblox accounts here.",
  "settings.on": "on",
  "unlink.doneRevoked":
    "Unlinked: your Discord account is no longer linked to {{roblox}}, and the access you gave the bot on Roblox was revoked. Roblox lists the apps you have authorised under “Third-party app authorizations” at {{url}}.",
} as const;
