import {
  ApplicationIntegrationType,
  type REST,
  type RESTGetAPIApplicationCommandsResult,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from "discord.js";

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface CommandChanges {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: readonly string[];
}

/** Fields Discord adds on its side, or fills with defaults, that registration does not set. */
const SERVER_FIELDS = new Set([
  "id",
  "application_id",
  "guild_id",
  "version",
  "dm_permission",
  "name_localizations",
  "description_localizations",
]);

function comparable(command: object): string {
  return JSON.stringify(normalise(command));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>)
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
const GLOBAL_ONLY_FIELDS = ["contexts", "integration_types"] as const;

function withoutGlobalOnly(command: object): object {
  const copy: Record<string, unknown> = { ...command };
  for (const field of GLOBAL_ONLY_FIELDS) delete copy[field];
  return copy;
}

/**
 * What is sent for a target. Global commands state `integration_types` (guild install) rather than
 * leaving it to Discord's default, so the diff notices when someone made them user-installable.
 */
export function definitionsFor(
  target: RegistrationTarget,
  commands: readonly CommandDefinition[],
): CommandDefinition[] {
  if (target.guildId) return commands.map((command) => withoutGlobalOnly(command) as CommandDefinition);
  return commands.map((command) => ({
    ...command,
    integration_types: command.integration_types ?? [ApplicationIntegrationType.GuildInstall],
  }));
}

export function diffCommands(
  local: readonly CommandDefinition[],
  remoteCommands: readonly object[],
  target: { readonly guildId: string | undefined } = { guildId: undefined },
): CommandChanges {
  const remote = target.guildId ? remoteCommands.map(withoutGlobalOnly) : remoteCommands;
  const remoteByName = new Map(remote.map((command) => [(command as { name: string }).name, command]));
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

function route(target: RegistrationTarget): `/${string}` {
  return target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
}

export async function resolveApplicationId(rest: REST, configured: string | undefined): Promise<string> {
  return configured ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
}

/** What registering would change, without changing it. */
export async function planRegistration(
  rest: REST,
  target: RegistrationTarget,
  commands: readonly CommandDefinition[],
): Promise<CommandChanges> {
  const remote = (await rest.get(route(target))) as RESTGetAPIApplicationCommandsResult;
  return diffCommands(definitionsFor(target, commands), remote, target);
}

/** Replaces the registered commands with these (Discord's bulk overwrite). */
export async function registerCommands(
  rest: REST,
  target: RegistrationTarget,
  commands: readonly CommandDefinition[],
): Promise<RESTGetAPIApplicationCommandsResult> {
  return (await rest.put(route(target), {
    body: definitionsFor(target, commands),
  })) as RESTGetAPIApplicationCommandsResult;
}
