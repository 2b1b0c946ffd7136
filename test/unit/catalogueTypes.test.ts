import { describe, expect, it } from "vitest";
import { UserError, userError } from "../../src/errors.js";
import { en } from "../../src/i18n/translator.js";
import { message } from "../../src/i18n/types.js";
import type { RepliableContext } from "../../src/interaction/types.js";

// The typing is the point: `npm run typecheck` fails if any line marked @ts-expect-error compiles,
// i.e. if a missing key, a missing or extra placeholder, or a plain sentence were accepted.
function misuses(context: RepliableContext): void {
  // @ts-expect-error a key the catalogue does not have
  en.t("inventory.nope");
  // @ts-expect-error a message with placeholders needs its parameters
  en.t("users.noSuchId");
  // @ts-expect-error a placeholder the message does not have
  en.t("users.noSuchId", { id: "1", name: "x" });
  // @ts-expect-error `{{count, number}}` takes a number
  en.t("failure.rateLimited", { count: "three" });
  // @ts-expect-error a UserError carries a catalogue message, never a sentence
  new UserError("No Roblox user has the ID 1.");
  // @ts-expect-error the same through the helper
  userError("No Roblox user has the ID 1.");
  // @ts-expect-error a message without placeholders takes no parameters
  message("upload.empty", { size: 1 });
  // @ts-expect-error a reply is catalogue text, never a sentence written in place
  void context.reply("Linked!");
  // @ts-expect-error the same for a body's content
  void context.editReply({ content: "Linked!" });
  // @ts-expect-error and for a follow-up
  void context.followUp("Linked!");
  void context.editReply({ content: en.t("upload.empty") });
}

describe("catalogue types", () => {
  it("accept a key with exactly its parameters", () => {
    expect(typeof misuses).toBe("function");
    expect(en.t("users.noSuchId", { id: "1" })).toBe("No Roblox user has the ID 1.");
    expect(userError("failure.rateLimited", { count: 2 }).text).toEqual({
      key: "failure.rateLimited",
      params: { count: 2 },
    });
    expect(new UserError(message("upload.empty")).message).toBe("That attachment is empty.");
  });
});
