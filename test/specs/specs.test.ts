import { describe, expect, it } from "vitest";
import { readSpec, SPEC_FILES } from "./paths.js";

describe("the vendored official specs", () => {
  it.each(SPEC_FILES)("%s is in the repository and is an OpenAPI document", (file) => {
    const spec = readSpec<{ openapi?: unknown; paths?: Record<string, unknown> }>(file);
    expect(String(spec.openapi)).toMatch(/^3\./);
    expect(Object.keys(spec.paths ?? {}).length).toBeGreaterThan(0);
  });
});
