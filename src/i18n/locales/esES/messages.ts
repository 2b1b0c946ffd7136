/** es-ES: respuestas, rechazos y fallos. */
export const esESMessages = {
  "quote.input": "«{{text}}»",
  "failure.storeUnavailable":
    "El bot no puede acceder a su almacenamiento ahora mismo, así que no ha podido terminar esto. Vuelve a intentarlo en un minuto.",
  "failure.restarting": "El bot se está reiniciando. Vuelve a intentarlo en un momento.",
  "failure.expiredComponent": "Estos botones ya no funcionan. Vuelve a usar el comando.",
  "failure.unexpected":
    "Algo ha fallado por nuestra parte. Si sigue pasando, dale esta referencia al propietario del bot: {{reference}}",
  "failure.rateLimited_one":
    "Roblox está limitando la frecuencia con la que el bot puede preguntar. Vuelve a intentarlo en un segundo.",
  "failure.rateLimited_many":
    "Roblox está limitando la frecuencia con la que el bot puede preguntar. Vuelve a intentarlo en {{count, number}} segundos.",
  "failure.rateLimited_other":
    "Roblox está limitando la frecuencia con la que el bot puede preguntar. Vuelve a intentarlo en {{count, number}} segundos.",
  "failure.unavailable": "Roblox no responde ahora mismo. Vuelve a intentarlo en un minuto.",
  "failure.ipNotAllowed":
    "Roblox no acepta la clave de API del bot desde la dirección en la que se ejecuta el bot. El propietario del bot tiene que añadirla a las direcciones IP aceptadas de la clave en el Panel de creador (ejecuta `npm run doctor`).",
  "failure.keyRefused":
    "Roblox ha rechazado la clave de API del bot. El propietario del bot tiene que revisar ROBLOX_API_KEY (ejecuta `npm run doctor`).",
  "failure.missingScope":
    "A la clave de API de Roblox del bot le falta el permiso `{{scope}}`. El propietario del bot puede añadirlo en el Panel de creador de Roblox.",
  "failure.permissionDenied":
    "Roblox no ha dejado que el bot lea eso. Puede que sea privado o que a la clave de API del bot le falte un permiso.",
  "failure.oldMessageEdits":
    "Discord limita las ediciones de mensajes de hace más de una hora, y este ha llegado a ese límite por ahora. Vuelve a usar el comando para obtener una lista nueva.",
  "failure.placeholderClosed": "Este comando no ha terminado.",
  "pager.expired": "Esta lista ha caducado. Vuelve a usar el comando para recorrerla.",
  "pager.notOwner":
    "Solo quien ha usado este comando puede pasar sus páginas. Usa /{{command}} tú mismo para recorrerla.",
  "pager.busy": "Esta lista todavía está cambiando de página. Vuelve a pulsar el botón en un momento.",
  "users.lookupLimited_one":
    "Roblox está limitando las búsquedas de nombres de usuario, así que el bot no ha podido buscar {{name}}. Vuelve a intentarlo en un segundo o indica el ID numérico del usuario.",
  "users.lookupLimited_many":
    "Roblox está limitando las búsquedas de nombres de usuario, así que el bot no ha podido buscar {{name}}. Vuelve a intentarlo en {{count, number}} segundos o indica el ID numérico del usuario.",
  "users.lookupLimited_other":
    "Roblox está limitando las búsquedas de nombres de usuario, así que el bot no ha podido buscar {{name}}. Vuelve a intentarlo en {{count, number}} segundos o indica el ID numérico del usuario.",
  "users.noSuchName": "Ningún usuario de Roblox se llama {{name}}.",
  "users.noSuchId": "Ningún usuario de Roblox tiene el ID {{id}}.",
  "users.badReference":
    "{{typed}} no es un nombre de usuario, ID de usuario ni enlace de perfil de Roblox. Los nombres de usuario tienen letras, dígitos y guiones bajos (sin espacios ni otros símbolos); los ID son números.",
  "users.idStartsAtOne": "{{typed}} no es un ID de usuario de Roblox: los ID empiezan en 1.",
  "users.idTooLong": "{{typed}} no es un ID de usuario de Roblox: es demasiado largo para serlo.",
  "groups.noSuchId": "Ningún grupo de Roblox tiene el ID {{id}}.",
  "inventory.private":
    "El inventario de {{who}} es privado, así que Roblox no se lo muestra al bot. Su propietario puede hacerlo visible en roblox.com: Configuración → Privacidad → Otros ajustes → «¿Quién puede ver mi inventario?» → Todos.",
  "inventory.privateParts":
    "Roblox no ha mostrado esta parte del inventario de {{who}}. Los servidores privados y los lugares comprados solo se muestran a la propia clave de API del propietario, aunque el inventario sea público; y si el inventario es privado, su propietario puede hacerlo visible en roblox.com: Configuración → Privacidad → Otros ajustes → «¿Quién puede ver mi inventario?» → Todos.",
  "inventory.badId.asset":
    "En $t(cmd.inventory.opt.asset_ids.name), {{entry}} no es un ID de recurso. Los ID son números enteros, como 1028595; sepáralos con comas.",
  "inventory.badId.badge":
    "En $t(cmd.inventory.opt.badge_ids.name), {{entry}} no es un ID de insignia. Los ID son números enteros, como 2124567890; sepáralos con comas.",
  "inventory.badId.gamePass":
    "En $t(cmd.inventory.opt.game_pass_ids.name), {{entry}} no es un ID de pase. Los ID son números enteros, como 83167572; sepáralos con comas.",
  "inventory.badId.privateServer":
    "En $t(cmd.inventory.opt.private_server_ids.name), {{entry}} no es un ID de servidor privado. Los ID son números enteros, como 175156; sepáralos con comas.",
  "inventory.unknownType":
    "En $t(cmd.inventory.opt.asset_types.name), {{entry}} no es un tipo de recurso del inventario. Empieza a escribir en la opción para elegir de la lista, como Sombrero o Camisa clásica.",
  "inventory.unknownTypeSuggest":
    "En $t(cmd.inventory.opt.asset_types.name), {{entry}} no es un tipo de recurso del inventario. ¿Querías decir {{suggestions}}?",
  "inventory.kindsAndIds":
    "Roblox no puede listar tipos de objetos y comprobar ID en la misma petición. Usa {{kinds}} (para listar lo que tiene el usuario) o {{ids}} (para comprobar si tiene esos ID), no ambas cosas.",
  "inventory.assetsAndTypes":
    "Usa $t(cmd.inventory.opt.assets.name) (todos los tipos de recurso) o $t(cmd.inventory.opt.asset_types.name) (solo los tipos que indiques), no ambas.",
  "inventory.tooManyIds":
    "Una comprobación puede mirar como máximo {{max, number}} ID; has indicado {{given, number}}. Repártelos en varios comandos.",
  "inventory.assetsFalseBut":
    "$t(cmd.inventory.opt.assets.name):false deja fuera los recursos, pero {{option}} pide algunos. Quita una de las dos.",
  "inventory.nothingLeft":
    "Con $t(cmd.inventory.opt.assets.name), $t(cmd.inventory.opt.badges.name), $t(cmd.inventory.opt.game_passes.name) y $t(cmd.inventory.opt.private_servers.name) en falso, no queda nada que listar. Pon en verdadero los tipos que quieras, o no indiques ninguno para listarlo todo.",
  "upload.serverOnly": "Las subidas solo funcionan en un servidor.",
  "upload.offEverywhere":
    "Las subidas están desactivadas: el operador del bot no las ha activado en ningún servidor (UPLOAD_GUILD_IDS).",
  "upload.offHere":
    "El operador del bot no ha activado las subidas en este servidor. Pide a quien gestiona el bot que añada este servidor a UPLOAD_GUILD_IDS.",
  "upload.noCreator":
    "Las subidas están desactivadas: el propietario del bot no ha configurado ROBLOX_UPLOAD_CREATOR.",
  "upload.needPermission": "Solo los miembros con el permiso Gestionar expresiones pueden subir a Roblox.",
  "upload.needRole":
    "El operador del bot solo permite subir aquí a los miembros con uno de estos roles: {{roles}}. Pide a un administrador del servidor que te dé uno.",
  "upload.cooldown":
    "Has subido algo hace un momento. Podrás volver a subir dentro de {{seconds, number}} s.",
  "upload.dailyCap":
    "Este servidor ya ha usado sus {{cap, number}} subidas de hoy. Se podrá subir más {{resets}}.",
  "upload.empty": "Ese archivo adjunto está vacío.",
  "upload.tooBig":
    "Ese archivo ocupa {{size}}; las subidas pueden ocupar como máximo {{limit}}. No se ha descargado nada.",
  "upload.noLink": "Ese archivo adjunto no tiene un enlace que se pueda usar. Vuelve a adjuntar el archivo.",
  "upload.notOnCdn":
    "Ese archivo no está en la CDN de Discord, así que el bot no lo va a descargar. Adjunta el propio archivo.",
  "upload.typeMismatch": "Has elegido {{requested}}, pero ese archivo es {{actual}}. {{needs}}",
  "upload.needs.Decal": "Una subida de Calcomanía necesita una imagen (PNG, JPEG, BMP o TGA).",
  "upload.needs.Audio": "Una subida de Audio necesita un archivo de audio (MP3, OGG, WAV o FLAC).",
  "upload.needs.Model": "Una subida de Modelo necesita un modelo (FBX, glTF, GLB, RBXM o RBXMX).",
  "upload.unsupported":
    "Ese archivo es {{description}}. Roblox acepta imágenes (PNG, JPEG, BMP, TGA), audio (MP3, OGG, WAV, FLAC) y modelos (FBX, glTF, GLB, RBXM, RBXMX).",
  "upload.unsupportedNamed":
    "Ese archivo es {{description}}, aunque su nombre termine en {{extension}}. Roblox acepta imágenes (PNG, JPEG, BMP, TGA), audio (MP3, OGG, WAV, FLAC) y modelos (FBX, glTF, GLB, RBXM, RBXMX).",
  "upload.noVersions":
    "Roblox no permite nuevas versiones de recursos de tipo {{type}}, solo de Modelos. No indiques $t(cmd.upload.opt.asset_id.name) para subir un nuevo recurso de tipo {{type}}.",
  "upload.fbxOnly":
    "Roblox solo acepta nuevas versiones de un Modelo como archivos .fbx; los demás formatos de modelo (glTF, GLB, RBXM, RBXMX) solo se pueden subir como Modelos nuevos. Exporta el modelo como FBX, o no indiques $t(cmd.upload.opt.asset_id.name) para subir un Modelo nuevo.",
  "upload.assetIdNotNumeric":
    "$t(cmd.upload.opt.asset_id.name) tiene que ser el ID numérico de uno de tus recursos de tipo Modelo.",
  "upload.assetIdInvalid":
    "$t(cmd.upload.opt.asset_id.name) {{id}} no puede ser un ID de recurso de Roblox: los ID son números enteros desde 1, sin ceros a la izquierda. Copia el ID de la página del recurso en create.roblox.com.",
  "upload.descriptionTooLong": "La descripción puede tener como máximo {{max, number}} caracteres.",
  "upload.quotaUser":
    "La cuota de subidas de audio del usuario {{owner}} se ha agotado: {{usage, number}} de {{capacity, number}} subidas de audio {{period}}.{{reset}} No se ha enviado nada a Roblox.",
  "upload.quotaGroup":
    "Las subidas al grupo {{group}} cuentan en la cuota del usuario {{owner}}, propietario de la clave de API del bot (Roblox lleva las cuotas de subida por usuario, no por grupo), y se ha agotado: {{usage, number}} de {{capacity, number}} subidas de audio {{period}}.{{reset}} No se ha enviado nada a Roblox.",
  "upload.quotaPeriod.day": "hoy",
  "upload.quotaPeriod.month": "este mes",
  "upload.quotaReset": " Se renueva el {{date}}.",
  "upload.tooLargeStream":
    "Ese archivo es más grande de lo que decía (más de {{limit}}), así que se ha detenido la descarga.",
  "upload.downloadFailed":
    "El bot no ha podido descargar ese archivo de Discord. Vuelve a intentarlo en un momento.",
  "upload.linkExpired":
    "Discord ya no sirve ese archivo adjunto (su enlace ha caducado). Vuelve a adjuntar el archivo.",
  "upload.downloadBroke": "La descarga desde Discord se ha cortado. Vuelve a intentarlo en un momento.",
  "upload.unreadable": "No se ha podido leer el archivo.",
  "upload.botSide": "Algo ha fallado por parte del bot; no se ha creado nada.",
  "upload.interrupted":
    "La subida se ha interrumpido (el bot se ha reiniciado o ha perdido la conexión) antes de que Roblox respondiera, así que puede que haya llegado a Roblox o no. Comprueba https://create.roblox.com/dashboard/creations antes de volver a subirlo.",
  "upload.restartedWhileDownloading":
    "El bot se ha reiniciado mientras descargaba el archivo; no se ha enviado nada a Roblox. Vuelve a usar /upload.",
  "upload.nameModerated":
    "La moderación de Roblox no ha aceptado el nombre. Elige otro `$t(cmd.upload.opt.name.name)` y vuelve a subirlo.",
  "upload.descriptionModerated":
    "La moderación de Roblox no ha aceptado la descripción. Cambia la `$t(cmd.upload.opt.description.name)` y vuelve a subirlo.",
  "upload.invalidImage":
    "Roblox no ha podido leer la imagen. Puede que esté dañada o que supere los 8000×8000 píxeles.",
  "upload.quotaUsed":
    "La cuota de subidas de Roblox de esta cuenta se ha agotado (audio: 10 al mes, o 100 para cuentas con identidad verificada). Vuelve a intentarlo el mes que viene.",
  "upload.noAssetToUpdate": "Roblox no tiene ningún recurso {{id}} que el bot pueda actualizar.",
  "upload.keyCannotUpload":
    "La clave de API de Roblox del bot no puede subir en nombre del creador configurado. El propietario del bot tiene que revisar ROBLOX_UPLOAD_CREATOR y los permisos de la clave.",
  "upload.keyCannotUpdate": "La clave de API de Roblox del bot no puede actualizar el recurso {{id}}.",
  "upload.refusedFile": "Roblox ha rechazado el archivo. Comprueba que sea un archivo válido de su tipo.",
  "upload.refusedVersion":
    "Roblox ha rechazado la nueva versión. Solo los Modelos pueden tener nuevas versiones, y solo a partir de un archivo .fbx válido.",
  "upload.couldNotTake": "Roblox no ha podido aceptar la subida ahora mismo. Vuelve a intentarlo más tarde.",
  "upload.moderationRejected": "La moderación de Roblox lo ha rechazado.",
  "upload.couldNotProcess":
    "Roblox no ha podido procesar el archivo. Puede que esté dañado o que sea una variante del formato que Roblox no acepta.",
  "upload.timedOut":
    "Roblox no había terminado de procesarlo después de una hora (operación {{operation}}). Comprueba https://create.roblox.com/dashboard/creations.",
  "upload.stillReviewing": "Sigue en revisión después de 24 h; consulta el Panel de creador.",
  "upload.legacyText": "{{text}}",
  "web.tooMany.title": "Demasiadas peticiones",
  "web.tooMany.body": "Espera un minuto y vuelve a intentarlo.",
  "web.unavailable.title": "Inténtalo más tarde",
  "web.unavailable.body": "Esta página no se puede mostrar ahora mismo.",
} as const;
