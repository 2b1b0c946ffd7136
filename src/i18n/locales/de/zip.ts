/** de: /upload of a zip (its refusals, progress and result). */
export const deZip = {
  "zip.unreadable":
    "Diese ZIP-Datei konnte nicht gelesen werden (sie ist beschädigt oder kein ZIP-Archiv). Nichts wurde an Roblox gesendet.",
  "zip.needsApproval":
    "Auf diesem Server gibt das Team jeden Upload frei, daher wird hier kein Zip angenommen: Lade die Dateien einzeln hoch, dann prüft das Team jede. Es wurde nichts an Roblox gesendet.",
  "zip.notZip":
    "Diese Datei heißt .zip, ihre Bytes sind aber kein ZIP-Archiv. Nichts wurde an Roblox gesendet.",
  "zip.tooManyEntries":
    "Diese ZIP-Datei hat {{count, number}} Einträge; höchstens {{max, number}} werden angenommen. Nichts wurde an Roblox gesendet.",
  "zip.unsafePath":
    "Diese ZIP-Datei enthält einen Eintrag mit unsicherem Pfad ({{name}}): Pfade, die mit .. hinausführen oder an der Wurzel beginnen, werden abgelehnt. Nichts wurde an Roblox gesendet.",
  "zip.encrypted":
    "Diese ZIP-Datei enthält eine verschlüsselte Datei ({{name}}); verschlüsselte ZIP-Dateien werden abgelehnt. Nichts wurde an Roblox gesendet.",
  "zip.ratio":
    "Diese ZIP-Datei enthält eine Datei ({{name}}), die entpackt mehr als {{max, number}}-mal so groß ist wie gepackt, wie bei ZIP-Bomben. Nichts wurde an Roblox gesendet.",
  "zip.tooLarge": "Diese ZIP-Datei ist entpackt größer als {{limit}}. Nichts wurde an Roblox gesendet.",
  "zip.nested":
    "Diese ZIP-Datei enthält eine weitere ZIP-Datei ({{name}}); verschachtelte ZIP-Dateien werden abgelehnt. Nichts wurde an Roblox gesendet.",
  "zip.dailyCap": "die heutigen Uploads dieses Servers sind aufgebraucht",
  "zip.stillProcessing":
    "Roblox hat sie noch verarbeitet, als der Bot aufhörte zu warten; siehe https://create.roblox.com/dashboard/creations",
  "zip.rejected": "Die Moderation von Roblox hat sie abgelehnt",
  "zip.failed": "Roblox konnte sie nicht verarbeiten",
  "zip.view.title.working": "ZIP-Datei wird hochgeladen",
  "zip.view.title.done": "ZIP-Datei hochgeladen",
  "zip.view.title.refused": "ZIP-Datei abgelehnt",
  "zip.view.downloading": "Die ZIP-Datei wird heruntergeladen…",
  "zip.view.checking": "Jede Datei der ZIP-Datei wird geprüft…",
  "zip.view.progress": "{{done, number}} von {{total, number}} Dateien",
  "zip.view.summary":
    "{{uploaded, number}} hochgeladen, {{existing, number}} schon auf Roblox, {{duplicates, number}} Duplikate übersprungen, {{unsupported, number}} nicht unterstützt, {{failed, number}} fehlgeschlagen.",
  "zip.view.files":
    "Die Zuordnung von Namen zu Asset-IDs ist angehängt: {{json}} und das Luau-Modul {{luau}}.",
  "zip.view.failures": "Fehlgeschlagen",
  "zip.view.failureLine": "{{name}}: {{reason}}",
  "zip.view.renamed": "Umbenannt (als das hochgeladen, was ihre Bytes sind)",
  "zip.view.renamedLine": "{{name}} → {{as}}",
  "zip.view.unsupported": "Nicht unterstützt (übersprungen)",
  "zip.view.duplicates": "Duplikate (übersprungen)",
  "zip.view.duplicateLine": "{{name}} = {{first}}",
} as const;
