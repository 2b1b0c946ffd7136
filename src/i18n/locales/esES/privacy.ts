/** es-ES: /privacy, what the bot stores about a member and deleting it. */
export const esESPrivacy = {
  "cmd.privacy.name": "privacidad",
  "cmd.privacy.description": "Mira lo que el bot guarda sobre ti, elige quién ve tu vínculo y bórralo todo",
  "privacy.title": "Lo que este bot guarda sobre ti",
  "privacy.intro":
    "Solo tú ves esto. Borrar elimina tu vínculo, tus ajustes y tus registros; tus subidas quedan en los registros de subidas de los servidores (ID del recurso y huella del archivo) como «miembro eliminado».",
  "privacy.field.link": "Cuenta de Roblox vinculada",
  "privacy.field.grants": "Inicios de sesión de Roblox guardados",
  "privacy.field.shown": "Quién ve tu vínculo",
  "privacy.field.uploads": "Tus subidas",
  "privacy.link.none": "Ninguna.",
  "privacy.link.one": "{{roblox}}, mediante {{method}}, desde {{when}}.",
  "privacy.method.oauth": "el inicio de sesión con Roblox",
  "privacy.method.profile": "una frase en tu perfil de Roblox",
  "privacy.grants.none": "Ninguno: el bot revoca el inicio de sesión de Roblox en cuanto sabe quién eres.",
  "privacy.shown.linked":
    "Los demás miembros ven tu vínculo solo en los servidores donde usaste /link o /verify.",
  "privacy.shown.everywhere": "Los demás miembros ven tu vínculo en todos los servidores donde está el bot.",
  "privacy.uploads.none": "Ninguna.",
  "privacy.uploads.count_one": "{{count, number}} subida registrada, la más reciente primero:",
  "privacy.uploads.count_many": "{{count, number}} de subidas registradas, las más recientes primero:",
  "privacy.uploads.count_other": "{{count, number}} subidas registradas, las más recientes primero:",
  "privacy.button.showEverywhere": "Mostrar mi vínculo en todas partes",
  "privacy.button.showLinked": "Mostrarlo solo donde vinculé o verifiqué",
  "privacy.button.delete": "Borrar mis datos",
  "privacy.button.confirm": "Sí, borrarlo todo",
  "privacy.button.cancel": "Cancelar",
  "privacy.confirm":
    "¿Borrar tu vínculo, tus ajustes y tus registros? No se puede deshacer. Tus subidas quedan en los registros de los servidores como «miembro eliminado».",
  "privacy.deleted_one":
    "Borrado. El bot ya no guarda nada sobre ti; {{count, number}} subida queda en el registro de un servidor como «miembro eliminado».",
  "privacy.deleted_many":
    "Borrado. El bot ya no guarda nada sobre ti; {{count, number}} de subidas quedan en los registros de los servidores como «miembro eliminado».",
  "privacy.deleted_other":
    "Borrado. El bot ya no guarda nada sobre ti; {{count, number}} subidas quedan en los registros de los servidores como «miembro eliminado».",
  "privacy.deletedMember": "miembro eliminado",
  "privacy.uploadInProgress": "Una de tus subidas sigue en curso. Espera a que termine y vuelve a borrar.",
  "cmd.settings.opt.upload-log-days.name": "upload-log-days",
  "cmd.settings.opt.upload-log-days.description":
    "Cuántos días guarda una entrada el registro de subidas de este servidor",
  "cmd.settings.opt.days.name": "days",
  "cmd.settings.opt.days.description": "Días, de 1 a 730 (déjalo vacío para el valor del bot)",
  "settings.uploadLogDays":
    "**upload-log-days** (días que el registro de subidas guarda una entrada): {{value}}",
  "settings.uploadLogDays.value": "{{days, number}}",
  "settings.uploadLogDays.default": "{{days, number}} (valor del bot)",
  "settings.set.uploadLogDays.on": "El registro de subidas ahora guarda cada entrada {{days, number}} días.",
  "settings.set.uploadLogDays.off":
    "El registro de subidas ahora guarda cada entrada según el valor del bot, {{days, number}} días.",
  "privacy.shown.verified": "Servidores donde usaste /verify: {{servers}}.",
} as const;
