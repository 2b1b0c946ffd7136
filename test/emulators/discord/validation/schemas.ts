import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { readSpec, specPath } from "../../../specs/paths.js";
import type { ViolationIssue } from "../types.js";
import { dropOtherBranches, issueFromAjvError, type RequiredByTag, requiredByTypeTag } from "./ajv-issues.js";

/** Request schemas of `discord.openapi.json` the emulator checks bodies against. */
export type RequestSchemaName =
  | "CreateMessageInteractionCallbackRequest"
  | "UpdateMessageInteractionCallbackRequest"
  | "InteractionApplicationCommandAutocompleteCallbackStringData"
  | "InteractionApplicationCommandAutocompleteCallbackIntegerData"
  | "InteractionApplicationCommandAutocompleteCallbackNumberData"
  | "ModalInteractionCallbackRequest"
  | "IncomingWebhookRequestPartial"
  | "IncomingWebhookUpdateRequestPartial"
  | "ApplicationCommandUpdateRequest"
  | "ApplicationCommandCreateRequest"
  | "ModifyGuildMemberRequest"
  | "CreatePrivateChannelRequest"
  | "MessageCreateRequest";

/**
 * Request bodies the spec declares inline on a path rather than as a named component; they are added to
 * the components under these names so they compile like the others.
 */
const INLINE_REQUEST_SCHEMAS: Record<string, { path: string; method: string }> = {
  ModifyGuildMemberRequest: { path: "/guilds/{guild_id}/members/{user_id}", method: "patch" },
};

const SPEC_FILE = "discord.openapi.json";

const isUri = (value: string): boolean => URL.canParse(value);
const isDateTime = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) &&
  !Number.isNaN(Date.parse(value));

/**
 * Validators compiled from the spec on first use only: the spec is 1 MB and compiling all of it would
 * slow every emulator start, so each schema is compiled when a body of its kind first arrives. The spec
 * itself must be there: without it the emulator does not start (it never checks less than it claims).
 */
export class SpecValidators {
  private ajv: Ajv2020 | undefined;
  private requiredByTag: RequiredByTag = new Map();
  private readonly compiled = new Map<RequestSchemaName, ValidateFunction>();

  constructor() {
    specPath(SPEC_FILE);
  }

  /** Issues of `body` against the named schema; empty when valid. */
  validate(name: RequestSchemaName, body: unknown, pathPrefix = ""): ViolationIssue[] {
    const validator = this.validator(name);
    if (validator(body)) return [];
    return selectIssues(validator.errors ?? [], body, this.requiredByTag, pathPrefix);
  }

  private validator(name: RequestSchemaName): ValidateFunction {
    const cached = this.compiled.get(name);
    if (cached) return cached;
    const ajv = this.load();
    const validator = ajv.compile({ $ref: `discord-openapi#/components/schemas/${name}` });
    this.compiled.set(name, validator);
    return validator;
  }

  private load(): Ajv2020 {
    if (this.ajv) return this.ajv;
    const spec = readSpec<{
      components: { schemas: Record<string, unknown> };
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
      >;
    }>(SPEC_FILE);
    for (const [name, at] of Object.entries(INLINE_REQUEST_SCHEMAS)) {
      const schema = spec.paths[at.path]?.[at.method]?.requestBody?.content["application/json"]?.schema;
      if (!schema) throw new Error(`${SPEC_FILE} has no request body for ${at.method} ${at.path}`);
      spec.components.schemas[name] = schema;
    }
    tolerateStringBitfields(spec.components.schemas);
    this.requiredByTag = requiredByTypeTag(spec.components.schemas);
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, logger: false });
    ajv.addFormat("uri", isUri);
    ajv.addFormat("date-time", isDateTime);
    for (const numeric of ["int32", "int64", "double", "float", "snowflake"]) ajv.addFormat(numeric, true);
    ajv.addSchema({ $id: "discord-openapi", components: spec.components });
    this.ajv = ajv;
    return ajv;
  }
}

/** Permission bitfields, which Discord serialises as strings and which clients (discord.js) send as strings. */
const BITFIELD_PROPERTIES = new Set(["default_member_permissions", "permissions", "allow", "deny"]);

/**
 * The spec types permission bitfields in requests as integers, but Discord accepts the decimal string
 * its own responses use, and that is what discord.js sends. Let both through.
 */
function tolerateStringBitfields(schemas: Record<string, unknown>): void {
  for (const schema of Object.values(schemas)) {
    const properties = (schema as { properties?: Record<string, Record<string, unknown>> }).properties;
    for (const [name, property] of Object.entries(properties ?? {})) {
      const type = property.type;
      const integer = type === "integer" || (Array.isArray(type) && type.includes("integer"));
      if (!BITFIELD_PROPERTIES.has(name) || !integer || properties === undefined) continue;
      properties[name] = { anyOf: [property, { type: "string", pattern: "^[0-9]{1,20}$" }] };
    }
  }
}

/**
 * Ajv reports every failed branch of a oneOf (e.g. "must be null" for a nullable field); keep the
 * concrete problems, which are the ones Discord reports.
 */
function selectIssues(
  errs: ErrorObject[],
  body: unknown,
  requiredByTag: RequiredByTag,
  pathPrefix: string,
): ViolationIssue[] {
  const concrete = errs.filter(
    (err) =>
      err.keyword !== "oneOf" &&
      err.keyword !== "anyOf" &&
      !(err.keyword === "type" && (err.params as { type?: unknown }).type === "null"),
  );
  const chosen = concrete.length > 0 ? dropOtherBranches(concrete, body, requiredByTag) : errs;
  const seen = new Set<string>();
  const issues: ViolationIssue[] = [];
  for (const err of chosen) {
    const issue = issueFromAjvError(err, pathPrefix);
    const key = `${issue.path}|${issue.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
