/** fr : noms et descriptions des commandes, options et choix. */
export const frCommands = {
  "opt.user.name": "utilisateur",
  "opt.user.description": "Nom d'utilisateur Roblox (ex. builderman), ID numérique ou lien du profil",
  "opt.private.name": "privé",
  "opt.private.description": "Toi seul vois la réponse (par défaut : tout le salon)",
  "opt.member.name": "membre",
  "opt.member.description": "Un membre Discord qui a lié son compte Roblox (par défaut : toi)",
  "cmd.user.name": "utilisateur",
  "cmd.user.description": "Affiche le profil d'un utilisateur Roblox : noms, ID, âge du compte, avatar",
  "cmd.groups.name": "groupes",
  "cmd.groups.description":
    "Liste les groupes Roblox d'un utilisateur, avec rôle et rang, ou vérifie un groupe",
  "cmd.groups.opt.group.name": "groupe",
  "cmd.groups.opt.group.description":
    "Vérifier seulement cet ID de groupe : l'utilisateur en fait-il partie, à quel rang ?",
  "cmd.inventory.name": "inventaire",
  "cmd.inventory.description":
    "Parcourt l'inventaire d'un utilisateur Roblox, ou vérifie s'il possède certains objets",
  "cmd.inventory.opt.assets.name": "ressources",
  "cmd.inventory.opt.assets.description":
    "Vrai : liste les ressources de tous types. Faux : les exclut. Sans catégorie, tout est listé",
  "cmd.inventory.opt.badges.name": "badges",
  "cmd.inventory.opt.badges.description": "Vrai : liste les badges. Faux : les exclut",
  "cmd.inventory.opt.game_passes.name": "passes",
  "cmd.inventory.opt.game_passes.description": "Vrai : liste les passes. Faux : les exclut",
  "cmd.inventory.opt.private_servers.name": "serveurs_privés",
  "cmd.inventory.opt.private_servers.description":
    "Liste les serveurs privés (Roblox ne les montre qu'à la propre clé du propriétaire)",
  "cmd.inventory.opt.asset_types.name": "types_de_ressource",
  "cmd.inventory.opt.asset_types.description":
    "Liste seulement ces types de ressource, séparés par des virgules (ex. Chapeau, Chemise classique)",
  "cmd.inventory.opt.collectibles_only.name": "collection_uniquement",
  "cmd.inventory.opt.collectibles_only.description":
    "Liste seulement les Limiteds de Roblox (pas les Limiteds UGC), de tous types ou des types indiqués",
  "cmd.inventory.opt.asset_ids.name": "ids_de_ressources",
  "cmd.inventory.opt.asset_ids.description":
    "Vérifie si l'utilisateur possède ces ID de ressource (séparés par des virgules)",
  "cmd.inventory.opt.badge_ids.name": "ids_de_badges",
  "cmd.inventory.opt.badge_ids.description":
    "Vérifie si l'utilisateur a ces ID de badge (séparés par des virgules)",
  "cmd.inventory.opt.game_pass_ids.name": "ids_de_passes",
  "cmd.inventory.opt.game_pass_ids.description":
    "Vérifie si l'utilisateur possède ces ID de passe (séparés par des virgules)",
  "cmd.inventory.opt.private_server_ids.name": "ids_de_serveurs",
  "cmd.inventory.opt.private_server_ids.description":
    "Vérifie si l'utilisateur possède ces ID de serveur privé (séparés par des virgules)",
  "cmd.upload.name": "importer",
  "cmd.upload.description": "Importe une image, un son ou un modèle sur Roblox en tant que ressource",
  "cmd.upload.opt.file.name": "fichier",
  "cmd.upload.opt.file.description":
    "Une image (PNG, JPEG, BMP, TGA), un son (MP3, OGG, WAV, FLAC) ou un modèle (FBX, glTF, GLB, RBXM)",
  "cmd.upload.opt.name.name": "nom",
  "cmd.upload.opt.name.description": "Nom sur Roblox (par défaut : le nom du fichier)",
  "cmd.upload.opt.description.name": "descriptif",
  "cmd.upload.opt.description.description": "Description sur Roblox",
  "cmd.upload.opt.type.name": "genre",
  "cmd.upload.opt.type.description": "Type de ressource (par défaut : déduit du contenu du fichier)",
  "cmd.upload.opt.type.choice.Auto": "Automatique",
  "cmd.upload.opt.type.choice.Decal": "Décalque",
  "cmd.upload.opt.type.choice.Audio": "Audio",
  "cmd.upload.opt.type.choice.Model": "Modèle",
  "cmd.upload.opt.asset_id.name": "id_de_ressource",
  "cmd.upload.opt.asset_id.description":
    "Nouvelle version de cette ressource Modèle au lieu d'une nouvelle ressource (.fbx seulement)",
  "cmd.uploads.name": "importations",
  "cmd.uploads.description": "Tes dernières utilisations de /upload et leurs résultats",
} as const;
