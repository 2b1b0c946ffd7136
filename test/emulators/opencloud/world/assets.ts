import type { WorldAsset } from "./model.js";

/** Assets uploaded through the emulator, by id. */
export class Assets {
  readonly byId = new Map<string, WorldAsset>();
  #nextId = 9_000_000_001;

  allocateId(): string {
    return String(this.#nextId++);
  }

  get(id: string): WorldAsset | undefined {
    return this.byId.get(id);
  }
}
