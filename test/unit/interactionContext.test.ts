import { Writable } from "node:stream";
import type { APIInteraction, APIInteractionResponse } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { components } from "../../src/commands/index.js";
import { inventoryCommand } from "../../src/commands/inventory.js";
import { userCommand } from "../../src/commands/user.js";
import type { AppContext } from "../../src/context.js";
import { createInteractionRouter } from "../../src/events/interactionCreate.js";
import { en } from "../../src/i18n/translator.js";
import { interactionFromPayload } from "../../src/interaction/fromPayload.js";
import type { InteractionRest, InteractionTransport } from "../../src/interaction/transport.js";
import { WorkTracker } from "../../src/lifecycle.js";
import { createLogger } from "../../src/logger.js";
import { pagerRow } from "../../src/pager/row.js";
import { pagerId } from "../../src/protocol/pagerId.js";
import type { UserProfile } from "../../src/services/users/index.js";
import { verbatim } from "../support/localized.js";

/**
 * Handlers never see how an interaction arrived: here one is built from a raw payload, as an HTTP
 * interactions endpoint receives it, and answered through a recording transport. No discord.js.
 */
const APP_ID = "1100000000000000001";
const TOKEN = "aW50ZXJhY3Rpb246dG9rZW4tbm90LWEtcmVhbC1vbmU";
const BUILDERMAN: UserProfile = {
  id: "156",
  username: "builderman",
  displayName: "Builderman",
  about: "",
  created: "2006-02-27T21:06:40.000Z",
  premium: true,
  headshotUrl: undefined,
};

function rawPayload(type: number, data: unknown, extra: Record<string, unknown> = {}): APIInteraction {
  // A payload as Discord documents it (discord-api-docs interactions/receiving-and-responding), as JSON.
  return JSON.parse(
    JSON.stringify({
      id: "1200000000000000001",
      application_id: APP_ID,
      type,
      data,
      guild_id: "1300000000000000001",
      channel_id: "1400000000000000001",
      channel: { id: "1400000000000000001", type: 0 },
      member: {
        user: { id: "1500000000000000001", username: "member", global_name: "Member", avatar: null },
        roles: ["1600000000000000001"],
        permissions: "8",
        joined_at: "2024-01-01T00:00:00.000Z",
        deaf: false,
        mute: false,
        flags: 0,
      },
      token: TOKEN,
      version: 1,
      locale: "fr",
      guild_locale: "de",
      app_permissions: "2048",
      entitlements: [],
      authorizing_integration_owners: { "0": "1300000000000000001" },
      context: 0,
      attachment_size_limit: 10485760,
      ...extra,
    }),
  ) as APIInteraction;
}

interface Sent {
  readonly callbacks: APIInteractionResponse[];
  readonly rest: Array<{ method: string; route: string; body?: unknown }>;
}

function recordingTransport(): InteractionTransport & { sent: Sent } {
  const sent: Sent = { callbacks: [], rest: [] };
  const rest: InteractionRest = {
    post: async (route, options) => void sent.rest.push({ method: "POST", route, body: options.body }),
    patch: async (route, options) => void sent.rest.push({ method: "PATCH", route, body: options.body }),
    delete: async (route) => void sent.rest.push({ method: "DELETE", route }),
  };
  return {
    sent,
    rest,
    acknowledgedEarlier: () => false,
    callback: async (response) => void sent.callbacks.push(response),
  };
}

function appContext(lookups: string[], log: string[]): AppContext {
  const services = {
    // A store that has no pager session: every list has expired.
    sessions: {
      load: async () => undefined,
      whileTurning: async (_key: string, turn: () => Promise<void>) => {
        await turn();
        return true;
      },
    },
    users: {
      profileOf: async (typed: string) => {
        lookups.push(typed);
        return BUILDERMAN;
      },
    },
  };
  const destination = new Writable({
    write(chunk, _encoding, done) {
      log.push(String(chunk));
      done();
    },
  });
  return {
    logger: createLogger({ level: "info", pretty: false, secrets: [], destination }),
    stores: { isUp: () => true },
    services,
  } as unknown as AppContext;
}

const chatInput = (options: unknown[]) => rawPayload(2, { id: "1", name: "user", type: 1, options });

