import { accessSync, constants, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The official specifications vendored in this folder (see SOURCES.md). */
export const SPEC_FILES = [
  "discord.openapi.json",
  "roblox-cloud.openapi.json",
  "roblox-assets-v1.json",
] as const;
export type SpecFile = (typeof SPEC_FILES)[number];

export class SpecMissingError extends Error {
  override readonly name = "SpecMissingError";
}

/** The path of a vendored spec; throws, naming the file, when it is missing or cannot be read. */
export function specPath(file: SpecFile): string {
  const path = fileURLToPath(new URL(file, import.meta.url));
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new SpecMissingError(
      `the official spec test/specs/${file} is missing or unreadable (see test/specs/SOURCES.md)`,
    );
  }
  return path;
}

/** A vendored spec, parsed; throws, naming the file, when it is missing, unreadable or not JSON. */
export function readSpec<T = Record<string, unknown>>(file: SpecFile): T {
  const path = specPath(file);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new SpecMissingError(
      `the official spec test/specs/${file} cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
