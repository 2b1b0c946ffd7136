import { ALL_SCOPES, type ScopeName, type WorldOAuthToken } from "./model.js";
import { hash32 } from "./random.js";

/** OAuth access tokens made directly in the world, ready to use (seeded ones and those tests add). */
export class OAuthTokens {
  readonly #byToken = new Map<string, WorldOAuthToken>();

  constructor(private readonly seed: number) {}

  add(input: { userId: string | number; scopes?: readonly ScopeName[] }): string {
    const userId = String(input.userId);
    const count = this.#byToken.size;
    const token = `ocemu-oauth-${hash32(this.seed, "oauth", userId, count).toString(36)}${count}`;
    this.#byToken.set(token, { token, userId, scopes: [...(input.scopes ?? ALL_SCOPES)] });
    return token;
  }

  find(token: string): WorldOAuthToken | undefined {
    return this.#byToken.get(token);
  }

  list(): WorldOAuthToken[] {
    return [...this.#byToken.values()];
  }
}
