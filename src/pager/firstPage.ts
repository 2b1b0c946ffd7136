import type { AppContext } from "../context.js";
import { replyTranslator } from "../i18n/replyTranslator.js";
import type { CommandContext } from "../interaction/types.js";
import { pagerRow } from "./row.js";
import type { PagerSource } from "./source.js";

/** Answers a deferred command with the first page, and buttons when there is more than one page. */
export async function replyWithPages<State>(
  interaction: CommandContext,
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
