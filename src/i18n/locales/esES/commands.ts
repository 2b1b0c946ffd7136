/** es-ES: nombres y descripciones de los comandos, opciones y elecciones. */
export const esESCommands = {
  "opt.user.name": "usuario",
  "opt.user.description": "Nombre de usuario de Roblox (p. ej., builderman), ID numérico o enlace del perfil",
  "opt.private.name": "privado",
  "opt.private.description": "Solo tú ves la respuesta (por defecto: todos en el canal)",
  "opt.member.name": "miembro",
  "opt.member.description": "Un miembro de Discord que vinculó su cuenta de Roblox (por defecto: tú)",
  "cmd.user.name": "usuario",
  "cmd.user.description":
    "Muestra el perfil de un usuario de Roblox: nombres, ID, antigüedad de la cuenta, avatar",
  "cmd.groups.name": "grupos",
  "cmd.groups.description": "Lista los grupos de Roblox de un usuario, con rol y rango, o comprueba un grupo",
  "cmd.groups.opt.group.name": "grupo",
  "cmd.groups.opt.group.description": "Comprobar solo este ID de grupo: ¿está el usuario, y con qué rango?",
  "cmd.inventory.name": "inventario",
  "cmd.inventory.description":
    "Recorre el inventario de un usuario de Roblox, o comprueba si tiene ciertos objetos",
  "cmd.inventory.opt.assets.name": "recursos",
  "cmd.inventory.opt.assets.description":
    "Verdadero: lista recursos de todos los tipos. Falso: los deja fuera. Sin ningún tipo, lista todo",
  "cmd.inventory.opt.badges.name": "insignias",
  "cmd.inventory.opt.badges.description": "Verdadero: lista insignias. Falso: las deja fuera",
  "cmd.inventory.opt.game_passes.name": "pases",
  "cmd.inventory.opt.game_passes.description": "Verdadero: lista pases. Falso: los deja fuera",
  "cmd.inventory.opt.private_servers.name": "servidores_privados",
  "cmd.inventory.opt.private_servers.description":
    "Lista servidores privados (Roblox solo los muestra a la propia clave del propietario)",
  "cmd.inventory.opt.asset_types.name": "tipos_de_recurso",
  "cmd.inventory.opt.asset_types.description":
    "Lista solo estos tipos de recurso, separados por comas (p. ej., Sombrero, Camisa clásica)",
  "cmd.inventory.opt.collectibles_only.name": "solo_coleccionables",
  "cmd.inventory.opt.collectibles_only.description":
    "Lista solo Limiteds de Roblox (no Limiteds UGC), de todos los tipos o de los tipos indicados",
  "cmd.inventory.opt.asset_ids.name": "ids_de_recursos",
  "cmd.inventory.opt.asset_ids.description":
    "Comprueba si el usuario tiene estos ID de recurso (separados por comas)",
  "cmd.inventory.opt.badge_ids.name": "ids_de_insignias",
  "cmd.inventory.opt.badge_ids.description":
    "Comprueba si el usuario tiene estos ID de insignia (separados por comas)",
  "cmd.inventory.opt.game_pass_ids.name": "ids_de_pases",
  "cmd.inventory.opt.game_pass_ids.description":
    "Comprueba si el usuario tiene estos ID de pase (separados por comas)",
  "cmd.inventory.opt.private_server_ids.name": "ids_de_servidores",
  "cmd.inventory.opt.private_server_ids.description":
    "Comprueba si el usuario tiene estos ID de servidor privado (separados por comas)",
  "cmd.upload.name": "subir",
  "cmd.upload.description": "Sube una imagen, un sonido o un modelo a Roblox como recurso",
  "cmd.upload.opt.file.name": "archivo",
  "cmd.upload.opt.file.description":
    "Una imagen (PNG, JPEG, BMP, TGA), un sonido (MP3, OGG, WAV, FLAC) o un modelo (FBX, glTF, GLB, RBXM)",
  "cmd.upload.opt.name.name": "nombre",
  "cmd.upload.opt.name.description": "Nombre en Roblox (por defecto: el nombre del archivo)",
  "cmd.upload.opt.description.name": "descripción",
  "cmd.upload.opt.description.description": "Descripción en Roblox",
  "cmd.upload.opt.type.name": "tipo",
  "cmd.upload.opt.type.description": "Tipo de recurso (por defecto: según el contenido del archivo)",
  "cmd.upload.opt.type.choice.Auto": "Automático",
  "cmd.upload.opt.type.choice.Decal": "Calcomanía",
  "cmd.upload.opt.type.choice.Audio": "Audio",
  "cmd.upload.opt.type.choice.Model": "Modelo",
  "cmd.upload.opt.asset_id.name": "id_del_recurso",
  "cmd.upload.opt.asset_id.description":
    "Sube una nueva versión de este recurso de tipo Modelo en vez de un recurso nuevo (solo .fbx)",
  "cmd.uploads.name": "subidas",
  "cmd.uploads.description": "Tus usos recientes de /upload y sus resultados",
} as const;
