/** de: Antworten, Ablehnungen und Fehler. */
export const deMessages = {
  "quote.input": "„{{text}}“",
  "failure.storeUnavailable":
    "Der Bot erreicht seinen Speicher gerade nicht und konnte das deshalb nicht abschließen. Versuch es in einer Minute noch einmal.",
  "failure.restarting": "Der Bot startet gerade neu. Versuch es gleich noch einmal.",
  "failure.expiredComponent": "Diese Schaltflächen funktionieren nicht mehr. Führe den Befehl erneut aus.",
  "failure.unexpected":
    "Bei uns ist etwas schiefgelaufen. Wenn das öfter passiert, gib dem Betreiber des Bots diese Referenz: {{reference}}",
  "failure.rateLimited_one":
    "Roblox begrenzt gerade, wie oft der Bot anfragen darf. Versuch es in einer Sekunde noch einmal.",
  "failure.rateLimited_other":
    "Roblox begrenzt gerade, wie oft der Bot anfragen darf. Versuch es in {{count, number}} Sekunden noch einmal.",
  "failure.unavailable": "Roblox antwortet gerade nicht. Versuch es in einer Minute noch einmal.",
  "failure.ipNotAllowed":
    "Roblox akzeptiert den API-Schlüssel des Bots nicht von der Adresse, unter der der Bot läuft. Der Betreiber des Bots muss sie im Creator Dashboard zu den akzeptierten IP-Adressen des Schlüssels hinzufügen (`npm run doctor` ausführen).",
  "failure.keyRefused":
    "Roblox hat den API-Schlüssel des Bots abgelehnt. Der Betreiber des Bots muss ROBLOX_API_KEY prüfen (`npm run doctor` ausführen).",
  "failure.missingScope":
    "Dem Roblox-API-Schlüssel des Bots fehlt die Berechtigung `{{scope}}`. Der Betreiber des Bots kann sie im Roblox Creator Dashboard hinzufügen.",
  "failure.permissionDenied":
    "Roblox hat dem Bot nicht erlaubt, das zu lesen. Es ist vielleicht privat, oder dem API-Schlüssel des Bots fehlt eine Berechtigung.",
  "failure.oldMessageEdits":
    "Discord begrenzt Änderungen an Nachrichten, die älter als eine Stunde sind, und diese hat die Grenze vorerst erreicht. Führe den Befehl erneut aus, um eine neue Liste zu bekommen.",
  "failure.placeholderClosed": "Dieser Befehl wurde nicht abgeschlossen.",
  "pager.expired": "Diese Liste ist abgelaufen. Führe den Befehl erneut aus, um darin zu blättern.",
  "pager.notOwner":
    "Nur wer diesen Befehl ausgeführt hat, kann darin blättern. Führe /{{command}} selbst aus, um zu blättern.",
  "pager.busy": "Diese Liste blättert noch um. Drück die Schaltfläche gleich noch einmal.",
  "users.lookupLimited_one":
    "Roblox begrenzt gerade die Suche nach Benutzernamen, deshalb konnte der Bot {{name}} nicht nachschlagen. Versuch es in einer Sekunde noch einmal oder gib stattdessen die numerische Benutzer-ID an.",
  "users.lookupLimited_other":
    "Roblox begrenzt gerade die Suche nach Benutzernamen, deshalb konnte der Bot {{name}} nicht nachschlagen. Versuch es in {{count, number}} Sekunden noch einmal oder gib stattdessen die numerische Benutzer-ID an.",
  "users.noSuchName": "Kein Roblox-Benutzer heißt {{name}}.",
  "users.noSuchId": "Kein Roblox-Benutzer hat die ID {{id}}.",
  "users.badReference":
    "{{typed}} ist kein Roblox-Benutzername, keine Benutzer-ID und kein Profil-Link. Benutzernamen bestehen aus Buchstaben, Ziffern und Unterstrichen (keine Leerzeichen oder anderen Zeichen); IDs sind Zahlen.",
  "users.idStartsAtOne": "{{typed}} ist keine Roblox-Benutzer-ID: IDs beginnen bei 1.",
  "users.idTooLong": "{{typed}} ist keine Roblox-Benutzer-ID: Dafür ist sie zu lang.",
  "groups.noSuchId": "Keine Roblox-Gruppe hat die ID {{id}}.",
  "inventory.private":
    "Das Inventar von {{who}} ist privat, deshalb zeigt Roblox es dem Bot nicht. Der Besitzer kann es auf roblox.com sichtbar machen: Einstellungen → Privatsphäre → Weitere Einstellungen → „Wer kann mein Inventar sehen?“ → Alle.",
  "inventory.privateParts":
    "Roblox hat diesen Teil des Inventars von {{who}} nicht gezeigt. Private Server und gekaufte Orte werden nur dem eigenen API-Schlüssel des Besitzers gezeigt, auch wenn das Inventar öffentlich ist; und wenn das Inventar selbst privat ist, kann der Besitzer es auf roblox.com sichtbar machen: Einstellungen → Privatsphäre → Weitere Einstellungen → „Wer kann mein Inventar sehen?“ → Alle.",
  "inventory.badId.asset":
    "In $t(cmd.inventory.opt.asset_ids.name) ist {{entry}} keine Asset-ID. IDs sind ganze Zahlen wie 1028595; trenne sie mit Kommas.",
  "inventory.badId.badge":
    "In $t(cmd.inventory.opt.badge_ids.name) ist {{entry}} keine Abzeichen-ID. IDs sind ganze Zahlen wie 2124567890; trenne sie mit Kommas.",
  "inventory.badId.gamePass":
    "In $t(cmd.inventory.opt.game_pass_ids.name) ist {{entry}} keine Pass-ID. IDs sind ganze Zahlen wie 83167572; trenne sie mit Kommas.",
  "inventory.badId.privateServer":
    "In $t(cmd.inventory.opt.private_server_ids.name) ist {{entry}} keine ID eines privaten Servers. IDs sind ganze Zahlen wie 175156; trenne sie mit Kommas.",
  "inventory.unknownType":
    "In $t(cmd.inventory.opt.asset_types.name) ist {{entry}} kein Asset-Typ des Inventars. Fang an, in der Option zu tippen, um aus der Liste zu wählen, etwa Hut oder Klassisches Shirt.",
  "inventory.unknownTypeSuggest":
    "In $t(cmd.inventory.opt.asset_types.name) ist {{entry}} kein Asset-Typ des Inventars. Meintest du {{suggestions}}?",
  "inventory.kindsAndIds":
    "Roblox kann nicht in einer Anfrage Arten von Gegenständen auflisten und IDs prüfen. Nutze entweder {{kinds}} (um aufzulisten, was der Benutzer hat) oder {{ids}} (um zu prüfen, ob er diese IDs besitzt), nicht beides.",
  "inventory.assetsAndTypes":
    "Nutze entweder $t(cmd.inventory.opt.assets.name) (alle Asset-Typen) oder $t(cmd.inventory.opt.asset_types.name) (nur die genannten Typen), nicht beides.",
  "inventory.tooManyIds":
    "Eine Prüfung kann höchstens {{max, number}} IDs ansehen; du hast {{given, number}} angegeben. Verteile sie auf mehrere Befehle.",
  "inventory.assetsFalseBut":
    "$t(cmd.inventory.opt.assets.name):false lässt Assets weg, aber {{option}} fragt nach einigen. Lass eine der beiden Optionen weg.",
  "inventory.nothingLeft":
    "Wenn $t(cmd.inventory.opt.assets.name), $t(cmd.inventory.opt.badges.name), $t(cmd.inventory.opt.game_passes.name) und $t(cmd.inventory.opt.private_servers.name) alle falsch sind, bleibt nichts zum Auflisten. Setz die gewünschten Arten auf wahr, oder lass alle weg, um alles aufzulisten.",
  "upload.serverOnly": "Uploads funktionieren nur auf einem Server.",
  "upload.offEverywhere":
    "Uploads sind ausgeschaltet: Der Betreiber des Bots hat Uploads auf keinem Server aktiviert (UPLOAD_GUILD_IDS).",
  "upload.offHere":
    "Der Betreiber des Bots hat Uploads auf diesem Server nicht aktiviert. Bitte die Person, die den Bot betreibt, diesen Server zu UPLOAD_GUILD_IDS hinzuzufügen.",
  "upload.noCreator":
    "Uploads sind ausgeschaltet: Der Betreiber des Bots hat ROBLOX_UPLOAD_CREATOR nicht gesetzt.",
  "upload.needPermission":
    "Nur Mitglieder mit der Berechtigung „Ausdrücke verwalten“ dürfen zu Roblox hochladen.",
  "upload.needRole":
    "Der Betreiber des Bots erlaubt Uploads hier nur Mitgliedern mit einer dieser Rollen: {{roles}}. Bitte einen Server-Admin, dir eine zu geben.",
  "upload.cooldown": "Du hast gerade erst hochgeladen. Du kannst in {{seconds, number}} s wieder hochladen.",
  "upload.dailyCap":
    "Dieser Server hat seine {{cap, number}} Uploads für heute aufgebraucht. Weitere Uploads sind {{resets}} möglich.",
  "upload.empty": "Dieser Anhang ist leer.",
  "upload.tooBig":
    "Diese Datei ist {{size}} groß; Uploads dürfen höchstens {{limit}} groß sein. Es wurde nichts heruntergeladen.",
  "upload.noLink": "Dieser Anhang hat keinen brauchbaren Link. Häng die Datei erneut an.",
  "upload.notOnCdn":
    "Diese Datei liegt nicht im CDN von Discord, deshalb lädt der Bot sie nicht. Häng die Datei selbst an.",
  "upload.typeMismatch": "Du hast {{requested}} gewählt, aber diese Datei ist {{actual}}. {{needs}}",
  "upload.needs.Decal": "Ein Decal-Upload braucht ein Bild (PNG, JPEG, BMP oder TGA).",
  "upload.needs.Audio": "Ein Audio-Upload braucht eine Audiodatei (MP3, OGG, WAV oder FLAC).",
  "upload.needs.Model": "Ein Modell-Upload braucht ein Modell (FBX, glTF, GLB, RBXM oder RBXMX).",
  "upload.unsupported":
    "Diese Datei ist {{description}}. Roblox nimmt Bilder (PNG, JPEG, BMP, TGA), Audio (MP3, OGG, WAV, FLAC) und Modelle (FBX, glTF, GLB, RBXM, RBXMX).",
  "upload.unsupportedNamed":
    "Diese Datei ist {{description}}, auch wenn ihr Name auf {{extension}} endet. Roblox nimmt Bilder (PNG, JPEG, BMP, TGA), Audio (MP3, OGG, WAV, FLAC) und Modelle (FBX, glTF, GLB, RBXM, RBXMX).",
  "upload.noVersions":
    "Roblox erlaubt keine neuen Versionen von Assets des Typs {{type}}, nur von Modellen. Lass $t(cmd.upload.opt.asset_id.name) weg, um ein neues Asset des Typs {{type}} hochzuladen.",
  "upload.fbxOnly":
    "Roblox nimmt neue Versionen eines Modells nur als .fbx-Dateien; andere Modellformate (glTF, GLB, RBXM, RBXMX) können nur als neue Modelle hochgeladen werden. Exportiere das Modell als FBX, oder lass $t(cmd.upload.opt.asset_id.name) weg, um ein neues Modell hochzuladen.",
  "upload.assetIdNotNumeric":
    "$t(cmd.upload.opt.asset_id.name) muss die numerische ID eines deiner Modell-Assets sein.",
  "upload.assetIdInvalid":
    "$t(cmd.upload.opt.asset_id.name) {{id}} kann keine Roblox-Asset-ID sein: IDs sind ganze Zahlen ab 1, ohne führende Nullen. Kopiere die ID von der Seite des Assets auf create.roblox.com.",
  "upload.descriptionTooLong": "Die Beschreibung darf höchstens {{max, number}} Zeichen lang sein.",
  "upload.quotaUser":
    "Das Audio-Upload-Kontingent des Benutzers {{owner}} ist aufgebraucht: {{usage, number}} von {{capacity, number}} Audio-Uploads {{period}}.{{reset}} Es wurde nichts an Roblox gesendet.",
  "upload.quotaGroup":
    "Uploads für die Gruppe {{group}} zählen zum Kontingent des Benutzers {{owner}}, dem der API-Schlüssel des Bots gehört (Roblox führt Upload-Kontingente pro Benutzer, nicht pro Gruppe), und es ist aufgebraucht: {{usage, number}} von {{capacity, number}} Audio-Uploads {{period}}.{{reset}} Es wurde nichts an Roblox gesendet.",
  "upload.quotaPeriod.day": "an diesem Tag",
  "upload.quotaPeriod.month": "in diesem Monat",
  "upload.quotaReset": " Es wird am {{date}} zurückgesetzt.",
  "upload.tooLargeStream":
    "Diese Datei ist größer als angegeben (über {{limit}}), deshalb wurde der Download abgebrochen.",
  "upload.downloadFailed":
    "Der Bot konnte diese Datei nicht von Discord herunterladen. Versuch es gleich noch einmal.",
  "upload.linkExpired":
    "Discord stellt diesen Anhang nicht mehr bereit (sein Link ist abgelaufen). Häng die Datei erneut an.",
  "upload.downloadBroke": "Der Download von Discord ist abgebrochen. Versuch es gleich noch einmal.",
  "upload.unreadable": "Die Datei konnte nicht gelesen werden.",
  "upload.botSide": "Beim Bot ist etwas schiefgelaufen; es wurde nichts erstellt.",
  "upload.interrupted":
    "Der Upload wurde unterbrochen (der Bot hat neu gestartet oder die Verbindung verloren), bevor Roblox geantwortet hat, daher ist er vielleicht bei Roblox angekommen, vielleicht auch nicht. Prüfe https://create.roblox.com/dashboard/creations, bevor du ihn erneut hochlädst.",
  "upload.restartedWhileDownloading":
    "Der Bot hat beim Herunterladen der Datei neu gestartet; es wurde nichts an Roblox gesendet. Führe /upload erneut aus.",
  "upload.nameModerated":
    "Die Roblox-Moderation hat den Namen nicht akzeptiert. Wähle einen anderen `$t(cmd.upload.opt.name.name)` und lade erneut hoch.",
  "upload.descriptionModerated":
    "Die Roblox-Moderation hat die Beschreibung nicht akzeptiert. Ändere die `$t(cmd.upload.opt.description.name)` und lade erneut hoch.",
  "upload.invalidImage":
    "Roblox konnte das Bild nicht lesen. Es ist vielleicht beschädigt oder größer als 8000×8000 Pixel.",
  "upload.quotaUsed":
    "Das Upload-Kontingent von Roblox für dieses Konto ist aufgebraucht (Audio: 10 pro Monat, oder 100 für Konten mit verifizierter ID). Versuch es nächsten Monat noch einmal.",
  "upload.noAssetToUpdate": "Roblox hat kein Asset {{id}}, das der Bot aktualisieren darf.",
  "upload.keyCannotUpload":
    "Der Roblox-API-Schlüssel des Bots darf nicht für den eingestellten Ersteller hochladen. Der Betreiber des Bots muss ROBLOX_UPLOAD_CREATOR und die Berechtigungen des Schlüssels prüfen.",
  "upload.keyCannotUpdate": "Der Roblox-API-Schlüssel des Bots darf das Asset {{id}} nicht aktualisieren.",
  "upload.refusedFile": "Roblox hat die Datei abgelehnt. Prüfe, ob sie eine gültige Datei ihres Typs ist.",
  "upload.refusedVersion":
    "Roblox hat die neue Version abgelehnt. Nur Modelle können neue Versionen bekommen, und nur aus einer gültigen .fbx-Datei.",
  "upload.couldNotTake": "Roblox konnte den Upload gerade nicht annehmen. Versuch es später noch einmal.",
  "upload.moderationRejected": "Die Roblox-Moderation hat es abgelehnt.",
  "upload.couldNotProcess":
    "Roblox konnte die Datei nicht verarbeiten. Sie ist vielleicht beschädigt oder eine Variante des Formats, die Roblox nicht nimmt.",
  "upload.timedOut":
    "Roblox war nach einer Stunde noch nicht mit der Verarbeitung fertig (Vorgang {{operation}}). Prüfe https://create.roblox.com/dashboard/creations.",
  "upload.stillReviewing": "Nach 24 h noch in Prüfung; sieh im Creator Dashboard nach.",
  "upload.legacyText": "{{text}}",
  "web.tooMany.title": "Zu viele Anfragen",
  "web.tooMany.body": "Bitte warte eine Minute und versuch es dann noch einmal.",
  "web.unavailable.title": "Später noch einmal versuchen",
  "web.unavailable.body": "Diese Seite kann gerade nicht angezeigt werden.",
} as const;
