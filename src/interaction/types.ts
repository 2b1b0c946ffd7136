import type {
  APIActionRowComponent,
  APIApplicationCommandInteractionDataBasicOption,
  APICommandAutocompleteInteractionResponseCallbackData,
  APIComponentInMessageActionRow,
  APIInteractionResponseCallbackData,
  ComponentType,
  Locale,
  RESTPatchAPIWebhookWithTokenMessageJSONBody,
  RESTPostAPIWebhookWithTokenJSONBody,
} from "discord-api-types/v10";
import type { Localized } from "../i18n/types.js";
import type { OptionDeclaration, OptionValue } from "./options.js";

/** Who triggered the interaction. */
export interface InteractionUser {
  readonly id: string;
  readonly username: string;
  readonly globalName: string | undefined;
  readonly avatar: string | undefined;
}

/** The triggering member in a server (absent in DMs). */
export interface InteractionMember {
  /** The member's permissions in the channel, overwrites included. */
  readonly permissions: bigint;
  readonly roleIds: readonly string[];
}

/** What every interaction carries, whichever way it arrived (gateway or HTTP). */
export interface InteractionBase {
  readonly id: string;
  readonly applicationId: string;
  /**
   * Authorises answering this interaction for 15 minutes (webhook routes). A secret: never log it, put it
   * in an error or a reply.
   */
  readonly token: string;
  readonly guildId: string | undefined;
  readonly channelId: string | undefined;
  /** When Discord created the interaction (from its snowflake), in ms since the epoch. */
  readonly createdAt: number;
  readonly user: InteractionUser;
  readonly member: InteractionMember | undefined;
  /** The invoking user's language. */
  readonly locale: Locale | undefined;
  /** The server's preferred language (community servers); absent in DMs. */
  readonly guildLocale: Locale | undefined;
  /** The bot's own permissions in the channel. */
  readonly appPermissions: bigint;
  /** The largest attachment Discord accepts for this interaction, in bytes. */
  readonly attachmentSizeLimit: number | undefined;
}

/** A message sent as the interaction's reply or a follow-up (plain JSON, as Discord's API takes it). */
/** A body whose text comes from the catalogue (or is cleared with ""): a sentence written in place is a type error. */
type LocalizedContent<Body extends object> = Omit<Body, "content"> & {
  readonly content?: Localized | "";
};
export type MessageBody = LocalizedContent<APIInteractionResponseCallbackData>;
export type EditBody = LocalizedContent<RESTPatchAPIWebhookWithTokenMessageJSONBody>;
export type FollowUpBody = LocalizedContent<RESTPostAPIWebhookWithTokenJSONBody>;

/** Where the interaction stands: nothing sent yet, deferred (a "thinking…" or a pending update), or answered. */
export type AcknowledgementState = "pending" | "deferred" | "replied";

/** An interaction that is answered with a message: commands and components. */
export interface RepliableContext extends InteractionBase {
  readonly acknowledgement: AcknowledgementState;
  /** Whether the deferred or sent reply is visible only to the user. */
  readonly ephemeral: boolean;
  /** Answers with a message (first answer only). */
  reply(body: Localized | MessageBody): Promise<void>;
  /**
   * Shows "thinking…" (first answer only). A 40060 "already acknowledged" answer counts as success: a
   * retried callback Discord had processed (see acknowledgedEarlier in the transport).
   */
  defer(options?: { readonly ephemeral?: boolean }): Promise<void>;
  /** Edits the original reply (for a component's deferred update: the clicked message). */
  editReply(body: Localized | EditBody): Promise<void>;
  followUp(body: Localized | FollowUpBody): Promise<void>;
  deleteReply(): Promise<void>;
}

export interface CommandContext extends RepliableContext {
  readonly kind: "command";
  readonly commandName: string;
  /** The subcommand group and subcommand picked, outermost first (empty for a command without them). */
  readonly subcommand: readonly string[];
  /** The options as sent (those of the picked subcommand); read them through their declarations with `option`. */
  readonly rawOptions: readonly APIApplicationCommandInteractionDataBasicOption[];
  /** One option read through its declaration (attachments come resolved). */
  option<D extends OptionDeclaration>(declaration: D): OptionValue<D>;
}

/** An action row of the clicked message, as the payload carries it. */
export type MessageRow = APIActionRowComponent<APIComponentInMessageActionRow>;

export interface ComponentContext extends RepliableContext {
  readonly kind: "component";
  readonly customId: string;
  readonly componentType: ComponentType;
  /** The clicked message's action rows, from the payload (not a cache). */
  readonly messageRows: readonly MessageRow[];
  /** Replaces the clicked message (first answer only). */
  update(body: MessageBody): Promise<void>;
  /** Acknowledges now and edits the clicked message later (first answer only); 40060 counts as success. */
  deferUpdate(): Promise<void>;
}

export type AutocompleteChoices = APICommandAutocompleteInteractionResponseCallbackData["choices"];

export interface AutocompleteContext extends InteractionBase {
  readonly kind: "autocomplete";
  readonly commandName: string;
  /** The option being typed, and what is typed so far. */
  readonly focused: { readonly name: string; readonly value: string };
  readonly responded: boolean;
  respond(choices: NonNullable<AutocompleteChoices>): Promise<void>;
}

/** The interactions the bot handles, whichever transport delivered them. */
export type InteractionContext = CommandContext | ComponentContext | AutocompleteContext;
