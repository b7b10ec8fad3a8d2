/**
 * An error whose message is written for the person running the release: what
 * went wrong and what to do about it. Entries print it as the single
 * `::error::` line; anything else is treated as a bug and printed with its stack.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
