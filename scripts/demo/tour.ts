import type { DiscordEmulator, MessageState } from "../../test/emulators/discord/types.js";
import type { OpenCloudEmulator } from "../../test/emulators/opencloud/index.js";

export interface TourContext {
  readonly discord: DiscordEmulator;
  readonly roblox: OpenCloudEmulator;
}

export interface TourStep {
  /** What a person would type or click. */
  readonly heading: string;
  /** Plays the step and returns the messages to show, in order. */
  run(context: TourContext): Promise<MessageState[]>;
}

const WAIT_MS = 20_000;
const member = { id: "400000000000000001", username: "demo_member", globalName: "Demo Member" };

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
  const handle = context.discord.runCommand({ name, options, user: member });
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

export function buildTour(roblox: OpenCloudEmulator): TourStep[] {
  const { smallUser, manyGroupsUser } = roblox.world.subjects;
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
    {
      heading: `${describeCommand("groups", { user: manyGroupsUser.username })}, then ▶`,
      async run(context) {
        const first = await command(context, "groups", { user: manyGroupsUser.username });
        const snapshot = structuredClone(first);
        const click = context.discord.click(first, buttonId(first, "next"), { user: member });
        await click.ack(WAIT_MS);
        return [snapshot, await click.reply(WAIT_MS)];
      },
    },
    step("groups", { user: manyGroupsUser.username, group: Number(someGroup.groupId) }),
  ];
}
