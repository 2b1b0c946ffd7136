/**
 * The one codec for component custom_ids: `<namespace>:<version>:<field>:<field>…`, at most 100 characters.
 * Each kind of id declares its fields with a pattern or a list of allowed values; decoding checks the
 * namespace, version, field count, every field and the length, so a forged or foreign id decodes to null.
 */

export const CUSTOM_ID_MAX_LENGTH = 100;
const SEPARATOR = ":";
const NAMESPACE_PATTERN = /^[a-z][a-z0-9-]{0,15}$/;

type FieldRule = RegExp | readonly string[];
type FieldValue<R> = R extends readonly (infer V)[] ? V : string;
export type CustomIdFields<S extends Record<string, FieldRule>> = { [K in keyof S]: FieldValue<S[K]> };

export interface CustomIdCodec<S extends Record<string, FieldRule>> {
  readonly namespace: string;
  readonly version: number;
  encode(fields: CustomIdFields<S>): string;
  decode(customId: string): CustomIdFields<S> | null;
}

export class CustomIdError extends Error {
  override readonly name = "CustomIdError";
}

export function namespaceOf(customId: string): string | undefined {
  const namespace = customId.split(SEPARATOR, 1)[0];
  return namespace && NAMESPACE_PATTERN.test(namespace) ? namespace : undefined;
}

function accepts(rule: FieldRule, value: string): boolean {
  if (value.includes(SEPARATOR)) return false;
  if (!(rule instanceof RegExp)) return rule.includes(value);
  const match = rule.exec(value);
  return match !== null && match.index === 0 && match[0] === value;
}

export function defineCustomId<const S extends Record<string, FieldRule>>(spec: {
  namespace: string;
  version: number;
  fields: S;
}): CustomIdCodec<S> {
  if (!NAMESPACE_PATTERN.test(spec.namespace)) throw new CustomIdError(`bad namespace ${spec.namespace}`);
  if (!Number.isInteger(spec.version) || spec.version < 1) throw new CustomIdError("bad version");
  const names = Object.keys(spec.fields) as Array<keyof S & string>;
  const prefix = `${spec.namespace}${SEPARATOR}v${spec.version}`;

  return {
    namespace: spec.namespace,
    version: spec.version,
    encode(fields) {
      const parts = names.map((name) => {
        const value = String(fields[name]);
        if (!accepts(spec.fields[name] as FieldRule, value)) {
          throw new CustomIdError(`field ${name} of ${spec.namespace} is not allowed: ${value}`);
        }
        return value;
      });
      const customId = [prefix, ...parts].join(SEPARATOR);
      if (customId.length > CUSTOM_ID_MAX_LENGTH) {
        throw new CustomIdError(`custom_id of ${spec.namespace} is ${customId.length} characters`);
      }
      return customId;
    },
    decode(customId) {
      if (customId.length > CUSTOM_ID_MAX_LENGTH) return null;
      const parts = customId.split(SEPARATOR);
      if (`${parts[0]}${SEPARATOR}${parts[1]}` !== prefix || parts.length !== names.length + 2) return null;
      const decoded: Record<string, string> = {};
      for (const [index, name] of names.entries()) {
        const value = parts[index + 2] ?? "";
        if (!accepts(spec.fields[name] as FieldRule, value)) return null;
        decoded[name] = value;
      }
      return decoded as CustomIdFields<S>;
    },
  };
}
