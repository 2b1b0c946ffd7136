import { defineCustomId } from "./customId.js";

/** The "I've added it" button under a /link profile phrase; the phrase itself stays in the store. */
export const profileCheckId = defineCustomId({
  namespace: "lk",
  version: 1,
  fields: { step: ["check"] },
});
