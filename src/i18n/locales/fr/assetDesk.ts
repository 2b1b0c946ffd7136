/** fr : /asset, le journal des importations (filtres de /uploads, le salon du journal) et la file d'approbation. */
export const frAssetDesk = {
  "cmd.asset.name": "ressource",
  "cmd.asset.description":
    "Versions, restauration de version, archivage et désarchivage des ressources du compte d'importation",
  "cmd.asset.opt.versions.name": "liste",
  "cmd.asset.opt.versions.description": "Lister les versions d'une ressource",
  "cmd.asset.opt.rollback.name": "revenir",
  "cmd.asset.opt.rollback.description":
    "Revenir à une version antérieure d'une ressource (demande confirmation)",
  "cmd.asset.opt.archive.name": "archiver",
  "cmd.asset.opt.archive.description": "Archiver une ressource (demande confirmation)",
  "cmd.asset.opt.restore.name": "restaurer",
  "cmd.asset.opt.restore.description": "Restaurer une ressource archivée (demande confirmation)",
  "cmd.asset.opt.asset_id.name": "id_ressource",
  "cmd.asset.opt.asset_id.description":
    "L'ID de la ressource (elle doit appartenir au compte d'importation du bot)",
  "cmd.asset.opt.version.name": "numéro",
  "cmd.asset.opt.version.description": "La version à laquelle revenir (voir /asset versions)",
  "cmd.uploads.opt.state.name": "état",
  "cmd.uploads.opt.state.description":
    "Seulement les importations dans cet état (modération finale, ou fin de l'importation)",
  "cmd.uploads.opt.state.choice.approved": "approuvée",
  "cmd.uploads.opt.state.choice.reviewing": "en cours d'examen",
  "cmd.uploads.opt.state.choice.rejected": "refusée",
  "cmd.uploads.opt.state.choice.failed": "échouée",
  "cmd.uploads.opt.state.choice.interrupted": "interrompue",
  "cmd.uploads.opt.state.choice.in-progress": "en cours",
  "cmd.uploads.opt.member.name": "membre",
  "cmd.uploads.opt.member.description": "Équipe : les importations de ce membre sur ce serveur",
  "cmd.uploads.opt.server.name": "serveur",
  "cmd.uploads.opt.server.description":
    "Équipe : les importations de tout le monde sur ce serveur (le journal des importations)",
  "cmd.uploads.opt.days.name": "jours",
  "cmd.uploads.opt.days.description": "Seulement les importations de ce nombre de derniers jours",

  "desk.notOurs":
    "La ressource {{assetId}} n'appartient pas au compte d'importation du bot : /asset ne peut ni la modifier ni lister ses versions.",
  "desk.notFound":
    "Roblox n'a pas de ressource {{assetId}}, ou elle n'appartient pas au compte d'importation du bot.",
  "desk.versionNotFound":
    "La ressource {{assetId}} n'a pas de version {{version}}. Lance /asset versions pour voir ses versions.",
  "desk.noUploadAccount":
    "La gestion des ressources est désactivée : le propriétaire du bot n'a pas défini ROBLOX_UPLOAD_CREATOR.",
  "desk.confirmationExpired": "Cette confirmation a expiré ou a déjà reçu une réponse. Relance la commande.",
  "desk.onlyRequester": "Seule la personne qui a demandé ce changement peut le confirmer ou l'annuler.",
  "desk.confirm.rollback":
    "Ramener **{{name}}** ({{assetId}}) à la version {{version}} ? Roblox garde la version actuelle et en ajoute une nouvelle avec le contenu de la version {{version}}.",
  "desk.confirm.archive":
    "Archiver **{{name}}** ({{assetId}}) ? Elle disparaît du site et cesse de fonctionner dans les expériences jusqu'à sa restauration.",
  "desk.confirm.restore": "Restaurer **{{name}}** ({{assetId}}) depuis l'archive ?",
  "desk.button.rollback": "Revenir",
  "desk.button.archive": "Archiver",
  "desk.button.restore": "Restaurer",
  "desk.button.cancel": "Annuler",
  "desk.cancelled": "Annulé : rien n'a été modifié.",
  "desk.done.rollback":
    "Ressource {{assetId}} ramenée à la version {{version}} : sa version la plus récente est maintenant la {{newVersion}}.",
  "desk.done.archive": "Ressource {{assetId}} archivée.",
  "desk.done.restore": "Ressource {{assetId}} restaurée : elle est de nouveau active.",
  "desk.versionsTitle": "Versions de {{name}}",
  "desk.versionLine": "**Version {{version}}** · modération : {{moderation}}",
  "desk.versionLineCurrent": "**Version {{version}}** (actuelle) · modération : {{moderation}}",
  "desk.noVersions": "Roblox ne liste aucune version pour cette ressource.",
  "desk.archivedNote": "Cette ressource est archivée.",
  "desk.footer": "Ressource {{assetId}} · page {{page}}",

  "uploadLog.state.approved": "✅ approuvée",
  "uploadLog.state.reviewing": "🕓 en cours d'examen",
  "uploadLog.state.rejected": "⛔ refusée",
  "uploadLog.state.failed": "❌ échouée",
  "uploadLog.state.interrupted": "⚠️ interrompue",
  "uploadLog.state.in-progress": "⏳ en cours",
  "uploadLog.noAsset": "aucune ressource",
  "uploadLog.asset": "ressource {{id}}",
  "uploadLog.assetVersion": "ressource {{id}} v{{version}}",
  "uploadLog.shaMissing": "SHA-256 non enregistré",
  "uploadLog.sha": "SHA-256 : `{{sha}}`",
  "uploadLog.noMatch": "Aucune importation ne correspond.",
  "uploadLog.title.server": "Importations sur ce serveur",
  "uploadLog.title.member": "Importations d'un membre sur ce serveur",
  "uploadLog.title.own": "Tes importations",
  "uploadLog.staffOnly":
    "Seule l'équipe (les membres ayant l'autorisation Gérer le serveur) peut voir les importations des autres membres ou le journal du serveur.",
  "uploadLog.serverOnly": "Le journal des importations ne fonctionne que sur un serveur.",

  "approval.staffOnly":
    "Seule l'équipe (les membres ayant l'autorisation Gérer le serveur) peut approuver ou refuser les importations.",
  "approval.postFailed":
    "Le bot n'a pas pu publier le fichier dans le salon de vérification de ce serveur : il n'a donc pas été importé. Demande à un administrateur du serveur de vérifier les autorisations du bot dans ce salon.",
  "approval.rejectedByStaff":
    "Un membre de l'équipe a refusé cette importation ; rien n'a été envoyé à Roblox.",
  "approval.alreadyDecided": "Cette importation a déjà été approuvée ou refusée.",
  "approval.unknown": "Cette importation n'attend plus d'approbation.",
  "approval.fileGone": "Le message de vérification et son fichier ont disparu : rien n'a été importé.",
  "approval.waiting":
    "⏸ En attente de l'approbation d'un membre de l'équipe dans {{channel}}. Ce message changera dès sa décision ; `/uploads` l'affiche aussi.",
  "approval.reviewTitle": "Importation en attente d'approbation : {{name}}",
  "approval.member": "Membre",
  "approval.file": "Fichier",
  "approval.bytes": "Ce que sont les octets",
  "approval.goesTo": "Destination",
  "approval.approve": "Approuver",
  "approval.reject": "Refuser",
  "approval.approvedBy": "Approuvée par {{user}}. Importation sur Roblox en cours.",
  "approval.rejectedBy": "Refusée par {{user}}. Rien n'a été envoyé à Roblox.",
  "cmd.settings.opt.upload-log-channel.name": "upload-log-channel",
  "cmd.settings.opt.upload-log-channel.description":
    "Publier chaque importation terminée dans un salon, ou désactiver le journal des importations",
  "cmd.settings.opt.upload-review-channel.name": "upload-review-channel",
  "cmd.settings.opt.upload-review-channel.description":
    "Le salon où les importations attendent l'accord de l'équipe, ou le retirer",
  "cmd.settings.opt.upload-approval.name": "upload-approval",
  "cmd.settings.opt.upload-approval.description":
    "Si les importations attendent d'abord l'accord d'un membre de l'équipe",
  "settings.uploads.title": "Importations sur ce serveur",
  "settings.uploads.logChannel":
    "**upload-log-channel** (chaque importation terminée y est publiée) : {{value}}",
  "settings.uploads.reviewChannel":
    "**upload-review-channel** (où les importations attendent un accord) : {{value}}",
  "settings.uploads.approval": "**upload-approval** (les importations attendent l'équipe) : {{value}}",
  "settings.uploads.on": "activé",
  "settings.uploads.byDefault": "{{value}} (par défaut du bot)",
  "settings.set.uploadLogChannel.on": "Les importations terminées seront publiées dans {{channel}}.",
  "settings.set.uploadLogChannel.off": "Les importations terminées ne seront plus publiées nulle part.",
  "settings.set.uploadReviewChannel.on":
    "Les importations qui demandent un accord attendront dans {{channel}}.",
  "settings.set.uploadReviewChannel.off": "Ce serveur n'a plus de salon de vérification.",
  "settings.set.uploadApproval.on":
    "Les importations attendent maintenant l'accord d'un membre de l'équipe dans {{channel}}.",
  "settings.set.uploadApproval.off": "Les importations n'attendent plus d'accord.",
  "settings.uploads.noReviewChannel":
    "Choisis d'abord un salon de vérification (/settings set upload-review-channel), puis active l'accord.",
  "settings.uploads.reviewChannelNeeded":
    "Ici, les importations attendent un accord : désactive upload-approval avant de retirer le salon de vérification.",
} as const;
