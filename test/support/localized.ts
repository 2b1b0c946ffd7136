import type { Localized } from "../../src/i18n/types.js";

/** A test handler's fixed words, passed where the bot itself may only send catalogue text. */
export function verbatim(text: string): Localized {
  return text as Localized;
}
