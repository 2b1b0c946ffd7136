import type { GrantTokens, RobloxIdentity } from "./oauthClient.js";

/** The Discord account that ran /link, as the confirm page shows it. */
export interface DiscordAccount {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly avatarUrl: string | undefined;
}

/** Where the /link reply lives, so it can say "Linked as …" once the member confirms. */
export interface LinkReply {
  readonly applicationId: string;
  readonly interactionToken: string;
}

/**
 * One /link, from the button to the confirm: bound server-side to the member, the server, the PKCE
 * verifier and the nonce. Kept sealed, since the verifier and the interaction token are secrets.
 */
export interface LinkAttempt {
  /** The opaque id in the button's URL. */
  readonly id: string;
  /** The OAuth `state` sent to Roblox: another random value, so the button alone cannot finish a sign-in. */
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
  readonly discord: DiscordAccount;
  readonly guildId: string | null;
  readonly reply: LinkReply;
  /** The language of the /link reply, for its "Linked as …" edit. */
  readonly locale: string;
  readonly createdAt: number;
  /** By the injected clock; past it the attempt is refused whatever the store still holds. */
  readonly expiresAt: number;
  /** SHA-256 of the key in the cookie of the browser that last opened the button. */
  readonly browser?: string;
  /** "confirm" once Roblox sent the member back with a verified identity. */
  readonly stage: "open" | "confirm";
  readonly roblox?: RobloxIdentity;
  /** Scopes a feature asked for beyond identity (a private inventory, uploads to the member's account). */
  readonly extraScopes?: readonly string[];
  /** With extra scopes: the tokens Roblox answered, kept (sealed) until the member confirms. */
  readonly grant?: GrantTokens;
}

/** A stored link: one Roblox account (by `sub`) to one Discord account. No token is kept. */
export interface AccountLink {
  readonly robloxUserId: string;
  readonly robloxUsername: string | undefined;
  readonly robloxDisplayName: string | undefined;
  readonly discordUserId: string;
  /** The server /link was run in (null in a DM). */
  readonly guildId: string | null;
  readonly linkedAt: number;
  /** How the member proved the account; absent on links made before profile phrases (OAuth). */
  readonly method?: "oauth" | "profile-code";
  /** The language of the /link reply (absent on links of earlier releases): what the member is told in later. */
  readonly locale?: string;
}

/** Why a step of the flow was refused: each maps to one fixed page text, never to what Roblox said. */
export type LinkRefusal =
  | "too-many"
  | "expired"
  | "other-browser"
  | "denied"
  | "roblox-error"
  | "sign-in-failed"
  | "unavailable"
  | "bad-form"
  | "cancelled";

export type Refused = { readonly ok: false; readonly reason: LinkRefusal };

/** What the confirm page shows: both accounts, and the form's CSRF token. */
export interface PendingLink {
  readonly discord: DiscordAccount;
  readonly roblox: NonNullable<LinkAttempt["roblox"]>;
  readonly csrf: string;
  /** The language of the /link that led here: the pages of this attempt speak it. */
  readonly locale: string;
}
