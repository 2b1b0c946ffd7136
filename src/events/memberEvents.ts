import type { AppContext } from "../context.js";
import { serverLocale } from "../i18n/locales.js";
import { translatorFor } from "../i18n/translator.js";
import type { WorkTracker } from "../lifecycle.js";
import { auditLines, auditReason } from "../views/verify.js";

/** GUILD_MEMBER_ADD and GUILD_MEMBER_REMOVE, as much of them as the binds need. */
export interface MemberEvent {
  readonly guild_id: string;
  readonly user: { readonly id: string; readonly bot?: boolean };
  readonly roles?: readonly string[];
}

/**
 * With the GuildMembers intent (EVENTS_GUILD_MEMBERS=on), members joining get their binds at once (the
 * role for unlinked members, or a linked member's roles) in one member update, and the audit channel
 * hears of joins and departures. Without the intent Discord sends neither event, and /verify does it.
 */
export function memberEventHandlers(
  context: AppContext,
  work: WorkTracker,
  preferredLocale: (guildId: string) => string | undefined,
): { readonly joined: (event: MemberEvent) => void; readonly left: (event: MemberEvent) => void } {
  const { store, sync } = context.services.binds;
  const { logger } = context;
  const serverT = (guildId: string) => translatorFor(serverLocale(undefined, preferredLocale(guildId)));
  const handle = (name: string, event: MemberEvent, run: () => Promise<void>) => {
    if (!work.accepting || event.user.bot === true) return;
    void work.track(
      run().catch((error: unknown) => {
        logger.warn({ err: error, guildId: event.guild_id, event: name }, "a member event was not handled");
      }),
    );
  };
  const joined = (event: MemberEvent) =>
    handle("join", event, async () => {
      if ((await store.list(event.guild_id)).length === 0) return;
      const t = serverT(event.guild_id);
      const by = t.t("verify.by.join");
      const result = await sync.sync({
        guildId: event.guild_id,
        userId: event.user.id,
        heldRoleIds: event.roles ?? [],
        reason: (added, removed, nickname) => auditReason(t, by, added, removed, nickname),
      });
      if (result.kind !== "synced") return;
      await sync.announce(event.guild_id, auditLines(t, result, `<@${event.user.id}>`, by));
    });
  // Discord has already taken every role from a member who left: a member update now would only be
  // refused (Unknown Member), so the bot sends none and says so in the audit channel.
  const left = (event: MemberEvent) =>
    handle("leave", event, async () => {
      if ((await store.list(event.guild_id)).length === 0) return;
      const t = serverT(event.guild_id);
      await sync.announce(event.guild_id, t.t("audit.left", { member: `<@${event.user.id}>` }));
    });
  return { joined, left };
}
