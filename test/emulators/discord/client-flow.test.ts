import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type Client,
  EmbedBuilder,
  Events,
  type Interaction,
  MessageFlags,
} from "discord.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MEMBER_PERMISSIONS, type DiscordEmulator, startDiscordEmulator } from "./index.js";
import { connectClient } from "./test-client.js";

/** The test's own tiny bot: each test installs the handler it needs. */
let onInteraction: (interaction: Interaction) => Promise<void> = async () => {};
const handlerErrors: unknown[] = [];

let emu: DiscordEmulator;
let client: Client<true>;

beforeAll(async () => {
  emu = await startDiscordEmulator({ heartbeatIntervalMs: 1_000 });
  client = await connectClient(emu);
  client.on(Events.InteractionCreate, (interaction) => {
    onInteraction(interaction).catch((error: unknown) => handlerErrors.push(error));
  });
});

afterAll(async () => {
  await client?.destroy();
  await emu?.close();
});

afterEach(() => {
  expect(handlerErrors).toEqual([]);
  expect(emu.violations).toEqual([]);
});

function pageView(page: number) {
  const embed = new EmbedBuilder().setTitle(`Page ${page}`).setDescription(`Items of page ${page}`);
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(`page:${page - 1}`)
      .setLabel("Back")
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(page === 1),
    new ButtonBuilder()
      .setCustomId(`page:${page + 1}`)
      .setLabel("Next")
      .setStyle(ButtonStyle.Primary),
    new ButtonBuilder()
      .setCustomId(`jump:${page + 5}`)
      .setLabel("Jump")
      .setStyle(ButtonStyle.Primary),
  );
  return { embeds: [embed], components: [row] };
}

