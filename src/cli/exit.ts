// Exit codes, in one place (pinned by test/cli/exit.test.ts). jpai has no "found nothing" code:
// an article without entities is a result, not a failure.

export const EXIT = {
  ok: 0,
  /** Unknown command or option, a bad option value. */
  usage: 2,
  /** An input could not be read or decoded, or a --knowledge / --gold file is wrong. */
  input: 2,
  /** A bug: reported with "please report". */
  internal: 2,
} as const;

/** Stopped by a signal: 128 + its number, as shells report it (Ctrl-C = SIGINT = 130). */
export const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

/** A failure the user can fix: printed as "jpai: <message>", plus a pointer to --help when it is a usage mistake. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, true);
}
