import type { enUS } from "./locales/enUS/index.js";

/**
 * The catalogue's types, derived from the en-US source: a key that does not exist, a placeholder left
 * out or one that is not there, is a type error wherever a message is named.
 */
type Source = typeof enUS;
type RawKey = keyof Source & string;

/** CLDR plural categories, as i18next suffixes them (`key_one`, `key_other`). */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

type BaseOf<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : K;
type PluralBase = { [K in RawKey]: K extends `${infer Base}_other` ? Base : never }[RawKey];

/** Every message, by its key (a plural message by its key without the suffix). */
export type MessageKey = BaseOf<RawKey>;

type TextOf<K extends MessageKey> = K extends RawKey ? Source[K] : Source[`${K}_other` & RawKey];

/** A message nested in another, rendered in the same locale. */
export interface NestedParam {
  readonly message: Message;
}
/** A list rendered with the locale's own conjunction (`Intl.ListFormat`). */
export interface ListParam {
  readonly list: readonly (string | NestedParam)[];
  readonly join: "and" | "or";
}
/** A size in bytes, rendered in the locale's units and digits. */
export interface BytesParam {
  readonly bytes: number;
}
/** A span of time, rendered by `Intl.DurationFormat`. */
export interface DurationParam {
  readonly durationMs: number;
}
/** A calendar day (ms since the epoch, UTC), rendered as a long date. */
export interface DateParam {
  readonly date: number;
}

export type ParamValue = string | number | NestedParam | ListParam | BytesParam | DurationParam | DateParam;

type Placeholder<Inner extends string> = Inner extends `${infer Name}, number`
  ? [Name, number]
  : [Inner, ParamValue];
type Placeholders<S extends string> = S extends `${string}{{${infer Inner}}}${infer Rest}`
  ? Placeholder<Inner> | Placeholders<Rest>
  : never;

type ParamsFromText<S extends string> = { readonly [P in Placeholders<S> as P[0]]: P[1] };

/** The parameters a message takes: exactly its placeholders (`count` for a plural). */
export type ParamsOf<K extends MessageKey> = ParamsFromText<TextOf<K>>;

/** A call's trailing arguments: none for a message without placeholders, else its parameters. */
export type ParamsArg<K extends MessageKey> = keyof ParamsOf<K> extends never ? [] : [params: ParamsOf<K>];

/** A catalogue key with its typed parameters: what services return and `UserError` carries. */
export type Message = {
  [K in MessageKey]: keyof ParamsOf<K> extends never
    ? { readonly key: K; readonly params?: undefined }
    : { readonly key: K; readonly params: ParamsOf<K> };
}[MessageKey];

/** Builds a message; the parameters are checked against the key's placeholders. */
export function message<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Message {
  return (params.length === 0 ? { key } : { key, params: params[0] }) as Message;
}

type NonPluralKey = Exclude<RawKey, `${PluralBase}_${PluralCategory}`>;

/**
 * What a translation must hold: every non-plural key of en-US, and each plural key with exactly the
 * plural categories of that locale (Japanese has only `other`; French, Portuguese, Spanish add `many`).
 */
export type Translation<Categories extends PluralCategory> = { readonly [K in NonPluralKey]: string } & {
  readonly [K in `${PluralBase}_${Categories}`]: string;
};

declare const localized: unique symbol;
/**
 * Text rendered from the catalogue. Only the translator makes one, so a reply's content typed with it
 * cannot be a sentence written in place.
 */
export type Localized = string & { readonly [localized]: true };
