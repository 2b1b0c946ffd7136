import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InteractionHandle, MessageState } from "../emulators/discord/index.js";
import { seedWorld } from "../emulators/opencloud/world/seed.js";
import { type Harness, startHarness } from "../support/harness.js";
import { FBX } from "./upload-files.js";

const admin = seedWorld(1).subjects.admin;
const ALLOWED_GUILD = "1300000000000000001";
const OTHER_GUILD = "1300000000000000002";
const MANAGE_EXPRESSIONS = 1n << 30n;
const STAFF = { id: "310000000000000001", username: "staff" };
const OTHER_STAFF = { id: "310000000000000002", username: "otherstaff" };

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({
    opencloud: { operationPolls: 1 },
    discord: {
      guilds: [
        { id: ALLOWED_GUILD, name: "The team's server" },
        { id: OTHER_GUILD, name: "Somewhere else" },
      ],
    },
    env: {
      ROBLOX_UPLOAD_CREATOR: `user:${admin.userId}`,
      UPLOAD_GUILD_IDS: ALLOWED_GUILD,
      UPLOAD_COOLDOWN_SECONDS: "0",
    },
  });
});
afterAll(async () => {
  harness?.assertClean();
  await harness?.close();
});

const textOf = (m: MessageState) => JSON.stringify(m.embeds) + m.content;
const embedTitle = (m: MessageState) => String((m.embeds[0] as { title?: string } | undefined)?.title ?? "");
const finished = (m: MessageState) => !m.loading && embedTitle(m) !== "" && !/^Uploading/.test(embedTitle(m));
const changes = () =>
  harness.roblox.countRequests({
    method: "POST",
    path: /^\/assets\/v1\/assets\/\d+(\/versions:rollback|:archive|:restore)$/,
  });

function asset(
  sub: string,
  options: Record<string, unknown>,
  extra: { user?: { id: string; username: string }; guildId?: string; memberPermissions?: bigint } = {},
): InteractionHandle {
  return harness.discord.runCommand({
    name: "asset",
    subcommand: sub,
    options,
    guildId: extra.guildId ?? ALLOWED_GUILD,
    user: extra.user ?? STAFF,
    memberPermissions: extra.memberPermissions ?? MANAGE_EXPRESSIONS,
  });
}

function upload(name: string, data: Buffer, options: Record<string, unknown> = {}): Promise<MessageState> {
  const attachment = harness.discord.addAttachment({ name, data });
  return harness.discord
    .runCommand({
      name: "upload",
      options: { file: attachment, ...options },
      guildId: ALLOWED_GUILD,
      user: STAFF,
      memberPermissions: MANAGE_EXPRESSIONS,
    })
    .waitFor(finished, 15_000);
}

async function versionsText(assetId: string): Promise<string> {
  return textOf(await asset("versions", { asset_id: assetId }).waitFor((m) => !m.loading, 10_000));
}

function buttons(message: MessageState): { yes: string; no: string } {
  const row = message.components[0] as { components: Array<{ custom_id: string }> };
  const [yes, no] = row.components.map((b) => b.custom_id);
  return { yes: yes ?? "", no: no ?? "" };
}

async function proposal(sub: string, options: Record<string, unknown>): Promise<MessageState> {
  return asset(sub, options).waitFor((m) => !m.loading && m.components.length > 0, 10_000);
}

async function press(message: MessageState, customId: string, user = STAFF): Promise<MessageState> {
  const click = harness.discord.click(message, customId, { user, memberPermissions: MANAGE_EXPRESSIONS });
  await click.ack();
  return click.reply();
}

async function privateNotice(handle: InteractionHandle): Promise<string> {
  return (await handle.waitFor((m) => m.ephemeral && m.content.length > 0, 10_000)).content;
}

let modelId = "";

