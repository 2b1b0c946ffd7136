import type { Command, ComponentHandler, DeferMode } from "../commands/types.js";
import type { AppContext } from "../context.js";
import { isInteractionGone } from "../discord/goneCodes.js";
import { isUserError } from "../errors.js";
import { message } from "../i18n/types.js";
import type { InteractionContext } from "../interaction/types.js";
import type { WorkTracker } from "../lifecycle.js";
import { inInteraction } from "../processGuard.js";
import { namespaceOf } from "../protocol/customId.js";
import { failureOf } from "../services/failure.js";
import { describeFailure } from "../text/failures.js";
import { describeDiscordRefusal, describeInteraction, respondEmpty, sendPrivateNotice } from "./replies.js";

export type InteractionRouter = (interaction: InteractionContext) => Promise<void>;

/**
 * The one router for every interaction: it acknowledges first, dispatches by command name or custom_id
 * namespace, and owns the one error path. It never throws.
 */
export function createInteractionRouter(
  handlers: { readonly commands: readonly Command[]; readonly components: readonly ComponentHandler[] },
  context: AppContext,
  work: WorkTracker,
): InteractionRouter {
  const commandsByName = new Map(handlers.commands.map((command) => [command.data.name, command]));
  const componentsByNamespace = new Map<string, ComponentHandler>();
  for (const handler of handlers.components) {
    if (componentsByNamespace.has(handler.namespace)) {
      throw new Error(`two component handlers claim the namespace ${handler.namespace}`);
    }
    componentsByNamespace.set(handler.namespace, handler);
  }

  async function dispatch(
    interaction: InteractionContext,
    acknowledged: { ephemeral: boolean },
  ): Promise<void> {
    if (interaction.kind === "autocomplete") {
      const command = commandsByName.get(interaction.commandName);
      if (!work.accepting || !command?.autocomplete) return respondEmpty(interaction);
      return command.autocomplete(interaction, context);
    }
    if (interaction.kind === "command") {
      const command = commandsByName.get(interaction.commandName);
      if (!command) throw new Error(`no command named ${interaction.commandName}`);
      if (!work.accepting) return sendPrivateNotice(interaction, message("failure.restarting"), true);
      const mode: DeferMode =
        typeof command.defer === "function" ? command.defer(interaction) : command.defer;
      if (mode !== "none") {
        acknowledged.ephemeral = mode === "ephemeral";
        await interaction.defer({ ephemeral: acknowledged.ephemeral });
      }
      return command.execute(interaction, context);
    }
    if (!work.accepting) return sendPrivateNotice(interaction, message("failure.restarting"), true);
    const namespace = namespaceOf(interaction.customId);
    const handler = namespace === undefined ? undefined : componentsByNamespace.get(namespace);
    if (!handler) return sendPrivateNotice(interaction, message("failure.expiredComponent"), true);
    await interaction.deferUpdate();
    return handler.handle(interaction, context);
  }

  async function fail(interaction: InteractionContext, error: unknown, ephemeral: boolean): Promise<void> {
    const log = context.logger.child(describeInteraction(interaction));
    if (isInteractionGone(error)) {
      log.warn({ code: (error as { code?: unknown }).code }, "interaction could no longer be answered");
      return;
    }
    const explained = isUserError(error)
      ? error.text
      : (describeFailure(failureOf(error)) ??
        describeDiscordRefusal(error) ??
        (context.stores.isUp() ? undefined : message("failure.storeUnavailable")));
    if (explained !== undefined)
      log.info({ reason: explained.key }, "interaction ended with an explained failure");
    else log.error({ err: error }, "interaction failed");

    try {
      if (interaction.kind === "autocomplete") return await respondEmpty(interaction);
      // A private notice: sendPrivateNotice speaks the member's own language.
      const notice = explained ?? message("failure.unexpected", { reference: interaction.id });
      await sendPrivateNotice(interaction, notice, ephemeral);
    } catch (replyError) {
      log.warn({ err: replyError }, "could not tell the user about the failure");
    }
  }

  return async (interaction) => {
    const acknowledged = { ephemeral: false };
    const handled = inInteraction(interaction.id, () =>
      dispatch(interaction, acknowledged).catch((error: unknown) =>
        fail(interaction, error, acknowledged.ephemeral),
      ),
    );
    await work.track(handled);
  };
}
