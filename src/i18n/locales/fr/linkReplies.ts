/** fr: the /link replies (the pages' text stays in src/text/linking.ts). */
export const frLinkReplies = {
  "cmd.link.name": "link",
  "cmd.link.description": "Lier ton compte Discord à ton compte Roblox",
  "link.reply.prompt":
    "Appuie sur le bouton pour te connecter avec Roblox et lier ton compte. Il marche une fois, pendant 10 minutes. ({{expires}})\n\n**Ne partage jamais ce bouton.** Il n'est qu'à toi : la page qu'il ouvre nomme ton compte Discord, et la liaison demande ta confirmation explicite.\n\nSi Roblox affiche sa propre page d'erreur et ne te renvoie jamais ici (une app pas encore validée par Roblox n'accepte que 10 personnes, et les comptes de moins de 13 ans ne peuvent pas lier), la liaison par Roblox ne t'est pas possible pour l'instant ; préviens un admin du serveur.",
  "link.reply.tooMany": "Tu as lancé /link trop souvent. Attends quelques minutes, puis relance-le.",
  "link.reply.off":
    "La liaison n'est pas configurée sur ce bot. Demande à son propriétaire de configurer la connexion Roblox.",
} as const;
