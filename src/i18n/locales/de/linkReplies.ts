/** de: the /link replies (the pages' text stays in src/text/linking.ts). */
export const deLinkReplies = {
  "cmd.link.name": "link",
  "cmd.link.description": "Verknüpfe dein Discord-Konto mit deinem Roblox-Konto",
  "link.reply.prompt":
    "Drück die Schaltfläche, um dich mit Roblox anzumelden und dein Konto zu verknüpfen. Sie funktioniert einmal, 10 Minuten lang. ({{expires}})\n\n**Teile diese Schaltfläche nie.** Sie gehört nur dir: Die Seite, die sie öffnet, nennt dein Discord-Konto, und das Verknüpfen braucht dort deine ausdrückliche Bestätigung.\n\nWenn Roblox eine eigene Fehlerseite zeigt und dich nie zurückschickt (eine noch nicht von Roblox geprüfte App nimmt nur 10 Personen, und Konten unter 13 können nicht verknüpfen), ist das Verknüpfen über Roblox für dich gerade nicht möglich; sag einem Server-Admin Bescheid.",
  "link.reply.tooMany":
    "Du hast /link zu oft gestartet. Warte ein paar Minuten und führe es dann erneut aus.",
  "link.reply.off":
    "Das Verknüpfen ist bei diesem Bot nicht eingerichtet. Bitte den Betreiber, die Roblox-Anmeldung einzurichten.",
} as const;
