/** de: /asset, das Upload-Protokoll (Filter von /uploads, der Protokollkanal) und die Freigabe-Warteschlange. */
export const deAssetDesk = {
  "cmd.asset.name": "asset",
  "cmd.asset.description":
    "Versionen, Zurücksetzen, Archivieren und Wiederherstellen der Assets des Upload-Kontos",
  "cmd.asset.opt.versions.name": "versionen",
  "cmd.asset.opt.versions.description": "Die Versionen eines Assets auflisten",
  "cmd.asset.opt.rollback.name": "zuruecksetzen",
  "cmd.asset.opt.rollback.description": "Ein Asset auf eine frühere Version zurücksetzen (mit Bestätigung)",
  "cmd.asset.opt.archive.name": "archivieren",
  "cmd.asset.opt.archive.description": "Ein Asset archivieren (mit Bestätigung)",
  "cmd.asset.opt.restore.name": "wiederherstellen",
  "cmd.asset.opt.restore.description": "Ein archiviertes Asset wiederherstellen (mit Bestätigung)",
  "cmd.asset.opt.asset_id.name": "asset_id",
  "cmd.asset.opt.asset_id.description": "Die ID des Assets (es muss dem Upload-Konto des Bots gehören)",
  "cmd.asset.opt.version.name": "version",
  "cmd.asset.opt.version.description": "Die Version, auf die zurückgesetzt wird (siehe /asset versions)",
  "cmd.uploads.opt.state.name": "status",
  "cmd.uploads.opt.state.description":
    "Nur Uploads in diesem Status (endgültiger Moderationsstatus oder wie der Upload endete)",
  "cmd.uploads.opt.state.choice.approved": "freigegeben",
  "cmd.uploads.opt.state.choice.reviewing": "in Prüfung",
  "cmd.uploads.opt.state.choice.rejected": "abgelehnt",
  "cmd.uploads.opt.state.choice.failed": "fehlgeschlagen",
  "cmd.uploads.opt.state.choice.interrupted": "unterbrochen",
  "cmd.uploads.opt.state.choice.in-progress": "läuft",
  "cmd.uploads.opt.member.name": "mitglied",
  "cmd.uploads.opt.member.description": "Team: die Uploads dieses Mitglieds auf diesem Server",
  "cmd.uploads.opt.server.name": "server_log",
  "cmd.uploads.opt.server.description": "Team: die Uploads aller auf diesem Server (das Upload-Protokoll)",
  "cmd.uploads.opt.days.name": "tage",
  "cmd.uploads.opt.days.description": "Nur Uploads der letzten so vielen Tage",

  "desk.notOurs":
    "Das Asset {{assetId}} gehört nicht dem Upload-Konto des Bots, daher kann /asset es weder ändern noch seine Versionen auflisten.",
  "desk.notFound": "Roblox kennt kein Asset {{assetId}}, oder es gehört nicht dem Upload-Konto des Bots.",
  "desk.versionNotFound":
    "Das Asset {{assetId}} hat keine Version {{version}}. Mit /asset versions siehst du seine Versionen.",
  "desk.noUploadAccount":
    "Die Asset-Verwaltung ist ausgeschaltet: Der Betreiber des Bots hat ROBLOX_UPLOAD_CREATOR nicht gesetzt.",
  "desk.confirmationExpired":
    "Diese Bestätigung ist abgelaufen oder wurde schon beantwortet. Führe den Befehl erneut aus.",
  "desk.onlyRequester": "Nur wer diese Änderung angefordert hat, kann sie bestätigen oder abbrechen.",
  "desk.confirm.rollback":
    "**{{name}}** ({{assetId}}) auf Version {{version}} zurücksetzen? Roblox behält die aktuelle Version und legt eine neue mit dem Inhalt von Version {{version}} an.",
  "desk.confirm.archive":
    "**{{name}}** ({{assetId}}) archivieren? Es verschwindet von der Website und funktioniert in Erlebnissen nicht mehr, bis es wiederhergestellt wird.",
  "desk.confirm.restore": "**{{name}}** ({{assetId}}) aus dem Archiv wiederherstellen?",
  "desk.button.rollback": "Zurücksetzen",
  "desk.button.archive": "Archivieren",
  "desk.button.restore": "Wiederherstellen",
  "desk.button.cancel": "Abbrechen",
  "desk.cancelled": "Abgebrochen: Nichts wurde geändert.",
  "desk.done.rollback":
    "Asset {{assetId}} auf Version {{version}} zurückgesetzt: Seine neueste Version ist jetzt {{newVersion}}.",
  "desk.done.archive": "Asset {{assetId}} archiviert.",
  "desk.done.restore": "Asset {{assetId}} wiederhergestellt: Es ist wieder aktiv.",
  "desk.versionsTitle": "Versionen von {{name}}",
  "desk.versionLine": "**Version {{version}}** · Moderation: {{moderation}}",
  "desk.versionLineCurrent": "**Version {{version}}** (aktuell) · Moderation: {{moderation}}",
  "desk.noVersions": "Roblox listet keine Versionen für dieses Asset.",
  "desk.archivedNote": "Dieses Asset ist archiviert.",
  "desk.footer": "Asset {{assetId}} · Seite {{page}}",

  "uploadLog.state.approved": "✅ freigegeben",
  "uploadLog.state.reviewing": "🕓 in Prüfung",
  "uploadLog.state.rejected": "⛔ abgelehnt",
  "uploadLog.state.failed": "❌ fehlgeschlagen",
  "uploadLog.state.interrupted": "⚠️ unterbrochen",
  "uploadLog.state.in-progress": "⏳ läuft",
  "uploadLog.noAsset": "kein Asset",
  "uploadLog.asset": "Asset {{id}}",
  "uploadLog.assetVersion": "Asset {{id}} Version {{version}}",
  "uploadLog.shaMissing": "SHA-256 nicht erfasst",
  "uploadLog.sha": "SHA-256: `{{sha}}`",
  "uploadLog.noMatch": "Keine Uploads passen.",
  "uploadLog.title.server": "Uploads auf diesem Server",
  "uploadLog.title.member": "Uploads eines Mitglieds auf diesem Server",
  "uploadLog.title.own": "Deine Uploads",
  "uploadLog.staffOnly":
    "Nur das Team (Mitglieder mit der Berechtigung „Server verwalten“) kann die Uploads anderer Mitglieder oder das Protokoll des Servers sehen.",
  "uploadLog.serverOnly": "Das Upload-Protokoll gibt es nur auf einem Server.",

  "approval.staffOnly":
    "Nur das Team (Mitglieder mit der Berechtigung „Server verwalten“) kann Uploads freigeben oder ablehnen.",
  "approval.postFailed":
    "Der Bot konnte die Datei nicht im Prüfkanal dieses Servers posten, daher wurde sie nicht hochgeladen. Bitte einen Server-Admin, die Berechtigungen des Bots dort zu prüfen.",
  "approval.rejectedByStaff":
    "Ein Teammitglied hat diesen Upload abgelehnt; nichts wurde an Roblox gesendet.",
  "approval.alreadyDecided": "Dieser Upload wurde bereits freigegeben oder abgelehnt.",
  "approval.unknown": "Dieser Upload wartet nicht mehr auf eine Freigabe.",
  "approval.fileGone": "Die Prüfnachricht und ihre Datei sind weg, daher wurde nichts hochgeladen.",
  "approval.waiting":
    "⏸ Wartet darauf, dass ein Teammitglied ihn in {{channel}} freigibt. Diese Nachricht ändert sich, sobald entschieden ist; `/uploads` zeigt es auch.",
  "approval.reviewTitle": "Upload wartet auf Freigabe: {{name}}",
  "approval.member": "Mitglied",
  "approval.file": "Datei",
  "approval.bytes": "Was die Bytes sind",
  "approval.goesTo": "Geht an",
  "approval.approve": "Freigeben",
  "approval.reject": "Ablehnen",
  "approval.approvedBy": "Freigegeben von {{user}}. Wird zu Roblox hochgeladen.",
  "approval.rejectedBy": "Abgelehnt von {{user}}. Nichts wurde an Roblox gesendet.",
  "cmd.settings.opt.upload-log-channel.name": "upload-log-channel",
  "cmd.settings.opt.upload-log-channel.description":
    "Jeden fertigen Upload in einem Kanal posten oder das Upload-Protokoll ausschalten",
  "cmd.settings.opt.upload-review-channel.name": "upload-review-channel",
  "cmd.settings.opt.upload-review-channel.description":
    "Der Kanal, in dem Uploads auf die Freigabe warten, oder leeren",
  "cmd.settings.opt.upload-approval.name": "upload-approval",
  "cmd.settings.opt.upload-approval.description":
    "Ob Uploads zuerst auf die Freigabe eines Teammitglieds warten",
  "settings.uploads.title": "Uploads auf diesem Server",
  "settings.uploads.logChannel":
    "**upload-log-channel** (jeder fertige Upload wird dort gepostet): {{value}}",
  "settings.uploads.reviewChannel":
    "**upload-review-channel** (wo Uploads auf die Freigabe warten): {{value}}",
  "settings.uploads.approval": "**upload-approval** (Uploads warten auf das Team): {{value}}",
  "settings.uploads.on": "an",
  "settings.uploads.byDefault": "{{value}} (Vorgabe des Bots)",
  "settings.set.uploadLogChannel.on": "Fertige Uploads werden in {{channel}} gepostet.",
  "settings.set.uploadLogChannel.off": "Fertige Uploads werden nirgends mehr gepostet.",
  "settings.set.uploadReviewChannel.on": "Uploads, die eine Freigabe brauchen, warten in {{channel}}.",
  "settings.set.uploadReviewChannel.off": "Dieser Server hat keinen Prüfkanal mehr.",
  "settings.set.uploadApproval.on":
    "Uploads warten jetzt in {{channel}} auf die Freigabe eines Teammitglieds.",
  "settings.set.uploadApproval.off": "Uploads warten nicht mehr auf eine Freigabe.",
  "settings.uploads.noReviewChannel":
    "Lege zuerst einen Prüfkanal fest (/settings set upload-review-channel) und schalte dann die Freigabe ein.",
  "settings.uploads.reviewChannelNeeded":
    "Uploads warten hier auf eine Freigabe: Schalte upload-approval aus, bevor du den Prüfkanal leerst.",
} as const;
