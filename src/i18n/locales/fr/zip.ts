/** fr: /upload of a zip (its refusals, progress and result). */
export const frZip = {
  "zip.unreadable":
    "Ce zip n’a pas pu être lu (il est endommagé ou ce n’est pas une archive zip). Rien n’a été envoyé à Roblox.",
  "zip.needsApproval":
    "Sur ce serveur, l'équipe approuve chaque envoi : un zip n'est donc pas accepté ici. Envoie ses fichiers un par un, et l'équipe examinera chacun. Rien n'a été envoyé à Roblox.",
  "zip.notZip":
    "Ce fichier s’appelle .zip mais ses octets ne sont pas une archive zip. Rien n’a été envoyé à Roblox.",
  "zip.tooManyEntries":
    "Ce zip contient {{count, number}} entrées ; {{max, number}} au plus sont acceptées. Rien n’a été envoyé à Roblox.",
  "zip.unsafePath":
    "Ce zip contient une entrée au chemin dangereux ({{name}}) : les chemins qui sortent avec .. ou partent de la racine sont refusés. Rien n’a été envoyé à Roblox.",
  "zip.encrypted":
    "Ce zip contient un fichier chiffré ({{name}}) ; les zips chiffrés sont refusés. Rien n’a été envoyé à Roblox.",
  "zip.ratio":
    "Ce zip contient un fichier ({{name}}) qui se décompresse en plus de {{max, number}} fois sa taille compressée, comme une bombe zip. Rien n’a été envoyé à Roblox.",
  "zip.tooLarge": "Ce zip se décompresse en plus de {{limit}}. Rien n’a été envoyé à Roblox.",
  "zip.nested":
    "Ce zip contient un autre zip ({{name}}) ; les zips imbriqués sont refusés. Rien n’a été envoyé à Roblox.",
  "zip.dailyCap": "les envois du jour de ce serveur sont épuisés",
  "zip.stillProcessing":
    "Roblox le traitait encore quand le bot a cessé d’attendre ; cherchez-le sur https://create.roblox.com/dashboard/creations",
  "zip.rejected": "La modération de Roblox l’a refusé",
  "zip.failed": "Roblox n’a pas pu le traiter",
  "zip.view.title.working": "Envoi d’un zip",
  "zip.view.title.done": "Zip envoyé",
  "zip.view.title.refused": "Zip refusé",
  "zip.view.downloading": "Téléchargement du zip…",
  "zip.view.checking": "Vérification de chaque fichier du zip…",
  "zip.view.progress": "{{done, number}} fichiers sur {{total, number}}",
  "zip.view.summary":
    "{{uploaded, number}} envoyés, {{existing, number}} déjà sur Roblox, {{duplicates, number}} doublons ignorés, {{unsupported, number}} non pris en charge, {{failed, number}} en échec.",
  "zip.view.files":
    "La correspondance des noms aux ID d’asset est jointe : {{json}} et le module Luau {{luau}}.",
  "zip.view.failures": "En échec",
  "zip.view.failureLine": "{{name}} : {{reason}}",
  "zip.view.renamed": "Renommés (envoyés selon ce que sont leurs octets)",
  "zip.view.renamedLine": "{{name}} → {{as}}",
  "zip.view.unsupported": "Non pris en charge (ignorés)",
  "zip.view.duplicates": "Doublons (ignorés)",
  "zip.view.duplicateLine": "{{name}} = {{first}}",
} as const;
