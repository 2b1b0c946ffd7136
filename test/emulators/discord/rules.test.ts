import {
  type ChatInputCommandInteraction,
  type Client,
  DiscordAPIError,
  Events,
  type Interaction,
  type InteractionReplyOptions,
  Routes,
} from "discord.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type DiscordEmulator, startDiscordEmulator } from "./index.js";
import { connectClient } from "./test-client.js";

let emu: DiscordEmulator;
let client: Client<true>;
/** Each test receives the next chat-input interaction here and decides what the bot does. */
let pending: Array<(interaction: ChatInputCommandInteraction) => void> = [];

function nextInteraction(): Promise<ChatInputCommandInteraction> {
  return new Promise((resolve) => pending.push(resolve));
}

async function apiError(promise: Promise<unknown>): Promise<DiscordAPIError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DiscordAPIError) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

beforeAll(async () => {
  emu = await startDiscordEmulator();
  client = await connectClient(emu);
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (interaction.isChatInputCommand()) pending.shift()?.(interaction);
  });
});

afterAll(async () => {
  await client?.destroy();
  await emu?.close();
});

beforeEach(() => {
  pending = [];
  emu.violations.length = 0;
});

describe("Discord's timing rules", () => {
  it("refuses a callback after 3 s with 10062 Unknown interaction", async () => {
    const received = nextInteraction();
    const handle = emu.runCommand({ name: "late" });
    const interaction = await received;
    emu.clock.advance(3_001);
    const error = await apiError(interaction.reply("too late"));
    expect(error.code).toBe(10062);
    expect(error.status).toBe(404);
    expect(error.message).toBe("Unknown interaction");
    await expect(handle.ack(500)).rejects.toThrow(/not acknowledged within 3 s/);
    expect(handle.message()).toBeUndefined();
  });

  it("applies the 3 s rule in real time by default", async () => {
    const started = emu.clock.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(emu.clock.now() - started).toBeGreaterThanOrEqual(40);
  });

  it("answers a second acknowledgement with 40060", async () => {
    const received = nextInteraction();
    const handle = emu.runCommand({ name: "twice" });
    const interaction = await received;
    await interaction.reply("one");
    // discord.js refuses a second reply itself, so send the raw callback as a buggy bot would.
    const error = await apiError(
      client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type: 4, data: { content: "two" } },
        auth: false,
      }),
    );
    expect(error.code).toBe(40060);
    expect(error.status).toBe(400);
    expect(error.message).toBe("Interaction has already been acknowledged.");
    expect((await handle.reply()).content).toBe("one");
  });

  it("keeps the token for 15 minutes, then answers 50027 Invalid Webhook Token", async () => {
    const received = nextInteraction();
    const handle = emu.runCommand({ name: "long" });
    const interaction = await received;
    await interaction.deferReply();
    emu.clock.advance(14 * 60_000);
    await interaction.editReply("still in time");
    expect((await handle.reply()).content).toBe("still in time");
    emu.clock.advance(60_001);
    const error = await apiError(interaction.editReply("too late"));
    expect(error.code).toBe(50027);
    expect(error.status).toBe(401);
    const followUpError = await apiError(interaction.followUp("too late"));
    expect(followUpError.code).toBe(50027);
    expect(handle.message()?.content).toBe("still in time");
  });
});

describe("body validation (raw JSON, so discord.js builders cannot pre-empt it)", () => {
  const longEmbeds: Array<[string, InteractionReplyOptions, string, string]> = [
    [
      "a 257-character title",
      { embeds: [{ title: "t".repeat(257) }] },
      "data.embeds.0.title",
      "BASE_TYPE_MAX_LENGTH",
    ],
    [
      "more than 6000 characters across embeds",
      { embeds: [{ description: "d".repeat(3500) }, { description: "d".repeat(3500) }] },
      "data.embeds",
      "MAX_EMBED_SIZE_EXCEEDED",
    ],
    [
      "26 fields",
      { embeds: [{ fields: Array.from({ length: 26 }, (_, i) => ({ name: `f${i}`, value: "v" })) }] },
      "data.embeds.0.fields",
      "BASE_TYPE_MAX_LENGTH",
    ],
    [
      "a 1025-character field value",
      { embeds: [{ fields: [{ name: "n", value: "v".repeat(1025) }] }] },
      "data.embeds.0.fields.0.value",
      "BASE_TYPE_MAX_LENGTH",
    ],
    [
      "a color out of range (spec only)",
      { embeds: [{ title: "x", color: 0x1000000 }] },
      "data.embeds.0.color",
      "NUMBER_TYPE_MAX",
    ],
    ["2001 characters of content", { content: "c".repeat(2001) }, "data.content", "BASE_TYPE_MAX_LENGTH"],
    [
      "six action rows",
      {
        content: "rows",
        components: Array.from({ length: 6 }, (_, i) => ({
          type: 1,
          components: [{ type: 2, style: 1, custom_id: `b${i}`, label: "B" }],
        })),
      },
      "data.components",
      "BASE_TYPE_MAX_LENGTH",
    ],
    [
      "a 101-character custom_id",
      {
        content: "id",
        components: [
          { type: 1, components: [{ type: 2, style: 1, custom_id: "c".repeat(101), label: "B" }] },
        ],
      },
      "data.components.0.components.0.custom_id",
      "BASE_TYPE_MAX_LENGTH",
    ],
  ];

  it.each(longEmbeds)("rejects %s with 50035 and records the violation", async (_name, body, path, code) => {
    const received = nextInteraction();
    const handle = emu.runCommand({ name: "bad" });
    const interaction = await received;
    const error = await apiError(interaction.reply(body));
    expect(error.code).toBe(50035);
    expect(error.status).toBe(400);
    expect(error.message).toContain("Invalid Form Body");
    expect(emu.violations).toHaveLength(1);
    expect(emu.violations[0]?.issues).toContainEqual(expect.objectContaining({ path, code }));
    // An invalid body does not use up the acknowledgement: the bot can still answer properly.
    await interaction.reply("fallback");
    expect((await handle.reply()).content).toBe("fallback");
  });

  it("nests the error tree the way Discord does", async () => {
    const received = nextInteraction();
    emu.runCommand({ name: "bad" });
    const interaction = await received;
    const error = await apiError(interaction.reply({ embeds: [{ title: "t".repeat(300) }] }));
    expect(error.rawError).toEqual({
      code: 50035,
      message: "Invalid Form Body",
      errors: {
        data: {
          embeds: {
            "0": {
              title: {
                _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 256 or fewer in length." }],
              },
            },
          },
        },
      },
    });
    await interaction.reply("fallback");
  });
});
