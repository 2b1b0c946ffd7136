import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { commands } from "../../src/commands/index.js";
import { CATALOGUES } from "../../src/i18n/catalogue.js";
import { localiseCommand } from "../../src/i18n/commands.js";
import { DEFAULT_LOCALE, LOCALES, type LocaleId, resolveLocale } from "../../src/i18n/locales.js";
import { translatorFor } from "../../src/i18n/translator.js";
import type { MessageKey } from "../../src/i18n/types.js";

const PLURAL = /_(zero|one|two|few|many|other)$/;
const OTHERS = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const source = CATALOGUES[DEFAULT_LOCALE];

/** key → the plural categories it has ("" for a key that is not plural). */
function shape(catalogue: Readonly<Record<string, string>>): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const key of Object.keys(catalogue)) {
    const base = key.replace(PLURAL, "");
    const forms = bases.get(base) ?? new Set<string>();
    forms.add(PLURAL.exec(key)?.[1] ?? "");
    bases.set(base, forms);
  }
  return bases;
}

/** What a message needs filled in: its `{{placeholders}}` and the `$t(keys)` it nests. */
function slots(text: string): string[] {
  const placeholders = [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((match) => `{{${match[1]}}}`);
  const nested = [...text.matchAll(/\$t\(([^)]+)\)/g)].map((match) => `$t(${match[1]})`);
  return [...placeholders, ...nested];
}

function slotsOf(catalogue: Readonly<Record<string, string>>, base: string): string[] {
  const texts = Object.entries(catalogue)
    .filter(([key]) => key.replace(PLURAL, "") === base)
    .map(([, text]) => text);
  return [...new Set(texts.flatMap(slots))].sort();
}

const sourceShape = shape(source);

const PROPER_NOUNS = new Set(
  (readFileSync("i18n/GLOSSARY.md", "utf8").split("<!-- proper-nouns:start -->")[1] ?? "")
    .split("<!-- proper-nouns:end -->")[0]
    ?.split("\n")
    .map((line) => line.replace(/^- /, "").trim())
    .filter((line) => line.length > 0),
);

/** Whether a text is made only of the glossary's proper nouns (placeholders, digits, punctuation aside). */
function onlyProperNouns(text: string): boolean {
  return text
    .replace(/\{\{[^}]*\}\}/g, " ")
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0)
    .every((word) => PROPER_NOUNS.has(word));
}

/** The keys whose value is the en-US one word for word, except values made only of proper nouns. */
function copiedKeys(catalogue: Readonly<Record<string, string>>): string[] {
  return Object.keys(source).filter(
    (key) => catalogue[key] === source[key] && !onlyProperNouns(source[key] ?? ""),
  );
}

describe.each(OTHERS)("the %s catalogue", (locale) => {
  const catalogue = CATALOGUES[locale];
  const localShape = shape(catalogue);
  const categories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);

  it("has every key of en-US and no other", () => {
    const missing = [...sourceShape.keys()].filter((base) => !localShape.has(base));
    const extra = [...localShape.keys()].filter((base) => !sourceShape.has(base));
    expect(missing, "missing keys").toEqual([]);
    expect(extra, "extra keys").toEqual([]);
  });

  it("has each plural message in exactly its CLDR plural categories", () => {
    for (const [base, forms] of localShape) {
      if (forms.has("")) continue;
      expect([...forms].sort(), base).toEqual([...categories].sort());
    }
  });

  it("fills the same placeholders and nests the same messages as en-US", () => {
    for (const base of sourceShape.keys()) {
      expect(slotsOf(catalogue, base), base).toEqual(slotsOf(source, base));
    }
  });

  it("is a translation: at most 10% of its values equal en-US, proper nouns aside", () => {
    const copied = copiedKeys(catalogue);
    expect(copied.length / Object.keys(source).length, copied.join(", ")).toBeLessThanOrEqual(0.1);
  });
});

