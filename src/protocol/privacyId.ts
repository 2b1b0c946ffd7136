import { defineCustomId } from "./customId.js";

/** The /privacy buttons: who sees the member's link, and deleting everything (asked, then confirmed). */
export const privacyId = defineCustomId({
  namespace: "pv",
  version: 1,
  fields: { action: ["show-everywhere", "show-linked", "delete", "confirm", "cancel"] },
});
