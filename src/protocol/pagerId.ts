import { PAGER_ACTIONS } from "../services/pager/position.js";
import { SESSION_KEY_PATTERN } from "../services/pager/sessions.js";
import { defineCustomId } from "./customId.js";

/**
 * A pager button: which list (a short session key in the store), the page the message shows, and what
 * to do. The page travels in the button so a press always moves from what the person sees, even if
 * an earlier edit failed or the bot stopped between saving the list and showing the page.
 */
export const pagerId = defineCustomId({
  namespace: "pg",
  version: 2,
  fields: { session: SESSION_KEY_PATTERN, page: /0|[1-9]\d{0,5}/, action: PAGER_ACTIONS },
});
