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

/**
 * A oneOf over component kinds fails in every branch; the branch whose `type` matched holds the real
 * problem (deeper in the object). Drop the other branches' "wrong type" and "missing field" noise there.
 */
export function dropOtherBranches(errs: ErrorObject[]): ErrorObject[] {
  const mismatchParents = new Set(
    errs.filter(isBranchMismatch).map((err) => err.instancePath.slice(0, -"/type".length)),
  );
  const explained = new Set<string>();
  for (const parent of mismatchParents) {
    const deeper = errs.some(
      (err) =>
        !isBranchMismatch(err) &&
        err.instancePath.startsWith(`${parent}/`) &&
        err.instancePath !== `${parent}/type`,
    );
    if (deeper) explained.add(parent);
  }
  return errs.filter((err) => {
    if (isBranchMismatch(err)) return !explained.has(err.instancePath.slice(0, -"/type".length));
    if (err.keyword === "required") return !explained.has(err.instancePath);
    return true;
  });
}
