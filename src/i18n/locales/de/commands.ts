/** de: Namen und Beschreibungen der Befehle, Optionen und Auswahlen. */
export const deCommands = {
  "opt.user.name": "benutzer",
  "opt.user.description": "Roblox-Benutzername (z. B. builderman), numerische Benutzer-ID oder Profil-Link",
  "opt.private.name": "privat",
  "opt.private.description": "Nur du siehst die Antwort (Standard: alle im Kanal)",
  "opt.member.name": "mitglied",
  "opt.member.description": "Ein Discord-Mitglied, das sein Roblox-Konto verknüpft hat (Standard: du)",
  "cmd.user.name": "benutzer",
  "cmd.user.description": "Zeigt das Profil eines Roblox-Benutzers: Namen, ID, Kontoalter, Avatar",
  "cmd.groups.name": "gruppen",
  "cmd.groups.description":
    "Listet die Roblox-Gruppen eines Benutzers mit Rolle und Rang, oder prüft eine Gruppe",
  "cmd.groups.opt.group.name": "gruppe",
  "cmd.groups.opt.group.description":
    "Nur diese Gruppen-ID prüfen: Ist der Benutzer darin, und mit welchem Rang?",
  "cmd.inventory.name": "inventar",
  "cmd.inventory.description":
    "Durchsucht das Inventar eines Roblox-Benutzers, oder prüft, ob er bestimmte Dinge besitzt",
  "cmd.inventory.opt.assets.name": "assets",
  "cmd.inventory.opt.assets.description":
    "Wahr: Assets aller Typen auflisten. Falsch: weglassen. Ohne Art wird alles aufgelistet",
  "cmd.inventory.opt.badges.name": "abzeichen",
  "cmd.inventory.opt.badges.description": "Wahr: Abzeichen auflisten. Falsch: weglassen",
  "cmd.inventory.opt.game_passes.name": "pässe",
  "cmd.inventory.opt.game_passes.description": "Wahr: Pässe auflisten. Falsch: weglassen",
  "cmd.inventory.opt.private_servers.name": "private_server",
  "cmd.inventory.opt.private_servers.description":
    "Private Server auflisten (Roblox zeigt sie nur dem eigenen Schlüssel des Besitzers)",
  "cmd.inventory.opt.asset_types.name": "asset_typen",
  "cmd.inventory.opt.asset_types.description":
    "Nur diese Asset-Typen auflisten, durch Kommas getrennt (z. B. Hut, Klassisches Shirt)",
  "cmd.inventory.opt.collectibles_only.name": "nur_sammlerstücke",
  "cmd.inventory.opt.collectibles_only.description":
    "Nur Limiteds von Roblox (keine UGC-Limiteds) auflisten, aller Typen oder der genannten Asset-Typen",
  "cmd.inventory.opt.asset_ids.name": "asset_nummern",
  "cmd.inventory.opt.asset_ids.description":
    "Prüft, ob der Benutzer diese Asset-IDs besitzt (durch Kommas getrennt)",
  "cmd.inventory.opt.badge_ids.name": "abzeichen_nummern",
  "cmd.inventory.opt.badge_ids.description":
    "Prüft, ob der Benutzer diese Abzeichen-IDs hat (durch Kommas getrennt)",
  "cmd.inventory.opt.game_pass_ids.name": "pass_nummern",
  "cmd.inventory.opt.game_pass_ids.description":
    "Prüft, ob der Benutzer diese Pass-IDs besitzt (durch Kommas getrennt)",
  "cmd.inventory.opt.private_server_ids.name": "server_nummern",
  "cmd.inventory.opt.private_server_ids.description":
    "Prüft, ob der Benutzer diese IDs privater Server besitzt (durch Kommas getrennt)",
  "cmd.upload.name": "hochladen",
  "cmd.upload.description": "Lädt ein Bild, einen Sound oder ein Modell als Asset zu Roblox hoch",
  "cmd.upload.opt.file.name": "datei",
  "cmd.upload.opt.file.description":
    "Bild (PNG, JPEG, BMP, TGA), Sound (MP3, OGG, WAV, FLAC) oder Modell (FBX, glTF, GLB, RBXM)",
  "cmd.upload.opt.name.name": "titel",
  "cmd.upload.opt.name.description": "Name auf Roblox (Standard: der Dateiname)",
  "cmd.upload.opt.description.name": "beschreibung",
  "cmd.upload.opt.description.description": "Beschreibung auf Roblox",
  "cmd.upload.opt.type.name": "typ",
  "cmd.upload.opt.type.description": "Asset-Typ (Standard: nach dem Inhalt der Datei bestimmt)",
  "cmd.upload.opt.type.choice.Auto": "Automatisch",
  "cmd.upload.opt.type.choice.Decal": "Decal",
  "cmd.upload.opt.type.choice.Audio": "Audio",
  "cmd.upload.opt.type.choice.Model": "Modell",
  "cmd.upload.opt.asset_id.name": "asset_nummer",
  "cmd.upload.opt.asset_id.description":
    "Als neue Version dieses Modell-Assets statt als neues Asset hochladen (nur .fbx-Dateien)",
  "cmd.uploads.name": "meine_uploads",
  "cmd.uploads.description": "Deine letzten /upload-Aufträge und ihre Ergebnisse",
} as const;
