import type { enUSLinking } from "../enUS/linking.js";

/** fr: /link, its private replies, and the account-linking pages. */
export const frLinking = {
  "cmd.link.name": "lier",
  "cmd.link.description": "Lie ton compte Discord au compte Roblox avec lequel tu te connectes",
  "link.reply.prompt":
    "Appuie sur le bouton pour te connecter à Roblox et lier ton compte. Il ne fonctionne qu'une fois et expire {{expires}}.\n\n**Ne partage jamais ce bouton.** Il n'est qu'à toi : la page qu'il ouvre affiche ton compte Discord, et rien n'est lié tant que tu n'as pas confirmé là-bas.\n\nSi Roblox affiche sa propre page d'erreur et ne te renvoie jamais ici (une application que Roblox n'a pas encore examinée n'accepte que 10 personnes, et les comptes de moins de 13 ans ne peuvent pas être liés), la liaison par Roblox ne t'est pas accessible pour l'instant. {{fallback}}",
  "link.reply.fallback.admin": "Préviens un administrateur du serveur.",
  "link.reply.fallback.profile":
    "Tu peux lier ton compte autrement : relance /$t(cmd.link.name) et choisis la méthode « $t(cmd.link.opt.method.choice.profile) ».",
  "link.reply.button": "Lier avec Roblox",
  "link.reply.tooMany": "Tu as lancé /link trop souvent. Attends quelques minutes, puis relance-le.",
  "link.reply.off":
    "La liaison n'est pas configurée sur ce bot. Demande à son propriétaire de configurer la connexion Roblox.",
  "link.reply.linked": "Lié en tant que {{roblox}}. Ton ID d'utilisateur Roblox est {{robloxId}}.",
  "link.page.confirm.title": "Lier ces comptes ?",
  "link.page.confirm.discord": "Compte Discord qui a demandé la liaison :",
  "link.page.confirm.roblox": "Compte Roblox avec lequel tu t'es connecté :",
  "link.page.confirm.warning":
    "Si tu n'as pas lancé /link toi-même, ou si ce n'est pas ton compte Discord, appuie sur Annuler : quelqu'un t'a peut-être envoyé son bouton.",
  "link.page.confirm.button": "Confirmer",
  "link.page.cancel.button": "Annuler",
  "link.page.done.title": "Lié",
  "link.page.done.body":
    "{{discord}} est maintenant lié au compte Roblox {{roblox}}. Tu peux fermer cette page.",
  "link.page.refused.title": "Non lié",
  "link.page.refused.expired":
    "Ce lien a expiré ou a déjà été utilisé. Relance /link dans Discord pour obtenir un nouveau bouton.",
  "link.page.refused.otherBrowser":
    "Cette connexion n'a pas commencé dans ce navigateur, donc rien n'a été lié. Relance /link dans Discord et ouvre le nouveau bouton ici.",
  "link.page.refused.denied": "Tu as refusé sur Roblox, donc rien n'a été lié.",
  "link.page.refused.robloxError":
    "Roblox n'a pas terminé la connexion, donc rien n'a été lié. Lance /link pour réessayer.",
  "link.page.refused.signInFailed":
    "La connexion n'a pas pu être vérifiée, donc rien n'a été lié. Lance /link dans Discord pour réessayer.",
  "link.page.refused.unavailable":
    "Roblox ne répond pas pour le moment. Lance /link dans quelques minutes pour réessayer.",
  "link.page.refused.badForm":
    "Ce formulaire n'a pas pu être vérifié, donc rien n'a été lié. Lance /link pour recommencer.",
  "link.page.refused.cancelled": "Annulé : rien n'a été lié.",
  "link.page.refused.tooMany": "Trop de tentatives. Attends quelques minutes, puis relance /link.",
  "cmd.link.opt.method.name": "methode",
  "cmd.link.opt.method.description":
    "Comment prouver que le compte Roblox est à toi (par défaut : se connecter avec Roblox)",
  "cmd.link.opt.method.choice.oauth": "Se connecter avec Roblox",
  "cmd.link.opt.method.choice.profile": "Une phrase sur mon profil Roblox",
  "cmd.link.opt.account.name": "compte",
  "cmd.link.opt.account.description": "Ton nom d'utilisateur ou ID Roblox (pour la phrase du profil)",
  "link.reply.methodOff": "Cette façon de lier est désactivée sur ce bot. Lance /link sans méthode.",
  "link.profile.needAccount":
    "Pour lier avec une phrase sur le profil, indique ton nom d'utilisateur ou ID Roblox dans l'option compte.",
  "link.profile.prompt":
    "Ajoute cette phrase à la section « À propos » du profil Roblox de l'utilisateur {{account}}, enregistre, puis appuie sur le bouton. La phrase expire {{expires}}.\n\n`{{phrase}}`",
  "link.profile.button": "C'est ajouté",
  "link.profile.notFound":
    "La phrase n'est pas encore dans la section « À propos » de l'utilisateur Roblox {{account}}, donc rien n'a été lié. Vérifie qu'elle est exactement identique, enregistre le profil, puis appuie à nouveau sur le bouton.",
  "link.profile.expired":
    "Cette phrase a expiré, donc rien n'a été lié. Relance /link method:profile pour en obtenir une nouvelle.",
  "link.profile.tooSoon": "Attends 10 secondes avant de vérifier à nouveau le profil.",
  "link.profile.linked":
    "Lié en tant que {{roblox}} (phrase du profil). Ton ID utilisateur Roblox est {{robloxId}}. Tu peux maintenant retirer la phrase de ton profil.",
  "link.moved.dm":
    "Le compte Roblox {{roblox}} est maintenant lié à un autre compte Discord, il n'est donc plus lié au tien. Si ce n'était pas toi, lance /link pour le lier à nouveau.",
  "cmd.unlink.name": "delier",
  "cmd.unlink.description": "Supprime le lien entre ton compte Discord et ton compte Roblox",
  "unlink.notLinked":
    "Ton compte Discord n'est lié à aucun compte Roblox, il n'y avait donc rien à supprimer.",
  "unlink.done":
    "Délié : ton compte Discord n'est plus lié à {{roblox}}. Le bot n'a gardé aucune connexion Roblox pour ce lien, il n'y avait donc rien à révoquer chez Roblox. Roblox liste les applications que tu as autorisées sous « Third-party app authorizations » sur {{url}}.",
  "target.selfNotLinked":
    "Tu n'as pas lié de compte Roblox. Indique un utilisateur Roblox, ou lance d'abord /link.",
  "target.memberNotLinked":
    "Ce membre n'a aucun compte Roblox lié visible sur ce serveur. Indique plutôt un utilisateur Roblox.",
  "cmd.link.opt.access.name": "acces",
  "cmd.link.opt.access.description":
    "Laisse aussi le bot agir pour toi sur Roblox : Roblox te demandera cet accès",
  "cmd.link.opt.access.choice.inventory": "Lire mon inventaire privé",
  "cmd.link.opt.access.choice.uploads": "Importer sur mon compte Roblox",
  "grant.inventoryNeeded":
    "Ton inventaire est privé sur Roblox. Pour l'afficher ici, lance /$t(cmd.link.name) avec $t(cmd.link.opt.access.name) « $t(cmd.link.opt.access.choice.inventory) » et autorise-le sur Roblox.",
  "grant.missingScope.inventory":
    "L'accès que tu as donné au bot sur Roblox ne comprend pas {{scope}}, qu'il faut ici. Lance /$t(cmd.link.name) avec $t(cmd.link.opt.access.name) « $t(cmd.link.opt.access.choice.inventory) » et autorise-le sur Roblox.",
  "grant.missingScope.uploads":
    "L'accès que tu as donné au bot sur Roblox ne comprend pas {{scope}}, qu'il faut ici. Lance /$t(cmd.link.name) avec $t(cmd.link.opt.access.name) « $t(cmd.link.opt.access.choice.uploads) » et autorise-le sur Roblox.",
  "grant.lapsed":
    "Roblox n'accepte plus l'accès que tu as donné au bot (il a été révoqué, ou inutilisé pendant 90 jours). Lance /$t(cmd.link.name) à nouveau pour le redonner.",
  "grant.unavailable": "Roblox n'a pas renouvelé ton accès à l'instant. Réessaie dans une minute.",
  "grant.uploadsNeeded":
    "Pour importer sur ton propre compte Roblox, lance /$t(cmd.link.name) avec $t(cmd.link.opt.access.name) « $t(cmd.link.opt.access.choice.uploads) » et autorise-le sur Roblox.",
  "upload.selfOff":
    "Les importations sur les comptes Roblox des membres sont désactivées sur ce serveur. Un admin du serveur peut les activer avec /settings.",
  "cmd.upload.opt.to.name": "vers",
  "cmd.upload.opt.to.description":
    "Le compte Roblox qui reçoit la ressource (par défaut : le tien, là où ce serveur le permet)",
  "cmd.upload.opt.to.choice.me": "Mon propre compte Roblox",
  "cmd.upload.opt.to.choice.server": "Le compte de l'opérateur du bot",
  "cmd.settings.opt.self-uploads.name": "importations-perso",
  "cmd.settings.opt.self-uploads.description":
    "Laisse les membres importer sur leur propre compte Roblox avec /upload",
  "settings.selfUploads":
    "**importations-perso** (les membres importent sur leur propre compte Roblox) : {{value}}",
  "settings.set.selfUploads.on": "Les membres peuvent maintenant importer sur leur propre compte Roblox.",
  "settings.set.selfUploads.off": "Les membres ne peuvent plus importer ici sur leur propre compte Roblox.",
  "settings.on": "activé",
  "unlink.doneRevoked":
    "Délié : ton compte Discord n'est plus lié à {{roblox}}, et l'accès que tu avais donné au bot sur Roblox a été révoqué. Roblox liste les applications que tu as autorisées sous « Autorisations d'applications tierces » sur {{url}}.",
} as const satisfies Record<keyof typeof enUSLinking, string>;
