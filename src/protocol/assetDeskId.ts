import { defineCustomId } from "./customId.js";

/**
 * A confirmation button of /asset rollback, archive or restore: which pending change (a short key in
 * the store, never the change itself) and the answer. A key the store does not hold is refused.
 */
export const assetDeskId = defineCustomId({
  namespace: "ad",
  version: 1,
  fields: { key: /[A-Za-z0-9_-]{12}/, answer: ["yes", "no"] },
});
