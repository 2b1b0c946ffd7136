/** de: /privacy, what the bot stores about a member and deleting it. */
export const dePrivacy = {
  "cmd.privacy.name": "datenschutz",
  "cmd.privacy.description":
    "Sieh, was der Bot über dich speichert, wähle, wer deine Verknüpfung sieht, und lösche alles",
  "privacy.title": "Was dieser Bot über dich speichert",
  "privacy.intro":
    "Nur du siehst das. Löschen entfernt deine Verknüpfung, deine Einstellungen und deine Einträge; deine Uploads bleiben in den Upload-Protokollen der Server (Asset-ID und Datei-Fingerabdruck) als „gelöschtes Mitglied“.",
  "privacy.field.link": "Verknüpftes Roblox-Konto",
  "privacy.field.grants": "Gespeicherte Roblox-Anmeldungen",
  "privacy.field.shown": "Wer deine Verknüpfung sieht",
  "privacy.field.uploads": "Deine Uploads",
  "privacy.link.none": "Keins.",
  "privacy.link.one": "{{roblox}}, über {{method}}, seit {{when}}.",
  "privacy.method.oauth": "die Anmeldung bei Roblox",
  "privacy.method.profile": "einen Satz in deinem Roblox-Profil",
  "privacy.grants.none": "Keine: Der Bot widerruft die Roblox-Anmeldung, sobald er weiß, wer du bist.",
  "privacy.shown.linked":
    "Andere Mitglieder sehen deine Verknüpfung nur in den Servern, in denen du /link oder /verify ausgeführt hast.",
  "privacy.shown.everywhere":
    "Andere Mitglieder sehen deine Verknüpfung in jedem Server, in dem der Bot ist.",
  "privacy.uploads.none": "Keine.",
  "privacy.uploads.count_one": "{{count, number}} Upload gespeichert, der neueste zuerst:",
  "privacy.uploads.count_other": "{{count, number}} Uploads gespeichert, die neuesten zuerst:",
  "privacy.button.showEverywhere": "Verknüpfung überall zeigen",
  "privacy.button.showLinked": "Nur dort zeigen, wo ich verknüpft oder verifiziert habe",
  "privacy.button.delete": "Meine Daten löschen",
  "privacy.button.confirm": "Ja, alles löschen",
  "privacy.button.cancel": "Abbrechen",
  "privacy.confirm":
    "Deine Verknüpfung, deine Einstellungen und deine Einträge löschen? Das lässt sich nicht rückgängig machen. Deine Uploads bleiben in den Upload-Protokollen der Server als „gelöschtes Mitglied“.",
  "privacy.deleted_one":
    "Gelöscht. Der Bot speichert nichts mehr über dich; {{count, number}} Upload bleibt im Protokoll eines Servers als „gelöschtes Mitglied“.",
  "privacy.deleted_other":
    "Gelöscht. Der Bot speichert nichts mehr über dich; {{count, number}} Uploads bleiben in den Protokollen der Server als „gelöschtes Mitglied“.",
  "privacy.deletedMember": "gelöschtes Mitglied",
  "privacy.uploadInProgress":
    "Einer deiner Uploads läuft noch. Warte, bis er fertig ist, und lösche dann erneut.",
  "cmd.settings.opt.upload-log-days.name": "upload-log-days",
  "cmd.settings.opt.upload-log-days.description":
    "Wie viele Tage das Upload-Protokoll dieses Servers einen Eintrag behält",
  "cmd.settings.opt.days.name": "days",
  "cmd.settings.opt.days.description": "Tage, von 1 bis 730 (weglassen für die Vorgabe des Bots)",
  "settings.uploadLogDays":
    "**upload-log-days** (Tage, die das Upload-Protokoll einen Eintrag behält): {{value}}",
  "settings.uploadLogDays.value": "{{days, number}}",
  "settings.uploadLogDays.default": "{{days, number}} (Vorgabe des Bots)",
  "settings.set.uploadLogDays.on": "Das Upload-Protokoll behält jeden Eintrag jetzt {{days, number}} Tage.",
  "settings.set.uploadLogDays.off":
    "Das Upload-Protokoll behält jeden Eintrag jetzt so lange wie vom Bot vorgegeben: {{days, number}} Tage.",
  "privacy.shown.verified": "Server, in denen du /verify ausgeführt hast: {{servers}}.",
} as const;
