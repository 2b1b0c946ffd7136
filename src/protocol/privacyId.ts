import { defineCustomId } from "./customId.js";

/**
 * The /privacy buttons: who sees the member's link, withdrawing a kept Roblox grant, and deleting
 * everything (asked, then confirmed). Each acts on whoever presses it, never on anyone else.
 */
export const privacyId = defineCustomId({
  namespace: "pv",
  version: 1,
  fields: { action: ["show-everywhere", "show-linked", "delete", "confirm", "cancel", "withdraw"] },
});