describe("the copy check itself", () => {
  it("counts a copied catalogue as copied, and values made only of proper nouns as not", () => {
    // What the 10% rule is for: a locale that is en-US under another name fails it.
    expect(copiedKeys({ ...source }).length / Object.keys(source).length).toBeGreaterThan(0.9);
    expect(copiedKeys({ ...source })).not.toContain("profile.premium");
    expect(copiedKeys({ ...source })).toContain("profile.yes");
  });
});

describe("rendering", () => {
  const sample = (key: string) => {
    const params: Record<string, string | number> = {};
    for (const slot of slots(source[key] ?? "")) {
      const name = /^\{\{(.+)\}\}$/.exec(slot)?.[1];
      if (name !== undefined) params[name] = 12345;
    }
    return params;
  };

  it.each(LOCALES)("fills every message of %s, nesting included, with nothing left over", (locale) => {
    const t = translatorFor(locale);
    for (const key of shape(source).keys()) {
      const text = t.t(key as MessageKey, sample(key) as never);
      expect(text, `${locale} ${key}`).not.toMatch(/\{\{|\$t\(|\}\}/);
      expect(text.length, `${locale} ${key}`).toBeGreaterThan(0);
    }
  });

  it("never reads a member's own text as a key or a placeholder", () => {
    expect(translatorFor("de").t("users.noSuchName", { name: "$t(failure.restarting) {{count}}" })).toBe(
      "Kein Roblox-Benutzer heißt $t(failure.restarting) {{count}}.",
    );
  });

  it("falls back to the base language, then en-US", () => {
    const cases: Array<[string | undefined, LocaleId]> = [
      ["pt-BR", "pt-BR"],
      ["es-419", "es-ES"],
      ["en-GB", "en-US"],
      ["de", "de"],
      ["ko", "en-US"],
      [undefined, "en-US"],
    ];
    for (const [tag, expected] of cases) expect(resolveLocale(tag), String(tag)).toBe(expected);
    expect(translatorFor("es-419").t("upload.listTitle")).toBe("Tus subidas");
  });

  it("writes numbers, sizes and durations with the locale's own digits and units", () => {
    expect(translatorFor("de").t("inventory.tooManyIds", { max: 25, given: 5000 })).toContain("5.000");
    expect(translatorFor("fr").bytes(1536)).toBe("1,5\u202fko");
    expect(translatorFor("en-US").duration(125_000)).toBe("2 min 5 sec");
    expect(translatorFor("ja").list(["A", "B"], "or")).toBe("AまたはB");
  });
});

describe("command localisations", () => {
  // discord-api-docs interactions/application-commands: Application Command Naming.
  const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

  it("gives every command, option and choice a valid name and description in every locale", () => {
    type Entity = {
      name: string;
      description?: string;
      name_localizations?: Record<string, string> | null;
      description_localizations?: Record<string, string> | null;
      options?: Entity[];
      choices?: Entity[];
    };
    const visit = (entity: Entity, kind: "command" | "option" | "choice") => {
      for (const name of Object.values(entity.name_localizations ?? {})) {
        if (kind === "choice") expect(name.length, name).toBeLessThanOrEqual(100);
        else {
          expect(name, `${entity.name}`).toMatch(NAME);
          expect(name, `${entity.name}`).toBe(name.toLowerCase());
        }
      }
      for (const description of Object.values(entity.description_localizations ?? {})) {
        expect(description.length, description).toBeLessThanOrEqual(100);
      }
      for (const option of entity.options ?? []) visit(option, "option");
      for (const choice of entity.choices ?? []) visit(choice, "choice");
    };
    for (const command of commands) visit(localiseCommand(command.data) as Entity, "command");
  });

  it("keeps option names unique within a command in every locale", () => {
    for (const command of commands) {
      const localised = localiseCommand(command.data);
      for (const locale of Object.keys(localised.name_localizations ?? {})) {
        const names = (localised.options ?? []).map(
          (option) => (option.name_localizations as Record<string, string> | null | undefined)?.[locale],
        );
        expect(new Set(names).size, `/${command.data.name} in ${locale}`).toBe(names.length);
      }
    }
  });
});