describe("the real discord.js client against the emulator", () => {
  it("reaches ready with the bot user, application and seeded guild", () => {
    expect(client.isReady()).toBe(true);
    expect(client.user.id).toBe(emu.botUserId);
    expect(client.application.id).toBe(emu.applicationId);
    const guild = client.guilds.cache.get(emu.guilds[0]!.id);
    expect(guild?.name).toBe(emu.guilds[0]!.name);
    expect(guild?.members.me?.id).toBe(emu.botUserId);
    expect(emu.gatewayConnections()).toBe(1);
  });

  it("runs a command defined in the test and gets its reply", async () => {
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand() && interaction.commandName === "echo") {
        await interaction.reply(`echo: ${interaction.options.getString("text", true)}`);
      }
    };
    const handle = emu.runCommand({ name: "echo", options: { text: "hello" } });
    const ack = await handle.ack();
    expect(ack.type).toBe(4);
    const reply = await handle.reply();
    expect(reply.content).toBe("echo: hello");
    expect(reply.ephemeral).toBe(false);
    expect(reply.interactionId).toBe(handle.id);
    expect(emu.requests.at(-1)).toMatchObject({
      method: "POST",
      route: "/interactions/:id/:token/callback",
      status: 204,
    });
  });

  it("passes options of every type we use, with member permissions, locale and limits", async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const target = interaction.options.getUser("target", true);
      await interaction.reply({
        content: JSON.stringify({
          text: interaction.options.getString("text"),
          count: interaction.options.getInteger("count"),
          flag: interaction.options.getBoolean("flag"),
          target: target.username,
          targetMember: interaction.options.getMember("target") !== null,
          permissions: interaction.memberPermissions?.bitfield.toString(),
          admin: interaction.memberPermissions?.has("Administrator"),
          locale: interaction.locale,
          guildLocale: interaction.guildLocale,
          limit: interaction.attachmentSizeLimit,
          app: interaction.appPermissions?.has("SendMessages"),
          user: interaction.user.username,
          context: interaction.context,
        }),
        flags: MessageFlags.Ephemeral,
      });
    };
    const handle = emu.runCommand({
      name: "kinds",
      user: { id: "200000000000000002", username: "alice" },
      locale: "de",
      options: { text: "x", count: 7, flag: true, target: { id: "300000000000000003", username: "bob" } },
    });
    const reply = await handle.reply();
    expect(reply.ephemeral).toBe(true);
    expect(JSON.parse(reply.content)).toEqual({
      text: "x",
      count: 7,
      flag: true,
      target: "bob",
      targetMember: true,
      permissions: DEFAULT_MEMBER_PERMISSIONS,
      admin: false,
      locale: "de",
      guildLocale: "en-US",
      limit: 10_485_760,
      app: true,
      user: "alice",
      context: 0,
    });
  });

  it("delivers DM interactions with a user and no guild", async () => {
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply(
          `dm=${!interaction.inGuild()} member=${interaction.member === null} ctx=${interaction.context}`,
        );
      }
    };
    const reply = await emu.runCommand({ name: "whoami", guildId: null }).reply();
    expect(reply.content).toBe("dm=true member=true ctx=1");
    expect(reply.guildId).toBeNull();
  });

  it("defers, then edits the placeholder", async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await new Promise((resolve) => setTimeout(resolve, 30));
      await interaction.editReply({ content: "done", embeds: [{ title: "Result", description: "ok" }] });
    };
    const handle = emu.runCommand({ name: "slow" });
    expect((await handle.ack()).type).toBe(5);
    const reply = await handle.reply();
    expect(reply.content).toBe("done");
    expect(reply.loading).toBe(false);
    expect(reply.embeds[0]).toMatchObject({ title: "Result", type: "rich" });
    expect(reply.editHistory).toHaveLength(1);
    expect(reply.editHistory[0]?.loading).toBe(true);
  });

  it("turns the first follow-up after a defer into the placeholder, later ones into new messages", async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.followUp("first");
      await interaction.followUp({ content: "second", flags: MessageFlags.Ephemeral });
    };
    const handle = emu.runCommand({ name: "steps" });
    const second = await handle.waitFor((m) => m.content === "second");
    expect(second.role).toBe("follow-up");
    expect(handle.message()?.content).toBe("first");
    expect(handle.message()?.ephemeral).toBe(true);
    expect(handle.followUps().map((m) => m.content)).toEqual(["second"]);
  });

  it("sends an embed with buttons that a click updates (type 7 and type 6 + edit)", async () => {
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply(pageView(1));
      if (interaction.isButton() && interaction.customId.startsWith("page:")) {
        await interaction.update(pageView(Number(interaction.customId.split(":")[1])));
      }
      if (interaction.isButton() && interaction.customId.startsWith("jump:")) {
        await interaction.deferUpdate();
        await interaction.editReply(pageView(Number(interaction.customId.split(":")[1])));
      }
    };
    const first = await emu.runCommand({ name: "pages" }).reply();
    expect(first.embeds[0]?.title).toBe("Page 1");
    expect(() => emu.click(first, "page:0")).toThrow(/disabled/);

    const click = emu.click(first, "page:2", { user: { id: "400000000000000004", username: "carol" } });
    expect((await click.ack()).type).toBe(7);
    const second = await click.reply();
    expect(second.id).toBe(first.id);
    expect(second.embeds[0]?.title).toBe("Page 2");
    expect(second.editHistory).toHaveLength(1);

    const jump = emu.click(second, "jump:7");
    expect((await jump.ack()).type).toBe(6);
    const jumped = await jump.reply();
    expect(jumped.id).toBe(first.id);
    expect(jumped.embeds[0]?.title).toBe("Page 7");
    expect(emu.messages.get(first.id)?.editHistory).toHaveLength(2);
  });

  it("receives an attachment from the CDN and replies with a file (multipart)", async () => {
    const original = Buffer.from("hello from a test file");
    const attachment = emu.addAttachment({ name: "note.txt", data: original, contentType: "text/plain" });
    expect(attachment.url.startsWith(`${emu.cdnUrl}/ephemeral-attachments/${emu.applicationId}/`)).toBe(true);
    expect(attachment.ephemeral).toBe(true);
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      const file = interaction.options.getAttachment("file", true);
      const bytes = Buffer.from(await (await fetch(file.url)).arrayBuffer());
      await interaction.editReply({
        content: `got ${file.name} (${file.size} bytes, ${file.contentType})`,
        files: [{ attachment: Buffer.from(bytes.toString("utf8").toUpperCase()), name: "shout.txt" }],
      });
    };
    const reply = await emu.runCommand({ name: "shout", options: { file: attachment } }).reply();
    expect(reply.content).toBe(`got note.txt (${original.length} bytes, text/plain)`);
    expect(reply.attachments).toHaveLength(1);
    expect(reply.attachments[0]?.filename).toBe("shout.txt");
    expect(reply.attachments[0]?.data.toString("utf8")).toBe("HELLO FROM A TEST FILE");
    const served = await fetch(reply.attachments[0]!.url);
    expect(await served.text()).toBe("HELLO FROM A TEST FILE");
    const edit = emu.requests.findLast((r) => r.method === "PATCH");
    expect(edit?.path).toMatch(/^\/webhooks\/\d+\/:token\/messages\/@original$/);
    expect(edit?.files).toEqual([
      { field: "files[0]", filename: "shout.txt", size: 22, contentType: expect.any(String) },
    ]);
  });

  it("answers autocomplete with the bot's choices", async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond(
        ["apple", "apricot", "banana"].filter((f) => f.startsWith(typed)).map((f) => ({ name: f, value: f })),
      );
    };
    const choices = await emu.autocomplete({ name: "fruit", options: { query: "ap" }, focused: "query" });
    expect(choices.map((c) => c.value)).toEqual(["apple", "apricot"]);
  });

  it("stores registered commands with ids and uses their option types", async () => {
    const registered = await client.application.commands.set([
      {
        name: "roll",
        description: "Roll dice",
        options: [{ name: "sides", description: "Sides", type: 10, required: true }],
      },
    ]);
    const roll = registered.first();
    expect(emu.commands.get("global")?.[0]?.id).toBe(roll?.id);
    const again = await client.application.commands.set([
      {
        name: "roll",
        description: "Roll dice again",
        options: [{ name: "sides", description: "Sides", type: 10 }],
      },
    ]);
    expect(again.first()?.id).toBe(roll?.id);
    expect((await client.application.commands.fetch()).size).toBe(1);

    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply(`${interaction.commandId}:${interaction.options.getNumber("sides")}`);
      }
    };
    const reply = await emu.runCommand({ name: "roll", options: { sides: 6 } }).reply();
    expect(reply.content).toBe(`${roll?.id}:6`);
  });
});
