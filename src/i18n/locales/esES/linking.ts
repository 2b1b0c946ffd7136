import type { enUSLinking } from "../enUS/linking.js";

/** es-ES: /link, its private replies, and the account-linking pages. */
export const esESLinking = {
  "cmd.link.name": "vincular",
  "cmd.link.description": "Vincula tu cuenta de Discord con la cuenta de Roblox con la que inicies sesión",
  "link.reply.prompt":
    "Pulsa el botón para iniciar sesión en Roblox y vincular tu cuenta. Funciona una sola vez y caduca {{expires}}.\n\n**No compartas nunca este botón.** Es solo tuyo: la página que abre muestra tu cuenta de Discord, y no se vincula nada hasta que lo confirmes allí.\n\nSi Roblox muestra su propia página de error y nunca te devuelve (una aplicación que Roblox aún no ha revisado admite solo 10 personas, y las cuentas de menores de 13 años no pueden vincularse), la vinculación a través de Roblox no está disponible para ti ahora mismo. {{fallback}}",
  "link.reply.fallback.admin": "Avisa a un administrador del servidor.",
  "link.reply.fallback.profile":
    "Puedes vincular tu cuenta de otra forma: vuelve a ejecutar /$t(cmd.link.name) y elige el método «$t(cmd.link.opt.method.choice.profile)».",
  "link.reply.button": "Vincular con Roblox",
  "link.reply.tooMany": "Has iniciado /link demasiadas veces. Espera unos minutos y vuelve a ejecutarlo.",
  "link.reply.off":
    "La vinculación no está configurada en este bot. Pide a su propietario que configure el inicio de sesión de Roblox.",
  "link.reply.linked": "Vinculado como {{roblox}}. Tu ID de usuario de Roblox es {{robloxId}}.",
  "link.page.confirm.title": "¿Vincular estas cuentas?",
  "link.page.confirm.discord": "Cuenta de Discord que pidió la vinculación:",
  "link.page.confirm.roblox": "Cuenta de Roblox con la que iniciaste sesión:",
  "link.page.confirm.warning":
    "Si no ejecutaste /link tú mismo, o esta no es tu cuenta de Discord, pulsa Cancelar: puede que alguien te haya enviado su botón.",
  "link.page.confirm.button": "Confirmar",
  "link.page.cancel.button": "Cancelar",
  "link.page.done.title": "Vinculado",
  "link.page.done.body":
    "{{discord}} ya está vinculado a la cuenta de Roblox {{roblox}}. Puedes cerrar esta página.",
  "link.page.refused.title": "Sin vincular",
  "link.page.refused.expired":
    "Este enlace ha caducado o ya se usó. Vuelve a ejecutar /link en Discord para obtener un botón nuevo.",
  "link.page.refused.otherBrowser":
    "Este inicio de sesión no empezó en este navegador, así que no se vinculó nada. Vuelve a ejecutar /link en Discord y abre aquí el botón nuevo.",
  "link.page.refused.denied": "Lo rechazaste en Roblox, así que no se vinculó nada.",
  "link.page.refused.robloxError":
    "Roblox no completó el inicio de sesión, así que no se vinculó nada. Ejecuta /link para intentarlo de nuevo.",
  "link.page.refused.signInFailed":
    "No se pudo verificar el inicio de sesión, así que no se vinculó nada. Ejecuta /link en Discord para intentarlo de nuevo.",
  "link.page.refused.unavailable":
    "Roblox no responde ahora mismo. Ejecuta /link dentro de unos minutos para intentarlo de nuevo.",
  "link.page.refused.badForm":
    "No se pudo comprobar este formulario, así que no se vinculó nada. Ejecuta /link para empezar de nuevo.",
  "link.page.refused.cancelled": "Cancelado: no se vinculó nada.",
  "link.page.refused.tooMany": "Demasiados intentos. Espera unos minutos y vuelve a ejecutar /link.",
  "cmd.link.opt.method.name": "metodo",
  "cmd.link.opt.method.description":
    "Cómo demostrar que la cuenta de Roblox es tuya (por defecto: iniciar sesión con Roblox)",
  "cmd.link.opt.method.choice.oauth": "Iniciar sesión con Roblox",
  "cmd.link.opt.method.choice.profile": "Una frase en mi perfil de Roblox",
  "cmd.link.opt.account.name": "cuenta",
  "cmd.link.opt.account.description": "Tu nombre de usuario o ID de Roblox (para la frase del perfil)",
  "link.reply.methodOff": "Esta forma de vincular está desactivada en este bot. Usa /link sin método.",
  "link.profile.needAccount":
    "Para vincular con una frase en el perfil, indica tu nombre de usuario o ID de Roblox en la opción cuenta.",
  "link.profile.prompt":
    "Añade esta frase a la sección Acerca de del perfil de Roblox del usuario {{account}}, guárdalo y pulsa el botón. La frase caduca {{expires}}.\n\n`{{phrase}}`",
  "link.profile.button": "Ya la he añadido",
  "link.profile.notFound":
    "La frase aún no está en la sección Acerca de del usuario {{account}} de Roblox, así que no se ha vinculado nada. Comprueba que es exactamente igual, guarda el perfil y pulsa el botón otra vez.",
  "link.profile.expired":
    "Esta frase ha caducado, así que no se ha vinculado nada. Usa /link method:profile otra vez para obtener otra.",
  "link.profile.tooSoon": "Espera 10 segundos antes de volver a comprobar el perfil.",
  "link.profile.linked":
    "Vinculado como {{roblox}} (frase del perfil). Tu ID de usuario de Roblox es {{robloxId}}. Ya puedes quitar la frase de tu perfil.",
  "link.moved.dm":
    "La cuenta de Roblox {{roblox}} ahora está vinculada a otra cuenta de Discord, así que ya no está vinculada a la tuya. Si no has sido tú, usa /link para vincularla de nuevo.",
  "cmd.unlink.name": "desvincular",
  "cmd.unlink.description": "Quita el vínculo entre tu cuenta de Discord y tu cuenta de Roblox",
  "unlink.notLinked":
    "Tu cuenta de Discord no está vinculada a una cuenta de Roblox, así que no había nada que quitar.",
  "unlink.done":
    "Desvinculado: tu cuenta de Discord ya no está vinculada a {{roblox}}. El bot no guardó ningún acceso a Roblox para este vínculo, así que no había nada que revocar en Roblox. Roblox muestra las apps que has autorizado en “Third-party app authorizations”, en {{url}}.",
  "target.selfNotLinked":
    "No has vinculado una cuenta de Roblox. Indica un usuario de Roblox o usa /link primero.",
  "target.memberNotLinked":
    "Ese miembro no tiene una cuenta de Roblox vinculada visible en este servidor. Indica un usuario de Roblox.",
  "cmd.link.opt.access.name": "acceso",
  "cmd.link.opt.access.description":
    "Deja también que el bot actúe por ti en Roblox: Roblox te pedirá este acceso",
  "cmd.link.opt.access.choice.inventory": "Leer mi inventario privado",
  "cmd.link.opt.access.choice.uploads": "Subir a mi cuenta de Roblox",
  "grant.inventoryNeeded":
    "Tu inventario es privado en Roblox. Para mostrarlo aquí, ejecuta /$t(cmd.link.name) con $t(cmd.link.opt.access.name) «$t(cmd.link.opt.access.choice.inventory)» y permítelo en Roblox.",
  "grant.missingScope.inventory":
    "El acceso que diste al bot en Roblox no incluye {{scope}}, que esto necesita. Ejecuta /$t(cmd.link.name) con $t(cmd.link.opt.access.name) «$t(cmd.link.opt.access.choice.inventory)» y permítelo en Roblox.",
  "grant.missingScope.uploads":
    "El acceso que diste al bot en Roblox no incluye {{scope}}, que esto necesita. Ejecuta /$t(cmd.link.name) con $t(cmd.link.opt.access.name) «$t(cmd.link.opt.access.choice.uploads)» y permítelo en Roblox.",
  "grant.lapsed":
    "Roblox ya no acepta el acceso que diste al bot (se revocó o no se usó en 90 días). Ejecuta /$t(cmd.link.name) de nuevo para darlo otra vez.",
  "grant.unavailable": "Roblox no ha renovado tu acceso ahora mismo. Inténtalo de nuevo dentro de un minuto.",
  "grant.uploadsNeeded":
    "Para subir a tu propia cuenta de Roblox, ejecuta /$t(cmd.link.name) con $t(cmd.link.opt.access.name) «$t(cmd.link.opt.access.choice.uploads)» y permítelo en Roblox.",
  "upload.selfOff":
    "Las subidas a las cuentas de Roblox propias de los miembros están desactivadas en este servidor. Un administrador puede activarlas con /settings.",
  "cmd.upload.opt.to.name": "destino",
  "cmd.upload.opt.to.description":
    "Qué cuenta de Roblox recibe el recurso (por defecto: la tuya, donde este servidor lo permite)",
  "cmd.upload.opt.to.choice.me": "Mi propia cuenta de Roblox",
  "cmd.upload.opt.to.choice.server": "La cuenta del operador del bot",
  "cmd.settings.opt.self-uploads.name": "subidas-propias",
  "cmd.settings.opt.self-uploads.description":
    "Permite a los miembros subir a sus propias cuentas de Roblox con /upload",
  "settings.selfUploads": "**subidas-propias** (los miembros suben a su propia cuenta de Roblox): {{value}}",
  "settings.set.selfUploads.on": "Los miembros ya pueden subir a sus propias cuentas de Roblox.",
  "settings.set.selfUploads.off": "Los miembros ya no pueden subir aquí a sus propias cuentas de Roblox.",
  "settings.on": "activado",
  "unlink.doneRevoked":
    "Desvinculado: tu cuenta de Discord ya no está vinculada a {{roblox}}, y el acceso que diste al bot en Roblox se ha revocado. Roblox muestra las aplicaciones que has autorizado en «Autorizaciones de aplicaciones de terceros» en {{url}}.",
} as const satisfies Record<keyof typeof enUSLinking, string>;
