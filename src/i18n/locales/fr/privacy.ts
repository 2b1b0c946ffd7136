/** fr: /privacy, what the bot stores about a member and deleting it. */
export const frPrivacy = {
  "cmd.privacy.name": "confidentialite",
  "cmd.privacy.description": "Vois ce que le bot garde sur toi, choisis qui voit ta liaison et supprime tout",
  "privacy.title": "Ce que ce bot garde sur toi",
  "privacy.intro":
    "Toi seul vois ceci. Supprimer efface ta liaison, tes réglages et tes enregistrements ; tes importations restent dans les journaux d’importation des serveurs (ID de l’asset et empreinte du fichier) sous « membre supprimé ».",
  "privacy.field.link": "Compte Roblox lié",
  "privacy.field.grants": "Connexions Roblox gardées",
  "privacy.field.shown": "Qui voit ta liaison",
  "privacy.field.uploads": "Tes importations",
  "privacy.link.none": "Aucun.",
  "privacy.link.one": "{{roblox}}, par {{method}}, depuis {{when}}.",
  "privacy.method.oauth": "la connexion avec Roblox",
  "privacy.method.profile": "une phrase sur ton profil Roblox",
  "privacy.grants.none": "Aucune : le bot révoque la connexion Roblox dès qu’il sait qui tu es.",
  "privacy.shown.linked":
    "Les autres membres voient ta liaison seulement dans les serveurs où tu as lancé /link ou /verify.",
  "privacy.shown.everywhere": "Les autres membres voient ta liaison dans tous les serveurs où est le bot.",
  "privacy.uploads.none": "Aucune.",
  "privacy.uploads.count_one": "{{count, number}} importation enregistrée, la plus récente d’abord :",
  "privacy.uploads.count_many": "{{count, number}} d’importations enregistrées, les plus récentes d’abord :",
  "privacy.uploads.count_other": "{{count, number}} importations enregistrées, les plus récentes d’abord :",
  "privacy.button.showEverywhere": "Montrer ma liaison partout",
  "privacy.button.showLinked": "La montrer seulement où j’ai lié ou vérifié",
  "privacy.button.delete": "Supprimer mes données",
  "privacy.button.confirm": "Oui, tout supprimer",
  "privacy.button.cancel": "Annuler",
  "privacy.confirm":
    "Supprimer ta liaison, tes réglages et tes enregistrements ? C’est définitif. Tes importations restent dans les journaux des serveurs sous « membre supprimé ».",
  "privacy.deleted_one":
    "Supprimé. Le bot ne garde plus rien sur toi ; {{count, number}} importation reste dans le journal d’un serveur sous « membre supprimé ».",
  "privacy.deleted_many":
    "Supprimé. Le bot ne garde plus rien sur toi ; {{count, number}} d’importations restent dans les journaux des serveurs sous « membre supprimé ».",
  "privacy.deleted_other":
    "Supprimé. Le bot ne garde plus rien sur toi ; {{count, number}} importations restent dans les journaux des serveurs sous « membre supprimé ».",
  "privacy.deletedMember": "membre supprimé",
  "privacy.uploadInProgress":
    "Une de tes importations est encore en cours. Attends qu’elle soit terminée, puis supprime à nouveau.",
  "cmd.settings.opt.upload-log-days.name": "upload-log-days",
  "cmd.settings.opt.upload-log-days.description":
    "Combien de jours le journal d’importation de ce serveur garde une entrée",
  "cmd.settings.opt.days.name": "days",
  "cmd.settings.opt.days.description": "Jours, de 1 à 730 (laisse vide pour la valeur du bot)",
  "settings.uploadLogDays":
    "**upload-log-days** (jours pendant lesquels le journal d’importation garde une entrée) : {{value}}",
  "settings.uploadLogDays.value": "{{days, number}}",
  "settings.uploadLogDays.default": "{{days, number}} (valeur du bot)",
  "settings.set.uploadLogDays.on":
    "Le journal d’importation garde maintenant chaque entrée {{days, number}} jours.",
  "settings.set.uploadLogDays.off":
    "Le journal d’importation garde maintenant chaque entrée selon la valeur du bot, {{days, number}} jours.",
  "privacy.shown.verified": "Serveurs où tu as lancé /verify : {{servers}}.",
} as const;
