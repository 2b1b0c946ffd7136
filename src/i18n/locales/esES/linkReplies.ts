/** esES: the /link replies (the pages' text stays in src/text/linking.ts). */
export const esESLinkReplies = {
  "cmd.link.name": "link",
  "cmd.link.description": "Vincula tu cuenta de Discord con tu cuenta de Roblox",
  "link.reply.prompt":
    "Pulsa el botón para iniciar sesión con Roblox y vincular tu cuenta. Funciona una vez, durante 10 minutos. ({{expires}})\n\n**Nunca compartas este botón.** Es solo tuyo: la página que abre nombra tu cuenta de Discord, y vincular requiere allí tu confirmación expresa.\n\nSi Roblox muestra su propia página de error y nunca te devuelve aquí (una app aún no revisada por Roblox solo admite 10 personas, y las cuentas de menores de 13 no pueden vincular), vincular con Roblox no está disponible para ti ahora; avisa a un admin del servidor.",
  "link.reply.tooMany": "Has iniciado /link demasiadas veces. Espera unos minutos y vuelve a ejecutarlo.",
  "link.reply.off":
    "La vinculación no está configurada en este bot. Pide a su dueño que configure el inicio de sesión con Roblox.",
} as const;
