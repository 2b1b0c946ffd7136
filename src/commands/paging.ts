import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type ChatInputCommandInteraction,
  ComponentType,
  type MessageComponentInteraction,
} from "discord.js";
import type { AppContext } from "../context.js";
import { userError } from "../errors.js";
import { DEFAULT_LOCALE } from "../i18n/locales.js";
import { type Translator, translatorFor } from "../i18n/translator.js";
import { pagerId } from "../protocol/pagerId.js";
import { type PagePosition, positionAt, targetPage } from "../services/pager/position.js";
import { pagerRow } from "../views/pager.js";
import { replyTranslator } from "./replyLocale.js";
import type { ComponentHandler } from "./types.js";

export interface RenderedPage<State> {
  readonly embeds: APIEmbed[];
  readonly position: PagePosition;
  /** The list's state after rendering (a cursor-based list remembers the page tokens it has seen). */
  readonly state: State;
}

type PagerPress = NonNullable<ReturnType<typeof pagerId.decode>>;


/** A list that can be shown a page at a time: what the pager buttons call to draw page `index`. */
export interface PagerSource<State> {
  readonly kind: string;
  /** The command to name when someone else presses the buttons. */
  readonly commandName: string;
  /** Draws a page in the list's language: the one of its first page, kept in the session. */
  render(state: State, index: number, context: AppContext, t: Translator): Promise<RenderedPage<State>>;
}

/** A list's source with its state type forgotten, for the one button handler that serves every list. */
export function anyPagerSource<State>(source: PagerSource<State>): PagerSource<unknown> {
  return source as unknown as PagerSource<unknown>;
}

/** Answers a deferred command with the first page, and buttons when there is more than one page. */
export async function replyWithPages<State>(
  interaction: ChatInputCommandInteraction,
  source: PagerSource<State>,
  state: State,
  context: AppContext,
): Promise<void> {
  const t = replyTranslator(interaction);
  const first = await source.render(state, 0, context, t);
  if (!first.position.hasNext) {
    await interaction.editReply({ embeds: first.embeds, components: [] });
    return;
  }
  const session = await context.services.sessions.create({
    kind: source.kind,
    ownerId: interaction.user.id,
    position: first.position,
    state: first.state,
    locale: t.locale,
  });
  await interaction.editReply({ embeds: first.embeds, components: [pagerRow(t, session, first.position)] });
}

function disabledCopy(interaction: MessageComponentInteraction): APIActionRowComponent<APIButtonComponent>[] {
  return interaction.message.components.flatMap((row) => {
    const json = row.toJSON() as { type: number; components?: Array<Record<string, unknown>> };
    if (json.type !== ComponentType.ActionRow || !json.components) return [];
    return [
      {
        type: ComponentType.ActionRow,
        components: json.components.map((component) => ({ ...component, disabled: true })),
      } as APIActionRowComponent<APIButtonComponent>,
    ];
  });
}

/** Whether the pressed custom_id is one of the clicked message's own buttons (a forged press is not). */
function pressedOwnButton(interaction: MessageComponentInteraction): boolean {
  return interaction.message.components.some((row) => {
    const json = row.toJSON() as { components?: Array<{ custom_id?: string }> };
    return json.components?.some((component) => component.custom_id === interaction.customId) ?? false;
  });
}

/** One page turn: the session is read, the page drawn and the session saved before the page is shown. */
async function turnPage(
  interaction: MessageComponentInteraction,
  pressed: PagerPress,
  byKind: ReadonlyMap<string, PagerSource<unknown>>,
  context: AppContext,
): Promise<void> {
  const session = await context.services.sessions.load(pressed.session);
  const source = session && byKind.get(session.kind);
  if (!session || !source) {
    // Turn off the buttons of a list that really expired; a forged id must not touch the message.
    if (pressedOwnButton(interaction)) await interaction.editReply({ components: disabledCopy(interaction) });
    throw userError("pager.expired");
  }
  if (session.ownerId !== interaction.user.id) throw userError("pager.notOwner", { command: source.commandName });
  // Everyone in the channel may be reading the list: it keeps its first page's language.
  const t = translatorFor(session.locale ?? DEFAULT_LOCALE);
  const index = targetPage(pressed.action, positionAt(Number(pressed.page), session.position));
  if (index === undefined) return;
  const page = await source.render(session.state, index, context, t);
  // The session keeps the furthest position reached: for a cursor-based list, how far it is known.
  // It is saved before the page is shown, so a press on the new page already finds what it learned.
  const furthest = page.position.index >= session.position.index ? page.position : session.position;
  await context.services.sessions.save(pressed.session, {
    ...session,
    position: furthest,
    state: page.state,
  });
  await interaction.editReply({
    embeds: page.embeds,
    components: [pagerRow(t, pressed.session, page.position)],
  });
}

/** The one handler for every pager button, whichever list it belongs to. */
export function createPagerButtons(sources: ReadonlyArray<PagerSource<unknown>>): ComponentHandler {
  const byKind = new Map(sources.map((source) => [source.kind, source]));
  return {
    namespace: pagerId.namespace,
    async handle(interaction, context) {
      const pressed = pagerId.decode(interaction.customId);
      if (pressed === null) throw userError("failure.expiredComponent");
      const turned = await context.services.sessions.whileTurning(pressed.session, () =>
        turnPage(interaction, pressed, byKind, context),
      );
      // A member expects each press to count, so a press waits for the one before it; only a turn
      // stuck far longer than a page read is answered, rather than silently dropped.
      if (!turned) throw userError("pager.busy");
    },
  };
}
