import type { ErrorObject } from "ajv";
import type { ViolationIssue } from "../types.js";

/** "/data/embeds/0/title" → "data.embeds.0.title" (Discord's error path notation). */
export function dottedPath(pointer: string, prefix = ""): string {
  const parts = pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  return [prefix, ...parts].filter((part) => part.length > 0).join(".");
}

/** Maps one ajv error to the code and message Discord gives for the same problem. */
export function issueFromAjvError(err: ErrorObject, prefix: string): ViolationIssue {
  const params = err.params as Record<string, unknown>;
  const path = dottedPath(err.instancePath, prefix);
  switch (err.keyword) {
    case "maxLength":
    case "maxItems":
      return {
        path,
        code: "BASE_TYPE_MAX_LENGTH",
        message: `Must be ${String(params.limit)} or fewer in length.`,
      };
    case "minLength":
    case "minItems":
      return {
        path,
        code: "BASE_TYPE_MIN_LENGTH",
        message: `Must be ${String(params.limit)} or more in length.`,
      };
    case "required":
      return {
        path: [path, String(params.missingProperty)].filter((p) => p.length > 0).join("."),
        code: "BASE_TYPE_REQUIRED",
        message: "This field is required",
      };
    case "enum":
    case "const": {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
      return { path, code: "BASE_TYPE_CHOICES", message: `Value must be one of {${allowed.join(", ")}}.` };
    }
    case "maximum":
      return {
        path,
        code: "NUMBER_TYPE_MAX",
        message: `int value should be less than or equal to ${String(params.limit)}.`,
      };
    case "minimum":
      return {
        path,
        code: "NUMBER_TYPE_MIN",
        message: `int value should be greater than or equal to ${String(params.limit)}.`,
      };
    case "pattern":
      return { path, code: "STRING_TYPE_REGEX", message: "String value did not match validation regex." };
    case "format":
      return params.format === "uri"
        ? { path, code: "URL_TYPE_INVALID_URL", message: "Not a well formed URL." }
        : { path, code: "BASE_TYPE_INVALID", message: `Invalid ${String(params.format)}.` };
    case "type":
      return { path, code: "BASE_TYPE_BAD_TYPE", message: `Must be of type ${String(params.type)}.` };
    default:
      return { path, code: "BASE_TYPE_INVALID", message: err.message ?? "Invalid value." };
  }
}

function isBranchMismatch(err: ErrorObject): boolean {
  return (err.keyword === "enum" || err.keyword === "const") && err.instancePath.endsWith("/type");
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const part of pointer.split("/").slice(1)) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

/** Required fields per `type` tag, over every spec schema whose `type` is a single-value enum (components). */
export type RequiredByTag = Map<number, Set<string>>;

export function requiredByTypeTag(schemas: Record<string, unknown>): RequiredByTag {
  const map: RequiredByTag = new Map();
  for (const schema of Object.values(schemas)) {
    const s = schema as { properties?: { type?: { enum?: unknown[] } }; required?: string[] };
    const tags = s.properties?.type?.enum;
    if (!Array.isArray(tags) || tags.length !== 1 || typeof tags[0] !== "number") continue;
    const set = map.get(tags[0]) ?? new Set<string>();
    for (const field of s.required ?? []) set.add(field);
    map.set(tags[0], set);
  }
  return map;
}

/**
 * A oneOf over component kinds fails in every branch. Keep what the branch matching the object's
 * `type` reports (a missing field that kind requires, a too-long custom_id…) and drop the other
 * branches' "wrong type" and "missing field" noise; if no branch matches the type, report it once.
 */
export function dropOtherBranches(
  errs: ErrorObject[],
  body: unknown,
  requiredByTag: RequiredByTag,
): ErrorObject[] {
  const relevant = errs.filter((err) => {
    if (err.keyword !== "required") return true;
    const node = valueAt(body, err.instancePath) as { type?: unknown } | undefined;
    if (typeof node?.type !== "number") return true;
    // An unknown type tag is reported as such below, not as the fields of every other kind.
    const tag = requiredByTag.get(node.type);
    return tag?.has(String((err.params as { missingProperty?: unknown }).missingProperty)) ?? false;
  });
  const mismatches = new Map<string, ErrorObject[]>();
  for (const err of relevant.filter(isBranchMismatch)) {
    const parent = err.instancePath.slice(0, -"/type".length);
    mismatches.set(parent, [...(mismatches.get(parent) ?? []), err]);
  }
  const result = relevant.filter((err) => !isBranchMismatch(err));
  for (const [parent, list] of mismatches) {
    const explained = result.some(
      (err) => err.instancePath === parent || err.instancePath.startsWith(`${parent}/`),
    );
    const first = list[0];
    if (explained || !first) continue;
    const allowed = list.flatMap((err) => {
      const params = err.params as { allowedValues?: unknown[]; allowedValue?: unknown };
      return params.allowedValues ?? [params.allowedValue];
    });
    result.push({
      ...first,
      keyword: "enum",
      params: { allowedValues: [...new Set(allowed)].sort((a, b) => Number(a) - Number(b)) },
    });
  }
  return result;
}
