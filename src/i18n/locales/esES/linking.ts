import type { enUSLinking } from "../enUS/linking.js";

/** es-ES: /link, its private replies, and the account-linking pages. */
export const esESLinking = {
  "cmd.link.name": "vincular",
  "cmd.link.description": "Vincula tu cuenta de Discord con la cuenta de Roblox con la que inicies sesión",
  "link.reply.prompt":
    "Pulsa el botón para iniciar sesión en Roblox y vincular tu cuenta. Funciona una sola vez y caduca {{expires}}.\n\n**No compartas nunca este botón.** Es solo tuyo: la página que abre muestra tu cuenta de Discord, y no se vincula nada hasta que lo confirmes allí.\n\nSi Roblox muestra su propia página de error y nunca te devuelve (una aplicación que Roblox aún no ha revisado admite solo 10 personas, y las cuentas de menores de 13 años no pueden vincularse), la vinculación a través de Roblox no está disponible para ti ahora mismo; avisa a un administrador del servidor.",
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
} as const satisfies Record<keyof typeof enUSLinking, string>;
