/** A refusal of an admin command, worded for the administrator; the command line prints it and exits non-zero. */
export class AdminError extends Error {
  override readonly name = 'AdminError';
}
