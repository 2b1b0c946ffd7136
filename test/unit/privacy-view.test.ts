import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/i18n/locales.js";
import { translatorFor } from "../../src/i18n/translator.js";
import type { MemberData } from "../../src/services/privacy/index.js";
import { privacyReply } from "../../src/views/privacy.js";

const base: MemberData = {
  link: undefined,
  grant: undefined,
  showLinkEverywhere: false,
  verifiedIn: [],
  uploads: [],
};
const grant = {
  robloxUserId: "1",
  scopes: ["openid", "user.inventory-item:read"],
  lapsed: false,
  grantedAt: 1_700_000_000_000,
};

const grantsField = (reply: ReturnType<typeof privacyReply>, name: string) =>
  reply.embeds[0]?.fields?.find((field) => field.name === name)?.value ?? "";
const buttonIds = (reply: ReturnType<typeof privacyReply>) =>
  reply.components.flatMap((row) => row.components.map((b) => ("custom_id" in b ? b.custom_id : "")));

describe("/privacy: the kept grant", () => {
  for (const locale of LOCALES) {
    it(`${locale}: none, kept, lapsed; Withdraw only with a grant`, () => {
      const t = translatorFor(locale);
      const field = t.t("privacy.field.grants");
      const none = privacyReply(t, base);
      expect(grantsField(none, field)).toBe(t.t("privacy.grants.none"));
      expect(buttonIds(none)).not.toContain("pv:v1:withdraw");

      const kept = privacyReply(t, { ...base, grant });
      const values = { scopes: "`openid`, `user.inventory-item:read`", when: "<t:1700000000:f>" };
      expect(grantsField(kept, field)).toBe(t.t("privacy.grants.one", values));
      expect(buttonIds(kept)).toContain("pv:v1:withdraw");

      const lapsed = privacyReply(t, { ...base, grant: { ...grant, lapsed: true } });
      expect(grantsField(lapsed, field)).toBe(t.t("privacy.grants.lapsed", values));
      expect(grantsField(lapsed, field)).not.toBe(grantsField(kept, field));
      expect(buttonIds(lapsed)).toContain("pv:v1:withdraw");
    });
  }
});
