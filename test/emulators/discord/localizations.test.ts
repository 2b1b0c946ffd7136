import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";

let emu: DiscordEmulator;
beforeAll(async () => {
  emu = await startDiscordEmulator();
});
afterAll(async () => {
  await emu.close();
});

const commandsUrl = (query = "") => `${emu.apiUrl}/v10/applications/${emu.applicationId}/commands${query}`;
const auth = () => ({ authorization: `Bot ${emu.token}`, "content-type": "application/json" });
const put = (body: unknown) =>
  fetch(commandsUrl(), { method: "PUT", headers: auth(), body: JSON.stringify(body) });

const localised = {
  name: "inventory",
  description: "Browse an inventory",
  name_localizations: { de: "inventar", ja: "インベントリ" },
  description_localizations: { de: "Ein Inventar durchsuchen" },
  options: [
    {
      type: 3,
      name: "type",
      description: "A type",
      name_localizations: { "pt-BR": "tipo" },
      choices: [{ name: "Hat", value: "HAT", name_localizations: { de: "Hut" } }],
    },
  ],
};

describe("command localisations", () => {
  it("lists the dictionaries only with with_localizations=true, the requester's locale otherwise", async () => {
    expect((await put([localised])).status).toBe(200);
    const full = (await (
      await fetch(commandsUrl("?with_localizations=true"), { headers: auth() })
    ).json()) as Array<
      Record<string, unknown> & {
        options: Array<Record<string, unknown> & { choices: Array<Record<string, unknown>> }>;
      }
    >;
    expect(full[0]?.name_localizations).toEqual(localised.name_localizations);
    expect(full[0]?.options[0]?.name_localizations).toEqual({ "pt-BR": "tipo" });
    expect(full[0]?.options[0]?.description_localizations).toBeNull();
    expect(full[0]?.options[0]?.choices[0]?.name_localizations).toEqual({ de: "Hut" });

    const plain = (await (
      await fetch(commandsUrl(), { headers: { ...auth(), "x-discord-locale": "de" } })
    ).json()) as Array<Record<string, unknown>>;
    expect(plain[0]).not.toHaveProperty("name_localizations");
    expect(plain[0]?.name_localized).toBe("inventar");
    expect(plain[0]?.description_localized).toBe("Ein Inventar durchsuchen");
  });

  it.each([
    [
      "an upper-case localised name",
      { name_localizations: { de: "Inventar" } },
      "0.name_localizations.de",
      "APPLICATION_COMMAND_INVALID_NAME",
    ],
    [
      "a name with a space",
      { name_localizations: { fr: "mon inventaire" } },
      "0.name_localizations.fr",
      "APPLICATION_COMMAND_INVALID_NAME",
    ],
    [
      "a locale Discord does not have",
      { name_localizations: { pt: "inventario" } },
      "0.name_localizations.pt",
      "LOCALE_INVALID",
    ],
    [
      "a description over 100",
      { description_localizations: { de: "x".repeat(101) } },
      "0.description_localizations.de",
      "BASE_TYPE_MAX_LENGTH",
    ],
  ])("refuses %s", async (_, change, path, code) => {
    const before = emu.violations.length;
    expect((await put([{ ...localised, ...change }])).status).toBe(400);
    expect(emu.violations.slice(before).flatMap((violation) => violation.issues)).toContainEqual(
      expect.objectContaining({ path, code }),
    );
  });

  it("counts the longest localisation of each field toward the 8000 characters", async () => {
    const option = (index: number) => ({
      type: 3,
      name: `o${index}`,
      description: "short",
      description_localizations: { de: "d".repeat(100) },
      choices: Array.from({ length: 25 }, (_, choice) => ({
        name: `c${choice}`,
        value: `v${choice}`,
        name_localizations: { ja: "n".repeat(100) },
      })),
    });
    // 4 options × (25 × ~103 + ~103): over 8000 only because of the localisations.
    const body = [{ name: "big", description: "d", options: [0, 1, 2, 3].map(option) }];
    const before = emu.violations.length;
    expect((await put(body)).status).toBe(400);
    expect(emu.violations.slice(before).flatMap((violation) => violation.issues)).toContainEqual(
      expect.objectContaining({ code: "APPLICATION_COMMAND_TOO_LARGE" }),
    );
    const english = [
      {
        name: "big",
        description: "d",
        options: [0, 1, 2, 3].map((index) => ({
          ...option(index),
          description_localizations: undefined,
          choices: option(index).choices.map(({ name, value }) => ({ name, value })),
        })),
      },
    ];
    expect((await put(english)).status).toBe(200);
  });
});
