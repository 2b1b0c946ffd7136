import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { readSpec } from "../../../specs/paths.js";
import { LOCAL_SCHEMAS, TOLERATED_DIFFERENCES } from "./toleratedDifferences.js";

type Json = Record<string, unknown>;

/** OpenAPI 3.0 → what Ajv accepts: drop boolean `required` on properties and `discriminator`. */
function sanitize(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) sanitize(item);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const object = node as Json;
  if (typeof object.required === "boolean") delete object.required;
  delete object.discriminator;
  for (const value of Object.values(object)) sanitize(value);
}

const pointer = (segments: string[]) =>
  segments.map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");

/** Validates response bodies against the official specs (with the listed tolerated differences applied). */
export class SpecValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  private readonly specs: Record<"cloud" | "assets", Json>;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    addFormats.default(this.ajv);
    for (const format of ["int32", "int64", "double", "float", "enum", "binary"])
      this.ajv.addFormat(format, true);
    this.specs = { cloud: readSpec("roblox-cloud.openapi.json"), assets: readSpec("roblox-assets-v1.json") };
    sanitize(this.specs.cloud);
    sanitize(this.specs.assets);
    for (const difference of TOLERATED_DIFFERENCES) difference.patch?.(this.specs);
    this.ajv.addSchema(this.specs.cloud, "cloud");
    this.ajv.addSchema(this.specs.assets, "assets");
    for (const [name, schema] of Object.entries(LOCAL_SCHEMAS)) this.ajv.addSchema(schema, `local:${name}`);
  }

  /** The spec's JSON response schema for an operation and status, or throws if it declares none. */
  private operationValidator(
    spec: "cloud" | "assets",
    path: string,
    method: string,
    status: number,
  ): ValidateFunction {
    const key = `${spec} ${method} ${path} ${status}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const responses = ((this.specs[spec].paths as Json)[path] as Json | undefined)?.[method] as
      | Json
      | undefined;
    const response = (responses?.responses as Json | undefined)?.[String(status)] as Json | undefined;
    const content = response?.content as Json | undefined;
    if (content?.["application/json"] === undefined) {
      throw new Error(`${spec} spec declares no JSON body for ${method.toUpperCase()} ${path} ${status}`);
    }
    const ref = `${spec}#/${pointer(["paths", path, method, "responses", String(status), "content", "application/json", "schema"])}`;
    const validate = this.ajv.compile({ $ref: ref });
    this.cache.set(key, validate);
    return validate;
  }

  validateOperation(
    spec: "cloud" | "assets",
    path: string,
    method: string,
    status: number,
    body: unknown,
  ): string[] {
    const validate = this.operationValidator(spec, path, method, status);
    return validate(body) ? [] : this.ajv.errorsText(validate.errors, { separator: "\n" }).split("\n");
  }

  validateLocal(name: keyof typeof LOCAL_SCHEMAS, body: unknown): string[] {
    const validate = this.ajv.getSchema(`local:${name}`);
    if (validate === undefined) throw new Error(`no local schema ${name}`);
    return validate(body) ? [] : this.ajv.errorsText(validate.errors, { separator: "\n" }).split("\n");
  }
}
