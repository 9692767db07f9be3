/**
 * An expected mistake by the person running the bot (bad config, unreadable terms directory, corrupt database):
 * printed as its message alone, with what to do next, and never with a stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly code = 'user_error',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Message of any thrown value, for logs. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