describe("/asset", () => {
  it("lists the versions of a model uploaded twice, newest first", async () => {
    const first = await upload("desk-chair.fbx", Buffer.concat([FBX, Buffer.from("first")]));
    expect(embedTitle(first)).toBe("Uploaded to Roblox");
    const fields = (first.embeds[0] as { fields: Array<{ name: string; value: string }> }).fields;
    modelId = fields.find((f) => f.name === "Asset ID")?.value ?? "";
    expect(modelId).toMatch(/^\d+$/);
    const second = await upload("desk-chair.fbx", Buffer.concat([FBX, Buffer.from("second")]), {
      asset_id: modelId,
    });
    expect(embedTitle(second)).toBe("New version uploaded");
    const text = await versionsText(modelId);
    expect(text).toContain("**Version 2** (current)");
    expect(text.indexOf("Version 2")).toBeLessThan(text.indexOf("Version 1"));
  });

  it("rolls the model back to version 1 after the confirmation, as its versions list shows", async () => {
    const asked = await proposal("rollback", { asset_id: modelId, version: 1 });
    expect(textOf(asked)).toContain("back to version 1");
    expect(changes()).toBe(0);
    const done = await press(asked, buttons(asked).yes);
    expect(textOf(done)).toContain("its newest version is now 3");
    expect(done.components).toEqual([]);
    const text = await versionsText(modelId);
    expect(text).toContain("**Version 3** (current)");
    const versions = harness.roblox.world.assetVersions(modelId);
    expect(versions.map((v) => v.versionNumber)).toEqual([1, 2, 3]);
    expect(versions[2]?.contentSha256).toBe(versions[0]?.contentSha256);
    expect(versions[2]?.contentSha256).not.toBe(versions[1]?.contentSha256);
  });

  it("archives and restores after confirmation, each shown in the versions list", async () => {
    const archive = await proposal("archive", { asset_id: modelId });
    await press(archive, buttons(archive).yes);
    expect(harness.roblox.world.getAsset(modelId)?.state).toBe("Archived");
    expect(await versionsText(modelId)).toContain("This asset is archived.");
    const restore = await proposal("restore", { asset_id: modelId });
    const done = await press(restore, buttons(restore).yes);
    expect(textOf(done)).toContain("it is active again");
    expect(harness.roblox.world.getAsset(modelId)?.state).toBe("Active");
    expect(await versionsText(modelId)).not.toContain("archived");
  });

  it("cancel changes nothing, and a button answers only once", async () => {
    const before = changes();
    const asked = await proposal("archive", { asset_id: modelId });
    const cancelled = await press(asked, buttons(asked).no);
    expect(textOf(cancelled)).toContain("nothing was changed");
    const again = harness.discord.forgeClick(asked, buttons(asked).yes, {
      user: STAFF,
      memberPermissions: MANAGE_EXPRESSIONS,
    });
    expect((await again.waitFor((m) => m.role === "follow-up")).content).toMatch(
      /expired or was already answered/,
    );
    expect(changes()).toBe(before);
    expect(harness.roblox.world.getAsset(modelId)?.state).toBe("Active");
  });

  it("refuses a forged confirm button and someone else's press", async () => {
    const before = changes();
    const asked = await proposal("archive", { asset_id: modelId });
    const forged = harness.discord.forgeClick(asked, "ad:v1:AAAAAAAAAAAA:yes", {
      user: STAFF,
      memberPermissions: MANAGE_EXPRESSIONS,
    });
    const forgedNotice = await forged.waitFor((m) => m.role === "follow-up");
    expect(forgedNotice.ephemeral).toBe(true);
    expect(forgedNotice.content).toMatch(/expired or was already answered/);
    const foreign = harness.discord.click(asked, buttons(asked).yes, {
      user: OTHER_STAFF,
      memberPermissions: MANAGE_EXPRESSIONS,
    });
    const foreignNotice = await foreign.waitFor((m) => m.role === "follow-up");
    expect(foreignNotice.ephemeral).toBe(true);
    expect(foreignNotice.content).toMatch(/Only the person who asked/);
    expect(changes()).toBe(before);
    expect(harness.roblox.world.getAsset(modelId)?.state).toBe("Active");
    // The requester's own buttons still work after both refusals.
    const cancelled = await press(asked, buttons(asked).no);
    expect(textOf(cancelled)).toContain("nothing was changed");
  });

  it("makes /upload's checks: server, permission, and assets of the upload account only", async () => {
    const before = harness.roblox.countRequests({ path: /^\/assets\// });
    const changesBefore = changes();
    const noPermission = asset("archive", { asset_id: modelId }, { memberPermissions: 0n });
    expect(await privateNotice(noPermission)).toMatch(/Manage Expressions/);
    const elsewhere = asset("versions", { asset_id: modelId }, { guildId: OTHER_GUILD });
    expect(await privateNotice(elsewhere)).toMatch(/not enabled uploads in this server/);
    expect(harness.roblox.countRequests({ path: /^\/assets\// })).toBe(before);

    const someoneElse = harness.roblox.world.allocateAssetId();
    harness.roblox.world.putAsset({
      ...(harness.roblox.world.getAsset(modelId) as NonNullable<
        ReturnType<Harness["roblox"]["world"]["getAsset"]>
      >),
      assetId: someoneElse,
      creator: { userId: harness.roblox.world.subjects.richUser.userId },
      revisionId: 1,
    });
    expect(await privateNotice(asset("rollback", { asset_id: someoneElse, version: 1 }))).toMatch(
      /does not belong to the bot's upload account/,
    );
    expect(await privateNotice(asset("rollback", { asset_id: modelId, version: 9 }))).toMatch(
      /has no version 9/,
    );
    expect(changes()).toBe(changesBefore);
  });
});
