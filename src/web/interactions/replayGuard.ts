import type { StorePrimitives } from "../../store/primitives/index.js";
import { SIGNATURE_MAX_AGE_MS } from "./signature.js";

/**
 * Remembers each verified signature for as long as its timestamp could still pass (it may be up to the
 * window behind or ahead of now), in the store every instance shares.
 */
export function replayGuard(primitives: StorePrimitives): (signature: string) => Promise<boolean> {
  return (signature) =>
    primitives.setIfAbsent(`interaction-signature:${signature}`, "1", 2 * SIGNATURE_MAX_AGE_MS);
}
