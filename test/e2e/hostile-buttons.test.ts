import { ApplicationCommandType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Command } from "../../src/commands/types.js";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { type Harness, startHarness } from "../support/harness.js";
import { verbatim } from "../support/localized.js";

const OWNER = { id: "500000000000000001", username: "owner" };
const STRANGER = { id: "500000000000000002", username: "stranger" };

let harness: Harness;
const tried = new Map<string, number>();

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  console.info("forged button presses tried:", Object.fromEntries(tried));
  harness?.assertClean();
  await harness?.close();
});

async function groupsList(user: typeof OWNER): Promise<MessageState> {
  const userId = harness.roblox.world.subjects.manyGroupsUser.userId;
  const handle = harness.discord.runCommand({ name: "groups", options: { user: userId }, user });
  return handle.waitFor((m) => !m.loading && m.components.length > 0, 15_000);
}

function customIds(message: MessageState): string[] {
  const row = message.components[0] as { components: Array<{ custom_id: string }> };
  return row.components.map((button) => button.custom_id);
}

const sessionOf = (message: MessageState) => customIds(message)[0]?.split(":")[2] ?? "";
const snapshot = (id: string) => {
  const message = harness.discord.messages.get(id);
  return JSON.stringify({
    embeds: message?.embeds,
    components: message?.components,
    content: message?.content,
  });
};

/** Presses `customId` on `message` and expects a private plain notice matching `expected`, and no change. */
async function expectRefused(
  label: string,
  press: () => InteractionHandle,
  watched: MessageState[],
  expected: RegExp,
): Promise<void> {
  const before = watched.map((message) => snapshot(message.id));
  const handle = press();
  const notice = await handle.waitFor((m) => m.ephemeral && m.content !== "", 10_000);
  expect(notice.content, label).toMatch(expected);
  // A wrongly accepted press would have changed a message by the time the bot has handled it.
  await harness.settled();
  expect(
    watched.map((message) => snapshot(message.id)),
    label,
  ).toEqual(before);
  tried.set(label, (tried.get(label) ?? 0) + 1);
}

describe("forged and foreign button presses", () => {
  it("change nothing and tell the clicker plainly", async () => {
    const list = await groupsList(OWNER);
    const theirs = await groupsList(STRANGER);
    const session = sessionOf(list);
    const next = `pg:v2:${session}:0:next`;
    const watched = [list, theirs];
    const notYours = /Only the person who ran this command can turn its pages/;
    const noLonger = /no longer work/;

    await expectRefused(
      "another user's list",
      () => harness.discord.click(list, next, { user: STRANGER }),
      watched,
      notYours,
    );
    await expectRefused(
      "another user's session id on one's own message",
      () => harness.discord.forgeClick(theirs, next, { user: STRANGER }),
      watched,
      notYours,
    );
    const tampered: Array<[string, string, RegExp]> = [
      ["unknown action", `pg:v2:${session}:0:jump`, noLonger],
      ["extra field", `pg:v2:${session}:0:next:again`, noLonger],
      ["missing field", `pg:v2:${session}:next`, noLonger],
      ["session with a bad character", `pg:v2:${session.slice(0, 11)}$:0:next`, noLonger],
      ["session too long", `pg:v2:${session}x:0:next`, noLonger],
      ["unknown version", `pg:v1:${session}:next`, noLonger],
      ["unknown namespace", `zz:v2:${session}:0:next`, noLonger],
      ["no namespace at all", ":::", noLonger],
      ["empty custom_id", "", noLonger],
      ["over-long (300 characters)", `${next}${"x".repeat(300 - next.length)}`, noLonger],
      ["a page number out of range", `pg:v2:${session}:1234567:next`, noLonger],
      ["well-formed but unknown session", "pg:v2:AAAAAAAAAAAA:0:next", /expired/],
    ];
    for (const [label, customId, expected] of tampered) {
      await expectRefused(
        label,
        () => harness.discord.forgeClick(list, customId, { user: OWNER }),
        watched,
        expected,
      );
    }
  });

  it("tell the owner plainly when the list expired, and turn its buttons off", async () => {
    const list = await groupsList(OWNER);
    const session = sessionOf(list);
    await harness.bot()?.context.stores.sessions.delete(session);
    const handle = harness.discord.click(list, `pg:v2:${session}:0:next`, { user: OWNER });
    const notice = await handle.waitFor((m) => m.ephemeral && m.content !== "", 10_000);
    expect(notice.content).toMatch(/This list has expired/);
    await expect
      .poll(() =>
        (
          (harness.discord.messages.get(list.id)?.components[0] ?? { components: [] }) as {
            components: Array<{ disabled?: boolean }>;
          }
        ).components.every((b) => b.disabled),
      )
      .toBe(true);
    expect(JSON.stringify(harness.discord.messages.get(list.id)?.embeds)).toBe(JSON.stringify(list.embeds));
    tried.set("expired session", 1);
  });
});

describe("secrets never leave the bot", () => {
  const leakCommand = (name: string, leak: Command["execute"]): Command => ({
    data: { type: ApplicationCommandType.ChatInput, name, description: `leaks on purpose: ${name}` },
    defer: "ephemeral",
    execute: leak,
  });

  it.each([
    [
      "an interaction token in a message",
      leakCommand("leak-message", async (i) => void (await i.editReply(verbatim(`token ${i.token}`)))),
    ],
    [
      "an interaction token in a log line",
      leakCommand("leak-log", async (i, { logger }) => {
        logger.info(`handling with token ${i.token}`);
        await i.editReply(verbatim("done"));
      }),
    ],
    [
      "an interaction token in an error",
      leakCommand("leak-error", async (i) => {
        throw new Error(`failed for ${i.token}`);
      }),
    ],
    [
      "the API key in an error",
      leakCommand("leak-key", async (_i, { config }) => {
        throw new Error(`request failed with key ${config.roblox.apiKey}`);
      }),
    ],
  ])("assertClean catches %s", async (_, command) => {
    const leaky = await startHarness({ commands: [command] });
    try {
      const handle = leaky.discord.runCommand({ name: command.data.name });
      await handle.waitFor((m) => !m.loading, 10_000);
      await leaky.settled();
      if (command.data.name === "leak-key") {
        // The logger scrubs the exact key from every line, so this one must come out clean.
        expect(() => leaky.assertClean()).not.toThrow();
      } else {
        expect(() => leaky.assertClean()).toThrow(/secret/);
      }
    } finally {
      await leaky.close();
    }
  });
});
