import { asRecord } from "./parse.js";

/** The fields every Roblox error body shape boils down to. */
export interface ParsedErrorBody {
  code?: string;
  message?: string;
  details: unknown[];
}

function asCode(value: unknown): string | undefined {
  if (typeof value === "string" && value.length > 0) return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function asText(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

function withOptional(code: string | undefined, message: string | undefined, details: unknown[]) {
  const parsed: ParsedErrorBody = { details };
  if (code !== undefined) parsed.code = code;
  if (message !== undefined) parsed.message = message;
  return parsed;
}

/**
 * Reads any of the error shapes Roblox uses: gateway `{errors:[{code,message}]}`, v2
 * `{code,message,details}`, v1 `{error,message,errorDetails}`, assets `{code:int,message}`,
 * ASP.NET problem details `{title,status,errors:{field:[…]}}`. Empty or non-JSON text gives
 * an empty result (the status alone then decides).
 */
export function parseErrorBody(text: string): ParsedErrorBody {
  let json: unknown;
  try {
    json = text.trim().length === 0 ? undefined : JSON.parse(text);
  } catch {
    return { details: [] };
  }
  const body = asRecord(json);
  if (!body) return { details: [] };

  if (Array.isArray(body.errors)) {
    const first = asRecord(body.errors[0]);
    return withOptional(asCode(first?.code), asText(first?.message), body.errors.slice(1));
  }

  const code = asCode(body.code) ?? asCode(body.error) ?? asCode(body.errorCode);
  const message = asText(body.message) ?? asText(body.errorMessage) ?? asText(body.title);
  const rawDetails = body.details ?? body.errorDetails;
  const details = Array.isArray(rawDetails) ? rawDetails : [];
  if (code === undefined && asRecord(body.errors)) {
    // Problem details: field validation errors keyed by field name.
    return withOptional(asCode(body.status), message, [body.errors]);
  }
  return withOptional(code, message, details);
}
