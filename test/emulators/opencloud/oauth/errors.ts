/**
 * An OAuth error answered as `{ error, error_description }` (RFC 6749 §5.2; Roblox's codes and texts
 * are UNCONFIRMED). Statuses follow rblxopencloud's client (`rblxopencloud/oauth2.py`), written against
 * the real service: 400 for a bad client id, secret or redirect URI, 401 for an invalid or used code and
 * for a bad token on userinfo, resources and introspect.
 */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly extra: Record<string, string> = {},
  ) {
    super(description);
  }
}

export const invalidClient = () => new OAuthError(400, "invalid_client", "Invalid client id or secret.");
export const invalidRequest = (description: string) => new OAuthError(400, "invalid_request", description);
export const invalidGrant = (status: number, description: string) =>
  new OAuthError(status, "invalid_grant", description);
export const invalidToken = () =>
  new OAuthError(401, "invalid_token", "The token is invalid, expired or revoked.");
