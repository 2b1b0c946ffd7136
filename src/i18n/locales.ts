/** The catalogues the bot has, by the Discord locale tag each is written for. */
export const LOCALES = ["en-US", "pt-BR", "es-ES", "de", "fr", "ja"] as const;
export type LocaleId = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: LocaleId = "en-US";

const baseOf = (tag: string): string => tag.toLowerCase().split("-")[0] ?? "";

/**
 * The catalogue for a locale Discord sends (`locale`, `guild_locale`, `preferred_locale`): the exact
 * one, else the one of the same base language (`es-419` → `es-ES`, `en-GB` → `en-US`), else en-US.
 */
export function resolveLocale(tag: string | null | undefined): LocaleId {
  if (!tag) return DEFAULT_LOCALE;
  const lower = tag.toLowerCase();
  const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  return LOCALES.find((locale) => baseOf(locale) === baseOf(lower)) ?? DEFAULT_LOCALE;
}

/**
 * Discord's locales (discord-api-docs reference#locales) that get a localisation of every command
 * name and description, and the catalogue each takes. en-US is the default itself; en-GB reads it too.
 */
export const DISCORD_LOCALISATIONS: Readonly<Record<string, LocaleId>> = {
  "pt-BR": "pt-BR",
  "es-ES": "es-ES",
  "es-419": "es-ES",
  de: "de",
  fr: "fr",
  ja: "ja",
};

/** Who will read a reply, as the interaction tells it. */
export interface ReplyAudience {
  /** Only the member sees it (an ephemeral reply, a private notice). */
  readonly ephemeral: boolean;
  /** The member's language (`locale`). */
  readonly locale: string | null | undefined;
  /** The server's language (`guild_locale`); absent in DMs. */
  readonly guildLocale: string | null | undefined;
}

/**
 * The language of a reply: a private one speaks the member's language, a public one the server's
 * (everyone in the channel reads it). In a DM the member is the only reader.
 */
export function replyLocale(audience: ReplyAudience): LocaleId {
  if (audience.ephemeral || !audience.guildLocale) return resolveLocale(audience.locale);
  return resolveLocale(audience.guildLocale);
}

/**
 * The language of what is said outside an interaction (a DM, a log or review channel, scheduled
 * work): the server's own setting, then its `preferred_locale`, then en-US.
 */
export function serverLocale(
  setting: string | null | undefined,
  preferred: string | null | undefined,
): LocaleId {
  return resolveLocale(setting ?? preferred);
}
