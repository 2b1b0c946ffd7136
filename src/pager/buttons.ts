import { ComponentType } from "discord-api-types/v10";
import type { ComponentHandler } from "../commands/types.js";
import type { AppContext } from "../context.js";
import { userError } from "../errors.js";
import { DEFAULT_LOCALE } from "../i18n/locales.js";
import { translatorFor } from "../i18n/translator.js";
import type { ComponentContext, MessageRow } from "../interaction/types.js";
import { pagerId } from "../protocol/pagerId.js";
import { positionAt, targetPage } from "../services/pager/position.js";
import { pagerRow } from "./row.js";
import type { PagerSource } from "./source.js";

type PagerPress = NonNullable<ReturnType<typeof pagerId.decode>>;

function disabledCopy(rows: readonly MessageRow[]): MessageRow[] {
  return rows.map(
    (row) =>
      ({
        type: ComponentType.ActionRow,
        components: row.components.map((component) => ({ ...component, disabled: true })),
      }) as MessageRow,
  );
}

/** Whether the pressed custom_id is one of the clicked message's own buttons (a forged press is not). */
function pressedOwnButton(interaction: ComponentContext): boolean {
  return interaction.messageRows.some((row) =>
    row.components.some(
      (component) => "custom_id" in component && component.custom_id === interaction.customId,
    ),
  );
}

/** One page turn: the session is read, the page drawn and the session saved before the page is shown. */
async function turnPage(
  interaction: ComponentContext,
  pressed: PagerPress,
  byKind: ReadonlyMap<string, PagerSource<unknown>>,
  context: AppContext,
): Promise<void> {
  const session = await context.services.sessions.load(pressed.session);
  const source = session && byKind.get(session.kind);
  if (!session || !source) {
    // Turn off the buttons of a list that really expired; a forged id must not touch the message.
    if (pressedOwnButton(interaction)) {
      await interaction.editReply({ components: disabledCopy(interaction.messageRows) });
    }
    throw userError("pager.expired");
  }
  if (session.ownerId !== interaction.user.id)
    throw userError("pager.notOwner", { command: source.commandName });
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
