import { UserError } from "../../errors.js";
import { quoteInput } from "../../views/text.js";

export type UserReference =
  | { readonly kind: "id"; readonly id: string }
  | { readonly kind: "name"; readonly name: string };

const USER_ID = /^[1-9]\d{0,18}$/;
/** 3–20 letters, digits or underscores; at most one underscore, and not at either end. */
const USERNAME = /^(?=.{3,20}$)[A-Za-z0-9]+(?:_[A-Za-z0-9]+)?$/;

/** Reads what someone typed for a Roblox user: a numeric ID, or a username with an optional leading @. */
export function parseUserReference(typed: string): UserReference {
  const trimmed = typed.trim();
  const withoutAt = trimmed.startsWith("@") ? trimmed.slice(1) : trimmed;
  if (USER_ID.test(withoutAt) && withoutAt === trimmed) return { kind: "id", id: withoutAt };
  if (USERNAME.test(withoutAt)) return { kind: "name", name: withoutAt };
  throw new UserError(
    `${quoteInput(typed)} is not a Roblox username or user ID. Usernames have 3 to 20 letters or digits, with at most one underscore in the middle; IDs are numbers.`,
  );
}
