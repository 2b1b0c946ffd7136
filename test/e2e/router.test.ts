import { ApplicationCommandType, ButtonStyle, ComponentType } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Command, ComponentHandler } from "../../src/commands/types.js";
import { userError } from "../../src/errors.js";
import { type Harness, startHarness } from "../support/harness.js";
import { verbatim } from "../support/localized.js";

const INTERNAL_DETAIL = "SQLITE_IOERR at /var/lib/bot/internal.db";
let releaseSlow: () => void = () => {};

function command(name: string, defer: Command["defer"], execute: Command["execute"]): Command {
  return {
    data: { type: ApplicationCommandType.ChatInput, name, description: `test command ${name}` },
    defer,
    execute,
  };
}

const commands: Command[] = [
  command("user-error-public", "public", async () => {
    throw userError("users.noSuchName", { name: "nobody" });
  }),
  command("user-error-private", "ephemeral", async () => {
    throw userError("users.noSuchName", { name: "nobody" });
  }),
  command("user-error-undeferred", "none", async () => {
    throw userError("upload.serverOnly");
  }),
  command("bug", "public", async () => {
    throw new Error(INTERNAL_DETAIL);
  }),
  command("with-button", "public", async (interaction) => {
    await interaction.editReply({
      content: verbatim("press it"),
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: "boom:v1:x", label: "Go" },
            {
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              custom_id: "gone:v9:old",
              label: "Old",
            },
          ],
        },
      ],
    });
  }),
  command("slow", "public", async (interaction) => {
    await new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    await interaction.editReply(verbatim("finished"));
  }),
];

const components: ComponentHandler[] = [
  {
    namespace: "boom",
    async handle() {
      throw userError("pager.expired");
    },
  },
];

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ commands, components });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

describe("the router's one error path", () => {
  it("replaces a public placeholder with a private notice for a user error", async () => {
    const handle = harness.discord.runCommand({ name: "user-error-public" });
    expect((await handle.ack()).type).toBe(5);
    const notice = await handle.waitFor((m) => m.role === "follow-up");
    expect(notice.ephemeral).toBe(true);
    expect(notice.content).toBe("No Roblox user is named nobody.");
    await expect.poll(() => handle.message()?.deleted).toBe(true);
  });

  it("edits a private placeholder with a user error", async () => {
    const handle = harness.discord.runCommand({ name: "user-error-private" });
    const message = await handle.waitFor((m) => !m.loading);
    expect(message.ephemeral).toBe(true);
    expect(message.content).toBe("No Roblox user is named nobody.");
    expect(handle.followUps()).toHaveLength(0);
  });

  it("replies privately when the command had not deferred", async () => {
    const handle = harness.discord.runCommand({ name: "user-error-undeferred" });
    expect((await handle.ack()).type).toBe(4);
    const message = await handle.reply();
    expect(message.ephemeral).toBe(true);
    expect(message.content).toBe("Uploads work only in a server.");
  });

  it("answers an unexpected error with a reference and logs the details", async () => {
    const handle = harness.discord.runCommand({ name: "bug" });
    const notice = await handle.waitFor((m) => m.role === "follow-up");
    expect(notice.ephemeral).toBe(true);
    expect(notice.content).toContain(handle.id);
    expect(notice.content).not.toContain("SQLITE");
    const logged = harness.logs.filter((line) => line.includes(handle.id) && line.includes('"level":50'));
    expect(logged.some((line) => line.includes(INTERNAL_DETAIL))).toBe(true);
  });

  it("tells the clicker privately when a button handler fails, leaving the message alone", async () => {
    const message = await harness.discord.runCommand({ name: "with-button" }).waitFor((m) => !m.loading);
    const click = harness.discord.click(message, "boom:v1:x");
    expect((await click.ack()).type).toBe(6);
    const notice = await click.waitFor((m) => m.role === "follow-up");
    expect(notice.ephemeral).toBe(true);
    expect(notice.content).toBe("This list has expired. Run the command again to browse it.");
    expect(harness.discord.messages.get(message.id)?.content).toBe("press it");
  });

  it("answers a button it does not know privately", async () => {
    const message = await harness.discord.runCommand({ name: "with-button" }).waitFor((m) => !m.loading);
    const click = harness.discord.click(message, "gone:v9:old");
    const reply = await click.reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/no longer work/);
  });

  it("finishes work in flight on shutdown and politely refuses new work", async () => {
    const slow = harness.discord.runCommand({ name: "slow" });
    await slow.ack();
    const stopping = harness.bot()!.stop(5_000);
    const refused = harness.discord.runCommand({ name: "user-error-private" });
    const notice = await refused.reply();
    expect(notice.ephemeral).toBe(true);
    expect(notice.content).toMatch(/restarting/);
    releaseSlow();
    expect((await slow.waitFor((m) => !m.loading)).content).toBe("finished");
    await stopping;
    await harness.startBot();
  });
});
