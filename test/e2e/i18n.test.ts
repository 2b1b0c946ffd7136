import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { definitionsFor } from "../../src/cli/registration/index.js";
import { commands } from "../../src/commands/index.js";
import { DISCORD_LOCALISATIONS } from "../../src/i18n/locales.js";
import type { MessageState } from "../emulators/discord/types.js";
import { type Harness, startHarness } from "../support/harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ store: "sqlite" });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

/** A Brazilian member in a German server. */
const MEMBER = { id: "300000000000000021", username: "jogador" };
const WHERE = { user: MEMBER, locale: "pt-BR", guildLocale: "de" } as const;

interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: Array<{ name: string; value: string }>;
}
const embedOf = (message: MessageState) => message.embeds[0] as Embed;

async function run(options: Record<string, unknown>): Promise<MessageState> {
  const handle = harness.discord.runCommand({ name: "inventory", options, ...WHERE });
  return handle.waitFor((m) => !m.loading && (m.embeds.length > 0 || m.content.length > 0));
}

describe("/inventory by a pt-BR member in a de server", () => {
  it("answers privately in Portuguese and publicly in German", async () => {
    const rich = harness.roblox.world.subjects.richUser;
    const privately = await run({ user: rich.username, asset_types: "Hat", private: true });
    expect(privately.ephemeral).toBe(true);
    expect(embedOf(privately).title).toBe(`Inventário de Rich Collector (@${rich.username})`);
    expect(embedOf(privately).description?.split("\n")[0]).toBe("**Mostrando:** Recursos: Chapéu");
    expect(embedOf(privately).footer?.text).toMatch(/^Página 1 · mais itens nas próximas páginas/);

    const publicly = await run({ user: rich.username, asset_types: "Hat" });
    expect(publicly.ephemeral).toBe(false);
    expect(embedOf(publicly).title).toBe(`Inventar von Rich Collector (@${rich.username})`);
    expect(embedOf(publicly).description?.split("\n")[0]).toBe("**Angezeigt:** Assets: Hut");
    expect(embedOf(publicly).footer?.text).toMatch(/^Seite 1 · weitere Gegenstände auf den nächsten Seiten/);
    const pager = publicly.components[0] as { components: Array<{ label?: string; custom_id: string }> };
    expect(pager.components.map((button) => button.label)).toContain("Seite 1");

    // The next page keeps the list's language, whoever presses.
    const next = pager.components.find((button) => button.custom_id.endsWith(":next"));
    const click = harness.discord.click(publicly, next!.custom_id, { user: MEMBER, locale: "pt-BR" });
    await click.ack();
    expect(embedOf(await click.reply()).footer?.text).toMatch(/^Seite 2 /);
  });

  it("reads asset types typed in Portuguese, and refuses in the member's language even in public", async () => {
    const rich = harness.roblox.world.subjects.richUser;
    const hats = await run({ user: rich.username, asset_types: "chapéus" });
    expect(embedOf(hats).description?.split("\n")[0]).toBe("**Angezeigt:** Assets: Hut");

    const handle = harness.discord.runCommand({
      name: "inventory",
      options: { user: rich.username, asset_types: "xyzzy" },
      ...WHERE,
    });
    const notice = await handle.waitFor((m) => m.ephemeral && m.content.length > 0);
    expect(notice.content).toBe(
      "Em tipos_de_recurso, “xyzzy” não é um tipo de recurso do inventário. Comece a digitar na opção para escolher da lista, como Chapéu ou Camisa clássica.",
    );
  });

  it("completes asset types in the member's language, matching Portuguese and English, with English values", async () => {
    const rich = harness.roblox.world.subjects.richUser;
    const complete = (typed: string) =>
      harness.discord.autocomplete({
        name: "inventory",
        options: { user: rich.username, asset_types: typed },
        focused: "asset_types",
        ...WHERE,
      });
    expect((await complete("camisa cl"))[0]).toEqual({ name: "Camisa clássica", value: "CLASSIC_SHIRT" });
    expect((await complete("classic sh"))[0]).toEqual({ name: "Camisa clássica", value: "CLASSIC_SHIRT" });
    expect((await complete("Chapéu, cabe"))[0]).toEqual({
      name: "Chapéu, Cabeça clássica",
      value: "HAT,CLASSIC_HEAD",
    });
  });
});

describe("registration", () => {
  it("carries every localisation, and Discord's rules accept it", async () => {
    const { discord } = harness;
    const body = definitionsFor(
      { applicationId: discord.applicationId, guildId: undefined },
      commands.map((c) => c.data),
    );
    const response = await fetch(`${discord.apiUrl}/v10/applications/${discord.applicationId}/commands`, {
      method: "PUT",
      headers: { authorization: `Bot ${discord.token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    expect(discord.violations).toEqual([]);
    const locales = Object.keys(DISCORD_LOCALISATIONS).sort();
    type Localised = {
      name: string;
      name_localizations?: Record<string, string>;
      description_localizations?: Record<string, string>;
      options?: Localised[];
      choices?: Localised[];
    };
    const visit = (entity: Localised, isChoice: boolean): void => {
      expect(Object.keys(entity.name_localizations ?? {}).sort(), entity.name).toEqual(locales);
      if (!isChoice)
        expect(Object.keys(entity.description_localizations ?? {}).sort(), entity.name).toEqual(locales);
      for (const option of entity.options ?? []) visit(option, false);
      for (const choice of entity.choices ?? []) visit(choice, true);
    };
    for (const command of (discord.commands.get("global") ?? []) as unknown as Localised[])
      visit(command, false);
    const inventory = discord.commands
      .get("global")
      ?.find((command) => command.name === "inventory") as unknown as Localised;
    expect(inventory.name_localizations).toMatchObject({
      "pt-BR": "inventário",
      de: "inventar",
      ja: "インベントリ",
    });
  });
});
