import type { LocaleId } from "../../src/i18n/locales.js";
import { type Translator, translatorFor } from "../../src/i18n/translator.js";
import { EMBED_COLOR } from "../../src/views/links.js";
import type { DiscordEmulator, MessageState } from "../../test/emulators/discord/types.js";
import type { OpenCloudEmulator } from "../../test/emulators/opencloud/index.js";
import { sampleFbx, samplePng, sampleRbxmx, sampleWav } from "./samples.js";

export interface TourContext {
  readonly discord: DiscordEmulator;
  readonly roblox: OpenCloudEmulator;
  /** The member's language and the server's: every reply of the tour speaks it. */
  readonly locale: LocaleId;
}

export interface TourStep {
  /** What a person would type or click. */
  readonly heading: string;
  /** Plays the step and returns the messages to show, in order. */
  run(context: TourContext): Promise<MessageState[]>;
}

const WAIT_MS = 20_000;
const member = { id: "400000000000000001", username: "demo_member", globalName: "Demo Member" };

const where = (context: TourContext) => ({
  user: member,
  locale: context.locale,
  guildLocale: context.locale,
});

const finished = (message: MessageState) =>
  !message.loading && message.embeds.length + message.content.length > 0;

function buttonId(message: MessageState, action: string): string {
  for (const row of message.components) {
    for (const button of (row.components as Array<{ custom_id?: string }> | undefined) ?? []) {
      if (button.custom_id?.endsWith(`:${action}`)) return button.custom_id;
    }
  }
  throw new Error(`the message has no "${action}" button`);
}

async function command(
  context: TourContext,
  name: string,
  options: Record<string, unknown>,
): Promise<MessageState> {
  const handle = context.discord.runCommand({ name, options, ...where(context) });
  const message = await handle.waitFor(finished, WAIT_MS);
  const notice = handle.followUps().find((followUp) => followUp.ephemeral);
  if (message.deleted || notice) throw new Error(`/${name} failed: ${notice?.content ?? "no answer"}`);
  return message;
}

export function describeCommand(name: string, options: Record<string, unknown>): string {
  return `/${name} ${Object.entries(options)
    .map(([key, value]) => `${key}:${String(value)}`)
    .join(" ")}`;
}

/** Each version of an upload reply in a few words (its stage while running, its title at the end). */
function stages(message: MessageState): string {
  const steps = [...message.editHistory, message].flatMap((version) => {
    const embed = version.embeds[0] as { title?: string; description?: string; color?: number } | undefined;
    if (!embed?.title) return [];
    // A running upload's reply has the plain colour; a finished one is green, amber or red.
    const running = embed.color === EMBED_COLOR;
    return [
      (running ? embed.description?.split("\n")[0] : embed.title)
        ?.replace(/[*_⏳]/g, "")
        .trim()
        .split(" and ")[0] ?? "",
    ];
  });
  return steps.filter((step, index) => step !== steps[index - 1]).join(" → ");
}

/** Whether an upload's reply says it reached Roblox (a new asset or a new version), in the tour's language. */
function uploaded(t: Translator, title: string | undefined): boolean {
  return title === t.t("upload.uploadedTitle") || title === t.t("upload.versionTitle");
}

function uploadStep(file: { name: string; data: Buffer }, options: Record<string, unknown> = {}): TourStep {
  return {
    heading: describeCommand("upload", { file: file.name, ...options }),
    async run(context) {
      const attachment = context.discord.addAttachment(file);
      const handle = context.discord.runCommand({
        name: "upload",
        options: { file: attachment, ...options },
        ...where(context),
      });
      const embedOf = (m: MessageState) => m.embeds[0] as { title?: string; color?: number } | undefined;
      const done = (m: MessageState) => !m.loading && (embedOf(m)?.color ?? EMBED_COLOR) !== EMBED_COLOR;
      const message = await handle.waitFor(done, WAIT_MS);
      if (!uploaded(translatorFor(context.locale), embedOf(message)?.title)) {
        throw new Error(`/upload ${file.name} did not finish: ${JSON.stringify(message.embeds[0])}`);
      }
      return [{ ...message, content: `progress: ${stages(message)}` }];
    },
  };
}

