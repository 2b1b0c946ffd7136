import { defineCustomId } from "./customId.js";

/** Approve or Reject on an upload's review message: which upload (its interaction's ID) and the decision. */
export const approvalId = defineCustomId({
  namespace: "ua",
  version: 1,
  fields: { upload: /\d{17,20}/, decision: ["approve", "reject"] },
});
