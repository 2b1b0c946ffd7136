import {
  type API,
  type APIApplicationCommand,
  ApplicationIntegrationType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsResult,
} from "@discordjs/core/http-only";
import { localiseCommand } from "../../i18n/commands.js";

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface CommandChanges {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
}

/**
 * Fields Discord adds on its side, or fills with defaults, that registration does not set. The
 * localisation dictionaries are compared: the commands are listed `with_localizations=true`.
 */
const SERVER_FIELDS = new Set([
  "id",
  "application_id",
  "guild_id",
  "version",
  "dm_permission",
  "name_localized",
  "description_localized",
]);

function comparable(command: object): string {
  return JSON.stringify(normalise(command));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value)
    .filter(
      ([, inner]) => inner !== undefined && inner !== null && !(Array.isArray(inner) && inner.length === 0),
    )
    .filter(([key, inner]) => !(key === "required" && inner === false))
    .filter(([key, inner]) => !(key === "nsfw" && inner === false))
    .filter(([key]) => !SERVER_FIELDS.has(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, inner]) => [key, normalise(inner)]);
  return Object.fromEntries(entries);
}

/**
 * `contexts` and `integration_types` apply to global commands only (discord-api-docs
 * interactions/application-commands); a guild command is sent without them and compared without them.
 */
function withoutGlobalOnly<Command extends { contexts?: unknown; integration_types?: unknown }>(
  command: Command,
): Omit<Command, "contexts" | "integration_types"> {
  const { contexts: _contexts, integration_types: _integrationTypes, ...rest } = command;
  return rest;
}

/**
 * What is sent for a target: every command with its localisations. Global commands state
 * `integration_types` (guild install) rather than leaving it to Discord's default, so the diff
 * notices when someone made them user-installable.
 */
export function definitionsFor(
  target: RegistrationTarget,
  definitions: readonly CommandDefinition[],
): CommandDefinition[] {
  const commands = definitions.map(localiseCommand);
  if (target.guildId) return commands.map(withoutGlobalOnly);
  return commands.map((command) => ({
    ...command,
    integration_types: command.integration_types ?? [ApplicationIntegrationType.GuildInstall],
  }));
}

/** A registered command as Discord lists it, or anything shaped like one. */
type RemoteCommand = Pick<APIApplicationCommand, "name" | "contexts" | "integration_types">;

export function diffCommands(
  local: readonly CommandDefinition[],
  remoteCommands: readonly RemoteCommand[],
  target: { readonly guildId: string | undefined } = { guildId: undefined },
): CommandChanges {
  const remote = target.guildId ? remoteCommands.map(withoutGlobalOnly) : remoteCommands;
  const remoteByName = new Map(remote.map((command) => [command.name, command]));
  const localNames = new Set(local.map((command) => command.name));
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const command of local) {
    const existing = remoteByName.get(command.name);
    if (!existing) added.push(command.name);
    else if (comparable(existing) !== comparable(command)) changed.push(command.name);
    else unchanged.push(command.name);
  }
  const removed = [...remoteByName.keys()].filter((name) => !localNames.has(name));
  return { added, changed, removed, unchanged };
}

export interface RegistrationTarget {
  readonly applicationId: string;
  /** A server for instant development registration; global when absent. */
  readonly guildId: string | undefined;
}

export async function resolveApplicationId(api: API, configured: string | undefined): Promise<string> {
  return configured ?? (await api.applications.getCurrent()).id;
}

/** What registering would change, without changing it. */
export async function planRegistration(
  api: API,
  target: RegistrationTarget,
  commands: readonly CommandDefinition[],
): Promise<CommandChanges> {
  // Without with_localizations Discord leaves the dictionaries out, and every deploy would look changed.
  const query = { with_localizations: true };
  const remote = target.guildId
    ? await api.applicationCommands.getGuildCommands(target.applicationId, target.guildId, query)
    : await api.applicationCommands.getGlobalCommands(target.applicationId, query);
  return diffCommands(definitionsFor(target, commands), remote, target);
}

/** Replaces the registered commands with these (Discord's bulk overwrite). */
export async function registerCommands(
  api: API,
  target: RegistrationTarget,
  commands: readonly CommandDefinition[],
): Promise<RESTPutAPIApplicationCommandsResult> {
  const definitions = definitionsFor(target, commands);
  return target.guildId
    ? api.applicationCommands.bulkOverwriteGuildCommands(target.applicationId, target.guildId, definitions)
    : api.applicationCommands.bulkOverwriteGlobalCommands(target.applicationId, definitions);
}
