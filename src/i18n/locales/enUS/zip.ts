/** en-US: /upload of a zip (its refusals, progress and result). */
export const enUSZip = {
  "zip.unreadable":
    "That zip could not be read (it is damaged or not a zip archive). Nothing was sent to Roblox.",
  "zip.needsApproval":
    "This server has staff approve every upload, so a zip is not taken here: upload its files one by one, and staff will review each. Nothing was sent to Roblox.",
  "zip.notZip": "That file is named .zip but its bytes are not a zip archive. Nothing was sent to Roblox.",
  "zip.tooManyEntries":
    "That zip has {{count, number}} entries; at most {{max, number}} are taken. Nothing was sent to Roblox.",
  "zip.unsafePath":
    "That zip holds an entry with an unsafe path ({{name}}): paths that climb out with .. or start at the root are refused. Nothing was sent to Roblox.",
  "zip.encrypted":
    "That zip holds an encrypted file ({{name}}); encrypted zips are refused. Nothing was sent to Roblox.",
  "zip.ratio":
    "That zip holds a file ({{name}}) that unpacks to more than {{max, number}} times its packed size, as zip bombs do. Nothing was sent to Roblox.",
  "zip.tooLarge": "That zip unpacks to more than {{limit}}. Nothing was sent to Roblox.",
  "zip.nested":
    "That zip holds another zip ({{name}}); zips inside zips are refused. Nothing was sent to Roblox.",
  "zip.dailyCap": "this server's uploads for today are used up",
  "zip.stillProcessing":
    "Roblox was still processing it when the bot stopped waiting; look for it on https://create.roblox.com/dashboard/creations",
  "zip.rejected": "Roblox's moderation rejected it",
  "zip.failed": "Roblox could not process it",
  "zip.view.title.working": "Uploading a zip",
  "zip.view.title.done": "Zip uploaded",
  "zip.view.title.refused": "Zip refused",
  "zip.view.downloading": "Downloading the zip…",
  "zip.view.checking": "Checking every file in the zip…",
  "zip.view.progress": "{{done, number}} of {{total, number}} files",
  "zip.view.summary":
    "{{uploaded, number}} uploaded, {{existing, number}} already on Roblox, {{duplicates, number}} duplicates skipped, {{unsupported, number}} not supported, {{failed, number}} failed.",
  "zip.view.files": "Names mapped to asset IDs are attached: {{json}} and the Luau module {{luau}}.",
  "zip.view.failures": "Failed",
  "zip.view.failureLine": "{{name}}: {{reason}}",
  "zip.view.renamed": "Renamed (uploaded as what their bytes are)",
  "zip.view.renamedLine": "{{name}} → {{as}}",
  "zip.view.unsupported": "Not supported (skipped)",
  "zip.view.duplicates": "Duplicates (skipped)",
  "zip.view.duplicateLine": "{{name}} = {{first}}",
} as const;