describe("a command handler on a context built from a raw payload", () => {
  it("defers publicly, then edits the reply with the profile through the webhook", async () => {
    const transport = recordingTransport();
    const lookups: string[] = [];
    const log: string[] = [];
    const route = createInteractionRouter(
      { commands: [userCommand], components: [] },
      appContext(lookups, log),
      new WorkTracker(),
    );
    const context = interactionFromPayload(
      chatInput([{ name: "user", type: 3, value: "builderman" }]),
      transport,
    );
    if (context === undefined) throw new Error("a chat input payload makes a context");
    await route(context);

    expect(lookups).toEqual(["builderman"]);
    expect(transport.sent.callbacks).toEqual([{ type: 5 }]);
    expect(transport.sent.rest).toHaveLength(1);
    const [edit] = transport.sent.rest;
    expect(edit?.method).toBe("PATCH");
    expect(edit?.route).toBe(`/webhooks/${APP_ID}/${TOKEN}/messages/%40original`);
    expect(JSON.stringify(edit?.body)).toContain("builderman");
    expect(log.join("")).not.toContain(TOKEN);
  });

  it("defers privately when the private option is true", async () => {
    const transport = recordingTransport();
    const route = createInteractionRouter(
      { commands: [userCommand], components: [] },
      appContext([], []),
      new WorkTracker(),
    );
    const payload = chatInput([
      { name: "user", type: 3, value: "156" },
      { name: "private", type: 5, value: true },
    ]);
    await route(interactionFromPayload(payload, transport) ?? expect.unreachable());
    expect(transport.sent.callbacks).toEqual([{ type: 5, data: { flags: 64 } }]);
  });

  it("reads the payload's ids, user, member, locales and permissions", () => {
    const context = interactionFromPayload(
      chatInput([{ name: "user", type: 3, value: "x" }]),
      recordingTransport(),
    );
    expect(context).toMatchObject({
      kind: "command",
      commandName: "user",
      applicationId: APP_ID,
      guildId: "1300000000000000001",
      channelId: "1400000000000000001",
      user: { id: "1500000000000000001", username: "member", globalName: "Member", avatar: undefined },
      member: { permissions: 8n, roleIds: ["1600000000000000001"] },
      locale: "fr",
      guildLocale: "de",
      appPermissions: 2048n,
      attachmentSizeLimit: 10485760,
      acknowledgement: "pending",
    });
  });

  it("answers an autocomplete with choices in the one callback", async () => {
    const transport = recordingTransport();
    const payload = rawPayload(4, {
      id: "2",
      name: "inventory",
      type: 1,
      options: [{ name: "asset_types", type: 3, value: "classic sh", focused: true }],
    });
    const route = createInteractionRouter(
      { commands: [inventoryCommand], components: [] },
      appContext([], []),
      new WorkTracker(),
    );
    await route(interactionFromPayload(payload, transport) ?? expect.unreachable());
    expect(transport.sent.callbacks).toHaveLength(1);
    expect(transport.sent.callbacks[0]?.type).toBe(8);
    expect(JSON.stringify(transport.sent.callbacks[0])).toContain("CLASSIC_SHIRT");
    expect(transport.sent.rest).toEqual([]);
  });

  it("refuses a second first answer instead of sending it", async () => {
    const transport = recordingTransport();
    const context = interactionFromPayload(chatInput([{ name: "user", type: 3, value: "x" }]), transport);
    if (context?.kind !== "command") throw new Error("a command context");
    await context.defer();
    await expect(context.reply(verbatim("again"))).rejects.toThrow(/already been acknowledged/);
    expect(transport.sent.callbacks).toEqual([{ type: 5 }]);
  });

  it("reads the pressed button and the clicked message's rows from a component payload", async () => {
    const transport = recordingTransport();
    const session = "abcdefghijkl";
    const row = pagerRow(en, session, { index: 0, count: 3, hasNext: true });
    const next = pagerId.encode({ session, page: "0", action: "next" });
    const payload = rawPayload(
      3,
      { custom_id: next, component_type: 2 },
      { message: { id: "1700000000000000001", channel_id: "1400000000000000001", components: [row] } },
    );
    const route = createInteractionRouter(
      { commands: [], components },
      appContext([], []),
      new WorkTracker(),
    );
    await route(interactionFromPayload(payload, transport) ?? expect.unreachable());

    expect(transport.sent.callbacks).toEqual([{ type: 6 }]);
    const [disable, notice] = transport.sent.rest;
    // The list expired: the message's own buttons are turned off, then the clicker is told privately.
    expect(disable?.method).toBe("PATCH");
    const rows = (disable!.body as { components: (typeof row)[] }).components;
    expect(rows[0]?.components.map((button) => button.disabled)).toEqual([true, true, true, true, true]);
    expect(rows[0]?.components.map((button) => ("custom_id" in button ? button.custom_id : ""))).toEqual(
      row.components.map((button) => ("custom_id" in button ? button.custom_id : "")),
    );
    expect(notice?.method).toBe("POST");
    // A private notice speaks the clicker's own language (the payload's locale is fr).
    expect(notice?.body).toMatchObject({
      flags: 64,
      content: "Cette liste a expiré. Relance la commande pour la parcourir.",
    });
  });
});
