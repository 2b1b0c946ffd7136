/** fr : réponses, refus et échecs. */
export const frMessages = {
  "quote.input": "« {{text}} »",
  "failure.storeUnavailable":
    "Le bot ne parvient pas à joindre son stockage pour le moment, il n'a donc pas pu terminer. Réessaie dans une minute.",
  "failure.restarting": "Le bot redémarre. Réessaie dans un instant.",
  "failure.expiredComponent": "Ces boutons ne fonctionnent plus. Relance la commande.",
  "failure.unexpected":
    "Un problème est survenu de notre côté. Si cela se reproduit, donne cette référence au propriétaire du bot : {{reference}}",
  "failure.rateLimited_one":
    "Roblox limite en ce moment la fréquence des requêtes du bot. Réessaie dans une seconde.",
  "failure.rateLimited_many":
    "Roblox limite en ce moment la fréquence des requêtes du bot. Réessaie dans {{count, number}} secondes.",
  "failure.rateLimited_other":
    "Roblox limite en ce moment la fréquence des requêtes du bot. Réessaie dans {{count, number}} secondes.",
  "failure.unavailable": "Roblox ne répond pas pour le moment. Réessaie dans une minute.",
  "failure.ipNotAllowed":
    "Roblox n'accepte pas la clé API du bot depuis l'adresse où tourne le bot. Le propriétaire du bot doit l'ajouter aux adresses IP acceptées de la clé dans le Tableau de bord du créateur (lance `npm run doctor`).",
  "failure.keyRefused":
    "Roblox a refusé la clé API du bot. Le propriétaire du bot doit vérifier ROBLOX_API_KEY (lance `npm run doctor`).",
  "failure.missingScope":
    "Il manque l'autorisation `{{scope}}` à la clé API Roblox du bot. Le propriétaire du bot peut l'ajouter dans le Tableau de bord du créateur de Roblox.",
  "failure.permissionDenied":
    "Roblox n'a pas autorisé le bot à lire cela. C'est peut-être privé, ou il manque une autorisation à la clé API du bot.",
  "failure.oldMessageEdits":
    "Discord limite les modifications des messages de plus d'une heure, et celui-ci a atteint cette limite pour l'instant. Relance la commande pour obtenir une nouvelle liste.",
  "failure.placeholderClosed": "Cette commande n'a pas abouti.",
  "pager.expired": "Cette liste a expiré. Relance la commande pour la parcourir.",
  "pager.notOwner":
    "Seule la personne qui a lancé cette commande peut en tourner les pages. Lance /{{command}} toi-même pour parcourir.",
  "pager.busy":
    "Cette liste est encore en train de changer de page. Appuie à nouveau sur le bouton dans un instant.",
  "users.lookupLimited_one":
    "Roblox limite en ce moment les recherches de noms d'utilisateur, le bot n'a donc pas pu chercher {{name}}. Réessaie dans une seconde, ou donne plutôt l'ID numérique de l'utilisateur.",
  "users.lookupLimited_many":
    "Roblox limite en ce moment les recherches de noms d'utilisateur, le bot n'a donc pas pu chercher {{name}}. Réessaie dans {{count, number}} secondes, ou donne plutôt l'ID numérique de l'utilisateur.",
  "users.lookupLimited_other":
    "Roblox limite en ce moment les recherches de noms d'utilisateur, le bot n'a donc pas pu chercher {{name}}. Réessaie dans {{count, number}} secondes, ou donne plutôt l'ID numérique de l'utilisateur.",
  "users.noSuchName": "Aucun utilisateur Roblox ne s'appelle {{name}}.",
  "users.noSuchId": "Aucun utilisateur Roblox n'a l'ID {{id}}.",
  "users.badReference":
    "{{typed}} n'est ni un nom d'utilisateur, ni un ID d'utilisateur, ni un lien de profil Roblox. Les noms d'utilisateur contiennent des lettres, des chiffres et des tirets bas (ni espaces ni autres symboles) ; les ID sont des nombres.",
  "users.idStartsAtOne": "{{typed}} n'est pas un ID d'utilisateur Roblox : les ID commencent à 1.",
  "users.idTooLong": "{{typed}} n'est pas un ID d'utilisateur Roblox : il est trop long pour en être un.",
  "groups.noSuchId": "Aucun groupe Roblox n'a l'ID {{id}}.",
  "inventory.private":
    "L'inventaire de {{who}} est privé, Roblox ne le montre donc pas au bot. Son propriétaire peut le rendre visible sur roblox.com : Paramètres → Confidentialité → Autres paramètres → « Qui peut voir mon inventaire ? » → Tout le monde.",
  "inventory.privateParts":
    "Roblox n'a pas montré cette partie de l'inventaire de {{who}}. Les serveurs privés et les lieux achetés ne sont montrés qu'à la propre clé API du propriétaire, même quand l'inventaire est public ; et si l'inventaire lui-même est privé, son propriétaire peut le rendre visible sur roblox.com : Paramètres → Confidentialité → Autres paramètres → « Qui peut voir mon inventaire ? » → Tout le monde.",
  "inventory.badId.asset":
    "Dans $t(cmd.inventory.opt.asset_ids.name), {{entry}} n'est pas un ID de ressource. Les ID sont des nombres entiers, comme 1028595 ; sépare-les par des virgules.",
  "inventory.badId.badge":
    "Dans $t(cmd.inventory.opt.badge_ids.name), {{entry}} n'est pas un ID de badge. Les ID sont des nombres entiers, comme 2124567890 ; sépare-les par des virgules.",
  "inventory.badId.gamePass":
    "Dans $t(cmd.inventory.opt.game_pass_ids.name), {{entry}} n'est pas un ID de passe. Les ID sont des nombres entiers, comme 83167572 ; sépare-les par des virgules.",
  "inventory.badId.privateServer":
    "Dans $t(cmd.inventory.opt.private_server_ids.name), {{entry}} n'est pas un ID de serveur privé. Les ID sont des nombres entiers, comme 175156 ; sépare-les par des virgules.",
  "inventory.unknownType":
    "Dans $t(cmd.inventory.opt.asset_types.name), {{entry}} n'est pas un type de ressource d'inventaire. Commence à écrire dans l'option pour choisir dans la liste, par exemple Chapeau ou Chemise classique.",
  "inventory.unknownTypeSuggest":
    "Dans $t(cmd.inventory.opt.asset_types.name), {{entry}} n'est pas un type de ressource d'inventaire. Voulais-tu dire {{suggestions}} ?",
  "inventory.kindsAndIds":
    "Roblox ne peut pas lister des catégories d'objets et vérifier des ID dans la même requête. Utilise soit {{kinds}} (pour lister ce que l'utilisateur possède), soit {{ids}} (pour vérifier s'il possède ces ID), pas les deux.",
  "inventory.assetsAndTypes":
    "Utilise soit $t(cmd.inventory.opt.assets.name) (tous les types de ressource), soit $t(cmd.inventory.opt.asset_types.name) (seulement les types indiqués), pas les deux.",
  "inventory.tooManyIds":
    "Une vérification peut porter sur {{max, number}} ID au maximum ; tu en as donné {{given, number}}. Répartis-les sur plusieurs commandes.",
  "inventory.assetsFalseBut":
    "$t(cmd.inventory.opt.assets.name):false exclut les ressources, mais {{option}} en demande. Retire l'une des deux options.",
  "inventory.nothingLeft":
    "Avec $t(cmd.inventory.opt.assets.name), $t(cmd.inventory.opt.badges.name), $t(cmd.inventory.opt.game_passes.name) et $t(cmd.inventory.opt.private_servers.name) tous à faux, il ne reste rien à lister. Mets à vrai les catégories voulues, ou n'en indique aucune pour tout lister.",
  "upload.serverOnly": "Les importations ne fonctionnent que sur un serveur.",
  "upload.offEverywhere":
    "Les importations sont désactivées : l'opérateur du bot ne les a activées sur aucun serveur (UPLOAD_GUILD_IDS).",
  "upload.offHere":
    "L'opérateur du bot n'a pas activé les importations sur ce serveur. Demande à la personne qui gère le bot d'ajouter ce serveur à UPLOAD_GUILD_IDS.",
  "upload.noCreator":
    "Les importations sont désactivées : le propriétaire du bot n'a pas défini ROBLOX_UPLOAD_CREATOR.",
  "upload.needPermission":
    "Seuls les membres ayant l'autorisation Gérer les expressions peuvent importer sur Roblox.",
  "upload.needRole":
    "L'opérateur du bot n'autorise les importations ici qu'aux membres ayant l'un de ces rôles : {{roles}}. Demande à un administrateur du serveur de t'en donner un.",
  "upload.cooldown":
    "Tu viens d'importer un fichier. Tu pourras en importer un autre dans {{seconds, number}} s.",
  "upload.dailyCap":
    "Ce serveur a utilisé ses {{cap, number}} importations du jour. D'autres seront possibles {{resets}}.",
  "upload.empty": "Cette pièce jointe est vide.",
  "upload.tooBig":
    "Ce fichier fait {{size}} ; les importations peuvent faire au plus {{limit}}. Rien n'a été téléchargé.",
  "upload.noLink": "Cette pièce jointe n'a pas de lien utilisable. Joins à nouveau le fichier.",
  "upload.notOnCdn":
    "Ce fichier n'est pas sur le CDN de Discord, le bot ne va donc pas le récupérer. Joins le fichier lui-même.",
  "upload.typeMismatch": "Tu as choisi {{requested}}, mais ce fichier est {{actual}}. {{needs}}",
  "upload.needs.Decal": "Une importation de Décalque demande une image (PNG, JPEG, BMP ou TGA).",
  "upload.needs.Audio": "Une importation Audio demande un fichier audio (MP3, OGG, WAV ou FLAC).",
  "upload.needs.Model": "Une importation de Modèle demande un modèle (FBX, glTF, GLB, RBXM ou RBXMX).",
  "upload.unsupported":
    "Ce fichier est {{description}}. Roblox accepte les images (PNG, JPEG, BMP, TGA), l'audio (MP3, OGG, WAV, FLAC) et les modèles (FBX, glTF, GLB, RBXM, RBXMX).",
  "upload.unsupportedNamed":
    "Ce fichier est {{description}}, même si son nom se termine par {{extension}}. Roblox accepte les images (PNG, JPEG, BMP, TGA), l'audio (MP3, OGG, WAV, FLAC) et les modèles (FBX, glTF, GLB, RBXM, RBXMX).",
  "upload.noVersions":
    "Roblox n'autorise pas de nouvelles versions des ressources de type {{type}}, seulement des Modèles. N'indique pas $t(cmd.upload.opt.asset_id.name) pour importer une nouvelle ressource de type {{type}}.",
  "upload.fbxOnly":
    "Roblox n'accepte de nouvelles versions d'un Modèle qu'en fichiers .fbx ; les autres formats de modèle (glTF, GLB, RBXM, RBXMX) ne peuvent être importés que comme nouveaux Modèles. Exporte le modèle en FBX, ou n'indique pas $t(cmd.upload.opt.asset_id.name) pour importer un nouveau Modèle.",
  "upload.assetIdNotNumeric":
    "$t(cmd.upload.opt.asset_id.name) doit être l'ID numérique de l'une de tes ressources de type Modèle.",
  "upload.assetIdInvalid":
    "$t(cmd.upload.opt.asset_id.name) {{id}} ne peut pas être un ID de ressource Roblox : les ID sont des nombres entiers à partir de 1, sans zéros en tête. Copie l'ID depuis la page de la ressource sur create.roblox.com.",
  "upload.descriptionTooLong": "La description peut faire au plus {{max, number}} caractères.",
  "upload.quotaUser":
    "Le quota d'importations audio de l'utilisateur {{owner}} est épuisé : {{usage, number}} importations audio sur {{capacity, number}} {{period}}.{{reset}} Rien n'a été envoyé à Roblox.",
  "upload.quotaGroup":
    "Les importations pour le groupe {{group}} comptent dans le quota de l'utilisateur {{owner}}, propriétaire de la clé API du bot (Roblox tient les quotas d'importation par utilisateur, pas par groupe), et il est épuisé : {{usage, number}} importations audio sur {{capacity, number}} {{period}}.{{reset}} Rien n'a été envoyé à Roblox.",
  "upload.quotaPeriod.day": "aujourd'hui",
  "upload.quotaPeriod.month": "ce mois-ci",
  "upload.quotaReset": " Il sera réinitialisé le {{date}}.",
  "upload.tooLargeStream":
    "Ce fichier est plus gros qu'annoncé (plus de {{limit}}), le téléchargement a donc été arrêté.",
  "upload.downloadFailed":
    "Le bot n'a pas pu télécharger ce fichier depuis Discord. Réessaie dans un instant.",
  "upload.linkExpired":
    "Discord ne fournit plus cette pièce jointe (son lien a expiré). Joins à nouveau le fichier.",
  "upload.downloadBroke": "Le téléchargement depuis Discord a été interrompu. Réessaie dans un instant.",
  "upload.unreadable": "Le fichier n'a pas pu être lu.",
  "upload.botSide": "Un problème est survenu du côté du bot ; rien n'a été créé.",
  "upload.interrupted":
    "L'importation a été interrompue (le bot a redémarré ou perdu sa connexion) avant que Roblox ne réponde, elle a donc pu ou non arriver chez Roblox. Vérifie https://create.roblox.com/dashboard/creations avant de l'importer à nouveau.",
  "upload.restartedWhileDownloading":
    "Le bot a redémarré pendant le téléchargement du fichier ; rien n'a été envoyé à Roblox. Relance /upload.",
  "upload.nameModerated":
    "La modération de Roblox n'a pas accepté le nom. Choisis un autre `$t(cmd.upload.opt.name.name)` et importe à nouveau.",
  "upload.descriptionModerated":
    "La modération de Roblox n'a pas accepté la description. Modifie la `$t(cmd.upload.opt.description.name)` et importe à nouveau.",
  "upload.invalidImage":
    "Roblox n'a pas pu lire l'image. Elle est peut-être endommagée, ou plus grande que 8000×8000 pixels.",
  "upload.quotaUsed":
    "Le quota d'importations Roblox de ce compte est épuisé (audio : 10 par mois, ou 100 pour les comptes à identité vérifiée). Réessaie le mois prochain.",
  "upload.noAssetToUpdate": "Roblox n'a aucune ressource {{id}} que le bot puisse mettre à jour.",
  "upload.keyCannotUpload":
    "La clé API Roblox du bot ne peut pas importer pour le créateur configuré. Le propriétaire du bot doit vérifier ROBLOX_UPLOAD_CREATOR et les autorisations de la clé.",
  "upload.keyCannotUpdate": "La clé API Roblox du bot ne peut pas mettre à jour la ressource {{id}}.",
  "upload.refusedFile": "Roblox a refusé le fichier. Vérifie que c'est un fichier valide de son type.",
  "upload.refusedVersion":
    "Roblox a refusé la nouvelle version. Seuls les Modèles peuvent avoir de nouvelles versions, et seulement à partir d'un fichier .fbx valide.",
  "upload.couldNotTake": "Roblox n'a pas pu prendre l'importation pour le moment. Réessaie plus tard.",
  "upload.moderationRejected": "La modération de Roblox l'a refusé.",
  "upload.couldNotProcess":
    "Roblox n'a pas pu traiter le fichier. Il est peut-être endommagé, ou dans une variante du format que Roblox n'accepte pas.",
  "upload.timedOut":
    "Roblox n'avait pas fini de le traiter au bout d'une heure (opération {{operation}}). Vérifie https://create.roblox.com/dashboard/creations.",
  "upload.stillReviewing": "Toujours en cours d'examen après 24 h ; consulte le Tableau de bord du créateur.",
  "upload.legacyText": "{{text}}",
  "web.tooMany.title": "Trop de requêtes",
  "web.tooMany.body": "Merci d'attendre une minute, puis de réessayer.",
  "web.unavailable.title": "Réessaie plus tard",
  "web.unavailable.body": "Cette page ne peut pas être affichée pour le moment.",
} as const;
