import type { enUSLinking } from "../enUS/linking.js";

/** de: /link, its private replies, and the account-linking pages. */
export const deLinking = {
  "cmd.link.name": "verknüpfen",
  "cmd.link.description": "Verknüpfe dein Discord-Konto mit dem Roblox-Konto, mit dem du dich anmeldest",
  "link.reply.prompt":
    "Drücke den Knopf, um dich bei Roblox anzumelden und dein Konto zu verknüpfen. Er funktioniert einmal und läuft {{expires}} ab.\n\n**Teile diesen Knopf niemals.** Er gehört nur dir: Die Seite, die er öffnet, nennt dein Discord-Konto, und nichts wird verknüpft, bevor du dort bestätigst.\n\nWenn Roblox eine eigene Fehlerseite zeigt und dich nie zurückschickt (eine von Roblox noch nicht geprüfte App nimmt nur 10 Personen, und Konten unter 13 können nicht verknüpfen), ist die Verknüpfung über Roblox für dich gerade nicht möglich. {{fallback}}",
  "link.reply.fallback.admin": "Sag einem Server-Admin Bescheid.",
  "link.reply.fallback.profile":
    "Du kannst auch anders verknüpfen: Führe /$t(cmd.link.name) erneut aus und wähle die Methode „$t(cmd.link.opt.method.choice.profile)“.",
  "link.reply.button": "Mit Roblox verknüpfen",
  "link.reply.tooMany": "Du hast /link zu oft gestartet. Warte ein paar Minuten und versuche es dann erneut.",
  "link.reply.off":
    "Die Verknüpfung ist bei diesem Bot nicht eingerichtet. Bitte seinen Betreiber, die Roblox-Anmeldung einzurichten.",
  "link.reply.linked": "Verknüpft als {{roblox}}. Deine Roblox-Benutzer-ID ist {{robloxId}}.",
  "link.page.confirm.title": "Diese Konten verknüpfen?",
  "link.page.confirm.discord": "Discord-Konto, das die Verknüpfung angefragt hat:",
  "link.page.confirm.roblox": "Roblox-Konto, mit dem du dich angemeldet hast:",
  "link.page.confirm.warning":
    "Wenn du /link nicht selbst ausgeführt hast oder dies nicht dein Discord-Konto ist, drücke Abbrechen: Jemand hat dir vielleicht seinen Knopf geschickt.",
  "link.page.confirm.button": "Bestätigen",
  "link.page.cancel.button": "Abbrechen",
  "link.page.done.title": "Verknüpft",
  "link.page.done.body":
    "{{discord}} ist jetzt mit dem Roblox-Konto {{roblox}} verknüpft. Du kannst diese Seite schließen.",
  "link.page.refused.title": "Nicht verknüpft",
  "link.page.refused.expired":
    "Dieser Link ist abgelaufen oder wurde schon benutzt. Führe /link in Discord erneut aus, um einen neuen Knopf zu bekommen.",
  "link.page.refused.otherBrowser":
    "Diese Anmeldung wurde nicht in diesem Browser begonnen, daher wurde nichts verknüpft. Führe /link in Discord erneut aus und öffne den neuen Knopf hier.",
  "link.page.refused.denied": "Du hast bei Roblox abgelehnt, daher wurde nichts verknüpft.",
  "link.page.refused.robloxError":
    "Roblox hat die Anmeldung nicht abgeschlossen, daher wurde nichts verknüpft. Führe /link aus, um es erneut zu versuchen.",
  "link.page.refused.signInFailed":
    "Die Anmeldung konnte nicht überprüft werden, daher wurde nichts verknüpft. Führe /link in Discord aus, um es erneut zu versuchen.",
  "link.page.refused.unavailable":
    "Roblox antwortet gerade nicht. Führe /link in ein paar Minuten aus, um es erneut zu versuchen.",
  "link.page.refused.badForm":
    "Dieses Formular konnte nicht überprüft werden, daher wurde nichts verknüpft. Führe /link aus, um neu zu beginnen.",
  "link.page.refused.cancelled": "Abgebrochen: Es wurde nichts verknüpft.",
  "link.page.refused.tooMany": "Zu viele Versuche. Warte ein paar Minuten und führe /link dann erneut aus.",
  "cmd.link.opt.method.name": "methode",
  "cmd.link.opt.method.description":
    "Wie du zeigst, dass das Roblox-Konto dir gehört (Standard: mit Roblox anmelden)",
  "cmd.link.opt.method.choice.oauth": "Mit Roblox anmelden",
  "cmd.link.opt.method.choice.profile": "Ein Satz in meinem Roblox-Profil",
  "cmd.link.opt.account.name": "konto",
  "cmd.link.opt.account.description": "Dein Roblox-Benutzername oder deine Benutzer-ID (für den Profilsatz)",
  "link.reply.methodOff":
    "Diese Art der Verknüpfung ist bei diesem Bot ausgeschaltet. Führe /link ohne Methode aus.",
  "link.profile.needAccount":
    "Um mit einem Profilsatz zu verknüpfen, gib deinen Roblox-Benutzernamen oder deine Benutzer-ID in der Option konto an.",
  "link.profile.prompt":
    "Füge diesen Satz in den Abschnitt „Über mich“ des Roblox-Profils von Benutzer {{account}} ein, speichere und drücke dann den Knopf. Der Satz läuft {{expires}} ab.\n\n`{{phrase}}`",
  "link.profile.button": "Hinzugefügt",
  "link.profile.notFound":
    "Der Satz steht noch nicht im Abschnitt „Über mich“ von Roblox-Benutzer {{account}}, daher wurde nichts verknüpft. Prüfe, dass er genau so dasteht, speichere das Profil und drücke den Knopf erneut.",
  "link.profile.expired":
    "Dieser Satz ist abgelaufen, daher wurde nichts verknüpft. Führe /link method:profile erneut aus, um einen neuen zu bekommen.",
  "link.profile.tooSoon": "Warte 10 Sekunden, bevor du das Profil erneut prüfst.",
  "link.profile.linked":
    "Verknüpft als {{roblox}} (Profilsatz). Deine Roblox-Benutzer-ID ist {{robloxId}}. Du kannst den Satz jetzt aus deinem Profil entfernen.",
  "link.moved.dm":
    "Das Roblox-Konto {{roblox}} ist jetzt mit einem anderen Discord-Konto verknüpft und nicht mehr mit deinem. Warst du das nicht, führe /link aus, um es erneut zu verknüpfen.",
  "cmd.unlink.name": "trennen",
  "cmd.unlink.description": "Hebe die Verknüpfung zwischen deinem Discord-Konto und deinem Roblox-Konto auf",
  "unlink.notLinked":
    "Dein Discord-Konto ist mit keinem Roblox-Konto verknüpft, es gab also nichts zu entfernen.",
  "unlink.done":
    "Getrennt: Dein Discord-Konto ist nicht mehr mit {{roblox}} verknüpft. Der Bot hat für diese Verknüpfung keine Roblox-Anmeldung behalten, bei Roblox gab es also nichts zu widerrufen. Roblox listet die Apps, die du autorisiert hast, unter „Third-party app authorizations“ auf {{url}}.",
  "target.selfNotLinked":
    "Du hast kein Roblox-Konto verknüpft. Gib einen Roblox-Benutzer an oder führe zuerst /link aus.",
  "target.memberNotLinked":
    "Dieses Mitglied hat kein Roblox-Konto verknüpft, das auf diesem Server gezeigt wird. Gib stattdessen einen Roblox-Benutzer an.",
  "cmd.link.opt.access.name": "zugriff",
  "cmd.link.opt.access.description":
    "Lass den Bot auch auf Roblox für dich handeln: Roblox fragt dich nach diesem Zugriff",
  "cmd.link.opt.access.choice.inventory": "Mein privates Inventar lesen",
  "cmd.link.opt.access.choice.uploads": "In mein Roblox-Konto hochladen",
  "grant.inventoryNeeded":
    "Dein Inventar ist auf Roblox privat. Um es hier aufzulisten, führe /$t(cmd.link.name) mit $t(cmd.link.opt.access.name) „$t(cmd.link.opt.access.choice.inventory)“ aus und erlaube es auf Roblox.",
  "grant.missingScope.inventory":
    "Der Zugriff, den du dem Bot auf Roblox gegeben hast, umfasst {{scope}} nicht, das hierfür nötig ist. Führe /$t(cmd.link.name) mit $t(cmd.link.opt.access.name) „$t(cmd.link.opt.access.choice.inventory)“ aus und erlaube es auf Roblox.",
  "grant.missingScope.uploads":
    "Der Zugriff, den du dem Bot auf Roblox gegeben hast, umfasst {{scope}} nicht, das hierfür nötig ist. Führe /$t(cmd.link.name) mit $t(cmd.link.opt.access.name) „$t(cmd.link.opt.access.choice.uploads)“ aus und erlaube es auf Roblox.",
  "grant.lapsed":
    "Roblox akzeptiert den Zugriff, den du dem Bot gegeben hast, nicht mehr (er wurde widerrufen oder 90 Tage nicht genutzt). Führe /$t(cmd.link.name) erneut aus, um ihn neu zu geben.",
  "grant.unavailable":
    "Roblox hat deinen Zugriff gerade nicht erneuert. Versuche es in einer Minute noch einmal.",
  "grant.uploadsNeeded":
    "Um in dein eigenes Roblox-Konto hochzuladen, führe /$t(cmd.link.name) mit $t(cmd.link.opt.access.name) „$t(cmd.link.opt.access.choice.uploads)“ aus und erlaube es auf Roblox.",
  "upload.selfOff":
    "Uploads in die eigenen Roblox-Konten der Mitglieder sind auf diesem Server aus. Ein Server-Admin kann sie mit /settings einschalten.",
  "cmd.upload.opt.to.name": "ziel",
  "cmd.upload.opt.to.description":
    "Welches Roblox-Konto das Asset bekommt (Standard: deins, wo dieser Server es erlaubt)",
  "cmd.upload.opt.to.choice.me": "Mein eigenes Roblox-Konto",
  "cmd.upload.opt.to.choice.server": "Das Konto des Bot-Betreibers",
  "cmd.settings.opt.self-uploads.name": "eigene-uploads",
  "cmd.settings.opt.self-uploads.description":
    "Mitglieder mit /upload in ihre eigenen Roblox-Konten hochladen lassen",
  "settings.selfUploads": "**eigene-uploads** (Mitglieder laden in ihr eigenes Roblox-Konto hoch): {{value}}",
  "settings.set.selfUploads.on": "Mitglieder können jetzt in ihre eigenen Roblox-Konten hochladen.",
  "settings.set.selfUploads.off":
    "Mitglieder können hier nicht mehr in ihre eigenen Roblox-Konten hochladen.",
  "settings.on": "an",
  "unlink.doneRevoked":
    "Verknüpfung aufgehoben: Dein Discord-Konto ist nicht mehr mit {{roblox}} verknüpft, und der Zugriff, den du dem Bot auf Roblox gegeben hast, wurde widerrufen. Roblox listet die von dir autorisierten Apps unter „Autorisierungen von Drittanbieter-Apps“ auf {{url}}.",
} as const satisfies Record<keyof typeof enUSLinking, string>;
