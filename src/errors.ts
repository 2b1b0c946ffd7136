/**
 * An expected failure that the person who ran the command can understand and act on
 * (an unknown username, a private inventory, a file too large). Its message is shown to them as is,
 * so it must be plain words and never carry raw HTTP or store error text.
 */
export class UserError extends Error {
  override readonly name = "UserError";
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
