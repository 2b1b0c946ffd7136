import { userError } from "../../errors.js";
import { quoted } from "../../text/format.js";

export type UserReference =
  | { readonly kind: "id"; readonly id: string }
  | { readonly kind: "name"; readonly name: string };

const DIGITS = /^\d+$/;
/** Roblox IDs are positive int64 values: at most 19 digits once leading zeros are dropped. */
const MAX_ID_DIGITS = 19;
/**
 * Every name Roblox hands out is letters, digits and underscores, starting and ending with a letter or digit.
 * Sign-up asks for 3–20 characters with one underscore, but older names and the names Roblox gives
 * moderated accounts (`roblox_user_<ID>`: two underscores, 22 characters for a 10-digit ID, 31 for the
 * largest) break those rules. Whether a name exists is for Roblox to say.
 */
const USERNAME = /^(?=.{3,32}$)[A-Za-z0-9](?:[A-Za-z0-9_]*[A-Za-z0-9])?$/;
/** A Roblox profile link, as the site, the app's "copy link" and the bot's own embeds give it. */
const PROFILE_LINK =
  /^(?:https?:\/\/)?(?:(?:www|web|m)\.)?roblox\.com\/users\/(\d+)(?:\/profile)?\/?(?:[?#].*)?$/i;

/**
 * Reads what someone typed for a Roblox user: a numeric ID (leading zeros allowed), a Roblox profile link,
 * or a username with an optional leading @.
 */
export function parseUserReference(typed: string): UserReference {
  const trimmed = typed.trim();
  const linked = PROFILE_LINK.exec(trimmed)?.[1];
  if (linked !== undefined) return { kind: "id", id: readId(linked, typed) };
  if (DIGITS.test(trimmed)) return { kind: "id", id: readId(trimmed, typed) };
  const withoutAt = trimmed.startsWith("@") ? trimmed.slice(1) : trimmed;
  if (USERNAME.test(withoutAt)) return { kind: "name", name: withoutAt };
  throw userError("users.badReference", { typed: quoted(typed) });
}

function readId(digits: string, typed: string): string {
  const id = digits.replace(/^0+/, "");
  if (id.length === 0) throw userError("users.idStartsAtOne", { typed: quoted(typed) });
  if (id.length > MAX_ID_DIGITS) {
    throw userError("users.idTooLong", { typed: quoted(typed) });
  }
  return id;
}
