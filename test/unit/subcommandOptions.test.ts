import { type APIInteraction, ApplicationCommandOptionType as T } from "discord-api-types/v10";
import { describe, expect, it } from "vitest";
import { bindRoles, rankOption } from "../../src/commands/bindOptions.js";
import { interactionFromPayload } from "../../src/interaction/fromPayload.js";
import type { InteractionTransport } from "../../src/interaction/transport.js";
import type { CommandContext } from "../../src/interaction/types.js";

function command(options: unknown[]): CommandContext {
  const payload = {
    id: "1200000000000000001",
    application_id: "1100000000000000001",
    type: 2,
    token: "not-a-token",
    version: 1,
    guild_id: "1300000000000000001",
    member: {
      user: { id: "1500000000000000001", username: "member", global_name: null, avatar: null },
      roles: [],
      permissions: "0",
    },
    app_permissions: "0",
    data: { id: "1", name: "binds", type: 1, options },
  } as unknown as APIInteraction;
  const context = interactionFromPayload(payload, {} as InteractionTransport);
  if (context?.kind !== "command") throw new Error("not a command");
  return context;
}

describe("subcommands in the interaction context", () => {
  it("reads the group and subcommand picked, and the options under them", () => {
    const context = command([
      {
        name: "add",
        type: T.SubcommandGroup,
        options: [
          {
            name: "group",
            type: T.Subcommand,
            options: [
              { name: "role", type: T.Role, value: "1700000000000000001" },
              { name: "rank", type: T.Integer, value: 100 },
            ],
          },
        ],
      },
    ]);
    expect(context.subcommand).toEqual(["add", "group"]);
    expect(context.option(bindRoles[0])).toBe("1700000000000000001");
    expect(context.option(rankOption)).toBe(100);
  });

  it("reads a subcommand without options, and a command without subcommands", () => {
    expect(command([{ name: "list", type: T.Subcommand }]).subcommand).toEqual(["list"]);
    const plain = command([{ name: "rank", type: T.Integer, value: 5 }]);
    expect(plain.subcommand).toEqual([]);
    expect(plain.option(rankOption)).toBe(5);
  });
});
