/**
 * en-US, the source catalogue: replies, refusals and failure wording. Every other locale has the same
 * keys (plural keys with that locale's CLDR categories) and the same placeholders.
 * `$t(key)` nests another message of the same locale (used for option names the member sees).
 */
export const enUSMessages = {
  "quote.input": "“{{text}}”",
  "failure.storeUnavailable":
    "The bot cannot reach its storage right now, so it could not finish this. Try again in a minute.",
  "failure.restarting": "The bot is restarting. Please try again in a moment.",
  "failure.expiredComponent": "These buttons no longer work. Run the command again.",
  "failure.unexpected":
    "Something went wrong on our side. If it keeps happening, give the bot's owner this reference: {{reference}}",
  "failure.rateLimited_one": "Roblox is limiting how fast the bot may ask right now. Try again in a second.",
  "failure.rateLimited_other":
    "Roblox is limiting how fast the bot may ask right now. Try again in {{count, number}} seconds.",
  "failure.unavailable": "Roblox is not answering right now. Try again in a minute.",
  "failure.ipNotAllowed":
    "Roblox does not accept the bot's API key from the address the bot runs at. The bot's owner needs to add it to the key's Accepted IP Addresses on the Creator Dashboard (run `npm run doctor`).",
  "failure.keyRefused":
    "Roblox refused the bot's API key. The bot's owner needs to check ROBLOX_API_KEY (run `npm run doctor`).",
  "failure.missingScope":
    "The bot's Roblox API key lacks the `{{scope}}` permission. The bot's owner can add it on the Roblox Creator Dashboard.",
  "failure.permissionDenied":
    "Roblox did not allow the bot to read that. It may be private, or the bot's API key may lack a permission.",
  "failure.oldMessageEdits":
    "Discord limits edits to messages that are more than an hour old, and this one has reached that limit for now. Run the command again for a fresh list.",
  "failure.placeholderClosed": "This command did not finish.",
  "pager.expired": "This list has expired. Run the command again to browse it.",
  "pager.notOwner":
    "Only the person who ran this command can turn its pages. Run /{{command}} yourself to browse.",
  "pager.busy": "This list is still turning to another page. Press the button again in a moment.",
  "users.lookupLimited_one":
    "Roblox is limiting username lookups right now, so the bot could not look up {{name}}. Try again in a second, or give the numeric user ID instead.",
  "users.lookupLimited_other":
    "Roblox is limiting username lookups right now, so the bot could not look up {{name}}. Try again in {{count, number}} seconds, or give the numeric user ID instead.",
  "users.noSuchName": "No Roblox user is named {{name}}.",
  "users.noSuchId": "No Roblox user has the ID {{id}}.",
  "users.badReference":
    "{{typed}} is not a Roblox username, user ID or profile link. Usernames are letters, digits and underscores (no spaces or other symbols); IDs are numbers.",
  "users.idStartsAtOne": "{{typed}} is not a Roblox user ID: IDs start at 1.",
  "users.idTooLong": "{{typed}} is not a Roblox user ID: it is too long to be one.",
  "groups.noSuchId": "No Roblox group has the ID {{id}}.",
  "inventory.private":
    "{{who}}'s inventory is private, so Roblox does not show it to the bot. Its owner can make it visible on roblox.com: Settings → Privacy → Other Settings → “Who can see my inventory?” → Everyone.",
  "inventory.privateParts":
    "Roblox would not show this part of {{who}}'s inventory. Private servers and purchased places are only shown to the owner's own API key, even when the inventory is public; and if the inventory itself is private, its owner can make it visible on roblox.com: Settings → Privacy → Other Settings → “Who can see my inventory?” → Everyone.",
  "inventory.badId.asset":
    "In $t(cmd.inventory.opt.asset_ids.name), {{entry}} is not an asset ID. IDs are whole numbers, like 1028595; separate them with commas.",
  "inventory.badId.badge":
    "In $t(cmd.inventory.opt.badge_ids.name), {{entry}} is not a badge ID. IDs are whole numbers, like 2124567890; separate them with commas.",
  "inventory.badId.gamePass":
    "In $t(cmd.inventory.opt.game_pass_ids.name), {{entry}} is not a game pass ID. IDs are whole numbers, like 83167572; separate them with commas.",
  "inventory.badId.privateServer":
    "In $t(cmd.inventory.opt.private_server_ids.name), {{entry}} is not a private server ID. IDs are whole numbers, like 175156; separate them with commas.",
  "inventory.unknownType":
    "In $t(cmd.inventory.opt.asset_types.name), {{entry}} is not an inventory asset type. Start typing in the option to pick from the list, like Hat or Classic Shirt.",
  "inventory.unknownTypeSuggest":
    "In $t(cmd.inventory.opt.asset_types.name), {{entry}} is not an inventory asset type. Did you mean {{suggestions}}?",
  "inventory.kindsAndIds":
    "Roblox cannot list kinds of items and check IDs in one request. Use either {{kinds}} (to list what the user has) or {{ids}} (to check whether they own those IDs), not both.",
  "inventory.assetsAndTypes":
    "Use either $t(cmd.inventory.opt.assets.name) (every asset type) or $t(cmd.inventory.opt.asset_types.name) (only the types you name), not both.",
  "inventory.tooManyIds":
    "One check can look at up to {{max, number}} IDs; you gave {{given, number}}. Split them over several commands.",
  "inventory.assetsFalseBut":
    "$t(cmd.inventory.opt.assets.name):false leaves assets out, but {{option}} asks for some. Drop one of them.",
  "inventory.nothingLeft":
    "With $t(cmd.inventory.opt.assets.name), $t(cmd.inventory.opt.badges.name), $t(cmd.inventory.opt.game_passes.name) and $t(cmd.inventory.opt.private_servers.name) all false, nothing is left to list. Set the kinds you want to true, or leave them all out to list everything.",
  "upload.serverOnly": "Uploads work only in a server.",
  "upload.offEverywhere":
    "Uploads are turned off: the bot's operator has not enabled uploads in any server (UPLOAD_GUILD_IDS).",
  "upload.offHere":
    "The bot's operator has not enabled uploads in this server. Ask the person who runs the bot to add this server to UPLOAD_GUILD_IDS.",
  "upload.noCreator": "Uploads are turned off: the bot's owner has not set ROBLOX_UPLOAD_CREATOR.",
  "upload.needPermission": "Only members with the Manage Expressions permission may upload to Roblox.",
  "upload.needRole":
    "The bot's operator allows uploads here only for members with one of these roles: {{roles}}. Ask a server admin to give you one.",
  "upload.cooldown": "You uploaded a moment ago. You can upload again in {{seconds, number}} s.",
  "upload.dailyCap":
    "This server has used its {{cap, number}} uploads for today. More can be uploaded {{resets}}.",
  "upload.empty": "That attachment is empty.",
  "upload.tooBig": "That file is {{size}}; uploads can be at most {{limit}}. Nothing was downloaded.",
  "upload.noLink": "That attachment has no usable link. Attach the file again.",
  "upload.notOnCdn":
    "That file is not on Discord's CDN, so the bot will not fetch it. Attach the file itself.",
  "upload.typeMismatch": "You chose {{requested}}, but that file is {{actual}}. {{needs}}",
  "upload.needs.Decal": "A Decal upload needs an image (PNG, JPEG, BMP or TGA).",
  "upload.needs.Audio": "An Audio upload needs an audio file (MP3, OGG, WAV or FLAC).",
  "upload.needs.Model": "A Model upload needs a model (FBX, glTF, GLB, RBXM or RBXMX).",
  "upload.unsupported":
    "That file is {{description}}. Roblox takes images (PNG, JPEG, BMP, TGA), audio (MP3, OGG, WAV, FLAC) and models (FBX, glTF, GLB, RBXM, RBXMX).",
  "upload.unsupportedNamed":
    "That file is {{description}}, even though its name ends in {{extension}}. Roblox takes images (PNG, JPEG, BMP, TGA), audio (MP3, OGG, WAV, FLAC) and models (FBX, glTF, GLB, RBXM, RBXMX).",
  "upload.noVersions":
    "Roblox does not allow new versions of {{type}} assets, only of Models. Leave out $t(cmd.upload.opt.asset_id.name) to upload a new {{type}}.",
  "upload.fbxOnly":
    "Roblox takes new versions of a Model only as .fbx files; other model formats (glTF, GLB, RBXM, RBXMX) can only be uploaded as new Models. Export the model as FBX, or leave out $t(cmd.upload.opt.asset_id.name) to upload a new Model.",
  "upload.assetIdNotNumeric":
    "$t(cmd.upload.opt.asset_id.name) must be the numeric ID of one of your Model assets.",
  "upload.assetIdInvalid":
    "$t(cmd.upload.opt.asset_id.name) {{id}} cannot be a Roblox asset ID: IDs are whole numbers from 1, without leading zeros. Copy the ID from the asset's page on create.roblox.com.",
  "upload.descriptionTooLong": "The description can be at most {{max, number}} characters.",
  "upload.quotaUser":
    "The audio upload quota of user {{owner}} is used up: {{usage, number}} of {{capacity, number}} audio uploads {{period}}.{{reset}} Nothing was sent to Roblox.",
  "upload.quotaGroup":
    "Uploads to group {{group}} count against the quota of user {{owner}}, the owner of the bot's API key (Roblox keeps upload quotas per user, not per group), and it is used up: {{usage, number}} of {{capacity, number}} audio uploads {{period}}.{{reset}} Nothing was sent to Roblox.",
  "upload.quotaPeriod.day": "this day",
  "upload.quotaPeriod.month": "this month",
  "upload.quotaReset": " It resets on {{date}}.",
  "upload.tooLargeStream":
    "That file is larger than it claimed to be (over {{limit}}), so the download was stopped.",
  "upload.downloadFailed": "The bot could not download that file from Discord. Try again in a moment.",
  "upload.linkExpired": "Discord no longer serves that attachment (its link expired). Attach the file again.",
  "upload.downloadBroke": "The download from Discord broke off. Try again in a moment.",
  "upload.unreadable": "The file could not be read.",
  "upload.botSide": "Something went wrong on the bot's side; nothing was created.",
  "upload.interrupted":
    "The upload was interrupted (the bot restarted or lost its connection) before Roblox answered, so it may or may not have reached Roblox. Check https://create.roblox.com/dashboard/creations before uploading it again.",
  "upload.restartedWhileDownloading":
    "The bot restarted while downloading the file; nothing was sent to Roblox. Run /upload again.",
  "upload.nameModerated":
    "Roblox moderation did not accept the name. Choose another `$t(cmd.upload.opt.name.name)` and upload again.",
  "upload.descriptionModerated":
    "Roblox moderation did not accept the description. Change the `$t(cmd.upload.opt.description.name)` and upload again.",
  "upload.invalidImage":
    "Roblox could not read the image. It may be damaged, or larger than 8000×8000 pixels.",
  "upload.quotaUsed":
    "Roblox's upload quota for this account is used up (audio: 10 a month, or 100 for ID-verified accounts). Try again next month.",
  "upload.noAssetToUpdate": "Roblox has no asset {{id}} that the bot may update.",
  "upload.keyCannotUpload":
    "The bot's Roblox API key may not upload for the configured creator. The bot's owner needs to check ROBLOX_UPLOAD_CREATOR and the key's permissions.",
  "upload.keyCannotUpdate": "The bot's Roblox API key may not update asset {{id}}.",
  "upload.refusedFile": "Roblox refused the file. Check that it is a valid file of its type.",
  "upload.refusedVersion":
    "Roblox refused the new version. Only Models can get new versions, and only from a valid .fbx file.",
  "upload.couldNotTake": "Roblox could not take the upload right now. Try again later.",
  "upload.moderationRejected": "Roblox moderation rejected it.",
  "upload.couldNotProcess":
    "Roblox could not process the file. It may be damaged, or a variant of the format Roblox does not take.",
  "upload.timedOut":
    "Roblox had not finished processing it after an hour (operation {{operation}}). Check https://create.roblox.com/dashboard/creations.",
  "upload.stillReviewing": "Still under review after 24 h; check the Creator Dashboard.",
  "upload.legacyText": "{{text}}",
  "web.tooMany.title": "Too many requests",
  "web.tooMany.body": "Please wait a minute, then try again.",
  "web.unavailable.title": "Try again later",
  "web.unavailable.body": "This page cannot be served right now.",
} as const;
