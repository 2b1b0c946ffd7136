/** en-US: /privacy, what the bot stores about a member and deleting it. */
export const enUSPrivacy = {
  "cmd.privacy.name": "privacy",
  "cmd.privacy.description":
    "See what the bot stores about you, choose who sees your link, and delete it all",
  "privacy.title": "What this bot stores about you",
  "privacy.intro":
    "Only you can see this. Deleting removes your link, your settings and your records; your uploads stay in the servers' upload logs (asset ID and file fingerprint) as “deleted member”.",
  "privacy.field.link": "Linked Roblox account",
  "privacy.field.grants": "Roblox sign-ins kept",
  "privacy.field.shown": "Who sees your link",
  "privacy.field.uploads": "Your uploads",
  "privacy.link.none": "None.",
  "privacy.link.one": "{{roblox}}, by {{method}}, since {{when}}.",
  "privacy.method.oauth": "signing in with Roblox",
  "privacy.method.profile": "a phrase on your Roblox profile",
  "privacy.grants.none": "None: the bot revokes the Roblox sign-in as soon as it has read who you are.",
  "privacy.shown.linked": "Other members see your link only in the servers where you ran /link or /verify.",
  "privacy.shown.everywhere": "Other members see your link in every server the bot is in.",
  "privacy.uploads.none": "None.",
  "privacy.uploads.count_one": "{{count, number}} upload recorded, newest first:",
  "privacy.uploads.count_other": "{{count, number}} uploads recorded, newest first:",
  "privacy.button.showEverywhere": "Show my link in every server",
  "privacy.button.showLinked": "Show my link only where I linked or verified",
  "privacy.button.delete": "Delete my data",
  "privacy.button.confirm": "Yes, delete it all",
  "privacy.button.cancel": "Cancel",
  "privacy.confirm":
    "Delete your link, your settings and your records? This cannot be undone. Your uploads stay in the servers' upload logs as “deleted member”.",
  "privacy.deleted_one":
    "Deleted. The bot no longer stores anything about you; {{count, number}} upload stays in a server's log as “deleted member”.",
  "privacy.deleted_other":
    "Deleted. The bot no longer stores anything about you; {{count, number}} uploads stay in the servers' logs as “deleted member”.",
  "privacy.deletedMember": "deleted member",
  "privacy.uploadInProgress":
    "One of your uploads is still under way. Wait until it has finished, then delete again.",
  "cmd.settings.opt.upload-log-days.name": "upload-log-days",
  "cmd.settings.opt.upload-log-days.description": "How many days this server's upload log keeps an entry",
  "cmd.settings.opt.days.name": "days",
  "cmd.settings.opt.days.description": "Days, from 1 to 730 (leave out for the bot's default)",
  "settings.uploadLogDays": "**upload-log-days** (days the upload log keeps an entry): {{value}}",
  "settings.uploadLogDays.value": "{{days, number}}",
  "settings.uploadLogDays.default": "{{days, number}} (the bot's default)",
  "settings.set.uploadLogDays.on": "The upload log now keeps each entry for {{days, number}} days.",
  "settings.set.uploadLogDays.off":
    "The upload log now keeps each entry for the bot's default, {{days, number}} days.",
  "privacy.shown.verified": "Servers where you ran /verify: {{servers}}.",
} as const;
