import { fingerprint } from "./tokens.js";

/** Query parameters of /oauth/ requests that bind a browser to a client's session or prove a code. */
const SECRET_PARAMS = new Set(["state", "nonce", "code_challenge", "code", "code_verifier", "client_secret"]);

/** The query as the request log keeps it: on /oauth/ paths, secrets become `sha256:<fingerprint>`. */
export function loggedQuery(path: string, params: URLSearchParams): Record<string, string> {
  const query = Object.fromEntries(params);
  if (!path.startsWith("/oauth/")) return query;
  for (const name of Object.keys(query)) {
    if (SECRET_PARAMS.has(name)) query[name] = `sha256:${fingerprint(query[name] as string)}`;
  }
  return query;
}