/**
 * /link by the profile phrase (the demo bot has no Roblox OAuth app): the phrase goes into the emulated
 * profile's About, as the member would put it there, and "I've added it" links the account.
 */
function linkStep(account: { userId: string; username: string }): TourStep {
  const options = { method: "profile", account: account.username };
  return {
    heading: `${describeCommand("link", options)}, the phrase put in the profile, then "I've added it"`,
    async run(context) {
      const prompt = await command(context, "link", options);
      const snapshot = structuredClone(prompt);
      const phrase = /`([a-z ]+)`/.exec(prompt.content)?.[1];
      if (phrase === undefined) throw new Error(`/link gave no phrase: ${prompt.content}`);
      context.roblox.world.setAbout(account.userId, `Hi! ${phrase}`);
      const linked = await context.discord
        .click(prompt, buttonId(prompt, "check"), where(context))
        .waitFor(
          (m) => !m.loading && m.components.length === 0 && m.content.includes(account.userId),
          WAIT_MS,
        );
      return [snapshot, linked];
    },
  };
}

export function buildTour(roblox: OpenCloudEmulator): TourStep[] {
  const { smallUser, manyGroupsUser, richUser, modelAsset } = roblox.world.subjects;
  const ownedAsset = roblox.world.inventoryOf(richUser.userId).find((item) => item.kind === "asset");
  if (ownedAsset?.kind !== "asset") throw new Error("the seeded rich user owns no asset");
  const someGroup = [...roblox.world.membershipsOfUser(manyGroupsUser.userId)].sort(
    (a, b) => Number(a.groupId) - Number(b.groupId),
  )[3];
  if (someGroup === undefined) throw new Error("the seeded world has no memberships for the groups tour");
  const step = (name: string, options: Record<string, unknown>): TourStep => ({
    heading: describeCommand(name, options),
    run: async (context) => [await command(context, name, options)],
  });

  return [
    step("user", { user: smallUser.username }),
    linkStep(smallUser),
    { ...step("user", {}), heading: "/user (no user: the linked account)" },
    { ...step("privacy", {}), heading: "/privacy" },
    {
      heading: `${describeCommand("groups", { user: manyGroupsUser.username })}, then ▶`,
      async run(context) {
        const first = await command(context, "groups", { user: manyGroupsUser.username });
        const snapshot = structuredClone(first);
        const click = context.discord.click(first, buttonId(first, "next"), where(context));
        await click.ack(WAIT_MS);
        return [snapshot, await click.reply(WAIT_MS)];
      },
    },
    step("groups", { user: manyGroupsUser.username, group: Number(someGroup.groupId) }),
    {
      heading: `${describeCommand("inventory", { user: richUser.username })}, then ▶`,
      async run(context) {
        const first = await command(context, "inventory", { user: richUser.username });
        const snapshot = structuredClone(first);
        const click = context.discord.click(first, buttonId(first, "next"), where(context));
        await click.ack(WAIT_MS);
        return [snapshot, await click.reply(WAIT_MS)];
      },
    },
    step("inventory", { user: richUser.username, asset_types: "HAT,CLASSIC_SHIRT", collectibles_only: true }),
    step("inventory", { user: richUser.username, asset_ids: `${ownedAsset.assetId},1` }),
    step("inventory", { user: smallUser.username, badges: true, game_passes: true }),
    uploadStep({ name: "gradient.png", data: samplePng() }),
    uploadStep({ name: "tone.wav", data: sampleWav() }),
    uploadStep({ name: "block.rbxmx", data: sampleRbxmx() }),
    uploadStep({ name: "block-v2.fbx", data: sampleFbx() }, { asset_id: modelAsset.assetId }),
  ];
}
